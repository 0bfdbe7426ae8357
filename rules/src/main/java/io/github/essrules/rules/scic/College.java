package io.github.essrules.rules.scic;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.essrules.core.EssStyle;
import io.github.essrules.core.validation.AccessorConstraints;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * A voting college of a SCIC's general meeting and the share of the votes it holds.
 *
 * <p>Legal basis: loi n° 47-1775 du 10 septembre 1947, art. 19 octies (historical numbering;
 * recalled, not read: confidence "unconfirmed").
 *
 * <p>This class is immutable and thread-safe.
 */
@EssStyle
@Value.Immutable
@JsonSerialize(as = ImmutableCollege.class)
@JsonDeserialize(as = ImmutableCollege.class)
@AccessorConstraints
public abstract class College {
  College() {}

  /**
   * The college's name.
   *
   * @return the name
   */
  @JsonPropertyDescription("The college's name.")
  @NotNull
  @Size(min = 1, max = 100)
  public abstract String name();

  /**
   * Its share of the votes, as a fraction ({@code 0.25}).
   *
   * @return the share
   */
  @JsonPropertyDescription("The college's share of the votes, as a fraction (0.25 for 25 %).")
  @NotNull
  @DecimalMin("0")
  @DecimalMax("1")
  public abstract BigDecimal voteShare();

  /**
   * A college.
   *
   * @param name the name
   * @param voteShare the share of the votes
   * @return the college
   */
  public static College of(String name, BigDecimal voteShare) {
    return College.builder().name(name).voteShare(voteShare).build();
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static College.Builder builder() {
    return new College.Builder();
  }

  /**
   * A builder holding the attributes of this value, to change some of them and build a new value;
   * this one is left as it is.
   *
   * @return a new builder, filled from this value
   */
  public College.Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Builds a {@link College}: set its attributes, then call {@code build()}. A builder is not
   * thread-safe: use it where it is made.
   */
  public static final class Builder extends ImmutableCollege.Builder {
    /** A builder with no attribute set, as {@link College#builder()} gives. */
    public Builder() {}
  }
}
