package io.github.essrules.rules.cae;

import io.github.essrules.core.law.LegalReference;
import io.github.essrules.core.verdict.Finding;
import java.time.LocalDate;

/**
 * C. trav., art. R7331-3 (LEGIARTI000031394608, in force since 1 January 2016), first sentence:
 *
 * <blockquote>Le contrat d'entrepreneur salarié mentionné au 2° de l'article L. 7331-2 définit les
 * conditions dans lesquelles l'entrepreneur salarié bénéficie, par période de douze mois, d'au
 * moins deux entretiens individuels d'accompagnement faisant l'objet d'un document écrit et signé
 * par l'entrepreneur salarié.</blockquote>
 *
 * <p>What the contract must define: satisfied if it has the clause
 * {@link CesaClause#INTERVIEW_CONDITIONS}, breached if its clauses are given without it,
 * undetermined if they are not given; not applicable on a date before the décret came into force.
 * The interviews themselves are {@link AccompanimentInterviews}.
 *
 * <p>Not modelled: the clause's wording.
 *
 * <p>This class is immutable and thread-safe.
 */
final class InterviewConditionsClause {
  static final LegalReference REF = CaeLaw.ref("R7331-3", "1re phrase");

  private InterviewConditionsClause() {}

  static Finding check(EntrepreneurSalarie e, String p, LocalDate asOf) {
    return CaeFindings.clause("cae.R7331-3.contract", REF, e, p, asOf, CesaClause.INTERVIEW_CONDITIONS,
        "cae.R7331-3.contract");
  }
}
