package io.github.essrules.rules.amounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.essrules.core.law.NoLawKnownException;
import io.github.essrules.core.param.DatedParameter;
import io.github.essrules.core.param.DatedValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.List;
import io.github.essrules.core.law.Applicability;
import io.github.essrules.core.law.Confidence;
import io.github.essrules.core.law.LawPolicy;
import io.github.essrules.core.param.Regime;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Date coverage of every parameter the library ships: one value, exactly, for every day a value
 * covers, none for the gaps a parameter declares (years its source does not give), and the typed
 * error for every day no value covers.
 */
class ShippedParametersProperties {

  @Provide
  Arbitrary<Tuple.Tuple2<DatedParameter<BigDecimal>, LocalDate>> coveredDays() {
    return Arbitraries.of(LegalParameters.all()).flatMap(p -> Arbitraries.of(p.values()).flatMap(v -> {
      long span = ChronoUnit.DAYS.between(v.validFrom(), v.lastValidDay().orElse(p.lastDayServed(LawPolicy.standard())));
      return Arbitraries.longs().between(0, span).map(offset -> Tuple.of(p, v.validFrom().plusDays(offset)));
    }));
  }

  @Provide
  Arbitrary<Tuple.Tuple2<DatedParameter<BigDecimal>, LocalDate>> uncoveredDays() {
    return Combinators.combine(Arbitraries.of(LegalParameters.all()), Arbitraries.longs().between(1, 36_500),
            Arbitraries.of(true, false))
        .as((p, distance, before) -> Tuple.of(p,
            before ? p.firstDay().minusDays(distance) : p.lastDayServed(LawPolicy.standard()).plusDays(distance)));
  }

  @Property(tries = 2000)
  void everyCoveredDayOfAShippedParameterHasExactlyOneValue(
      @ForAll("coveredDays") Tuple.Tuple2<DatedParameter<BigDecimal>, LocalDate> day) {
    DatedParameter<BigDecimal> p = day.get1();
    LocalDate date = day.get2();
    assertThat(p.values().stream().filter(v -> v.covers(date)).count()).isEqualTo(1);
    DatedValue<BigDecimal> v = p.at(date);
    assertThat(v.covers(date)).isTrue();
    assertThat(v.reference().citation()).isNotBlank();
  }

  @Property(tries = 500)
  void everyDayOutsideAShippedParameterGivesTheTypedErrorNamingItAndTheDate(
      @ForAll("uncoveredDays") Tuple.Tuple2<DatedParameter<BigDecimal>, LocalDate> day) {
    assertThatThrownBy(() -> day.get1().at(day.get2()))
        .isInstanceOfSatisfying(NoLawKnownException.class, e -> {
          assertThat(e.subject()).isEqualTo(day.get1().id());
          assertThat(e.date()).isEqualTo(day.get2());
        });
  }

  @Example
  void everyDayOfEveryShippedParameterToItsHorizonPlusADayGetsExactlyOneAnswerAsItsRegimeSays() {
    for (LawPolicy policy : List.of(LawPolicy.standard(), LawPolicy.strict(),
        LawPolicy.standard().withPresumptionHorizon(Period.ofMonths(3)))) {
      for (DatedParameter<BigDecimal> p : LegalParameters.all()) {
        LocalDate last = p.lastDayServed(policy);
        for (LocalDate d = p.firstDay(); !d.isAfter(last.plusDays(1)); d = d.plusDays(1)) {
          LocalDate date = d;
          long count = p.values().stream().filter(v -> v.covers(date)).count();
          assertThat(count).as(p.id() + " " + d).isLessThanOrEqualTo(1);
          Applicability a = p.applicability(date, policy);
          if (a == Applicability.REFUSED) {
            assertThatThrownBy(() -> p.at(date, policy)).isInstanceOf(NoLawKnownException.class);
            continue;
          }
          DatedValue<BigDecimal> v = p.at(date, policy);
          // a date after verification never gives a value without the presumption, and a presumed value
          // has its confidence lowered
          boolean afterVerification = v.validUntil().isEmpty() && date.isAfter(v.verifiedOn());
          assertThat(v.presumed()).as(p.id() + " " + d).isEqualTo(afterVerification);
          if (v.presumed()) {
            assertThat(p.regime()).isEqualTo(Regime.UNTIL_AMENDED);
            assertThat(v.reference().confidence().compareTo(Confidence.PRESUMED)).isGreaterThanOrEqualTo(0);
          }
        }
        assertThat(p.covers(p.firstDay().minusDays(1))).isFalse();
        assertThat(p.applicability(last.plusDays(1), policy)).as(p.id()).isEqualTo(Applicability.REFUSED);
      }
    }
  }

