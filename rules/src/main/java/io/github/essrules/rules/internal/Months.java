package io.github.essrules.rules.internal;

import io.github.essrules.core.validation.Arguments;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Runs of months, for the public factories that build records month by month. Not part of the API.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Months {
  private Months() {}

  /**
   * The months from {@code first} to {@code last}, both included, in order.
   *
   * @param first the first month, included
   * @param last the last month, included
   * @return the months, an unmodifiable list; empty when {@code last} is before {@code first}
   * @throws io.github.essrules.core.validation.InvalidInputException naming {@code first} or
   *     {@code last} if it is {@code null}
   */
  public static List<YearMonth> closed(YearMonth first, YearMonth last) {
    Arguments.required(first, "first");
    Arguments.required(last, "last");
    if (last.isBefore(first)) {
      return List.of();
    }
    YearMonth[] months = new YearMonth[Math.toIntExact(ChronoUnit.MONTHS.between(first, last) + 1)];
    for (int i = 0; i < months.length; i++) {
      months[i] = first.plusMonths(i);
    }
    return List.of(months);
  }
}
