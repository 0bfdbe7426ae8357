/**
 * The organisations the rules work on: a legal form (with the company type of a société),
 * identifiers (SIREN, RNA, INSEE commune), creation date, and the qualifications held from
 * elsewhere — ESUS agrément, SIAE conventions (ACI, EI, AI, ETTI, EITI: held by an organisation,
 * not a form), CAE activity, CNLRQ régie de quartier label, reconnaissance d'utilité publique,
 * location in a QPV — one JSON shape, qualifications told apart by their {@code type}.
 *
 * <p>Entry point: {@link io.github.essrules.rules.structure.Organisation}.
 */
package io.github.essrules.rules.structure;