  @Example
  void todaysSmicIsPresumedButNever2026sForJanuary2027AndThePssOf2027IsRefused() {
    DatedParameter<BigDecimal> smic = LegalParameters.decimal("smic-horaire-brut");
    DatedValue<BigDecimal> december = smic.at(LocalDate.of(2026, 12, 1));
    assertThat(december.value()).isEqualByComparingTo("12.31");
    assertThat(december.presumed()).isTrue();
    assertThat(december.reference().confidence()).isEqualTo(Confidence.PRESUMED);
    assertThatThrownBy(() -> smic.at(LocalDate.of(2027, 1, 1))).isInstanceOfSatisfying(NoLawKnownException.class,
        e -> assertThat(e.reason()).isEqualTo(NoLawKnownException.Reason.REVISION_DUE));
    assertThatThrownBy(() -> smic.at(LocalDate.of(2026, 12, 1), LawPolicy.strict()))
        .isInstanceOf(NoLawKnownException.class);
    assertThatThrownBy(() -> PlafondSecuriteSociale.annual(LocalDate.of(2027, 1, 1)))
        .isInstanceOfSatisfying(NoLawKnownException.class,
            e -> assertThat(e.reason()).isEqualTo(NoLawKnownException.Reason.PERIOD_ENDED));
    assertThatThrownBy(() -> LegalParameters.decimal("association-franchise-impots-commerciaux").at(LocalDate.of(2026, 3, 1)))
        .isInstanceOf(NoLawKnownException.class)
        .satisfies(e -> assertThat(((NoLawKnownException) e).message(io.github.essrules.core.Lang.FR))
            .contains("--parameters"));
  }

  @Example
  void theAideAuPosteSoclesOfDecember2024HoldUntilAmendedAndThe2023ValuesFillTheGap() {
    // arrêté du 4 décembre 2024: no end date; values "depuis le 1er mai 2023" before 1 November 2024
    assertThat(LegalParameters.decimal("iae-aide-au-poste-aci").valueAt(LocalDate.of(2025, 6, 1))).isEqualByComparingTo("23921");
    assertThat(LegalParameters.decimal("iae-aide-au-poste-aci").valueAt(LocalDate.of(2024, 10, 31))).isEqualByComparingTo("23196");
    assertThat(LegalParameters.decimal("iae-aide-au-poste-etti").valueAt(LocalDate.of(2025, 6, 1))).isEqualByComparingTo("4781");
    assertThat(LegalParameters.decimal("iae-aide-au-poste-ai").valueAt(LocalDate.of(2023, 5, 1))).isEqualByComparingTo("1570");
    assertThat(LegalParameters.decimal("iae-aide-au-poste-ei").valueAt(LocalDate.of(2026, 6, 1))).isEqualByComparingTo("13304");
  }

  @Example
  void theShippedAmountsStartIn2015AndTheEssFractionsWithTheLawOrItsDecree() {
    assertThat(LegalParameters.decimal("smic-horaire-brut").firstDay()).isEqualTo(LocalDate.of(2015, 1, 1));
    assertThat(LegalParameters.decimal("plafond-securite-sociale-annuel").firstDay()).isEqualTo(LocalDate.of(2015, 1, 1));
    // loi 2014-856 in force on 2 August 2014; R3332-21-1 in its 2015 version from 1 July 2015
    assertThat(LegalParameters.decimal("ess-fonds-developpement-taux").firstDay()).isEqualTo(LocalDate.of(2014, 8, 2));
    assertThat(LegalParameters.decimal("esus-majoration-tmo").firstDay()).isEqualTo(LocalDate.of(2015, 7, 1));
    assertThat(LegalParameters.ids()).containsExactly("smic-horaire-brut", "plafond-securite-sociale-annuel",
        "ess-fonds-developpement-taux", "ess-fonds-developpement-seuil-reserves", "ess-report-reserves-taux",
        "esus-majoration-tmo", "association-franchise-impots-commerciaux",
        "association-dirigeants-ressources-seuil-1", "association-dirigeants-ressources-seuil-2",
        "association-dirigeants-ressources-seuil-3", "association-dirigeants-tolerance-smic",
        "association-dirigeants-plafond-pss", "scic-plafond-capital-collectivites", "iae-aide-au-poste-aci",
        "iae-aide-au-poste-ei", "iae-aide-au-poste-etti", "iae-aide-au-poste-ai", "subvention-seuil-convention",
        "subvention-seuil-donnees-essentielles", "subvention-donnees-essentielles-seuil-habitants",
        "association-subventions-seuil-l612-4",
        "de-minimis-plafond-general", "de-minimis-plafond-sieg", "adulte-relais-aide-annuelle",
        "adulte-relais-age-minimum");
  }

  @Example
  void theDeMinimisCeilingsChangeOn1January2024AndTheAdulteRelaisAgeOn16September2021() {
    // Règl. 1407/2013 then 2023/2831 [S]; C. trav. L5134-102, LEGIARTI000044043083 since 2021-09-16
    DatedParameter<BigDecimal> general = LegalParameters.decimal("de-minimis-plafond-general");
    assertThat(general.valueAt(LocalDate.of(2023, 12, 31))).isEqualByComparingTo("200000");
    assertThat(general.valueAt(LocalDate.of(2024, 1, 1))).isEqualByComparingTo("300000");
    assertThat(LegalParameters.decimal("de-minimis-plafond-sieg").firstDay()).isEqualTo(LocalDate.of(2024, 1, 1));
    DatedParameter<BigDecimal> age = LegalParameters.decimal("adulte-relais-age-minimum");
    assertThat(age.valueAt(LocalDate.of(2021, 9, 15))).isEqualByComparingTo("30");
    assertThat(age.valueAt(LocalDate.of(2021, 9, 16))).isEqualByComparingTo("26");
    // the 2013 aid is dated up to its first revaluation only (D5134-160: each 1 July)
    assertThat(LegalParameters.decimal("adulte-relais-aide-annuelle").valueAt(LocalDate.of(2013, 6, 30)))
        .isEqualByComparingTo("17538.40");
  }
}
