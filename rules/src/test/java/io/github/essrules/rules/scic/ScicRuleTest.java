package io.github.essrules.rules.scic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.essrules.core.Lang;
import io.github.essrules.core.validation.InvalidInputException;
import io.github.essrules.core.verdict.Finding;
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
  void collegeSharesMustAddUpToOne() {
    assertThatThrownBy(() -> ScicRule.get().evaluate(hotelDuNord().colleges(List.of(
        College.of("a", new BigDecimal("0.5")), College.of("b", new BigDecimal("0.3")))).build(), ASOF))
        .isInstanceOf(InvalidInputException.class);
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

}
