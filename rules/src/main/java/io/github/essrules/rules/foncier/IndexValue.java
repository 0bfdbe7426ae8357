package io.github.essrules.rules.foncier;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.essrules.core.EssStyle;
import io.github.essrules.core.law.Confidence;
import io.github.essrules.core.validation.AccessorConstraints;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;
import org.threeten.extra.YearQuarter;

/**
 * One value of a quarterly index, with how sure the library is of it and where it was read.
 *
 * <p>Legal basis: CCH, art. L255-5 and L255-10-1 (the actualisation the lease stipulates); the
 * value itself is INSEE's or the lease's, with its confidence.
 *
 * <p>This class is immutable and thread-safe.
 */
@EssStyle
@Value.Immutable
@JsonSerialize(as = ImmutableIndexValue.class)
@JsonDeserialize(as = ImmutableIndexValue.class)
@AccessorConstraints
public abstract class IndexValue {
  IndexValue() {}

  /**
   * The quarter.
   *
   * @return the quarter
   */
  @JsonPropertyDescription("The quarter, YYYY-Qn.")
  @NotNull
  @JsonSerialize(using = YearQuarterJson.Writer.class)
  @JsonDeserialize(using = YearQuarterJson.Reader.class)
  public abstract YearQuarter quarter();

  /**
   * The value; more than zero.
   *
   * @return the value
   */
  @JsonPropertyDescription("The index's value for the quarter; more than zero.")
  @NotNull
  @DecimalMin(value = "0", inclusive = false)
  public abstract BigDecimal value();

  /**
   * How sure the library is of the value: secondary for values cross-checked in secondary
   * sources, unconfirmed for the others; for a user's series, what the user says (verified by
   * default: the user vouches for it).
   *
   * @return the confidence
   */
  @JsonPropertyDescription("How sure the value is; for a user's series, what the user says: VERIFIED when left out "
      + "(the user vouches for it).")
  @Value.Default
  public Confidence confidence() {
    return Confidence.VERIFIED;
  }

  /**
   * Where the value was read.
   *
   * @return the source
   */
  @JsonPropertyDescription("Where the value was read.")
  public abstract Optional<String> source();

  /**
   * A value the user vouches for.
   *
   * @param quarter the quarter
   * @param value the value
   * @return the index value
   */
  public static IndexValue of(YearQuarter quarter, BigDecimal value) {
    return IndexValue.builder().quarter(quarter).value(value).build();
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static IndexValue.Builder builder() {
    return new IndexValue.Builder();
  }

  /**
   * A builder holding the attributes of this value, to change some of them and build a new value;
   * this one is left as it is.
   *
   * @return a new builder, filled from this value
   */
  public IndexValue.Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Builds a {@link IndexValue}: set its attributes, then call {@code build()}. A builder is not
   * thread-safe: use it where it is made.
   */
  public static final class Builder extends ImmutableIndexValue.Builder {
    /** A builder with no attribute set, as {@link IndexValue#builder()} gives. */
    public Builder() {}
  }
}
