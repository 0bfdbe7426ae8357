package io.github.essrules.rules.association;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.essrules.core.EssStyle;
import io.github.essrules.core.validation.AccessorConstraints;
import io.github.essrules.core.validation.NotAfterAsOf;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A change an association must declare to the préfecture within three months (loi 1901, art. 5):
 * in its administration, its statuts, its registered office.
 *
 * <p>This class is immutable and thread-safe.
 */
@EssStyle
@Value.Immutable
@JsonSerialize(as = ImmutableStatutoryChange.class)
@JsonDeserialize(as = ImmutableStatutoryChange.class)
@AccessorConstraints
public abstract class StatutoryChange {
  StatutoryChange() {}

  /**
   * What changed, for the reports.
   *
   * @return the description
   */
  @JsonPropertyDescription("What changed, for the reports.")
  @NotNull
  @Size(min = 1, max = 200)
  public abstract String what();

  /**
   * The day the change was decided; not after the date asked about.
   *
   * @return the date
   */
  @JsonPropertyDescription("The day the change was decided, from which the three months to declare it run (loi 1901, "
      + "art. 5); not after the date asked about.")
  @NotNull
  @NotAfterAsOf
  public abstract LocalDate decidedOn();

  /**
   * The day it was declared, if it was; not after the date asked about.
   *
   * @return the date
   */
  @JsonPropertyDescription("The day the change was declared to the préfecture, if it was; not after the date asked "
      + "about.")
  public abstract Optional<@NotAfterAsOf LocalDate> declaredOn();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static StatutoryChange.Builder builder() {
    return new StatutoryChange.Builder();
  }

  /**
   * A builder holding the attributes of this value, to change some of them and build a new value;
   * this one is left as it is.
   *
   * @return a new builder, filled from this value
   */
  public StatutoryChange.Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Builds a {@link StatutoryChange}: set its attributes, then call {@code build()}. A builder is
   * not thread-safe: use it where it is made.
   */
  public static final class Builder extends ImmutableStatutoryChange.Builder {
    /** A builder with no attribute set, as {@link StatutoryChange#builder()} gives. */
    public Builder() {}
  }
}
