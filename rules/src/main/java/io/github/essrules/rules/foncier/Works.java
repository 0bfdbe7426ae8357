package io.github.essrules.rules.foncier;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.essrules.core.EssStyle;
import io.github.essrules.core.validation.AccessorConstraints;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Improvement works between the acquisition and the resale, valued as the lease says.
 *
 * <p>This class is immutable and thread-safe.
 */
@EssStyle
@Value.Immutable
@JsonSerialize(as = ImmutableWorks.class)
@JsonDeserialize(as = ImmutableWorks.class)
@AccessorConstraints
public abstract class Works {
  Works() {}

  /**
   * What was done.
   *
   * @return the description
   */
  @JsonPropertyDescription("What was done.")
  @NotNull
  @Size(min = 1, max = 200)
  public abstract String description();

  /**
   * The value the lease's method gives the works.
   *
   * @return the amount, in euros
   */
  @JsonPropertyDescription("The value the lease's method gives the works, in euros.")
  @NotNull
  @PositiveOrZero
  @Digits(integer = 12, fraction = 2)
  public abstract BigDecimal value();

  /**
   * When they were done.
   *
   * @return the date
   */
  @JsonPropertyDescription("When the works were done.")
  public abstract Optional<LocalDate> doneOn();

  /**
   * Whether they adapted the premises to the seller's own activity (BRS d'activité: excluded,
   * CCH R256-2); needed only there.
   *
   * @return the statement
   */
  @JsonPropertyDescription("Whether the works adapted the premises to the seller's own activity: excluded from the "
      + "cap of a BRS d'activité (CCH R256-2); needed only there.")
  public abstract Optional<Boolean> adaptationToActivity();

  /**
   * Works.
   *
   * @param description what was done
   * @param value their value
   * @return the works
   */
  public static Works of(String description, BigDecimal value) {
    return Works.builder().description(description).value(value).build();
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Works.Builder builder() {
    return new Works.Builder();
  }

  /**
   * A builder holding the attributes of this value, to change some of them and build a new value;
   * this one is left as it is.
   *
   * @return a new builder, filled from this value
   */
  public Works.Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Builds a {@link Works}: set its attributes, then call {@code build()}. A builder is not
   * thread-safe: use it where it is made.
   */
  public static final class Builder extends ImmutableWorks.Builder {
    /** A builder with no attribute set, as {@link Works#builder()} gives. */
    public Builder() {}
  }
}
