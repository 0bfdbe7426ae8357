package io.github.essrules.rules.ville;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.essrules.core.EssStyle;
import io.github.essrules.core.validation.AccessorConstraints;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * A candidate area for a simulation of the QPV criteria (loi n° 2014-173, art. 5; décret
 * n° 2014-767): its population, its unité urbaine, and the median incomes per consumption unit.
 *
 * <p>This class is immutable and thread-safe.
 */
@EssStyle
@Value.Immutable
@JsonSerialize(as = ImmutableQpvCriteriaFacts.class)
@JsonDeserialize(as = ImmutableQpvCriteriaFacts.class)
@AccessorConstraints
public abstract class QpvCriteriaFacts {
  QpvCriteriaFacts() {}

  /**
   * The inhabitants of the area.
   *
   * @return the population
   */
  @JsonPropertyDescription("The inhabitants of the candidate area: at least 1 000 (loi n° 2014-173, art. 5; décret "
      + "n° 2014-767).")
  @NotNull
  @Min(0)
  public abstract Integer population();

  /**
   * The inhabitants of the INSEE unité urbaine the area lies in.
   *
   * @return the population
   */
  @JsonPropertyDescription("The inhabitants of the INSEE unité urbaine the area lies in: at least 10 000 (loi n° "
      + "2014-173, art. 5; décret n° 2014-767).")
  @NotNull
  @Min(0)
  public abstract Integer uniteUrbainePopulation();

  /**
   * The median income per consumption unit of the area's inhabitants.
   *
   * @return the amount, in euros a year
   */
  @JsonPropertyDescription("The median income per consumption unit of the area's inhabitants, in euros, compared "
      + "with the threshold of décret n° 2014-767.")
  @NotNull
  @PositiveOrZero
  @Digits(integer = 9, fraction = 2)
  public abstract BigDecimal medianIncome();

  /**
   * The national median income per consumption unit.
   *
   * @return the amount, in euros a year
   */
  @JsonPropertyDescription("The national median income per consumption unit, in euros (décret n° 2014-767).")
  @NotNull
  @Positive
  @Digits(integer = 9, fraction = 2)
  public abstract BigDecimal nationalMedianIncome();

  /**
   * The median income per consumption unit of the unité urbaine.
   *
   * @return the amount, in euros a year
   */
  @JsonPropertyDescription("The median income per consumption unit of the unité urbaine, in euros (décret n° "
      + "2014-767).")
  @NotNull
  @Positive
  @Digits(integer = 9, fraction = 2)
  public abstract BigDecimal uniteUrbaineMedianIncome();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static QpvCriteriaFacts.Builder builder() {
    return new QpvCriteriaFacts.Builder();
  }

  /**
   * A builder holding the attributes of this value, to change some of them and build a new value;
   * this one is left as it is.
   *
   * @return a new builder, filled from this value
   */
  public QpvCriteriaFacts.Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Builds a {@link QpvCriteriaFacts}: set its attributes, then call {@code build()}. A builder is
   * not thread-safe: use it where it is made.
   */
  public static final class Builder extends ImmutableQpvCriteriaFacts.Builder {
    /** A builder with no attribute set, as {@link QpvCriteriaFacts#builder()} gives. */
    public Builder() {}
  }
}
