package io.github.essrules.rules.cae;

import static io.github.essrules.rules.cae.CaeCases.ASOF;
import static io.github.essrules.rules.cae.CaeCases.complete;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.essrules.core.Lang;
import io.github.essrules.core.law.NoLawKnownException;
import io.github.essrules.core.validation.InvalidInputException;
import io.github.essrules.core.verdict.Finding;
import io.github.essrules.core.verdict.Outcome;
import io.github.essrules.core.verdict.Verdict;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CaeComplianceTest {

  static List<Finding> all(Verdict v, String id) {
    return v.find(id);
  }

  static Finding one(Verdict v, String id) {
    List<Finding> found = all(v, id);
    assertThat(found).as(v.explain(Lang.EN)).isNotEmpty();
    return found.get(0);
  }

  static Verdict report2025(CaeFacts f) {
    return CaeCompliance.report(f, 2025, ASOF);
  }

  @Test
  void coopAlphaKeepingItsRecordsMeetsEveryObligationOf2025() {
    Verdict v = report2025(CaeCases.coopAlpha().build());
    assertThat(v.outcome()).as(v.explain(Lang.FR)).isEqualTo(Outcome.SATISFIED);
    assertThat(one(v, "cae.R7331-3.period").reference().legifranceId()).contains("LEGIARTI000031394608");
    // the calendar year, the closed period and the day range name the same report
    assertThat(CaeCompliance.report(CaeCases.coopAlpha().build(), CaeCalendar.calendarYear(2025), ASOF,
        io.github.essrules.core.verdict.LawOptions.standard())).isEqualTo(v)
        .isEqualTo(CaeCompliance.report(CaeCases.coopAlpha().build(), LocalDate.of(2025, 1, 1),
            LocalDate.of(2025, 12, 31), ASOF));
    assertThat(one(v, "cae.R7331-10").reference().legifranceId()).contains("LEGIARTI000031394622");
    assertThat(one(v, "cae.R7331-3.contract").reference().citation()).isEqualTo("C. trav., art. R7331-3, 1re phrase");
  }

  @Test
  void theFailuresOfAReportAreTheLeavesThatDecideEachWithItsEntrepreneur() {
    // R7331-3: amina has one interview in her second period, karim keeps his; the ids repeat per
    // person and per period, the subject tells them apart
    EntrepreneurSalarie amina = CaeCases.entrepreneur("amina")
        .interviews(List.of(complete(LocalDate.of(2024, 6, 10)), complete(LocalDate.of(2024, 12, 5)),
            complete(LocalDate.of(2025, 5, 20))))
        .build();
    EntrepreneurSalarie karim = CaeCases.entrepreneur("karim").build();
    Verdict v = report2025(CaeCases.coopAlpha().entrepreneurs(List.of(amina, karim)).build());
    assertThat(v.failures()).isNotEmpty().allMatch(f -> f.outcome() == Outcome.NOT_SATISFIED && f.children().stream()
        .noneMatch(c -> c.outcome() == Outcome.NOT_SATISFIED));
    assertThat(v.failures()).filteredOn(f -> f.id().equals("cae.R7331-3.period"))
        .extracting(Finding::qualifiedId).containsExactly("cae.R7331-3.period@entrepreneur:amina/period:2025-03-01");
    assertThat(all(v, "cae.R7331-3.period")).extracting(f -> f.subjectOf("entrepreneur").orElse(""))
        .contains("amina", "karim");
    assertThat(all(v, "cae.R7331-3.period")).extracting(Finding::qualifiedId).doesNotHaveDuplicates();
    assertThat(v.undetermined()).allMatch(f -> !f.missingFacts().isEmpty());
  }

  @Test
  void aCapeOf12MonthsShortensTheAssocieDeadlineToTwoYears_L7331_3() {
    EntrepreneurSalarie e = CaeCases.entrepreneur("chloé")
        .priorContracts(List.of(PriorContract.builder().kind(PriorContract.Kind.CAPE)
            .firstDay(LocalDate.of(2023, 3, 1)).lastDay(LocalDate.of(2024, 2, 29)).build()))
        .trialPeriodMonths(0)
        .becameAssocieOn(java.util.Optional.empty())
        .build();
    assertThat(CaeCalendar.associeDeadline(e)).isEqualTo(LocalDate.of(2026, 3, 1));
    Verdict v = CaeCompliance.report(CaeCases.coopAlpha().entrepreneurs(List.of(e)).build(), 2026,
        LocalDate.of(2026, 3, 2));
    assertThat(one(v, "cae.L7331-3").outcome()).isEqualTo(Outcome.NOT_SATISFIED);
    Verdict before = CaeCompliance.report(CaeCases.coopAlpha().entrepreneurs(List.of(e)).build(), 2026,
        LocalDate.of(2026, 3, 1));
    assertThat(one(before, "cae.L7331-3").outcome()).isEqualTo(Outcome.PENDING);
    // the report on 2025 does not count a deadline of 2026 against 2025, even read later
    Verdict on2025 = CaeCompliance.report(CaeCases.coopAlpha().entrepreneurs(List.of(e)).build(), 2025,
        LocalDate.of(2026, 6, 1));
    assertThat(one(on2025, "cae.L7331-3").outcome()).isEqualTo(Outcome.PENDING);
  }

  @Test
  void missingCesaClausesAreListed() {
    EntrepreneurSalarie e = CaeCases.entrepreneur("amina")
        .contractClauses(List.of(CesaClause.A_OBJECTIVES_AND_MINIMUM_ACTIVITY, CesaClause.D_REMUNERATION)).build();
    Finding clauses = one(report2025(CaeCases.coopAlpha().entrepreneurs(List.of(e)).build()), "cae.L7331-2");
    assertThat(clauses.outcome()).isEqualTo(Outcome.NOT_SATISFIED);
    // b, c, e and f: the décret's clauses are findings of their own, citing R7331-10 and R7331-3
    assertThat(clauses.children()).hasSize(4);
    assertThat(clauses.children()).extracting(Finding::id).contains("cae.L7331-2.F_CLIENTELE_AND_INTELLECTUAL_PROPERTY")
        .doesNotContain("cae.L7331-2.ASSOCIE_TERMS", "cae.L7331-2.INTERVIEW_CONDITIONS");
    assertThat(one(report2025(CaeCases.coopAlpha().entrepreneurs(List.of(e)).build()), "cae.R7331-10").reference()
        .citation()).isEqualTo("C. trav., art. R7331-10");
    assertThat(clauses.children().get(0).message().render(Lang.FR)).startsWith("manque : ");
  }

  @Test
  void theYearlyDeliberationIsPendingUntilTheEndOfTheYear_R7331_2() {
    Verdict v = CaeCompliance.report(CaeCases.coopAlpha().build(), 2026, ASOF);
    List<Finding> years = all(v, "cae.R7331-2.ag");
    assertThat(years).extracting(Finding::outcome).containsExactly(Outcome.PENDING);
    Verdict nextYear = CaeCompliance.report(CaeCases.coopAlpha().build(), 2026, LocalDate.of(2027, 1, 1));
    assertThat(all(nextYear, "cae.R7331-2.ag")).extracting(Finding::outcome).containsExactly(Outcome.NOT_SATISFIED);
  }

  @Test
  void malformedFactsAndDatesBeforeTheLawAreRefused() {
    CaeFacts bad = CaeCases.coopAlpha().siren("123456789")
        .entrepreneurs(List.of(CaeCases.entrepreneur("amina").build(), CaeCases.entrepreneur("bruno").build(),
            CaeCases.entrepreneur("amina").build()))
        .build();
    assertThatThrownBy(() -> report2025(bad)).isInstanceOfSatisfying(InvalidInputException.class,
        e -> assertThat(e.violations()).extracting(x -> x.pointer())
            .contains("/siren", "/entrepreneurIdsUnique"));
    assertThatThrownBy(() -> CaeCompliance.report(CaeCases.coopAlpha().build(), 2014, LocalDate.of(2014, 6, 1)))
        .isInstanceOf(NoLawKnownException.class);
  }

  @Test
  void aJointActivityStartedBeforeItsConventionBreachesR7331_6() {
    JointActivity a = JointActivity.builder().name("Atelier partagé").entrepreneurIds(List.of("amina", "bruno"))
        .startedOn(LocalDate.of(2025, 9, 1)).conventionSignedOn(LocalDate.of(2025, 9, 15))
        .conventionContents(List.of(ConventionContent.values())).build();
    Verdict v = report2025(CaeCases.coopAlpha().jointActivities(List.of(a)).build());
    assertThat(one(v, "cae.R7331-6.signed").outcome()).isEqualTo(Outcome.NOT_SATISFIED);
    // issue 18: "15 septembre 2025 n'excède pas 1er septembre 2025 ✗" read as what happened
    assertThat(one(v, "cae.R7331-6.signed").comparisons().get(0).describe(Lang.FR))
        .isEqualTo("convention signée le 15 septembre 2025, après le début de l'activité le 1er septembre 2025 "
            + "(14 jours plus tard)");
    assertThat(one(v, "cae.R7331-6.signed").comparisons().get(0).describe(Lang.EN))
        .isEqualTo("convention signed on 15 September 2025, after the activity began on 1 September 2025 "
            + "(14 days later)");
    JointActivity ok = JointActivity.builder().from(a).conventionSignedOn(LocalDate.of(2025, 9, 1))
        .conventionContents(List.of(ConventionContent.NATURE_OF_ACTIVITY)).build();
    Verdict v2 = report2025(CaeCases.coopAlpha().jointActivities(List.of(ok)).build());
    assertThat(one(v2, "cae.R7331-6.signed").outcome()).isEqualTo(Outcome.SATISFIED);
    assertThat(one(v2, "cae.R7331-6.signed").comparisons().get(0).describe(Lang.FR))
        .isEqualTo("convention signée le 1er septembre 2025, au plus tard au début de l'activité le 1er septembre 2025");
    assertThat(one(v2, "cae.R7331-6.signed").comparisons().get(0).describe(Lang.EN))
        .isEqualTo("convention signed on 1 September 2025, no later than the start of the activity on 1 September 2025");
    assertThat(one(v2, "cae.R7331-6.contents").children()).hasSize(4);
    assertThat(one(v2, "cae.R7331-6.contents").message().render(Lang.EN)).contains("4 item(s) missing");
  }

  @Test
  void withoutAnInformationSystemEveryElapsedMonthNeedsAStatement_R7331_5() {
    EntrepreneurSalarie e = CaeCases.entrepreneur("amina")
        .monthlyStatementsSent(CaeCases.months(java.time.YearMonth.of(2025, 1), java.time.YearMonth.of(2025, 10)))
        .build();
    Verdict v = report2025(CaeCases.coopAlpha().informationSystemAccess(false).entrepreneurs(List.of(e)).build());
    Finding monthly = one(v, "cae.R7331-5.monthly");
    assertThat(monthly.outcome()).isEqualTo(Outcome.NOT_SATISFIED);
    // the months in the language's words, and the count worded as the months sent out of those due
    assertThat(monthly.message().render(Lang.EN)).endsWith("not sent for: November and December 2025");
    assertThat(monthly.message().render(Lang.FR)).endsWith("non transmis pour : novembre et décembre 2025");
    assertThat(monthly.comparisons().get(0).describe(Lang.FR))
        .isEqualTo("état mensuel : 10 mois transmis sur 12 dus (il en manque 2)");
    assertThat(monthly.comparisons().get(0).describe(Lang.EN))
        .isEqualTo("monthly statement: sent for 10 of the 12 months due (2 missing)");
  }

  @Test
  void theFixedPartPaidForElevenOfTwelveMonthsReadsAsSuch_R7331_11() {
    EntrepreneurSalarie e = CaeCases.entrepreneur("amina")
        .fixedPartPaidMonths(CaeCases.months(java.time.YearMonth.of(2025, 1), java.time.YearMonth.of(2025, 11)))
        .build();
    Verdict v = report2025(CaeCases.coopAlpha().entrepreneurs(List.of(e)).build());
    Finding fixed = one(v, "cae.R7331-11");
    assertThat(fixed.outcome()).isEqualTo(Outcome.NOT_SATISFIED);
    // was "11 est égal à 12 ✗"
    assertThat(fixed.comparisons().get(0).describe(Lang.FR)).isEqualTo("part fixe : 11 mois payés sur 12 dus (il en manque 1)");
    assertThat(fixed.comparisons().get(0).describe(Lang.EN))
        .isEqualTo("fixed part: paid for 11 of the 12 months due (1 missing)");
    assertThat(fixed.message().render(Lang.FR)).isEqualTo("Part fixe non versée pour : décembre 2025");
    assertThat(fixed.message().render(Lang.EN)).isEqualTo("Fixed part not paid for: December 2025");
    assertThat(v.explain(Lang.FR)).contains("part fixe : 11 mois payés sur 12 dus (il en manque 1) ✗")
        .doesNotContain("est égal à");
  }
}
