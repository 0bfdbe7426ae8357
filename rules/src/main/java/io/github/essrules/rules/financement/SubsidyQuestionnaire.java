package io.github.essrules.rules.financement;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.essrules.core.EssStyle;
import io.github.essrules.core.validation.AccessorConstraints;
import io.github.essrules.rules.ess.LegalForm;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The answers to the questions of the definition of a subsidy (loi n° 2000-321, art. 9-1), for
 * {@link SubventionQualification}: each unanswered question is named in the verdict.
 *
 * <p>Legal basis: loi n° 2000-321 du 12 avril 2000, art. 9-1, LEGIARTI000029318586 [V].
 *
 * <p>This class is immutable and thread-safe.
 */
@EssStyle
@Value.Immutable
@JsonSerialize(as = ImmutableSubsidyQuestionnaire.class)
@JsonDeserialize(as = ImmutableSubsidyQuestionnaire.class)
@AccessorConstraints
public abstract class SubsidyQuestionnaire {
  SubsidyQuestionnaire() {}

  /** What the contribution is for, in the words of art. 9-1. */
  public enum Purpose {
    /** « la réalisation d'une action ». */
    ACTION,
    /** « [la réalisation] d'un projet d'investissement ». */
    INVESTMENT_PROJECT,
    /** « la contribution au développement d'activités ». */
    ACTIVITY_DEVELOPMENT,
    /** « le financement global de l'activité de l'organisme ». */
    OVERALL_FUNDING,
    /** Anything else. */
    OTHER
  }

  /** Who does something: the beneficiary or the funder. */
  public enum Party {
    /** The private-law body that receives the contribution. */
    BENEFICIARY,
    /** The authority or body that grants it. */
    FUNDER
  }

  /**
   * Who decides the contribution.
   *
   * @return the funder
   */
  @JsonPropertyDescription("Who decides the contribution: an autorité administrative or a body managing a SPIC (loi "
      + "n° 2000-321, art. 9-1), or another funder.")
  @NotNull
  public abstract Funder funder();

  /**
   * The beneficiary's legal form.
   *
   * @return the form
   */
  @JsonPropertyDescription("The beneficiary's legal form: art. 9-1 concerns an « organisme de droit privé ».")
  @NotNull
  public abstract LegalForm beneficiaryForm();

  /**
   * Whether the contribution is optional ("facultative"): no text nor contract obliges the funder.
   *
   * @return the answer
   */
  @JsonPropertyDescription("Whether the contribution is « facultative »: no text nor contract obliges the funder to "
      + "pay it (art. 9-1).")
  public abstract Optional<Boolean> optional();

  /**
   * Whether the act of award states the contribution's value (in cash or in kind).
   *
   * @return the answer
   */
  @JsonPropertyDescription("Whether the act of award values the contribution, in cash or in kind (« valorisées dans "
      + "l'acte d'attribution », art. 9-1).")
  public abstract Optional<Boolean> valuedInAwardAct();

  /**
   * Whether the contribution is justified by a general interest.
   *
   * @return the answer
   */
  @JsonPropertyDescription("Whether the contribution is « justifiée par un intérêt général » (art. 9-1).")
  public abstract Optional<Boolean> generalInterest();

  /**
   * What the contribution is for.
   *
   * @return the purpose
   */
  @JsonPropertyDescription("What the contribution is for: an action, an investment project, the development of "
      + "activities, the overall funding of the body's activity (art. 9-1), or other.")
  public abstract Optional<Purpose> purpose();

  /**
   * Who initiated the action, project or activity.
   *
   * @return the party
   */
  @JsonPropertyDescription("Who initiated the action, project or activity: BENEFICIARY or FUNDER (art. 9-1: « initiés "
      + "[…] par les organismes de droit privé bénéficiaires »).")
  public abstract Optional<Party> initiatedBy();

  /**
   * Who defined it.
   *
   * @return the party
   */
  @JsonPropertyDescription("Who defined the action, project or activity: BENEFICIARY or FUNDER (art. 9-1: « définis "
      + "[…] par les organismes de droit privé bénéficiaires »).")
  public abstract Optional<Party> definedBy();

  /**
   * Whether the beneficiary carries it out.
   *
   * @return the answer
   */
  @JsonPropertyDescription("Whether the beneficiary carries out the action, project or activity (art. 9-1: « mis en "
      + "œuvre par les organismes de droit privé bénéficiaires »).")
  public abstract Optional<Boolean> carriedOutByBeneficiary();

  /**
   * Whether the contribution pays for individualised services meeting the funder's own needs.
   *
   * @return the answer
   */
  @JsonPropertyDescription("Whether the contribution pays for individualised services meeting the funder's own needs "
      + "(art. 9-1, al. 2: then it is the price of a public contract, not a subsidy).")
  public abstract Optional<Boolean> paysIndividualisedServicesToFunder();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static SubsidyQuestionnaire.Builder builder() {
    return new SubsidyQuestionnaire.Builder();
  }

  /**
   * A builder holding the attributes of this value, to change some of them and build a new value;
   * this one is left as it is.
   *
   * @return a new builder, filled from this value
   */
  public SubsidyQuestionnaire.Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Builds a {@link SubsidyQuestionnaire}: set its attributes, then call {@code build()}. A builder
   * is not thread-safe: use it where it is made.
   */
  public static final class Builder extends ImmutableSubsidyQuestionnaire.Builder {
    /** A builder with no attribute set, as {@link SubsidyQuestionnaire#builder()} gives. */
    public Builder() {}
  }
}
