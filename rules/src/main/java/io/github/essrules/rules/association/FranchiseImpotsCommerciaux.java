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
import io.github.essrules.rules.internal.Conditions;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The franchise des impôts commerciaux: CGI, art. 206-1 bis (read in secondary sources only: its
 * words are not quoted) — gestion désintéressée, non-lucrative activities significantly
 * predominant, and the year's lucrative receipts not exceeding the year's threshold, a dated table
 * (a year without a known value is refused, never extrapolated).
 *
 * <p>This class is immutable and thread-safe.
 */
final class FranchiseImpotsCommerciaux {
  private FranchiseImpotsCommerciaux() {}

  // ---- the law ---------------------------------------------------------------------------------

  /**
   * The receipts of the year's lucrative activities do not exceed the threshold of that year
   * ("n'excède pas": ≤; paraphrase of CGI 206-1 bis, secondary source).
   *
   * @param receipts the year's lucrative receipts
   * @param threshold the year's threshold
   * @return whether within
   */
  static boolean receiptsWithinThreshold(BigDecimal receipts, BigDecimal threshold) {
    return receipts.compareTo(threshold) <= 0;
  }

  // ---- the findings ------------------------------------------------------------------------------

  static Finding finding(AssociationCase c, Finding gestion, LawContext law) {
    LegalReference cgi = AssociationLaw.cgi("206-1 bis");
    List<Finding> children = new ArrayList<>();
    children.add(gestion.outcome() == Outcome.UNDETERMINED
        ? Conditions.missing("association.franchise.gd", cgi, msg("association.franchise.gd"), gestion.allMissingFacts())
        : Conditions.decided("association.franchise.gd", gestion.outcome(), cgi, msg("association.franchise.gd")));
    children.add(Conditions.stated("association.franchise.predominant", cgi, c.nonLucrativePredominant(),
        "/nonLucrativePredominant", "association.franchise.predominant"));
    if (c.year().isEmpty() || c.lucrativeReceipts().isEmpty()) {
      List<String> missing = new ArrayList<>();
      c.year().ifPresentOrElse(y -> { }, () -> missing.add("/year"));
      c.lucrativeReceipts().ifPresentOrElse(y -> { }, () -> missing.add("/lucrativeReceipts"));
      children.add(Conditions.missing("association.franchise.receipts", cgi,
          msg("association.franchise.receipts.missing"), missing));
    } else {
      DatedValue<BigDecimal> threshold = law.value(LegalParameters.decimal(LegalParameters.FRANCHISE_IMPOTS_COMMERCIAUX),
          LocalDate.of(c.year().get().getValue(), 1, 1));
      BigDecimal receipts = c.lucrativeReceipts().get();
      Comparison cmp = Comparison.of(msg("association.franchise.receipts.subject"),
          MessageArg.euros(receipts), Operator.AT_MOST, MessageArg.euros(threshold.value()));
      children.add(Finding.decided("association.franchise.receipts",
          Outcome.of(receiptsWithinThreshold(receipts, threshold.value())), threshold.reference(),
          msg("association.franchise.receipts", MessageArg.text(c.year().get().toString())), cmp));
    }
    return Conditions.allOf("association.franchise", cgi, msg("association.franchise"), children);
  }
}
