package io.github.essrules.examples.cli;

import io.github.essrules.core.Lang;
import io.github.essrules.core.i18n.Formats;
import io.github.essrules.core.verdict.Notice;
import io.github.essrules.rules.esus.AgrementTerm;

/**
 * Plain-text renderings of results that are not verdicts, for the command line.
 *
 * <p>This class is immutable and thread-safe.
 */
final class Texts {
  private Texts() {}

  /**
   * The calendar of an ESUS agrément, a line per fact.
   *
   * @param t the calendar
   * @param lang the language
   * @return the text
   */
  static String term(AgrementTerm t, Lang lang) {
    boolean fr = lang == Lang.FR;
    StringBuilder s = new StringBuilder();
    s.append(fr ? "Agrément ESUS au " : "ESUS agrément on ").append(Formats.date(t.asOf(), lang))
        .append(fr ? " : " : ": ").append(t.status().name());
    s.append('\n').append(fr ? "  autorité compétente : " : "  competent authority: ").append(t.grantingAuthority().render(lang));
    t.tacitAcceptanceOn().ifPresent(d -> s.append('\n').append(fr ? "  acceptation tacite le " : "  tacit acceptance on ")
        .append(Formats.date(d, lang)));
    t.grantedOn().ifPresent(d -> s.append('\n').append(fr ? "  accordé le " : "  granted on ")
        .append(Formats.date(d, lang)).append(t.tacit() ? (fr ? " (tacitement)" : " (tacitly)") : ""));
    t.durationYears().ifPresent(y -> s.append('\n').append(fr ? "  durée : " : "  duration: ").append(y)
        .append(fr ? " ans" : " years"));
    t.lastValidDay().ifPresent(d -> s.append('\n').append(fr ? "  valable jusqu'au " : "  valid until ")
        .append(Formats.date(d, lang)).append(fr ? " inclus" : " included"));
    t.renewalWindowOpensOn().ifPresent(d -> s.append('\n').append(fr ? "  renouvellement à préparer dès le "
        : "  renewal to prepare from ").append(Formats.date(d, lang)));
    if (!t.missingFacts().isEmpty()) {
      s.append('\n').append(fr ? "  faits manquants : " : "  missing facts: ").append(String.join(", ", t.missingFacts()));
    }
    for (Notice n : t.notices()) {
      s.append("\n  ! ").append(n.message().render(lang)).append(" — ").append(n.reference().citation());
    }
    return s.toString();
  }

  /**
   * A CAE's agenda, a line per item.
   *
   * @param items the items, sorted
   * @param asOf the agenda's date
   * @param lang the language
   * @return the text
   */
  static String agenda(java.util.List<io.github.essrules.rules.cae.AgendaItem> items, java.time.LocalDate asOf,
      Lang lang) {
    boolean fr = lang == Lang.FR;
    StringBuilder s = new StringBuilder();
    s.append(fr ? "Échéances au " : "Deadlines on ").append(Formats.date(asOf, lang))
        .append(fr ? " : " : ": ").append(items.size());
    for (io.github.essrules.rules.cae.AgendaItem i : items) {
      s.append('\n').append(i.date()).append(' ')
          .append(i.overdue() ? (fr ? "[EN RETARD] " : "[OVERDUE] ") : (fr ? "[à venir]   " : "[upcoming]  "))
          .append(i.message().render(lang)).append(" — ").append(i.reference().citation());
      if (!i.missingFacts().isEmpty()) {
        s.append(fr ? " (à confirmer, faits manquants : " : " (to confirm, missing facts: ")
            .append(String.join(", ", i.missingFacts())).append(')');
      }
    }
    return s.toString();
  }

  /**
   * A remuneration, a line per amount.
   *
   * @param r the remuneration
   * @param lang the language
   * @return the text
   */
  static String remuneration(io.github.essrules.rules.cae.Remuneration r, Lang lang) {
    boolean fr = lang == Lang.FR;
    StringBuilder s = new StringBuilder();
    s.append(fr ? "Rémunération de l'exercice" : "Remuneration of the financial year")
        .append(r.entrepreneurId().map(id -> " — " + id).orElse(""));
    line(s, fr ? "part fixe (R7331-11, 1°)" : "fixed part (R7331-11, 1°)", Formats.euros(r.fixedPart(), lang));
    line(s, fr ? "chiffre d'affaires − charges directes" : "turnover − direct charges", Formats.euros(r.margin(), lang));
    line(s, (fr ? "contribution aux services mutualisés, arrondie au centime (" : "contribution to pooled services, rounded to the cent (")
        + r.contribution().mode() + ", " + r.contributionLimit() + ")", Formats.euros(r.contribution().rounded(), lang));
    line(s, fr ? "part variable (L7332-3)" : "variable part (L7332-3)", Formats.euros(r.variablePart(), lang));
    line(s, fr ? "acomptes versés" : "advances paid", Formats.euros(r.advancesPaid(), lang));
    line(s, fr ? "solde de fin d'exercice (R7331-12)" : "balance at year end (R7331-12)", Formats.euros(r.balance(), lang));
    for (io.github.essrules.core.law.LegalReference ref : r.references()) {
      s.append("\n  ").append(ref.citation());
    }
    return s.toString();
  }

