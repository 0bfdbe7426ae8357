package io.github.essrules.rules.scic;

/**
 * The categories of associés of a SCIC (loi n° 47-1775, art. 19 septies): the statuts define
 * them; the law names the habitual beneficiaries, the salariés and, when there are no salariés,
 * the producers, and allows collectivités publiques.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum ScicCategory {
  /** The salariés of the cooperative. */
  SALARIES,
  /** The producers of the goods or services (required when there are no salariés). */
  PRODUCERS,
  /** The persons who habitually benefit from the goods or services. */
  BENEFICIARIES,
  /** Collectivités territoriales, their groupements and établissements publics territoriaux. */
  COLLECTIVITES_PUBLIQUES,
  /** Volunteers. */
  VOLUNTEERS,
  /** Any other natural or legal person contributing to the activity. */
  OTHER_CONTRIBUTORS
}
