package io.github.essrules.rules.financement;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.essrules.core.EssStyle;
import io.github.essrules.core.validation.AccessorConstraints;
import io.github.essrules.rules.ess.LegalForm;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The award of a subsidy, for {@link SubventionConvention}: who grants it, to whom, how much, on
 * what dates, whether it is earmarked, and the other subsidies of the same funder that year.
 *
 * <p>Legal basis: loi n° 2000-321 du 12 avril 2000, art. 10 [V, version of 2016]; décret
 * n° 2001-495 (23 000 € [S]); décret n° 2017-779 (publication).
 *
 * <p>This class is immutable and thread-safe.
 */
@EssStyle
@Value.Immutable
@JsonSerialize(as = ImmutableSubventionAward.class)
@JsonDeserialize(as = ImmutableSubventionAward.class)
@AccessorConstraints
public abstract class SubventionAward {
  SubventionAward() {}

  /**
   * Who grants the subsidy.
   *
   * @return the funder
   */
  @JsonPropertyDescription("Who grants the subsidy: an autorité administrative (loi n° 2000-321, art. 1), an EPIC or "
      + "another body managing a SPIC (art. 9-1 and 10), a foreign State or anyone else.")
  @NotNull
  public abstract Funder funder();

  /**
   * For a collectivité territoriale: its population, for the publication duty.
   *
   * @return the inhabitants
   */
  @JsonPropertyDescription("For a collectivité territoriale: its population; the essential data are published by "
      + "collectivités of at least 3 500 inhabitants (décret n° 2017-779, secondary sources).")
  public abstract Optional<@Min(0) Integer> funderPopulation();

  /**
   * The beneficiary's legal form.
   *
   * @return the form
   */
  @JsonPropertyDescription("The beneficiary's legal form: art. 10 of loi n° 2000-321 concerns an organisme de droit "
      + "privé; associations and fondations are spared the deposit at the préfecture.")
  @NotNull
  public abstract LegalForm beneficiaryForm();

  /**
   * What the subsidy is for, as the act of award says.
   *
   * @return the object
   */
  @JsonPropertyDescription("What the subsidy is for, as the act of award says (loi n° 2000-321, art. 10: the "
      + "convention defines its object).")
  public abstract Optional<@Size(min = 1, max = 500) String> object();

  /**
   * The amount awarded, valued in the act of award.
   *
   * @return the amount, in euros
   */
  @JsonPropertyDescription("The amount awarded, in euros, as valued in the act of award (loi n° 2000-321, art. 9-1 "
      + "and 10).")
  @NotNull
  @DecimalMin("0")
  @Digits(integer = 12, fraction = 2)
  public abstract BigDecimal amount();

  /**
   * The other subsidies awarded to the beneficiary by the same funder in the same year.
   *
   * @return the amount, in euros
   */
  @JsonPropertyDescription("The other subsidies awarded to the beneficiary by the same funder in the same year, in "
      + "euros (0 if none): the threshold of décret n° 2001-495 is an annual amount (secondary sources). Asked "
      + "only when the award alone does not exceed it.")
  public abstract Optional<@DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal> otherAwardsSameFunderSameYear();

  /**
   * The day the subsidy was awarded.
   *
   * @return the date
   */
  @JsonPropertyDescription("The day the subsidy was awarded: the threshold in force that day applies (loi "
      + "n° 2000-321, art. 10; décret n° 2001-495).")
  @NotNull
  public abstract LocalDate awardedOn();

  /**
   * Whether the subsidy is for the improvement, construction or acquisition of logements locatifs
   * sociaux (CCH, livre III): art. 10 exempts it from the convention.
   *
   * @return the statement
   */
  @JsonPropertyDescription("Whether the subsidy is for the improvement, construction, acquisition and improvement of "
      + "logements locatifs sociaux of the CCH, livre III: then no convention (loi n° 2000-321, art. 10, al. 1).")
  public abstract Optional<Boolean> socialHousing();

  /**
   * A threshold set by a special text for this scheme, replacing the décret's.
   *
   * @return the amount, in euros
   */
  @JsonPropertyDescription("A threshold set by a special text for this scheme in place of décret n° 2001-495's (for "
      + "example 300 000 € for some aids): stated by the user with its text in schemeThresholdText.")
  public abstract Optional<@DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal> schemeThreshold();

  /**
   * The text that sets {@link #schemeThreshold()}.
   *
   * @return the citation
   */
  @JsonPropertyDescription("The text that sets schemeThreshold (its citation): required with it.")
  public abstract Optional<@Size(min = 1, max = 500) String> schemeThresholdText();

  /**
   * Whether the subsidy is "affectée à une dépense déterminée".
   *
   * @return the statement
   */
  @JsonPropertyDescription("Whether the subsidy is « affectée à une dépense déterminée » (earmarked): then a compte "
      + "rendu financier is due (loi n° 2000-321, art. 10).")
  public abstract Optional<Boolean> earmarked();

  /**
   * The last day of the financial year for which the subsidy was awarded.
   *
   * @return the date
   */
  @JsonPropertyDescription("The last day of the financial year for which the subsidy was awarded: the compte rendu "
      + "financier is due within the six months that follow (loi n° 2000-321, art. 10).")
  public abstract Optional<LocalDate> financialYearEnd();

  /**
   * The day the convention was signed, if one was.
   *
   * @return the date
   */
  @JsonPropertyDescription("The day the convention was signed, if one was: the award data of a convention signed from "
      + "1 August 2017 are published, within three months of the signature (décret n° 2017-779; the delay from "
      + "secondary sources).")
  public abstract Optional<LocalDate> conventionSignedOn();

  // Boolean, not boolean: a JavaBeans getter would be seen by a standard validator itself, besides
  // @AccessorConstraints, and reported twice
  @AssertTrue(message = "{ess-rules:validation.subvention.scheme-threshold}")
  Boolean isSchemeThresholdCited() {
    return schemeThreshold().isPresent() == schemeThresholdText().isPresent();
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static SubventionAward.Builder builder() {
    return new SubventionAward.Builder();
  }

  /**
   * A builder holding the attributes of this value, to change some of them and build a new value;
   * this one is left as it is.
   *
   * @return a new builder, filled from this value
   */
  public SubventionAward.Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Builds a {@link SubventionAward}: set its attributes, then call {@code build()}. A builder is
   * not thread-safe: use it where it is made.
   */
  public static final class Builder extends ImmutableSubventionAward.Builder {
    /** A builder with no attribute set, as {@link SubventionAward#builder()} gives. */
    public Builder() {}
  }
}
