package io.github.essrules.rules.ville;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.essrules.core.Lang;
import io.github.essrules.core.law.Confidence;
import io.github.essrules.core.law.NoLawKnownException;
import io.github.essrules.core.verdict.Notice;
import io.github.essrules.core.verdict.Outcome;
import io.github.essrules.core.verdict.Verdict;
import io.github.essrules.rules.ess.LegalForm;
import io.github.essrules.rules.structure.Organisation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The API of the politique de la ville that no legal situation reaches: the shared instances and
 * computations as Java returns them, the builders ({@code toBuilder()} keeps every other fact), the
 * explanations of a computation, the lookups by commune and the functions called directly.
 */
class VilleApiTest {

  @Test
  void eachRuleOfThePackageIsItsSharedInstanceUnderItsIdentifier() {
    assertThat(ConseilCitoyen.get().id()).isEqualTo(ConseilCitoyen.ID);
    assertThat(QpvCriteria.get().id()).isEqualTo(QpvCriteria.ID);
    assertThat(ZfuTe.get().id()).isEqualTo(ZfuTe.ID);
    assertThat(InsertionClause.rule().id()).isEqualTo(InsertionClause.ID);
  }

  @Test
  void theConseilCitoyenOfPlaineLandyBaillyWithOneMoreLocalActorThroughItsBuilder_Loi2014_173Art7() {
    ConseilCitoyenFacts plaine = ConseilCitoyenFacts.builder().qpv("QN09337M").established(true)
        .inhabitantsDrawnByLot(true).inhabitantWomen(7).inhabitantMen(6).localActors(8).build();
    ConseilCitoyenFacts more = plaine.toBuilder().localActors(9).build();
    assertThat(more.qpv()).contains("QN09337M");
    assertThat(more.inhabitantWomen()).contains(7);
    assertThat(more.localActors()).contains(9);
    assertThat(plaine.localActors()).contains(8);
    // women 7, men 6: a gap of one, read as parity
    assertThat(ConseilCitoyen.get().evaluate(more, LocalDate.of(2024, 6, 1)).outcome()).isEqualTo(Outcome.SATISFIED);
  }

  @Test
  void theInsertionHoursOfAContractOf100000EurosAreSummedUpAndExplained_CcpL2112_2() {
    // 100 000 € × 30 % of labour ÷ 35 €/h = 857.14 h; 5 % of them = 42.857… → 42.86 exact, 43 rounded up
    InsertionClause.Facts facts = InsertionClause.Facts.builder().contractAmount(new BigDecimal("100000"))
        .labourShare(new BigDecimal("0.3")).hourlyCost(new BigDecimal("35")).clauseRate(new BigDecimal("0.05")).build();
    InsertionClause.Hours hours = InsertionClause.hours(facts);
    assertThat(hours.labourHours()).isEqualByComparingTo("857.14");
    assertThat(hours.insertionHoursExact()).isEqualByComparingTo("42.86");
    assertThat(hours.insertionHours()).isEqualByComparingTo("43");
    assertThat(hours.summary(Lang.EN)).startsWith("43 insertion hours").endsWith("art. L2112-2");
    assertThat(hours.explain(Lang.EN)).contains("43 insertion hours").contains("857.14").contains("42.86")
        .contains("L2112-2");
    assertThat(hours.explain(Lang.FR)).contains("heures d'insertion").contains("857,14");
    // a clause of 10 % through the builder: the same contract, twice the hours
    InsertionClause.Facts tenPercent = facts.toBuilder().clauseRate(new BigDecimal("0.10")).build();
    assertThat(tenPercent.contractAmount()).isEqualByComparingTo("100000");
    assertThat(InsertionClause.hours(tenPercent).insertionHours()).isEqualByComparingTo("86");
    InsertionClause.Hours rounded = hours.toBuilder().insertionHours(new BigDecimal("44")).build();
    assertThat(rounded.labourHours()).isEqualByComparingTo("857.14");
    assertThat(rounded.reference()).isEqualTo(hours.reference());
  }

  @Test
  void aQpvAndItsCommuneBuiltByHandAndChanged() {
    Qpv.Commune saintDenis = Qpv.Commune.builder().insee("93066").name("Saint-Denis").build();
    Qpv plaine = Qpv.builder().code("QN09337M").name("Plaine - Landy - Bailly").addCommunes(saintDenis)
        .departement("93").list("2024-metropole").build();
    assertThat(QpvRegistry.byCode("QN09337M")).contains(plaine);
    assertThat(saintDenis.toBuilder().name("Saint-Denis (93)").build().insee()).isEqualTo("93066");
    assertThat(plaine.toBuilder().name("Plaine").build().communes()).containsExactly(saintDenis);
  }

