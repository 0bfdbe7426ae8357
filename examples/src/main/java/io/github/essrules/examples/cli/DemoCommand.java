package io.github.essrules.examples.cli;

import io.github.essrules.core.Lang;
import io.github.essrules.core.i18n.Formats;
import io.github.essrules.core.i18n.MessageArg;
import io.github.essrules.core.json.EssJson;
import io.github.essrules.core.law.NoLawKnownException;
import io.github.essrules.core.param.DatedValue;
import io.github.essrules.core.verdict.Outcome;
import io.github.essrules.rules.RulesMessages;
import io.github.essrules.rules.amounts.AnnualFullTimeSmic;
import io.github.essrules.rules.amounts.PlafondSecuriteSociale;
import io.github.essrules.rules.amounts.Smic;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code ess demo}: a guided tour of the library in four numbered sections, each saying what it
 * shows — legal amounts on chosen dates with their texts, amounts computed, a date the library
 * refuses (shown as the feature it is: no silent guess), then the case library (the guide's
 * initiatives and a few invented situations, see {@code cases/cases.json}), one line per case: its
 * marker (explained by a legend), the initiative's name in the language asked for, its result's
 * summary (the verdict and the figure that decided it, or the amount computed) with its text.
 * {@code --explain} adds each result's full explanation.
 *
 * <p>This class is not thread-safe: picocli creates one per run.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "A guided tour of the library: a few legal amounts on chosen dates, a refusal, then the guide's"
        + " cases, one line per case with its legal text.")
public final class DemoCommand implements Callable<Integer> {
  /** Created by picocli. */
  public DemoCommand() {}

  /** The dates of the SMIC cases: one per regime change worth seeing. */
  static final List<LocalDate> SMIC_DATES = List.of(
      LocalDate.of(2015, 1, 1), LocalDate.of(2022, 5, 1), LocalDate.of(2024, 11, 1),
      LocalDate.of(2026, 1, 1));

  @ParentCommand EssCommand root;
  @Spec CommandSpec spec;

  @Option(names = "--explain", description = "Print each verdict's full explanation after its line.")
  boolean explain;

  @Override
  public Integer call() {
    GlobalOptions o = root.options();
    Lang lang = o.lang;
    boolean fr = lang == Lang.FR;
    PrintWriter out = spec.commandLine().getOut();
    List<Map<String, Object>> cases = new ArrayList<>();
    Tour tour = new Tour(lang);

    tour.section("Des montants légaux datés, chacun avec le texte qui le fixe",
        "Dated legal amounts, each with the text that sets it",
        "Le SMIC change par décret ou par arrêté : à chaque date, la valeur alors en vigueur, sa source et la"
            + " confiance qu'on peut lui faire.",
        "The SMIC changes by décret or arrêté: on each date, the value then in force, its source and how far it"
            + " can be trusted.");
    for (LocalDate date : SMIC_DATES) {
      DatedValue<BigDecimal> v = Smic.hourlyGross(date);
      cases.add(amountCase("smic-horaire-brut", date, v));
      tour.line(line(lang, "SMIC horaire brut", "Gross hourly SMIC", date, Formats.euros(v.value(), lang), v));
    }

    LocalDate asOf = o.asOf != null ? o.asOf : LocalDate.of(2026, 1, 1);
    tour.section("Des montants calculés, avec leur calcul", "Amounts computed, with their computation",
        "Chaque arrondi est fait une fois, là où le texte le dit, avec son mode.",
        "Each rounding is made once, where the text says, with its mode.");
    AnnualFullTimeSmic annual = Smic.annualFullTime(asOf);
    Map<String, Object> annualCase = new LinkedHashMap<>();
    annualCase.put("case", "smic-annuel-temps-complet");
    annualCase.put("result", annual);
    cases.add(annualCase);
    tour.line(RulesMessages.get().format("amounts.smic.annual", lang, MessageArg.date(asOf),
        MessageArg.euros(annual.annual()), MessageArg.euros(annual.hourly().value()),
        MessageArg.number(annual.monthlyHours()), MessageArg.number(annual.months()),
        MessageArg.euros(annual.monthly().rounded()))
        + " — " + annual.hourly().reference().citation() + ", " + annual.durationReference().citation());
    DatedValue<BigDecimal> pss = PlafondSecuriteSociale.annual(asOf);
    cases.add(amountCase("plafond-securite-sociale-annuel", asOf, pss));
    tour.line(line(lang, "Plafond annuel de la sécurité sociale", "Annual social security ceiling", asOf,
        Formats.euros(pss.value(), lang), pss));

    LocalDate unknown = LocalDate.of(2010, 6, 1);
    tour.section("Une date que la bibliothèque ne couvre pas : elle refuse plutôt que de deviner",
        "A date the library does not cover: it refuses rather than guess",
        "Le SMIC de juin 2010 n'est pas dans ses données : au lieu d'appliquer une autre valeur, elle dit ce qu'elle"
            + " couvre et que faire (en ligne de commande, le code de sortie 4).",
        "The SMIC of June 2010 is not in its data: instead of applying another value, it says what it covers and"
            + " what to do (on the command line, exit code 4).");
    try {
      Smic.hourlyGross(unknown);
      throw new IllegalStateException("the SMIC of " + unknown + " should be unknown to the library");
    } catch (NoLawKnownException e) {
      Map<String, Object> c = new LinkedHashMap<>();
      c.put("case", "smic-date-inconnue");
      c.put("date", unknown);
      c.put("error", Map.of("fr", e.message(Lang.FR), "en", e.message(Lang.EN)));
      cases.add(c);
      tour.line((fr ? "Refus attendu : " : "Expected refusal: ") + e.message(lang));
    }

    tour.section("Les cas du guide (RTES-CGET 2016) et des cas inventés, chacun jugé par sa règle",
        "The cases of the guide (RTES-CGET 2016) and invented ones, each judged by its rule",
        "cases/cases.json dit, pour chaque cas, ce qui vient du guide et ce qui a été ajouté.",
        "cases/cases.json says, for each case, what comes from the guide and what was added.");
    tour.line((fr ? "Légende : " : "Legend: ") + legend(lang) + ".");
    for (CaseLibrary.Judged j : CaseLibrary.runAll(lang)) {
      Map<String, Object> c = new LinkedHashMap<>();
      c.put("case", j.entry.file);
      c.put("initiative", j.entry.initiative);
      c.put("rule", j.entry.rule);
      c.put("asOf", j.entry.asOf);
      c.put("guideLines", j.entry.guideLines);
      c.put("fromGuide", j.entry.fromGuide);
      c.put("added", j.entry.added);
      c.put("result", j.result);
      cases.add(c);
      tour.line("[" + j.outcome + "] " + j.entry.initiative(lang) + " — " + j.keyFigure + " (" + j.entry.file + ")");
      if (explain) {
        tour.block(((io.github.essrules.core.verdict.Explained) j.result).explain(lang));
      }
    }
    if (o.format == OutputFormat.JSON) {
      out.println(EssJson.write(cases));
    } else {
      out.println(fr ? "ess-rules — visite guidée, en quatre étapes" : "ess-rules — a guided tour, in four steps");
      tour.lines.forEach(out::println);
      out.println();
      out.println(fr
          ? "Pour aller plus loin : ess demo --explain (chaque raisonnement en entier), ess rules (les règles),"
              + " ess RÈGLE CAS.json (un cas à vous), ess batch RÈGLE (un fichier de cas)."
          : "Going further: ess demo --explain (each reasoning in full), ess rules (the rules), ess RULE CASE.json"
              + " (a case of yours), ess batch RULE (a file of cases).");
    }
    out.flush();
    return ExitCodes.OK;
  }

