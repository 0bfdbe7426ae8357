package io.github.essrules.rules.esus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.essrules.core.law.ArticleHistory;
import io.github.essrules.core.law.ArticleVersion;
import io.github.essrules.core.law.LawPolicy;
import io.github.essrules.core.law.NoLawKnownException;
import io.github.essrules.core.param.DatedParameter;
import io.github.essrules.core.param.DatedValue;
import io.github.essrules.core.verdict.Notice;
import io.github.essrules.core.verdict.Verdict;
import io.github.essrules.rules.amounts.LegalParameters;
import io.github.essrules.rules.ess.EssMembershipRule;
import io.github.essrules.rules.ess.LegalForm;
import io.github.essrules.rules.law.LegalTexts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * The law in time as a property of the rules: a date beyond the horizon is refused, and moving the
 * date asked about within a span where no text, amount or table changes does not change the
 * verdict (C. trav. L3332-17-1 for ESUS, loi n° 2014-856 art. 1 for ESS membership).
 */
class LawInTimeProperties {
  /** Every day on which something the rules read may change. */
  static final TreeSet<LocalDate> CHANGES = changes();

  private static TreeSet<LocalDate> changes() {
    TreeSet<LocalDate> days = new TreeSet<>();
    LawPolicy policy = LawPolicy.standard();
    for (DatedParameter<BigDecimal> p : LegalParameters.all()) {
      for (DatedValue<BigDecimal> v : p.values()) {
        days.add(v.validFrom());
        v.validUntil().ifPresent(days::add);
        days.add(v.verifiedOn().plusDays(1));
      }
      p.nextScheduledRevision().ifPresent(days::add);
      days.add(p.lastDayServed(policy).plusDays(1));
    }
    for (ArticleHistory h : LegalTexts.all()) {
      for (ArticleVersion v : h.versions()) {
        days.add(v.validFrom());
        v.validUntil().ifPresent(days::add);
      }
      days.add(h.verifiedOn().plusDays(1));
      days.add(h.lastDayServed(policy).plusDays(1));
    }
    days.addAll(List.of(EsusLaw.FIRST_DAY, EsusLaw.OBJECTIVE_5_FROM, EsusLaw.CATEGORY_16_FROM));
    return days;
  }

  /** What a verdict says, without the date it was asked on (which notices of presumption name). */
  private static List<Object> substance(Verdict v) {
    return List.of(v.outcome(), v.findings(), v.notices().stream().map(Notice::id).toList(),
        v.notices().stream().map(Notice::reference).toList());
  }

  private static void sameVerdictWithinASpan(long offset, int step, Function<LocalDate, Verdict> rule) {
    LocalDate first = LocalDate.of(2026, 4, 1).plusDays(offset);
    LocalDate horizon = CHANGES.last();
    if (!first.isBefore(horizon)) {
      return;
    }
    LocalDate next = CHANGES.higher(first);
    LocalDate second = first.plusDays(step);
    if (next != null && !second.isBefore(next)) {
      second = next.minusDays(1);
    }
    Verdict a;
    try {
      a = rule.apply(first);
    } catch (NoLawKnownException e) {
      LocalDate s = second;
      assertThatThrownBy(() -> rule.apply(s)).isInstanceOf(NoLawKnownException.class);
      return;
    }
    assertThat(substance(rule.apply(second))).as(first + " vs " + second).isEqualTo(substance(a));
  }

  @Property(tries = 200)
  void movingTheDateWithinASpanWithoutChangeKeepsTheEsusVerdict(
      @ForAll @LongRange(min = 0, max = 500) long offset, @ForAll @IntRange(min = 1, max = 120) int step,
      @ForAll boolean pleinDroit) {
    EsusFacts facts = pleinDroit ? EsusCases.regieDeQuartier().build() : EsusCases.sasGeneralRoute().build();
    sameVerdictWithinASpan(offset, step, d -> EsusRule.get().evaluate(facts, d));
  }

  @Property(tries = 200)
  void movingTheDateWithinASpanWithoutChangeKeepsTheEssMembership(
      @ForAll @LongRange(min = 0, max = 500) long offset, @ForAll @IntRange(min = 1, max = 120) int step) {
    var facts = EsusCases.essConditionsOfI(LegalForm.COMMERCIAL_COMPANY).name("Recyclerie SAS")
        .socialUtilityInStatuts(true).managementPrinciplesInStatuts(true).registeredAsEss(true)
        .addFinancialYears(EsusCases.allocation(2024), EsusCases.allocation(2025)).build();
    sameVerdictWithinASpan(offset, step, d -> EssMembershipRule.get().evaluate(facts, d));
  }

  @Property(tries = 100)
  void everyDateBeyondTheHorizonIsRefused(@ForAll @LongRange(min = 1, max = 2_900_000) long days) {
    LocalDate beyond = EsusLaw.L3332_17_1.lastDayServed(LawPolicy.standard()).plusDays(days);
    assertThatThrownBy(() -> EsusRule.get().evaluate(EsusCases.regieDeQuartier().build(), beyond))
        .isInstanceOf(NoLawKnownException.class);
    LocalDate essBeyond = LegalTexts.LOI_ESS_ART_1.lastDayServed(LawPolicy.standard()).plusDays(days);
    var facts = EsusCases.essConditionsOfI(LegalForm.ASSOCIATION).build();
    assertThatThrownBy(() -> EssMembershipRule.get().evaluate(facts, essBeyond))
        .isInstanceOf(NoLawKnownException.class);
  }
}
