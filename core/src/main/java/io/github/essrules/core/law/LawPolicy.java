package io.github.essrules.core.law;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * How far the library applies a value or a text past the day it last verified it.
 *
 * <p>An amount set "until amended" (an arrêté's SMIC, an aid socle, a statutory rate) and the
 * version of an article in force stay in force until a new text replaces them. The library
 * checks them against their sources on a known day; for a later date it does not know whether a
 * new text came out. Under the <b>standard</b> policy it applies them <em>presumed unchanged</em>
 * — saying so in a notice and lowering the confidence to {@link Confidence#PRESUMED} — for a
 * horizon after that day (12 months unless configured), never past a revision the law schedules
 * (the SMIC is revalued each 1 January). Beyond the horizon it refuses with
 * {@link NoLawKnownException}. The <b>strict</b> policy refuses as soon as a value or a text
 * would be presumed, for users who must never rely on a presumption.
 *
 * <pre>{@code
 * LawPolicy.standard();                                  // presume for 12 months
 * LawPolicy.standard().withPresumptionHorizon(Period.ofMonths(3));
 * LawPolicy.strict();                                    // never presume
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class LawPolicy {
  /** The horizon of presumption the library uses unless told otherwise: 12 months. */
  public static final Period DEFAULT_HORIZON = Period.ofMonths(12);

  private static final LawPolicy STANDARD = new LawPolicy(DEFAULT_HORIZON, false);
  private static final LawPolicy STRICT = new LawPolicy(DEFAULT_HORIZON, true);

  private final Period horizon;
  private final boolean strict;

  private LawPolicy(Period horizon, boolean strict) {
    this.horizon = horizon;
    this.strict = strict;
  }

  /**
   * The standard policy: values and texts presumed unchanged for 12 months after their
   * verification, within the revisions the law schedules.
   *
   * @return the policy
   */
  public static LawPolicy standard() {
    return STANDARD;
  }

  /**
   * The strict policy: a date after the verification of a value or a text it needs is refused.
   *
   * @return the policy
   */
  public static LawPolicy strict() {
    return STRICT;
  }

  /**
   * This policy with another horizon of presumption.
   *
   * @param horizon the period after a verification during which a value is presumed unchanged,
   *     not negative; {@link Period#ZERO} presumes nothing
   * @return the policy
   * @throws IllegalArgumentException if the horizon is negative or has a negative part
   */
  public LawPolicy withPresumptionHorizon(Period horizon) {
    Objects.requireNonNull(horizon, "horizon");
    if (horizon.isNegative()) {
      throw new IllegalArgumentException("the horizon of presumption cannot be negative: " + horizon);
    }
    return new LawPolicy(horizon, strict);
  }

  /**
   * This policy, strict or not.
   *
   * @param strict whether to refuse every presumption
   * @return the policy
   */
  public LawPolicy withStrict(boolean strict) {
    return new LawPolicy(horizon, strict);
  }

  /**
   * The period after a verification during which a value is presumed unchanged.
   *
   * @return the horizon
   */
  @com.fasterxml.jackson.annotation.JsonProperty("presumptionHorizon")
  public Period presumptionHorizon() {
    return horizon;
  }

  /**
   * Whether every presumption is refused.
   *
   * @return true under the strict policy
   */
  @com.fasterxml.jackson.annotation.JsonProperty("strict")
  public boolean isStrict() {
    return strict;
  }

  /**
   * The last day a value verified on a day is presumed unchanged under this policy, before any
   * revision the law schedules (which the caller applies).
   *
   * @param verifiedOn the day of the verification
   * @return the last day of presumption: the verification day itself under the strict policy
   */
  @com.fasterxml.jackson.annotation.JsonIgnore
  public LocalDate lastPresumedDay(LocalDate verifiedOn) {
    return strict ? verifiedOn : verifiedOn.plus(horizon);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LawPolicy && ((LawPolicy) o).horizon.equals(horizon) && ((LawPolicy) o).strict == strict;
  }

  @Override
  public int hashCode() {
    return horizon.hashCode() * 31 + Boolean.hashCode(strict);
  }

  @Override
  public String toString() {
    return strict ? "LawPolicy[strict]" : "LawPolicy[presumed for " + horizon + "]";
  }
}
