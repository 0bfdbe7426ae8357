package io.github.essrules.rules.financement;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.essrules.core.EssStyle;
import io.github.essrules.core.validation.AccessorConstraints;
import io.github.essrules.core.validation.NotAfterAsOf;
import io.github.essrules.rules.ess.LegalForm;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A request for a subsidy, for {@link ContratEngagementRepublicain}: who asks, of whom, when, and
 * what may spare or satisfy the contrat d'engagement républicain.
 *
 * <p>Legal basis: loi n° 2000-321 du 12 avril 2000, art. 10-1 [V]; décret n° 2021-1947 (requests
 * from 2 January 2022 [S]).
 *
 * <p>This class is immutable and thread-safe.
 */
@EssStyle
@Value.Immutable
@JsonSerialize(as = ImmutableCerRequest.class)
@JsonDeserialize(as = ImmutableCerRequest.class)
@AccessorConstraints
public abstract class CerRequest {
  CerRequest() {}

  /**
   * The applicant's legal form.
   *
   * @return the form
   */
  @JsonPropertyDescription("The applicant's legal form: art. 10-1 of loi n° 2000-321 binds « toute association ou "
      + "fondation » only.")
  @NotNull
  public abstract LegalForm applicantForm();

  /**
   * Of whom the subsidy is asked.
   *
   * @return the funder
   */
  @JsonPropertyDescription("Of whom the subsidy is asked: an autorité administrative or a body managing a SPIC (loi "
      + "n° 2000-321, art. 10-1), or another funder.")
  @NotNull
  public abstract Funder funder();

  /**
   * The day the request was made.
   *
   * @return the date
   */
  @JsonPropertyDescription("The day the request was presented: décret n° 2021-1947 applies to requests presented from "
      + "its entry into force, 2 January 2022 (secondary source). Not after the date asked about.")
  @NotNull
  @NotAfterAsOf
  public abstract LocalDate requestedOn();

  /**
   * Whether the applicant is an association agréée under art. 25-1 of loi n° 2000-321.
   *
   * @return the statement
   */
  @JsonPropertyDescription("Whether the applicant is an association agréée under art. 25-1 of loi n° 2000-321: the "
      + "obligation is then deemed satisfied (art. 10-1).")
  public abstract Optional<Boolean> agreedUnderArticle25_1();

  /**
   * Whether the applicant is reconnue d'utilité publique.
   *
   * @return the statement
   */
  @JsonPropertyDescription("Whether the applicant association or fondation is reconnue d'utilité publique: the "
      + "obligation is then deemed satisfied (art. 10-1).")
  public abstract Optional<Boolean> reconnueUtilitePublique();

  /**
   * Whether the applicant subscribed the contrat d'engagement républicain with its request.
   *
   * @return the statement
   */
  @JsonPropertyDescription("Whether the applicant subscribed the contrat d'engagement républicain (annex of décret "
      + "n° 2021-1947) with its request (art. 10-1).")
  public abstract Optional<Boolean> contractSubscribed();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static CerRequest.Builder builder() {
    return new CerRequest.Builder();
  }

  /**
   * A builder holding the attributes of this value, to change some of them and build a new value;
   * this one is left as it is.
   *
   * @return a new builder, filled from this value
   */
  public CerRequest.Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Builds a {@link CerRequest}: set its attributes, then call {@code build()}. A builder is not
   * thread-safe: use it where it is made.
   */
  public static final class Builder extends ImmutableCerRequest.Builder {
    /** A builder with no attribute set, as {@link CerRequest#builder()} gives. */
    public Builder() {}
  }
}
