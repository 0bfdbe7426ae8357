package io.github.essrules.rules.financement;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.essrules.core.EssStyle;
import io.github.essrules.core.validation.AccessorConstraints;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.immutables.value.Value;

/**
 * A member of a pôle territorial de coopération économique, for {@link Ptce}: its name and what it
 * is in the words of loi n° 2014-856, art. 9, I.
 *
 * <p>This class is immutable and thread-safe.
 */
@EssStyle
@Value.Immutable
@JsonSerialize(as = ImmutablePtceMember.class)
@JsonDeserialize(as = ImmutablePtceMember.class)
@AccessorConstraints
public abstract class PtceMember {
  PtceMember() {}

  /** What a member is, in the words of art. 9, I. */
  public enum Kind {
    /** An « entreprise de l'économie sociale et solidaire, au sens de l'article 1er » (the user checks art. 1). */
    ESS_ENTERPRISE,
    /** Another enterprise (« qui s'associent à des entreprises »). */
    OTHER_ENTERPRISE,
    /** A collectivité territoriale or a groupement of collectivités. */
    COLLECTIVITE_TERRITORIALE,
    /** A centre de recherche. */
    RESEARCH_CENTRE,
    /** An établissement d'enseignement supérieur et de recherche. */
    HIGHER_EDUCATION,
    /** An organisme de formation. */
    TRAINING_BODY,
    /** « toute autre personne physique ou morale ». */
    OTHER_PERSON
  }

  /**
   * The member's name.
   *
   * @return the name
   */
  @JsonPropertyDescription("The member's name.")
  @NotNull
  @NotBlank
  public abstract String name();

  /**
   * What the member is.
   *
   * @return the kind
   */
  @JsonPropertyDescription("What the member is (loi n° 2014-856, art. 9, I): ESS_ENTERPRISE (within art. 1 of the loi, "
      + "as the user has checked), OTHER_ENTERPRISE, COLLECTIVITE_TERRITORIALE, RESEARCH_CENTRE, HIGHER_EDUCATION, "
      + "TRAINING_BODY or OTHER_PERSON.")
  @NotNull
  public abstract Kind kind();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static PtceMember.Builder builder() {
    return new PtceMember.Builder();
  }

  /**
   * A builder holding the attributes of this value, to change some of them and build a new value;
   * this one is left as it is.
   *
   * @return a new builder, filled from this value
   */
  public PtceMember.Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Builds a {@link PtceMember}: set its attributes, then call {@code build()}. A builder is not
   * thread-safe: use it where it is made.
   */
  public static final class Builder extends ImmutablePtceMember.Builder {
    /** A builder with no attribute set, as {@link PtceMember#builder()} gives. */
    public Builder() {}
  }
}