  @Test
  void theFactsOfEachRuleChangedThroughTheirBuilderKeepTheRest() {
    QpvCriteriaFacts cronenbourg = QpvCriteriaFacts.builder().population(8000).uniteUrbainePopulation(470_000)
        .medianIncome(new BigDecimal("12700")).nationalMedianIncome(new BigDecimal("21000"))
        .uniteUrbaineMedianIncome(new BigDecimal("22500")).build();
    QpvCriteriaFacts smaller = cronenbourg.toBuilder().population(999).build();
    assertThat(smaller.medianIncome()).isEqualByComparingTo("12700");
    assertThat(QpvCriteria.get().evaluate(smaller, LocalDate.of(2026, 4, 1)).outcome())
        .isEqualTo(Outcome.NOT_SATISFIED);

    ReservedBidderFacts regie = ReservedBidderFacts.builder()
        .organisation(Organisation.builder().name("Régie de territoire CUCM Bassin Nord")
            .legalForm(LegalForm.ASSOCIATION).registeredOfficeCommune("71153").build())
        .reservation(ReservedBidderFacts.Reservation.L2113_15).essMember(true).contractYears(3).build();
    ReservedBidderFacts fourYears = regie.toBuilder().contractYears(4).build();
    assertThat(fourYears.essMember()).contains(true);
    assertThat(fourYears.reservation()).isEqualTo(ReservedBidderFacts.Reservation.L2113_15);

    ZfuTeFacts beaudottes = ZfuTeFacts.builder().establishedOn(LocalDate.of(2020, 7, 1)).employees(8)
        .turnoverOrBalanceSheet(new BigDecimal("640000")).residentShare(new BigDecimal("0.5"))
        .periodStart(LocalDate.of(2025, 1, 1)).periodEnd(LocalDate.of(2025, 12, 31)).profit(new BigDecimal("70000"))
        .build();
    ZfuTeFacts oneHire = beaudottes.toBuilder().newResidentFullTimeHires(1).build();
    assertThat(oneHire.employees()).contains(8);
    assertThat(ZfuTe.capPerTwelveMonths(oneHire)).isEqualByComparingTo("55000");

    QpvLookup lormont = QpvRegistry.lookupCommune("33249", LocalDate.of(2025, 6, 1));
    assertThat(lormont.toBuilder().date(LocalDate.of(2025, 7, 1)).build().qpv()).isEqualTo(lormont.qpv());
  }

  @Test
  void theTwoGenerationsOfContratsDeVilleAndTheDayBeforeTheFirst_Loi2014_173Art6() {
    ContratsDeVille.Generation first = ContratsDeVille.Generation.FIRST_2015_2023;
    ContratsDeVille.Generation second = ContratsDeVille.Generation.ENGAGEMENTS_QUARTIERS_2030;
    assertThat(first.first()).isEqualTo(LocalDate.of(2015, 1, 1));
    assertThat(first.last()).isEqualTo(LocalDate.of(2023, 12, 31));
    assertThat(second.first()).isEqualTo(LocalDate.of(2024, 1, 1));
    assertThat(second.last()).isEqualTo(LocalDate.of(2030, 12, 31));
    assertThat(second.reference().citation()).contains("Engagements Quartiers 2030");
    assertThat(second.reference().confidence()).isEqualTo(Confidence.SECONDARY);
    assertThat(ContratsDeVille.inForce(LocalDate.of(2015, 1, 1))).isEqualTo(first);
    assertThatThrownBy(() -> ContratsDeVille.inForce(LocalDate.of(2014, 12, 31)))
        .isInstanceOf(NoLawKnownException.class);
  }

  @Test
  void anEmploiFrancAmountCalledDirectlyIsZeroForAFiveMonthCddOrAHireOf2025_Decret2019_1471Art6() {
    EmploisFrancsFacts cdd = EmploisFrancsFacts.builder().hiredOn(LocalDate.of(2024, 6, 3))
        .contract(EmploisFrancsFacts.Contract.CDD).cddMonths(5).workingTime(BigDecimal.ONE).monthsPresent(5)
        .jobSeekerResidentInQpv(true).build();
    // « d'au moins six mois »: five months give nothing
    assertThat(EmploisFrancs.amount(cdd)).isEqualTo(new BigDecimal("0.00"));
    assertThat(EmploisFrancs.amount(cdd.toBuilder().cddMonths(6).monthsPresent(6).build()))
        .isEqualByComparingTo("1250.00");
    // a six-month CDD signed on 2 January 2025, after the scheme's end
    assertThat(EmploisFrancs.amount(cdd.toBuilder().hiredOn(LocalDate.of(2025, 1, 2)).cddMonths(6).monthsPresent(6)
        .build())).isEqualTo(new BigDecimal("0.00"));
  }

