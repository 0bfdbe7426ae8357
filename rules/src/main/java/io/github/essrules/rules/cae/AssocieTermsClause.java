package io.github.essrules.rules.cae;

import io.github.essrules.core.law.LegalReference;
import io.github.essrules.core.verdict.Finding;
import java.time.LocalDate;

/**
 * C. trav., art. R7331-10 (LEGIARTI000031394622, in force since 1 January 2016):
 *
 * <blockquote>Le contrat d'entrepreneur salarié mentionné au 2° de l'article L. 7331-2 précise les
 * délais et les modalités par lesquels l'entrepreneur salarié devient associé de la coopérative
 * dans les conditions posées par l'article L. 7331-3.</blockquote>
 *
 * <p>Satisfied if the contract has the clause {@link CesaClause#ASSOCIE_TERMS}, breached if its
 * clauses are given without it, undetermined if they are not given; not applicable on a date before
 * the décret came into force.
 *
 * <p>Not modelled: whether the délais stated respect L7331-3 (the deadline itself is checked by
 * {@link AssocieDeadline}).
 *
 * <p>This class is immutable and thread-safe.
 */
final class AssocieTermsClause {
  static final LegalReference REF = CaeLaw.ref("R7331-10", "");

  private AssocieTermsClause() {}

  static Finding check(EntrepreneurSalarie e, String p, LocalDate asOf) {
    return CaeFindings.clause("cae.R7331-10", REF, e, p, asOf, CesaClause.ASSOCIE_TERMS, "cae.R7331-10");
  }
}
