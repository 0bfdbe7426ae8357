package io.github.essrules.core.param;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.essrules.core.Lang;
import io.github.essrules.core.law.Applicability;
import io.github.essrules.core.law.Confidence;
import io.github.essrules.core.law.LawPolicy;
import io.github.essrules.core.law.LegalReference;
import io.github.essrules.core.law.NoLawKnownException;
import io.github.essrules.core.law.TextKind;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Date coverage of dated parameters, after Catala's test that every date of the covered range has
 * exactly one applicable value: for every day from the first value to the horizon plus a day,
 * exactly one answer — the verified value, the value presumed unchanged (confidence lowered), or
 * the typed refusal — as the parameter's regime says.
 */
class DatedParameterProperties {
  private static final LegalReference REF =
      LegalReference.of(TextKind.ARRETE, "Arrêté de test", Confidence.SECONDARY);
  private static final LegalReference REVISION =
      LegalReference.of(TextKind.CODE_ARTICLE, "Article de test", Confidence.VERIFIED);

  /** A parameter of 1 to 6 periods, each 1 to 400 days long, some followed by a gap; either regime. */
  @Provide
  Arbitrary<DatedParameter<Integer>> parameters() {
    Arbitrary<int[]> period = Combinators.combine(
            Arbitraries.integers().between(1, 400), Arbitraries.integers().between(0, 30))
        .as((length, gap) -> new int[] {length, gap});
    return Combinators.combine(
            Arbitraries.integers().between(0, 20_000), period.list().ofMinSize(1).ofMaxSize(6),
            Arbitraries.of(Regime.class), Arbitraries.integers().between(-30, 500), Arbitraries.of(true, false))
        .as((startDay, periods, regime, verifiedOffset, scheduled) -> {
          List<DatedValue<Integer>> values = new ArrayList<>();
          LocalDate from = LocalDate.ofEpochDay(startDay);
          for (int i = 0; i < periods.size(); i++) {
            int[] p = periods.get(i);
            boolean open = i == periods.size() - 1 && regime == Regime.UNTIL_AMENDED;
            LocalDate until = open ? null : from.plusDays(p[0]);
            values.add(DatedValue.of(from, until, i, REF, from.plusDays(Math.max(verifiedOffset, 0))));
            from = from.plusDays(p[0] + p[1]);
          }
          ScheduledRevision revision = scheduled
              ? ScheduledRevision.of(List.of(MonthDay.of(1, 1)), REVISION) : null;
          return DatedParameter.of("test", "EUR", Map.of(Lang.FR, "test", Lang.EN, "test"), regime, revision, values);
        });
  }

  @Provide
  Arbitrary<LawPolicy> policies() {
    return Combinators.combine(Arbitraries.integers().between(0, 24), Arbitraries.of(true, false))
        .as((months, strict) -> LawPolicy.standard().withPresumptionHorizon(Period.ofMonths(months)).withStrict(strict));
  }

  @Property(tries = 300)
  void everyDayUpToTheHorizonPlusADayGetsExactlyOneAnswerAsTheRegimeSays(
      @ForAll("parameters") DatedParameter<Integer> parameter, @ForAll("policies") LawPolicy policy) {
    LocalDate last = parameter.lastDayServed(policy);
    for (LocalDate d = parameter.firstDay().minusDays(1); !d.isAfter(last.plusDays(1)); d = d.plusDays(1)) {
      LocalDate day = d;
      long covering = parameter.values().stream().filter(v -> v.covers(day)).count();
      assertThat(covering).isLessThanOrEqualTo(1);
      Applicability a = parameter.applicability(day, policy);
      if (a == Applicability.REFUSED) {
        assertThatThrownBy(() -> parameter.at(day, policy)).isInstanceOf(NoLawKnownException.class);
        continue;
      }
      DatedValue<Integer> v = parameter.at(day, policy);
      assertThat(covering).isEqualTo(1);
      assertThat(v.covers(day)).isTrue();
      boolean afterVerification = v.validUntil().isEmpty() && day.isAfter(v.verifiedOn());
      // no date after verification gives a value without the presumption
      assertThat(v.presumed()).isEqualTo(afterVerification).isEqualTo(a == Applicability.PRESUMED);
      if (v.presumed()) {
        assertThat(parameter.regime()).isEqualTo(Regime.UNTIL_AMENDED);
        assertThat(policy.isStrict()).isFalse();
        assertThat(v.reference().confidence()).isEqualTo(Confidence.PRESUMED);
        assertThat(day).isBeforeOrEqualTo(policy.lastPresumedDay(v.verifiedOn()));
        parameter.nextScheduledRevision().ifPresent(r -> assertThat(day).isBefore(r));
      } else {
        assertThat(v.reference()).isEqualTo(REF);
      }
    }
    // no date beyond the horizon gives a value
    assertThat(parameter.applicability(last.plusDays(1), policy)).isEqualTo(Applicability.REFUSED);
    assertThat(parameter.applicability(LocalDate.of(9999, 12, 31), policy)).isEqualTo(Applicability.REFUSED);
  }

  @Property
  void aValueSetForAPeriodIsNeverPresumed(@ForAll @IntRange(min = 1, max = 10) int years) {
    List<DatedValue<Integer>> values = new ArrayList<>();
    for (int i = 0; i < years; i++) {
      values.add(DatedValue.of(LocalDate.of(2015 + i, 1, 1), LocalDate.of(2016 + i, 1, 1), i, REF, LocalDate.of(2015, 6, 1)));
    }
    DatedParameter<Integer> p = DatedParameter.of("pss", "EUR", Map.of(Lang.FR, "p", Lang.EN, "p"),
        Regime.FOR_PERIOD, null, values);
    LocalDate end = LocalDate.of(2015 + years, 1, 1);
    assertThat(p.at(end.minusDays(1)).presumed()).isFalse();
    assertThatThrownBy(() -> p.at(end)).isInstanceOfSatisfying(NoLawKnownException.class,
        e -> assertThat(e.reason()).isEqualTo(NoLawKnownException.Reason.PERIOD_ENDED));
  }

  @Example
  void aSmicVerifiedInNovemberIsPresumedInDecemberButNeverOnTheFirstOfJanuary() {
    DatedParameter<Integer> smic = DatedParameter.of("smic", "EUR/h", Map.of(Lang.FR, "s", Lang.EN, "s"),
        Regime.UNTIL_AMENDED, ScheduledRevision.of(List.of(MonthDay.of(1, 1)), REVISION),
        List.of(DatedValue.of(LocalDate.of(2026, 6, 1), null, 1231, REF, LocalDate.of(2026, 11, 27))));
    assertThat(smic.at(LocalDate.of(2026, 11, 27)).presumed()).isFalse();
    assertThat(smic.at(LocalDate.of(2026, 12, 31)).presumed()).isTrue();
    assertThatThrownBy(() -> smic.at(LocalDate.of(2027, 1, 1))).isInstanceOfSatisfying(NoLawKnownException.class,
        e -> assertThat(e.reason()).isEqualTo(NoLawKnownException.Reason.REVISION_DUE));
    assertThatThrownBy(() -> smic.at(LocalDate.of(2026, 12, 1), LawPolicy.strict()))
        .isInstanceOfSatisfying(NoLawKnownException.class,
            e -> assertThat(e.reason()).isEqualTo(NoLawKnownException.Reason.STRICT_POLICY));
    assertThat(smic.coverage()).isEqualTo("2026-06-01 → 2026-12-31");
  }
}
