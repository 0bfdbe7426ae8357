package io.github.essrules.rules.aides;

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
import org.immutables.value.Value;

/**
 * One de minimis aid: the day it was granted, its gross amount, the regulation it was granted
 * under (general or SIEG), the undertaking that received it and the body that granted it.
 *
 * <p>Legal basis: Règlements (UE) n° 1407/2013, 2023/2831 (general) and n° 360/2012, 2023/2832
 * (SIEG) — identified on EUR-Lex, articles not read [S]: the aid is granted when the legal right
 * to receive it is conferred, whatever the day it is paid [S: EUR-Lex summary].
 *
 * <p>This class is immutable and thread-safe.
 */
@EssStyle
@Value.Immutable
@JsonSerialize(as = ImmutableDeMinimisAid.class)
@JsonDeserialize(as = ImmutableDeMinimisAid.class)
@AccessorConstraints
public abstract class DeMinimisAid {
  DeMinimisAid() {}

  /** The de minimis regulation an aid is granted under. */
  public enum Regime {
    /** General de minimis aid (Règl. (UE) n° 1407/2013, then 2023/2831). */
    GENERAL,
    /** De minimis aid to an undertaking providing a service of general economic interest (Règl. n° 360/2012, then 2023/2832). */
    SIEG
  }

  /**
   * The day the aid was granted: the day the legal right to receive it was conferred, not the day
   * of payment. It may be after the date asked about for a planned aid (a simulation).
   *
   * @return the date
   */
  @JsonPropertyDescription("The day the aid was granted: the day the legal right to receive it was conferred, "
      + "whatever the day of payment (Règl. (UE) 2023/2831, as summarised by EUR-Lex [S]). A planned aid may be "
      + "granted after the date asked about.")
  @NotNull
  public abstract LocalDate grantedOn();

  /**
   * The gross amount granted, in euros.
   *
   * @return the amount
   */
  @JsonPropertyDescription("The gross amount granted, in euros (cents at most).")
  @NotNull
  @PositiveOrZero
  @Digits(integer = 12, fraction = 2)
  public abstract BigDecimal amount();

  /**
   * The regulation the aid was granted under.
   *
   * @return the regime
   */
  @JsonPropertyDescription("The regulation the aid was granted under: GENERAL (Règl. (UE) n° 1407/2013, then "
      + "2023/2831) or SIEG (n° 360/2012, then 2023/2832).")
  @NotNull
  public abstract Regime regime();

  /**
   * The undertaking that received the aid: the applicant or one of the undertakings linked to it
   * (declared in {@link DeMinimisFacts#linkedUndertakings()}).
   *
   * @return the name or identifier, as the facts spell it
   */
  @JsonPropertyDescription("The undertaking that received the aid, spelt as in /undertaking or /linkedUndertakings: "
      + "aid to any member of the single undertaking counts (Règl. (UE) 2023/2831 [S]).")
  @NotNull
  @Size(min = 1, max = 200)
  public abstract String recipient();

  /**
   * The body that granted the aid.
   *
   * @return its name
   */
  @JsonPropertyDescription("The body that granted the aid (State, région, département, commune, EPCI…): listed, "
      + "it does not change the sum (every de minimis aid granted by the Member State counts).")
  @NotNull
  @Size(min = 1, max = 200)
  public abstract String grantor();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static DeMinimisAid.Builder builder() {
    return new DeMinimisAid.Builder();
  }

  /**
   * A builder holding the attributes of this value, to change some of them and build a new value;
   * this one is left as it is.
   *
   * @return a new builder, filled from this value
   */
  public DeMinimisAid.Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Builds a {@link DeMinimisAid}: set its attributes, then call {@code build()}. A builder is not
   * thread-safe: use it where it is made.
   */
  public static final class Builder extends ImmutableDeMinimisAid.Builder {
    /** A builder with no attribute set, as {@link DeMinimisAid#builder()} gives. */
    public Builder() {}
  }
}
