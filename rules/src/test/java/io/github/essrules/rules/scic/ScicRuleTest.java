package io.github.essrules.rules.scic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.essrules.core.Lang;
import io.github.essrules.core.law.Confidence;
import io.github.essrules.core.validation.InvalidInputException;
import io.github.essrules.core.verdict.Finding;
import io.github.essrules.core.verdict.Outcome;
import io.github.essrules.core.verdict.Verdict;
import io.github.essrules.rules.ess.LegalForm;
import io.github.essrules.rules.structure.CompanyType;
import io.github.essrules.rules.structure.Organisation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScicRuleTest {
  static final LocalDate ASOF = LocalDate.of(2026, 4, 1);

  static AssociateCategory category(ScicCategory c, int members, String capital) {
    return AssociateCategory.builder().category(c).members(members).capital(new BigDecimal(capital)).build();
  }

  /** Hôtel du Nord: 70 sociétaires (guide); form, categories and capital invented. */
  static ScicCase.Builder hotelDuNord() {
    return ScicCase.builder()
        .organisation(Organisation.builder().name("SCIC Hôtel du Nord").legalForm(LegalForm.SCIC)
            .companyType(CompanyType.SAS).creationDate(LocalDate.of(2011, 1, 10)).registeredOfficeCommune("13215")
            .build())
        .variableCapital(true).hasSalaries(true)
        .associateCategories(List.of(category(ScicCategory.PRODUCERS, 40, "4000"),
            category(ScicCategory.SALARIES, 3, "600"), category(ScicCategory.BENEFICIARIES, 25, "2500"),
            category(ScicCategory.COLLECTIVITES_PUBLIQUES, 2, "2000")))
        .colleges(List.of());
  }

  static Finding find(Verdict v, String id) {
    return v.find(id).stream().findFirst().orElseThrow(() -> new AssertionError(id + "\n" + v.explain(Lang.EN)));
  }

  @Test
  void hotelDuNordWithItsFourCategoriesMeetsTheRules() {
    Verdict v = ScicRule.get().evaluate(hotelDuNord().build(), ASOF);
    assertThat(v.outcome()).as(v.explain(Lang.FR)).isEqualTo(Outcome.SATISFIED);
  }

  @Test
  void collectivitesHoldingExactlyHalfTheCapitalIsAllowed_art19septies() {
    // 9 100 € held by the others: public 9 100 of 18 200 = 50 %
    Verdict v = ScicRule.get().evaluate(hotelDuNord().associateCategories(List.of(
        category(ScicCategory.PRODUCERS, 40, "6000"), category(ScicCategory.SALARIES, 3, "600"),
        category(ScicCategory.BENEFICIARIES, 25, "2500"), category(ScicCategory.COLLECTIVITES_PUBLIQUES, 2, "9100")))
        .build(), ASOF);
    assertThat(find(v, "scic.public-capital").outcome()).isEqualTo(Outcome.SATISFIED);
    Verdict over = ScicRule.get().evaluate(hotelDuNord().associateCategories(List.of(
        category(ScicCategory.PRODUCERS, 40, "6000"), category(ScicCategory.SALARIES, 3, "600"),
        category(ScicCategory.BENEFICIARIES, 25, "2500"), category(ScicCategory.COLLECTIVITES_PUBLIQUES, 2, "9100.02")))
        .build(), ASOF);
    assertThat(find(over, "scic.public-capital").outcome()).isEqualTo(Outcome.NOT_SATISFIED);
  }

  @Test
  void before2August2014TheCapWas20PercentAndSasWasNotAForm() {
    Verdict v = ScicRule.get().evaluate(hotelDuNord().build(), LocalDate.of(2013, 6, 1));
    // 2 000 of 9 100 = 22 %: allowed today, not in 2013
    assertThat(find(v, "scic.public-capital").outcome()).isEqualTo(Outcome.NOT_SATISFIED);
    // the 20 % of loi n° 2001-624, confirmed by the Sénat's record of 25 June 2001
    assertThat(find(v, "scic.public-capital").reference().confidence()).isEqualTo(Confidence.SECONDARY);
    assertThat(find(v, "scic.form.type").outcome()).isEqualTo(Outcome.NOT_SATISFIED);
  }

  @Test
  void twoCategoriesOrNoBeneficiariesBreakArt19septies() {
    Verdict two = ScicRule.get().evaluate(hotelDuNord().associateCategories(List.of(
        category(ScicCategory.SALARIES, 3, "600"), category(ScicCategory.BENEFICIARIES, 25, "2500"))).build(), ASOF);
    assertThat(find(two, "scic.categories.three").outcome()).isEqualTo(Outcome.NOT_SATISFIED);
    Verdict noBeneficiaries = ScicRule.get().evaluate(hotelDuNord().associateCategories(List.of(
        category(ScicCategory.SALARIES, 3, "600"), category(ScicCategory.PRODUCERS, 25, "2500"),
        category(ScicCategory.VOLUNTEERS, 4, "400"))).build(), ASOF);
    assertThat(find(noBeneficiaries, "scic.categories.beneficiaries").outcome()).isEqualTo(Outcome.NOT_SATISFIED);
  }

  @Test
  void withoutSalariesTheProducersTakeTheirPlace() {
    Verdict v = ScicRule.get().evaluate(hotelDuNord().hasSalaries(false).associateCategories(List.of(
        category(ScicCategory.PRODUCERS, 40, "4000"), category(ScicCategory.BENEFICIARIES, 25, "2500"),
        category(ScicCategory.VOLUNTEERS, 4, "400"))).build(), ASOF);
    assertThat(find(v, "scic.categories").outcome()).isEqualTo(Outcome.SATISFIED);
  }

  @Test
  void collegesAt10And50PercentAreAllowedAnd9PercentIsNot_unconfirmed() {
    Verdict v = ScicRule.get().evaluate(hotelDuNord().colleges(List.of(College.of("habitants", new BigDecimal("0.50")),
        College.of("salariés", new BigDecimal("0.10")), College.of("partenaires", new BigDecimal("0.40")))).build(), ASOF);
    assertThat(find(v, "scic.colleges").outcome()).isEqualTo(Outcome.SATISFIED);
    assertThat(v.confidence()).isEqualTo(Confidence.UNCONFIRMED);
    Verdict low = ScicRule.get().evaluate(hotelDuNord().colleges(List.of(College.of("habitants", new BigDecimal("0.50")),
        College.of("salariés", new BigDecimal("0.09")), College.of("partenaires", new BigDecimal("0.41")))).build(), ASOF);
    assertThat(find(low, "scic.colleges").outcome()).isEqualTo(Outcome.NOT_SATISFIED);
  }

  @Test
  void collegeSharesMustAddUpToOne() {
    assertThatThrownBy(() -> ScicRule.get().evaluate(hotelDuNord().colleges(List.of(
        College.of("a", new BigDecimal("0.5")), College.of("b", new BigDecimal("0.3")))).build(), ASOF))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void surplusOf100000WithReservesBelowCapitalNeeds57500ToTheReserves() {
    SurplusYear y = SurplusYear.builder().financialYearClosedOn(LocalDate.of(2025, 12, 31))
        .surplus(new BigDecimal("100000")).reservesBefore(new BigDecimal("5000")).capital(new BigDecimal("9100"))
        .allocatedToLegalReserve(new BigDecimal("15000")).allocatedToStatutoryReserve(new BigDecimal("42500")).build();
    SurplusAllocation min = ScicRule.minimumAllocation(y);
    assertThat(min.legalReserve()).isEqualByComparingTo("15000");
    assertThat(min.statutoryReserve()).isEqualByComparingTo("42500");
    assertThat(min.reservesTotal()).isEqualByComparingTo("57500");
    Verdict v = ScicRule.get().evaluate(hotelDuNord().surplus(y).build(), ASOF);
    assertThat(find(v, "scic.surplus").outcome()).isEqualTo(Outcome.SATISFIED);
    Verdict short1 = ScicRule.get().evaluate(hotelDuNord().surplus(SurplusYear.builder().from(y)
        .allocatedToStatutoryReserve(new BigDecimal("42499.99")).build()).build(), ASOF);
    assertThat(find(short1, "scic.surplus.statutory").outcome()).isEqualTo(Outcome.NOT_SATISFIED);
  }

  @Test
  void onceReservesReachTheCapitalOnlyHalfGoesToReserves() {
    SurplusYear y = SurplusYear.builder().financialYearClosedOn(LocalDate.of(2025, 12, 31))
        .surplus(new BigDecimal("1000.01")).reservesBefore(new BigDecimal("9100")).capital(new BigDecimal("9100")).build();
    SurplusAllocation min = ScicRule.minimumAllocation(y);
    assertThat(min.legalReserve()).isEqualByComparingTo("0");
    // 50 % of 1000.01 = 500.005 → 500.01 (rounded up: never less than the minimum)
    assertThat(min.statutoryReserve()).isEqualByComparingTo("500.01");
    assertThat(min.remainder()).isEqualByComparingTo("500.00");
  }

  @Test
  void interestOnSharesAtTheAverageTmoPlusTwoPointsIsAllowed_art14() {
    ShareInterest ok = ShareInterest.builder().generalMeetingDate(LocalDate.of(2026, 6, 15)).rate(new BigDecimal("0.0500"))
        .tmoPreviousThreeYears(List.of(new BigDecimal("0.0290"), new BigDecimal("0.0310"), new BigDecimal("0.0300")))
        .build();
    assertThat(find(ScicRule.get().evaluate(hotelDuNord().shareInterest(ok).build(), ASOF), "scic.interest").outcome())
        .isEqualTo(Outcome.SATISFIED);
    ShareInterest over = ShareInterest.builder().from(ok).rate(new BigDecimal("0.0501")).build();
    assertThat(find(ScicRule.get().evaluate(hotelDuNord().shareInterest(over).build(), ASOF), "scic.interest").outcome())
        .isEqualTo(Outcome.NOT_SATISFIED);
  }
}
