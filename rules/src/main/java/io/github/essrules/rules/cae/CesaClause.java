package io.github.essrules.rules.cae;

/**
 * The contents a contrat d'entrepreneur salarié (CESA) must have: the clauses a) to f) of C. trav.
 * L7331-2, 2°, the délais et modalités to become associé (R7331-10) and the conditions of the
 * accompaniment interviews (R7331-3).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum CesaClause {
  /** L7331-2, 2°, a: the objectives and the entrepreneur's minimum activity obligations. */
  A_OBJECTIVES_AND_MINIMUM_ACTIVITY("L7331-2, 2°, a"),
  /** L7331-2, 2°, b: the means the cooperative uses to support and control the activity. */
  B_SUPPORT_AND_CONTROL("L7331-2, 2°, b"),
  /** L7331-2, 2°, c: how the contribution to the pooled services is computed. */
  C_CONTRIBUTION("L7331-2, 2°, c"),
  /** L7331-2, 2°, d: the fixed part and how the variable part of the remuneration is computed. */
  D_REMUNERATION("L7331-2, 2°, d"),
  /** L7331-2, 2°, e: the mention of the cooperative's statuts in force. */
  E_STATUTS("L7331-2, 2°, e"),
  /** L7331-2, 2°, f: the entrepreneur's rights over the clientele and intellectual property. */
  F_CLIENTELE_AND_INTELLECTUAL_PROPERTY("L7331-2, 2°, f"),
  /** R7331-10: the délais et modalités by which the entrepreneur becomes associé. */
  ASSOCIE_TERMS("R7331-10"),
  /** R7331-3: the conditions of the individual accompaniment interviews. */
  INTERVIEW_CONDITIONS("R7331-3");

  private final String article;

  CesaClause(String article) {
    this.article = article;
  }

  /**
   * The article and item that require the clause.
   *
   * @return for example {@code "L7331-2, 2°, a"}
   */
  public String article() {
    return article;
  }
}
