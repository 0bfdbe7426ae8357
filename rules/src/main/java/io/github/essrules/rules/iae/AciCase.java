package io.github.essrules.rules.iae;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.essrules.core.EssStyle;
import io.github.essrules.core.validation.AccessorConstraints;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An atelier et chantier d'insertion: its convention and, optionally, a period's sales.
 *
 * <p>Legal basis: C. trav., art. R5132-27 (the carriers of an ACI's convention), R5132-29 (at most
 * three years) and D5132-34 (sales receipts below 30 % of the charges, up to 50 % with the
 * préfet's derogation).
 *
 * <p>This class is immutable and thread-safe.
 */
@EssStyle
@Value.Immutable
@JsonSerialize(as = ImmutableAciCase.class)
@JsonDeserialize(as = ImmutableAciCase.class)
@AccessorConstraints
public abstract class AciCase {
  AciCase() {}

  /**
   * The convention.
   *
   * @return the convention
   */
  @JsonPropertyDescription("The State's convention with the carrier of the atelier et chantier d'insertion (C. trav. "
      + "R5132-27 to R5132-29).")
  @NotNull
  @Valid
  public abstract AciConvention convention();

  /**
   * A period's sales, for the sales limit.
   *
   * @return the figures
   */
  @JsonPropertyDescription("A period's sales receipts and the charges of the activities, for the sales limit of C. "
      + "trav. D5132-34; left out, the sales limit is not checked.")
  public abstract Optional<@Valid SalesFigures> sales();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static AciCase.Builder builder() {
    return new AciCase.Builder();
  }

  /**
   * A builder holding the attributes of this value, to change some of them and build a new value;
   * this one is left as it is.
   *
   * @return a new builder, filled from this value
   */
  public AciCase.Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Builds a {@link AciCase}: set its attributes, then call {@code build()}. A builder is not
   * thread-safe: use it where it is made.
   */
  public static final class Builder extends ImmutableAciCase.Builder {
    /** A builder with no attribute set, as {@link AciCase#builder()} gives. */
    public Builder() {}
  }
}
