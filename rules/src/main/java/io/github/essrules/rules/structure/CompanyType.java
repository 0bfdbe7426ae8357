package io.github.essrules.rules.structure;

/**
 * The company type of a société: the form of a cooperative (SCOP, SCIC) or of a commercial
 * company.
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
