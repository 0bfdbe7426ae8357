/**
 * French ESS and politique de la ville law as code. Each sub-package covers one legal domain
 * and names the texts it encodes; legal amounts live as YAML parameter files beside the code.
 *
 * <ul>
 *   <li>{@link io.github.essrules.rules.amounts}: amounts used across domains — the SMIC
 *       (C. trav. L3231-2 et seq.) and the plafond de la sécurité sociale;
 *   <li>{@link io.github.essrules.rules.ess}: membership of the ESS (loi n° 2014-856, art. 1);
 *   <li>{@link io.github.essrules.rules.esus}: the ESUS agrément (C. trav. L3332-17-1,
 *       R3332-21-1 to R3332-21-5).
 * </ul>
 *
 * <h2 id="unknown-and-empty">Unknown and empty facts</h2>
 *
 * <p>One rule, applied by every rule of this library: <b>a fact left out is unknown; an empty list
 * is known to be none.</b> An unknown fact never stands for "no" or "none": each condition that
 * needs it is <em>undetermined</em>, and the verdict names it by its JSON pointer in {@link
 * io.github.essrules.core.verdict.Verdict#missingFacts()}.
 *
 * <ul>
 *   <li><b>A single fact</b> that may be unknown is an {@code Optional}: left out of the input,
 *       or {@code null} in JSON, it is unknown.
 *   <li><b>A list of records whose emptiness decides</b> — the interviews held, the months the
 *       fixed part was paid, the general meetings, the dirigeants paid, the qualifications held,
 *       the colleges of a SCIC — is an {@code Optional<List<X>>}: left out (or {@code null}), it
 *       is unknown, and each condition that reads it is undetermined naming it
 *       ({@code /entrepreneurs/0/interviews}); given as {@code []}, it is known to be none and the
 *       condition is decided (no interview in a twelve-month period that has ended: C. trav.
 *       R7331-3 is not met). An obligation not yet due stays pending either way. In Java, leave
 *       the attribute out of the builder for unknown, and pass {@code List.of()} for none.
 *   <li><b>A list that stays a plain {@code List}</b> says which kind it is in its Javadoc:
 *       <em>needed</em>, when the text compares its items and has no answer for "none" (the pay
 *       years and financial years of the ESUS agrément, the financial years of a commercial
 *       company of the ESS): empty or left out, the condition is undetermined and names it;
 *       <em>required</em>, when Bean Validation refuses it empty (the periods of a CDDI, the
 *       months of an aide au poste, the three TMO of a SCIC's interest, the members of a CAE's
 *       joint activity); <em>complementary</em>, when its absence changes no answer (values that
 *       complete a shipped index, where a quarter known nowhere is a typed error) or it is a
 *       choice of the caller rather than a fact (the sections of an association's case).
 * </ul>
 *
 * <p>Results that are not verdicts say it their own way: a CAE agenda item names the records it
 * assumed empty ({@link io.github.essrules.rules.cae.AgendaItem#missingFacts()}), and a BRS cap
 * computed without works left out says in a notice that it is a floor.
 */
package io.github.essrules.rules;
