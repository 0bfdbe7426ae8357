package io.github.essrules.rules.esus;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.essrules.core.EssStyle;
import io.github.essrules.core.validation.AccessorConstraints;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The objectives of social utility (loi n° 2014-856, art. 2) the enterprise pursues as its main
 * purpose ("à titre principal"), for C. trav. L3332-17-1, I, 1°.
 *
 * <pre>{@code
 * MainPurpose p = MainPurpose.builder()
 *     .objectives(List.of(UtilityObjective.SUSTAINABLE_DEVELOPMENT))
 *     .sustainableDevelopmentImpactThrough(List.of(UtilityObjective.EXCLUSION_AND_COHESION))
 *     .build();
 * }</pre>
 *
 * <p>Both lists follow the library's rule of {@linkplain io.github.essrules.rules unknown and
 * empty facts}: left out, unknown (the condition is undetermined and names the list); empty,
 * known to be none.
 *
 * <p>This class is immutable and thread-safe.
 */
@EssStyle
@Value.Immutable
@JsonSerialize(as = ImmutableMainPurpose.class)
@JsonDeserialize(as = ImmutableMainPurpose.class)
@AccessorConstraints
public abstract class MainPurpose {
  MainPurpose() {}

  /**
   * The objectives pursued as main purpose, if known: empty when none is (then 1° is not met);
   * left out, 1° is undetermined ({@code /mainPurpose/objectives}).
   *
   * @return the objectives, if known
   */
  @JsonPropertyDescription("The objectives of social utility (loi n° 2014-856, art. 2, 1° to 5°) pursued as main "
      + "purpose; left out, unknown; [] when none is (C. trav. L3332-17-1, I, 1° not met).")
  public abstract Optional<List<@NotNull UtilityObjective>> objectives();

  /**
   * For objective 4°: the objectives among 1°, 2° and 3° through which the activity also has an
   * impact (art. 2), if known: empty when none (then 4° does not count); left out while 4° is
   * pursued, 4° is undetermined.
   *
   * @return the objectives, if known
   */
  @JsonPropertyDescription("For objective 4° (SUSTAINABLE_DEVELOPMENT): the objectives among 1°, 2° and 3° through "
      + "which the activity also has an impact (loi n° 2014-856, art. 2); [] when none (4° does "
      + "not count); left out while 4° is pursued, unknown.")
  public abstract Optional<List<@NotNull UtilityObjective>> sustainableDevelopmentImpactThrough();

  /**
   * For objective 5°: how the enterprise describes it, shown in the finding.
   *
   * @return the description
   */
  @JsonPropertyDescription("For objective 5°: how the enterprise describes it, shown in the finding (the library has "
      + "not read the wording of 5°).")
  public abstract Optional<@Size(min = 1, max = 500) String> objective5Description();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static MainPurpose.Builder builder() {
    return new MainPurpose.Builder();
  }

  /**
   * A builder holding the attributes of this value, to change some of them and build a new value;
   * this one is left as it is.
   *
   * @return a new builder, filled from this value
   */
  public MainPurpose.Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Builds a {@link MainPurpose}: set its attributes, then call {@code build()}. A builder is not
   * thread-safe: use it where it is made.
   */
  public static final class Builder extends ImmutableMainPurpose.Builder {
    /** A builder with no attribute set, as {@link MainPurpose#builder()} gives. */
    public Builder() {}
  }
}
