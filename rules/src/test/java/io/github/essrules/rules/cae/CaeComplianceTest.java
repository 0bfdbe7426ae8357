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
    assertThat(one(before, "cae.L7331-3").outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
    // the report on 2025 does not count a deadline of 2026 against 2025, even read later
    Verdict on2025 = CaeCompliance.report(CaeCases.coopAlpha().entrepreneurs(List.of(e)).build(), 2025,
        LocalDate.of(2026, 6, 1));
    assertThat(one(on2025, "cae.L7331-3").outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
  }

  @Test
  void missingCesaClausesAreListed() {
    EntrepreneurSalarie e = CaeCases.entrepreneur("amina")
        .contractClauses(List.of(CesaClause.A_OBJECTIVES_AND_MINIMUM_ACTIVITY, CesaClause.D_REMUNERATION)).build();
    Finding clauses = one(report2025(CaeCases.coopAlpha().entrepreneurs(List.of(e)).build()), "cae.L7331-2");
    assertThat(clauses.outcome()).isEqualTo(Outcome.NOT_SATISFIED);
    assertThat(clauses.children()).hasSize(6);
    assertThat(clauses.children()).extracting(Finding::id).contains("cae.L7331-2.ASSOCIE_TERMS",
        "cae.L7331-2.F_CLIENTELE_AND_INTELLECTUAL_PROPERTY");
    assertThat(clauses.children().get(0).message().render(Lang.FR)).startsWith("manque : ");
  }

  @Test
  void theYearlyDeliberationIsPendingUntilTheEndOfTheYear_R7331_2() {
    Verdict v = CaeCompliance.report(CaeCases.coopAlpha().build(), 2026, ASOF);
    List<Finding> years = all(v, "cae.R7331-2.ag");
    assertThat(years).extracting(Finding::outcome).containsExactly(Outcome.NOT_APPLICABLE);
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
}
