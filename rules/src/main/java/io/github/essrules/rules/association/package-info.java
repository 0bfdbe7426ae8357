/**
 * The association loi 1901: formation and declaration (loi du 1er juillet 1901, art. 1, 2, 5),
 * gestion désintéressée and the remuneration of dirigeants (CGI 261-7-1° d; BOI-IS-CHAMP-10-50-10-20),
 * the franchise des impôts commerciaux (CGI 206-1 bis) with its yearly threshold, and the "4P"
 * lucrativity test as a guided questionnaire.
 *
 * <p>Entry point: {@link io.github.essrules.rules.association.AssociationRule}; facts:
 * {@link io.github.essrules.rules.association.AssociationCase}.
 */
package io.github.essrules.rules.association;
