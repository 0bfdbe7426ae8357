package io.github.essrules.rules.foncier;

import java.math.BigDecimal;

/**
 * The legal conditions on the buyer of the rights of a bail réel solidaire, each under the words
 * it implements, and nothing else ({@link BrsBuyerRule} picks the zone and the ceiling of the
 * date, and builds the findings, notices and JSON pointers).
 *
 * <h2>CCH, art. L255-2 (LEGIARTI000032919240), first alinéa</h2>
 * <blockquote>« Les plafonds de prix de cession des droits réels et de ressources du preneur sont
 * fixés par décret en Conseil d'Etat. »</blockquote> (Read on legal.tricoteuses.fr, a mirror of
 * Légifrance.)
 *
 * <h2>CCH, art. R255-1</h2>
 * The article's words were not read here. The project's notes ({@code shared/law/foncier.md},
 * label [V] via OpenFisca-France and the arrêtés of 11 December 2023 and 23 December 2024): "The
 * household's revenu fiscal de référence of year N-2 must not exceed the ceiling for its zone (A
 * bis, A, B1, B2, C) and its number of persons; above 6 persons, add the per-person increment."
 * The ceilings: {@link BrsCeilings}.
 *
 * <h2>CCH, art. R255-1-1 (created by the décret n° 2024-838 du 16 juillet 2024, art. 2,
 * JORFARTI000050001894)</h2>
 * <blockquote>« Toute cession de droits réels dans le cadre d'un bail réel solidaire ne peut
 * bénéficier qu'à un preneur n'étant pas propriétaire d'un logement adapté à ses besoins et
 * capacités et susceptible de constituer sa résidence principale, ou d'un logement susceptible de
 * lui procurer des revenus suffisants pour lui permettre d'établir sa résidence principale dans un
 * logement du parc privé, au moment où les conditions […] »</blockquote> (Read on
 * legal.tricoteuses.fr, the décret's article 2; the end of the sentence was not read.) The
 * library asks one statement of the user, {@link BrsBuyerFacts#ownsSuitableHome()}: whether the
 * buyer owns a home of either kind (the notes: "the acquirer must not own a home suited to his
 * needs (sworn statement)").
 *
 * <p>This class is immutable and thread-safe.
 */
final class BrsBuyerLaw {
  private BrsBuyerLaw() {}

  /**
   * R255-1, as the notes give it: the revenu fiscal de référence of year N-2 "must not exceed" the
   * ceiling — at most the ceiling (≤).
   *
   * @param referenceTaxIncome the household's revenu fiscal de référence of year N-2
   * @param ceiling the ceiling of its zone and size for year N
   * @return true if the income does not exceed the ceiling
   */
  static boolean incomeWithinCeiling(BigDecimal referenceTaxIncome, BigDecimal ceiling) {
    return referenceTaxIncome.compareTo(ceiling) <= 0;
  }

  /**
   * R255-1-1: « ne peut bénéficier qu'à un preneur n'étant pas propriétaire d'un logement adapté à
   * ses besoins et capacités […] ou d'un logement susceptible de lui procurer des revenus
   * suffisants […] ».
   *
   * @param ownsSuchAHome the buyer's statement that he owns such a home
   * @return true if the cession may benefit him
   */
  static boolean mayBenefitFromTheCession(boolean ownsSuchAHome) {
    return !ownsSuchAHome;
  }

  /**
   * R255-1, as the notes give it: the income compared is that of the year N-2, N the year of the
   * application.
   *
   * @param applicationYear the year N
   * @return N-2
   */
  static int incomeYear(int applicationYear) {
    return applicationYear - 2;
  }
}
