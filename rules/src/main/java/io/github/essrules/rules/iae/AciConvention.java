package io.github.essrules.rules.iae;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.essrules.core.EssStyle;
import io.github.essrules.core.validation.AccessorConstraints;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A convention of the State with the carrier of one or more ateliers et chantiers d'insertion
 * (C. trav. R5132-27 to R5132-29): who holds it, its period, its insertion posts.
 *
 * <p>This class is immutable and thread-safe.
 */
@EssStyle
@Value.Immutable
@JsonSerialize(as = ImmutableAciConvention.class)
@JsonDeserialize(as = ImmutableAciConvention.class)
@AccessorConstraints
public abstract class AciConvention {
  AciConvention() {}

  /** The carriers R5132-27 lets the préfet conclude an ACI convention with. */
  public enum Holder {
    /** 1° A non-profit private-law body whose purpose is to hire persons in difficulty (an association). */
    NON_PROFIT_PRIVATE_BODY,
    /** 2° A centre communal or intercommunal d'action sociale. */
    CCAS_CIAS,
    /** 3° A commune. */
    COMMUNE,
    /** 4° An établissement public de coopération intercommunale. */
    EPCI,
    /** 5° A syndicat mixte. */
    SYNDICAT_MIXTE,
    /** 6° A département. */
    DEPARTEMENT,
    /** 7° A chambre d'agriculture. */
    CHAMBRE_AGRICULTURE,
    /** 8° A State professional or agricultural teaching establishment. */
    ETABLISSEMENT_ENSEIGNEMENT,
    /** 9° The Office national des forêts. */
    ONF,
    /** Any other body: not on the list. */
    OTHER
  }

  /**
   * The carrier's name.
   *
   * @return the name
   */
  @JsonPropertyDescription("The carrier's name.")
  @NotNull
  @Size(min = 1, max = 300)
  public abstract String holderName();

  /**
   * The kind of carrier.
   *
   * @return the kind
   */
  @JsonPropertyDescription("The kind of carrier: one of those C. trav. R5132-27 lets the préfet conclude an ACI "
      + "convention with (1° to 9°), or OTHER.")
  @NotNull
  public abstract Holder holder();

  /**
   * The first day of the convention.
   *
   * @return the date
   */
  @JsonPropertyDescription("The first day of the convention.")
  @NotNull
  public abstract LocalDate start();

  /**
   * The last day of the convention, included.
   *
   * @return the date
   */
  @JsonPropertyDescription("The last day of the convention, included; at most three years after its start (C. trav. "
      + "R5132-29).")
  @NotNull
  public abstract LocalDate end();

  /**
   * The insertion posts (full-time equivalents) the convention sets.
   *
   * @return the posts
   */
  @JsonPropertyDescription("The insertion posts (full-time equivalents) the convention sets.")
  public abstract Optional<@DecimalMin("0") BigDecimal> insertionPosts();

  /**
   * Whether the préfet consulted the commission (the CDIAE before 1 July 2024, the specialised
   * commission of the comité départemental pour l'emploi since) before concluding it.
   *
   * @return the statement
   */
  @JsonPropertyDescription("Whether the préfet consulted the commission before concluding the convention (C. trav. "
      + "R5132-27): the CDIAE before 1 July 2024, the specialised commission of the comité "
      + "départemental pour l'emploi since.")
  public abstract Optional<Boolean> commissionConsulted();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static AciConvention.Builder builder() {
    return new AciConvention.Builder();
  }

  /**
   * A builder holding the attributes of this value, to change some of them and build a new value;
   * this one is left as it is.
   *
   * @return a new builder, filled from this value
   */
  public AciConvention.Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Builds a {@link AciConvention}: set its attributes, then call {@code build()}. A builder is not
   * thread-safe: use it where it is made.
   */
  public static final class Builder extends ImmutableAciConvention.Builder {
    /** A builder with no attribute set, as {@link AciConvention#builder()} gives. */
    public Builder() {}
  }

  @AssertTrue(message = "{ess-rules:validation.iae.convention-dates}")
  boolean endsAfterItStarts() {
    return start() == null || end() == null || !end().isBefore(start());
  }
}
