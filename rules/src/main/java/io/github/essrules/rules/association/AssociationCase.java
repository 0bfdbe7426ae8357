package io.github.essrules.rules.association;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.essrules.core.EssStyle;
import io.github.essrules.core.validation.AccessorConstraints;
import io.github.essrules.core.validation.NotAfterAsOf;
import io.github.essrules.rules.structure.Organisation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An association and the facts of the rules {@link AssociationRule} applies to it: formation and
 * declaration (loi 1901, art. 1, 2, 5), gestion désintéressée (CGI 261-7-1° d), franchise des
 * impôts commerciaux (CGI 206-1 bis) and the lucrativity test ("4P"). Each section is assessed only
 * when the case asks for it ({@code assess…} or the section's facts given).
 *
 * <p>Its lists of facts follow the library's rule of {@linkplain io.github.essrules.rules unknown
 * and empty facts}: left out, unknown (the condition that reads it is undetermined and names it);
 * {@code []}, known to be none.
 *
 * <p>This class is immutable and thread-safe.
 */
@EssStyle
@Value.Immutable
@JsonSerialize(as = ImmutableAssociationCase.class)
@JsonDeserialize(as = ImmutableAssociationCase.class)
@AccessorConstraints
public abstract class AssociationCase {
  AssociationCase() {}

  /**
   * The association.
   *
   * @return the organisation
   */
  @JsonPropertyDescription("The association: its name, legal form and identifiers.")
  @NotNull
  @Valid
  public abstract Organisation organisation();

  /**
   * The number of founders (art. 1: two or more persons).
   *
   * @return the number
   */
  @JsonPropertyDescription("The number of founders: two or more persons (loi du 1er juillet 1901, art. 1).")
  public abstract Optional<@Min(0) Integer> founders();

  /**
   * Whether the association was declared to the préfecture (art. 5).
   *
   * @return the statement
   */
  @JsonPropertyDescription("Whether the association was declared to the préfecture: it has legal capacity only once "
      + "declared (loi 1901, art. 2 and 5).")
  public abstract Optional<Boolean> declared();

  /**
   * The day the association was declared to the préfecture (art. 5), if it was; not after the
   * date asked about.
   *
   * @return the date
   */
  @JsonPropertyDescription("The day the association was declared to the préfecture (loi 1901, art. 5), if it was; "
      + "not after the date asked about.")
  public abstract Optional<@NotAfterAsOf LocalDate> declaredOn();

  /**
   * The changes in the administration or the statuts to declare within three months (art. 5), if
   * known; empty when there was none.
   *
   * @return the changes, if known
   */
  @JsonPropertyDescription("The changes in the administration, the statuts or the registered office, each to declare "
      + "within three months (loi 1901, art. 5); left out, unknown; [] when there was none.")
  public abstract Optional<List<@NotNull @Valid StatutoryChange>> changes();

  /**
   * The year assessed for gestion désintéressée and the franchise; not after the year of the date
   * asked about.
   *
   * @return the year
   */
  @JsonPropertyDescription("The year assessed for gestion désintéressée and the franchise des impôts commerciaux; "
      + "not after the year of the date asked about.")
  public abstract Optional<@NotAfterAsOf Year> year();

  /**
   * Gestion désintéressée, 1: managed on a volunteer basis by persons with no interest in the results.
   *
   * @return the statement
   */
  @JsonPropertyDescription("Gestion désintéressée, condition 1 (CGI 261-7-1° d): managed on a volunteer basis by "
      + "persons with no direct or indirect interest in the results.")
  public abstract Optional<Boolean> volunteerManagement();

  /**
   * Gestion désintéressée, 2: no direct or indirect distribution of profits.
   *
   * @return the statement
   */
  @JsonPropertyDescription("Gestion désintéressée, condition 2 (CGI 261-7-1° d): no direct or indirect distribution "
      + "of profits.")
  public abstract Optional<Boolean> noProfitDistribution();

  /**
   * Gestion désintéressée, 3: no part of the assets can be attributed to members or their heirs.
   *
   * @return the statement
   */
  @JsonPropertyDescription("Gestion désintéressée, condition 3 (CGI 261-7-1° d): no part of the assets can be "
      + "attributed to members or their heirs.")
  public abstract Optional<Boolean> noAssetAttribution();

  /**
   * The dirigeants paid during the year, if known; empty when none was paid.
   *
   * @return the dirigeants, if known
   */
  @JsonPropertyDescription("The dirigeants paid during the year assessed, month by month (CGI 261-7-1° d); left out, "
      + "unknown; [] when none was paid.")
  public abstract Optional<List<@NotNull @Valid PaidDirigeant>> paidDirigeants();

