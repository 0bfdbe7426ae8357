package io.github.essrules.rules.esus;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.essrules.core.EssStyle;
import io.github.essrules.core.validation.AccessorConstraints;
import io.github.essrules.core.validation.Arguments;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The sums one salarié or dirigeant was paid for a year, bonuses included, and the share of a
 * full-time job over the year that pay stands for, for the pay cap of C. trav. L3332-17-1, I, 3°.
 *
 * <p>{@code fullTimeRatio} is the time worked over the year relative to a full-time job for the
 * whole year: 1 for full time all year, 0.8 for a four-day week, 0.5 for six months full time.
 * The pay is assessed "pour un emploi à temps complet": divided by that ratio.
 *
 * <pre>{@code
 * Pay p = Pay.builder().label("directrice").role(PayeeRole.DIRIGEANT)
 *     .amountPaid(new BigDecimal("64000")).fullTimeRatio(new BigDecimal("0.8")).build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@EssStyle
@Value.Immutable
@JsonSerialize(as = ImmutablePay.class)
@JsonDeserialize(as = ImmutablePay.class)
@AccessorConstraints
public abstract class Pay {
  Pay() {}

  /**
   * A label for the person (a job title, an initial), never needed: shown in the findings.
   *
   * @return the label
   */
  @JsonPropertyDescription("A label for the person (a job title, initials), shown in the findings; never needed.")
  public abstract Optional<@Size(min = 1, max = 100) String> label();

  /**
   * Salarié or dirigeant.
   *
   * @return the role
   */
  @JsonPropertyDescription("SALARIE or DIRIGEANT (C. trav. R3332-21-2 for companies).")
  @NotNull
  public abstract PayeeRole role();

  /**
   * The gross sums paid for the year, bonuses included.
   *
   * @return the amount, in euros
   */
  @JsonPropertyDescription("The gross sums paid to the person for the year, bonuses included, in euros.")
  @NotNull
  @PositiveOrZero
  @Digits(integer = 15, fraction = 2)
  public abstract BigDecimal amountPaid();

  /**
   * The share of a full-time job over the year, more than 0 and at most 1.
   *
   * @return the ratio
   */
  @JsonPropertyDescription("The share of a full-time job over the year the pay stands for, more than 0 and at most 1 "
      + "(1 full time all year, 0.5 six months full time): the pay is assessed pour un emploi à "
      + "temps complet (C. trav. L3332-17-1, I, 3°).")
  @NotNull
  @DecimalMin(value = "0", inclusive = false)
  @DecimalMax("1")
  @Digits(integer = 1, fraction = 6)
  public abstract BigDecimal fullTimeRatio();

  /**
   * The pay of a year from the gross sums of each month it was paid (bonuses included, in the
   * month they were paid): their exact sum, for a person who worked {@code fullTimeRatio} of a
   * full-time year.
   *
   * <pre>{@code
   * // twelve payslips of 3 500 € and a bonus of 2 000 € in December, full time all year
   * List<BigDecimal> months = new ArrayList<>(Collections.nCopies(12, new BigDecimal("3500")));
   * months.set(11, new BigDecimal("5500"));
   * Pay p = Pay.ofMonths("directrice", PayeeRole.DIRIGEANT, BigDecimal.ONE, months); // amountPaid 44 000
   * }</pre>
   *
   * @param label a label for the person (a job title, an initial), shown in the findings; not
   *     {@code null}
   * @param role salarié or dirigeant, not {@code null}
   * @param fullTimeRatio the share of a full-time job over the year (1 for full time all year,
   *     0.5 for six months full time), not {@code null}
   * @param monthlyGross the gross sums paid each month, at most twelve; not {@code null}
   * @return the pay, checked when a rule evaluates the facts
   * @throws io.github.essrules.core.validation.InvalidInputException naming the argument if one is
   *     {@code null} or holds {@code null}, or if more than twelve months are given
   */
  public static Pay ofMonths(String label, PayeeRole role, BigDecimal fullTimeRatio,
      Collection<BigDecimal> monthlyGross) {
    Arguments.required(label, "label");
    Arguments.required(role, "role");
    Arguments.required(fullTimeRatio, "fullTimeRatio");
    Arguments.required(monthlyGross, "monthlyGross");
    Arguments.within(monthlyGross.size(), "monthlyGross", 0, 12);
    BigDecimal sum = BigDecimal.ZERO;
    for (BigDecimal month : monthlyGross) {
      sum = sum.add(Arguments.required(month, "monthlyGross"));
    }
    return Pay.builder().label(label).role(role).amountPaid(sum).fullTimeRatio(fullTimeRatio).build();
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Pay.Builder builder() {
    return new Pay.Builder();
  }

  /**
   * A builder holding the attributes of this value, to change some of them and build a new value;
   * this one is left as it is.
   *
   * @return a new builder, filled from this value
   */
  public Pay.Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Builds a {@link Pay}: set its attributes, then call {@code build()}. A builder is not
   * thread-safe: use it where it is made.
   */
  public static final class Builder extends ImmutablePay.Builder {
    /** A builder with no attribute set, as {@link Pay#builder()} gives. */
    public Builder() {}
  }
}
