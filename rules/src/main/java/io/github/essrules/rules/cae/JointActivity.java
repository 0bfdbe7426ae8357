package io.github.essrules.rules.cae;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.essrules.core.EssStyle;
import io.github.essrules.core.validation.AccessorConstraints;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An autonomous economic activity run together by several entrepreneurs of the same CAE, and the
 * convention they must conclude with the CAE before it (C. trav. R7331-6).
 *
 * <p>This class is immutable and thread-safe.
 */
@EssStyle
@Value.Immutable
@JsonSerialize(as = ImmutableJointActivity.class)
@JsonDeserialize(as = ImmutableJointActivity.class)
@AccessorConstraints
public abstract class JointActivity {
  JointActivity() {}

  /**
   * A name for the reports.
   *
   * @return the name
   */
  @JsonPropertyDescription("A name for the reports.")
  @NotBlank
  @Size(max = 200)
  public abstract String name();

  /**
   * The identifiers of the entrepreneurs who run it; at least two (otherwise the facts are
   * refused, see {@linkplain io.github.essrules.rules unknown and empty facts}).
   *
   * @return the identifiers
   */
  @JsonPropertyDescription("The identifiers (id) of the entrepreneurs who run the activity together; at least two.")
  @Size(min = 2)
  public abstract List<@NotBlank String> entrepreneurIds();

  /**
   * The day the activity started.
   *
   * @return the date
   */
  @JsonPropertyDescription("The day the activity started: the convention must be signed by then (C. trav. R7331-6).")
  @NotNull
  public abstract LocalDate startedOn();

  /**
   * The day the convention was signed, if it was.
   *
   * @return the date
   */
  @JsonPropertyDescription("The day the convention with the CAE was signed, if it was (C. trav. R7331-6).")
  public abstract Optional<LocalDate> conventionSignedOn();

  /**
   * What the convention states, if known.
   *
   * @return the contents
   */
  @JsonPropertyDescription("What the convention states (C. trav. R7331-6): the nature of the activity, the split of "
      + "the remuneration, who owns the clientele, the common trade name and the pooled elements; "
      + "left out, unknown.")
  public abstract Optional<List<@NotNull ConventionContent>> conventionContents();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static JointActivity.Builder builder() {
    return new JointActivity.Builder();
  }

  /**
   * A builder holding the attributes of this value, to change some of them and build a new value;
   * this one is left as it is.
   *
   * @return a new builder, filled from this value
   */
  public JointActivity.Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Builds a {@link JointActivity}: set its attributes, then call {@code build()}. A builder is not
   * thread-safe: use it where it is made.
   */
  public static final class Builder extends ImmutableJointActivity.Builder {
    /** A builder with no attribute set, as {@link JointActivity#builder()} gives. */
    public Builder() {}
  }
}
