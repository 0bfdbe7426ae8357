/**
 * Money: euro amounts as {@link java.math.BigDecimal}, rounded to the cent once, with the
 * rounding mode named.
 */
package io.github.essrules.core.money;
