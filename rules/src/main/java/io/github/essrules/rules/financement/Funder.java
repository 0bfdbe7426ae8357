package io.github.essrules.rules.financement;

/**
 * Who grants a contribution, in the words of loi n° 2000-321 du 12 avril 2000: the autorités
 * administratives of its art. 1 (the State, the collectivités territoriales, the établissements
 * publics à caractère administratif, the social-security bodies and the other bodies managing a
 * public administrative service), the établissements publics à caractère industriel et commercial,
 * and the other bodies managing a service public industriel et commercial (art. 9-1), or anyone
 * else.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Funder {
  /** The State and its services (autorité administrative, loi n° 2000-321, art. 1). */
  STATE,
  /** A collectivité territoriale or a groupement of collectivités (autorité administrative). */
  COLLECTIVITE_TERRITORIALE,
  /** An établissement public à caractère administratif (autorité administrative). */
  ETABLISSEMENT_PUBLIC_ADMINISTRATIF,
  /** A social-security body (autorité administrative). */
  ORGANISME_SECURITE_SOCIALE,
  /** Another body managing a service public administratif (autorité administrative). */
  OTHER_AUTORITE_ADMINISTRATIVE,
  /** An établissement public à caractère industriel et commercial (EPIC). */
  EPIC,
  /** Another body managing a service public industriel et commercial (a SEM, for example). */
  SPIC_OPERATOR,
  /** A foreign State or its bodies. */
  FOREIGN_STATE,
  /** Anyone else: a private funder, a foundation, a company. */
  OTHER;

  /**
   * Whether the funder is an autorité administrative of loi n° 2000-321, art. 1.
   *
   * @return true for the State, collectivités, EPA, social-security and public-service bodies
   */
  public boolean isAutoriteAdministrative() {
    return ordinal() <= OTHER_AUTORITE_ADMINISTRATIVE.ordinal();
  }

  /**
   * Whether the funder is one art. 9-1, 10 and 10-1 of loi n° 2000-321 name: an autorité
   * administrative or a body managing a service public industriel et commercial (an EPIC is one).
   *
   * @return true for an autorité administrative, an EPIC or another SPIC operator
   */
  public boolean grantsSubsidiesUnderLoi2000321() {
    return isAutoriteAdministrative() || this == EPIC || this == SPIC_OPERATOR;
  }

  /**
   * Whether the funder's subsidies count towards the threshold of C. com., art. L612-4: the
   * autorités administratives and the EPIC, not a foreign State nor a SEM [S].
   *
   * @return true for an autorité administrative or an EPIC
   */
  public boolean countsForL612_4() {
    return isAutoriteAdministrative() || this == EPIC;
  }
}
