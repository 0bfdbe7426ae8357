package io.github.essrules.rules.ville;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.essrules.core.EssStyle;
import io.github.essrules.core.validation.AccessorConstraints;
import io.github.essrules.core.validation.FrenchIdentifier;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The conseil citoyen of a quartier prioritaire: whether there is one, and its composition — the
 * inhabitants drawn by lot (women and men) and the representatives of associations and local
 * actors.
 *
 * <p>Legal basis: loi n° 2014-173 du 21 février 2014, art. 7 (LEGIARTI000028638827, in force
 * 23 February 2014) [V]; modified by décret n° 2024-1036 du 15 novembre 2024, in force
 * 17 November 2024 [S], whose wording was not read.
 *
 * <p>This class is immutable and thread-safe.
 */
@EssStyle
@Value.Immutable
@JsonSerialize(as = ImmutableConseilCitoyenFacts.class)
@JsonDeserialize(as = ImmutableConseilCitoyenFacts.class)
@AccessorConstraints
public abstract class ConseilCitoyenFacts {
  ConseilCitoyenFacts() {}

  /**
   * The code of the quartier prioritaire.
   *
   * @return the code, such as {@code QN09337M}, or empty
   */
  @JsonPropertyDescription("The code of the quartier prioritaire (e.g. QN09337M): named in the answer when the 2024 "
      + "list has it (loi n° 2014-173, art. 7: « dans chaque quartier prioritaire »).")
  public abstract Optional<@FrenchIdentifier(FrenchIdentifier.Kind.QPV) String> qpv();

  /**
   * Whether a conseil citoyen is set up in the quartier.
   *
   * @return the statement
   */
  @JsonPropertyDescription("Whether a conseil citoyen is set up in the quartier (loi n° 2014-173, art. 7, I: « Un "
      + "conseil citoyen est mis en place dans chaque quartier prioritaire »).")
  public abstract Optional<Boolean> established();

  /**
   * Whether the inhabitants' members were drawn by lot.
   *
   * @return the statement
   */
  @JsonPropertyDescription("Whether the inhabitants' members were drawn by lot (loi n° 2014-173, art. 7, in its "
      + "version up to 16 November 2024: « d'habitants tirés au sort »).")
  public abstract Optional<Boolean> inhabitantsDrawnByLot();

  /**
   * The women among the inhabitants' members.
   *
   * @return the number
   */
  @JsonPropertyDescription("The women among the inhabitants' members (« dans le respect de la parité entre les "
      + "femmes et les hommes », loi n° 2014-173, art. 7, up to 16 November 2024).")
  public abstract Optional<@Min(0) @Max(10_000) Integer> inhabitantWomen();

  /**
   * The men among the inhabitants' members.
   *
   * @return the number
   */
  @JsonPropertyDescription("The men among the inhabitants' members (loi n° 2014-173, art. 7, up to 16 November "
      + "2024).")
  public abstract Optional<@Min(0) @Max(10_000) Integer> inhabitantMen();

  /**
   * The representatives of associations and local actors.
   *
   * @return the number
   */
  @JsonPropertyDescription("The representatives of associations and local actors, the second part of the council "
      + "(loi n° 2014-173, art. 7: « d'autre part, de représentants des associations et acteurs locaux »).")
  public abstract Optional<@Min(0) @Max(10_000) Integer> localActors();

  /**
   * From 17 November 2024: whether the composition follows what the contrat de ville sets.
   *
   * @return the statement
   */
  @JsonPropertyDescription("From 17 November 2024 (décret n° 2024-1036 [S]): whether the composition follows what "
      + "the contrat de ville sets, the drawing by lot being no longer required.")
  public abstract Optional<Boolean> compositionPerContratDeVille();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ConseilCitoyenFacts.Builder builder() {
    return new ConseilCitoyenFacts.Builder();
  }

  /**
   * A builder holding the attributes of this value, to change some of them and build a new value;
   * this one is left as it is.
   *
   * @return a new builder, filled from this value
   */
  public ConseilCitoyenFacts.Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Builds a {@link ConseilCitoyenFacts}: set its attributes, then call {@code build()}. A builder
   * is not thread-safe: use it where it is made.
   */
  public static final class Builder extends ImmutableConseilCitoyenFacts.Builder {
    /** A builder with no attribute set, as {@link ConseilCitoyenFacts#builder()} gives. */
    public Builder() {}
  }
}
