package io.github.essrules.rules.ville;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.essrules.core.EssStyle;
import io.github.essrules.core.validation.AccessorConstraints;
import io.github.essrules.core.validation.NotAfterAsOf;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A business set up in a zone franche urbaine-territoire entrepreneur and a profit period, for the
 * exemption of CGI 44 octies A.
 *
 * <p>Legal basis: CGI, art. 44 octies A (ZFU-TE exemption, establishments up to 31 December 2025).
 *
 * <p>This class is immutable and thread-safe.
 */
@EssStyle
@Value.Immutable
@JsonSerialize(as = ImmutableZfuTeFacts.class)
@JsonDeserialize(as = ImmutableZfuTeFacts.class)
@AccessorConstraints
public abstract class ZfuTeFacts {
  ZfuTeFacts() {}

  /**
   * The day the business set up in the zone; not after the date asked about. The schedule encoded
   * is that of businesses set up from 1 January 2015 to 31 December 2025: an earlier one gets a
   * not-applicable verdict (its regime is not modelled), a later one is refused.
   *
   * @return the date
   */
  @JsonPropertyDescription("The day the business set up in the zone franche urbaine-territoire entrepreneur (CGI 44 "
      + "octies A); not after the date asked about. The schedule encoded is that of businesses "
      + "set up from 1 January 2015 to 31 December 2025: an earlier one is not applicable (its "
      + "regime is not modelled), a later one is refused.")
  @NotNull
  @NotAfterAsOf
  public abstract LocalDate establishedOn();

  /**
   * The salariés: at most 50 for a business set up before 1 January 2019, fewer than 50 for one
   * set up from that day.
   *
   * @return the count
   */
  @JsonPropertyDescription("The number of salariés (CGI 44 octies A): at most 50 for a business set up before 1 "
      + "January 2019, fewer than 50 from that day.")
  public abstract Optional<@Min(0) Integer> employees();

  /**
   * The new employees residing in a ZFU-TE or a QPV hired full time for at least six months, as
   * counted for the profit period: each raises the cap of the exempt profit (50 000 € per twelve
   * months) by 5 000 € (CGI 44 octies A, read in service-public.fr fiche F31149).
   *
   * <p>The period in which such a hire counts is not settled by the sources the library follows:
   * they say neither whether the hire must fall within the profit period or since the
   * establishment, nor on what date the six months of full-time work and the residence are
   * assessed. State the count that applies to this period; the library does not check the hires.
   * Absent means unknown: the cap is then applied without the raise and the verdict says so (no
   * count of 0 is presumed).
   *
   * @return the count, or empty if not given
   */
  @JsonPropertyDescription("The new employees residing in a ZFU-TE or a QPV hired full time for at least six months, "
      + "counted for the profit period as the user states it: each raises the cap of the exempt "
      + "profit (50 000 € per twelve months) by 5 000 € (CGI 44 octies A); left out, the cap is "
      + "applied without the raise.")
  public abstract Optional<@Min(0) Integer> newResidentFullTimeHires();

  /**
   * The turnover or the balance-sheet total.
   *
   * @return the amount, in euros
   */
  @JsonPropertyDescription("The turnover or the balance-sheet total, in euros (CGI 44 octies A: at most 10 M€).")
  public abstract Optional<@PositiveOrZero @Digits(integer = 12, fraction = 2) BigDecimal> turnoverOrBalanceSheet();

  /**
   * The share of employees (or of hires) resident in a ZFU-TE or a QPV.
   *
   * @return the share, as a fraction
   */
  @JsonPropertyDescription("The share of employees (or of hires) resident in a ZFU-TE or a QPV, as a fraction (CGI "
      + "44 octies A: at least half).")
  public abstract Optional<@DecimalMin("0") @DecimalMax("1") BigDecimal> residentShare();

  /**
   * The first day of the profit period (a financial year).
   *
   * @return the date
   */
  @JsonPropertyDescription("The first day of the profit period (a financial year).")
  @NotNull
  public abstract LocalDate periodStart();

  /**
   * The last day of the profit period; not after the date asked about (a closed financial year).
   *
   * @return the date
   */
  @JsonPropertyDescription("The last day of the profit period; not after the date asked about (a closed financial "
      + "year).")
  @NotNull
  @NotAfterAsOf
  public abstract LocalDate periodEnd();

  /**
   * The profit of the period.
   *
   * @return the amount, in euros
   */
  @JsonPropertyDescription("The profit of the period, in euros.")
  @NotNull
  @Digits(integer = 12, fraction = 2)
  public abstract BigDecimal profit();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ZfuTeFacts.Builder builder() {
    return new ZfuTeFacts.Builder();
  }

  /**
   * A builder holding the attributes of this value, to change some of them and build a new value;
   * this one is left as it is.
   *
   * @return a new builder, filled from this value
   */
  public ZfuTeFacts.Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Builds a {@link ZfuTeFacts}: set its attributes, then call {@code build()}. A builder is not
   * thread-safe: use it where it is made.
   */
  public static final class Builder extends ImmutableZfuTeFacts.Builder {
    /** A builder with no attribute set, as {@link ZfuTeFacts#builder()} gives. */
    public Builder() {}
  }

  @AssertTrue(message = "{ess-rules:validation.ville.period}")
  boolean periodAfterEstablishment() {
    return periodStart() == null || periodEnd() == null || establishedOn() == null
        || !periodEnd().isBefore(periodStart()) && !periodStart().isBefore(establishedOn());
  }
}
