package io.github.essrules.rules.financement;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.essrules.core.EssStyle;
import io.github.essrules.core.validation.AccessorConstraints;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The public subsidies an association received in a year, for {@link AssociationComptes}.
 *
 * <p>Legal basis: C. com., art. L612-4 [S]; whether "annuellement" means the financial year or the
 * calendar year is not confirmed [?]: the user states which year the list covers.
 *
 * <p>This class is immutable and thread-safe.
 */
@EssStyle
@Value.Immutable
@JsonSerialize(as = ImmutableAssociationSubsidies.class)
@JsonDeserialize(as = ImmutableAssociationSubsidies.class)
@AccessorConstraints
public abstract class AssociationSubsidies {
  AssociationSubsidies() {}

  /** Which year "annuellement" counts, as the user reads it. */
  public enum YearBasis {
    /** The association's financial year. */
    FINANCIAL_YEAR,
    /** The calendar year. */
    CALENDAR_YEAR
  }

  /**
   * Which year the subsidies are counted over.
   *
   * @return the basis
   */
  @JsonPropertyDescription("Which year « annuellement » counts (C. com., art. L612-4): FINANCIAL_YEAR or CALENDAR_YEAR; "
      + "the text read does not say (not confirmed), so the user states it.")
  @NotNull
  public abstract YearBasis yearBasis();

  /**
   * The first day of the year counted.
   *
   * @return the date
   */
  @JsonPropertyDescription("The first day of the year counted (C. com., art. L612-4: « annuellement »).")
  @NotNull
  public abstract LocalDate yearStart();

  /**
   * The last day of the year counted.
   *
   * @return the date
   */
  @JsonPropertyDescription("The last day of the year counted; the threshold in force that day applies.")
  @NotNull
  public abstract LocalDate yearEnd();

  /**
   * The subsidies received, in cash or in kind, from any funder; an empty list says there were
   * none.
   *
   * @return the subsidies
   */
  @JsonPropertyDescription("The subsidies received, from any funder, in cash or in kind (only cash subsidies of the "
      + "autorités administratives and EPIC received within the year count, C. com., art. L612-4); [] if none.")
  public abstract Optional<List<@Valid @NotNull PublicSubsidy>> subsidies();

  /**
   * The day the general meeting approved the accounts of the year, if it has.
   *
   * @return the date
   */
  @JsonPropertyDescription("The day the accounts of the year were approved, if they were: they are published within "
      + "three months (décret n° 2010-31, secondary source).")
  public abstract Optional<LocalDate> accountsApprovedOn();

  // Boolean, not boolean: a JavaBeans getter would be seen by a standard validator itself, besides
  // @AccessorConstraints, and reported twice
  @AssertTrue(message = "{ess-rules:validation.association-comptes.year}")
  Boolean isAYear() {
    return yearStart() == null || yearEnd() == null || !yearEnd().isBefore(yearStart());
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static AssociationSubsidies.Builder builder() {
    return new AssociationSubsidies.Builder();
  }

  /**
   * A builder holding the attributes of this value, to change some of them and build a new value;
   * this one is left as it is.
   *
   * @return a new builder, filled from this value
   */
  public AssociationSubsidies.Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Builds a {@link AssociationSubsidies}: set its attributes, then call {@code build()}. A builder
   * is not thread-safe: use it where it is made.
   */
  public static final class Builder extends ImmutableAssociationSubsidies.Builder {
    /** A builder with no attribute set, as {@link AssociationSubsidies#builder()} gives. */
    public Builder() {}
  }
}
