package io.github.essrules.examples.cli;

import io.github.essrules.core.EssRulesException;
import io.github.essrules.core.Lang;
import io.github.essrules.core.json.EssJson;
import io.github.essrules.core.law.NoLawKnownException;
import io.github.essrules.core.registry.UnknownRuleException;
import io.github.essrules.core.validation.InvalidInputException;
import io.github.essrules.rules.foncier.UnknownIndexQuarterException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An error of {@code ess serve} as the client reads it: a problem document of RFC 9457
 * ({@code application/problem+json}) — {@code type}, {@code title}, {@code status},
 * {@code detail}, {@code instance} — with the members of its kind: the {@code violations} of an
 * invalid input, each with its JSON pointer; the rules or parameters known; the date refused and
 * the dates covered. Never a stack trace.
 *
 * <p>The kinds, each with its own {@code type} (an address of the README's table of problems):
 * {@code malformed-json} (400: the body is not JSON), {@code invalid-input} (422: JSON, but not
 * facts of the rule), {@code bad-parameter} (400: a query parameter), {@code no-law-known} (422:
 * a date whose law or amounts the library does not know), {@code unknown-rule},
 * {@code unknown-parameter} and {@code not-found} (404), {@code method-not-allowed} (405),
 * {@code bad-request} (400: a request the service cannot read), {@code request-timeout} (408), {@code body-too-large} (413), {@code unsupported-media-type}
 * (415), {@code overloaded} (503: too many requests at once) and {@code internal-error} (500).
 *
 * <p>This class is immutable and thread-safe.
 */
final class Problem extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The media type of a problem document. */
  static final String MEDIA_TYPE = "application/problem+json";

  /** Where the kinds are described: the README's table of problems. */
  static final String TYPES = "https://github.com/essrules/ess-rules/blob/main/README.md#problem-";

  /** The kinds, in the README's order. */
  static final List<String> KINDS = List.of("malformed-json", "invalid-input", "bad-parameter", "no-law-known",
      "unknown-rule", "unknown-parameter", "not-found", "method-not-allowed", "bad-request", "request-timeout",
      "body-too-large", "unsupported-media-type", "overloaded", "internal-error");

  private final int status;
  private final String kind;
  private final String titleFr;
  private final String titleEn;
  private final String detailFr;
  private final String detailEn;
  private final transient Map<String, Object> members;

  Problem(int status, String kind, String titleFr, String titleEn, String detailFr, String detailEn,
      Map<String, Object> members) {
    super(kind + ": " + detailEn, null, false, false);
    this.status = status;
    this.kind = kind;
    this.titleFr = titleFr;
    this.titleEn = titleEn;
    this.detailFr = detailFr;
    this.detailEn = detailEn;
    this.members = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(members));
  }

  Problem(int status, String kind, String titleFr, String titleEn, String detailFr, String detailEn) {
    this(status, kind, titleFr, titleEn, detailFr, detailEn, Map.of());
  }

  /** The HTTP status. */
  int status() {
    return status;
  }

  /** The kind: the last part of the type. */
  String kind() {
    return kind;
  }

  /**
   * The problem document.
   *
   * @param lang the language of the title and the detail
   * @param instance the request's path
   * @return the JSON members
   */
  Map<String, Object> document(Lang lang, String instance) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("type", TYPES + kind);
    doc.put("title", lang == Lang.EN ? titleEn : titleFr);
    doc.put("status", status);
    doc.put("detail", lang == Lang.EN ? detailEn : detailFr);
    doc.put("instance", instance);
    doc.putAll(members);
    return doc;
  }

  /**
   * The problem document as JSON.
   *
   * @param lang the language of the title and the detail
   * @param instance the request's path
   * @return the JSON text
   */
  String toJson(Lang lang, String instance) {
    return EssJson.write(document(lang, instance));
  }

  /**
   * The problem of an exception the library throws on purpose: an invalid input (every violation
   * with its JSON pointer), a date whose law is not known, an unknown rule.
   *
   * @param e the exception
   * @param malformed whether the body is not JSON at all (400 rather than 422)
   * @return the problem
   */
  static Problem of(EssRulesException e, boolean malformed) {
    Map<String, Object> members = new LinkedHashMap<>();
    if (e instanceof InvalidInputException) {
      InvalidInputException invalid = (InvalidInputException) e;
      members.put("violations", invalid.violations());
      if (invalid.total() > invalid.violations().size() || invalid.stopped()) {
        members.put("total", invalid.total());
        members.put("stopped", invalid.stopped());
      }
      return malformed
          ? new Problem(400, "malformed-json", "JSON mal formé", "Malformed JSON", e.message(Lang.FR),
              e.message(Lang.EN), members)
          : new Problem(422, "invalid-input", "Données invalides", "Invalid input", e.message(Lang.FR),
              e.message(Lang.EN), members);
    }
    if (e instanceof NoLawKnownException) {
      NoLawKnownException refused = (NoLawKnownException) e;
      members.put("subject", refused.subject());
      members.put("date", refused.date());
      members.put("coverage", refused.coverage());
      members.put("reason", refused.reason());
      refused.verifiedOn().ifPresent(d -> members.put("verifiedOn", d));
      return noLawKnown(e, members);
    }
    if (e instanceof UnknownIndexQuarterException) {
      return noLawKnown(e, members);
    }
    if (e instanceof UnknownRuleException) {
      members.put("known", ((UnknownRuleException) e).known());
      return new Problem(404, "unknown-rule", "Règle inconnue", "Unknown rule", e.message(Lang.FR),
          e.message(Lang.EN), members);
    }
    return new Problem(422, "invalid-input", "Données invalides", "Invalid input", e.message(Lang.FR),
        e.message(Lang.EN), members);
  }

  private static Problem noLawKnown(EssRulesException e, Map<String, Object> members) {
    return new Problem(422, "no-law-known", "Droit inconnu à cette date", "No law known for the date",
        e.message(Lang.FR), e.message(Lang.EN), members);
  }

  /**
   * A query parameter that cannot be read.
   *
   * @param name the parameter
   * @param value the value given
   * @param expectedFr what is expected, in French
   * @param expectedEn what is expected, in English
   * @return the problem
   */
  static Problem badParameter(String name, String value, String expectedFr, String expectedEn) {
    String shown = value.length() > 100 ? value.substring(0, 97) + "..." : value;
    return new Problem(400, "bad-parameter", "Paramètre invalide", "Invalid parameter",
        "Paramètre « " + name + " » invalide : " + expectedFr, "Invalid parameter \"" + name + "\": " + expectedEn,
        Map.of("parameter", name, "value", shown));
  }

  /**
   * A body larger than the limit.
   *
   * @param limit the limit, in bytes
   * @return the problem
   */
  static Problem bodyTooLarge(long limit) {
    return new Problem(413, "body-too-large", "Corps de requête trop grand", "Request body too large",
        "Le corps de la requête dépasse " + limit + " octets.", "The request body exceeds " + limit + " bytes.",
        Map.of("limit", limit));
  }

  /**
   * A body that did not arrive in time.
   *
   * @param seconds the time allowed
   * @return the problem
   */
  static Problem timeout(long seconds) {
    return new Problem(408, "request-timeout", "Requête trop lente", "Request timeout",
        "Le corps de la requête n'est pas arrivé en " + seconds + " s.",
        "The request body did not arrive within " + seconds + " s.", Map.of("limit", seconds));
  }

  /**
   * Too many requests at once.
   *
   * @param limit the requests served at once
   * @return the problem
   */
  static Problem overloaded(int limit) {
    return new Problem(503, "overloaded", "Service surchargé", "Service overloaded",
        "Déjà " + limit + " requêtes en cours : réessayez dans un instant.",
        "Already " + limit + " requests in progress: try again in a moment.", Map.of("limit", limit));
  }

  /**
   * A body of another media type than JSON.
   *
   * @param contentType the type given
   * @param expected the types accepted
   * @return the problem
   */
  static Problem unsupportedMediaType(String contentType, String expected) {
    return new Problem(415, "unsupported-media-type", "Type de contenu non pris en charge",
        "Unsupported media type", "Corps attendu : " + expected + " ; reçu : " + contentType + ".",
        "Expected body: " + expected + "; received: " + contentType + ".", Map.of());
  }

  /**
   * No such resource, or no such method on it.
   *
   * @param status 404 or 405
   * @param method the method
   * @param path the path
   * @return the problem
   */
  static Problem notFound(int status, String method, String path) {
    String shown = path.length() > 200 ? path.substring(0, 197) + "..." : path;
    return status == 405
        ? new Problem(405, "method-not-allowed", "Méthode non permise", "Method not allowed",
            "La méthode " + method + " n'est pas permise sur " + shown + " (voir /openapi.json).",
            "Method " + method + " is not allowed on " + shown + " (see /openapi.json).")
        : new Problem(404, "not-found", "Introuvable", "Not found",
            "Rien à l'adresse " + shown + " (voir /openapi.json).", "Nothing at " + shown + " (see /openapi.json).");
  }

  /**
   * Another error of HTTP met before the service reads the request.
   *
   * @param status the status, 4xx
   * @param reason what is wrong, in English (the server's words)
   * @return the problem
   */
  static Problem badRequest(int status, String reason) {
    String shown = reason == null ? "" : reason.length() > 200 ? reason.substring(0, 197) + "..." : reason;
    return new Problem(status, "bad-request", "Requête illisible", "Bad request",
        "Requête illisible (HTTP " + status + ") : " + shown, "Bad request (HTTP " + status + "): " + shown);
  }

  /**
   * A defect of the service: the detail names the log line, not the fault.
   *
   * @param incident the identifier of the incident in the server's log
   * @return the problem
   */
  static Problem internalError(String incident) {
    return new Problem(500, "internal-error", "Erreur interne", "Internal error",
        "Erreur interne du service (incident " + incident + " dans son journal) : à signaler.",
        "Internal error of the service (incident " + incident + " in its log): please report it.",
        Map.of("incident", incident));
  }
}