  private static void line(StringBuilder s, String label, String value) {
    s.append("\n  ").append(label).append(" : ").append(value);
  }

  /**
   * A resale cap, a line per step.
   *
   * @param c the cap
   * @param lang the language
   * @return the text
   */
  static String cap(io.github.essrules.rules.foncier.IndexedCap c, Lang lang) {
    boolean fr = lang == Lang.FR;
    StringBuilder s = new StringBuilder();
    s.append(fr ? "Prix maximal de cession" : "Maximum transfer price");
    line(s, fr ? "valeur initiale" : "initial value", Formats.euros(c.initialValue(), lang));
    line(s, c.series() + " " + c.initialIndex().quarter(), Formats.number(c.initialIndex().value(), lang)
        + " [" + c.initialIndex().confidence().label(lang) + "]");
    line(s, c.series() + " " + c.resaleIndex().quarter(), Formats.number(c.resaleIndex().value(), lang)
        + " [" + c.resaleIndex().confidence().label(lang) + "]");
    line(s, fr ? "rapport (affichage)" : "ratio (shown)", Formats.number(c.ratio(), lang));
    line(s, fr ? "travaux ajoutés" : "works added", Formats.euros(c.worksAdded(), lang));
    line(s, fr ? "travaux non retenus" : "works left out", Formats.euros(c.worksExcluded(), lang));
    c.ofsCeiling().ifPresent(x -> line(s, (fr ? "plafond de l'OFS" : "OFS ceiling") + (c.ceilingApplied()
        ? (fr ? " (appliqué)" : " (applied)") : ""), Formats.euros(x, lang)));
    line(s, (fr ? "prix maximal, arrondi une fois au centime (" : "maximum price, rounded once to the cent (")
        + c.rounding() + ")", Formats.euros(c.cap(), lang));
    for (io.github.essrules.core.law.LegalReference ref : c.references()) {
      s.append("\n  ").append(ref.citation());
    }
    return s.toString();
  }

  /**
   * An aide au poste, a line per socle.
   *
   * @param r the aid
   * @param lang the language
   * @return the text
   */
  static String aide(io.github.essrules.rules.iae.AideAuPoste.Result r, Lang lang) {
    boolean fr = lang == Lang.FR;
    StringBuilder s = new StringBuilder();
    s.append(fr ? "Aide au poste d'insertion (" : "Insertion post aid (").append(r.structure()).append(')');
    for (io.github.essrules.rules.iae.AideAuPoste.SocleLine l : r.lines()) {
      line(s, (fr ? "socle " : "socle ") + Formats.euros(l.socle().value(), lang) + (fr ? " par ETP et par an, depuis le "
          : " per FTE and year, from ") + Formats.date(l.socle().validFrom(), lang)
          + (l.approximateDate() ? (fr ? " (date approximative)" : " (approximate date)") : "")
          + " × " + Formats.number(l.fteMonths(), lang) + (fr ? " ETP-mois ÷ 12" : " FTE-months ÷ 12"),
          Formats.euros(l.amount().setScale(2, java.math.RoundingMode.HALF_UP), lang));
    }
    line(s, fr ? "part modulée" : "modulated part",
        Formats.euros(r.modulatedPart().setScale(2, java.math.RoundingMode.HALF_UP), lang));
    if (r.fteMonthsAboveConvention().signum() > 0) {
      line(s, fr ? "ETP-mois au-delà des postes conventionnés, non aidés" : "FTE-months above the convention, not paid",
          Formats.number(r.fteMonthsAboveConvention(), lang));
    }
    line(s, fr ? "total, arrondi une fois au centime" : "total, rounded once to the cent", Formats.euros(r.total(), lang));
    for (io.github.essrules.core.law.LegalReference ref : r.references()) {
      s.append("\n  ").append(ref.citation());
    }
    return s.toString();
  }
}