  /**
   * The legend of the markers of the case lines: the five outcomes of a verdict, and {@code [=]} for a
   * computation.
   *
   * @param lang the language
   * @return the legend, in one sentence
   */
  static String legend(Lang lang) {
    boolean fr = lang == Lang.FR;
    return String.join(fr ? " ; " : "; ",
        "[" + Outcome.SATISFIED.label(lang) + "] " + (fr ? "la règle est remplie" : "the rule is met"),
        "[" + Outcome.NOT_SATISFIED.label(lang) + "] " + (fr ? "une condition ne l'est pas, la ligne dit laquelle"
            : "a condition is not, the line says which"),
        "[" + Outcome.NOT_APPLICABLE.label(lang) + "] " + (fr ? "la règle ne s'applique pas à ce cas"
            : "the rule does not apply to the case"),
        "[" + Outcome.UNDETERMINED.label(lang) + "] " + (fr ? "des faits manquent, la ligne dit lesquels"
            : "facts are missing, the line says which"),
        "[" + Outcome.PENDING.label(lang) + "] " + (fr ? "une échéance fixée par le texte n'est pas encore atteinte"
            : "a deadline the text sets has not come yet"),
        "[=] " + (fr ? "un calcul et non un verdict : la ligne donne le montant ou les dates calculés"
            : "a computation, not a verdict: the line gives the amount or the dates computed"));
  }

  /** The text of the tour: numbered sections, each saying what it shows, then its lines, indented. */
  private static final class Tour {
    private final Lang lang;
    private final List<String> lines = new ArrayList<>();
    private int sections;

    Tour(Lang lang) {
      this.lang = lang;
    }

    void section(String fr, String en, String whatFr, String whatEn) {
      lines.add("");
      lines.add(++sections + ". " + (lang == Lang.FR ? fr : en));
      lines.add("   " + (lang == Lang.FR ? whatFr : whatEn));
    }

    void line(String text) {
      lines.add("   " + text);
    }

    void block(String text) {
      text.lines().forEach(l -> lines.add("      " + l));
    }
  }

  /**
   * Reads a sample case shipped with the examples.
   *
   * @param <T> the facts type
   * @param file the file name under {@code cases/}
   * @param type the facts type
   * @return the facts
   */
  static <T> T sample(String file, Class<T> type) {
    String path = CaseLibrary.FOLDER + file;
    try (InputStream in = DemoCommand.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("sample case missing from the jar: " + path);
      }
      return EssJson.read(in, type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, Object> amountCase(String id, LocalDate date, DatedValue<BigDecimal> v) {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("case", id);
    c.put("date", date);
    c.put("result", v);
    return c;
  }

  private static String line(Lang lang, String fr, String en, LocalDate date, String value, DatedValue<?> source) {
    return (lang == Lang.FR ? fr + " au " : en + " on ") + Formats.date(date, lang)
        + (lang == Lang.FR ? " : " : ": ") + value + " — " + source.reference().citation()
        + " [" + source.reference().confidence().label(lang) + "]";
  }
}
