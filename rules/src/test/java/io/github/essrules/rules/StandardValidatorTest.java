package io.github.essrules.rules;

import static io.github.essrules.rules.StandardValidation.assertSameViolations;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.essrules.core.validation.FactsValidator;
import io.github.essrules.core.validation.Violation;
import io.github.essrules.rules.association.AssociationCase;
import io.github.essrules.rules.association.AssociationRule;
import io.github.essrules.rules.cae.CaeFacts;
import io.github.essrules.rules.cae.EntrepreneurSalarie;
import io.github.essrules.rules.ess.EssMembershipFacts;
import io.github.essrules.rules.ess.LegalForm;
import io.github.essrules.rules.esus.EsusFacts;
import io.github.essrules.rules.esus.EsusFinancialYear;
import io.github.essrules.rules.esus.Pay;
import io.github.essrules.rules.esus.PayYear;
import io.github.essrules.rules.esus.PayeeRole;
import io.github.essrules.rules.foncier.BrsBuyerFacts;
import io.github.essrules.rules.iae.AideAuPosteFacts;
import io.github.essrules.rules.scic.College;
import io.github.essrules.rules.scic.ScicCase;
import io.github.essrules.rules.structure.Organisation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.hibernate.validator.HibernateValidatorFactory;
import org.junit.jupiter.api.Test;

/**
 * A validator in its default configuration — {@code Validation.buildDefaultValidatorFactory()},
 * what Spring's {@code @Valid} uses — reports on the facts of the rules what {@link
 * FactsValidator} reports: the same violations, at the same paths, with the library's messages
 * in French and in English.
 */
class StandardValidatorTest {

  private static io.github.essrules.rules.ess.EssMembershipFacts.Builder ess(LegalForm form) {
    return EssMembershipFacts.builder().legalForm(form).purposeOtherThanSharingProfits(true)
        .democraticGovernance(true).profitsMostlyForActivity(true).mandatoryReservesUndistributable(true)
        .liquidationSurplusToEss(true);
  }

  private static Pay pay(String amount, String ratio) {
    return Pay.builder().label("salarié").role(PayeeRole.SALARIE).amountPaid(new BigDecimal(amount))
        .fullTimeRatio(new BigDecimal(ratio)).build();
  }

  @Test
  void esusFactsWithANegativePayAndNoApplicationDate_L3332_17_1() {
    EsusFacts facts = EsusFacts.builder()
        .ess(ess(LegalForm.ASSOCIATION).build())
        .addPayYears(PayYear.builder().year(Year.of(2025)).addPay(pay("-1", "1"), pay("30000", "1.5")).build())
        .build();
    assertThat(assertSameViolations(facts)).containsExactly(
        "/applicationDate | ne doit pas être nul | must not be null",
        "/payYears/0/pay/0/amountPaid | doit être supérieur ou égal à 0 | must be greater than or equal to 0",
        "/payYears/0/pay/1/fullTimeRatio | doit être inférieur ou égal à 1 | must be less than or equal to 1");
  }

  @Test
  void esusFactsWhoseChecksAcrossFieldsFailEvenInsideAList() {
    EsusFacts facts = EsusFacts.builder()
        .ess(ess(LegalForm.COMMERCIAL_COMPANY).build())
        .applicationDate(LocalDate.of(2026, 3, 2))
        .creationDate(LocalDate.of(2026, 5, 1))
        .addFinancialYears(EsusFinancialYear.builder().startDate(LocalDate.of(2025, 1, 1))
            .closingDate(LocalDate.of(2024, 12, 31)).operatingCharges(new BigDecimal("100"))
            .socialUtilityOperatingCharges(new BigDecimal("150")).build())
        .payYears(Arrays.asList(PayYear.builder().year(Year.of(2025)).addPay(pay("1", "1")).build(), null))
        .organisation(Organisation.builder().name("Recyclerie").legalForm(LegalForm.SCOP).build())
        .build();
    List<String> violations = assertSameViolations(facts);
    assertThat(violations).extracting(v -> v.substring(0, v.indexOf(' '))).containsExactlyInAnyOrder(
        "/createdBeforeApplication", "/organisationFormMatchesEss", "/financialYears/0/closingAfterStart",
        "/financialYears/0/socialUtilityChargesWithinTotal", "/payYears/1", "/organisation/companyTypeMatchesForm");
    assertThat(violations).contains("/createdBeforeApplication | la date de création ne peut pas suivre la date"
        + " de la demande | the creation date cannot follow the application date");
  }

  @Test
  void caeFactsWithAnInvalidSirenAnEmptyNameAndTwiceTheSameEntrepreneur_L7331_2() {
    // two equal instances (Hibernate Validator 8.0 checks one instance once)
    EntrepreneurSalarie amina = EntrepreneurSalarie.builder().id("amina").contractStart(LocalDate.of(2024, 3, 1))
        .trialPeriodMonths(40).build();
    CaeFacts facts = CaeFacts.builder()
        .name("")
        .siren("123456789")
        .entrepreneurs(List.of(amina, EntrepreneurSalarie.builder().from(amina).build()))
        .generalMeetings(Arrays.asList((io.github.essrules.rules.cae.GeneralMeeting) null))
        .build();
    List<String> violations = assertSameViolations(facts);
    assertThat(violations).extracting(v -> v.substring(0, v.indexOf(' '))).contains(
        "/form", "/name", "/siren", "/entrepreneurIdsUnique", "/generalMeetings/0",
        "/entrepreneurs/0/trialPeriodMonths", "/entrepreneurs/1/trialPeriodMonths");
    assertThat(violations).contains("/siren | n'est pas un SIREN valide (9 chiffres, clé de Luhn)"
        + " | is not a valid SIREN (9 digits, Luhn key)");
  }

