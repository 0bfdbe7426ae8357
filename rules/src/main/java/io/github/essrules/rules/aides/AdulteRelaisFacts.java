package io.github.essrules.rules.aides;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.essrules.core.EssStyle;
import io.github.essrules.core.validation.AccessorConstraints;
import io.github.essrules.core.validation.FrenchIdentifier;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An adulte-relais post: the person hired, the employer, the contract and the État–employer
 * convention, and — to compute the aid — the period the post was occupied.
 *
 * <p>Legal basis: C. trav. L5134-100 to L5134-108 and D5134-146 to D5134-160 (LEGI, dump of
 * 27 March 2026) [V]; the minimum age before 16 September 2021 is [S].
 *
 * <p>This class is immutable and thread-safe.
 */
@EssStyle
@Value.Immutable
@JsonSerialize(as = ImmutableAdulteRelaisFacts.class)
@JsonDeserialize(as = ImmutableAdulteRelaisFacts.class)
@AccessorConstraints
public abstract class AdulteRelaisFacts {
  AdulteRelaisFacts() {}

  /** The employer, as L5134-101 lists those the State may sign a convention with. */
  public enum Employer {
    /** 1° collectivité territoriale, EPCI, or one of their établissements publics. */
    COLLECTIVITE,
    /** 2° établissement public local d'enseignement. */
    EPLE,
    /** 3° établissement public de santé. */
    ETABLISSEMENT_PUBLIC_SANTE,
    /** 4° office public d'habitations à loyer modéré or office public d'aménagement et de construction. */
    OFFICE_HLM,
    /** 5° organisme de droit privé à but non lucratif (an association, for example). */
    ORGANISME_PRIVE_NON_LUCRATIF,
    /** 6° personne morale de droit privé chargée de la gestion d'un service public. */
    PERSONNE_PRIVEE_SERVICE_PUBLIC,
    /** None of the above (a commercial company, for example). */
    AUTRE
  }

  /** The person's situation on the day the contract is signed. */
  public enum Situation {
    /** Sans emploi. */
    SANS_EMPLOI,
    /** Bénéficiant d'un contrat d'accompagnement dans l'emploi, to which an end will be put. */
    CAE_AUQUEL_IL_EST_MIS_FIN,
    /** In employment otherwise. */
    EN_EMPLOI
  }

  /** The contract. */
  public enum Contract {
    /** Contrat à durée indéterminée. */
    CDI,
    /** Contrat à durée déterminée (C. trav. L1242-3, 1°). */
    CDD
  }

  /**
   * The day the contract is signed: the person's conditions are assessed on it (D5134-155), and it
   * is taken as the day of the hire, which may not precede the convention (D5134-152).
   *
   * @return the date
   */
  @JsonPropertyDescription("The day the contract is signed: the person's conditions are assessed on it (C. trav. "
      + "D5134-155), and it is taken as the day of the hire, which may not come before the convention's signature "
      + "(D5134-152).")
  @NotNull
  public abstract LocalDate signedOn();

  /**
   * The person's date of birth.
   *
   * @return the date
   */
  @JsonPropertyDescription("The person's date of birth: at least 26 years old on the day of the signature since "
      + "16 September 2021 (C. trav. L5134-102), 30 before [S].")
  @NotNull
  public abstract LocalDate birthDate();

  /**
   * The person's situation on the day of the signature.
   *
   * @return the situation, or empty when not known
   */
  @JsonPropertyDescription("The person's situation on the day of the signature: SANS_EMPLOI, "
      + "CAE_AUQUEL_IL_EST_MIS_FIN (a contrat d'accompagnement dans l'emploi to be ended) or EN_EMPLOI (C. trav. "
      + "L5134-102).")
  public abstract Optional<Situation> situation();

  /**
   * The code of the quartier prioritaire the person lives in, looked up in the 2024 list.
   *
   * @return the code, such as {@code QN09301M}, or empty
   */
  @JsonPropertyDescription("The code of the quartier prioritaire de la politique de la ville the person lives in "
      + "(e.g. QN09307M), looked up in the list of décret n° 2023-1314 (in force 1 January 2024) (C. trav. "
      + "L5134-102).")
  public abstract Optional<@FrenchIdentifier(FrenchIdentifier.Kind.QPV) String> residenceQpv();

  /**
   * Whether the person lives in a QPV or in another priority territory of the contrats de ville,
   * as the user states it (when no QPV code decides it).
   *
   * @return the statement
   */
  @JsonPropertyDescription("Whether the person lives in a quartier prioritaire or in another priority territory of "
      + "the contrats de ville, as the user states it, when no QPV code of the 2024 list decides it (C. trav. "
      + "L5134-102).")
  public abstract Optional<Boolean> residesInPriorityTerritory();

