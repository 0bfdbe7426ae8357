package io.github.essrules.rules.foncier;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.essrules.core.EssStyle;
import io.github.essrules.core.validation.AccessorConstraints;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A resale (mutation) of the rights of a bail réel solidaire: the lease, the resale date, the
 * improvement works and the price proposed.
 *
 * <p>Legal basis: CCH, art. L255-5 (on a mutation, the price is capped at the initial value,
 * actualised) and art. L255-10-1 (the price is computed as the lease provides); the OFS's lower
 * ceiling: art. L255-2. The regulatory method of décret n° 2017-1038 is not verified.
 *
 * <p>This class is immutable and thread-safe.
 */
@EssStyle
@Value.Immutable
@JsonSerialize(as = ImmutableBrsResaleFacts.class)
@JsonDeserialize(as = ImmutableBrsResaleFacts.class)
@AccessorConstraints
public abstract class BrsResaleFacts {
  BrsResaleFacts() {}

  /**
   * The lease.
   *
   * @return the lease
   */
  @JsonPropertyDescription("The bail réel solidaire and the resale terms it carries (CCH L255-1 et seq.).")
  @NotNull
  @Valid
  public abstract BrsLease lease();

  /**
   * The day of the resale (the date the index quarter is picked at).
   *
   * @return the date
   */
  @JsonPropertyDescription("The day of the resale (mutation), at which the index quarter at resale is picked (CCH "
      + "L255-5).")
  @NotNull
  public abstract LocalDate resaleDate();

  /**
   * The improvement works since the acquisition, if known; empty when there were none. Left out
   * while the lease adds the works ({@linkplain io.github.essrules.rules unknown and empty facts}),
   * the cap is computed without works — a floor, with a notice — and a price above it is
   * undetermined, naming {@code /works}.
   *
   * @return the works, if known
   */
  @JsonPropertyDescription("The improvement works since the acquisition; [] when there were none; left out while the "
      + "lease adds works, the cap is computed without them (a floor) and a price above it is "
      + "undetermined.")
  public abstract Optional<List<@NotNull @Valid Works>> works();

  /**
   * The price proposed for the rights, if any.
   *
   * @return the amount, in euros
   */
  @JsonPropertyDescription("The price proposed for the rights, in euros, if any: checked against the cap (CCH "
      + "L255-5).")
  public abstract Optional<@Positive @Digits(integer = 12, fraction = 2) BigDecimal> proposedPrice();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static BrsResaleFacts.Builder builder() {
    return new BrsResaleFacts.Builder();
  }

  /**
   * A builder holding the attributes of this value, to change some of them and build a new value;
   * this one is left as it is.
   *
   * @return a new builder, filled from this value
   */
  public BrsResaleFacts.Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Builds a {@link BrsResaleFacts}: set its attributes, then call {@code build()}. A builder is
   * not thread-safe: use it where it is made.
   */
  public static final class Builder extends ImmutableBrsResaleFacts.Builder {
    /** A builder with no attribute set, as {@link BrsResaleFacts#builder()} gives. */
    public Builder() {}
  }

  @AssertTrue(message = "{ess-rules:validation.foncier.resale-before-purchase}")
  boolean resaleAfterPurchase() {
    return lease() == null || resaleDate() == null || lease().initialPriceDate() == null
        || !resaleDate().isBefore(lease().initialPriceDate());
  }
}
