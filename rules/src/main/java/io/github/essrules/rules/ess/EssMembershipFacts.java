package io.github.essrules.rules.ess;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.essrules.core.EssStyle;
import io.github.essrules.core.validation.AccessorConstraints;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What {@link EssMembershipRule} needs to know of an organisation: its legal form, the
 * statements on its purpose, governance and management (loi n° 2014-856, art. 1, I), and, for a
 * commercial company, its statuts and the accounts of its financial years (II, 2°).
 *
 * <p>Every statement is optional: a statement left out makes the conditions that need it
 * undetermined, and the verdict names it among the missing facts. Nothing is assumed.
 *
 * <pre>{@code
 * EssMembershipFacts facts = EssMembershipFacts.builder()
 *     .legalForm(LegalForm.ASSOCIATION)
 *     .purposeOtherThanSharingProfits(true)
 *     .democraticGovernance(true)
 *     .profitsMostlyForActivity(true)
 *     .mandatoryReservesUndistributable(true)
 *     .liquidationSurplusToEss(true)
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@EssStyle
@Value.Immutable
@JsonSerialize(as = ImmutableEssMembershipFacts.class)
@JsonDeserialize(as = ImmutableEssMembershipFacts.class)
@AccessorConstraints
public abstract class EssMembershipFacts {
  EssMembershipFacts() {}

  /**
   * The legal form.
   *
   * @return the form
   */
  @JsonPropertyDescription("The legal form: a private-law legal person (loi n° 2014-856, art. 1, I) of the forms of "
      + "II, 1° (cooperatives, mutuelles, fondations, associations) or a commercial company (II, "
      + "2°).")
  @NotNull
  public abstract LegalForm legalForm();

  /**
   * The organisation's name, for messages.
   *
   * @return the name
   */
  @JsonPropertyDescription("The organisation's name, for messages.")
  public abstract Optional<@Size(min = 1, max = 300) String> name();

  /**
   * Art. 1, I, 1°: it pursues a purpose other than the sole sharing of profits.
   *
   * @return the statement
   */
  @JsonPropertyDescription("Whether the organisation pursues a purpose other than the sole sharing of profits (loi "
      + "n° 2014-856, art. 1, I, 1°).")
  public abstract Optional<Boolean> purposeOtherThanSharingProfits();

  /**
   * Art. 1, I, 2°: democratic governance, defined and organised by the statuts, providing for
   * the information and participation of associés, salariés and stakeholders, not tied only to
   * the capital contributed.
   *
   * @return the statement
   */
  @JsonPropertyDescription("Whether its governance is democratic, defined and organised by the statuts, providing "
      + "for the information and participation of associés, salariés and stakeholders, not tied "
      + "only to the capital contributed (loi n° 2014-856, art. 1, I, 2°).")
  public abstract Optional<Boolean> democraticGovernance();

  /**
   * Art. 1, I, 3°, a: profits are mostly devoted to maintaining or developing the activity.
   *
   * @return the statement
   */
  @JsonPropertyDescription("Whether profits are mostly devoted to maintaining or developing the activity (loi n° "
      + "2014-856, art. 1, I, 3°, a).")
  public abstract Optional<Boolean> profitsMostlyForActivity();

  /**
   * Art. 1, I, 3°, b: the mandatory reserves are impartageables and cannot be distributed.
   *
   * @return the statement
   */
  @JsonPropertyDescription("Whether the mandatory reserves are impartageables and cannot be distributed (loi n° "
      + "2014-856, art. 1, I, 3°, b).")
  public abstract Optional<Boolean> mandatoryReservesUndistributable();

  /**
   * Art. 1, I, 3°, c: on liquidation or dissolution, the whole boni de liquidation goes to
   * another ESS enterprise or a body the law names, not to the members.
   *
   * @return the statement
   */
  @JsonPropertyDescription("Whether, on liquidation or dissolution, the whole boni de liquidation goes to another "
      + "ESS enterprise or a body the law names, not to the members (loi n° 2014-856, art. 1, I, "
      + "3°, c).")
  public abstract Optional<Boolean> liquidationSurplusToEss();

  /**
   * Art. 1, II, 2°, b (commercial companies): the statuts state that the company seeks a social
   * utility in the sense of art. 2.
   *
   * @return the statement
   */
  @JsonPropertyDescription("For a commercial company: whether the statuts state that it seeks a social utility in "
      + "the sense of art. 2 (loi n° 2014-856, art. 1, II, 2°, b).")
  public abstract Optional<Boolean> socialUtilityInStatuts();

  /**
   * Art. 1, II, 2°, c (commercial companies): the statuts state the management principles of b.
   *
   * @return the statement
   */
  @JsonPropertyDescription("For a commercial company: whether the statuts state the management principles of loi n° "
      + "2014-856, art. 1, II, 2°, c.")
  public abstract Optional<Boolean> managementPrinciplesInStatuts();

  /**
   * Art. 1, II, 2° (commercial companies): the company is registered with the mention
   * "entreprise de l'économie sociale et solidaire" (secondary source).
   *
   * @return the statement
   */
  @JsonPropertyDescription("For a commercial company: whether it is registered with the mention entreprise de "
      + "l'économie sociale et solidaire (loi n° 2014-856, art. 1, II, 2°; secondary source).")
  public abstract Optional<Boolean> registeredAsEss();

  /**
   * The closed financial years whose allocation of profit is checked (commercial companies). A
   * list the rule needs items of ({@linkplain io.github.essrules.rules unknown and empty facts}):
   * empty or left out, II, 2°, c is undetermined and names {@code financialYears}.
   *
   * @return the years, in any order
   */
  @JsonPropertyDescription("For a commercial company: the closed financial years whose allocation of profit is "
      + "checked (loi n° 2014-856, art. 1, II, 2°, c); left out or [], that condition is "
      + "undetermined.")
  public abstract List<@NotNull @Valid EssFinancialYear> financialYears();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static EssMembershipFacts.Builder builder() {
    return new EssMembershipFacts.Builder();
  }

  /**
   * A builder holding the attributes of this value, to change some of them and build a new value;
   * this one is left as it is.
   *
   * @return a new builder, filled from this value
   */
  public EssMembershipFacts.Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Builds a {@link EssMembershipFacts}: set its attributes, then call {@code build()}. A builder
   * is not thread-safe: use it where it is made.
   */
  public static final class Builder extends ImmutableEssMembershipFacts.Builder {
    /** A builder with no attribute set, as {@link EssMembershipFacts#builder()} gives. */
    public Builder() {}
  }
}
