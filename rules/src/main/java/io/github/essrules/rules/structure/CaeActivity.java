package io.github.essrules.rules.structure;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.essrules.core.EssStyle;
import org.immutables.value.Value;

/**
 * The activity of a coopérative d'activité et d'emploi (loi n° 47-1775, art. 26-41), a
 * {@link Qualification} of its own (it was {@code Qualifications.CaeActivity}).
 *
 * <p>This class is immutable and thread-safe.
 */
@EssStyle
@Value.Immutable
@JsonSerialize(as = ImmutableCaeActivity.class)
@JsonDeserialize(as = ImmutableCaeActivity.class)
@JsonTypeName("CAE_ACTIVITY")
public abstract class CaeActivity implements Qualification {
  CaeActivity() {}

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static CaeActivity.Builder builder() {
    return new CaeActivity.Builder();
  }

  /**
   * A builder holding the attributes of this value, to change some of them and build a new value;
   * this one is left as it is.
   *
   * @return a new builder, filled from this value
   */
  public CaeActivity.Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Builds a {@link CaeActivity}: set its attributes, then call {@code build()}. A
   * builder is not thread-safe: use it where it is made.
   */
  public static final class Builder extends ImmutableCaeActivity.Builder {
    /**
     * A builder with no attribute set, as {@link CaeActivity#builder()} gives.
     */
    public Builder() {}
  }
}
