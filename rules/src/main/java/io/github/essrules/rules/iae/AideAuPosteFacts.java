package io.github.essrules.rules.iae;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.essrules.core.EssStyle;
import io.github.essrules.core.validation.AccessorConstraints;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What the aide au poste d'insertion of a structure is computed from (C. trav. R5132-37,
 * R5132-38): the kind of structure, the posts occupied month by month in full-time equivalents,
 * the posts the convention sets, and the modulated part the préfet decided.
 *
 * <p>This class is immutable and thread-safe.
 */
@EssStyle
@Value.Immutable
@JsonSerialize(as = ImmutableAideAuPosteFacts.class)
@JsonDeserialize(as = ImmutableAideAuPosteFacts.class)
@AccessorConstraints
public abstract class AideAuPosteFacts {
  AideAuPosteFacts() {}

  /** The kinds of structure with an aide au poste the library knows. */
  public enum Structure {
    /** Atelier et chantier d'insertion. */
    ACI,
    /** Entreprise d'insertion. */
    EI,
    /** Entreprise de travail temporaire d'insertion. */
    ETTI,
    /** Association intermédiaire. */
    AI
  }

  /** The posts occupied during one month. */
  @EssStyle
  @Value.Immutable
  @JsonSerialize(as = ImmutableMonthOccupancy.class)
  @JsonDeserialize(as = ImmutableMonthOccupancy.class)
  @AccessorConstraints
  public abstract static class MonthOccupancy {
    MonthOccupancy() {}

    /**
     * The month.
     *
     * @return the month
     */
    @JsonPropertyDescription("The month, YYYY-MM.")
    @NotNull
    public abstract YearMonth month();

    /**
     * The insertion posts occupied, in full-time equivalents over the month.
     *
     * @return the FTE
     */
    @JsonPropertyDescription("The insertion posts occupied, in full-time equivalents over the month.")
    @NotNull
    @DecimalMin("0")
    @DecimalMax("10000")
    public abstract BigDecimal fte();

    /**
     * An occupancy.
     *
     * @param month the month
     * @param fte the full-time equivalents
     * @return the value
     */
    public static MonthOccupancy of(YearMonth month, BigDecimal fte) {
      return MonthOccupancy.builder().month(month).fte(fte).build();
    }

    /**
     * A builder.
     *
     * @return a new builder
     */
    public static MonthOccupancy.Builder builder() {
      return new MonthOccupancy.Builder();
    }

    /**
     * A builder holding the attributes of this value, to change some of them and build a new value;
     * this one is left as it is.
     *
     * @return a new builder, filled from this value
     */
    public MonthOccupancy.Builder toBuilder() {
      return builder().from(this);
    }

    /**
     * Builds a {@link AideAuPosteFacts.MonthOccupancy}: set its attributes, then call {@code
     * build()}. A builder is not thread-safe: use it where it is made.
     */
    public static final class Builder extends ImmutableMonthOccupancy.Builder {
      /**
       * A builder with no attribute set, as {@link AideAuPosteFacts.MonthOccupancy#builder()}
       * gives.
       */
      public Builder() {}
    }
  }

  /**
   * The kind of structure.
   *
   * @return the kind
   */
  @JsonPropertyDescription("The kind of structure the aide au poste is paid to: ACI, EI, ETTI or AI.")
  @NotNull
  public abstract Structure structure();

  /**
   * The posts occupied, one entry per month; at least one (left out or empty, the facts are
   * refused, see {@linkplain io.github.essrules.rules unknown and empty facts}).
   *
   * @return the months
   */
  @JsonPropertyDescription("The insertion posts occupied, one entry per month; at least one (C. trav. R5132-37: the "
      + "aid is reduced in proportion to the occupation).")
  @Size(min = 1)
  public abstract List<@NotNull @Valid MonthOccupancy> occupancy();

  /**
   * The insertion posts (FTE) the convention sets: the aid is paid within that number.
   *
   * @return the posts
   */
  @JsonPropertyDescription("The insertion posts (full-time equivalents) the convention sets: the aid is paid within "
      + "that number.")
  public abstract Optional<@DecimalMin("0") BigDecimal> conventionPosts();

  /**
   * The modulated part the préfet decided, as a fraction of the socle. Every structure's aid
   * "comprend un montant socle et un montant modulé" (C. trav. R5132-7 for EI, R5132-10-12 for
   * ETTI, R5132-23 for AI, R5132-37 for ACI [V]), the maximum being set by arrêté "dans la limite
   * d'un pourcentage du montant socle": 10 % in the arrêtés [S], 5 % for persons detained (EI and
   * ACI only, the articles of ETTI and AI having no such variant).
   *
   * @return the rate
   */
  @JsonPropertyDescription("The modulated part the préfet decided, as a fraction of the socle (C. trav. R5132-7, "
      + "R5132-10-12, R5132-23, R5132-37): at most 0.10 (10 %), 0.05 for persons detained; 0 when "
      + "left out.")
  @Value.Default
  @DecimalMin("0")
  @DecimalMax("0.10")
  public BigDecimal modulatedRate() {
    return BigDecimal.ZERO;
  }

  /**
   * Whether the posts are held by persons detained under a contrat d'emploi pénitentiaire
   * (modulated part at most 5 %).
   *
   * @return the statement
   */
  @JsonPropertyDescription("Whether the posts are held by persons detained under a contrat d'emploi pénitentiaire "
      + "(modulated part at most 5 %, EI and ACI only).")
  @Value.Default
  public boolean penitentiary() {
    return false;
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static AideAuPosteFacts.Builder builder() {
    return new AideAuPosteFacts.Builder();
  }

  /**
   * A builder holding the attributes of this value, to change some of them and build a new value;
   * this one is left as it is.
   *
   * @return a new builder, filled from this value
   */
  public AideAuPosteFacts.Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Builds a {@link AideAuPosteFacts}: set its attributes, then call {@code build()}. A builder is
   * not thread-safe: use it where it is made.
   */
  public static final class Builder extends ImmutableAideAuPosteFacts.Builder {
    /** A builder with no attribute set, as {@link AideAuPosteFacts#builder()} gives. */
    public Builder() {}
  }

  @AssertTrue(message = "{ess-rules:validation.iae.modulated}")
  boolean modulatedRateAllowed() {
    if (modulatedRate() == null || structure() == null) {
      return true;
    }
    if (penitentiary() && (structure() == Structure.ETTI || structure() == Structure.AI)) {
      return false;
    }
    return !penitentiary() || modulatedRate().compareTo(new BigDecimal("0.05")) <= 0;
  }

  @AssertTrue(message = "{ess-rules:validation.iae.months}")
  boolean eachMonthOnce() {
    Set<YearMonth> seen = new HashSet<>();
    for (MonthOccupancy m : occupancy()) {
      if (m != null && m.month() != null && !seen.add(m.month())) {
        return false;
      }
    }
    return true;
  }
}
