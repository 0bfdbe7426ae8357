package io.github.essrules.rules.financement;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.essrules.core.EssStyle;
import io.github.essrules.core.validation.AccessorConstraints;
import io.github.essrules.core.validation.NotAfterAsOf;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One subsidy an association received, for {@link AssociationComptes}: from whom, in cash or in
 * kind, how much, and when. That it is a subsidy (not the price of a public contract) is the
 * user's statement.
 *
 * <p>Legal basis: C. com., art. L612-4 [S].
 *
 * <p>This class is immutable and thread-safe.
 */
@EssStyle
@Value.Immutable
@JsonSerialize(as = ImmutablePublicSubsidy.class)
@JsonDeserialize(as = ImmutablePublicSubsidy.class)
@AccessorConstraints
public abstract class PublicSubsidy {
  PublicSubsidy() {}

  /**
   * Who granted it.
   *
   * @return the funder
   */
  @JsonPropertyDescription("Who granted the subsidy: only the autorités administratives (loi n° 2000-321, art. 1) and "
      + "the EPIC count (C. com., art. L612-4); a foreign State or a private funder does not.")
  @NotNull
  public abstract Funder funder();

  /**
   * Whether it was paid in cash.
   *
   * @return the statement
   */
  @JsonPropertyDescription("Whether the subsidy was paid in cash: only « subventions en numéraire » count (C. com., "
      + "art. L612-4, since loi n° 2014-856).")
  @NotNull
  public abstract Boolean inCash();

  /**
   * The amount received.
   *
   * @return the amount, in euros
   */
  @JsonPropertyDescription("The amount received, in euros.")
  @NotNull
  @DecimalMin("0")
  @Digits(integer = 12, fraction = 2)
  public abstract BigDecimal amount();

  /**
   * The day it was received.
   *
   * @return the date
   */
  @JsonPropertyDescription("The day the subsidy was received (« ayant reçu annuellement », C. com., art. L612-4): only "
      + "those received within the year counted are added. Not after the date asked about.")
  @NotNull
  @NotAfterAsOf
  public abstract LocalDate receivedOn();

  /**
   * What it was, for the reader.
   *
   * @return the description
   */
  @JsonPropertyDescription("What the subsidy was, for the reader (funder and object).")
  public abstract Optional<@Size(min = 1, max = 500) String> description();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static PublicSubsidy.Builder builder() {
    return new PublicSubsidy.Builder();
  }

  /**
   * A builder holding the attributes of this value, to change some of them and build a new value;
   * this one is left as it is.
   *
   * @return a new builder, filled from this value
   */
  public PublicSubsidy.Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Builds a {@link PublicSubsidy}: set its attributes, then call {@code build()}. A builder is not
   * thread-safe: use it where it is made.
   */
  public static final class Builder extends ImmutablePublicSubsidy.Builder {
    /** A builder with no attribute set, as {@link PublicSubsidy#builder()} gives. */
    public Builder() {}
  }
}
