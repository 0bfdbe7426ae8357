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
import io.github.essrules.rules.amounts.Smic;
import io.github.essrules.rules.internal.Conditions;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Gestion désintéressée: CGI, art. 261-7-1° d, and BOI-IS-CHAMP-10-50-10-20 for the tolerance of
 * the dirigeants' pay. Both were read in secondary sources only: their words are not quoted here,
 * the conditions are paraphrased from {@code shared/law/association.md} and their findings have
 * confidence "secondary". The base rule is that dirigeants are unpaid volunteers; the two
 * exceptions — the tolerance of three quarters of the SMIC and the legal regime of
 * {@link DirigeantsLegalRegime} — are named below.
 *
 * <p>This class is immutable and thread-safe.
 */
final class GestionDesinteressee {
  private GestionDesinteressee() {}

  // ---- the law ---------------------------------------------------------------------------------

  /**
   * First exception (tolerance, BOI-IS-CHAMP-10-50-10-20 § 100, not quoted: secondary source): a
   * dirigeant's gross pay of a month that "n'excède pas" three quarters of the monthly SMIC of that
   * month keeps the management désintéressée.
   *
   * @param monthlySmic the monthly SMIC of the month, rounded as {@link Smic} gives it
   * @param fraction the fraction of the tolerance (a dated parameter: 3/4)
   * @return the most the month may pay
   */
  static BigDecimal toleranceLimit(BigDecimal monthlySmic, BigDecimal fraction) {
    return monthlySmic.multiply(fraction);
  }

  // ---- the findings ------------------------------------------------------------------------------

  /**
   * The three cumulative conditions (volunteer management, no distribution of profits, no
   * attribution of assets: CGI 261-7-1° d, not quoted: secondary source) and the dirigeants' pay.
   */
  static Finding finding(AssociationCase c, LawContext law) {
    LegalReference cgi = AssociationLaw.cgi("261-7-1° d");
    List<Finding> children = new ArrayList<>();
    children.add(Conditions.stated("association.gd.1", cgi, c.volunteerManagement(), "/volunteerManagement",
        "association.gd.1"));
    children.add(Conditions.stated("association.gd.2", cgi, c.noProfitDistribution(), "/noProfitDistribution",
        "association.gd.2"));
    children.add(Conditions.stated("association.gd.3", cgi, c.noAssetAttribution(), "/noAssetAttribution",
        "association.gd.3"));
    children.add(dirigeantsPay(c, law));
    return Conditions.allOf("association.gd", cgi, msg("association.gd"), children);
  }

  private static Finding dirigeantsPay(AssociationCase c, LawContext law) {
    LegalReference bofip = AssociationLaw.bofip("BOI-IS-CHAMP-10-50-10-20");
    if (c.paidDirigeants().isEmpty()) {
      return Conditions.missing("association.gd.pay", bofip, msg("association.gd.pay.unknown"),
          List.of("/paidDirigeants"));
    }
    List<PaidDirigeant> paid = c.paidDirigeants().get();
    if (paid.isEmpty()) {
      return Conditions.decided("association.gd.pay", Outcome.SATISFIED, bofip, msg("association.gd.pay.none"));
    }
    if (c.year().isEmpty()) {
      return Conditions.missing("association.gd.pay", bofip, msg("association.gd.pay.year"), List.of("/year"));
    }
    int year = c.year().get().getValue();
    List<Finding> tolerance = new ArrayList<>();
    List<PaidDirigeant> over = new ArrayList<>();
    for (int i = 0; i < paid.size(); i++) {
      PaidDirigeant d = paid.get(i);
      Finding f = tolerance(d, "/paidDirigeants/" + i, year, law);
      tolerance.add(f);
      if (f.outcome() == Outcome.NOT_SATISFIED) {
        over.add(d);
      }
    }
    Finding withinTolerance = Conditions.allOf("association.gd.tolerance", bofip, msg("association.gd.tolerance"),
        tolerance);
    if (over.isEmpty()) {
      return Conditions.anyOf("association.gd.pay", bofip, msg("association.gd.pay"), List.of(withinTolerance));
    }
    return Conditions.anyOf("association.gd.pay", bofip, msg("association.gd.pay"),
        List.of(withinTolerance, DirigeantsLegalRegime.finding(c, year, over, law)));
  }

  /** The tolerance for one dirigeant: the month of the year that exceeds its limit the most. */
  private static Finding tolerance(PaidDirigeant d, String p, int year, LawContext law) {
    DatedValue<BigDecimal> fraction = law.value(LegalParameters.decimal(LegalParameters.DIRIGEANTS_TOLERANCE_SMIC),
        LocalDate.of(year, 1, 1));
    if (d.pay().isEmpty()) {
      return Conditions.missing("association.gd.tolerance.dirigeant", fraction.reference(),
          msg("association.gd.tolerance.unknown", MessageArg.text(d.label())), List.of(p + "/pay"));
    }
    Comparison worst = null;
    BigDecimal worstMargin = null;
    for (MonthlyPay m : d.pay().get()) {
      if (m.month().getYear() != year) {
        continue;
      }
      BigDecimal limit = toleranceLimit(Smic.annualFullTime(m.month().atDay(1), law).monthly().rounded(),
          fraction.value());
      BigDecimal margin = m.gross().subtract(limit);
      if (worstMargin == null || margin.compareTo(worstMargin) > 0) {
        worstMargin = margin;
        worst = Comparison.of(msg("association.gd.tolerance.subject", MessageArg.month(m.month())),
            MessageArg.euros(m.gross()), Operator.AT_MOST, MessageArg.euros(limit));
      }
    }
    if (worst == null) {
      return Conditions.decided("association.gd.tolerance.dirigeant", Outcome.SATISFIED, fraction.reference(),
          msg("association.gd.tolerance.unpaid", MessageArg.text(d.label())));
    }
    return Finding.compared("association.gd.tolerance.dirigeant", fraction.reference(),
        msg("association.gd.tolerance.dirigeant", MessageArg.text(d.label()), MessageArg.rate(fraction.value())), worst);
  }
}
