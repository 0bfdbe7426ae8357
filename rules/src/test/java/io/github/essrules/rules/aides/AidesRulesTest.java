package io.github.essrules.rules.aides;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.essrules.core.Lang;
import io.github.essrules.core.law.Confidence;
import io.github.essrules.core.law.LegalReference;
import io.github.essrules.core.law.TextKind;
import io.github.essrules.core.param.DatedParameter;
import io.github.essrules.core.param.DatedValue;
import io.github.essrules.core.param.ParameterSet;
import io.github.essrules.core.param.Regime;
import io.github.essrules.core.verdict.LawContext;
import io.github.essrules.core.verdict.LawOptions;
import io.github.essrules.core.verdict.Notice;
import io.github.essrules.core.verdict.Outcome;
import io.github.essrules.core.verdict.Verdict;
import io.github.essrules.rules.amounts.LegalParameters;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The aid rules' API where no legal situation reaches it: the shared instances, the public
 * computations and their refusals, the builders, and notices whose absence a situation cannot
 * state.
 */
class AidesRulesTest {
  private static final String SELF = "Maison des solidarités";

  /** The adulte-relais of La Duchère (cases/adulte-relais/adulte-relais-duchere.json), as a builder. */
  static AdulteRelaisFacts.Builder duchere() {
    return AdulteRelaisFacts.builder().signedOn(LocalDate.of(2025, 9, 1)).birthDate(LocalDate.of(1998, 9, 1))
        .situation(AdulteRelaisFacts.Situation.SANS_EMPLOI).residenceQpv("QN06934M").prefectDerogation(false)
        .employer(AdulteRelaisFacts.Employer.EPLE).contract(AdulteRelaisFacts.Contract.CDD).cddMonths(36).cddRank(1)
        .weeklyHours(new BigDecimal("35")).fullTimeWeeklyHours(new BigDecimal("35"))
        .conventionSignedOn(LocalDate.of(2025, 7, 15)).conventionMonths(36);
  }

  static DeMinimisAid aid(LocalDate on, String amount, DeMinimisAid.Regime regime) {
    return DeMinimisAid.builder().grantedOn(on).amount(new BigDecimal(amount)).regime(regime).recipient(SELF)
        .grantor("Ville").build();
  }

  static DeMinimisFacts deMinimis(DeMinimisAid planned, DeMinimisAid... aids) {
    return DeMinimisFacts.builder().undertaking(SELF).linkedUndertakings(List.of()).aids(List.of(aids))
        .planned(planned).build();
  }

  @Test
  void theRulesAreSharedInstancesUnderTheirIdentifiers() {
    assertThat(AdulteRelais.get()).isNotNull().isSameAs(AdulteRelais.get());
    assertThat(AdulteRelais.get().id()).isEqualTo(AdulteRelais.ID);
    assertThat(DeMinimis.get().id()).isEqualTo(DeMinimis.ID);
  }

