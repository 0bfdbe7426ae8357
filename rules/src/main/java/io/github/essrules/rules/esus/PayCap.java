package io.github.essrules.rules.esus;

import io.github.essrules.core.verdict.Outcome;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * The pay cap of C. trav. L3332-17-1, I, 3°, for one year: the law's computation only, amounts in
 * and figures with the outcome of a) and b) out. The findings, notices and JSON pointers built from
 * them are {@link PayCapFindings}'; the SMIC of the year is {@link
 * io.github.essrules.rules.amounts.Smic#annualForYear}'s. The words quoted come from the LEGI
 * database (version LEGIARTI000049720096, in force since 1 January 2025; the project's copy is
 * {@code shared/law/texts/code-du-travail.md}).
 *
 * <p>This class is immutable and thread-safe.
 */
final class PayCap {
  /** a) "un plafond fixé à sept fois la rémunération annuelle". */
  static final BigDecimal AVERAGE_MULTIPLE = BigDecimal.valueOf(7);
  /** b) "un plafond fixé à dix fois la rémunération annuelle mentionnée au a". */
  static final BigDecimal TOP_MULTIPLE = BigDecimal.TEN;
  /** a) "aux cinq salariés ou dirigeants les mieux rémunérés". */
  static final int BEST_PAID = 5;
  /** The rounding of a part-time pay brought to full time: to the cent, half up (the text is silent). */
  static final RoundingMode FULL_TIME_ROUNDING = RoundingMode.HALF_UP;

  private PayCap() {}

  /**
   * C. trav., art. L3332-17-1, I, 3° (LEGIARTI000049720096), for one year:
   *
   * <blockquote>3° La politique de rémunération de l'entreprise satisfait aux deux conditions
   * suivantes : a) La moyenne des sommes versées, y compris les primes, aux cinq salariés ou
   * dirigeants les mieux rémunérés n'excède pas, au titre de l'année pour un emploi à temps
   * complet, un plafond fixé à sept fois la rémunération annuelle perçue par un salarié à temps
   * complet sur la base de la durée légale du travail et du salaire minimum de croissance, ou du
   * salaire minimum de branche si ce dernier est supérieur ; b) Les sommes versées, y compris les
   * primes, au salarié ou dirigeant le mieux rémunéré n'excèdent pas, au titre de l'année pour un
   * emploi à temps complet, un plafond fixé à dix fois la rémunération annuelle mentionnée au
   * a ;</blockquote>
   *
   * <p>"n'excède pas" is ≤: a pay equal to the cap passes. The averages and caps are compared
   * exactly (see {@link #average}).
   *
   * @param smicAnnual the annual remuneration of a full-time salarié at the SMIC for the year
   * @param branchMinimumAnnual the annual branch minimum wage, if the user gives one
   * @param pay the sums paid in the year, at least one
   * @param allPaidPersonsListed whether the persons listed are all the persons paid, if said
   * @return the figures of a) and b) and their outcomes
   */
  static Assessment assess(BigDecimal smicAnnual, Optional<BigDecimal> branchMinimumAnnual,
      List<Pay> pay, Optional<Boolean> allPaidPersonsListed) {
    // « la rémunération annuelle perçue par un salarié à temps complet sur la base de la durée
    //   légale du travail et du salaire minimum de croissance, ou du salaire minimum de branche
    //   si ce dernier est supérieur »
    boolean branch = branchMinimumIsHigher(smicAnnual, branchMinimumAnnual);
    BigDecimal reference = branch ? branchMinimumAnnual.get() : smicAnnual;
    // « au titre de l'année pour un emploi à temps complet »
    BigDecimal[] fullTime = new BigDecimal[pay.size()];
    for (int i = 0; i < fullTime.length; i++) {
      fullTime[i] = fullTime(pay.get(i));
    }
    int[] fiveBest = fiveBestPaid(fullTime);
    // a) « La moyenne des sommes versées […] aux cinq salariés ou dirigeants les mieux rémunérés
    //    n'excède pas […] un plafond fixé à sept fois la rémunération annuelle » : ≤
    BigDecimal averageCap = reference.multiply(AVERAGE_MULTIPLE);
    BigDecimal average = null;
    Outcome a = Outcome.UNDETERMINED;
    if (fiveBestPaidKnown(pay.size(), allPaidPersonsListed)) {
      average = averageOf(fullTime, fiveBest);
      a = Outcome.of(average.compareTo(averageCap) <= 0);
    }
    // b) « Les sommes versées […] au salarié ou dirigeant le mieux rémunéré n'excèdent pas […]
    //    un plafond fixé à dix fois la rémunération annuelle mentionnée au a » : ≤
    BigDecimal bestPaid = fullTime[fiveBest[0]];
    BigDecimal bestPaidCap = reference.multiply(TOP_MULTIPLE);
    Outcome b = Outcome.of(bestPaid.compareTo(bestPaidCap) <= 0);
    return new Assessment(reference, branch, fiveBest.length, average, averageCap, a,
        fiveBest[0], bestPaid, bestPaidCap, b);
  }

