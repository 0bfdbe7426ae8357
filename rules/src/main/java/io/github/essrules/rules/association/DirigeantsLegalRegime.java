package io.github.essrules.rules.association;

import static io.github.essrules.rules.internal.Conditions.msg;

import io.github.essrules.core.i18n.MessageArg;
import io.github.essrules.core.law.LegalReference;
import io.github.essrules.core.param.DatedValue;
import io.github.essrules.core.verdict.Comparison;
import io.github.essrules.core.verdict.Finding;
import io.github.essrules.core.verdict.LawContext;
import io.github.essrules.core.verdict.Operator;
import io.github.essrules.core.verdict.Outcome;
import io.github.essrules.rules.amounts.LegalParameters;
import io.github.essrules.rules.amounts.PlafondSecuriteSociale;
import io.github.essrules.rules.internal.Conditions;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Second exception to the unpaid management of an association: the legal regime of paid
 * dirigeants (CGI, art. 261-7-1° d, and annexe II, art. 242 C). Read in secondary sources only:
 * the words are not quoted, the conditions are those of {@code shared/law/association.md} — one,
 * two or three paid dirigeants when the own resources of the three previous years average more
 * than 200 000, 500 000 or 1 000 000 €, each paid at most three times the annual PSS, and five
 * statutory and transparency conditions.
 *
 * <p>This class is immutable and thread-safe.
 */
final class DirigeantsLegalRegime {
  private static final BigDecimal THREE = BigDecimal.valueOf(3);

  private DirigeantsLegalRegime() {}

  // ---- the law ---------------------------------------------------------------------------------

  /**
   * How many dirigeants may be paid: one for each threshold the average own resources "excède"
   * (strictly above), the average compared as the three-year sum against three times the
   * threshold, without dividing.
   *
   * @param sumOfThreeYears the own resources of the three previous years, added
   * @param thresholds the thresholds of one, two and three paid dirigeants
   * @return 0 to 3
   */
  static int allowedPaidDirigeants(BigDecimal sumOfThreeYears, List<BigDecimal> thresholds) {
    int allowed = 0;
    for (BigDecimal t : thresholds) {
      if (sumOfThreeYears.compareTo(t.multiply(THREE)) > 0) {
        allowed++;
      }
    }
    return allowed;
  }

  /**
   * The most a dirigeant may be paid in the year: the multiple (3) of the annual plafond de la
   * sécurité sociale of that year; the pay is compared "au plus" (≤).
   *
   * @param annualPss the annual PSS of the year
   * @param multiple the multiple
   * @return the cap, in euros
   */
  static BigDecimal payCap(BigDecimal annualPss, BigDecimal multiple) {
    return annualPss.multiply(multiple);
  }

  // ---- the findings ------------------------------------------------------------------------------

  static Finding finding(AssociationCase c, int year, List<PaidDirigeant> over, LawContext law) {
    LegalReference cgi = AssociationLaw.cgi("261-7-1° d");
    LocalDate jan1 = LocalDate.of(year, 1, 1);
    List<Finding> children = new ArrayList<>();
    children.add(count(c, over, law, jan1));
    DatedValue<BigDecimal> multiple = law.value(LegalParameters.decimal(LegalParameters.DIRIGEANTS_PLAFOND_PSS), jan1);
    BigDecimal cap = payCap(law.value(PlafondSecuriteSociale.annualParameter(), jan1).value(), multiple.value());
    for (PaidDirigeant d : over) {
      // a month not listed was not paid: the months listed make the year's pay, and are named
      List<MonthlyPay> months = d.pay().orElseThrow().stream().filter(m -> m.month().getYear() == year)
          .sorted(Comparator.comparing(MonthlyPay::month)).collect(Collectors.toList());
      BigDecimal total = months.stream().map(MonthlyPay::gross).reduce(BigDecimal.ZERO, BigDecimal::add);
      Comparison cmp = Comparison.of(msg("association.gd.regime.cap.subject", MessageArg.text(d.label()),
          MessageArg.text(Integer.toString(year)),
          MessageArg.months(months.stream().map(MonthlyPay::month).distinct().collect(Collectors.toList()))),
          MessageArg.euros(total), Operator.AT_MOST, MessageArg.euros(cap));
      children.add(Finding.compared("association.gd.regime.cap", multiple.reference(),
          msg("association.gd.regime.cap", MessageArg.number(multiple.value())), cmp));
    }
    Optional<LegalRegimeConditions> cond = c.legalRegime();
    String p = "/legalRegime";
    children.add(Conditions.stated("association.gd.regime.statuts", cgi,
        cond.flatMap(LegalRegimeConditions::democraticTransparentStatuts), p + "/democraticTransparentStatuts",
        "association.gd.regime.statuts"));
    children.add(Conditions.stated("association.gd.regime.elected", cgi,
        cond.flatMap(LegalRegimeConditions::electedRegularly), p + "/electedRegularly", "association.gd.regime.elected"));
    children.add(Conditions.stated("association.gd.regime.majority", cgi,
        cond.flatMap(LegalRegimeConditions::decidedByQualifiedMajority), p + "/decidedByQualifiedMajority",
        "association.gd.regime.majority"));
    children.add(Conditions.stated("association.gd.regime.annex", cgi,
        cond.flatMap(LegalRegimeConditions::disclosedInAnnex), p + "/disclosedInAnnex", "association.gd.regime.annex"));
    children.add(Conditions.stated("association.gd.regime.audit", cgi,
        cond.flatMap(LegalRegimeConditions::auditedByCommissaire), p + "/auditedByCommissaire",
        "association.gd.regime.audit"));
    return Conditions.allOf("association.gd.regime", cgi, msg("association.gd.regime", MessageArg.number(over.size())),
        children);
  }

  private static Finding count(AssociationCase c, List<PaidDirigeant> over, LawContext law, LocalDate jan1) {
    LegalReference cgi = AssociationLaw.cgi("261-7-1° d");
    if (c.ownResourcesPreviousThreeYears().isEmpty()) {
      return Conditions.missing("association.gd.regime.count", cgi, msg("association.gd.regime.resources.missing"),
          List.of("/ownResourcesPreviousThreeYears"));
    }
    BigDecimal sum = c.ownResourcesPreviousThreeYears().get().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    DatedValue<BigDecimal> first = law.value(LegalParameters.decimal(LegalParameters.DIRIGEANTS_SEUIL_1), jan1);
    List<BigDecimal> thresholds = List.of(first.value(),
        law.value(LegalParameters.decimal(LegalParameters.DIRIGEANTS_SEUIL_2), jan1).value(),
        law.value(LegalParameters.decimal(LegalParameters.DIRIGEANTS_SEUIL_3), jan1).value());
    int allowed = allowedPaidDirigeants(sum, thresholds);
    Comparison count = Comparison.of(msg("association.gd.regime.count.subject"), MessageArg.number(over.size()),
        Operator.AT_MOST, MessageArg.number(allowed));
    return Finding.compared("association.gd.regime.count", first.reference(),
        msg("association.gd.regime.count", MessageArg.euros(sum), MessageArg.number(allowed)), count);
  }
}
