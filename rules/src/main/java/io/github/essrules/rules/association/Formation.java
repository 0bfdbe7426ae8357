package io.github.essrules.rules.association;

import static io.github.essrules.rules.internal.Conditions.msg;

import io.github.essrules.core.i18n.MessageArg;
import io.github.essrules.core.law.LegalReference;
import io.github.essrules.core.verdict.Comparison;
import io.github.essrules.core.verdict.Finding;
import io.github.essrules.core.verdict.Operator;
import io.github.essrules.core.verdict.Outcome;
import io.github.essrules.rules.internal.Conditions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Formation and declaration of an association: loi du 1er juillet 1901, art. 1, 2 and 5 (text read
 * in consolidated copies of Légifrance: art. 1 and 2 as consolidated on 2 August 2014, art. 5 in its
 * version of 25 July 2015, LEGIARTI000006294255). The legal computations come first, each under
 * the words it implements; the findings are assembled after them.
 *
 * <p>This class is immutable and thread-safe.
 */
final class Formation {
  private Formation() {}

  // ---- the law ---------------------------------------------------------------------------------

  /**
   * Art. 1: "L'association est la convention par laquelle deux ou plusieurs personnes mettent en
   * commun, d'une façon permanente, leurs connaissances ou leur activité dans un but autre que de
   * partager des bénéfices."
   *
   * @param founders the number of founders
   * @return whether they are "deux ou plusieurs personnes"
   */
  static boolean enoughFounders(int founders) {
    return founders >= AssociationRule.MINIMUM_FOUNDERS;
  }

  /**
   * Art. 5, fifth alinéa: "Les associations sont tenues de faire connaître, dans les trois mois, tous
   * les changements survenus dans leur administration, ainsi que toutes les modifications apportées
   * à leurs statuts." The three months run from the decision; the last day is included.
   *
   * @param decidedOn the day the change was decided
   * @return the last day to declare it
   */
  static LocalDate declarationDeadline(LocalDate decidedOn) {
    return decidedOn.plusMonths(AssociationRule.CHANGE_DECLARATION_MONTHS);
  }

  /**
   * Exception to the whole of the loi 1901: associations whose seat is in the Bas-Rhin, the
   * Haut-Rhin or the Moselle follow the local civil code (art. 21 to 79-III), not modelled — the
   * section is then not applicable.
   *
   * @param c the case
   * @return whether the exception applies
   */
  static boolean localLawOfAlsaceMoselle(AssociationCase c) {
    return c.organisation().inAlsaceMoselle();
  }

  // ---- the findings ------------------------------------------------------------------------------

  static Finding finding(AssociationCase c, LocalDate asOf) {
    if (localLawOfAlsaceMoselle(c)) {
      return Conditions.decided("association.formation", Outcome.NOT_APPLICABLE, AssociationLaw.loi1901("1"),
          msg("association.alsace-moselle", MessageArg.text(c.organisation().registeredOfficeCommune().orElse(""))));
    }
    List<Finding> children = new ArrayList<>();
    children.add(founders(c));
    children.add(declared(c));
    children.addAll(changes(c, asOf));
    return Conditions.allOf("association.formation", AssociationLaw.loi1901("1, 2 et 5"),
        msg("association.formation"), children);
  }

  private static Finding founders(AssociationCase c) {
    if (c.founders().isEmpty()) {
      return Conditions.missing("association.art1", AssociationLaw.loi1901("1"),
          msg("association.art1.missing"), List.of("/founders"));
    }
    Comparison founders = Comparison.of(msg("association.art1.subject"), MessageArg.number(c.founders().get()),
        Operator.AT_LEAST, MessageArg.number(AssociationRule.MINIMUM_FOUNDERS));
    return Finding.decided("association.art1", Outcome.of(enoughFounders(c.founders().get())),
        AssociationLaw.loi1901("1"), msg("association.art1"), founders);
  }

  /**
   * Art. 2: "Les associations de personnes pourront se former librement sans autorisation ni
   * déclaration préalable, mais elles ne jouiront de la capacité juridique que si elles se sont
   * conformées aux dispositions de l'article 5." The declaration is a fact of the case.
   */
  private static Finding declared(AssociationCase c) {
    LegalReference art2 = AssociationLaw.loi1901("2");
    if (c.declared().isEmpty()) {
      return Conditions.missing("association.art5.declared", art2, msg("association.art5.declared.missing"),
          List.of("/declared"));
    }
    if (c.declared().get()) {
      return Conditions.decided("association.art5.declared", Outcome.SATISFIED, art2,
          c.declaredOn().map(d -> msg("association.art5.declared.on", MessageArg.date(d)))
              .orElse(msg("association.art5.declared.yes")));
    }
    return Conditions.decided("association.art5.declared", Outcome.NOT_SATISFIED, art2,
        msg("association.art5.declared.no"));
  }

  private static List<Finding> changes(AssociationCase c, LocalDate asOf) {
    LegalReference art5 = AssociationLaw.loi1901("5");
    if (c.changes().isEmpty()) {
      return List.of(Conditions.missing("association.art5.change", art5, msg("association.art5.changes.unknown"),
          List.of("/changes")));
    }
    List<Finding> out = new ArrayList<>();
    for (StatutoryChange change : c.changes().get()) {
      LocalDate deadline = declarationDeadline(change.decidedOn());
      MessageArg what = MessageArg.text(change.what());
      if (change.declaredOn().isPresent()) {
        Comparison cmp = Comparison.of(msg("association.art5.change.subject"),
            MessageArg.date(change.declaredOn().get()), Operator.AT_MOST, MessageArg.date(deadline));
        out.add(Finding.compared("association.art5.change", art5,
            msg("association.art5.change", what, MessageArg.date(change.decidedOn())), cmp));
      } else if (asOf.isAfter(deadline)) {
        out.add(Conditions.decided("association.art5.change", Outcome.NOT_SATISFIED, art5,
            msg("association.art5.change.late", what, MessageArg.date(deadline))));
      } else {
        out.add(Conditions.decided("association.art5.change", Outcome.NOT_APPLICABLE, art5,
            msg("association.art5.change.pending", what, MessageArg.date(deadline))));
      }
    }
    return out;
  }
}
