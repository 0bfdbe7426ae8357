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
}
