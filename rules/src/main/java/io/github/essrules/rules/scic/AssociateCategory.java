package io.github.essrules.rules.scic;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.essrules.core.EssStyle;
import io.github.essrules.core.validation.AccessorConstraints;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A category of associés of a SCIC, with its members and the capital they hold.
 *
 * <p>Legal basis: loi n° 47-1775 du 10 septembre 1947, art. 19 septies (historical numbering): at
 * least three categories of associés, among them the beneficiaries and the salariés.
 *
 * <p>This class is immutable and thread-safe.
 */
@EssStyle
@Value.Immutable
@JsonSerialize(as = ImmutableAssociateCategory.class)
@JsonDeserialize(as = ImmutableAssociateCategory.class)
@AccessorConstraints
public abstract class AssociateCategory {
  AssociateCategory() {}

  /**
   * The category.
   *
   * @return the category
   */
  @JsonPropertyDescription("The category: SALARIES, PRODUCERS, BENEFICIARIES, COLLECTIVITES_PUBLIQUES, VOLUNTEERS or "
      + "OTHER_CONTRIBUTORS (loi n° 47-1775, art. 19 septies).")
  @NotNull
  public abstract ScicCategory category();

  /**
   * The statuts' name for it.
   *
   * @return the label
   */
  @JsonPropertyDescription("The statuts' name for the category.")
  public abstract Optional<@Size(min = 1, max = 100) String> label();

  /**
   * The number of associés in the category; at least one for the category to exist.
   *
   * @return the number
   */
  @JsonPropertyDescription("The number of associés in the category; at least one for the category to exist.")
  @NotNull
  @Min(1)
  public abstract Integer members();

  /**
   * The capital they hold.
   *
   * @return the amount, in euros
   */
  @JsonPropertyDescription("The capital the category holds, in euros.")
  public abstract Optional<@PositiveOrZero @Digits(integer = 12, fraction = 2) BigDecimal> capital();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static AssociateCategory.Builder builder() {
    return new AssociateCategory.Builder();
  }

  /**
   * A builder holding the attributes of this value, to change some of them and build a new value;
   * this one is left as it is.
   *
   * @return a new builder, filled from this value
   */
  public AssociateCategory.Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Builds a {@link AssociateCategory}: set its attributes, then call {@code build()}. A builder is
   * not thread-safe: use it where it is made.
   */
  public static final class Builder extends ImmutableAssociateCategory.Builder {
    /** A builder with no attribute set, as {@link AssociateCategory#builder()} gives. */
    public Builder() {}
  }
}