  @Test
  void brsBuyerFactsWithAnUnknownCommuneANegativeIncomeAndNoHousehold_L255_2() {
    BrsBuyerFacts facts = BrsBuyerFacts.builder().commune("2C004").referenceTaxIncome(new BigDecimal("-1.234"))
        .applicationDate(LocalDate.of(2026, 3, 2)).build();
    assertThat(assertSameViolations(facts)).extracting(v -> v.substring(0, v.indexOf(' '))).containsExactly(
        "/commune", "/householdSize", "/referenceTaxIncome", "/referenceTaxIncome");
  }

  @Test
  void anAssociationCaseOfAScopWithListsInsideAnOptional_loi_1901() {
    Organisation scop = Organisation.builder().name("SCOP").legalForm(LegalForm.SCOP).rna("W751000001")
        .siren("12").build();
    AssociationCase c = AssociationCase.builder().organisation(scop).founders(-1)
        .ownResourcesPreviousThreeYears(Arrays.asList(new BigDecimal("-5"), null))
        .sections(Arrays.asList(AssociationRule.Section.LUCRATIVITY, null))
        .build();
    List<String> violations = assertSameViolations(c);
    assertThat(violations).extracting(v -> v.substring(0, v.indexOf(' '))).contains(
        "/isAnAssociation", "/organisation/rnaOnlyForAssociations", "/organisation/siren", "/founders",
        "/ownResourcesPreviousThreeYears", "/ownResourcesPreviousThreeYears/0", "/ownResourcesPreviousThreeYears/1",
        "/sections/1");
  }

  @Test
  void aScicCaseWhoseCollegesDoNotAddUpTo100Percent_loi_1947_art_19_octies() {
    ScicCase c = ScicCase.builder()
        .organisation(Organisation.builder().name("SCIC").legalForm(LegalForm.SCIC).build())
        .colleges(List.of(College.of("salariés", new BigDecimal("0.5")),
            College.of("usagers", new BigDecimal("-0.2"))))
        .build();
    assertThat(assertSameViolations(c)).extracting(v -> v.substring(0, v.indexOf(' ')))
        .contains("/collegeSharesSumToOne", "/colleges/1/voteShare");
  }

  @Test
  void aideAuPosteFactsWithAMonthGivenTwiceAndANegativeNumberOfPosts_R5132_7() {
    AideAuPosteFacts facts = AideAuPosteFacts.builder().structure(AideAuPosteFacts.Structure.EI)
        .conventionPosts(new BigDecimal("-1")).modulatedRate(new BigDecimal("0.2"))
        .occupancy(Arrays.asList(
            AideAuPosteFacts.MonthOccupancy.of(YearMonth.of(2026, 1), BigDecimal.ONE),
            AideAuPosteFacts.MonthOccupancy.of(YearMonth.of(2026, 1), new BigDecimal("-1")),
            null))
        .build();
    assertThat(assertSameViolations(facts)).extracting(v -> v.substring(0, v.indexOf(' '))).contains(
        "/eachMonthOnce", "/conventionPosts", "/modulatedRate", "/occupancy/1/fte", "/occupancy/2");
  }

  @Test
  void validFactsHaveNoViolationForEither() {
    BrsBuyerFacts facts = BrsBuyerFacts.builder().commune("59350").householdSize(2)
        .referenceTaxIncome(new BigDecimal("30000")).applicationDate(LocalDate.of(2026, 3, 2)).build();
    assertThat(assertSameViolations(facts)).isEmpty();
  }

  @Test
  void givenTheDateAskedAboutAsPayloadAStandardValidatorChecksTheDatesToo() {
    BrsBuyerFacts facts = BrsBuyerFacts.builder().commune("59350").householdSize(2)
        .referenceTaxIncome(new BigDecimal("30000")).applicationDate(LocalDate.of(2026, 3, 2)).build();
    LocalDate asOf = LocalDate.of(2025, 6, 1);
    List<String> expected = FactsValidator.shared().violations(facts, asOf).stream()
        .map(v -> v.pointer() + " | " + v.messageEn()).collect(Collectors.toList());
    try (var factory = StandardValidation.factory(Locale.ENGLISH)) {
      var validator = factory.unwrap(HibernateValidatorFactory.class).usingContext()
          .constraintValidatorPayload(asOf).getValidator();
      assertThat(validator.validate(facts)).extracting(v -> StandardValidation.pointer(v.getPropertyPath())
          + " | " + v.getMessage()).containsExactlyElementsOf(expected).hasSize(1);
    }
  }

  /** An application's request, as a Spring controller receives it. */
  static final class Request {
    @Valid final BrsBuyerFacts buyer;

    Request(BrsBuyerFacts buyer) {
      this.buyer = buyer;
    }
  }

  @Test
  void factsInsideAnApplicationsRequestAreCheckedWithTheirPathUnderIt() {
    BrsBuyerFacts facts = BrsBuyerFacts.builder().commune("59350").householdSize(0)
        .referenceTaxIncome(new BigDecimal("30000")).applicationDate(LocalDate.of(2026, 3, 2)).build();
    List<ConstraintViolation<Request>> found = StandardValidation.standard(new Request(facts));
    assertThat(found).extracting(v -> v.getPropertyPath().toString(), ConstraintViolation::getMessage)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("buyer.householdSize", "must be greater than or equal to 1"));
    List<Violation> own = FactsValidator.shared().violations(facts);
    assertThat(own).extracting(Violation::path).containsExactly("householdSize");
    assertThat(Optional.of(found.get(0).getRootBean())).containsInstanceOf(Request.class);
  }
}
