package io.github.essrules.rules.foncier;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.essrules.core.EssStyle;
import io.github.essrules.core.validation.AccessorConstraints;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A resale in a community land trust and the formula its ground lease sets: an appreciation
 * share (the guide's Brussels formula and US practice), an index, or itemized additions. Only the
 * fields of the chosen formula are used; those it needs are checked.
 *
 * <p>Legal basis: none in French law — a community land trust's resale formula is a clause of its
 * own ground lease (the guide's Brussels trust). The result cites the guide's fiche Community Land
 * Trust Bruxelles, not an article.
 *
 * <p>This class is immutable and thread-safe.
 */
@EssStyle
@Value.Immutable
@JsonSerialize(as = ImmutableCltResaleFacts.class)
@JsonDeserialize(as = ImmutableCltResaleFacts.class)
@AccessorConstraints
public abstract class CltResaleFacts {
  CltResaleFacts() {}

  /** The resale formulas. */
  public enum Formula {
    /** Purchase price + a share of the increase in value, split between seller and trust. */
    APPRECIATION_SHARE,
    /** Purchase price × index at resale ÷ index at purchase. */
    INDEXED,
    /** Purchase price + improvements + a fixed yearly rate, simple or compound. */
    ITEMIZED
  }

  /** What the increase in value is measured from. */
  public enum IncreaseBase {
    /** The appraised value at purchase. */
    APPRAISED_AT_PURCHASE,
    /** The price paid at purchase. */
    PURCHASE_PRICE
  }

  /**
   * The formula.
   *
   * @return the formula
   */
  @JsonPropertyDescription("The resale formula the ground lease sets: APPRECIATION_SHARE (purchase price plus a "
      + "share of the increase in value), INDEXED (purchase price × index at resale ÷ index at "
      + "purchase) or ITEMIZED (purchase price plus improvements and a yearly rate). No French "
      + "text: a clause of the trust's own lease.")
  @NotNull
  public abstract Formula formula();

  /**
   * The price the seller paid.
   *
   * @return the amount, in euros
   */
  @JsonPropertyDescription("The price the seller paid, in euros.")
  @NotNull
  @Positive
  @Digits(integer = 12, fraction = 2)
  public abstract BigDecimal purchasePrice();

  /**
   * The appraised value at purchase (appreciation share).
   *
   * @return the amount, in euros
   */
  @JsonPropertyDescription("The appraised value at purchase, in euros (appreciation share).")
  public abstract Optional<@Positive @Digits(integer = 12, fraction = 2) BigDecimal> appraisedAtPurchase();

  /**
   * The appraised value at resale (appreciation share).
   *
   * @return the amount, in euros
   */
  @JsonPropertyDescription("The appraised value at resale, in euros (appreciation share).")
  public abstract Optional<@PositiveOrZero @Digits(integer = 12, fraction = 2) BigDecimal> appraisedAtResale();

  /**
   * What the increase is measured from; the appraised value at purchase by default.
   *
   * @return the base
   */
  @JsonPropertyDescription("What the increase in value is measured from (appreciation share): APPRAISED_AT_PURCHASE "
      + "when left out, or PURCHASE_PRICE.")
  @Value.Default
  public IncreaseBase increaseBase() {
    return IncreaseBase.APPRAISED_AT_PURCHASE;
  }

  /**
   * The seller's share of the increase: 25 % by default (Brussels).
   *
   * @return the share
   */
  @JsonPropertyDescription("The seller's share of the increase in value, as a fraction (appreciation share): 0.25 "
      + "when left out (Brussels); with the trust's share, at most 1.")
  @Value.Default
  @DecimalMin("0")
  @DecimalMax("1")
  public BigDecimal sellerShare() {
    return new BigDecimal("0.25");
  }

  /**
   * The trust's share of the increase: 6 % by default (Brussels).
   *
   * @return the share
   */
  @JsonPropertyDescription("The trust's share of the increase in value, as a fraction (appreciation share): 0.06 "
      + "when left out (Brussels); with the seller's share, at most 1.")
  @Value.Default
  @DecimalMin("0")
  @DecimalMax("1")
  public BigDecimal trustShare() {
    return new BigDecimal("0.06");
  }

  /**
   * Whether the seller's share is weighted by the investment ratio (price paid ÷ appraised value
   * at purchase), a US variant.
   *
   * @return the statement
   */
  @JsonPropertyDescription("Whether the seller's share is weighted by the investment ratio, price paid ÷ appraised "
      + "value at purchase (appreciation share, a US variant); false when left out.")
  @Value.Default
  public boolean investmentRatio() {
    return false;
  }

  /**
   * Whether a decrease in value is shared like an increase (the lease must say so); otherwise a
   * decrease leaves the price at the purchase price.
   *
   * @return the statement
   */
  @JsonPropertyDescription("Whether a decrease in value is shared like an increase (the lease must say so); "
      + "otherwise a decrease leaves the price at the purchase price; false when left out.")
  @Value.Default
  public boolean sharesLosses() {
    return false;
  }

  /**
   * The index at purchase (indexed formula).
   *
   * @return the value
   */
  @JsonPropertyDescription("The index at purchase (indexed formula).")
  public abstract Optional<@DecimalMin(value = "0", inclusive = false) BigDecimal> indexAtPurchase();

  /**
   * The index at resale (indexed formula).
   *
   * @return the value
   */
  @JsonPropertyDescription("The index at resale (indexed formula).")
  public abstract Optional<@DecimalMin(value = "0", inclusive = false) BigDecimal> indexAtResale();

  /**
   * The value of the capital improvements (itemized formula).
   *
   * @return the amount, in euros
   */
  @JsonPropertyDescription("The value of the capital improvements, in euros (itemized formula).")
  public abstract Optional<@PositiveOrZero @Digits(integer = 12, fraction = 2) BigDecimal> improvements();

  /**
   * The yearly rate (itemized formula), as a fraction.
   *
   * @return the rate
   */
  @JsonPropertyDescription("The yearly rate, as a fraction (itemized formula).")
  public abstract Optional<@DecimalMin("0") @DecimalMax("1") BigDecimal> yearlyRate();

  /**
   * The whole years of ownership (itemized formula).
   *
   * @return the years
   */
  @JsonPropertyDescription("The whole years of ownership, 0 to 99 (itemized formula).")
  public abstract Optional<@Min(0) @Max(99) Integer> years();

  /**
   * Whether the yearly rate compounds (itemized formula); simple otherwise.
   *
   * @return the statement
   */
  @JsonPropertyDescription("Whether the yearly rate compounds (itemized formula); simple otherwise, and when left "
      + "out.")
  @Value.Default
  public boolean compound() {
    return false;
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static CltResaleFacts.Builder builder() {
    return new CltResaleFacts.Builder();
  }

  /**
   * A builder holding the attributes of this value, to change some of them and build a new value;
   * this one is left as it is.
   *
   * @return a new builder, filled from this value
   */
  public CltResaleFacts.Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Builds a {@link CltResaleFacts}: set its attributes, then call {@code build()}. A builder is
   * not thread-safe: use it where it is made.
   */
  public static final class Builder extends ImmutableCltResaleFacts.Builder {
    /** A builder with no attribute set, as {@link CltResaleFacts#builder()} gives. */
    public Builder() {}
  }

  @AssertTrue(message = "{ess-rules:validation.clt.shares}")
  boolean sharesAtMostWhole() {
    return sellerShare() == null || trustShare() == null
        || sellerShare().add(trustShare()).compareTo(BigDecimal.ONE) <= 0;
  }

  @AssertTrue(message = "{ess-rules:validation.clt.formula-facts}")
  boolean factsOfTheFormula() {
    if (formula() == null) {
      return true;
    }
    switch (formula()) {
      case APPRECIATION_SHARE:
        return appraisedAtResale().isPresent()
            && (increaseBase() == IncreaseBase.PURCHASE_PRICE && !investmentRatio() || appraisedAtPurchase().isPresent());
      case INDEXED:
        return indexAtPurchase().isPresent() && indexAtResale().isPresent();
      default:
        return yearlyRate().isPresent() && years().isPresent();
    }
  }
}
