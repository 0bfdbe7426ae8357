package io.github.essrules.rules.cae;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.essrules.core.Lang;
import io.github.essrules.core.law.NoLawKnownException;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * What the CAE package's API answers outside the situations: a report over a period before loi
 * n° 2014-856 (in force on 2 August 2014), an article the package does not encode, the
 * remuneration rule of the registry and its explanation, the values' builders.
 */
class CaeApiTest {

  @Test
  void aReportOnAPeriodEndedBeforeTheLawIsRefusedNamingItsLastDay() {
    CaeFacts facts = CaeCases.coopAlpha().build();
    assertThatThrownBy(() -> CaeCompliance.report(facts, 2013, LocalDate.of(2025, 12, 31)))
        .isInstanceOfSatisfying(NoLawKnownException.class,
            e -> assertThat(e.date()).isEqualTo(LocalDate.of(2013, 12, 31)));
    // read before the law: the date read on is named
    assertThatThrownBy(() -> CaeCompliance.report(facts, LocalDate.of(2014, 1, 1), LocalDate.of(2014, 12, 31),
        LocalDate.of(2014, 8, 1))).isInstanceOfSatisfying(NoLawKnownException.class,
            e -> assertThat(e.date()).isEqualTo(LocalDate.of(2014, 8, 1)));
    // a period ending on the law's first day, read that day: answered
    assertThat(CaeCompliance.report(facts, LocalDate.of(2014, 1, 1), LocalDate.of(2014, 8, 2),
        LocalDate.of(2014, 8, 2)).ruleId()).isEqualTo(CaeCompliance.ID);
  }

  @Test
  void anArticleTheCaePackageDoesNotEncodeIsRefused() {
    assertThat(CaeLaw.ref("R7331-12", "").citation()).endsWith("R7331-12");
    assertThat(CaeLaw.ref("R7331-12", "").legifranceId()).contains("LEGIARTI000031394628");
    assertThatThrownBy(() -> CaeLaw.ref("R7331-13", "")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("R7331-13");
  }

  @Test
  void theRemunerationRuleComputesAndExplainsEachLine_L7332_3() {
    assertThat(CaeRemuneration.rule().id()).isEqualTo("cae-remuneration");
    RemunerationFacts facts = RemunerationFacts.builder().entrepreneurId("amina")
        .fixedPartMonthly(new BigDecimal("1200")).monthsOfFixedPart(12).turnover(new BigDecimal("48000"))
        .directCharges(new BigDecimal("6000"))
        .contribution(ContributionRule.builder().base(ContributionRule.Base.TURNOVER).rate(new BigDecimal("0.10"))
            .build())
        .advancesPaid(new BigDecimal("12000")).build();
    Remuneration r = CaeRemuneration.compute(facts);
    assertThat(r.summary(Lang.FR)).contains("part variable").contains("37").contains("25");
    String explained = r.explain(Lang.FR);
    assertThat(explained).contains("Rémunération de l'exercice — amina").contains("HALF_UP").contains("RATE");
    Remuneration anonymous = CaeRemuneration.compute(facts.toBuilder().entrepreneurId(java.util.Optional.empty())
        .build());
    assertThat(anonymous.explain(Lang.FR)).contains("Rémunération de l'exercice").doesNotContain("—  amina");
    assertThat(anonymous.explain(Lang.FR).lines().findFirst().orElseThrow()).doesNotContain("amina");
    // a value rebuilt from itself is equal to it
    assertThat(r.toBuilder().build()).isEqualTo(r);
    assertThat(facts.contribution().toBuilder().build()).isEqualTo(facts.contribution());
  }

  @Test
  void theValuesRebuildFromThemselves() {
    Interview i = Interview.complete(LocalDate.of(2025, 5, 20));
    assertThat(i.toBuilder().build()).isEqualTo(i);
    PriorContract c = PriorContract.builder().kind(PriorContract.Kind.CAPE).firstDay(LocalDate.of(2023, 3, 1))
        .lastDay(LocalDate.of(2024, 2, 29)).build();
    assertThat(c.toBuilder().build()).isEqualTo(c);
    assertThat(c.length()).isEqualTo(java.time.Period.ofYears(1));
    EntrepreneurSalarie e = CaeCases.entrepreneur("amina").build();
    assertThat(e.toBuilder().build()).isEqualTo(e);
    CaeFacts f = CaeCases.coopAlpha().build();
    assertThat(f.toBuilder().build()).isEqualTo(f);
  }
}
