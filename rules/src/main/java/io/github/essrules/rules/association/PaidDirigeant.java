package io.github.essrules.rules.association;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.essrules.core.EssStyle;
import io.github.essrules.core.validation.AccessorConstraints;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A dirigeant of the association paid during the year assessed, month by month.
 *
 * <p>Legal basis: CGI, art. 261-7-1° d (dirigeants paid by an association whose management stays
 * désintéressée: the resource thresholds and the cap of three times the PSS; secondary source).
 *
 * <p>This class is immutable and thread-safe.
 */
@EssStyle
@Value.Immutable
@JsonSerialize(as = ImmutablePaidDirigeant.class)
@JsonDeserialize(as = ImmutablePaidDirigeant.class)
@AccessorConstraints
public abstract class PaidDirigeant {
  PaidDirigeant() {}

  /**
   * Who (a role, an initial).
   *
   * @return the label
   */
  @JsonPropertyDescription("Who the dirigeant is (a role, initials).")
  @NotNull
  @Size(min = 1, max = 100)
  public abstract String label();

  /**
   * The months paid during the year assessed, if known; a month not listed was not paid. Left
   * out, the dirigeant's pay is unknown ({@linkplain io.github.essrules.rules unknown and empty
   * facts}).
   *
   * @return the months, if known
   */
  @JsonPropertyDescription("The months paid during the year assessed; a month not listed was not paid; left out, the "
      + "dirigeant's pay is unknown.")
  public abstract Optional<List<@NotNull @Valid MonthlyPay>> pay();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static PaidDirigeant.Builder builder() {
    return new PaidDirigeant.Builder();
  }

  /**
   * A builder holding the attributes of this value, to change some of them and build a new value;
   * this one is left as it is.
   *
   * @return a new builder, filled from this value
   */
  public PaidDirigeant.Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Builds a {@link PaidDirigeant}: set its attributes, then call {@code build()}. A builder is not
   * thread-safe: use it where it is made.
   */
  public static final class Builder extends ImmutablePaidDirigeant.Builder {
    /** A builder with no attribute set, as {@link PaidDirigeant#builder()} gives. */
    public Builder() {}
  }
}
