package io.github.essrules.rules.structure;

/**
 * The company type of a société: the form of a cooperative (SCOP, SCIC) or of a commercial
 * company.
 *
 * <p>Legal basis: loi n° 47-1775 du 10 septembre 1947, art. 19 quinquies (a SCIC is an SA, a SARL
 * or, since loi n° 2014-856, an SAS); the forms of the other companies are those of the Code de
 * commerce, not checked here.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum CompanyType {
  /** Société anonyme. */
  SA,
  /** Société à responsabilité limitée. */
  SARL,
  /** Société par actions simplifiée. */
  SAS,
  /** Société en nom collectif. */
  SNC,
  /** Société en commandite par actions. */
  SCA
}
