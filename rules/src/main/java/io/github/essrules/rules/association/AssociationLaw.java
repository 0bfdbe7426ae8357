package io.github.essrules.rules.association;

import io.github.essrules.core.law.Confidence;
import io.github.essrules.core.law.LegalReference;
import io.github.essrules.core.law.TextKind;

/**
 * The texts on associations the library cites: the loi du 1er juillet 1901 (read in a consolidated
 * copy: verified), the Code général des impôts and the Bulletin officiel des finances publiques
 * (read in secondary sources only: secondary).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AssociationLaw {
  private AssociationLaw() {}

  /**
   * An article of the loi du 1er juillet 1901.
   *
   * @param article the article, such as {@code "5"}
   * @return the reference, verified
   */
  public static LegalReference loi1901(String article) {
    return LegalReference.of(TextKind.LOI,
        "Loi du 1er juillet 1901 relative au contrat d'association, art. " + article, Confidence.VERIFIED);
  }

  /**
   * An article of the Code général des impôts.
   *
   * @param article the article, such as {@code "261-7-1° d"}
   * @return the reference, secondary
   */
  public static LegalReference cgi(String article) {
    return LegalReference.of(TextKind.CODE_ARTICLE, "CGI, art. " + article, Confidence.SECONDARY);
  }

  /**
   * A paragraph of the BOFiP.
   *
   * @param id the identifier, such as {@code "BOI-IS-CHAMP-10-50-10-20"}
   * @return the reference, secondary
   */
  public static LegalReference bofip(String id) {
    return LegalReference.of(TextKind.DOCTRINE, id, Confidence.SECONDARY);
  }
}
