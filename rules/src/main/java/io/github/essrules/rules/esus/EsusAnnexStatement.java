package io.github.essrules.rules.esus;

import io.github.essrules.core.Lang;
import io.github.essrules.core.i18n.MessageArg;
import io.github.essrules.core.verdict.Comparison;
import io.github.essrules.core.verdict.Finding;
import io.github.essrules.core.verdict.Outcome;
import io.github.essrules.core.verdict.Verdict;
import io.github.essrules.rules.RulesMessages;
import java.util.Locale;

/**
 * The statement ESUS enterprises must give in the annex to their annual accounts: C. trav.
 * R3332-21-5 — "les informations qui attestent du respect des conditions qui s'appliquent à
 * elles en application du I et du II de l'article L. 3332-17-1 et des articles R. 3332-21-1 et
 * R. 3332-21-2". Built from a satisfied {@link EsusRule} verdict: one line per condition met,
 * with its article and the figures compared.
 *
 * <pre>{@code
 * Verdict v = EsusRule.get().evaluate(facts, LocalDate.of(2026, 3, 31));
 * String annex = EsusAnnexStatement.of(facts, v).text(Lang.FR);
 * }</pre>
 *
 * <p>The text is the library's wording, not a model imposed by a text: check it with the
 * enterprise's accountant. This class is immutable and thread-safe.
 */
public final class EsusAnnexStatement {
  private final EsusFacts facts;
  private final Verdict verdict;

  private EsusAnnexStatement(EsusFacts facts, Verdict verdict) {
    this.facts = facts;
    this.verdict = verdict;
  }

  /**
   * The statement for a satisfied verdict.
   *
   * @param facts the facts the verdict was given for
   * @param verdict the verdict of {@link EsusRule}
   * @return the statement
   * @throws IllegalArgumentException if the verdict is not a satisfied ESUS verdict: a statement
   *     that the conditions are met cannot be drawn from one that says they are not, or cannot tell
   */
  public static EsusAnnexStatement of(EsusFacts facts, Verdict verdict) {
    io.github.essrules.core.validation.Arguments.required(facts, "facts");
    io.github.essrules.core.validation.Arguments.required(verdict, "verdict");
    if (!EsusRule.ID.equals(verdict.ruleId()) || verdict.outcome() != Outcome.SATISFIED) {
      throw new IllegalArgumentException("an annex statement needs a satisfied verdict of rule "
          + EsusRule.ID + ", not " + verdict.ruleId() + " " + verdict.outcome());
    }
    return new EsusAnnexStatement(facts, verdict);
  }

  /**
   * The statement's text.
   *
   * @param lang the language: French for the annex itself, English as a translation
   * @return the text, lines separated by {@code \n}
   */
  public String text(Lang lang) {
    var catalog = RulesMessages.get();
    StringBuilder out = new StringBuilder(1024);
    out.append(catalog.format("esus.annex.title", lang)).append("\n\n");
    String name = facts.ess().name().orElse(catalog.format("esus.annex.the-enterprise", lang));
    String route = facts.pleinDroitCategory()
        .map(c -> catalog.format("esus.annex.route.II", lang, MessageArg.number(c.number()),
            MessageArg.term("category." + c.name())))
        .orElse(catalog.format("esus.annex.route.I", lang));
    out.append(catalog.format("esus.annex.intro", lang, MessageArg.text(name), MessageArg.date(verdict.asOf()),
        MessageArg.text(route)));
    for (Finding f : verdict.findings()) {
      append(out, f, 0, lang);
    }
    out.append("\n\n").append(catalog.format("esus.annex.footer", lang, MessageArg.text(verdict.ruleId()),
        MessageArg.text(verdict.confidence().label(lang))));
    return out.toString();
  }

  /**
   * The statement's text.
   *
   * @param locale the locale: French if its language is French, English otherwise
   *     ({@link Lang#of(Locale)})
   * @return the text, lines separated by {@code \n}
   */
  public String text(Locale locale) {
    return text(Lang.of(locale));
  }

  private static void append(StringBuilder out, Finding f, int depth, Lang lang) {
    if (f.outcome() != Outcome.SATISFIED) {
      return;
    }
    String indent = "  ".repeat(depth);
    out.append('\n').append(indent).append("- ").append(f.message().render(lang))
        .append(" (").append(f.reference().citation()).append(')');
    for (Comparison c : f.comparisons()) {
      out.append('\n').append(indent).append("    ").append(c.describe(lang));
    }
    for (Finding child : f.children()) {
      append(out, child, depth + 1, lang);
    }
  }
}
