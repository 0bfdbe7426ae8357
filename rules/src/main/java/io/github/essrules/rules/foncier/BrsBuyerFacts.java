package io.github.essrules.rules.foncier;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.essrules.core.EssStyle;
import io.github.essrules.core.validation.AccessorConstraints;
import io.github.essrules.core.validation.FrenchIdentifier;
import io.github.essrules.core.validation.NotAfterAsOf;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A household applying to buy the rights of a bail réel solidaire (CCH R255-1, R255-1-1).
 *
 * <p>This class is immutable and thread-safe.
 */
@EssStyle
@Value.Immutable
@JsonSerialize(as = ImmutableBrsBuyerFacts.class)
@JsonDeserialize(as = ImmutableBrsBuyerFacts.class)
@AccessorConstraints
public abstract class BrsBuyerFacts {
  BrsBuyerFacts() {}

  /**
   * The INSEE code of the commune of the dwelling.
   *
   * @return the code
   */
  @JsonPropertyDescription("The INSEE code of the commune of the dwelling, which gives its zone (A bis, A, B1, B2 or "
      + "C).")
  @NotNull
  @FrenchIdentifier(FrenchIdentifier.Kind.INSEE_COMMUNE)
  public abstract String commune();

  /**
   * The zone of the commune on the application date, stated by the user from the zoning then in
   * force, for a date the shipped table does not answer for: a commune reclassified by the zoning in
   * force since 5 July 2024, for an application before that day (see
   * {@link Zoning#zoneOn(String, LocalDate)}). The library does not check it: a verdict resting on it
   * says so and is {@link io.github.essrules.core.law.Confidence#UNCONFIRMED}. Where the table gives
   * the zone, the table's zone applies and a different stated zone is reported in a notice.
   *
   * @return the zone, or empty if not stated
   */
  @JsonPropertyDescription("The zone of the commune on the application date, stated by the user from the zoning then "
      + "in force, for a commune reclassified on 5 July 2024 and an application before that day; "
      + "not checked by the library (the verdict is then unconfirmed), and ignored where the "
      + "shipped table gives the zone.")
  public abstract Optional<Zone> statedZone();

  /**
   * The number of persons in the household.
   *
   * @return 1 or more
   */
  @JsonPropertyDescription("The number of persons in the household (CCH R255-1: the ceiling depends on it).")
  @NotNull
  @Min(1)
  @Max(30)
  public abstract Integer householdSize();

  /**
   * The household's revenu fiscal de référence of year N-2.
   *
   * @return the amount, in euros
   */
  @JsonPropertyDescription("The household's revenu fiscal de référence of year N-2, in euros, compared with the "
      + "ceiling of year N (CCH R255-1).")
  @NotNull
  @PositiveOrZero
  @Digits(integer = 12, fraction = 2)
  public abstract BigDecimal referenceTaxIncome();

  /**
   * The day of the offer or application: its year is year N. Not after the date asked about.
   *
   * @return the date
   */
  @JsonPropertyDescription("The day of the offer or application: its year is year N and it gives the zone in force "
      + "(CCH R255-1). Not after the date asked about.")
  @NotNull
  @NotAfterAsOf
  public abstract LocalDate applicationDate();

  /**
   * Whether the household owns a dwelling suited to its needs (R255-1-1: the buyer states, on
   * oath, that it does not).
   *
   * @return the statement
   */
  @JsonPropertyDescription("Whether the household owns a dwelling suited to its needs (CCH R255-1-1: the buyer "
      + "states, on oath, that it does not).")
  public abstract Optional<Boolean> ownsSuitableHome();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static BrsBuyerFacts.Builder builder() {
    return new BrsBuyerFacts.Builder();
  }

  /**
   * A builder holding the attributes of this value, to change some of them and build a new value;
   * this one is left as it is.
   *
   * @return a new builder, filled from this value
   */
  public BrsBuyerFacts.Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Builds a {@link BrsBuyerFacts}: set its attributes, then call {@code build()}. A builder is not
   * thread-safe: use it where it is made.
   */
  public static final class Builder extends ImmutableBrsBuyerFacts.Builder {
    /** A builder with no attribute set, as {@link BrsBuyerFacts#builder()} gives. */
    public Builder() {}
  }
}
