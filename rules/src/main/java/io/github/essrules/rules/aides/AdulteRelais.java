package io.github.essrules.rules.aides;

import static io.github.essrules.rules.internal.Conditions.msg;

import io.github.essrules.core.i18n.MessageArg;
import io.github.essrules.core.law.ArticleHistory;
import io.github.essrules.core.law.ArticleVersion;
import io.github.essrules.core.law.Confidence;
import io.github.essrules.core.law.LegalReference;
import io.github.essrules.core.money.Euros;
import io.github.essrules.core.money.RoundedAmount;
import io.github.essrules.core.param.DatedValue;
import io.github.essrules.core.verdict.BaseRule;
import io.github.essrules.core.verdict.Comparison;
import io.github.essrules.core.verdict.Finding;
import io.github.essrules.core.verdict.LawContext;
import io.github.essrules.core.verdict.Operator;
import io.github.essrules.core.verdict.Outcome;
import io.github.essrules.core.verdict.Verdict;
import io.github.essrules.rules.amounts.LegalParameters;
import io.github.essrules.rules.internal.Conditions;
import io.github.essrules.rules.internal.Titles;
import io.github.essrules.rules.law.LegalTexts;
import io.github.essrules.rules.ville.QpvRegistry;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An adulte-relais post (C. trav. L5134-100 to L5134-108, D5134-146 to D5134-160): whether the
 * person, the employer, the contract and the convention meet the texts on the day the contract is
 * signed, and the State aid for a period the post was occupied.
 *
 * <p>The texts applied, read in the LEGI database [V] unless said otherwise:
 * <ul>
 *   <li>L5134-102 (LEGIARTI000044043083, since 16 September 2021): « Le contrat de travail relatif
 *       à des activités d'adultes-relais peut être conclu avec des personnes âgées d'au moins
 *       vingt-six ans, sans emploi ou bénéficiant, sous réserve qu'il soit mis fin à ce contrat,
 *       d'un contrat d'accompagnement dans l'emploi et résidant dans un quartier prioritaire de la
 *       politique de la ville ou dans un autre territoire prioritaire des contrats de ville. » The
 *       minimum age is the dated parameter {@code adulte-relais-age-minimum}: 26 since
 *       16 September 2021, 30 from 8 August 2015 [S: service-public.fr F1019, 2019]; a signature
 *       before 8 August 2015 is refused. « au moins » is {@code ≥}: the person may sign on their
 *       26th birthday, not the day before. The conditions are assessed « à la date de la
 *       signature » (D5134-155).
 *   <li>L5134-101: the employers the State may sign a convention with (1° to 6°).
 *   <li>L5134-103: « à durée indéterminée ou à durée déterminée conclu en application du 1° de
 *       l'article L. 1242-3 dans la limite d'une durée de trois ans renouvelable une fois » — a CDD
 *       of at most 36 months, renewed at most once; public-law employers other than EPIC « ne
 *       peuvent conclure que des contrats de travail à durée déterminée ».
 *   <li>D5134-156: part time « ne peut être inférieur à un mi-temps » (hours ≥ half of full time).
 *   <li>D5134-150: « La durée pour laquelle la convention est signée ne peut excéder trois ans »
 *       (≤ 36 months); D5134-152: « Aucune embauche ne peut intervenir avant la date de la
 *       signature de la convention » (the same day is allowed).
 *   <li>D5134-158 and D5134-160: the aid is paid for the periods the post is effectively occupied,
 *       part time « à due proportion du temps de travail prévu à la convention », from a yearly
 *       amount per full-time post revalued each 1 July. The aid of a period is
 *       yearly amount × weekly hours ÷ full-time hours × days occupied ÷ days of the aid year
 *       (1 July to 30 June), rounded once to the cent, half up (the text is silent on rounding and
 *       on the unit of the prorata: days are the library's choice). The yearly amount is the one
 *       the convention states (D5134-151, 4°: fact {@code /aid/yearlyAmount}) or the dated
 *       parameter {@code adulte-relais-aide-annuelle}, which knows only 17 538,40 € from
 *       18 January to 30 June 2013 [S]: the 22 810,61 € published in 2024 has no known date of
 *       effect, and the library never revalues 17 538,40 € itself.
 * </ul>
 *
 * <p>Residence in a QPV is decided from the code of the person's quartier in the 2024 list
 * ({@link QpvRegistry}); for an earlier signature, a code the list does not have, or another
 * priority territory, the user's statement decides; the préfet's derogation (D5134-151, 5°)
 * lifts the condition.
 *
 * <p>Not modelled: the missions (D5134-145, D5134-146: qualitative), « activité normale » of a
 * public employer, the trial period, termination and severance (L5134-104 to L5134-107), the ban on
 * cumulating the aid with another State employment aid (L5134-108), the conventions concluded
 * before 18 January 2013 under the décret of 20 March 2002. A person born on 29 February reaches
 * an age on 1 March of a common year (as {@link Period#between} counts).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AdulteRelais extends BaseRule<AdulteRelaisFacts> {
  /** The rule's identifier. */
  public static final String ID = "adulte-relais";
  /** The longest CDD, in months: « dans la limite d'une durée de trois ans » (L5134-103). */
  public static final int CDD_MAXIMUM_MONTHS = 36;
  /** A CDD is « renouvelable une fois »: the renewal is the second contract at most (L5134-103). */
  public static final int CDD_MAXIMUM_RANK = 2;
  /** The longest convention, in months: « ne peut excéder trois ans » (D5134-150). */
  public static final int CONVENTION_MAXIMUM_MONTHS = 36;
  /** The rounding of the aid: once, to the cent, half up (the text is silent). */
  public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

  private static final ArticleHistory L5134_102 = LegalTexts.codeDuTravail("L5134-102");
  private static final LegalReference L5134_101 = ref("L5134-101");
  static final LegalReference L5134_103 = ref("L5134-103");
  private static final LegalReference D5134_150 = ref("D5134-150");
  private static final LegalReference D5134_152 = ref("D5134-152");
  private static final LegalReference D5134_156 = ref("D5134-156");
  private static final BigDecimal TWO = BigDecimal.valueOf(2);
  private static final AdulteRelais INSTANCE = new AdulteRelais();

  private AdulteRelais() {
    super(ID, AdulteRelaisFacts.class, Titles.of(ID));
  }

  static LegalReference ref(String article) {
    return LegalTexts.codeDuTravail(article).reference("", Confidence.VERIFIED);
  }

  /**
   * The rule.
   *
   * @return the shared instance
   */
  public static AdulteRelais get() {
    return INSTANCE;
  }

  /**
   * The first day of the aid year (1 July to 30 June, D5134-160) that contains a day.
   *
   * @param day the day
   * @return the 1 July on or before it
   */
  public static LocalDate aidYearStart(LocalDate day) {
    return LocalDate.of(day.getMonthValue() >= 7 ? day.getYear() : day.getYear() - 1, 7, 1);
  }

  /**
   * The aid for a period within one aid year, exact: yearly amount × share of full time × days
   * occupied ÷ days of the aid year (365 or 366), to 34 significant digits.
   *
   * <pre>{@code
   * // 17 538,40 € a year, full time, 1 July 2012 → 30 June 2013: the whole year
   * AdulteRelais.exactAid(new BigDecimal("17538.40"), BigDecimal.ONE,
   *     LocalDate.of(2012, 7, 1), LocalDate.of(2013, 6, 30)); // 17538.40
   * }</pre>
   *
   * @param yearly the yearly amount per full-time post
   * @param share the weekly hours of the post ÷ full-time weekly hours
   * @param from the first day occupied, included
   * @param to the last day occupied, included, in the same aid year
   * @return the amount, exact to 34 digits
   * @throws IllegalArgumentException if the period is reversed or crosses a 1 July
   */
  public static BigDecimal exactAid(BigDecimal yearly, BigDecimal share, LocalDate from, LocalDate to) {
    LocalDate start = aidYearStart(from);
    LocalDate next = start.plusYears(1);
    if (to.isBefore(from) || !to.isBefore(next)) {
      throw new IllegalArgumentException("the period " + from + " → " + to + " is reversed or crosses 1 July "
          + next.getYear());
    }
    long days = ChronoUnit.DAYS.between(from, to) + 1;
    long yearDays = ChronoUnit.DAYS.between(start, next);
    return yearly.multiply(share).multiply(BigDecimal.valueOf(days))
        .divide(BigDecimal.valueOf(yearDays), MathContext.DECIMAL128);
  }

  /**
   * The aid for a period within one aid year, rounded once to the cent, half up.
   *
   * @param yearly the yearly amount per full-time post
   * @param share the weekly hours of the post ÷ full-time weekly hours
   * @param from the first day occupied, included
   * @param to the last day occupied, included, in the same aid year
   * @return the amount, exact and rounded
   * @throws IllegalArgumentException if the period is reversed or crosses a 1 July
   */
  public static RoundedAmount aid(BigDecimal yearly, BigDecimal share, LocalDate from, LocalDate to) {
    return Euros.round(exactAid(yearly, share, from, to), ROUNDING);
  }

  @Override
  protected Verdict decide(AdulteRelaisFacts f, LawContext law) {
    LocalDate signed = f.signedOn();
    law.article(L5134_102); // the law of the date asked: refused beyond the horizon
    ArticleVersion v102 = law.article(L5134_102, signed);
    LegalReference ref102 = L5134_102.referenceTo(v102, Confidence.VERIFIED);
    DatedValue<BigDecimal> minAge = law.value(LegalParameters.decimal(LegalParameters.ADULTE_RELAIS_AGE_MINIMUM),
        signed);
    List<Finding> findings = new ArrayList<>();
    int age = Period.between(f.birthDate(), signed).getYears();
    Comparison ageCmp = Comparison.of(msg("ar.age.subject"), MessageArg.number(age), Operator.AT_LEAST,
        MessageArg.number(minAge.value()));
    findings.add(Finding.compared("ar.age", minAge.reference(),
        msg("ar.age", MessageArg.date(signed)), ageCmp));
    findings.add(AdulteRelaisFindings.situation(f, ref102));
    findings.add(AdulteRelaisFindings.residence(f, ref102));
    findings.add(Conditions.decided("ar.employer",
        Outcome.of(f.employer() != AdulteRelaisFacts.Employer.AUTRE), L5134_101,
        msg("ar.employer", MessageArg.term("ar.employer." + f.employer()))));
    findings.add(AdulteRelaisFindings.contractForm(f));
    if (f.contract() == AdulteRelaisFacts.Contract.CDD) {
      findings.add(AdulteRelaisFindings.atMost("ar.cdd.length", L5134_103, f.cddMonths(), "/cddMonths", CDD_MAXIMUM_MONTHS));
      findings.add(AdulteRelaisFindings.atMost("ar.cdd.rank", L5134_103, f.cddRank(), "/cddRank", CDD_MAXIMUM_RANK));
    }
    BigDecimal half = f.fullTimeWeeklyHours().divide(TWO);
    Comparison hours = Comparison.of(msg("ar.hours.subject"), MessageArg.number(f.weeklyHours()), Operator.AT_LEAST,
        MessageArg.number(half));
    findings.add(Finding.compared("ar.hours", D5134_156, msg("ar.hours"), hours));
    findings.add(AdulteRelaisFindings.atMost("ar.convention.length", D5134_150, Optional.of(f.conventionMonths()), "/conventionMonths",
        CONVENTION_MAXIMUM_MONTHS));
    Comparison before = Comparison.of(msg("ar.convention.hire.subject"), MessageArg.date(signed), Operator.AT_LEAST,
        MessageArg.date(f.conventionSignedOn()));
    findings.add(Finding.compared("ar.convention.hire", D5134_152, msg("ar.convention.hire"), before));
    Outcome outcome = Conditions.outcomeOfAll(findings);
    Verdict.Builder v = Verdict.builder().ruleId(ID).asOf(law.asOf()).outcome(outcome).addAllFindings(findings);
    f.aid().ifPresent(p -> v.addNotices(AdulteRelaisFindings.aidNotice(f, p, outcome, law)));
    return v.build();
  }
}
