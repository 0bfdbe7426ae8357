package io.github.essrules.examples.cli;

import io.github.essrules.core.Lang;
import io.github.essrules.core.i18n.Formats;
import io.github.essrules.core.i18n.MessageArg;
import io.github.essrules.core.json.EssJson;
import io.github.essrules.core.law.NoLawKnownException;
import io.github.essrules.core.param.DatedValue;
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
 * {@code ess demo}: the library's worked cases — a few legal amounts on chosen dates, then the case
 * library (the guide's initiatives and a few invented situations, see {@code cases/cases.json}),
 * one line per case: its result's summary (the verdict and the figure that decided it, or the
 * amount computed) with its text. {@code --explain} adds each result's full explanation.
 *
 * <p>This class is not thread-safe: picocli creates one per run.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Run the library's worked cases and the guide's case library: one line per case, with its legal text.")
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
    PrintWriter out = spec.commandLine().getOut();
    List<Map<String, Object>> cases = new ArrayList<>();
    List<String> lines = new ArrayList<>();
    for (LocalDate date : SMIC_DATES) {
      DatedValue<BigDecimal> v = Smic.hourlyGross(date);
      cases.add(amountCase("smic-horaire-brut", date, v));
      lines.add(line(lang, "SMIC horaire brut", "Gross hourly SMIC", date, Formats.euros(v.value(), lang), v));
    }
    LocalDate asOf = o.asOf != null ? o.asOf : LocalDate.of(2026, 1, 1);
    AnnualFullTimeSmic annual = Smic.annualFullTime(asOf);
    Map<String, Object> annualCase = new LinkedHashMap<>();
    annualCase.put("case", "smic-annuel-temps-complet");
    annualCase.put("result", annual);
    cases.add(annualCase);
    lines.add(RulesMessages.get().format("amounts.smic.annual", lang, MessageArg.date(asOf),
        MessageArg.euros(annual.annual()), MessageArg.euros(annual.hourly().value()),
        MessageArg.number(annual.monthlyHours()), MessageArg.number(annual.months()),
        MessageArg.euros(annual.monthly().rounded()))
        + " — " + annual.hourly().reference().citation() + ", " + annual.durationReference().citation());
    DatedValue<BigDecimal> pss = PlafondSecuriteSociale.annual(asOf);
    cases.add(amountCase("plafond-securite-sociale-annuel", asOf, pss));
    lines.add(line(lang, "Plafond annuel de la sécurité sociale", "Annual social security ceiling", asOf,
        Formats.euros(pss.value(), lang), pss));
    LocalDate unknown = LocalDate.of(2010, 6, 1);
    try {
      Smic.hourlyGross(unknown);
      throw new IllegalStateException("the SMIC of " + unknown + " should be unknown to the library");
    } catch (NoLawKnownException e) {
      Map<String, Object> c = new LinkedHashMap<>();
      c.put("case", "smic-date-inconnue");
      c.put("date", unknown);
      c.put("error", Map.of("fr", e.message(Lang.FR), "en", e.message(Lang.EN)));
      cases.add(c);
      lines.add((lang == Lang.FR ? "Date non couverte : " : "Date not covered: ") + e.message(lang));
    }
    lines.add("");
    lines.add(lang == Lang.FR ? "Cas du guide (RTES-CGET 2016) et cas inventés — cases/cases.json dit ce qui vient du guide :"
        : "Cases of the guide (RTES-CGET 2016) and invented ones — cases/cases.json says what comes from the guide:");
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
      lines.add("[" + j.outcome + "] " + j.entry.initiative + " — " + j.keyFigure + " (" + j.entry.file + ")");
      if (explain) {
        lines.add(((io.github.essrules.core.verdict.Explained) j.result).explain(lang));
      }
    }
    if (o.format == OutputFormat.JSON) {
      out.println(EssJson.write(cases));
    } else {
      out.println(lang == Lang.FR ? "ess-rules — cas de démonstration" : "ess-rules — worked cases");
      lines.forEach(out::println);
    }
    out.flush();
    return ExitCodes.OK;
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
