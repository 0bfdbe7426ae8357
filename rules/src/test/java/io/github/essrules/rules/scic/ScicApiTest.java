package io.github.essrules.rules.scic;

import static io.github.essrules.rules.scic.ScicRuleTest.ASOF;
import static io.github.essrules.rules.scic.ScicRuleTest.category;
import static io.github.essrules.rules.scic.ScicRuleTest.find;
import static io.github.essrules.rules.scic.ScicRuleTest.hotelDuNord;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.essrules.core.validation.InvalidInputException;
import io.github.essrules.core.verdict.Outcome;
import io.github.essrules.core.verdict.Verdict;
import io.github.essrules.rules.ess.LegalForm;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The values of a SCIC's case as a user changes them ({@code toBuilder()} gives a new value and
 * leaves the one it came from as it was), and the least allocation of a year without surplus.
 */
class ScicApiTest {

  /** Loi n° 47-1775, art. 19 quinquies: the same organisation, declared a SCOP, is refused. */
  @Test
  void theSameOrganisationAsAScopIsRefusedByTheScicRules_art19_quinquies() {
    ScicCase scic = hotelDuNord().build();
    ScicCase scop = scic.toBuilder().organisation(scic.organisation().toBuilder().legalForm(LegalForm.SCOP).build())
        .build();
    assertThat(scic.organisation().legalForm()).isEqualTo(LegalForm.SCIC);
    assertThat(ScicRule.get().evaluate(scic, ASOF).outcome()).isEqualTo(Outcome.SATISFIED);
    assertThatThrownBy(() -> ScicRule.get().evaluate(scop, ASOF))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
            .extracting(x -> x.pointer()).containsExactly("/isAScic"));
  }

  /**
   * Loi n° 47-1775, art. 19 septies and 19 octies: the salariés' category without its capital is
   * undetermined on the public capital's share, and a college moved from 40 % to 39 % of the votes
   * makes the shares add up to 99 %, refused.
   */
  @Test
  void aCategoryOrACollegeChangedIsANewValue_art19_septies_octies() {
    AssociateCategory salaries = category(ScicCategory.SALARIES, 3, "600");
    AssociateCategory unknownCapital = salaries.toBuilder().capital(java.util.Optional.empty()).build();
    assertThat(salaries.capital()).isPresent();
    ScicCase c = hotelDuNord().associateCategories(List.of(category(ScicCategory.PRODUCERS, 40, "4000"),
        unknownCapital, category(ScicCategory.BENEFICIARIES, 25, "2500"),
        category(ScicCategory.COLLECTIVITES_PUBLIQUES, 2, "2000"))).build();
    Verdict v = ScicRule.get().evaluate(c, ASOF);
    assertThat(find(v, "scic.public-capital").outcome()).isEqualTo(Outcome.UNDETERMINED);
    assertThat(v.missingFacts()).containsExactly("/associateCategories/1/capital");
    College partners = College.of("partenaires", new BigDecimal("0.40"));
    College fewer = partners.toBuilder().voteShare(new BigDecimal("0.39")).build();
    assertThat(partners.voteShare()).isEqualByComparingTo("0.40");
    List<College> ok = List.of(College.of("habitants", new BigDecimal("0.50")),
        College.of("salariés", new BigDecimal("0.10")), partners);
    assertThat(ScicRule.get().evaluate(hotelDuNord().colleges(ok).build(), ASOF).outcome())
        .isEqualTo(Outcome.SATISFIED);
    assertThatThrownBy(() -> ScicRule.get().evaluate(hotelDuNord().colleges(List.of(ok.get(0), ok.get(1), fewer))
        .build(), ASOF)).isInstanceOf(InvalidInputException.class);
  }

  /**
   * Loi n° 47-1775, art. 14 (secondary source): 5,00 % of interest with an average TMO of 3,00 %
   * is within the cap; proposed again at 5,01 %, it exceeds it.
   */
  @Test
  void anInterestProposedOneBasisPointHigherExceedsTheCap_art14() {
    ShareInterest proposed = ShareInterest.builder().generalMeetingDate(LocalDate.of(2026, 6, 15))
        .rate(new BigDecimal("0.0500"))
        .tmoPreviousThreeYears(List.of(new BigDecimal("0.0290"), new BigDecimal("0.0310"), new BigDecimal("0.0300")))
        .build();
    ShareInterest higher = proposed.toBuilder().rate(new BigDecimal("0.0501")).build();
    assertThat(proposed.rate()).isEqualByComparingTo("0.0500");
    assertThat(find(ScicRule.get().evaluate(hotelDuNord().shareInterest(proposed).build(), ASOF), "scic.interest")
        .outcome()).isEqualTo(Outcome.SATISFIED);
    assertThat(find(ScicRule.get().evaluate(hotelDuNord().shareInterest(higher).build(), ASOF), "scic.interest")
        .outcome()).isEqualTo(Outcome.NOT_SATISFIED);
  }

  /**
   * Loi n° 47-1775, art. 16 and 19 nonies (secondary source): a year in deficit allocates nothing
   * to the reserves, the deficit is all the remainder; the same year with a surplus of 1 000 €
   * allocates 150 € and 425 €.
   */
  @Test
  void aYearInDeficitAllocatesNothingToTheReserves_art16_19_nonies() {
    SurplusYear deficit = SurplusYear.builder().financialYearClosedOn(LocalDate.of(2025, 12, 31))
        .surplus(new BigDecimal("-3200")).reservesBefore(new BigDecimal("5000")).capital(new BigDecimal("9100"))
        .build();
    SurplusAllocation none = ScicRule.minimumAllocation(deficit);
    assertThat(none.legalReserve()).isEqualByComparingTo("0");
    assertThat(none.statutoryReserve()).isEqualByComparingTo("0");
    assertThat(none.remainder()).isEqualByComparingTo("-3200");
    assertThat(none.reservesTotal()).isEqualByComparingTo("0");
    SurplusYear surplus = deficit.toBuilder().surplus(new BigDecimal("1000")).build();
    assertThat(deficit.surplus()).isEqualByComparingTo("-3200");
    SurplusAllocation some = ScicRule.minimumAllocation(surplus);
    assertThat(some.legalReserve()).isEqualByComparingTo("150");
    assertThat(some.statutoryReserve()).isEqualByComparingTo("425");
    // the allocation the general meeting voted: 500 € to the statutory reserve, above its minimum
    SurplusAllocation more = some.toBuilder().statutoryReserve(new BigDecimal("500")).remainder(new BigDecimal("350"))
        .build();
    assertThat(more.reservesTotal()).isEqualByComparingTo("650");
    assertThat(some.reservesTotal()).isEqualByComparingTo("575");
  }
}
