/**
 * Periods of time as the law counts them: a range of days with both ends named and inclusive
 * ({@link io.github.essrules.core.time.DayRange}), a run of calendar months
 * ({@link io.github.essrules.core.time.MonthSpan}).
 */
package io.github.essrules.core.time;