  /**
   * The exception to the SMIC as the reference: "ou du salaire minimum de branche si ce dernier
   * est supérieur" — strictly above; an equal branch minimum changes nothing.
   *
   * @param smicAnnual the annual remuneration at the SMIC
   * @param branchMinimumAnnual the annual branch minimum wage, if known
   * @return whether the branch minimum is the reference
   */
  static boolean branchMinimumIsHigher(BigDecimal smicAnnual, Optional<BigDecimal> branchMinimumAnnual) {
    return branchMinimumAnnual.isPresent() && branchMinimumAnnual.get().compareTo(smicAnnual) > 0;
  }

  /**
   * The case of fewer than five persons listed: the average of "les cinq salariés ou dirigeants
   * les mieux rémunérés" is known when five are listed, or when the persons listed are all the
   * persons paid (the average is then over them all); otherwise a better paid person may be
   * missing, and a) cannot be decided. Never presumed: a missing answer is a missing fact.
   *
   * @param listed how many persons are listed
   * @param allPaidPersonsListed whether they are all the persons paid, if said
   * @return whether the average of a) can be computed
   */
  static boolean fiveBestPaidKnown(int listed, Optional<Boolean> allPaidPersonsListed) {
    return listed >= BEST_PAID || allPaidPersonsListed.orElse(false);
  }

  /**
   * "pour un emploi à temps complet": a pay brought to a full-time job over the year, the sums
   * divided by the ratio, rounded to the cent, half up; exact when the ratio is 1.
   *
   * @param pay the pay
   * @return its full-time equivalent
   */
  static BigDecimal fullTime(Pay pay) {
    if (pay.fullTimeRatio().compareTo(BigDecimal.ONE) == 0) {
      return pay.amountPaid();
    }
    return pay.amountPaid().divide(pay.fullTimeRatio(), 2, FULL_TIME_ROUNDING);
  }

  /**
   * "les mieux rémunérés": the indices of the (at most) five highest amounts, highest first; of
   * equal amounts, the one listed first comes first. One pass, without sorting the whole list.
   *
   * @param amounts the full-time amounts, at least one
   * @return the indices, {@code min(5, amounts.length)} of them
   */
  static int[] fiveBestPaid(BigDecimal[] amounts) {
    int[] best = new int[Math.min(BEST_PAID, amounts.length)];
    int kept = 0;
    for (int i = 0; i < amounts.length; i++) {
      int at = kept;
      while (at > 0 && amounts[i].compareTo(amounts[best[at - 1]]) > 0) {
        at--;
      }
      if (at == best.length) {
        continue;
      }
      int last = Math.min(kept, best.length - 1);
      System.arraycopy(best, at, best, at + 1, last - at);
      best[at] = i;
      kept = Math.min(kept + 1, best.length);
    }
    return best;
  }

  /**
   * The average of the amounts at the given indices ({@link #average}).
   *
   * @param amounts the amounts
   * @param indices which of them
   * @return their average
   */
  static BigDecimal averageOf(BigDecimal[] amounts, int[] indices) {
    BigDecimal sum = BigDecimal.ZERO;
    for (int i : indices) {
      sum = sum.add(amounts[i]);
    }
    return average(sum, indices.length);
  }

  /**
   * The average of {@code n} amounts: exact when the division terminates (n = 1, 2, 4, 5); for
   * n = 3, rounded up to the cent. Rounding up keeps the comparison with a cap in cents exact:
   * average ≤ cap exactly when the average rounded up to the cent is ≤ cap.
   *
   * @param sum the sum of the amounts
   * @param n how many
   * @return the average
   */
  static BigDecimal average(BigDecimal sum, int n) {
    BigDecimal count = BigDecimal.valueOf(n);
    try {
      return sum.divide(count);
    } catch (ArithmeticException nonTerminating) {
      return sum.divide(count, 2, RoundingMode.UP);
    }
  }

  /**
   * The figures of one year under I, 3°.
   *
   * @param reference the annual remuneration the caps multiply: the SMIC's, or the branch minimum
   * @param branchMinimum whether the reference is the branch minimum
   * @param averaged how many best paid the average of a) is over (or would be)
   * @param average the average, or {@code null} when a) cannot be decided
   * @param averageCap seven times the reference
   * @param a the outcome of a): undetermined when fewer than five are listed and the list is not
   *     said complete
   * @param bestPaidIndex the index in the year's list of the best paid person
   * @param bestPaid the best paid person's full-time pay
   * @param bestPaidCap ten times the reference
   * @param b the outcome of b)
   */
  record Assessment(BigDecimal reference, boolean branchMinimum, int averaged, BigDecimal average,
      BigDecimal averageCap, Outcome a, int bestPaidIndex, BigDecimal bestPaid, BigDecimal bestPaidCap, Outcome b) {}
}