  @Test
  void aCommuneOfNewCaledoniaOrOfReunionIsUnknownAndTheExplanationSaysWhy() {
    LocalDate date = LocalDate.of(2025, 6, 1);
    QpvLookup noumea = QpvRegistry.lookupCommune("98818", date);
    assertThat(noumea.status()).isEqualTo(QpvLookup.Status.UNKNOWN);
    assertThat(noumea.explanation().key()).isEqualTo("qpv.lookup.overseas");
    assertThat(QpvRegistry.lookupCommune("97411", date).explanation().key()).isEqualTo("qpv.lookup.overseas");
    // Lormont: three QPV found; L'Abergement-Clémenciat: none in the 2024 list
    QpvLookup lormont = QpvRegistry.lookupCommune("33249", date);
    assertThat(lormont.explanation().key()).isEqualTo("qpv.lookup.found");
    assertThat(lormont.explanation().args().get(0).value()).isEqualTo("3");
    QpvLookup abergement = QpvRegistry.lookupCommune("01001", date);
    assertThat(abergement.explanation().key()).isEqualTo("qpv.lookup.none");
    assertThat(abergement.explanation().args().get(0).value()).isEqualTo("0");
  }

  @Test
  void outsideTheParisUniteUrbaineNoNoticeOfTheUnknownWeighting_Decret2014_767() {
    QpvCriteriaFacts cronenbourg = QpvCriteriaFacts.builder().population(8000).uniteUrbainePopulation(4_999_999)
        .medianIncome(new BigDecimal("12700")).nationalMedianIncome(new BigDecimal("21000"))
        .uniteUrbaineMedianIncome(new BigDecimal("22500")).build();
    Verdict below = QpvCriteria.get().evaluate(cronenbourg, LocalDate.of(2026, 4, 1));
    assertThat(below.notices()).extracting(Notice::id).contains("qpv.criteria.simulation")
        .doesNotContain("qpv.criteria.paris");
    Verdict paris = QpvCriteria.get().evaluate(cronenbourg.toBuilder().uniteUrbainePopulation(5_000_000).build(),
        LocalDate.of(2026, 4, 1));
    assertThat(paris.notices()).extracting(Notice::id).contains("qpv.criteria.simulation", "qpv.criteria.paris");
  }

  @Test
  void theZfuTeRateOfAMonthBeforeTheEstablishmentIsZero_CGI44OctiesA() {
    LocalDate beaudottes = LocalDate.of(2020, 7, 1);
    assertThat(ZfuTe.rate(beaudottes, YearMonth.of(2020, 6))).isEqualByComparingTo("0");
    assertThat(ZfuTe.rate(beaudottes, YearMonth.of(2020, 7))).isEqualByComparingTo("1");
  }

  @Test
  void aBusinessOfTheEarlierRegimeIsRefusedEvenWithoutProfit_CGI44OctiesA() {
    // set up on 1 June 2014: the schedule of 2015 is not its own, whatever the profit
    ZfuTeFacts earlier = ZfuTeFacts.builder().establishedOn(LocalDate.of(2014, 6, 1)).employees(8)
        .turnoverOrBalanceSheet(new BigDecimal("640000")).residentShare(new BigDecimal("0.5"))
        .periodStart(LocalDate.of(2019, 1, 1)).periodEnd(LocalDate.of(2019, 12, 31)).profit(BigDecimal.ZERO).build();
    assertThatThrownBy(() -> ZfuTe.exemptProfit(earlier)).isInstanceOf(NoLawKnownException.class);
  }

  @Test
  void aProfitOfExactly50000EurosIsNotLimitedByTheCap_CGI44OctiesA() {
    // 2021, months 13 to 24 after a set-up in July 2020: 100 %; 50 000 € exempt, exactly the cap
    ZfuTeFacts atCap = ZfuTeFacts.builder().establishedOn(LocalDate.of(2020, 7, 1)).employees(8)
        .turnoverOrBalanceSheet(new BigDecimal("640000")).residentShare(new BigDecimal("0.5"))
        .periodStart(LocalDate.of(2021, 7, 1)).periodEnd(LocalDate.of(2022, 6, 30)).profit(new BigDecimal("50000"))
        .build();
    assertThat(ZfuTe.exemptProfit(atCap)).isEqualByComparingTo("50000.00");
    assertThat(ZfuTe.capRaiseUnknownLimits(atCap)).isFalse();
    ZfuTeFacts aCentAbove = atCap.toBuilder().profit(new BigDecimal("50000.01")).build();
    assertThat(ZfuTe.exemptProfit(aCentAbove)).isEqualByComparingTo("50000.00");
    assertThat(ZfuTe.capRaiseUnknownLimits(aCentAbove)).isTrue();
    assertThat(ZfuTe.get().evaluate(atCap, LocalDate.of(2023, 3, 1)).notices()).extracting(Notice::id)
        .doesNotContain("zfu.cap.raise-unknown");
    assertThat(List.of(ZfuTe.get().evaluate(aCentAbove, LocalDate.of(2023, 3, 1)).notices().get(1).id()))
        .containsExactly("zfu.cap.raise-unknown");
  }
}
