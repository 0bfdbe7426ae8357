package io.github.essrules.rules.ess;

/**
 * The legal form of an organisation, as far as ESS law distinguishes them.
 *
 * <p>Loi n° 2014-856 du 31 juillet 2014, art. 1: the ESS is made of private-law legal persons
 * ("personnes morales de droit privé"); cooperatives, mutuelles and unions of the Code de la
 * mutualité, mutual insurance companies, fondations and associations belong to it by their form
 * (II, 1°), commercial companies on further conditions (II, 2°). A coopérative d'activité et
 * d'emploi (CAE) is a SCOP or a SCIC; an atelier et chantier d'insertion or a régie de quartier
 * is usually carried by an association: give the form of the legal person that carries it.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum LegalForm {
  /** Association loi 1901 (or of the local law of Alsace-Moselle). */
  ASSOCIATION(Family.BY_FORM),
  /** Fondation (reconnue d'utilité publique or not, fonds de dotation excluded). */
  FONDATION(Family.BY_FORM),
  /** Mutuelle or union of the Code de la mutualité. */
  MUTUELLE(Family.BY_FORM),
  /** Société d'assurance mutuelle (Code des assurances). */
  SOCIETE_ASSURANCE_MUTUELLE(Family.BY_FORM),
  /** Société coopérative et participative (SCOP), loi n° 78-763. */
  SCOP(Family.BY_FORM),
  /** Société coopérative d'intérêt collectif (SCIC), loi n° 47-1775, titre II ter. */
  SCIC(Family.BY_FORM),
  /** Another cooperative (coopérative agricole, de consommateurs, d'habitants…). */
  OTHER_COOPERATIVE(Family.BY_FORM),
  /** A commercial company that is not a cooperative: SA, SAS, SARL, SNC, SCA. */
  COMMERCIAL_COMPANY(Family.COMMERCIAL),
  /** Another private-law legal person that is neither listed above nor a commercial company (société civile, GIE…). */
  OTHER_PRIVATE_LEGAL_PERSON(Family.OTHER),
  /** An entreprise individuelle (including micro-entrepreneur): a natural person, not a legal person. */
  SOLE_PROPRIETORSHIP(Family.NOT_A_PRIVATE_LEGAL_PERSON),
  /** A public-law legal person (collectivité, établissement public). */
  PUBLIC_LAW_ENTITY(Family.NOT_A_PRIVATE_LEGAL_PERSON);

  /** How ESS law treats a form. */
  public enum Family {
    /** ESS by its form, if it meets art. 1 I (II, 1°). */
    BY_FORM,
    /** ESS if it meets art. 1 I and the conditions of II, 2°. */
    COMMERCIAL,
    /** A private-law legal person that art. 1 II does not name. */
    OTHER,
    /** Not a private-law legal person: outside art. 1 I. */
    NOT_A_PRIVATE_LEGAL_PERSON
  }

  private final Family family;

  LegalForm(Family family) {
    this.family = family;
  }

  /**
   * How ESS law treats this form.
   *
   * @return the family
   */
  public Family family() {
    return family;
  }

  /**
   * Whether the form is a company ("société"), whose dirigeants are defined by C. trav.
   * R3332-21-2 for the pay cap of the ESUS agrément.
   *
   * @return whether it is a company
   */
  public boolean isCompany() {
    return this == SCOP || this == SCIC || this == COMMERCIAL_COMPANY || this == OTHER_COOPERATIVE;
  }
}
