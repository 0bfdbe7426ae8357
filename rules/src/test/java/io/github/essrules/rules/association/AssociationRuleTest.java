package io.github.essrules.rules.association;

import io.github.essrules.core.law.NoLawKnownException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.essrules.core.Lang;
import io.github.essrules.core.json.EssJson;
import io.github.essrules.core.validation.InvalidInputException;
import io.github.essrules.core.verdict.Finding;
import io.github.essrules.core.verdict.Outcome;
import io.github.essrules.core.verdict.Verdict;
import io.github.essrules.rules.ess.LegalForm;
import io.github.essrules.rules.structure.CompanyType;
import io.github.essrules.rules.structure.Organisation;
import io.github.essrules.rules.structure.QpvLocation;
import io.github.essrules.core.law.LegalReference;
import io.github.essrules.core.law.TextKind;
import io.github.essrules.core.param.DatedParameter;
import io.github.essrules.core.param.DatedValue;
import io.github.essrules.core.param.ParameterSet;
import io.github.essrules.core.param.Regime;
import io.github.essrules.core.verdict.LawOptions;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class AssociationRuleTest {
  static final LocalDate ASOF = LocalDate.of(2026, 4, 1);

  static Organisation epicerie() {
    return Organisation.builder().name("EPICEA, épicerie solidaire").legalForm(LegalForm.ASSOCIATION)
        .rna("W751000001").creationDate(LocalDate.of(2011, 9, 1)).registeredOfficeCommune("75118")
        .qualifications(List.of(QpvLocation.builder().qpvCode("QN07501M").build()))
        .build();
  }

  static AssociationCase.Builder epiceaIn2025() {
    return AssociationCase.builder().organisation(epicerie())
        .founders(5).declared(true).declaredOn(LocalDate.of(2011, 9, 1)).changes(List.of())
        .year(Year.of(2025)).paidDirigeants(List.of()).volunteerManagement(true).noProfitDistribution(true).noAssetAttribution(true)
        .lucrativeReceipts(new BigDecimal("80011")).nonLucrativePredominant(true)
        .competesWithCommercialBusinesses(true)
        .product(FourP.DIFFERENT).publicServed(FourP.DIFFERENT).price(FourP.DIFFERENT).publicity(FourP.DIFFERENT);
  }

  static PaidDirigeant paidEveryMonth2025(String label, String monthly) {
    return PaidDirigeant.builder().label(label)
        .pay(MonthlyPay.everyMonth(YearMonth.of(2025, 1), YearMonth.of(2025, 12), new BigDecimal(monthly))).build();
  }

  static Finding find(Verdict v, String id) {
    return v.find(id).stream().findFirst().orElseThrow(() -> new AssertionError(id + "\n" + v.explain(Lang.EN)));
  }

  @Test
  void theFranchiseThresholdOf2026SuppliedByTheUserDecidesTheYearWithItsReferenceAndConfidence() {
    // CGI 206-1 bis: the user knows the 2026 threshold the library does not ship (figure of the test)
    DatedParameter<BigDecimal> franchise2026 = DatedParameter.of("association-franchise-impots-commerciaux", "EUR/an",
        java.util.Map.of(io.github.essrules.core.Lang.FR, "franchise", io.github.essrules.core.Lang.EN, "franchise"),
        Regime.FOR_PERIOD, null, List.of(DatedValue.of(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1),
            new BigDecimal("81000"), LegalReference.of(TextKind.LOI, "CGI, art. 206-1 bis (seuil 2026 de l'utilisateur)",
                io.github.essrules.core.law.Confidence.VERIFIED), LocalDate.of(2026, 3, 1))));
    LawOptions options = LawOptions.standard().withSuppliedParameters(ParameterSet.of(List.of(franchise2026)));
    Verdict v = AssociationRule.get().evaluate(epiceaIn2025().year(Year.of(2026))
        .lucrativeReceipts(new BigDecimal("80500")).build(), ASOF, options);
    Finding receipts = find(v, "association.franchise.receipts");
    assertThat(receipts.outcome()).isEqualTo(Outcome.SATISFIED);
    assertThat(receipts.comparisons().get(0).limit().decimalValue()).isEqualByComparingTo("81000");
    assertThat(receipts.reference().confidence()).isEqualTo(io.github.essrules.core.law.Confidence.SUPPLIED_BY_USER);
    assertThat(receipts.reference().citation()).contains("seuil 2026 de l'utilisateur");
    assertThat(v.notices()).anyMatch(n -> n.id().equals("parameter.supplied"));
    assertThat(v.confidence()).isEqualTo(io.github.essrules.core.law.Confidence.SUPPLIED_BY_USER);
    // the shipped 2025 value is untouched for 2025
    Finding y2025 = find(AssociationRule.get().evaluate(epiceaIn2025().build(), ASOF, options),
        "association.franchise.receipts");
    assertThat(y2025.comparisons().get(0).limit().decimalValue()).isEqualByComparingTo("80011");
  }

  @Test
  void theFourPQuestionnaireNamesTheQuestionsStillToAnswer() {
    AssociationCase c = AssociationCase.builder().organisation(epicerie()).volunteerManagement(true)
        .noProfitDistribution(true).noAssetAttribution(true).competesWithCommercialBusinesses(true)
        .paidDirigeants(List.of()).product(FourP.DIFFERENT).sections(List.of(AssociationRule.Section.LUCRATIVITY)).build();
    Verdict v = AssociationRule.get().evaluate(c, ASOF);
    assertThat(v.findings()).hasSize(1);
    assertThat(v.missingFacts()).containsExactly("/publicServed", "/price", "/publicity");
  }

  @Test
  void theRulesOfAssociationsRefuseAnotherFormAndAnRnaOnACompany() {
    Organisation scop = Organisation.builder().name("SCOP").legalForm(LegalForm.SCOP).rna("W751000001").build();
    assertThatThrownBy(() -> AssociationRule.get().evaluate(epiceaIn2025().organisation(scop).build(), ASOF))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
            .extracting(x -> x.pointer())
            .contains("/isAnAssociation", "/organisation/rnaOnlyForAssociations",
                "/organisation/companyTypeMatchesForm"));
    assertThat(Organisation.builder().from(scop).rna(java.util.Optional.empty()).companyType(CompanyType.SA).build()
        .qualifications(QpvLocation.class)).isEmpty();
  }

  @Test
  void anAssociationCaseRoundTripsThroughJsonWithItsQualifications() {
    AssociationCase c = epiceaIn2025().paidDirigeants(List.of(paidEveryMonth2025("trésorière", "1000"))).build();
    String json = EssJson.write(c);
    assertThat(json).contains("\"type\" : \"QPV_LOCATION\"");
    assertThat(EssJson.read(json, AssociationCase.class)).isEqualTo(c);
  }

  @Test
  void aDirigeantsPayIsShownToTheCentAndTheYearsPayNamedForTheMonthsItCovers() {
    // issue 18: three quarters of the 2026 SMIC (1 823,07 €) is 1 367,3025 €, shown 1 367,30 €; two
    // months of pay compared with the annual cap are named as such, not as "the year's pay"
    DatedParameter<BigDecimal> franchise2026 = DatedParameter.of("association-franchise-impots-commerciaux", "EUR/an",
        java.util.Map.of(Lang.FR, "franchise", Lang.EN, "franchise"), Regime.FOR_PERIOD, null,
        List.of(DatedValue.of(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1), new BigDecimal("81000"),
            LegalReference.of(TextKind.LOI, "CGI, art. 206-1 bis (seuil 2026 de l'utilisateur)",
                io.github.essrules.core.law.Confidence.VERIFIED), LocalDate.of(2026, 3, 1))));
    LawOptions options = LawOptions.standard().withSuppliedParameters(ParameterSet.of(List.of(franchise2026)));
    PaidDirigeant tresoriere = PaidDirigeant.builder().label("trésorière").pay(List.of(
        MonthlyPay.of(YearMonth.of(2026, 2), new BigDecimal("1400")),
        MonthlyPay.of(YearMonth.of(2026, 1), new BigDecimal("1400")))).build();
    Verdict v = AssociationRule.get().evaluate(epiceaIn2025().year(Year.of(2026)).lucrativeReceipts(new BigDecimal("80500"))
        .paidDirigeants(List.of(tresoriere)).build(), ASOF, options);
    // the month shown is the one closest to the limit, the first given of two equal ones
    Finding tolerance = find(v, "association.gd.tolerance.dirigeant");
    assertThat(tolerance.outcome()).isEqualTo(Outcome.NOT_SATISFIED);
    assertThat(tolerance.comparisons().get(0).limit().value()).isEqualTo("1367.3025");
    assertThat(tolerance.comparisons().get(0).describe(Lang.FR)).isEqualTo(
        "rémunération brute de février 2026 : 1\u00a0400\u00a0€ excède 1\u00a0367,30\u00a0€ de 32,70\u00a0€");
    assertThat(tolerance.comparisons().get(0).describe(Lang.EN))
        .isEqualTo("gross pay for February 2026: €1,400 exceeds €1,367.30 by €32.70");
    Finding cap = find(v, "association.gd.regime.cap");
    assertThat(cap.comparisons().get(0).describe(Lang.FR)).isEqualTo("rémunération brute de trésorière pour l'année "
        + "2026, somme des mois payés (janvier et février 2026) : 2\u00a0800\u00a0€ n'excède pas 144\u00a0180\u00a0€");
    assertThat(cap.comparisons().get(0).describe(Lang.EN)).isEqualTo("gross pay of trésorière for the year 2026, "
        + "the sum of the months paid (January and February 2026): €2,800 does not exceed €144,180");
    assertThat(v.explain(Lang.FR)).doesNotContain("2026-01", "rémunération de l'année");
  }
}
