package io.github.essrules.core.param;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.essrules.core.Lang;
import io.github.essrules.core.law.Confidence;
import io.github.essrules.core.law.LegalReference;
import io.github.essrules.core.law.NoLawKnownException;
import io.github.essrules.core.law.TextKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Invariants of dated parameters: half-open periods, exactly one value for every covered day,
 * the typed error for every other day.
 */
class DatedParameterProperties {
  private static final LegalReference REF =
      LegalReference.of(TextKind.ARRETE, "Arrêté de test", Confidence.VERIFIED);

  /** A parameter of 1 to 8 periods, each 1 to 400 days long, some followed by a gap. */
  @Provide
  Arbitrary<DatedParameter<Integer>> parameters() {
    Arbitrary<int[]> period = Combinators.combine(
            Arbitraries.integers().between(1, 400), Arbitraries.integers().between(0, 30))
        .as((length, gap) -> new int[] {length, gap});
    return Combinators.combine(
            Arbitraries.integers().between(0, 20_000), period.list().ofMinSize(1).ofMaxSize(8))
        .as((startDay, periods) -> {
          List<DatedValue<Integer>> values = new ArrayList<>();
          LocalDate from = LocalDate.ofEpochDay(startDay);
          int i = 0;
          for (int[] p : periods) {
            LocalDate until = from.plusDays(p[0]);
            values.add(DatedValue.of(from, until, i++, REF));
            from = until.plusDays(p[1]);
          }
          return DatedParameter.of("test", "EUR", Map.of(Lang.FR, "test", Lang.EN, "test"), values);
        });
  }

  @Property
  void everyDayFromTheFirstToTheLastKnownValidDayHasAtMostOneValueAndAtReturnsIt(
      @ForAll("parameters") DatedParameter<Integer> parameter) {
    for (LocalDate d = parameter.firstDay(); !d.isAfter(parameter.lastKnownValidOn()); d = d.plusDays(1)) {
      LocalDate day = d;
      long covering = parameter.values().stream().filter(v -> v.covers(day)).count();
      assertThat(covering).isLessThanOrEqualTo(1);
      if (covering == 1) {
        assertThat(parameter.at(day).covers(day)).isTrue();
      } else {
        assertThatThrownBy(() -> parameter.at(day)).isInstanceOf(NoLawKnownException.class);
      }
    }
  }

  @Property
  void withoutGapsEveryCoveredDayHasExactlyOneValue(
      @ForAll @IntRange(min = 1, max = 10) int periods, @ForAll @IntRange(min = 1, max = 500) int length) {
    List<DatedValue<Integer>> values = new ArrayList<>();
    LocalDate from = LocalDate.of(2015, 1, 1);
    for (int i = 0; i < periods; i++) {
      values.add(DatedValue.of(from, from.plusDays(length + i), i, REF));
      from = from.plusDays(length + i);
    }
    DatedParameter<Integer> p =
        DatedParameter.of("p", "EUR", Map.of(Lang.FR, "p", Lang.EN, "p"), values);
    for (LocalDate d = p.firstDay(); !d.isAfter(p.lastKnownValidOn()); d = d.plusDays(1)) {
      LocalDate day = d;
      assertThat(p.values().stream().filter(v -> v.covers(day)).count()).isEqualTo(1);
      assertThat(p.covers(day)).isTrue();
    }
  }

  @Property
  void daysBeforeTheFirstAndAfterTheLastKnownValidDayGiveTheTypedErrorNamingParameterAndDate(
      @ForAll("parameters") DatedParameter<Integer> parameter,
      @ForAll @IntRange(min = 1, max = 10_000) int distance) {
    LocalDate before = parameter.firstDay().minusDays(distance);
    LocalDate after = parameter.lastKnownValidOn().plusDays(distance);
    for (LocalDate day : List.of(before, after)) {
      assertThatThrownBy(() -> parameter.at(day))
          .isInstanceOfSatisfying(NoLawKnownException.class, e -> {
            assertThat(e.subject()).isEqualTo("test");
            assertThat(e.date()).isEqualTo(day);
            assertThat(e.message(Lang.FR)).contains("test").contains(Integer.toString(day.getYear()));
            assertThat(e.message(Lang.EN)).contains("does not know");
          });
    }
  }

  @Property
  void theValidityIsHalfOpenTheLastDayIsInTheNextValueIsNot(
      @ForAll("parameters") DatedParameter<Integer> parameter) {
    for (DatedValue<Integer> v : parameter.values()) {
      assertThat(parameter.at(v.validFrom())).isEqualTo(v);
      assertThat(parameter.at(v.lastValidDay())).isEqualTo(v);
      assertThat(v.covers(v.validUntil())).isFalse();
    }
  }
}
