package io.github.essrules.rules.ville;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.essrules.core.EssStyle;
import io.github.essrules.core.validation.AccessorConstraints;
import io.github.essrules.rules.structure.Organisation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An organisation that wants to bid for a public contract reserved under the Code de la commande
 * publique, and what the reservation asks of it.
 *
 * <p>This class is immutable and thread-safe.
 */
@EssStyle
@Value.Immutable
@JsonSerialize(as = ImmutableReservedBidderFacts.class)
@JsonDeserialize(as = ImmutableReservedBidderFacts.class)
@AccessorConstraints
public abstract class ReservedBidderFacts {
  ReservedBidderFacts() {}

  /** The reservations. */
  public enum Reservation {
    /** L2113-12: entreprises adaptées and ESAT. */
    L2113_12,
    /** L2113-13: structures of the insertion par l'activité économique and equivalents. */
    L2113_13,
    /** L2113-15: certain health, social and cultural services, to ESS enterprises. */
    L2113_15
  }

  /**
   * The bidder.
   *
   * @return the organisation
   */
  @JsonPropertyDescription("The bidder: its legal form and qualifications, among them its SIAE conventions (Code de "
      + "la commande publique L2113-13).")
  @NotNull
  @Valid
  public abstract Organisation organisation();

  /**
   * The reservation of the contract.
   *
   * @return the article
   */
  @JsonPropertyDescription("The reservation of the contract (Code de la commande publique): L2113_12 (entreprises "
      + "adaptées and ESAT), L2113_13 (structures of the insertion par l'activité économique and "
      + "equivalents), L2113_15 (certain health, social and cultural services, to ESS "
      + "enterprises).")
  @NotNull
  public abstract Reservation reservation();

  /**
   * Whether the bidder is an entreprise adaptée or an ESAT (L2113-12).
   *
   * @return the statement
   */
  @JsonPropertyDescription("Whether the bidder is an entreprise adaptée or an ESAT (Code de la commande publique "
      + "L2113-12).")
  public abstract Optional<Boolean> entrepriseAdapteeOrEsat();

  /**
   * The share of disabled or disadvantaged workers among the bidder's workers.
   *
   * @return the share
   */
  @JsonPropertyDescription("The share of disabled or disadvantaged workers among the bidder's workers, as a fraction "
      + "(Code de la commande publique L2113-12 and L2113-13: at least 0.50).")
  public abstract Optional<@DecimalMin("0") @DecimalMax("1") BigDecimal> disadvantagedShare();

  /**
   * Whether the bidder belongs to the ESS (loi n° 2014-856, art. 1; see the ess-membership rule).
   *
   * @return the statement
   */
  @JsonPropertyDescription("Whether the bidder belongs to the ESS (loi n° 2014-856, art. 1; see the rule "
      + "ess-membership), for Code de la commande publique L2113-15.")
  public abstract Optional<Boolean> essMember();

  /**
   * The contract's duration (L2113-15).
   *
   * @return the years
   */
  @JsonPropertyDescription("The contract's duration in years, 1 to 20 (Code de la commande publique L2113-15: at "
      + "most three years).")
  public abstract Optional<@Min(1) @Max(20) Integer> contractYears();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ReservedBidderFacts.Builder builder() {
    return new ReservedBidderFacts.Builder();
  }

  /**
   * A builder holding the attributes of this value, to change some of them and build a new value;
   * this one is left as it is.
   *
   * @return a new builder, filled from this value
   */
  public ReservedBidderFacts.Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Builds a {@link ReservedBidderFacts}: set its attributes, then call {@code build()}. A builder
   * is not thread-safe: use it where it is made.
   */
  public static final class Builder extends ImmutableReservedBidderFacts.Builder {
    /** A builder with no attribute set, as {@link ReservedBidderFacts#builder()} gives. */
    public Builder() {}
  }
}
