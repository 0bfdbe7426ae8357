package io.github.essrules.rules.scic;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.essrules.core.EssStyle;
import io.github.essrules.core.validation.AccessorConstraints;
import io.github.essrules.rules.ess.LegalForm;
import io.github.essrules.rules.structure.Organisation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A SCIC and the facts {@link ScicRule} checks: form and variable capital, categories of
 * associés, voting colleges, a year's surplus and the interest on shares.
 *
 * <p>This class is immutable and thread-safe.
 */
@EssStyle
@Value.Immutable
@JsonSerialize(as = ImmutableScicCase.class)
@JsonDeserialize(as = ImmutableScicCase.class)
@AccessorConstraints
public abstract class ScicCase {
  ScicCase() {}

  /**
   * The SCIC.
   *
   * @return the organisation
   */
  @JsonPropertyDescription("The SCIC: form SA, SARL or (since 2 August 2014) SAS (loi n° 47-1775, art. 19 "
      + "quinquies).")
  @NotNull
  @Valid
  public abstract Organisation organisation();

  /**
   * Whether the capital is variable (art. 19 quinquies).
   *
   * @return the statement
   */
  @JsonPropertyDescription("Whether the capital is variable (loi n° 47-1775, art. 19 quinquies).")
  public abstract Optional<Boolean> variableCapital();

  /**
   * Whether the SCIC employs salariés; when not, the producers replace them among the
   * required categories.
   *
   * @return the statement
   */
  @JsonPropertyDescription("Whether the SCIC employs salariés; when not, the producers replace them among the "
      + "required categories (loi n° 47-1775, art. 19 septies).")
  public abstract Optional<Boolean> hasSalaries();

  /**
   * The categories of associés, if known; empty when the SCIC has none. Left out, the categories
   * and the public capital are undetermined ({@linkplain io.github.essrules.rules unknown and
   * empty facts}).
   *
   * @return the categories, if known
   */
  @JsonPropertyDescription("The categories of associés (loi n° 47-1775, art. 19 septies: at least three, among them "
      + "the beneficiaries and the salariés; collectivités publiques at most 50 % of the "
      + "capital); left out, unknown; [] when there is none.")
  public abstract Optional<List<@NotNull @Valid AssociateCategory>> associateCategories();

  /**
   * The voting colleges, if known: empty when the statuts use none (one associé, one vote). Left
   * out, the colleges are undetermined.
   *
   * @return the colleges, if known
   */
  @JsonPropertyDescription("The voting colleges (loi n° 47-1775, art. 19 octies: when used, at least three, each "
      + "with 10 % to 50 % of the votes); left out, unknown; [] when the statuts use none.")
  public abstract Optional<List<@NotNull @Valid College>> colleges();

  /**
   * A year's surplus and its allocation.
   *
   * @return the surplus
   */
  @JsonPropertyDescription("A year's surplus and its allocation to the reserves (loi n° 47-1775, art. 16 and 19 "
      + "nonies).")
  public abstract Optional<@Valid SurplusYear> surplus();

  /**
   * The interest on shares proposed.
   *
   * @return the proposal
   */
  @JsonPropertyDescription("The interest on shares the general meeting proposes (loi n° 47-1775, art. 14).")
  public abstract Optional<@Valid ShareInterest> shareInterest();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ScicCase.Builder builder() {
    return new ScicCase.Builder();
  }

  /**
   * A builder holding the attributes of this value, to change some of them and build a new value;
   * this one is left as it is.
   *
   * @return a new builder, filled from this value
   */
  public ScicCase.Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Builds a {@link ScicCase}: set its attributes, then call {@code build()}. A builder is not
   * thread-safe: use it where it is made.
   */
  public static final class Builder extends ImmutableScicCase.Builder {
    /** A builder with no attribute set, as {@link ScicCase#builder()} gives. */
    public Builder() {}
  }

  // Boolean, not boolean: a JavaBeans getter would be seen by a standard validator itself, besides
  // @AccessorConstraints, and reported twice (as "aScic")
  @AssertTrue(message = "{ess-rules:validation.scic.form}")
  Boolean isAScic() {
    return organisation() == null || organisation().legalForm() == LegalForm.SCIC;
  }

  @AssertTrue(message = "{ess-rules:validation.scic.colleges-sum}")
  boolean collegeSharesSumToOne() {
    if (colleges().isEmpty() || colleges().get().isEmpty()) {
      return true;
    }
    BigDecimal sum = BigDecimal.ZERO;
    for (College c : colleges().get()) {
      if (c == null || c.voteShare() == null) {
        return true;
      }
      sum = sum.add(c.voteShare());
    }
    return sum.compareTo(BigDecimal.ONE) == 0;
  }
}
