package io.github.essrules.rules.cae;

import io.github.essrules.core.law.LegalReference;
import io.github.essrules.core.verdict.Finding;
import java.util.EnumSet;
import java.util.List;

/**
 * C. trav., art. L7331-2, 2° (LEGIARTI000029317521, in force since 2 August 2014):
 *
 * <blockquote>2° Conclut avec la coopérative un contrat, établi par écrit, comportant : a) Les
 * objectifs à atteindre et les obligations d'activité minimale de l'entrepreneur salarié ; b) Les
 * moyens mis en œuvre par la coopérative pour soutenir et contrôler son activité économique ; c)
 * Les modalités de calcul de la contribution de l'entrepreneur salarié au financement des services
 * mutualisés mis en œuvre par la coopérative, dans les conditions prévues par les statuts de
 * celle-ci ; d) Le montant de la part fixe et les modalités de calcul de la part variable de la
 * rémunération de l'entrepreneur salarié, en application de l'article L. 7332-3 ; e) La mention
 * des statuts en vigueur de la coopérative ; f) Les conditions dans lesquelles sont garantis à
 * l'entrepreneur salarié ses droits sur la clientèle qu'il a apportée, créée et développée, ainsi
 * que ses droits de propriété intellectuelle.</blockquote>
 *
 * <p>The contract must have the six clauses a) to f); the clauses the décret adds are their own
 * obligations ({@link AssocieTermsClause R7331-10}, {@link InterviewConditionsClause R7331-3}).
 *
 * <p>Not modelled: the clauses' wording; the written form (a contract is taken as written).
 *
 * <p>This class is immutable and thread-safe.
 */
final class ContractClauses {
  static final LegalReference REF = CaeLaw.ref("L7331-2", "2°");
  /** The clauses a) to f) of L7331-2, 2°. */
  static final EnumSet<CesaClause> A_TO_F = EnumSet.range(CesaClause.A_OBJECTIVES_AND_MINIMUM_ACTIVITY,
      CesaClause.F_CLIENTELE_AND_INTELLECTUAL_PROPERTY);

  private ContractClauses() {}

  static Finding check(EntrepreneurSalarie e, String p) {
    return CaeFindings.contents("cae.L7331-2", REF, e.contractClauses(),
        CaeFindings.absent(A_TO_F, e.contractClauses().orElse(List.of())), p + "/contractClauses", "cae.L7331-2",
        "clause.");
  }
}
