package io.github.essrules.rules.cae;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.essrules.core.EssStyle;
import io.github.essrules.core.validation.AccessorConstraints;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An entrepreneur salarié of a CAE (C. trav. L7331-2) and the records the CAE keeps about them:
 * the contrat d'entrepreneur salarié (CESA), prior contracts, interviews, accounts and payments.
 *
 * <p>Lists of records ({@code interviews}, {@code fixedPartPaidMonths}…) are what happened,
 * following the library's rule of {@linkplain io.github.essrules.rules unknown and empty facts}:
 * an empty list means "none" (an interview not listed was not held); a list left out is unknown
 * and leaves the obligations that read it undetermined, naming it. Statements that may be unknown
 * are optional too.
 *
 * <p>This class is immutable and thread-safe.
 */
@EssStyle
@Value.Immutable
@JsonSerialize(as = ImmutableEntrepreneurSalarie.class)
@JsonDeserialize(as = ImmutableEntrepreneurSalarie.class)
@AccessorConstraints
public abstract class EntrepreneurSalarie {
  EntrepreneurSalarie() {}

  /**
   * An identifier or name for the reports, unique in the CAE.
   *
   * @return the identifier
   */
  @JsonPropertyDescription("An identifier or name for the reports, unique in the CAE.")
  @NotBlank
  @Size(max = 100)
  public abstract String id();

  /**
   * The day the CESA was concluded ("conclusion du contrat", L7331-3).
   *
   * @return the date
   */
  @JsonPropertyDescription("The day the contrat d'entrepreneur salarié associé (CESA) was concluded (C. trav. "
      + "L7331-3: conclusion du contrat).")
  @NotNull
  public abstract LocalDate contractStart();

  /**
   * The last day of the CESA, if it has ended.
   *
   * @return the date
   */
  @JsonPropertyDescription("The last day of the CESA, if it has ended.")
  public abstract Optional<LocalDate> contractEnd();

  /**
   * The contracts concluded with the CAE before the CESA (CAPE or other), if known; empty when
   * there was none. Their length shortens the associé deadline (L7331-3) and the longest trial
   * period (L7332-1).
   *
   * @return the contracts, if known
   */
  @JsonPropertyDescription("The contracts concluded with the CAE before the CESA (CAPE or other): their length "
      + "shortens the delay to become associé (C. trav. L7331-3) and the longest trial period "
      + "(L7332-1); left out, unknown; [] when there was none.")
  public abstract Optional<List<@NotNull @Valid PriorContract>> priorContracts();

  /**
   * The clauses the CESA contains, if known.
   *
   * @return the clauses
   */
  @JsonPropertyDescription("The clauses the CESA contains (C. trav. L7331-2, 2°, a to f; R7331-10; R7331-3); left "
      + "out, unknown.")
  public abstract Optional<List<@NotNull CesaClause>> contractClauses();

  /**
   * The trial period stipulated, renewal included, in whole months; 0 if none.
   *
   * @return the months, if known
   */
  @JsonPropertyDescription("The trial period stipulated, renewal included, in whole months; 0 if none (C. trav. "
      + "L7332-1).")
  public abstract Optional<@Min(0) @Max(36) Integer> trialPeriodMonths();

  /**
   * The first day of the first twelve-month period of interviews, when the CESA sets one;
   * otherwise the periods run from {@link #contractStart()}.
   *
   * @return the date
   */
  @JsonPropertyDescription("The first day of the first twelve-month period of interviews, when the CESA sets one; "
      + "otherwise the periods run from contractStart.")
  public abstract Optional<LocalDate> interviewPeriodsStartOn();

  /**
   * The accompaniment interviews held (R7331-3), if known; empty when none was.
   *
   * @return the interviews, if known
   */
  @JsonPropertyDescription("The accompaniment interviews held (C. trav. R7331-3); left out, unknown; [] when none "
      + "was.")
  public abstract Optional<List<@NotNull @Valid Interview>> interviews();

  /**
   * The day the entrepreneur became associé, if they did.
   *
   * @return the date
   */
  @JsonPropertyDescription("The day the entrepreneur became associé, if they did (C. trav. L7331-3).")
  public abstract Optional<LocalDate> becameAssocieOn();

  /**
   * Whether the CAE keeps an analytic balance-sheet account and an analytic profit-and-loss
   * account for the entrepreneur's activity or activities (R7331-5, R7331-7).
   *
   * @return the statement
   */
  @JsonPropertyDescription("Whether the CAE keeps an analytic balance-sheet account and an analytic profit-and-loss "
      + "account for the entrepreneur's activity or activities (C. trav. R7331-5, R7331-7).")
  public abstract Optional<Boolean> analyticAccountsKept();

  /**
   * The months for which the CAE sent the activity statement, when it has no information system
   * (R7331-5), if known; empty when it sent none. Not read when the CAE has an information system.
   *
   * @return the months, if known
   */
  @JsonPropertyDescription("The months for which the CAE sent the activity statement, when it has no information "
      + "system (C. trav. R7331-5); left out, unknown; [] when it sent none; not read when the "
      + "CAE has an information system.")
  public abstract Optional<List<@NotNull YearMonth>> monthlyStatementsSent();

  /**
   * The months for which the fixed part of the remuneration was paid (R7331-11), if known; empty
   * when none was.
   *
   * @return the months, if known
   */
  @JsonPropertyDescription("The months for which the fixed part of the remuneration was paid (C. trav. R7331-11); "
      + "left out, unknown; [] when none was.")
  public abstract Optional<List<@NotNull YearMonth>> fixedPartPaidMonths();

  /**
   * The balances of the variable part, per financial year (R7331-12), if known; empty when none
   * was paid or stated as nothing due.
   *
   * @return the balances, if known
   */
  @JsonPropertyDescription("The balances of the variable part of the remuneration, per financial year (C. trav. "
      + "R7331-12); left out, unknown; [] when none was paid or stated as nothing due.")
  public abstract Optional<List<@NotNull @Valid BalancePayment>> balancePayments();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static EntrepreneurSalarie.Builder builder() {
    return new EntrepreneurSalarie.Builder();
  }

  /**
   * A builder holding the attributes of this value, to change some of them and build a new value;
   * this one is left as it is.
   *
   * @return a new builder, filled from this value
   */
  public EntrepreneurSalarie.Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Builds a {@link EntrepreneurSalarie}: set its attributes, then call {@code build()}. A builder
   * is not thread-safe: use it where it is made.
   */
  public static final class Builder extends ImmutableEntrepreneurSalarie.Builder {
    /** A builder with no attribute set, as {@link EntrepreneurSalarie#builder()} gives. */
    public Builder() {}
  }

  @AssertTrue(message = "{ess-rules:validation.cae.contract-dates}")
  boolean contractEndsAfterItStarts() {
    return contractStart() == null || contractEnd().isEmpty() || !contractEnd().get().isBefore(contractStart());
  }
}
