package io.github.essrules.rules.cae;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.essrules.core.EssStyle;
import io.github.essrules.core.validation.AccessorConstraints;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The figures of one financial year of an entrepreneur salarié's activity, for the remuneration
 * of C. trav. L7332-3, R7331-11 and R7331-12. Amounts in euros, to the cent.
 *
 * <pre>{@code
 * RemunerationFacts f = RemunerationFacts.builder()
 *     .fixedPartMonthly(new BigDecimal("1200")).monthsOfFixedPart(12)
 *     .turnover(new BigDecimal("48000")).directCharges(new BigDecimal("6000"))
 *     .contribution(ContributionRule.builder().base(ContributionRule.Base.TURNOVER)
 *         .rate(new BigDecimal("0.10")).build())
 *     .advancesPaid(new BigDecimal("12000"))
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@EssStyle
@Value.Immutable
@JsonSerialize(as = ImmutableRemunerationFacts.class)
@JsonDeserialize(as = ImmutableRemunerationFacts.class)
@AccessorConstraints
public abstract class RemunerationFacts {
  RemunerationFacts() {}

  /**
   * An identifier of the entrepreneur, for the output.
   *
   * @return the identifier
   */
  @JsonPropertyDescription("An identifier of the entrepreneur, for the output.")
  public abstract Optional<String> entrepreneurId();

  /**
   * The fixed part paid each month, set in the CESA (R7331-11, 1°).
   *
   * @return the amount, in euros
   */
  @JsonPropertyDescription("The fixed part of the remuneration paid each month, set in the CESA, in euros (C. trav. "
      + "R7331-11, 1°).")
  @NotNull
  @PositiveOrZero
  @Digits(integer = 12, fraction = 2)
  public abstract BigDecimal fixedPartMonthly();

  /**
   * The months of the year the fixed part was due.
   *
   * @return 0 to 12
   */
  @JsonPropertyDescription("The months of the year the fixed part was due, 0 to 12.")
  @NotNull
  @Min(0)
  @Max(12)
  public abstract Integer monthsOfFixedPart();

  /**
   * The turnover of the activity for the year (L7332-3).
   *
   * @return the amount, in euros
   */
  @JsonPropertyDescription("The turnover of the activity for the year, in euros (C. trav. L7332-3).")
  @NotNull
  @PositiveOrZero
  @Digits(integer = 12, fraction = 2)
  public abstract BigDecimal turnover();

  /**
   * The charges directly and exclusively tied to the activity (L7332-3).
   *
   * @return the amount, in euros
   */
  @JsonPropertyDescription("The charges directly and exclusively tied to the activity for the year, in euros (C. "
      + "trav. L7332-3).")
  @NotNull
  @PositiveOrZero
  @Digits(integer = 12, fraction = 2)
  public abstract BigDecimal directCharges();

  /**
   * The CAE's contribution rule.
   *
   * @return the rule
   */
  @JsonPropertyDescription("The CAE's rule for the contribution to the pooled services (C. trav. R7331-8; the law "
      + "sets no rate).")
  @NotNull
  @Valid
  public abstract ContributionRule contribution();

  /**
   * The advances on the variable part paid during the year (R7331-11).
   *
   * @return the amount, in euros
   */
  @JsonPropertyDescription("The advances on the variable part of the remuneration paid during the year, in euros (C. "
      + "trav. R7331-11).")
  @NotNull
  @PositiveOrZero
  @Digits(integer = 12, fraction = 2)
  public abstract BigDecimal advancesPaid();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static RemunerationFacts.Builder builder() {
    return new RemunerationFacts.Builder();
  }

  /**
   * A builder holding the attributes of this value, to change some of them and build a new value;
   * this one is left as it is.
   *
   * @return a new builder, filled from this value
   */
  public RemunerationFacts.Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Builds a {@link RemunerationFacts}: set its attributes, then call {@code build()}. A builder is
   * not thread-safe: use it where it is made.
   */
  public static final class Builder extends ImmutableRemunerationFacts.Builder {
    /** A builder with no attribute set, as {@link RemunerationFacts#builder()} gives. */
    public Builder() {}
  }
}
