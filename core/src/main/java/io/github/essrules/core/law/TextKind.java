package io.github.essrules.core.law;

/**
 * The kind of text a {@link LegalReference} points to.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum TextKind {
  /** An article of a code (Code du travail, Code de la construction et de l'habitation, …). */
  CODE_ARTICLE,
  /** A loi, or one of its articles. */
  LOI,
  /** A décret, or one of its articles. */
  DECRET,
  /** An arrêté (ministerial, prefectoral, interministerial). */
  ARRETE,
  /** Administrative doctrine: BOFiP, instruction, circulaire, ministerial answer. */
  DOCTRINE,
  /** A charter or label rule of a network (for example the CNLRQ charter of the régies de quartier). */
  CHARTE,
  /** A practitioners' guide: never a legal source, cited for context and examples only. */
  GUIDE,
  /** A regulation or decision of the European Union (a Commission regulation on de minimis aid, …). */
  EU_REGULATION
}