  @Test
  void theAdulteRelaisAidIsComputedWithinOneAidYearOnlyD5134_160() {
    // D5134-160: a yearly amount, revalued each 1 July; 17 538,40 € for the aid year 2012-2013 [S]
    BigDecimal yearly = new BigDecimal("17538.40");
    assertThat(AdulteRelais.exactAid(yearly, BigDecimal.ONE, LocalDate.of(2012, 7, 1), LocalDate.of(2013, 6, 30)))
        .isEqualByComparingTo("17538.40");
    // one day: 17 538,40 ÷ 365
    assertThat(AdulteRelais.aid(yearly, BigDecimal.ONE, LocalDate.of(2013, 6, 30), LocalDate.of(2013, 6, 30))
        .rounded()).isEqualByComparingTo("48.05");
    assertThatThrownBy(() -> AdulteRelais.exactAid(yearly, BigDecimal.ONE, LocalDate.of(2013, 1, 2),
        LocalDate.of(2013, 1, 1))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reversed");
    assertThatThrownBy(() -> AdulteRelais.exactAid(yearly, BigDecimal.ONE, LocalDate.of(2013, 1, 2),
        LocalDate.of(2013, 7, 1))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 July 2013");
  }

  @Test
  void aYearlyAmountSuppliedByTheUserIsUsedWhenTheConventionDoesNotStateItAndNotBeyondItsPeriod() {
    // D5134-160 revalues the amount each 1 July; the library ships no value after June 2013: the
    // user supplies the one of the aid year 2025-2026 (figure of the test, not a law value)
    LegalReference text = LegalReference.of(TextKind.DECRET, "Montant de l'année d'aide 2025-2026 (utilisateur)",
        Confidence.VERIFIED);
    LawOptions yearRound = supplied(DatedValue.of(LocalDate.of(2025, 7, 1), LocalDate.of(2026, 7, 1),
        new BigDecimal("20000.00"), text, LocalDate.of(2025, 7, 1)));
    AdulteRelaisAidPeriod wholeYear = AdulteRelaisAidPeriod.builder().firstDay(LocalDate.of(2025, 7, 1))
        .lastDay(LocalDate.of(2026, 6, 30)).build();
    Verdict v = AdulteRelais.get().evaluate(duchere().signedOn(LocalDate.of(2025, 7, 1))
        .conventionSignedOn(LocalDate.of(2025, 7, 1)).aid(wholeYear).build(), LocalDate.of(2026, 7, 1), yearRound);
    Notice aid = notice(v, "ar.aid");
    assertThat(aid.message().key()).isEqualTo("ar.aid");
    assertThat(aid.message().args().get(7).decimalValue()).isEqualByComparingTo("20000.00");
    assertThat(aid.reference().confidence()).isEqualTo(Confidence.SUPPLIED_BY_USER);
    // a supplied value that ends on 1 January 2026 does not reach a period to 31 March 2026
    LawOptions halfYear = supplied(DatedValue.of(LocalDate.of(2025, 7, 1), LocalDate.of(2026, 1, 1),
        new BigDecimal("20000.00"), text, LocalDate.of(2025, 7, 1)));
    AdulteRelaisAidPeriod toMarch = wholeYear.toBuilder().firstDay(LocalDate.of(2025, 9, 1))
        .lastDay(LocalDate.of(2026, 3, 31)).build();
    Notice unknown = notice(AdulteRelais.get().evaluate(duchere().aid(toMarch).build(), LocalDate.of(2026, 4, 1),
        halfYear), "ar.aid");
    assertThat(unknown.message().key()).isEqualTo("ar.aid.unknown");
    assertThat(unknown.message().args().get(0).value()).isEqualTo("2026-01-01");
    // ending the day after the period's last day: reached
    Notice reached = notice(AdulteRelais.get().evaluate(duchere().aid(toMarch.toBuilder()
        .lastDay(LocalDate.of(2025, 12, 31)).build()).build(), LocalDate.of(2026, 4, 1), halfYear), "ar.aid");
    assertThat(reached.message().key()).isEqualTo("ar.aid");
  }

  private static LawOptions supplied(DatedValue<BigDecimal> value) {
    DatedParameter<BigDecimal> p = DatedParameter.of(LegalParameters.ADULTE_RELAIS_AIDE_ANNUELLE, "EUR/poste/an",
        Map.of(Lang.FR, "aide annuelle", Lang.EN, "yearly aid"), Regime.UNTIL_AMENDED, null, List.of(value));
    return LawOptions.standard().withSuppliedParameters(ParameterSet.of(List.of(p)));
  }

  private static Notice notice(Verdict v, String id) {
    return v.notices().stream().filter(n -> n.id().equals(id)).findFirst()
        .orElseThrow(() -> new AssertionError(id + "\n" + v.explain(Lang.EN)));
  }

  @Test
  void theBuildersCopyEveryFactAndChangeOnlyWhatIsSet() {
    AdulteRelaisAidPeriod p = AdulteRelaisAidPeriod.builder().firstDay(LocalDate.of(2025, 9, 1))
        .lastDay(LocalDate.of(2026, 3, 31)).yearlyAmount(new BigDecimal("22810.61")).build();
    assertThat(p.toBuilder().build()).isEqualTo(p);
    assertThat(p.toBuilder().lastDay(LocalDate.of(2026, 6, 30)).build().firstDay()).isEqualTo(p.firstDay());
    AdulteRelaisFacts f = duchere().aid(p).build();
    assertThat(f.toBuilder().build()).isEqualTo(f);
    assertThat(f.toBuilder().cddRank(2).build()).isNotEqualTo(f).extracting(AdulteRelaisFacts::aid)
        .isEqualTo(Optional.of(p));
    DeMinimisAid a = aid(LocalDate.of(2022, 6, 1), "250000", DeMinimisAid.Regime.GENERAL);
    assertThat(a.toBuilder().build()).isEqualTo(a);
    assertThat(a.toBuilder().regime(DeMinimisAid.Regime.SIEG).build().amount()).isEqualByComparingTo("250000");
    DeMinimisFacts d = deMinimis(aid(LocalDate.of(2024, 3, 1), "50000", DeMinimisAid.Regime.GENERAL), a);
    assertThat(d.toBuilder().build()).isEqualTo(d);
    assertThat(d.toBuilder().aids(List.of()).build().planned()).isEqualTo(d.planned());
  }

  @Test
  void theThreeFiscalYearsRunFromTheFirstDayOfTheFiscalYearTwoYearsBeforeTheCurrentOne() {
    // Règl. (UE) n° 1407/2013: the current fiscal year and the two previous ones [S]
    Optional<LocalDate> june = Optional.of(LocalDate.of(2020, 6, 30));
    assertThat(DeMinimis.periodStart(LocalDate.of(2023, 6, 30), june)).isEqualTo("2020-07-01");
    assertThat(DeMinimis.periodStart(LocalDate.of(2023, 7, 1), june)).isEqualTo("2021-07-01");
    assertThat(DeMinimis.periodStart(LocalDate.of(2023, 9, 15), june)).isEqualTo("2021-07-01");
    // Règl. (UE) 2023/2831: three rolling years, whatever the fiscal year
    assertThat(DeMinimis.periodStart(LocalDate.of(2024, 1, 30), june)).isEqualTo("2021-01-30");
    assertThatThrownBy(() -> DeMinimis.periodStart(LocalDate.of(2023, 9, 15), Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fiscal year");
  }

  @Test
  void theHeadroomSaysHowThePeriodIsCountedAndFlagsOnlyTheFirstDayOfARollingPeriod() {
    LawContext law = LawContext.standard(LocalDate.of(2024, 3, 1));
    // before 2024: fiscal years; an aid on the first day of the first fiscal year is simply counted
    DeMinimisFacts fiscal = deMinimis(aid(LocalDate.of(2023, 9, 15), "20000", DeMinimisAid.Regime.GENERAL),
        aid(LocalDate.of(2021, 7, 1), "10000", DeMinimisAid.Regime.GENERAL)).toBuilder()
        .fiscalYearEnd(LocalDate.of(2022, 6, 30)).build();
    DeMinimis.Headroom h = DeMinimis.headroom(fiscal, law);
    assertThat(h.periodKind()).isEqualTo(DeMinimis.PeriodKind.THREE_FISCAL_YEARS);
    assertThat(h.lines()).singleElement().satisfies(l -> {
      assertThat(l.count()).isEqualTo(DeMinimis.Count.COUNTED);
      assertThat(l.firstDayOfPeriod()).isFalse();
    });
    // from 2024: three rolling years; the first day is flagged when the aid there is counted only
    DeMinimisFacts rolling = deMinimis(aid(LocalDate.of(2024, 3, 1), "50000", DeMinimisAid.Regime.GENERAL),
        aid(LocalDate.of(2021, 3, 1), "1000", DeMinimisAid.Regime.GENERAL),
        aid(LocalDate.of(2021, 3, 1), "2000", DeMinimisAid.Regime.SIEG),
        aid(LocalDate.of(2022, 3, 1), "4000", DeMinimisAid.Regime.GENERAL),
        aid(LocalDate.of(2024, 3, 2), "8000", DeMinimisAid.Regime.GENERAL));
    DeMinimis.Headroom r = DeMinimis.headroom(rolling, law);
    assertThat(r.periodKind()).isEqualTo(DeMinimis.PeriodKind.THREE_ROLLING_YEARS);
    assertThat(r.lines()).extracting(DeMinimis.Line::count).containsExactly(DeMinimis.Count.COUNTED,
        DeMinimis.Count.OTHER_REGIME, DeMinimis.Count.COUNTED, DeMinimis.Count.AFTER_PLANNED);
    assertThat(r.lines()).extracting(DeMinimis.Line::firstDayOfPeriod).containsExactly(true, false, false, false);
    assertThat(r.used()).isEqualByComparingTo("5000");
    assertThatThrownBy(() -> DeMinimis.headroom(rolling.toBuilder().linkedUndertakings(Optional.empty()).build(), law))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("linked undertakings");
  }

  @Test
  void anAidOfTheOtherRegimeOutsideThePeriodRaisesNoCumulationNotice() {
    // SIEG aid planned on 1 March 2024: general aid the day before the period, or after the grant
    DeMinimisAid planned = aid(LocalDate.of(2024, 3, 1), "100000", DeMinimisAid.Regime.SIEG);
    LocalDate asOf = LocalDate.of(2024, 3, 1);
    assertThat(ids(DeMinimis.get().evaluate(deMinimis(planned,
        aid(LocalDate.of(2021, 2, 28), "1000", DeMinimisAid.Regime.GENERAL),
        aid(LocalDate.of(2024, 3, 2), "1000", DeMinimisAid.Regime.GENERAL)), asOf))).containsExactly("dm.headroom");
    // an aid of the same regime, or of another undertaking, within the period: no cumulation either
    DeMinimisAid elsewhere = aid(LocalDate.of(2023, 1, 10), "1000", DeMinimisAid.Regime.GENERAL).toBuilder()
        .recipient("Voisins SAS").build();
    assertThat(ids(DeMinimis.get().evaluate(deMinimis(planned,
        aid(LocalDate.of(2023, 1, 10), "1000", DeMinimisAid.Regime.SIEG), elsewhere), asOf)))
        .containsExactly("dm.headroom");
    // the first day of the period and the grant day themselves are within it
    assertThat(ids(DeMinimis.get().evaluate(deMinimis(planned,
        aid(LocalDate.of(2021, 3, 1), "1000", DeMinimisAid.Regime.GENERAL)), asOf)))
        .containsExactly("dm.headroom", "dm.cumulation");
    assertThat(ids(DeMinimis.get().evaluate(deMinimis(planned,
        aid(LocalDate.of(2024, 3, 1), "1000", DeMinimisAid.Regime.GENERAL)), asOf)))
        .containsExactly("dm.headroom", "dm.cumulation");
  }

  @Test
  void aGeneralAidGrantedAfterTheNotesWereReadIsAnsweredUnderThePresumedGeneralRegulationOnly() {
    // the general regulation is presumed for a grant after 27 November 2026; the SIEG one is not consulted
    LocalDate day = LocalDate.of(2027, 1, 15);
    Verdict v = DeMinimis.get().evaluate(deMinimis(aid(day, "50000", DeMinimisAid.Regime.GENERAL)), day);
    assertThat(v.outcome()).isEqualTo(Outcome.SATISFIED);
    assertThat(v.notices()).extracting(Notice::id).containsExactly("dm.headroom", "text.presumed");
    assertThat(v.notices().get(1).reference().citation()).contains("1407/2013 puis 2023/2831");
  }

  @Test
  void aSiegAidBefore2024IsRefusedForWantOfAKnownCeilingNotOfTheLaterRegulation() {
    // the SIEG ceiling of Règl. n° 360/2012 has no confirmed start [?]: the refusal names the ceiling
    DeMinimisFacts f = deMinimis(aid(LocalDate.of(2023, 12, 31), "1000", DeMinimisAid.Regime.SIEG)).toBuilder()
        .fiscalYearEnd(LocalDate.of(2023, 12, 31)).build();
    assertThatThrownBy(() -> DeMinimis.get().evaluate(f, LocalDate.of(2024, 3, 1)))
        .isInstanceOf(io.github.essrules.core.law.NoLawKnownException.class)
        .hasMessageContaining(LegalParameters.DE_MINIMIS_PLAFOND_SIEG).hasMessageNotContaining("2023/2832 (aides");
  }

  private static List<String> ids(Verdict v) {
    return v.notices().stream().map(Notice::id).toList();
  }
}