  /**
   * The own resources (excluding public subsidies) of the three financial years before the year
   * assessed, for the legal regime of paid dirigeants.
   *
   * @return three amounts, in euros
   */
  @JsonPropertyDescription("The own resources (public subsidies excluded), in euros, of the three financial years "
      + "before the year assessed, for the legal regime of paid dirigeants (CGI 261-7-1° d: more "
      + "than 200 000, 500 000 or 1 000 000 € on average for one, two or three).")
  public abstract Optional<@Size(min = 3, max = 3) List<@NotNull @PositiveOrZero @Digits(integer = 12, fraction = 2) BigDecimal>> ownResourcesPreviousThreeYears();

  /**
   * The conditions of the legal regime of paid dirigeants.
   *
   * @return the conditions
   */
  @JsonPropertyDescription("The statutory and transparency conditions of the legal regime of paid dirigeants (CGI "
      + "261-7-1° d; ann. II art. 242 C).")
  public abstract Optional<@Valid LegalRegimeConditions> legalRegime();

  /**
   * The receipts of the lucrative activities of the year (franchise).
   *
   * @return the amount, in euros
   */
  @JsonPropertyDescription("The receipts of the lucrative activities of the year, in euros, compared with the year's "
      + "threshold of the franchise des impôts commerciaux (CGI 206-1 bis).")
  public abstract Optional<@PositiveOrZero @Digits(integer = 12, fraction = 2) BigDecimal> lucrativeReceipts();

  /**
   * Whether the non-lucrative activities remain significantly predominant (franchise).
   *
   * @return the statement
   */
  @JsonPropertyDescription("Whether the non-lucrative activities remain significantly predominant (franchise des "
      + "impôts commerciaux, CGI 206-1 bis).")
  public abstract Optional<Boolean> nonLucrativePredominant();

  /**
   * Whether the association competes with commercial businesses (lucrativity test, step 2).
   *
   * @return the statement
   */
  @JsonPropertyDescription("Whether the association competes with commercial businesses (lucrativity test, "
      + "BOI-IS-CHAMP-10-50-10, step 2).")
  public abstract Optional<Boolean> competesWithCommercialBusinesses();

  /**
   * 4P: the product (the need met).
   *
   * @return the answer
   */
  @JsonPropertyDescription("4P test (BOI-IS-CHAMP-10-50-10), the product: LIKE_COMMERCIAL, or DIFFERENT (meets a "
      + "need the market does not).")
  public abstract Optional<FourP> product();

  /**
   * 4P: the public.
   *
   * @return the answer
   */
  @JsonPropertyDescription("4P test (BOI-IS-CHAMP-10-50-10), the public: LIKE_COMMERCIAL, or DIFFERENT (a public in "
      + "difficulty).")
  public abstract Optional<FourP> publicServed();

  /**
   * 4P: the price.
   *
   * @return the answer
   */
  @JsonPropertyDescription("4P test (BOI-IS-CHAMP-10-50-10), the price: LIKE_COMMERCIAL, or DIFFERENT (a lower "
      + "price).")
  public abstract Optional<FourP> price();

  /**
   * 4P: the publicity.
   *
   * @return the answer
   */
  @JsonPropertyDescription("4P test (BOI-IS-CHAMP-10-50-10), the publicity: LIKE_COMMERCIAL, or DIFFERENT (no "
      + "commercial publicity).")
  public abstract Optional<FourP> publicity();

  /**
   * When the 4P answers are mixed: whether, on an overall assessment, the association operates
   * like a commercial business (the BOI weighs the 4P in decreasing order; no formula).
   *
   * @return the statement
   */
  @JsonPropertyDescription("When the 4P answers are mixed: whether, on an overall assessment, the association "
      + "operates like a commercial business (the BOI weighs the 4P in decreasing order; no "
      + "formula).")
  public abstract Optional<Boolean> operatesLikeACommercialBusiness();

  /**
   * Which sections to assess; all four by default. A choice of the caller, not a fact: empty and
   * left out both mean all four.
   *
   * @return the sections
   */
  @JsonPropertyDescription("Which sections to assess (FORMATION, GESTION_DESINTERESSEE, FRANCHISE, LUCRATIVITY): a "
      + "choice of the caller, not a fact; left out or [], all four.")
  public abstract List<AssociationRule.@NotNull Section> sections();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static AssociationCase.Builder builder() {
    return new AssociationCase.Builder();
  }

  /**
   * A builder holding the attributes of this value, to change some of them and build a new value;
   * this one is left as it is.
   *
   * @return a new builder, filled from this value
   */
  public AssociationCase.Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Builds a {@link AssociationCase}: set its attributes, then call {@code build()}. A builder is
   * not thread-safe: use it where it is made.
   */
  public static final class Builder extends ImmutableAssociationCase.Builder {
    /** A builder with no attribute set, as {@link AssociationCase#builder()} gives. */
    public Builder() {}
  }

  // Boolean, not boolean: a JavaBeans getter would be seen by a standard validator itself, besides
  // @AccessorConstraints, and reported twice (as "anAssociation")
  @AssertTrue(message = "{ess-rules:validation.association.form}")
  Boolean isAnAssociation() {
    return organisation() == null
        || organisation().legalForm() == io.github.essrules.rules.ess.LegalForm.ASSOCIATION;
  }
}
