package io.github.essrules.rules.association;

import static io.github.essrules.rules.internal.Conditions.msg;

import io.github.essrules.core.i18n.MessageArg;
import io.github.essrules.core.law.LegalReference;
import io.github.essrules.core.verdict.Finding;
import io.github.essrules.core.verdict.Outcome;
import io.github.essrules.rules.internal.Conditions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The lucrativity test of BOI-IS-CHAMP-10-50-10, the "4P" method (doctrine read in secondary
 * sources only: its words are not quoted): step 1, management not désintéressée → lucrative;
 * step 2, not in competition with businesses → not lucrative; step 3, the product, public, price
 * and publicity compared with a business. A qualitative method modelled as a guided questionnaire:
 * the outcome is satisfied when the activity is <em>not</em> lucrative.
 *
 * <p>This class is immutable and thread-safe.
 */
final class Lucrativity {
  /** The four criteria, in the doctrine's decreasing order of weight, as JSON pointers. */
  private static final List<String> FOUR_P = List.of("/product", "/publicServed", "/price", "/publicity");

  private Lucrativity() {}

  // ---- the law ---------------------------------------------------------------------------------

  /**
   * Step 3 with the four answers known: all four like a business → lucrative; all four different →
   * not lucrative; mixed → the overall assessment the facts give (empty when not given).
   *
   * @param likeCommercial how many of the four criteria are like a business
   * @param operatesLikeABusiness the overall assessment, when mixed
   * @return whether not lucrative; empty when the assessment is needed and not given
   */
  static Optional<Boolean> notLucrative(int likeCommercial, Optional<Boolean> operatesLikeABusiness) {
    if (likeCommercial == FOUR_P.size()) {
      return Optional.of(false);
    }
    if (likeCommercial == 0) {
      return Optional.of(true);
    }
    return operatesLikeABusiness.map(like -> !like);
  }

  // ---- the findings ------------------------------------------------------------------------------

  static Finding finding(AssociationCase c, Finding gestion) {
    LegalReference boi = AssociationLaw.bofip("BOI-IS-CHAMP-10-50-10");
    String id = "association.lucrativity";
    if (gestion.outcome() == Outcome.NOT_SATISFIED) {
      return Conditions.decided(id, Outcome.NOT_SATISFIED, boi, msg("association.lucrativity.step1"));
    }
    if (gestion.outcome() == Outcome.UNDETERMINED) {
      return Conditions.missing(id, boi, msg("association.lucrativity.step1.unknown"), gestion.allMissingFacts());
    }
    if (c.competesWithCommercialBusinesses().isEmpty()) {
      return Conditions.missing(id, boi, msg("association.lucrativity.step2.unknown"),
          List.of("/competesWithCommercialBusinesses"));
    }
    if (!c.competesWithCommercialBusinesses().get()) {
      return Conditions.decided(id, Outcome.SATISFIED, boi, msg("association.lucrativity.step2"));
    }
    List<String> unanswered = new ArrayList<>();
    int like = 0;
    List<Optional<FourP>> answers = List.of(c.product(), c.publicServed(), c.price(), c.publicity());
    for (int i = 0; i < FOUR_P.size(); i++) {
      if (answers.get(i).isEmpty()) {
        unanswered.add(FOUR_P.get(i));
      } else if (answers.get(i).get() == FourP.LIKE_COMMERCIAL) {
        like++;
      }
    }
    if (!unanswered.isEmpty()) {
      return Conditions.missing(id, boi, msg("association.lucrativity.step3.unknown"), unanswered);
    }
    Optional<Boolean> notLucrative = notLucrative(like, c.operatesLikeACommercialBusiness());
    if (notLucrative.isEmpty()) {
      return Conditions.missing(id, boi, msg("association.lucrativity.step3.mixed", MessageArg.number(like)),
          List.of("/operatesLikeACommercialBusiness"));
    }
    String key = like == FOUR_P.size() ? "association.lucrativity.step3.like"
        : like == 0 ? "association.lucrativity.step3.different" : "association.lucrativity.step3.assessed";
    return Conditions.decided(id, Outcome.of(notLucrative.get()), boi,
        like == 0 || like == FOUR_P.size() ? msg(key) : msg(key, MessageArg.number(like)));
  }
}
