package io.github.essrules.rules.scic;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.essrules.core.EssStyle;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * The least allocation of a SCIC's surplus to its reserves, and what remains. See
 * {@link ScicRule#minimumAllocation(SurplusYear)}: {@code legalReserve + statutoryReserve +
 * remainder = surplus}, to the cent.
 *
 * <p>Legal basis: loi n° 47-1775 du 10 septembre 1947, art. 16 (legal reserve) and art. 19 nonies
 * (statutory reserve), read in secondary sources.
 *
 * <p>This class is immutable and thread-safe.
 */
@EssStyle
@Value.Immutable
@JsonSerialize(as = ImmutableSurplusAllocation.class)
@JsonDeserialize(as = ImmutableSurplusAllocation.class)
@JsonIgnoreProperties(value = "reservesTotal", allowGetters = true)
public abstract class SurplusAllocation {
  SurplusAllocation() {}

  /**
   * The surplus allocated.
   *
   * @return the amount, in euros
   */
  public abstract BigDecimal surplus();

  /**
   * The least allocation to the legal reserve: 15 % of the surplus while the reserves are below
   * the capital, else zero; rounded up to the cent.
   *
   * @return the amount, in euros
   */
  public abstract BigDecimal legalReserve();

  /**
   * The least allocation to the statutory reserve: 50 % of the surplus left after the legal
   * reserve; rounded up to the cent.
   *
   * @return the amount, in euros
   */
  public abstract BigDecimal statutoryReserve();

  /**
   * What the general meeting may allocate otherwise (more reserves, interest on shares, rebates
   * to associés): surplus − the two reserves.
   *
   * @return the amount, in euros
   */
  public abstract BigDecimal remainder();

  /**
   * The two reserves together: 57.5 % of the surplus while reserves are below the capital, 50 %
   * after.
   *
   * @return the amount, in euros
   */
  @Value.Derived
  public BigDecimal reservesTotal() {
    return legalReserve().add(statutoryReserve());
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static SurplusAllocation.Builder builder() {
    return new SurplusAllocation.Builder();
  }

  /**
   * A builder holding the attributes of this value, to change some of them and build a new value;
   * this one is left as it is.
   *
   * @return a new builder, filled from this value
   */
  public SurplusAllocation.Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Builds a {@link SurplusAllocation}: set its attributes, then call {@code build()}. A builder is
   * not thread-safe: use it where it is made.
   */
  public static final class Builder extends ImmutableSurplusAllocation.Builder {
    /** A builder with no attribute set, as {@link SurplusAllocation#builder()} gives. */
    public Builder() {}
  }
}
