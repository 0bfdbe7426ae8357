package io.github.essrules.rules.oracle;

import io.github.essrules.core.verdict.Outcome;
import io.github.essrules.rules.ess.CapitalOperation;
import io.github.essrules.rules.ess.EssFinancialYear;
import io.github.essrules.rules.ess.EssMembershipFacts;
import io.github.essrules.rules.ess.LegalForm;
import io.github.essrules.rules.esus.EquitySecurities;
import io.github.essrules.rules.esus.EsusFacts;
import io.github.essrules.rules.esus.EsusFinancialYear;
import io.github.essrules.rules.esus.MainPurpose;
import io.github.essrules.rules.esus.Pay;
import io.github.essrules.rules.esus.PayYear;
import io.github.essrules.rules.esus.PleinDroitCategory;
import io.github.essrules.rules.esus.UtilityObjective;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The ESUS agrément written again by hand, from the texts alone: C. trav. L3332-17-1 (version of
 * 1 January 2025), R3332-21-1 and R3332-21-3, III, with loi n° 2014-856, art. 1. No references, no
 * messages, no notices, no validation: an outcome in three values, the arithmetic and the
 * comparisons of the law. It is two things:
 * <ul>
 *   <li>the <b>test oracle</b> of {@code EsusRule} ({@code EsusOracleProperties}): generated facts,
 *       every input varied, must get the same outcome from both, as ThreeTen-Extra checks its
 *       ranges against Guava's;
 *   <li>the <b>yardstick</b> of the benchmarks ({@code EsusBenchmark.baseline}, through the
 *       test-jar of this module): what a program that does not explain itself would compute.
 * </ul>
 *
 * <p>Its domain: a date asked about from 1 January 2025 (objective 5° of art. 2 counts, II 16°
 * exists); pay years whose SMIC did not change during the year, given by the caller (this class
 * has no table of amounts). Three-valued logic: a condition whose facts are missing is
 * undetermined, "and" fails on any failure, "or" holds on any success.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class EsusBaseline {
  /** Monthly hours of the legal working time: 35 × 52 ÷ 12. */
  private static final BigDecimal HOURS = new BigDecimal("151.67");
  private static final BigDecimal TWELVE = BigDecimal.valueOf(12);
  /** L3332-17-1, I, 3°, a and b: 7 and 10 times the annual reference. */
  private static final BigDecimal SEVEN = BigDecimal.valueOf(7);
  private static final BigDecimal TEN = BigDecimal.TEN;
  /** R3332-21-1, 1°: "au moins 66 %". */
  private static final BigDecimal SOCIAL_SHARE = new BigDecimal("0.66");
  /** R3332-21-1, 2°: the TMO "majoré d'un taux de 5 %", read as five points. */
  private static final BigDecimal TMO_MARGIN = new BigDecimal("0.05");
  /** Loi 2014-856, art. 1, II, 2°, c: 20 % to the fonds de développement below one fifth of the capital. */
  private static final BigDecimal FUND_SHARE = new BigDecimal("0.20");
  private static final BigDecimal RESERVES_FRACTION = new BigDecimal("0.2");
  /** Loi 2014-856, art. 1, II, 2°, c: 50 % to the report bénéficiaire and the mandatory reserves. */
  private static final BigDecimal RESERVE_SHARE = new BigDecimal("0.50");
  private static final int BEST_PAID = 5;

  private EsusBaseline() {}

  /**
   * Whether the facts meet the ESUS conditions, by arithmetic alone, every pay year with the same
   * hourly SMIC.
   *
   * @param f the facts
   * @param hourlySmic the hourly SMIC of the pay years (constant over each)
   * @return true if the outcome is satisfied
   */
  public static boolean eligible(EsusFacts f, BigDecimal hourlySmic) {
    return outcome(f, year -> hourlySmic) == Outcome.SATISFIED;
  }

  /**
   * The outcome the texts give for the facts.
   *
   * @param f the facts
   * @param hourlySmic the hourly SMIC of each pay year, constant over that year
   * @return satisfied, not satisfied or undetermined
   */
  public static Outcome outcome(EsusFacts f, Function<Year, BigDecimal> hourlySmic) {
    // II: "sous réserve de satisfaire aux conditions fixées à l'article 1er […] et aux 3° et 4° du I"
    Outcome common = and(ess(f.ess()), pay(f.payYears(), hourlySmic), equity(f.equitySecurities()));
    if (f.pleinDroitCategory().isPresent()) {
      if (f.pleinDroitCategory().get() != PleinDroitCategory.ASSOCIATION_FONDATION_RUP) {
        return common;
      }
      // 13°: associations and fondations reconnues d'utilité publique pursuing a social utility
      LegalForm form = f.ess().legalForm();
      return and(common, of(form == LegalForm.ASSOCIATION || form == LegalForm.FONDATION), purpose(f.mainPurpose()));
    }
    return and(common, purpose(f.mainPurpose()), charges(f), stated(f.purposeInStatuts()));
  }

  // ---- loi n° 2014-856, art. 1 ----------------------------------------------------------------

  private static Outcome ess(EssMembershipFacts e) {
    LegalForm form = e.legalForm();
    Outcome legalPerson = of(form != LegalForm.SOLE_PROPRIETORSHIP && form != LegalForm.PUBLIC_LAW_ENTITY);
    Outcome i = and(stated(e.purposeOtherThanSharingProfits()), stated(e.democraticGovernance()),
        stated(e.profitsMostlyForActivity()), stated(e.mandatoryReservesUndistributable()),
        stated(e.liquidationSurplusToEss()));
    Outcome ii;
    switch (form) {
      case ASSOCIATION: case FONDATION: case MUTUELLE: case SOCIETE_ASSURANCE_MUTUELLE: case SCOP: case SCIC:
      case OTHER_COOPERATIVE:
        ii = Outcome.SATISFIED;
        break;
      case COMMERCIAL_COMPANY:
        ii = and(stated(e.socialUtilityInStatuts()), stated(e.managementPrinciplesInStatuts()),
            managementYears(e.financialYears()), stated(e.registeredAsEss()));
        break;
      default:
        ii = Outcome.NOT_SATISFIED;
    }
    return and(legalPerson, i, ii);
  }

  private static Outcome managementYears(List<EssFinancialYear> years) {
    if (years.isEmpty()) {
      return Outcome.UNDETERMINED;
    }
    Outcome all = Outcome.SATISFIED;
    for (EssFinancialYear y : years) {
      Outcome allocation;
      if (y.profit().isEmpty() || y.priorLosses().isEmpty()) {
        allocation = Outcome.UNDETERMINED;
      } else {
        // "des bénéfices de l'exercice […] diminués, le cas échéant, des pertes antérieures"
        BigDecimal profit = y.profit().get().subtract(y.priorLosses().get());
        allocation = profit.signum() <= 0 ? Outcome.SATISFIED
            : and(developmentFund(y, profit), atLeast(y.allocatedToRetainedEarningsAndMandatoryReserves(),
                profit.multiply(RESERVE_SHARE)));
      }
      Outcome capital = y.capitalOperation().isEmpty() ? Outcome.UNDETERMINED
          : of(y.capitalOperation().get() != CapitalOperation.AMORTISATION_OR_OTHER_REDUCTION);
      all = and(all, allocation, capital);
    }
    return all;
  }

  private static Outcome developmentFund(EssFinancialYear y, BigDecimal profit) {
    if (y.reservesBeforeAllocation().isEmpty() || y.shareCapital().isEmpty()) {
      return Outcome.UNDETERMINED;
    }
    // "tant que le montant total des diverses réserves n'atteint pas" one fifth of the capital
    boolean below = y.reservesBeforeAllocation().get().compareTo(y.shareCapital().get().multiply(RESERVES_FRACTION)) < 0;
    return below ? atLeast(y.allocatedToDevelopmentFund(), profit.multiply(FUND_SHARE)) : Outcome.SATISFIED;
  }

  // ---- L3332-17-1, I, 1°, and II, 13° ------------------------------------------------------------

  private static Outcome purpose(Optional<MainPurpose> main) {
    if (main.isEmpty() || main.get().objectives().isEmpty()) {
      return Outcome.UNDETERMINED;
    }
    List<UtilityObjective> objectives = main.get().objectives().get();
    Outcome a = of(objectives.contains(UtilityObjective.FRAGILE_PERSONS));
    Outcome b = Outcome.NOT_SATISFIED;
    for (UtilityObjective o : objectives) {
      switch (o) {
        case EXCLUSION_AND_COHESION: case CITIZENSHIP_EDUCATION: case OBJECTIVE_5:
          b = or(b, Outcome.SATISFIED);
          break;
        case SUSTAINABLE_DEVELOPMENT:
          // art. 2, 4°: counts only with an impact through 1°, 2° or 3°
          Optional<List<UtilityObjective>> through = main.get().sustainableDevelopmentImpactThrough();
          b = or(b, through.isEmpty() ? Outcome.UNDETERMINED : of(through.get().contains(UtilityObjective.FRAGILE_PERSONS)
              || through.get().contains(UtilityObjective.EXCLUSION_AND_COHESION)
              || through.get().contains(UtilityObjective.CITIZENSHIP_EDUCATION)));
          break;
        default:
          break;
      }
    }
    return or(a, b);
  }

  // ---- L3332-17-1, I, 2°: R3332-21-1 and R3332-21-3, III ---------------------------------------------

  private static Outcome charges(EsusFacts f) {
    List<EsusFinancialYear> closed = new ArrayList<>();
    for (EsusFinancialYear y : f.financialYears()) {
      if (y.closingDate().isBefore(f.applicationDate())) {
        closed.add(y);
      }
    }
    closed.sort(Comparator.comparing(EsusFinancialYear::closingDate));
    List<EsusFinancialYear> years;
    if (f.renewalOfAgrementGrantedOn().isPresent()) {
      // renewal: "pendant toute la période de son agrément précédent"
      LocalDate granted = f.renewalOfAgrementGrantedOn().get();
      years = closed.stream().filter(y -> !y.closingDate().isBefore(granted)).toList();
      if (years.isEmpty() || years.get(0).startDate().isAfter(granted)) {
        return Outcome.UNDETERMINED;
      }
    } else if (f.creationDate().isEmpty()) {
      return Outcome.UNDETERMINED;
    } else if (f.applicationDate().isBefore(f.creationDate().get().plusYears(3))) {
      // "créées depuis moins de trois ans à la date de la demande": all their closed years
      years = closed;
      if (years.isEmpty()) {
        return Outcome.UNDETERMINED;
      }
    } else {
      // "au cours des trois derniers exercices clos"
      if (closed.size() < 3) {
        return Outcome.UNDETERMINED;
      }
      years = closed.subList(closed.size() - 3, closed.size());
    }
    for (int i = 1; i < years.size(); i++) {
      if (!years.get(i).startDate().equals(years.get(i - 1).closingDate().plusDays(1))) {
        return Outcome.UNDETERMINED; // a year between them is not given
      }
    }
    Outcome share = Outcome.SATISFIED;
    Outcome ratio = stated(f.dividendRatioCommitment());
    for (EsusFinancialYear y : years) {
      // 1°: "au moins 66 % de l'ensemble des charges d'exploitation"
      share = and(share, y.operatingCharges().isEmpty() ? Outcome.UNDETERMINED
          : atLeast(y.socialUtilityOperatingCharges(), y.operatingCharges().get().multiply(SOCIAL_SHARE)));
      // 2°: (dividendes + rémunération) ÷ (capitaux propres + concours) "inférieur" au TMO + 5 %
      if (y.dividends().isEmpty() || y.nonBankFinancingRemuneration().isEmpty() || y.equity().isEmpty()
          || y.nonBankFinancing().isEmpty() || y.tmo().isEmpty()) {
        ratio = and(ratio, Outcome.UNDETERMINED);
        continue;
      }
      BigDecimal numerator = y.dividends().get().add(y.nonBankFinancingRemuneration().get());
      BigDecimal denominator = y.equity().get().add(y.nonBankFinancing().get());
      ratio = and(ratio, of(denominator.signum() > 0
          && numerator.compareTo(y.tmo().get().add(TMO_MARGIN).multiply(denominator)) < 0));
    }
    return or(share, ratio);
  }

  // ---- L3332-17-1, I, 3° ----------------------------------------------------------------------------

  private static Outcome pay(List<PayYear> payYears, Function<Year, BigDecimal> hourlySmic) {
    if (payYears.isEmpty()) {
      return Outcome.UNDETERMINED;
    }
    Outcome all = Outcome.SATISFIED;
    for (PayYear py : payYears) {
      // the annual remuneration at the SMIC: the monthly SMIC, rounded to the cent, × 12
      BigDecimal reference = hourlySmic.apply(py.year()).multiply(HOURS).setScale(2, RoundingMode.HALF_UP)
          .multiply(TWELVE);
      if (py.branchMinimumAnnual().isPresent() && py.branchMinimumAnnual().get().compareTo(reference) > 0) {
        reference = py.branchMinimumAnnual().get(); // "ou du salaire minimum de branche si ce dernier est supérieur"
      }
      if (py.pay().isEmpty()) {
        all = and(all, Outcome.UNDETERMINED);
        continue;
      }
      BigDecimal[] fullTime = new BigDecimal[py.pay().size()];
      for (int i = 0; i < fullTime.length; i++) {
        Pay p = py.pay().get(i);
        // "pour un emploi à temps complet": to the cent, half up (the text is silent)
        fullTime[i] = p.fullTimeRatio().compareTo(BigDecimal.ONE) == 0 ? p.amountPaid()
            : p.amountPaid().divide(p.fullTimeRatio(), 2, RoundingMode.HALF_UP);
      }
      Arrays.sort(fullTime);
      int n = Math.min(BEST_PAID, fullTime.length);
      Outcome best = of(fullTime[fullTime.length - 1].compareTo(reference.multiply(TEN)) <= 0);
      Outcome average;
      if (fullTime.length < BEST_PAID && !py.allPaidPersonsListed().orElse(false)) {
        average = Outcome.UNDETERMINED; // the five best paid are not known
      } else {
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = fullTime.length - n; i < fullTime.length; i++) {
          sum = sum.add(fullTime[i]);
        }
        // average ≤ 7 × reference, compared without dividing
        average = of(sum.compareTo(reference.multiply(SEVEN).multiply(BigDecimal.valueOf(n))) <= 0);
      }
      all = and(all, average, best);
    }
    return all;
  }

  // ---- L3332-17-1, I, 4° ----------------------------------------------------------------------------

  private static Outcome equity(Optional<EquitySecurities> e) {
    return e.isEmpty() ? Outcome.UNDETERMINED : of(e.get() != EquitySecurities.ADMITTED_TO_TRADING);
  }

  // ---- three-valued logic ----------------------------------------------------------------------------

  private static Outcome of(boolean holds) {
    return holds ? Outcome.SATISFIED : Outcome.NOT_SATISFIED;
  }

  private static Outcome stated(Optional<Boolean> fact) {
    return fact.isEmpty() ? Outcome.UNDETERMINED : of(fact.get());
  }

  private static Outcome atLeast(Optional<BigDecimal> actual, BigDecimal minimum) {
    return actual.isEmpty() ? Outcome.UNDETERMINED : of(actual.get().compareTo(minimum) >= 0);
  }

  /** Kleene's "and": not satisfied if one is, else undetermined if one is, else satisfied. */
  private static Outcome and(Outcome... outcomes) {
    Outcome result = Outcome.SATISFIED;
    for (Outcome o : outcomes) {
      if (o == Outcome.NOT_SATISFIED) {
        return o;
      }
      if (o == Outcome.UNDETERMINED) {
        result = o;
      }
    }
    return result;
  }

  /** Kleene's "or": satisfied if one is, else undetermined if one is, else not satisfied. */
  private static Outcome or(Outcome a, Outcome b) {
    if (a == Outcome.SATISFIED || b == Outcome.SATISFIED) {
      return Outcome.SATISFIED;
    }
    return a == Outcome.UNDETERMINED || b == Outcome.UNDETERMINED ? Outcome.UNDETERMINED : Outcome.NOT_SATISFIED;
  }
}
