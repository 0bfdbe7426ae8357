package io.github.essrules.rules.cae;

import static io.github.essrules.rules.internal.Conditions.msg;

import io.github.essrules.core.i18n.MessageArg;
import io.github.essrules.core.law.LegalReference;
import io.github.essrules.core.time.MonthSpan;
import io.github.essrules.core.verdict.Comparison;
import io.github.essrules.core.verdict.Finding;
import io.github.essrules.core.verdict.Operator;
import io.github.essrules.core.verdict.Outcome;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The assembly shared by the CAE's obligations: findings, their messages and the JSON paths of
 * the facts they read. No law here: each obligation class decides, this one words the decision.
 *
 * <p>This class is immutable and thread-safe.
 */
final class CaeFindings {
  private CaeFindings() {}

  /** A condition that does not apply to the facts (no month elapsed, a contract cut short…). */
  static Finding notApplicable(String id, LegalReference ref, String key, MessageArg... args) {
    return Finding.decided(id, Outcome.NOT_APPLICABLE, ref, msg(key, args));
  }

  /** An obligation of décret n° 2015-1363 asked of a date or period before it came into force (1 January 2016). */
  static Finding beforeDecree(String id, LegalReference ref) {
    return notApplicable(id, ref, "cae.decree-not-in-force");
  }

  /** A condition whose deadline has not come on the date the records are read. */
  static Finding pending(String id, LegalReference ref, String key, MessageArg... args) {
    return Finding.pending(id, ref, msg(key, args));
  }

  /** A condition decided without comparison. */
  static Finding decided(String id, Outcome outcome, LegalReference ref, String key, MessageArg... args) {
    return Finding.decided(id, outcome, ref, msg(key, args));
  }

  /** A list of required contents: satisfied if all present, else not satisfied naming each one absent. */
  static <E extends Enum<E>> Finding contents(String id, LegalReference ref, Optional<List<E>> given,
      EnumSet<E> absent, String path, String key, String termPrefix) {
    if (given.isEmpty()) {
      return Finding.missing(id, ref, msg(key + ".unknown"), path);
    }
    if (absent.isEmpty()) {
      return Finding.decided(id, Outcome.SATISFIED, ref, msg(key + ".complete"));
    }
    List<Finding> items = new ArrayList<>(absent.size());
    for (E e : absent) {
      items.add(Finding.decided(id + "." + e.name(), Outcome.NOT_SATISFIED, ref,
          msg("cae.missing-item", MessageArg.term(termPrefix + e.name()))));
    }
    return Finding.decided(id, Outcome.NOT_SATISFIED, ref, msg(key + ".missing", MessageArg.number(absent.size())),
        items);
  }

  /** The constants of {@code required} not among {@code given}. */
  static <E extends Enum<E>> EnumSet<E> absent(Set<E> required, List<E> given) {
    EnumSet<E> absent = EnumSet.copyOf(required);
    given.forEach(absent::remove);
    return absent;
  }

  /**
   * A clause of the contract the décret requires: satisfied if the contract has it; not applicable
   * on a date before the décret came into force.
   */
  static Finding clause(String id, LegalReference ref, EntrepreneurSalarie e, String p, LocalDate asOf,
      CesaClause clause, String key) {
    if (asOf.isBefore(CaeLaw.DECREE_IN_FORCE)) {
      return beforeDecree(id, ref);
    }
    if (e.contractClauses().isEmpty()) {
      return Finding.missing(id, ref, msg("cae.L7331-2.unknown"), p + "/contractClauses");
    }
    boolean has = e.contractClauses().get().contains(clause);
    return Finding.decided(id, Outcome.of(has), ref, msg(key + (has ? ".yes" : ".no")));
  }

  /**
   * An obligation read from the general meetings when they are not given: undetermined, unless
   * the period ended before the décret came into force (not applicable).
   */
  static Finding meetingsUnknown(String id, LegalReference ref, ReportPeriod r, String noneKey) {
    return r.endsBeforeDecree() ? notApplicable(id, ref, noneKey)
        : Finding.missing(id, ref, msg("cae.meetings-unknown"), "/generalMeetings");
  }

  /** A record due each month of a run: satisfied if given for every month due, else naming the others. */
  static Finding months(String id, LegalReference ref, MonthSpan due, Optional<List<YearMonth>> given,
      String path, String key) {
    if (due.isEmpty()) {
      return notApplicable(id, ref, key + ".none");
    }
    if (given.isEmpty()) {
      return Finding.missing(id, ref, msg(key + ".unknown", MessageArg.number(due.size())), path);
    }
    List<YearMonth> missing = due.without(given.get());
    Comparison cmp = Comparison.of(msg(key + ".count"), MessageArg.number(due.size() - missing.size()),
        Operator.EQUAL, MessageArg.number(due.size()));
    return Finding.compared(id, ref, missing.isEmpty() ? msg(key + ".all", MessageArg.number(due.size()))
        : msg(key + ".missing", MessageArg.months(missing)), cmp);
  }
}
