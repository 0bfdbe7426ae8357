package io.github.essrules.rules.cae;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.essrules.core.EssStyle;
import io.github.essrules.core.validation.AccessorConstraints;
import io.github.essrules.core.validation.FrenchIdentifier;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A coopérative d'activité et d'emploi (CAE, loi n° 47-1775 art. 26-41) and the records that
 * C. trav. L7331-1 to L7332-7 and R7331-1 to R7331-12 (décret n° 2015-1363) ask it to keep:
 * statuts, general meetings, information system, pooled-services accounts, entrepreneurs salariés
 * and their joint activities.
 *
 * <p>Its lists follow the library's rule of {@linkplain io.github.essrules.rules unknown and
 * empty facts}: left out (or {@code null}), a list is unknown and the obligations that read it
 * are undetermined, naming it; {@code []} says there is none.
 *
 * <p>This class is immutable and thread-safe.
 */
@EssStyle
@Value.Immutable
@JsonSerialize(as = ImmutableCaeFacts.class)
@JsonDeserialize(as = ImmutableCaeFacts.class)
@AccessorConstraints
public abstract class CaeFacts {
  CaeFacts() {}

  /** The cooperative form a CAE takes. */
  public enum Form {
    /** Société coopérative et participative. */
    SCOP,
    /** Société coopérative d'intérêt collectif. */
    SCIC
  }

  /**
   * The CAE's name.
   *
   * @return the name
   */
  @JsonPropertyDescription("The CAE's name.")
  public abstract Optional<@Size(min = 1, max = 300) String> name();

  /**
   * The CAE's SIREN, nine digits with a valid key.
   *
   * @return the SIREN
   */
  @JsonPropertyDescription("The CAE's SIREN: nine digits with a valid key.")
  public abstract Optional<@FrenchIdentifier(FrenchIdentifier.Kind.SIREN) String> siren();

  /**
   * Its cooperative form.
   *
   * @return the form
   */
  @JsonPropertyDescription("The CAE's cooperative form: SCOP or SCIC (loi n° 47-1775, art. 26-41).")
  @NotNull
  public abstract Form form();

  /**
   * Whether the statuts determine the pooled services for individual and collective
   * accompaniment (R7331-2).
   *
   * @return the statement
   */
  @JsonPropertyDescription("Whether the statuts determine the pooled services for individual and collective "
      + "accompaniment (C. trav. R7331-2).")
  public abstract Optional<Boolean> pooledServicesInStatuts();

  /**
   * Whether the statuts set the principles of the entrepreneurs' contribution (R7331-8).
   *
   * @return the statement
   */
  @JsonPropertyDescription("Whether the statuts set the principles of the entrepreneurs' contribution to the pooled "
      + "services (C. trav. R7331-8).")
  public abstract Optional<Boolean> contributionPrinciplesInStatuts();

  /**
   * Whether the CAE carries the tax, social and accounting obligations of each activity (R7331-1).
   *
   * @return the statement
   */
  @JsonPropertyDescription("Whether the CAE carries the tax, social and accounting obligations of each activity (C. "
      + "trav. R7331-1).")
  public abstract Optional<Boolean> carriesTaxSocialAndAccountingObligations();

  /**
   * Whether the CAE informs and advises the entrepreneurs on their safety and health (R7331-4).
   *
   * @return the statement
   */
  @JsonPropertyDescription("Whether the CAE informs and advises the entrepreneurs on their safety and health (C. "
      + "trav. R7331-4).")
  public abstract Optional<Boolean> informsOnSafetyAndHealth();

  /**
   * Whether entrepreneurs have access to an information system showing their activity account,
   * its entries and their financial position (R7331-5).
   *
   * @return the statement
   */
  @JsonPropertyDescription("Whether the entrepreneurs have access to an information system showing their activity "
      + "account, its entries and their financial position (C. trav. R7331-5).")
  public abstract Optional<Boolean> informationSystemAccess();

  /**
   * The general meetings held, if known; empty when none was. Read for R7331-2, R7331-8,
   * R7331-9 and R7331-12.
   *
   * @return the meetings, if known
   */
  @JsonPropertyDescription("The general meetings held (read for C. trav. R7331-2, R7331-8, R7331-9 and R7331-12); "
      + "left out, unknown; [] when none was.")
  public abstract Optional<List<@NotNull @Valid GeneralMeeting>> generalMeetings();

  /**
   * The closing dates of the financial years for which the analytic account of the pooled
   * services was made available to the entrepreneurs (R7331-9), if known; empty when it never
   * was.
   *
   * @return the dates, if known
   */
  @JsonPropertyDescription("The closing dates of the financial years for which the analytic account of the pooled "
      + "services was made available to the entrepreneurs (C. trav. R7331-9); left out, unknown; "
      + "[] when it never was.")
  public abstract Optional<List<@NotNull LocalDate>> pooledServicesAccountProvidedForYearsClosedOn();

  /**
   * The entrepreneurs salariés, if known; empty when the CAE has none.
   *
   * @return the entrepreneurs, if known
   */
  @JsonPropertyDescription("The entrepreneurs salariés (C. trav. L7331-2) and the records kept about them; left out, "
      + "unknown; [] when the CAE has none.")
  public abstract Optional<List<@NotNull @Valid EntrepreneurSalarie>> entrepreneurs();

  /**
   * The activities run together by several entrepreneurs (R7331-6), if known; empty when there
   * is none.
   *
   * @return the activities, if known
   */
  @JsonPropertyDescription("The activities run together by several entrepreneurs (C. trav. R7331-6); left out, "
      + "unknown; [] when there is none.")
  public abstract Optional<List<@NotNull @Valid JointActivity>> jointActivities();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static CaeFacts.Builder builder() {
    return new CaeFacts.Builder();
  }

  /**
   * A builder holding the attributes of this value, to change some of them and build a new value;
   * this one is left as it is.
   *
   * @return a new builder, filled from this value
   */
  public CaeFacts.Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Builds a {@link CaeFacts}: set its attributes, then call {@code build()}. A builder is not
   * thread-safe: use it where it is made.
   */
  public static final class Builder extends ImmutableCaeFacts.Builder {
    /** A builder with no attribute set, as {@link CaeFacts#builder()} gives. */
    public Builder() {}
  }

  @AssertTrue(message = "{ess-rules:validation.cae.unique-ids}")
  boolean entrepreneurIdsUnique() {
    Set<String> seen = new HashSet<>();
    for (EntrepreneurSalarie e : entrepreneurs().orElse(List.of())) {
      if (e != null && !seen.add(e.id())) {
        return false;
      }
    }
    return true;
  }

  @AssertTrue(message = "{ess-rules:validation.cae.joint-members}")
  boolean jointActivitiesNameKnownEntrepreneurs() {
    if (entrepreneurs().isEmpty()) {
      return true; // the entrepreneurs are unknown: nothing to check the names against
    }
    Set<String> ids = new HashSet<>();
    for (EntrepreneurSalarie e : entrepreneurs().get()) {
      if (e != null) {
        ids.add(e.id());
      }
    }
    for (JointActivity a : jointActivities().orElse(List.of())) {
      if (a != null && !ids.containsAll(a.entrepreneurIds())) {
        return false;
      }
    }
    return true;
  }
}
