package io.github.essrules.examples.cli;

import io.github.essrules.core.Lang;
import io.github.essrules.core.i18n.Formats;
import io.github.essrules.core.json.EssJson;
import io.github.essrules.core.verdict.Explained;
import io.github.essrules.core.verdict.LawOptions;
import io.github.essrules.core.verdict.Outcome;
import io.github.essrules.core.verdict.RuleDefinition;
import io.github.essrules.core.verdict.Verdict;
import io.github.essrules.rules.esus.AgrementTerm;
import io.github.essrules.rules.esus.EsusAgrement;
import io.github.essrules.rules.esus.EsusAnnexStatement;
import io.github.essrules.rules.esus.EsusFacts;
import io.github.essrules.rules.esus.EsusRule;
import io.github.essrules.rules.foncier.BrsActiviteFacts;
import io.github.essrules.rules.foncier.BrsResale;
import io.github.essrules.rules.foncier.BrsResaleFacts;
import io.github.essrules.rules.foncier.IndexedCap;
import io.github.essrules.rules.iae.CddiFacts;
import io.github.essrules.rules.iae.CddiRule;
import io.github.essrules.rules.scic.ScicCase;
import io.github.essrules.rules.scic.ScicRule;
import io.github.essrules.rules.scic.SurplusAllocation;
import io.github.essrules.rules.ville.EmploisFrancs;
import io.github.essrules.rules.ville.EmploisFrancsFacts;
import io.github.essrules.rules.ville.ZfuTe;
import io.github.essrules.rules.ville.ZfuTeFacts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A rule's answer for one case: what {@code ess RULE CASE} prints — the result's explanation in
 * text, or {@code {"verdict": …}} ({@code {"result": …}} for a computation) in JSON, with the
 * members some rules show beside it — and what {@code POST /rules/{id}/evaluate} of
 * {@code ess serve} answers. One function, {@link #of}, makes it for both.
 *
 * <p>Beside the result, from other public methods of the rules: the ESUS agrément's calendar
 * ({@code agrement}, when the file dates are given) and on request the statement for the annex to
 * the accounts ({@code annexStatement}); a BRS resale's cap ({@code cap}); a SCIC's least
 * allocation of its surplus; a CDDI's latest lawful end; the exempt profit of a ZFU-TE; the amount
 * of an emploi franc.
 *
 * <p>This class is immutable and thread-safe.
 */
final class RuleAnswer {
  /** Months before expiry when the ESUS agrément's status turns to renewal due, by default. */
  static final int RENEWAL_WINDOW = 6;

  private final Explained result;
  private final Map<String, Object> extra;
  private final List<String> lines;

  private RuleAnswer(Explained result, Map<String, Object> extra, List<String> lines) {
    this.result = result;
    this.extra = Collections.unmodifiableMap(extra);
    this.lines = List.copyOf(lines);
  }

  /**
   * The answer of a rule of the registry for facts of its type, as of a date: the command named
   * by the rule's identifier with its default options.
   *
   * @param rule the rule
   * @param facts the facts, read (and valid) as of {@code asOf}
   * @param asOf the date whose law and amounts apply
   * @param options the options of the law in time
   * @param lang the language of the text lines
   * @return the answer
   */
  static RuleAnswer of(RuleDefinition<?, ?> rule, Object facts, LocalDate asOf, LawOptions options, Lang lang) {
    if (EsusRule.ID.equals(rule.id())) {
      return esus((EsusFacts) facts, asOf, options, RENEWAL_WINDOW, false, lang);
    }
    Explained result = Rules.run(rule, facts, asOf, options);
    Map<String, Object> extra = new LinkedHashMap<>();
    List<String> lines = new ArrayList<>();
    extras(rule.id(), facts, lang, extra, lines);
    return new RuleAnswer(result, extra, lines);
  }

  /**
   * The answer of a result computed with options of a command of its own (the CAE report over a
   * chosen period): nothing beside it.
   *
   * @param result the result
   * @return the answer
   */
  static RuleAnswer of(Explained result) {
    return new RuleAnswer(result, new LinkedHashMap<>(), List.of());
  }

  /**
   * The answer of {@code ess esus}: the verdict, the agrément's calendar when the file dates are
   * given, and on request the statement for the annex to the annual accounts (R3332-21-5) when
   * the verdict is satisfied.
   *
   * @param facts the facts, valid as of {@code asOf}
   * @param asOf the date whose law applies
   * @param options the options of the law in time
   * @param renewalWindow months before expiry when the status turns to renewal due
   * @param annex whether the annex statement is asked for
   * @param lang the language of the statement and of the text lines
   * @return the answer
   */
  static RuleAnswer esus(EsusFacts facts, LocalDate asOf, LawOptions options, int renewalWindow, boolean annex,
      Lang lang) {
    Verdict verdict = EsusRule.get().evaluate(facts, asOf, options);
    boolean hasCalendar = facts.grantedOn().isPresent() || facts.completeFileReceivedOn().isPresent();
    AgrementTerm term = hasCalendar ? EsusAgrement.term(facts, asOf, renewalWindow) : null;
    String statement = annex && verdict.outcome() == Outcome.SATISFIED
        ? EsusAnnexStatement.of(facts, verdict).text(lang) : null;
    Map<String, Object> extra = new LinkedHashMap<>();
    List<String> lines = new ArrayList<>();
    if (term != null) {
      extra.put("agrement", term);
      lines.add("");
      lines.add(Texts.term(term, lang));
    }
    if (statement != null) {
      extra.put("annexStatement", statement);
      lines.add("");
      lines.add(statement);
    } else if (annex) {
      lines.add("");
      lines.add(lang == Lang.FR ? "Pas d'information pour l'annexe : le verdict n'est pas « satisfaite »."
          : "No annex statement: the verdict is not \"satisfied\".");
    }
    return new RuleAnswer(verdict, extra, lines);
  }

  /**
   * The result.
   *
   * @return the verdict or the computation
   */
  Explained result() {
    return result;
  }

  /**
   * The answer as JSON members: {@code verdict} (or {@code result} for a computation), then the
   * members beside it.
   *
   * @return the members, in order
   */
  Map<String, Object> json() {
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put(result instanceof Verdict ? "verdict" : "result", result);
    answer.putAll(extra);
    return answer;
  }

  /**
   * The answer as the JSON text {@code ess RULE --format json} prints (without its end of line).
   *
   * @return the JSON
   */
  String toJson() {
    return EssJson.write(json());
  }

  /**
   * The answer as the text {@code ess RULE} prints: the explanation, then the lines beside it.
   *
   * @param lang the language of the explanation
   * @return the text, lines separated by {@code \n}, without a final end of line
   */
  String text(Lang lang) {
    StringBuilder out = new StringBuilder(result.explain(lang));
    for (String line : lines) {
      out.append('\n').append(line);
    }
    return out.toString();
  }

  /**
   * The exit code of the command line: that of a verdict's outcome, {@link ExitCodes#OK} for a
   * computation.
   *
   * @return the exit code
   */
  int exitCode() {
    return result instanceof Verdict ? ExitCodes.of(((Verdict) result).outcome()) : ExitCodes.OK;
  }

  /**
   * What the command line shows beside some rules' result, from other public methods of the rule:
   * in JSON as members beside the result, in text as lines after it.
   */
  private static void extras(String id, Object facts, Lang lang, Map<String, Object> json, List<String> text) {
    boolean fr = lang == Lang.FR;
    switch (id) {
      case BrsResale.ID: {
        IndexedCap cap = BrsResale.cap((BrsResaleFacts) facts);
        json.put("cap", cap);
        text.add(cap.explain(lang));
        break;
      }
      case BrsResale.ID_ACTIVITE: {
        IndexedCap cap = BrsResale.cap((BrsActiviteFacts) facts);
        json.put("cap", cap);
        text.add(cap.explain(lang));
        break;
      }
      case ScicRule.ID:
        ((ScicCase) facts).surplus().ifPresent(year -> {
          SurplusAllocation a = ScicRule.minimumAllocation(year);
          json.put("minimumSurplusAllocation", a);
          text.add((fr ? "Affectation minimale de l'excédent : réserve légale " : "Least allocation of the surplus: legal reserve ")
              + Formats.euros(a.legalReserve(), lang) + (fr ? ", réserve statutaire " : ", statutory reserve ")
              + Formats.euros(a.statutoryReserve(), lang) + (fr ? ", reste " : ", remainder ")
              + Formats.euros(a.remainder(), lang));
        });
        break;
      case CddiRule.ID:
        CddiRule.latestLawfulEnd((CddiFacts) facts).ifPresent(d -> {
          json.put("latestLawfulEnd", d);
          text.add((fr ? "Fin la plus tardive permise : " : "Latest lawful end: ") + Formats.date(d, lang));
        });
        break;
      case ZfuTe.ID: {
        ZfuTeFacts f = (ZfuTeFacts) facts;
        if (!f.establishedOn().isBefore(ZfuTe.SCHEDULE_FROM)) {
          // before 2015 the regime is not modelled: the verdict says so, no amount is given
          json.put("exemptProfit", ZfuTe.exemptProfit(f));
          json.put("capPerTwelveMonths", ZfuTe.capPerTwelveMonths(f));
        }
        break;
      }
      case EmploisFrancs.ID:
        json.put("amount", EmploisFrancs.amount((EmploisFrancsFacts) facts));
        break;
      default:
        break;
    }
  }
}