  /**
   * Whether the préfet derogated, in the convention, to the condition of residence.
   *
   * @return the statement
   */
  @JsonPropertyDescription("Whether the convention carries the préfet's derogation to the place of residence "
      + "(C. trav. D5134-151, 5°).")
  public abstract Optional<Boolean> prefectDerogation();

  /**
   * The employer.
   *
   * @return the kind
   */
  @JsonPropertyDescription("The employer, as C. trav. L5134-101 lists them: COLLECTIVITE (1°), EPLE (2°), "
      + "ETABLISSEMENT_PUBLIC_SANTE (3°), OFFICE_HLM (4°), ORGANISME_PRIVE_NON_LUCRATIF (5°), "
      + "PERSONNE_PRIVEE_SERVICE_PUBLIC (6°), or AUTRE.")
  @NotNull
  public abstract Employer employer();

  /**
   * For a public-law employer (1° to 4°): whether it is an établissement public industriel et
   * commercial, the only public employer that may sign a CDI (L5134-103).
   *
   * @return the statement
   */
  @JsonPropertyDescription("For a public-law employer (1° to 4° of L5134-101): whether it is an établissement public "
      + "industriel et commercial — the others may sign only CDD (C. trav. L5134-103).")
  public abstract Optional<Boolean> employerIsEpic();

  /**
   * The contract.
   *
   * @return the contract
   */
  @JsonPropertyDescription("The contract: CDI or CDD (C. trav. L5134-103).")
  @NotNull
  public abstract Contract contract();

  /**
   * For a CDD: its length in months.
   *
   * @return the months
   */
  @JsonPropertyDescription("For a CDD: its length in months, at most 36 (« dans la limite d'une durée de trois ans », "
      + "C. trav. L5134-103).")
  public abstract Optional<@Min(1) @Max(120) Integer> cddMonths();

  /**
   * For a CDD: 1 for the first contract, 2 for its renewal.
   *
   * @return the rank
   */
  @JsonPropertyDescription("For a CDD: 1 for the first contract, 2 for its renewal (« renouvelable une fois », "
      + "C. trav. L5134-103).")
  public abstract Optional<@Min(1) @Max(10) Integer> cddRank();

  /**
   * The weekly hours of the post, as the convention states them.
   *
   * @return the hours
   */
  @JsonPropertyDescription("The weekly hours of the post, as the convention states them (C. trav. D5134-151, 2°): "
      + "at least half of full time (D5134-156); the aid is prorated to them (D5134-158).")
  @NotNull
  @Positive
  @Digits(integer = 3, fraction = 2)
  public abstract BigDecimal weeklyHours();

  /**
   * The weekly hours of a full-time job at the employer.
   *
   * @return the hours
   */
  @JsonPropertyDescription("The weekly hours of a full-time job at the employer (35 under the legal duration, or the "
      + "collective agreement's), the base of the half-time floor and of the aid's prorata.")
  @NotNull
  @Positive
  @Digits(integer = 3, fraction = 2)
  public abstract BigDecimal fullTimeWeeklyHours();

  /**
   * The day the État–employer convention was signed.
   *
   * @return the date
   */
  @JsonPropertyDescription("The day the convention between the State (the préfet) and the employer was signed "
      + "(C. trav. D5134-149): no hire may come before it (D5134-152).")
  @NotNull
  public abstract LocalDate conventionSignedOn();

  /**
   * The length of the convention, in months.
   *
   * @return the months
   */
  @JsonPropertyDescription("The length for which the convention is signed, in months: at most three years (C. trav. "
      + "D5134-150), renewable by express agreement.")
  @NotNull
  @Min(1)
  @Max(120)
  public abstract Integer conventionMonths();

  /**
   * The period the post was occupied, to compute the aid.
   *
   * @return the period, or empty when no aid is asked for
   */
  @JsonPropertyDescription("The period the post was effectively occupied, to compute the aid (C. trav. D5134-158), "
      + "with the yearly amount the convention states if known.")
  public abstract Optional<@Valid AdulteRelaisAidPeriod> aid();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static AdulteRelaisFacts.Builder builder() {
    return new AdulteRelaisFacts.Builder();
  }

  /**
   * A builder holding the attributes of this value, to change some of them and build a new value;
   * this one is left as it is.
   *
   * @return a new builder, filled from this value
   */
  public AdulteRelaisFacts.Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Builds a {@link AdulteRelaisFacts}: set its attributes, then call {@code build()}. A builder
   * is not thread-safe: use it where it is made.
   */
  public static final class Builder extends ImmutableAdulteRelaisFacts.Builder {
    /** A builder with no attribute set, as {@link AdulteRelaisFacts#builder()} gives. */
    public Builder() {}
  }
}
