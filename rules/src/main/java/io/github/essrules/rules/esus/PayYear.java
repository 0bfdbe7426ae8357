package io.github.essrules.rules.esus;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.essrules.core.EssStyle;
import io.github.essrules.core.validation.AccessorConstraints;
import io.github.essrules.core.validation.NotAfterAsOf;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The pay of a calendar year for the pay cap of C. trav. L3332-17-1, I, 3°: the sums paid to the
 * best-paid salariés and dirigeants, and the branch minimum wage when the enterprise has one.
 *
 * <p>List at least the five best-paid persons (more is fine: the rule sorts them), or every
 * paid person if there are fewer than five and say so with {@link #allPaidPersonsListed()}.
 *
 * <pre>{@code
 * PayYear y = PayYear.builder().year(Year.of(2025))
 *     .addPay(Pay.builder().role(PayeeRole.DIRIGEANT).amountPaid(new BigDecimal("90000"))
 *         .fullTimeRatio(BigDecimal.ONE).build())
 *     .allPaidPersonsListed(true)
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@EssStyle
@Value.Immutable
@JsonSerialize(as = ImmutablePayYear.class)
@JsonDeserialize(as = ImmutablePayYear.class)
@AccessorConstraints
public abstract class PayYear {
  PayYear() {}

  /**
   * The calendar year the sums were paid for; not after the year of the date asked about.
   *
   * @return the year
   */
  @JsonPropertyDescription("The calendar year the sums were paid for; not after the year of the date asked about.")
  @NotNull
  @NotAfterAsOf
  public abstract Year year();

  /**
   * The annual full-time minimum wage of the enterprise's branch for that year, if it has one;
   * used instead of the SMIC when it is higher.
   *
   * @return the amount, in euros
   */
  @JsonPropertyDescription("The annual full-time minimum wage of the enterprise's branch for the year, in euros, if "
      + "it has one: used instead of the SMIC when higher (C. trav. L3332-17-1, I, 3°).")
  public abstract Optional<@Positive @Digits(integer = 15, fraction = 2) BigDecimal> branchMinimumAnnual();

  /**
   * The pay of the best-paid persons, in any order. A list the rule needs items of
   * ({@linkplain io.github.essrules.rules unknown and empty facts}): the cap compares sums paid,
   * so empty or left out, the year is undetermined and names its {@code pay}.
   *
   * @return the pay
   */
  @JsonPropertyDescription("The pay of the best-paid salariés and dirigeants, at least five (or every paid person), "
      + "in any order (C. trav. L3332-17-1, I, 3°); left out or [], the year is undetermined.")
  public abstract List<@NotNull @Valid Pay> pay();

  /**
   * Whether {@link #pay()} lists every salarié and dirigeant the enterprise paid that year;
   * needed only when it lists fewer than five persons.
   *
   * @return the statement
   */
  @JsonPropertyDescription("Whether pay lists every salarié and dirigeant the enterprise paid that year; needed only "
      + "when it lists fewer than five persons.")
  public abstract Optional<Boolean> allPaidPersonsListed();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static PayYear.Builder builder() {
    return new PayYear.Builder();
  }

  /**
   * A builder holding the attributes of this value, to change some of them and build a new value;
   * this one is left as it is.
   *
   * @return a new builder, filled from this value
   */
  public PayYear.Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Builds a {@link PayYear}: set its attributes, then call {@code build()}. A builder is not
   * thread-safe: use it where it is made.
   */
  public static final class Builder extends ImmutablePayYear.Builder {
    /** A builder with no attribute set, as {@link PayYear#builder()} gives. */
    public Builder() {}
  }
}
