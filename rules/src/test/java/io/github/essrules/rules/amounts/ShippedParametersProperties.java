package io.github.essrules.rules.amounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.essrules.core.law.NoLawKnownException;
import io.github.essrules.core.param.DatedParameter;
import io.github.essrules.core.param.DatedValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
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
      long span = ChronoUnit.DAYS.between(v.validFrom(), v.lastValidDay());
      return Arbitraries.longs().between(0, span).map(offset -> Tuple.of(p, v.validFrom().plusDays(offset)));
    }));
  }

  @Provide
  Arbitrary<Tuple.Tuple2<DatedParameter<BigDecimal>, LocalDate>> uncoveredDays() {
    return Combinators.combine(Arbitraries.of(LegalParameters.all()), Arbitraries.longs().between(1, 36_500),
            Arbitraries.of(true, false))
        .as((p, distance, before) -> Tuple.of(p,
            before ? p.firstDay().minusDays(distance) : p.lastKnownValidOn().plusDays(distance)));
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
  void everyDayOfEveryShippedParameterIsCoveredExactlyOnceExhaustively() {
    for (DatedParameter<BigDecimal> p : LegalParameters.all()) {
      for (LocalDate d = p.firstDay(); !d.isAfter(p.lastKnownValidOn()); d = d.plusDays(1)) {
        LocalDate date = d;
        long count = p.values().stream().filter(v -> v.covers(date)).count();
        assertThat(count).as(p.id() + " " + d).isLessThanOrEqualTo(1);
        assertThat(count == 1).as(p.id() + " " + d).isEqualTo(p.covers(date));
      }
      assertThat(p.covers(p.firstDay().minusDays(1))).isFalse();
      assertThat(p.covers(p.lastKnownValidOn().plusDays(1))).isFalse();
    }
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
        "iae-aide-au-poste-ei", "iae-aide-au-poste-etti", "iae-aide-au-poste-ai");
  }
}
