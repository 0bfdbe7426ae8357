package io.github.essrules.rules.esus;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.essrules.core.EssStyle;
import io.github.essrules.core.validation.AccessorConstraints;
import io.github.essrules.core.validation.NotAfterAsOf;
import io.github.essrules.rules.ess.EssMembershipFacts;
import io.github.essrules.rules.structure.Organisation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What {@link EsusRule} needs to know of an enterprise applying for the agrément "entreprise
 * solidaire d'utilité sociale" (C. trav. L3332-17-1): its ESS membership facts (which carry its
 * legal form), the date of the application, its creation date, and the facts of each condition.
 *
 * <p>Everything but {@link #ess()} and {@link #applicationDate()} may be left out: the
 * conditions that need a missing fact are undetermined and the verdict names the fact (the
 * library's rule of {@linkplain io.github.essrules.rules unknown and empty facts}).
 *
 * <pre>{@code
 * EsusFacts facts = EsusFacts.builder()
 *     .ess(essFacts)
 *     .applicationDate(LocalDate.of(2026, 3, 2))
 *     .creationDate(LocalDate.of(2012, 5, 1))
 *     .pleinDroitCategory(PleinDroitCategory.REGIE_DE_QUARTIER)
 *     .equitySecurities(EquitySecurities.NONE)
 *     .addPayYears(payYear2025)
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@EssStyle
@Value.Immutable
@JsonSerialize(as = ImmutableEsusFacts.class)
@JsonDeserialize(as = ImmutableEsusFacts.class)
@AccessorConstraints
public abstract class EsusFacts {
  EsusFacts() {}

  /**
   * The facts of ESS membership (loi n° 2014-856, art. 1), with the legal form.
   *
   * @return the facts
   */
  @JsonPropertyDescription("The facts of ESS membership (loi n° 2014-856, art. 1), with the legal form: the agrément "
      + "requires it (C. trav. L3332-17-1, I).")
  @NotNull
  @Valid
  public abstract EssMembershipFacts ess();

  /**
   * The organisation, with its qualifications (SIAE conventions, régie label, reconnaissance
   * d'utilité publique); its legal form must be the one of {@link #ess()}. Used to point at the
   * route de plein droit the organisation may take; never to choose it silently.
   *
   * @return the organisation
   */
  @JsonPropertyDescription("The organisation, with its qualifications (SIAE conventions, régie de quartier label, "
      + "reconnaissance d'utilité publique), used to point at a route de plein droit (C. trav. "
      + "L3332-17-1, II); its legal form must be that of ess.")
  public abstract Optional<@Valid Organisation> organisation();

  /**
   * The date the application for the agrément is (or was) received by the préfet: it fixes the
   * last closed financial years (R3332-21-1) and whether the enterprise is less than three years
   * old (R3332-21-1, R3332-21-3, III). Not after the date asked about.
   *
   * @return the date
   */
  @JsonPropertyDescription("The day the préfet receives (or received) the application: it fixes the last closed "
      + "financial years (C. trav. R3332-21-1) and whether the enterprise is less than three "
      + "years old (R3332-21-3, III). Not after the date asked about.")
  @NotNull
  @NotAfterAsOf
  public abstract LocalDate applicationDate();

  /**
   * The date the enterprise was created; not after the date asked about.
   *
   * @return the date
   */
  @JsonPropertyDescription("The day the enterprise was created; not after the date asked about.")
  public abstract Optional<@NotAfterAsOf LocalDate> creationDate();

  /**
   * The category of L3332-17-1, II the enterprise belongs to, if any: it then takes the route
   * "de plein droit".
   *
   * @return the category
   */
  @JsonPropertyDescription("The category of C. trav. L3332-17-1, II the enterprise belongs to, if any (1° to 16°): "
      + "it then takes the route de plein droit.")
  public abstract Optional<PleinDroitCategory> pleinDroitCategory();

  /**
   * The objectives of social utility pursued as main purpose (I, 1°).
   *
   * @return the main purpose
   */
  @JsonPropertyDescription("The objectives of social utility pursued as main purpose (C. trav. L3332-17-1, I, 1°).")
  public abstract Optional<@Valid MainPurpose> mainPurpose();

  /**
   * Whether the main purpose of I, 1° is written in the statuts (I, 5°).
   *
   * @return the statement
   */
  @JsonPropertyDescription("Whether the main purpose of social utility is written in the statuts (C. trav. "
      + "L3332-17-1, I, 5°).")
  public abstract Optional<Boolean> purposeInStatuts();

  /**
   * The financial years for the charge induite (I, 2°; R3332-21-1), in any order: at least the
   * last three closed before the application, or all closed years of an enterprise less than
   * three years old, or all years of the previous agrément for a renewal. A list the rule needs
   * items of ({@linkplain io.github.essrules.rules unknown and empty facts}): the text has no
   * answer for "no year", so empty or left out, 2° is undetermined and names
   * {@code /financialYears}.
   *
   * @return the years
   */
  @JsonPropertyDescription("The financial years for the charge induite (C. trav. L3332-17-1, I, 2°; R3332-21-1), in "
      + "any order: at least the last three closed before the application, all closed years of an "
      + "enterprise less than three years old, or all years of the previous agrément for a "
      + "renewal; left out or [], 2° is undetermined.")
  public abstract List<@NotNull @Valid EsusFinancialYear> financialYears();

  /**
   * Whether the enterprise commits to keep the dividend ratio of R3332-21-1, 2° during the
   * agrément.
   *
   * @return the statement
   */
  @JsonPropertyDescription("Whether the enterprise commits to keep the dividend ratio of C. trav. R3332-21-1, 2° "
      + "during the agrément.")
  public abstract Optional<Boolean> dividendRatioCommitment();

  /**
   * The pay of each year assessed for the pay cap (I, 3°). A list the rule needs items of
   * ({@linkplain io.github.essrules.rules unknown and empty facts}): empty or left out, 3° is
   * undetermined and names {@code /payYears}.
   *
   * @return the years, in any order
   */
  @JsonPropertyDescription("The pay of each year assessed for the pay cap (C. trav. L3332-17-1, I, 3°); left out or "
      + "[], 3° is undetermined.")
  public abstract List<@NotNull @Valid PayYear> payYears();

  /**
   * The enterprise's equity securities and whether they are traded (I, 4°).
   *
   * @return the statement
   */
  @JsonPropertyDescription("The enterprise's equity securities and whether they are admitted to trading on a market "
      + "(C. trav. L3332-17-1, I, 4°).")
  public abstract Optional<EquitySecurities> equitySecurities();

  /**
   * For a renewal: the date the previous agrément was granted. The charge induite is then
   * checked over every financial year of the previous agrément (R3332-21-3, III). Not after the
   * date asked about.
   *
   * @return the date
   */
  @JsonPropertyDescription("For a renewal: the day the previous agrément was granted; the charge induite is then "
      + "checked over every financial year of the previous agrément (C. trav. R3332-21-3, III). "
      + "Not after the date asked about.")
  public abstract Optional<@NotAfterAsOf LocalDate> renewalOfAgrementGrantedOn();

  /**
   * The date the préfet received the complete file (R3332-21-3, II): two months of silence from
   * then is acceptance. Used by {@link EsusAgrement}. Not after the date asked about.
   *
   * @return the date
   */
  @JsonPropertyDescription("The day the préfet received the complete file: two months of silence from then is "
      + "acceptance (C. trav. R3332-21-3, II). Not after the date asked about.")
  public abstract Optional<@NotAfterAsOf LocalDate> completeFileReceivedOn();

  /**
   * The date of the préfet's express decision granting the agrément, if there was one. Used by
   * {@link EsusAgrement}. Not after the date asked about.
   *
   * @return the date
   */
  @JsonPropertyDescription("The day of the préfet's express decision granting the agrément, if there was one. Not "
      + "after the date asked about.")
  public abstract Optional<@NotAfterAsOf LocalDate> grantedOn();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static EsusFacts.Builder builder() {
    return new EsusFacts.Builder();
  }

  /**
   * A builder holding the attributes of this value, to change some of them and build a new value;
   * this one is left as it is.
   *
   * @return a new builder, filled from this value
   */
  public EsusFacts.Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Builds a {@link EsusFacts}: set its attributes, then call {@code build()}. A builder is not
   * thread-safe: use it where it is made.
   */
  public static final class Builder extends ImmutableEsusFacts.Builder {
    /** A builder with no attribute set, as {@link EsusFacts#builder()} gives. */
    public Builder() {}
  }

  @AssertTrue(message = "{ess-rules:validation.esus.creation-after-application}")
  boolean createdBeforeApplication() {
    return creationDate().isEmpty() || applicationDate() == null
        || !creationDate().get().isAfter(applicationDate());
  }

  @AssertTrue(message = "{ess-rules:validation.esus.organisation-form}")
  boolean organisationFormMatchesEss() {
    return organisation().isEmpty() || ess() == null || organisation().get().legalForm() == ess().legalForm();
  }

  @AssertTrue(message = "{ess-rules:validation.esus.file-before-application}")
  boolean fileReceivedAfterApplication() {
    return completeFileReceivedOn().isEmpty() || applicationDate() == null
        || !completeFileReceivedOn().get().isBefore(applicationDate());
  }

  /**
   * L3332-17-1, I, 3°, a compares the five best paid of a year: all of that year's pay is one
   * list, so a year given twice is refused rather than judged twice.
   */
  @AssertTrue(message = "{ess-rules:validation.esus.pay-years-unique}")
  boolean payYearsUnique() {
    List<PayYear> years = payYears();
    if (years.size() > 16) {
      Set<Year> seen = new HashSet<>();
      for (PayYear y : years) {
        if (y != null && !seen.add(y.year())) {
          return false;
        }
      }
      return true;
    }
    // a few years, as every application gives: compared pairwise, nothing allocated
    for (int i = 0; i < years.size(); i++) {
      for (int j = 0; j < i; j++) {
        if (years.get(i) != null && years.get(j) != null && years.get(i).year().equals(years.get(j).year())) {
          return false;
        }
      }
    }
    return true;
  }

  @AssertTrue(message = "{ess-rules:validation.esus.renewal-after-application}")
  boolean previousAgrementBeforeApplication() {
    return renewalOfAgrementGrantedOn().isEmpty() || applicationDate() == null
        || renewalOfAgrementGrantedOn().get().isBefore(applicationDate());
  }
}
