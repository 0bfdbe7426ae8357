package io.github.essrules.core.law;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The versions of one article over time, the one whose wording the library encodes, and the day
 * the library last verified the list of versions against its source, so that a rule can tell
 * which version governed a date, say so when it applies another, and refuse a date it cannot
 * vouch for.
 *
 * <p>The latest version, in force with no known end, is in force on the day of verification;
 * after it, the version is <em>presumed</em> still in force up to the horizon of the
 * {@link LawPolicy} (said in a notice by the rule), and refused beyond it or under the strict
 * policy, like a {@linkplain io.github.essrules.core.param.DatedParameter parameter} set until
 * amended.
 *
 * <pre>{@code
 * ArticleHistory h = ArticleHistory.of("C. trav., art. L3332-17-1", "LEGIARTI000049720096",
 *     LocalDate.of(2026, 3, 27), versions);
 * h.versionAt(LocalDate.of(2020, 6, 1));      // the version of 2020-01-01
 * h.modelledGoverns(LocalDate.of(2026, 1, 1)); // true
 * h.applicability(LocalDate.of(2026, 12, 1), LawPolicy.standard()); // PRESUMED
 * h.versionApplied(LocalDate.of(9999, 12, 31), LawPolicy.standard()); // throws NoLawKnownException
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ArticleHistory {
  private final String citation;
  private final List<ArticleVersion> versions;
  private final ArticleVersion modelled;
  private final LocalDate verifiedOn;
  private final CitedText text;
  // the versions' dates unwrapped, so that finding the version of a date allocates nothing: every
  // rule looks its articles up on every evaluation (an Optional per version read, before)
  private final LocalDate[] from;
  private final LocalDate[] until;
  // the last day served under the policy last asked about: computed once, not on every lookup
  private volatile Served served;

  /** A policy and the last day it serves, published together. */
  private record Served(LawPolicy policy, LocalDate lastDay) {}

  private ArticleHistory(TextKind kind, String citation, List<ArticleVersion> versions,
      ArticleVersion modelled, LocalDate verifiedOn) {
    this.citation = citation;
    this.versions = versions;
    this.modelled = modelled;
    this.verifiedOn = verifiedOn;
    this.text = CitedText.of(kind, citation, modelled.legifranceId().orElse(null));
    this.from = new LocalDate[versions.size()];
    this.until = new LocalDate[versions.size()];
    for (int i = 0; i < from.length; i++) {
      from[i] = versions.get(i).validFrom();
      until[i] = versions.get(i).validUntil().orElse(null);
    }
  }

  /**
   * The history of an article of a code.
   *
   * @param citation the article, such as {@code "C. trav., art. L3332-17-1"}
   * @param modelledId the Légifrance identifier of the version whose wording is encoded
   * @param verifiedOn the day the list of versions was last checked against its source
   * @param versions the versions, in date order, none starting before the previous one ends (a
   *     gap is a period in which the article did not exist)
   * @return the history
   * @throws IllegalArgumentException if the versions overlap or do not include the modelled one
   */
  public static ArticleHistory of(String citation, String modelledId, LocalDate verifiedOn,
      List<ArticleVersion> versions) {
    return of(TextKind.CODE_ARTICLE, citation, modelledId, verifiedOn, versions);
  }

  /**
   * The history of an article of a text of any kind (a loi, a décret).
   *
   * @param kind the kind of text
   * @param citation the article, such as {@code "Loi n° 2014-856 du 31 juillet 2014, art. 1"}
   * @param modelledId the Légifrance identifier of the version whose wording is encoded, or
   *     {@code null} for the latest version (a text whose identifiers the library does not know)
   * @param verifiedOn the day the list of versions was last checked against its source
   * @param versions the versions, in date order, none starting before the previous one ends (a
   *     gap is a period in which the article did not exist)
   * @return the history
   * @throws IllegalArgumentException if the versions overlap or do not include the modelled one
   */
  public static ArticleHistory of(TextKind kind, String citation, String modelledId,
      LocalDate verifiedOn, List<ArticleVersion> versions) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(citation, "citation");
    Objects.requireNonNull(verifiedOn, "verifiedOn");
    if (versions.isEmpty()) {
      throw new IllegalArgumentException(citation + ": no version");
    }
    for (int i = 1; i < versions.size(); i++) {
      Optional<LocalDate> end = versions.get(i - 1).validUntil();
      if (end.isEmpty() || versions.get(i).validFrom().isBefore(end.get())) {
        throw new IllegalArgumentException(citation + ": the version from " + versions.get(i).validFrom()
            + " starts before the previous one ends");
      }
    }
    if (modelledId == null) {
      return new ArticleHistory(kind, citation, List.copyOf(versions), versions.get(versions.size() - 1), verifiedOn);
    }
    ArticleVersion modelled = versions.stream()
        .filter(v -> v.legifranceId().filter(modelledId::equals).isPresent())
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException(citation + ": no version " + modelledId));
    return new ArticleHistory(kind, citation, List.copyOf(versions), modelled, verifiedOn);
  }

  /**
   * The day the list of versions was last checked against its source.
   *
   * @return the date
   */
  public LocalDate verifiedOn() {
    return verifiedOn;
  }

  /**
   * The latest version.
   *
   * @return the version
   */
  public ArticleVersion latest() {
    return versions.get(versions.size() - 1);
  }

  /**
   * The last day a version is applied under a policy: the end of the latest version if it has
   * one, otherwise the day of verification plus the horizon of presumption.
   *
   * @param policy the policy
   * @return the date, inclusive
   */
  public LocalDate lastDayServed(LawPolicy policy) {
    ArticleVersion last = latest();
    if (last.validUntil().isPresent()) {
      return last.validUntil().get().minusDays(1);
    }
    Served known = served;
    if (known != null && known.policy().equals(policy)) {
      return known.lastDay();
    }
    LocalDate end = policy.lastPresumedDay(verifiedOn);
    LocalDate lastDay = end.isBefore(last.validFrom()) ? last.validFrom().minusDays(1) : end;
    served = new Served(policy, lastDay);
    return lastDay;
  }

  /**
   * The dates a version is applied under a policy, in words.
   *
   * @param policy the policy
   * @return for example {@code "2008-08-06 → 2027-03-27"}
   */
  public String coverage(LawPolicy policy) {
    return versions.get(0).validFrom() + " → " + lastDayServed(policy);
  }

  /**
   * What a date gets under a policy.
   *
   * @param date a date
   * @param policy the policy
   * @return verified, presumed or refused
   */
  public Applicability applicability(LocalDate date, LawPolicy policy) {
    int v = indexAt(date);
    if (refused(v, date, policy) != null) {
      return Applicability.REFUSED;
    }
    return presumedOn(v, date) ? Applicability.PRESUMED : Applicability.VERIFIED;
  }

  /**
   * The version applied on a date under a policy.
   *
   * @param date the date
   * @param policy the policy
   * @return the version in force on that date (presumed still in force after the verification:
   *     see {@link #applicability})
   * @throws NoLawKnownException before the first version, or after the verification beyond the
   *     horizon or under the strict policy
   */
  public ArticleVersion versionApplied(LocalDate date, LawPolicy policy) {
    Objects.requireNonNull(date, "date");
    int v = indexAt(date);
    NoLawKnownException.Reason reason = refused(v, date, policy);
    if (reason != null) {
      throw new NoLawKnownException(citation, date, coverage(policy), reason,
          reason == NoLawKnownException.Reason.NOT_COVERED ? null : verifiedOn, false);
    }
    return versions.get(v);
  }

  /** Why a date gets no version, or {@code null}: the one decision behind both methods above. */
  private NoLawKnownException.Reason refused(int v, LocalDate date, LawPolicy policy) {
    if (v < 0) {
      return NoLawKnownException.Reason.NOT_COVERED;
    }
    if (!presumedOn(v, date)) {
      return null;
    }
    if (policy.isStrict()) {
      return NoLawKnownException.Reason.STRICT_POLICY;
    }
    return date.isAfter(lastDayServed(policy)) ? NoLawKnownException.Reason.BEYOND_HORIZON : null;
  }

  /**
   * Whether a date falls after the verification, in the version still in force: a date the
   * library serves by presuming the text unchanged ({@link Applicability#PRESUMED} unless beyond
   * the horizon).
   *
   * @param date a date
   * @return whether a version applied on that date is presumed
   */
  public boolean presumedOn(LocalDate date) {
    // only the latest version can still be in force
    int last = from.length - 1;
    return !date.isBefore(from[last]) && presumedOn(last, date);
  }

  /** Whether a date is after the verification of a version still in force. */
  private boolean presumedOn(int v, LocalDate date) {
    return until[v] == null && date.isAfter(verifiedOn);
  }

  /** The index of the version that governed a date ({@link ArticleVersion#governs}), or -1. */
  private int indexAt(LocalDate date) {
    for (int i = 0; i < from.length; i++) {
      if (!date.isBefore(from[i]) && (until[i] == null || date.isBefore(until[i]))) {
        return i;
      }
    }
    return -1;
  }

  /**
   * A reference to the version in force on a date — the encoded one's reference when it governs
   * that date.
   *
   * @param version a version of this article
   * @param confidence the confidence
   * @return the reference, citing the version's start when it is not the encoded one
   */
  public LegalReference referenceTo(ArticleVersion version, Confidence confidence) {
    if (version.equals(modelled)) {
      return reference("", confidence);
    }
    return LegalReference.builder().kind(text.kind())
        .citation(citation + " (version du " + version.validFrom() + ")")
        .legifranceId(version.legifranceId()).confidence(confidence).build();
  }

  /**
   * The article.
   *
   * @return the citation
   */
  public String citation() {
    return citation;
  }

  /**
   * The versions, in date order.
   *
   * @return the versions
   */
  public List<ArticleVersion> versions() {
    return versions;
  }

  /**
   * The version whose wording the library encodes.
   *
   * @return the version
   */
  public ArticleVersion modelled() {
    return modelled;
  }

  /**
   * The version that governed a date.
   *
   * @param date the date
   * @return the version, or empty before the first one
   */
  public Optional<ArticleVersion> versionAt(LocalDate date) {
    int v = indexAt(date);
    return v < 0 ? Optional.empty() : Optional.of(versions.get(v));
  }

  /**
   * Whether the encoded version governed a date.
   *
   * @param date the date
   * @return whether the modelled version was in force that day
   */
  public boolean modelledGoverns(LocalDate date) {
    return modelled.governs(date);
  }

  /**
   * A reference to the encoded version, or to a part of it.
   *
   * @param part the part cited after the article, such as {@code "I, 3°, a"}, or empty
   * @param confidence how sure the library is of the rule it draws from the text
   * @return the reference, with the LEGIARTI identifier of the encoded version
   */
  public LegalReference reference(String part, Confidence confidence) {
    return text.part(part, confidence);
  }
}
