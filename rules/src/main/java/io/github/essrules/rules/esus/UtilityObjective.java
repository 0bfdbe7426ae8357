package io.github.essrules.rules.esus;

/**
 * The objectives of social utility of loi n° 2014-856 du 31 juillet 2014, art. 2, in the
 * numbering the Code du travail cites since 1 January 2025 (L3332-17-1, I, 1°: "2°, 3°, 4° ou
 * 5°").
 *
 * <p>The wording of 1° to 4° comes from secondary sources (art. 2 as rewritten by loi PACTE,
 * n° 2019-486); the fifth objective's wording has not been read: {@link #OBJECTIVE_5} is accepted
 * as the user's statement and its finding says it is not modelled. Objective 4° counts only with
 * an impact through 1°, 2° or 3° (art. 2).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum UtilityObjective {
  /** 1°: support for persons in a fragile situation (economic, social, personal, health). */
  FRAGILE_PERSONS(1),
  /** 2°: fighting exclusion and inequalities, preserving social bonds, territorial cohesion. */
  EXCLUSION_AND_COHESION(2),
  /** 3°: education for citizenship, notably popular education, reducing inequalities. */
  CITIZENSHIP_EDUCATION(3),
  /** 4°: sustainable development, energy transition, cultural promotion, international solidarity — only with an impact through 1°, 2° or 3°. */
  SUSTAINABLE_DEVELOPMENT(4),
  /** 5°: the fifth objective of art. 2, whose wording the library has not read (not modelled). */
  OBJECTIVE_5(5);

  private final int number;

  UtilityObjective(int number) {
    this.number = number;
  }

  /**
   * The number of the objective in art. 2.
   *
   * @return 1 to 5
   */
  public int number() {
    return number;
  }
}
