package io.github.essrules.rules.financement;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.essrules.core.EssStyle;
import io.github.essrules.core.validation.AccessorConstraints;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A grouping that calls itself a pôle territorial de coopération économique, for {@link Ptce}: its
 * members, its territory and its strategy.
 *
 * <p>Legal basis: loi n° 2014-856 du 31 juillet 2014, art. 9, I [V].
 *
 * <p>This class is immutable and thread-safe.
 */
@EssStyle
@Value.Immutable
@JsonSerialize(as = ImmutablePtceGrouping.class)
@JsonDeserialize(as = ImmutablePtceGrouping.class)
@AccessorConstraints
public abstract class PtceGrouping {
  PtceGrouping() {}

  /**
   * The territory, for the reader.
   *
   * @return its name
   */
  @JsonPropertyDescription("The territory the grouping names, for the reader (art. 9, I: « sur un même territoire »).")
  public abstract Optional<@Size(min = 1, max = 500) String> territory();

  /**
   * The members.
   *
   * @return the members
   */
  @JsonPropertyDescription("The members and partners, each with what it is (loi n° 2014-856, art. 9, I).")
  public abstract Optional<List<@Valid @NotNull PtceMember>> members();

  /**
   * Whether the members are on the same territory.
   *
   * @return the statement
   */
  @JsonPropertyDescription("Whether the ESS enterprises and the enterprises are grouped « sur un même territoire » (art. "
      + "9, I).")
  public abstract Optional<Boolean> sameTerritory();

  /**
   * Whether they carry out a common and continuous strategy of pooling, cooperation or partnership.
   *
   * @return the statement
   */
  @JsonPropertyDescription("Whether the members carry out « une stratégie commune et continue de mutualisation, de "
      + "coopération ou de partenariat » (art. 9, I), as the user judges it.")
  public abstract Optional<Boolean> commonStrategy();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static PtceGrouping.Builder builder() {
    return new PtceGrouping.Builder();
  }

  /**
   * A builder holding the attributes of this value, to change some of them and build a new value;
   * this one is left as it is.
   *
   * @return a new builder, filled from this value
   */
  public PtceGrouping.Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Builds a {@link PtceGrouping}: set its attributes, then call {@code build()}. A builder is not
   * thread-safe: use it where it is made.
   */
  public static final class Builder extends ImmutablePtceGrouping.Builder {
    /** A builder with no attribute set, as {@link PtceGrouping#builder()} gives. */
    public Builder() {}
  }
}
