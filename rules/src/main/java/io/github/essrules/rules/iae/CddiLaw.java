package io.github.essrules.rules.iae;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

/**
 * The legal computations of the CDDI, each under the words it implements: C. trav., art.
 * L5132-15-1 (LEGIARTI000042674137, version in force since 15 June 2021), D5132-43-5
 * (LEGIARTI000043999892) and D5132-43-8 (LEGIARTI000043995206), both in force since 1 September
 * 2021 — quoted from {@code shared/law/texts/code-du-travail.md}. The findings are assembled by
 * {@link CddiRule}.
 *
 * <p>This class is immutable and thread-safe.
 */
final class CddiLaw {
  private CddiLaw() {}

  /**
   * The last day of a duration counted from a first day: start + length − 1 day.
   *
   * @param start the first day
   * @param length the duration
   * @return the last day, included
   */
  static LocalDate lastDay(LocalDate start, Period length) {
    return start.plus(length).minusDays(1);
  }

  /**
   * L5132-15-1, third alinéa (base rule): "La durée de ces contrats ne peut être inférieure à quatre
   * mois […]".
   *
   * @param start the first day of the initial contract
   * @param end its last day
   * @return whether it lasts four months at least
   */
  static boolean atLeastFourMonths(LocalDate start, LocalDate end) {
    return !end.isBefore(lastDay(start, CddiRule.MINIMUM));
  }

  /**
   * The exception of the same sentence: "[…] sauf pour les personnes ayant fait l'objet d'une
   * condamnation et bénéficiant d'un aménagement de peine."
   *
   * @param sentenceAdjustment whether the employee benefits from a sentence adjustment
   * @return whether the four months do not apply
   */
  static boolean sentenceAdjustmentException(boolean sentenceAdjustment) {
    return sentenceAdjustment;
  }

  /**
   * L5132-15-1, third alinéa: "Ces contrats peuvent être renouvelés dans la limite d'une durée
   * totale de vingt-quatre mois."
   *
   * @param start the first day of the initial contract
   * @return the last day the contract and its renewals may reach
   */
  static LocalDate twentyFourMonthsEnd(LocalDate start) {
    return lastDay(start, CddiRule.MAXIMUM);
  }

  /**
   * First exception to the 24 months, same alinéa: "A titre dérogatoire, ces contrats peuvent être
   * renouvelés au-delà de la durée maximale prévue en vue de permettre d'achever une action de
   * formation professionnelle en cours de réalisation à l'échéance du contrat. La durée de ce
   * renouvellement ne peut excéder le terme de l'action concernée."
   *
   * @param end the last day of the renewal
   * @param actionEndsOn the last day of the training action
   * @return whether the renewal ends with the action at the latest
   */
  static boolean trainingRenewalWithinAction(LocalDate end, LocalDate actionEndsOn) {
    return !end.isAfter(actionEndsOn);
  }

  /**
   * Second exception, (a): "A titre exceptionnel, ce contrat de travail peut être prolongé […]
   * au-delà de la durée maximale prévue […] a) Lorsque des salariés âgés de cinquante ans et plus ou
   * des personnes reconnues travailleurs handicapés rencontrent des difficultés particulières qui
   * font obstacle à leur insertion durable dans l'emploi". The text sets no total; the age is taken
   * on the day of the decision.
   *
   * @param age the employee's age at the decision, if known
   * @param rqth whether recognised as a disabled worker
   * @return whether the employee is within (a)
   */
  static boolean seniorOrRqth(Optional<Integer> age, boolean rqth) {
    return rqth || age.map(a -> a >= CddiRule.SENIOR_AGE).orElse(false);
  }

  /**
   * Third exception, (b): "Lorsque des salariés rencontrent des difficultés particulièrement
   * importantes dont l'absence de prise en charge ferait obstacle à leur insertion professionnelle,
   * par décisions successives d'un an au plus, dans la limite de soixante mois."
   *
   * @param start the first day of the initial contract
   * @return the last day the contract may reach under (b)
   */
  static LocalDate sixtyMonthsEnd(LocalDate start) {
    return lastDay(start, CddiRule.SERIOUS_DIFFICULTIES_MAXIMUM);
  }

  /**
   * "par décisions successives d'un an au plus" (b; secondary sources give the same step for (a)).
   *
   * @param start the first day of the decision's period
   * @param end its last day
   * @return whether one year at most
   */
  static boolean oneYearAtMost(LocalDate start, LocalDate end) {
    return !end.isAfter(lastDay(start, CddiRule.DECISION_MAXIMUM));
  }

  /**
   * L5132-15-1, ninth alinéa (base rule): "La durée hebdomadaire de travail du salarié embauché dans
   * ce cadre ne peut être inférieure à vingt heures […]. Elle peut varier sur tout ou partie de la
   * période couverte par le contrat sans dépasser la durée légale hebdomadaire."
   *
   * @param weeklyHours the weekly hours
   * @return whether between 20 and 35 hours, both included
   */
  static boolean hoursWithinBounds(BigDecimal weeklyHours) {
    return weeklyHours.compareTo(CddiRule.MINIMUM_HOURS) >= 0 && hoursAtMostLegalDuration(weeklyHours);
  }

  /**
   * "sans dépasser la durée légale hebdomadaire" (35 hours, C. trav. L3121-27), which binds with or
   * without a derogation.
   *
   * @param weeklyHours the weekly hours
   * @return whether at most 35 hours
   */
  static boolean hoursAtMostLegalDuration(BigDecimal weeklyHours) {
    return weeklyHours.compareTo(CddiRule.MAXIMUM_HOURS) <= 0;
  }

  /**
   * The exception to the 20 hours, L5132-15-1: "sauf lorsque le contrat le prévoit pour prendre en
   * compte les difficultés particulièrement importantes de l'intéressé"; D5132-43-5: "La période
   * durant laquelle il peut être dérogé à la durée hebdomadaire minimale de vingt heures ne peut
   * excéder douze mois. Cette période peut être prolongée […]" to finish the actions prescribed;
   * D5132-43-8 (collective derogation): the same twelve months, without prolongation.
   *
   * @param derogation the derogation
   * @return whether its period is lawful
   */
  static boolean derogationPeriodLawful(HoursDerogation derogation) {
    boolean extended = derogation.kind() == HoursDerogation.Kind.INDIVIDUAL
        && derogation.extendedToFinishActions().orElse(false);
    return !derogation.until().isAfter(lastDay(derogation.from(), CddiRule.DEROGATION_MAXIMUM)) || extended;
  }
}
