package io.github.essrules.rules.scic;

import static io.github.essrules.rules.internal.Conditions.msg;

import io.github.essrules.core.i18n.MessageArg;
import io.github.essrules.core.law.Confidence;
import io.github.essrules.core.law.LegalReference;
import io.github.essrules.core.verdict.Comparison;
import io.github.essrules.core.verdict.Finding;
import io.github.essrules.core.verdict.Operator;
import io.github.essrules.core.verdict.Outcome;
import io.github.essrules.rules.internal.Conditions;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The voting colleges of a SCIC: loi n° 47-1775, art. 19 octies — recalled, not read (confidence
 * "unconfirmed"): its words are not quoted. When the statuts use colleges, at least three, none
 * below 10 % nor above 50 % of the votes; without colleges, one associé, one vote (not applicable).
 *
 * <p>This class is immutable and thread-safe.
 */
final class ScicColleges {
  private ScicColleges() {}

  // ---- the law ---------------------------------------------------------------------------------

  /**
   * At least three colleges (art. 19 octies, unverified).
   *
   * @param colleges the number of colleges
   * @return whether enough
   */
  static boolean enoughColleges(int colleges) {
    return colleges >= ScicRule.MINIMUM_COLLEGES;
  }

  /**
   * A college holds between 10 % and 50 % of the votes, both included (art. 19 octies, unverified).
   *
   * @param voteShare the college's share of the votes
   * @return whether within
   */
  static boolean shareWithinBounds(BigDecimal voteShare) {
    return voteShare.compareTo(ScicRule.COLLEGE_MIN) >= 0 && voteShare.compareTo(ScicRule.COLLEGE_MAX) <= 0;
  }

  // ---- the findings ------------------------------------------------------------------------------

  static Finding finding(ScicCase c) {
    LegalReference ref = ScicRule.loi1947("19 octies", Confidence.UNCONFIRMED);
    if (c.colleges().isEmpty()) {
      return Conditions.missing("scic.colleges", ref, msg("scic.colleges.unknown"), List.of("/colleges"));
    }
    List<College> colleges = c.colleges().get();
    if (colleges.isEmpty()) {
      return Conditions.decided("scic.colleges", Outcome.NOT_APPLICABLE, ref, msg("scic.colleges.none"));
    }
    List<Finding> children = new ArrayList<>();
    Comparison count = Comparison.of(msg("scic.colleges.count"), MessageArg.number(colleges.size()),
        Operator.AT_LEAST, MessageArg.number(ScicRule.MINIMUM_COLLEGES));
    children.add(Finding.decided("scic.colleges.three", Outcome.of(enoughColleges(colleges.size())), ref,
        msg("scic.colleges.three"), count));
    for (College college : colleges) {
      Comparison low = Comparison.of(msg("scic.colleges.share", MessageArg.text(college.name())),
          MessageArg.rate(college.voteShare()), Operator.AT_LEAST, MessageArg.rate(ScicRule.COLLEGE_MIN));
      Comparison high = Comparison.of(msg("scic.colleges.share", MessageArg.text(college.name())),
          MessageArg.rate(college.voteShare()), Operator.AT_MOST, MessageArg.rate(ScicRule.COLLEGE_MAX));
      children.add(Finding.builder().id("scic.colleges.college")
          .outcome(Outcome.of(shareWithinBounds(college.voteShare())))
          .reference(ref).message(msg("scic.colleges.college", MessageArg.text(college.name())))
          .comparisons(List.of(low, high)).build().about("college:" + college.name()));
    }
    return Conditions.allOf("scic.colleges", ref, msg("scic.colleges"), children);
  }
}
