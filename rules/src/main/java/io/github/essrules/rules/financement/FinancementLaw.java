package io.github.essrules.rules.financement;

import io.github.essrules.core.law.Confidence;
import io.github.essrules.core.law.LegalReference;
import io.github.essrules.core.law.TextKind;
import io.github.essrules.rules.ess.LegalForm;
import java.time.LocalDate;

/**
 * The references of the public-support rules, each with the confidence of the project's notes
 * ({@code shared/law/financement-et-ville.md}): [V] read in a faithful copy, [S] in a secondary
 * source, [?] not confirmed. Not part of the API.
 *
 * <p>This class is immutable and thread-safe.
 */
final class FinancementLaw {
  /** Art. 9-1: the definition of the subvention [V]. */
  static final LegalReference ART_9_1 = LegalReference.of(TextKind.LOI,
      "Loi n° 2000-321 du 12 avril 2000, art. 9-1", "LEGIARTI000029318586", Confidence.VERIFIED);
  /** Art. 9-1, second alinéa: not the price of individualised services [V]. */
  static final LegalReference ART_9_1_AL_2 = LegalReference.of(TextKind.LOI,
      "Loi n° 2000-321 du 12 avril 2000, art. 9-1, al. 2", "LEGIARTI000029318586", Confidence.VERIFIED);
  /**
   * Art. 10, first alinéa (convention, social-housing exception), read in the version of 2016
   * [V]; the wording in force since 23 February 2022 was not read, hence secondary.
   */
  static final LegalReference ART_10 = LegalReference.builder().kind(TextKind.LOI)
      .citation("Loi n° 2000-321 du 12 avril 2000, art. 10, al. 1").confidence(Confidence.SECONDARY)
      .note("rédaction de 2016 lue ; rédaction en vigueur depuis le 23 février 2022 non lue").build();
  /** Art. 10, the compte rendu financier of an earmarked subsidy (versions of 2000 and 2014-2015 read). */
  static final LegalReference ART_10_CRF = LegalReference.builder().kind(TextKind.LOI)
      .citation("Loi n° 2000-321 du 12 avril 2000, art. 10 (compte rendu financier)").confidence(Confidence.SECONDARY)
      .note("rédactions de 2000 et de 2014-2015 lues ; rédaction en vigueur depuis le 23 février 2022 non lue").build();
  /** Art. 10 and décret n° 2017-779: the publication of the award data [V for the date, S for the rest]. */
  static final LegalReference PUBLICATION = LegalReference.builder().kind(TextKind.DECRET)
      .citation("Loi n° 2000-321, art. 10 ; décret n° 2017-779 du 5 mai 2017")
      .legifranceId("JORFTEXT000034600552").confidence(Confidence.SECONDARY)
      .note("conventions signées à compter du 1er août 2017 [V] ; délai de trois mois et seuil de population lus dans des sources secondaires").build();
  /**
   * The deposit at the préfecture of bodies other than associations and fondations receiving
   * annually more than an amount fixed by décret: the duty read in a 2014-2015 copy of art. 10
   * [V], the amount (153 000 € per one summary) not confirmed [?].
   */
  static final LegalReference PREFECTURE = LegalReference.builder().kind(TextKind.LOI)
      .citation("Loi n° 2000-321, art. 10 (dépôt en préfecture)").confidence(Confidence.SECONDARY)
      .note("obligation lue dans une rédaction de 2014-2015 ; montant du décret non vérifié").build();
  /** Art. 10-1: the contrat d'engagement républicain [V]. */
  static final LegalReference ART_10_1 = LegalReference.of(TextKind.LOI,
      "Loi n° 2000-321 du 12 avril 2000, art. 10-1", "LEGIARTI000043970265", Confidence.VERIFIED);
  /** Décret n° 2021-1947: applies to requests from its entry into force, 2 January 2022 [S]. */
  static final LegalReference DECRET_CER = LegalReference.builder().kind(TextKind.DECRET)
      .citation("Décret n° 2021-1947 du 31 décembre 2021 (demandes présentées à compter du 2 janvier 2022)")
      .legifranceId("JORFTEXT000044806609").confidence(Confidence.SECONDARY)
      .note("application aux demandes présentées à compter de son entrée en vigueur [V] ; date du 2 janvier 2022 lue dans une source secondaire").build();
  /** C. com., art. L612-4, read in a translation site [S]. */
  static final LegalReference L612_4 = LegalReference.builder().kind(TextKind.CODE_ARTICLE)
      .citation("C. com., art. L612-4").confidence(Confidence.SECONDARY)
      .note("texte lu sur un site de traduction ; identifiant Légifrance non vérifié").build();
  /** The publication of the accounts within three months of their approval (décret n° 2010-31) [S]. */
  static final LegalReference L612_4_PUBLICATION = LegalReference.builder().kind(TextKind.DECRET)
      .citation("C. com., art. L612-4 ; décret n° 2010-31 du 11 janvier 2010 (publication au JO des associations)")
      .confidence(Confidence.SECONDARY).note("délai de trois mois lu dans une source secondaire").build();
  /** Loi n° 2014-856, art. 9, I: the PTCE [V]. */
  static final LegalReference ART_9_PTCE = LegalReference.of(TextKind.LOI,
      "Loi n° 2014-856 du 31 juillet 2014, art. 9, I", Confidence.VERIFIED);
  /** Loi n° 2014-856, art. 9, I: whether "entreprises de l'ESS" means at least two [?]. */
  static final LegalReference ART_9_PTCE_PLURAL = LegalReference.builder().kind(TextKind.LOI)
      .citation("Loi n° 2014-856 du 31 juillet 2014, art. 9, I (« d'entreprises de l'économie sociale et solidaire »)")
      .confidence(Confidence.UNCONFIRMED).note("le pluriel exige-t-il deux entreprises de l'ESS ? non confirmé").build();

  /** The first request art. 10-1 and its décret apply to (décret n° 2021-1947, in force 2 January 2022) [S]. */
  static final LocalDate CER_FIRST_REQUEST = LocalDate.of(2022, 1, 2);
  /** The first convention whose data are published (décret n° 2017-779) [V]. */
  static final LocalDate PUBLICATION_FIRST_CONVENTION = LocalDate.of(2017, 8, 1);

  private FinancementLaw() {}

  /**
   * Whether a beneficiary is an "organisme de droit privé" of art. 9-1 and 10: any private form,
   * not a public-law person.
   */
  static boolean privateLaw(LegalForm form) {
    return form != LegalForm.PUBLIC_LAW_ENTITY;
  }
}
