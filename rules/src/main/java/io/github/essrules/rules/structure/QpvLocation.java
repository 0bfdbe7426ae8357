package io.github.essrules.rules.structure;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.essrules.core.EssStyle;
import io.github.essrules.core.validation.AccessorConstraints;
import io.github.essrules.core.validation.FrenchIdentifier;
import jakarta.validation.constraints.NotNull;
import org.immutables.value.Value;

/**
 * A location (registered office or establishment) in a quartier prioritaire de la politique de la
 * ville (loi n° 2014-173, art. 5; list of décret n° 2023-1314), a {@link Qualification} of its own
 * (it was {@code Qualifications.QpvLocation}).
 *
 * <p>This class is immutable and thread-safe.
 */
@EssStyle
@Value.Immutable
@JsonSerialize(as = ImmutableQpvLocation.class)
@JsonDeserialize(as = ImmutableQpvLocation.class)
@JsonTypeName("QPV_LOCATION")
@AccessorConstraints
public abstract class QpvLocation implements Qualification {
  QpvLocation() {}

  /**
   * The QPV code.
   *
   * @return the code
   */
  @JsonPropertyDescription("The code of the quartier prioritaire de la politique de la ville (QPV), such as "
      + "QN06312M.")
  @NotNull
  @FrenchIdentifier(FrenchIdentifier.Kind.QPV)
  public abstract String qpvCode();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static QpvLocation.Builder builder() {
    return new QpvLocation.Builder();
  }

  /**
   * A builder holding the attributes of this value, to change some of them and build a new value;
   * this one is left as it is.
   *
   * @return a new builder, filled from this value
   */
  public QpvLocation.Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Builds a {@link QpvLocation}: set its attributes, then call {@code build()}. A
   * builder is not thread-safe: use it where it is made.
   */
  public static final class Builder extends ImmutableQpvLocation.Builder {
    /**
     * A builder with no attribute set, as {@link QpvLocation#builder()} gives.
     */
    public Builder() {}
  }
}
