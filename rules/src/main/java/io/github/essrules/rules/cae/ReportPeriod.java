package io.github.essrules.rules.cae;

import io.github.essrules.core.time.MonthSpan;
import java.time.LocalDate;
import java.time.YearMonth;
import org.threeten.extra.LocalDateRange;

/**
 * What every obligation of the report reads: the facts, the period reported on (both ends
 * included) and the date the records are read on — a deadline after it is pending.
 *
 * <p>This class is immutable and thread-safe.
 */
final class ReportPeriod {
  final CaeFacts facts;
  final LocalDateRange days;
  final LocalDate asOf;

  ReportPeriod(CaeFacts facts, LocalDateRange days, LocalDate asOf) {
    this.facts = facts;
    this.days = days;
    this.asOf = asOf;
  }

  /** Whether a day is in the period and not after the records' date: an event known to the report. */
  boolean known(LocalDate day) {
    return days.contains(day) && !day.isAfter(asOf);
  }

  /**
   * Whether the whole period ended before the décret n° 2015-1363 came into force (1 January 2016):
   * the obligations it created (R7331-1 to R7331-12) do not reach such a period.
   */
  boolean endsBeforeDecree() {
    return days.getEndInclusive().isBefore(CaeLaw.DECREE_IN_FORCE);
  }

  /**
   * The months of the period, since the décret came into force, during which the entrepreneur's
   * contract ran and that were over by the records' date: a month counts once it has begun by the
   * period's (or the contract's) end and ended before {@code asOf}.
   */
  MonthSpan elapsedMonthsUnderContract(EntrepreneurSalarie e) {
    LocalDate start = max(max(days.getStart(), e.contractStart()), CaeLaw.DECREE_IN_FORCE);
    LocalDate end = e.contractEnd().filter(d -> d.isBefore(days.getEndInclusive())).orElse(days.getEndInclusive());
    LocalDate dayBefore = asOf.minusDays(1);
    YearMonth lastOver = dayBefore.getDayOfMonth() == dayBefore.lengthOfMonth() ? YearMonth.from(dayBefore)
        : YearMonth.from(dayBefore).minusMonths(1);
    YearMonth lastBegun = YearMonth.from(end);
    return MonthSpan.ofClosed(YearMonth.from(start), lastBegun.isBefore(lastOver) ? lastBegun : lastOver);
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }
}
