package io.github.essrules.rules.iae;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.essrules.core.Lang;
import io.github.essrules.core.json.EssJson;
import io.github.essrules.core.law.Confidence;
import io.github.essrules.core.law.NoLawKnownException;
import io.github.essrules.core.validation.InvalidInputException;
import io.github.essrules.core.verdict.Outcome;
import io.github.essrules.core.verdict.Verdict;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class IaeRulesTest {
  static final LocalDate ASOF = LocalDate.of(2025, 6, 1);

  /** Garage solidaire du Hainaut: association Convergences Plurielles, 8 insertion posts (guide); dates invented. */
  static AciConvention.Builder garage() {
    return AciConvention.builder().holderName("Convergences Plurielles (garage solidaire du Hainaut)")
        .holder(AciConvention.Holder.NON_PROFIT_PRIVATE_BODY).start(LocalDate.of(2024, 1, 1))
        .end(LocalDate.of(2026, 12, 31)).insertionPosts(new BigDecimal("8")).commissionConsulted(true);
  }

  static SalesFigures sales(String receipts, String charges) {
    return SalesFigures.builder().periodEnd(LocalDate.of(2024, 12, 31)).receipts(new BigDecimal(receipts))
        .charges(new BigDecimal(charges)).build();
  }

  @Test
  void aDerogatoryRestaurantAt45PercentNeedsThePrefetsDerogation_D5132_34() {
    SalesFigures resto = sales("45000", "100000");
    Verdict without = AciRule.get().evaluate(AciCase.builder().convention(garage().build()).sales(resto).build(), ASOF);
    assertThat(without.find("aci.sales").get(0).outcome()).isEqualTo(Outcome.NOT_SATISFIED);
    assertThat(without.find("aci.sales").get(0).comparisons().get(0).describe(Lang.FR)).isEqualTo("recettes de "
        + "commercialisation, comparées à 30\u00a0% des charges : 45\u00a0000\u00a0€ n'est pas inférieur à "
        + "30\u00a0000,00\u00a0€ (15\u00a0000,00\u00a0€ de plus)");
    assertThat(without.find("aci.sales").get(0).comparisons().get(0).describe(Lang.EN)).isEqualTo("sales receipts, "
        + "compared with 30% of the charges: €45,000 is not less than €30,000.00 (€15,000.00 more)");
    assertThat(without.explain(Lang.EN)).contains("receipts of 45% of the charges; limit 30%");
    SalesFigures derogated = SalesFigures.builder().from(resto).derogationShare(new BigDecimal("0.50"))
        .derogationFavourableOpinion(true).build();
    Verdict with = AciRule.get().evaluate(AciCase.builder().convention(garage().build()).sales(derogated).build(), ASOF);
    assertThat(with.find("aci.sales").get(0).outcome()).isEqualTo(Outcome.SATISFIED);
    // 50 % exactly is still not below the raised share
    Verdict fifty = AciRule.get().evaluate(AciCase.builder().convention(garage().build())
        .sales(SalesFigures.builder().from(derogated).receipts(new BigDecimal("50000")).build()).build(), ASOF);
    assertThat(fifty.find("aci.sales").get(0).outcome()).isEqualTo(Outcome.NOT_SATISFIED);
    // a derogation without a favourable opinion does not raise the limit
    Verdict noOpinion = AciRule.get().evaluate(AciCase.builder().convention(garage().build())
        .sales(SalesFigures.builder().from(derogated).derogationFavourableOpinion(false).build()).build(), ASOF);
    assertThat(noOpinion.find("aci.sales").get(0).outcome()).isEqualTo(Outcome.NOT_SATISFIED);
    assertThat(with.notices()).noneMatch(n -> n.id().equals("aci.cdiae"));
    // a period closed before 1 July 2024: the CDIAE gave the opinion (earlier version, secondary source)
    Verdict in2023 = AciRule.get().evaluate(AciCase.builder().convention(garage().build())
        .sales(SalesFigures.builder().from(derogated).periodEnd(LocalDate.of(2023, 12, 31)).build()).build(), ASOF);
    assertThat(in2023.notices()).anyMatch(n -> n.id().equals("aci.cdiae"));
  }

  @Test
  void aDerogationAbove50PercentIsAnInputError() {
    assertThatThrownBy(() -> AciRule.get().evaluate(AciCase.builder().convention(garage().build())
        .sales(SalesFigures.builder().from(sales("1", "2")).derogationShare(new BigDecimal("0.51"))
            .derogationFavourableOpinion(true).build()).build(), ASOF))
        .isInstanceOf(InvalidInputException.class);
  }

  static CddiPeriod period(CddiPeriod.Kind kind, String start, String end, String hours) {
    return CddiPeriod.builder().kind(kind).start(LocalDate.parse(start)).end(LocalDate.parse(end))
        .weeklyHours(new BigDecimal(hours)).build();
  }

  /** 12 months + 12 months renewal: exactly 24 months (2023-01-02 → 2025-01-01). */
  static CddiFacts.Builder twoYears() {
    return CddiFacts.builder().employee("M. D.").birthDate(LocalDate.of(1972, 3, 1)).rqth(false).sentenceAdjustment(false)
        .addPeriods(period(CddiPeriod.Kind.INITIAL, "2023-01-02", "2024-01-01", "26"),
            period(CddiPeriod.Kind.RENEWAL, "2024-01-02", "2025-01-01", "26"));
  }

  @Test
  void a50PlusEmployeeAt30MonthsOfCddi_L5132_15_1_a() {
    CddiFacts f = twoYears().addPeriods(CddiPeriod.builder().from(period(CddiPeriod.Kind.EXTENSION_50_PLUS_OR_RQTH,
        "2025-01-02", "2025-07-01", "26")).decidedOn(LocalDate.of(2024, 12, 15))
        .decidedBy(CddiPeriod.DecidedBy.PRESCRIBER).build()).build();
    Verdict v = CddiRule.get().evaluate(f, ASOF);
    assertThat(v.outcome()).as(v.explain(Lang.FR)).isEqualTo(Outcome.SATISFIED);
    assertThat(CddiRule.latestLawfulEnd(f)).isEmpty();
    assertThat(v.confidence()).isEqualTo(Confidence.SECONDARY);
    // the same extension for a 45-year-old without RQTH is not open
    Verdict young = CddiRule.get().evaluate(CddiFacts.builder().from(f).birthDate(LocalDate.of(1980, 1, 1)).build(), ASOF);
    assertThat(young.find("cddi.senior.eligible").get(0).outcome()).isEqualTo(Outcome.NOT_SATISFIED);
  }

  @Test
  void seriousDifficultiesStopAt60MonthsByDecisionsOfOneYear_b() {
    List<CddiPeriod> periods = new ArrayList<>(twoYears().build().periods());
    LocalDate s = LocalDate.of(2025, 1, 2);
    for (int i = 0; i < 3; i++) {
      periods.add(CddiPeriod.builder().from(period(CddiPeriod.Kind.EXTENSION_SERIOUS_DIFFICULTIES, s.toString(),
          s.plusYears(1).minusDays(1).toString(), "22")).decidedBy(CddiPeriod.DecidedBy.ACI).build());
      s = s.plusYears(1);
    }
    CddiFacts sixty = CddiFacts.builder().from(twoYears().build()).periods(periods).build();
    // 2023-01-02 + 60 months − 1 day = 2028-01-01, the end of the third extension
    assertThat(CddiRule.latestLawfulEnd(sixty)).contains(LocalDate.of(2028, 1, 1));
    assertThat(CddiRule.get().evaluate(sixty, ASOF).outcome()).isEqualTo(Outcome.SATISFIED);
    List<CddiPeriod> more = new ArrayList<>(periods);
    more.add(CddiPeriod.builder().from(period(CddiPeriod.Kind.EXTENSION_SERIOUS_DIFFICULTIES, "2028-01-02", "2028-01-31",
        "22")).decidedBy(CddiPeriod.DecidedBy.ACI).build());
    Verdict over = CddiRule.get().evaluate(CddiFacts.builder().from(sixty).periods(more).build(), ASOF);
    assertThat(over.find("cddi.serious.60-months")).extracting(f -> f.outcome()).contains(Outcome.NOT_SATISFIED);
  }

  @Test
  void moreThan48HoursAGapOrAnEndBeforeTheStartAreListedInputErrors() {
    String json = "{\"periods\":[{\"kind\":\"INITIAL\",\"start\":\"2024-03-01\",\"end\":\"2024-02-01\",\"weeklyHours\":50},"
        + "{\"kind\":\"RENEWAL\",\"start\":\"2024-05-01\",\"end\":\"2024-08-01\",\"weeklyHours\":25}]}";
    assertThatThrownBy(() -> EssJson.read(json, CddiFacts.class)).isInstanceOfSatisfying(InvalidInputException.class,
        e -> assertThat(e.violations()).extracting(x -> x.pointer()).contains("/periods/0/weeklyHours",
            "/periods/0/endsAfterItStarts", "/historyIsContiguousAndStartsWithTheInitialContract"));
  }

  static AideAuPosteFacts.MonthOccupancy month(int year, int m, String fte) {
    return AideAuPosteFacts.MonthOccupancy.of(YearMonth.of(year, m), new BigDecimal(fte));
  }

  @Test
  void postsAboveTheConventionAreNotPaidAndTheModulatedPartIsCappedAtTenPercent() {
    AideAuPoste.Result r = AideAuPoste.compute(AideAuPosteFacts.builder().structure(AideAuPosteFacts.Structure.ACI)
        .addOccupancy(month(2024, 11, "10")).conventionPosts(new BigDecimal("8")).build());
    assertThat(r.fteMonthsAboveConvention()).isEqualByComparingTo("2");
    // 8 × 23 921 / 12 = 15 947.333… → 15 947.33
    assertThat(r.total()).isEqualByComparingTo("15947.33");
    assertThatThrownBy(() -> AideAuPoste.compute(AideAuPosteFacts.builder().structure(AideAuPosteFacts.Structure.ACI)
        .addOccupancy(month(2024, 11, "1")).modulatedRate(new BigDecimal("0.11")).build()))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> AideAuPoste.compute(AideAuPosteFacts.builder().structure(AideAuPosteFacts.Structure.ACI)
        .addOccupancy(month(2024, 11, "1")).penitentiary(true).modulatedRate(new BigDecimal("0.06")).build()))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void everyIaeStructureHasAModulatedPartButOnlyEiAndAciHaveThePrisonVariant() {
    // C. trav. R5132-7 (EI), R5132-10-12 (ETTI), R5132-23 (AI): "un montant socle et un montant modulé"
    AideAuPoste.Result ai = AideAuPoste.compute(AideAuPosteFacts.builder().structure(AideAuPosteFacts.Structure.AI)
        .addOccupancy(month(2025, 3, "12")).modulatedRate(new BigDecimal("0.10")).build());
    // 12 × 1 619 × 1.10 / 12 = 1 780.90
    assertThat(ai.total()).isEqualByComparingTo("1780.90");
    assertThatThrownBy(() -> AideAuPoste.compute(AideAuPosteFacts.builder().structure(AideAuPosteFacts.Structure.ETTI)
        .addOccupancy(month(2025, 3, "1")).penitentiary(true).build())).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void aMonthWithoutAKnownSocleIsRefusedNeverExtrapolated() {
    // January to April 2023: no value known for the ACI socle (the 2022 value ends with 2022)
    assertThatThrownBy(() -> AideAuPoste.compute(AideAuPosteFacts.builder().structure(AideAuPosteFacts.Structure.ACI)
        .addOccupancy(month(2023, 2, "8")).build())).isInstanceOf(NoLawKnownException.class);
    assertThatThrownBy(() -> AideAuPoste.compute(AideAuPosteFacts.builder().structure(AideAuPosteFacts.Structure.ACI)
        .addOccupancy(month(2017, 6, "8")).build())).isInstanceOf(NoLawKnownException.class);
    AideAuPoste.Result y2018 = AideAuPoste.compute(AideAuPosteFacts.builder().structure(AideAuPosteFacts.Structure.ACI)
        .addOccupancy(month(2018, 6, "12")).build());
    // 12 × 19 897 / 12 = 19 897, the 2018 socle whose date is known only to the year
    assertThat(y2018.total()).isEqualByComparingTo("19897.00");
    assertThat(y2018.lines().get(0).approximateDate()).isTrue();
    AideAuPoste.Result ei = AideAuPoste.compute(AideAuPosteFacts.builder().structure(AideAuPosteFacts.Structure.EI)
        .addOccupancy(month(2024, 12, "3"), month(2025, 1, "3")).build());
    // 3 × 12 459 / 12 + 3 × 13 304 / 12 = 3 114.75 + 3 326 = 6 440.75
    assertThat(ei.total()).isEqualByComparingTo("6440.75");
    assertThat(ei.lines()).hasSize(2);
  }

  @Test
  void salesExactlyAt30PercentOfChargesBreakTheLimit_inferieureA() {
    Verdict at = AciRule.get().evaluate(AciCase.builder().convention(garage().build()).sales(sales("30000", "100000"))
        .build(), ASOF);
    assertThat(at.find("aci.sales").get(0).outcome()).isEqualTo(Outcome.NOT_SATISFIED);
    // "inférieur à" fails at equality: the wording says so rather than "30 000 € est inférieur à 30 000 €"
    assertThat(at.find("aci.sales").get(0).comparisons().get(0).describe(Lang.FR)).isEqualTo("recettes de "
        + "commercialisation, comparées à 30\u00a0% des charges : 30\u00a0000\u00a0€ n'est pas inférieur à "
        + "30\u00a0000,00\u00a0€ : les deux sont égaux");
    Verdict below = AciRule.get().evaluate(AciCase.builder().convention(garage().build())
        .sales(sales("29999.99", "100000")).build(), ASOF);
    assertThat(below.find("aci.sales").get(0).outcome()).isEqualTo(Outcome.SATISFIED);
  }
}
