package io.github.essrules.rules.esus;

/**
 * The entities that hold the ESUS agrément "de plein droit": C. trav. L3332-17-1, II, in the
 * version in force since 1 January 2025 (LEGIARTI000049720096), each with its number in the list.
 * 10° is repealed. They still need art. 1 of loi n° 2014-856 and the conditions 3° and 4° of I.
 * Coopératives d'activité et d'emploi, SCIC and SCOP are not on the list.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum PleinDroitCategory {
  /** 1° Entreprises d'insertion. */
  ENTREPRISE_INSERTION(1),
  /** 2° Entreprises de travail temporaire d'insertion. */
  ENTREPRISE_TRAVAIL_TEMPORAIRE_INSERTION(2),
  /** 3° Associations intermédiaires. */
  ASSOCIATION_INTERMEDIAIRE(3),
  /** 4° Ateliers et chantiers d'insertion. */
  ATELIER_CHANTIER_INSERTION(4),
  /** 5° Organismes d'insertion sociale relevant de l'article L. 121-2 CASF. */
  ORGANISME_INSERTION_SOCIALE(5),
  /** 6° Services de l'aide sociale à l'enfance. */
  AIDE_SOCIALE_ENFANCE(6),
  /** 7° Centres d'hébergement et de réinsertion sociale. */
  CHRS(7),
  /** 8° Régies de quartier. */
  REGIE_DE_QUARTIER(8),
  /** 9° Entreprises adaptées. */
  ENTREPRISE_ADAPTEE(9),
  /** 11° Établissements et services d'accompagnement par le travail. */
  ESAT(11),
  /** 12° Organismes agréés mentionnés à l'article L. 365-1 CCH. */
  ORGANISME_AGREE_L365_1_CCH(12),
  /** 13° Associations et fondations reconnues d'utilité publique et considérées comme recherchant une utilité sociale (art. 2 de la loi n° 2014-856). */
  ASSOCIATION_FONDATION_RUP(13),
  /** 14° Organismes agréés mentionnés à l'article L. 265-1 CASF. */
  ORGANISME_AGREE_L265_1_CASF(14),
  /** 15° Établissements et services accompagnant et accueillant des enfants et des adultes handicapés (L. 312-1, I, 2°, 3° et 7° CASF). */
  ETABLISSEMENT_HANDICAP(15),
  /** 16° Personnes morales ayant conclu une convention (L. 281-2-1, deuxième alinéa, CASF) dont la mission principale est le projet de vie sociale et partagée. */
  HABITAT_INCLUSIF(16);

  private final int number;

  PleinDroitCategory(int number) {
    this.number = number;
  }

  /**
   * The number of the item in L3332-17-1, II.
   *
   * @return 1 to 16, never 10
   */
  public int number() {
    return number;
  }
}
