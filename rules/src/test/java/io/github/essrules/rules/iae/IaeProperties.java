package io.github.essrules.rules.iae;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.essrules.core.verdict.Outcome;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Invariants of the CDDI checker (L5132-15-1) and of the aide au poste (R5132-37, R5132-38). */
class IaeProperties {

  /** A history within every rule: an initial contract of 4 to 24 months, renewals to at most 24 months, 20-35 h. */
  @Provide
  Arbitrary<CddiFacts> lawfulHistories() {
    Arbitrary<LocalDate> start = Arbitraries.integers().between(0, 2000).map(d -> LocalDate.of(2019, 1, 1).plusDays(d));
    Arbitrary<List<Integer>> months = Arbitraries.integers().between(1, 12).list().ofMinSize(0).ofMaxSize(5);
    Arbitrary<Integer> initial = Arbitraries.integers().between(4, 12);
    Arbitrary<Integer> hours = Arbitraries.integers().between(20, 35);
    return Combinators.combine(start, initial, months, hours).as((s, first, renewals, h) -> {
      List<CddiPeriod> periods = new ArrayList<>();
      LocalDate limit = s.plusMonths(24).minusDays(1);
      LocalDate end = s.plusMonths(first).minusDays(1);
      periods.add(period(CddiPeriod.Kind.INITIAL, s, end, h));
      for (int m : renewals) {
        LocalDate next = end.plusDays(1);
        LocalDate nextEnd = next.plusMonths(m).minusDays(1);
        if (nextEnd.isAfter(limit)) {
          nextEnd = limit;
        }
        if (!nextEnd.isAfter(end)) {
          break;
        }
        periods.add(period(CddiPeriod.Kind.RENEWAL, next, nextEnd, h));
        end = nextEnd;
      }
      return CddiFacts.builder().sentenceAdjustment(false).rqth(false).birthDate(LocalDate.of(1990, 1, 1))
          .periods(periods).build();
    });
  }

  static CddiPeriod period(CddiPeriod.Kind kind, LocalDate start, LocalDate end, int hours) {
    return CddiPeriod.builder().kind(kind).start(start).end(end).weeklyHours(BigDecimal.valueOf(hours)).build();
  }

  @Property(tries = 300)
  void theCheckerAcceptsEveryHistoryGeneratedWithinTheRules(@ForAll("lawfulHistories") CddiFacts f) {
    assertThat(CddiRule.get().evaluate(f, LocalDate.of(2026, 1, 1)).outcome()).isEqualTo(Outcome.SATISFIED);
  }

  @Property(tries = 300)
  void theCheckerRejectsEveryHistoryThatBreaksExactlyOneRule(@ForAll("lawfulHistories") CddiFacts f,
      @ForAll @IntRange(min = 0, max = 4) int which) {
    List<CddiPeriod> periods = new ArrayList<>(f.periods());
    CddiPeriod last = periods.get(periods.size() - 1);
    LocalDate start = periods.get(0).start();
    switch (which) {
      case 0: // an initial contract shorter than four months, as the only period
        periods = List.of(period(CddiPeriod.Kind.INITIAL, start, start.plusMonths(4).minusDays(2), 26));
        break;
      case 1: // a renewal one day past the 24 months
        periods.add(period(CddiPeriod.Kind.RENEWAL, last.end().plusDays(1), start.plusMonths(24), 26));
        break;
      case 2: // fewer than 20 hours without a derogation
        periods.set(periods.size() - 1, CddiPeriod.builder().from(last).weeklyHours(new BigDecimal("19")).build());
        break;
      case 3: // more than the legal 35 hours
        periods.set(periods.size() - 1, CddiPeriod.builder().from(last).weeklyHours(new BigDecimal("36")).build());
        break;
      default: // an extension for 50+ / RQTH for a 30-something without RQTH
        periods.add(CddiPeriod.builder().from(period(CddiPeriod.Kind.EXTENSION_50_PLUS_OR_RQTH, last.end().plusDays(1),
            last.end().plusMonths(6), 26)).decidedBy(CddiPeriod.DecidedBy.PRESCRIBER).build());
        break;
    }
    CddiFacts broken = CddiFacts.builder().from(f).periods(periods).build();
    assertThat(CddiRule.get().evaluate(broken, LocalDate.of(2026, 1, 1)).outcome()).isEqualTo(Outcome.NOT_SATISFIED);
  }

  static AideAuPoste.Result aide(int months, String fte, String rate) {
    List<AideAuPosteFacts.MonthOccupancy> occ = new ArrayList<>();
    for (int i = 0; i < months; i++) {
      occ.add(AideAuPosteFacts.MonthOccupancy.of(YearMonth.of(2022, 5).plusMonths(i), new BigDecimal(fte)));
    }
    return AideAuPoste.compute(AideAuPosteFacts.builder().structure(AideAuPosteFacts.Structure.ACI).occupancy(occ)
        .modulatedRate(new BigDecimal(rate)).build());
  }

  @Property(tries = 300)
  void theAideIsMonotoneInFteAndMonthsAndNeverAboveSocleTimes110PerFteYear(
      @ForAll @IntRange(min = 1, max = 7) int months, @ForAll @IntRange(min = 0, max = 4000) int fteHundredths,
      @ForAll @IntRange(min = 0, max = 400) int more, @ForAll @IntRange(min = 0, max = 10) int ratePercent) {
    String rate = BigDecimal.valueOf(ratePercent, 2).toPlainString();
    String fte = BigDecimal.valueOf(fteHundredths, 2).toPlainString();
    AideAuPoste.Result base = aide(months, fte, rate);
    AideAuPoste.Result moreFte = aide(months, BigDecimal.valueOf(fteHundredths + more, 2).toPlainString(), rate);
    AideAuPoste.Result moreMonths = aide(Math.min(months + 1, 8), fte, rate);
    assertThat(moreFte.total()).isGreaterThanOrEqualTo(base.total());
    assertThat(moreMonths.total()).isGreaterThanOrEqualTo(base.total());
    // 2022-05 → 2022-12: socles 21 850 then 22 289; the highest × 1.10 × FTE × months / 12, plus half a cent
    BigDecimal cap = new BigDecimal("22289").multiply(new BigDecimal("1.10")).multiply(new BigDecimal(fte))
        .multiply(BigDecimal.valueOf(months)).divide(BigDecimal.valueOf(12), 10, java.math.RoundingMode.HALF_UP);
    assertThat(base.total()).isLessThanOrEqualTo(cap.add(new BigDecimal("0.005")));
  }

  /**
   * The twelfths of the aide au poste (R5132-37: an annual amount paid by month) are exact when
   * the division terminates, else ten decimals: the fast path by 4 then 3 gives the same value and
   * scale as dividing by 12 directly.
   */
  @Property(tries = 2000)
  void aTwelfthIsTheSameByTheFastPath(@ForAll @IntRange(min = -10_000_000, max = 10_000_000) int unscaled,
      @ForAll @IntRange(min = 0, max = 6) int scale) {
    BigDecimal x = BigDecimal.valueOf(unscaled, scale);
    BigDecimal expected;
    try {
      expected = x.divide(BigDecimal.valueOf(12));
    } catch (ArithmeticException nonTerminating) {
      expected = x.divide(BigDecimal.valueOf(12), 10, java.math.RoundingMode.HALF_EVEN);
    }
    BigDecimal actual = AideAuPosteSum.exactOrTenDecimals(x);
    assertThat(actual).isEqualByComparingTo(expected);
    assertThat(actual.scale()).isEqualTo(expected.scale());
  }
}
