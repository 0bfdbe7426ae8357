/**
 * Periods of time as the law counts them that java.time and ThreeTen-Extra do not have: a run of
 * calendar months ({@link io.github.essrules.core.time.MonthSpan}). A range of days is
 * ThreeTen-Extra's {@code LocalDateRange} (used by the rules), with its ends named.
 */
package io.github.essrules.core.time;
