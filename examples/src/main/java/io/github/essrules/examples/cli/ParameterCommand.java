package io.github.essrules.examples.cli;

import io.github.essrules.core.Lang;
import io.github.essrules.core.i18n.Formats;
import io.github.essrules.core.json.EssJson;
import io.github.essrules.core.param.DatedParameter;
import io.github.essrules.core.param.DatedValue;
import io.github.essrules.core.verdict.LawOptions;
import io.github.essrules.rules.amounts.LegalParameters;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code ess parameter}: a legal amount on a date, with the text that sets it; without argument,
 * the list of the amounts the library knows and the dates they cover.
 */
@Command(name = "parameter", mixinStandardHelpOptions = true,
    description = {
      "Show a legal amount on a date (--as-of, default today) with the text that sets it.",
      "Without NAME nor --input: list the amounts known and the dates they cover."
    })
public final class ParameterCommand implements Callable<Integer> {
  /** Created by picocli. */
  public ParameterCommand() {}

  @ParentCommand EssCommand root;
  @Spec CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "NAME", descriptionKey = "name",
      description = "The amount, such as smic-horaire-brut or plafond-securite-sociale-annuel.")
  String name;

  @Option(names = "--input", paramLabel = "FILE",
      description = "Read the question as JSON (schema: ess schema parameter-query) from FILE, or - for standard input.")
  String input;

  @Override
  public Integer call() throws IOException {
    GlobalOptions o = root.options();
    PrintWriter out = spec.commandLine().getOut();
    if (name != null && input != null) {
      throw new EssCommand.UsageException("Donnez NAME ou --input, pas les deux.",
          "Give NAME or --input, not both.");
    }
    if (name == null && input == null) {
      list(o, out);
      return ExitCodes.OK;
    }
    String id;
    LocalDate date;
    if (input != null) {
      ParameterQuery query = Inputs.read(input, ParameterQuery.class);
      id = query.parameter();
      date = query.date();
    } else {
      id = name;
      date = o.asOfOrToday();
    }
    DatedParameter<BigDecimal> parameter = LegalParameters.find(id).orElseThrow(() ->
        new EssCommand.UsageException(
            "Paramètre inconnu « " + id + " » ; connus : " + LegalParameters.ids(),
            "Unknown parameter \"" + id + "\"; known: " + LegalParameters.ids()));
    DatedValue<BigDecimal> value = value(parameter, date, o.lawOptions());
    if (o.format == OutputFormat.JSON) {
      out.println(EssJson.write(answer(parameter, date, value)));
    } else {
      Lang lang = o.lang;
      out.println(parameter.description(lang) + (lang == Lang.FR ? " au " : " on ")
          + Formats.date(date, lang) + (lang == Lang.FR ? " : " : ": ")
          + Formats.number(value.value(), lang) + " " + parameter.unit());
      out.println((lang == Lang.FR ? "  en vigueur du " : "  in force from ") + Formats.date(value.validFrom(), lang)
          + value.lastValidDay().map(d -> (lang == Lang.FR ? " au " : " to ") + Formats.date(d, lang)
              + (lang == Lang.FR ? " inclus" : " inclusive"))
              .orElse(lang == Lang.FR ? " jusqu'à modification" : " until amended"));
      out.println((lang == Lang.FR ? "  vérifié le " : "  verified on ") + Formats.date(value.verifiedOn(), lang)
          + (value.presumed() ? (lang == Lang.FR ? " : présumé inchangé depuis sa vérification"
              : ": presumed unchanged since it was verified") : ""));
      out.println("  " + value.reference().citation()
          + value.reference().url().map(u -> " <" + u + ">").orElse("")
          + " [" + value.reference().confidence().label(lang) + "]");
      value.reference().note().ifPresent(n -> out.println("  " + n));
    }
    out.flush();
    return ExitCodes.OK;
  }

  /**
   * The value of a legal amount on a date, under the options of the law in time.
   *
   * @throws io.github.essrules.core.law.NoLawKnownException if the date is not covered
   */
  static DatedValue<BigDecimal> value(DatedParameter<BigDecimal> parameter, LocalDate date, LawOptions options) {
    return io.github.essrules.core.verdict.LawContext.of(date, options).value(parameter, date);
  }

  /**
   * A legal amount on a date, as {@code ess parameter NAME --format json} prints it and
   * {@code GET /parameters/{name}} of {@code ess serve} answers it.
   */
  static Map<String, Object> answer(DatedParameter<BigDecimal> parameter, LocalDate date, DatedValue<BigDecimal> value) {
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("parameter", parameter.id());
    answer.put("unit", parameter.unit());
    answer.put("date", date);
    answer.put("result", value);
    return answer;
  }

  /**
   * The amounts known and the dates they cover, as {@code ess parameter --format json} prints them
   * and {@code GET /parameters} of {@code ess serve} answers them.
   */
  static List<Map<String, Object>> list(LawOptions options) {
    List<Map<String, Object>> all = new ArrayList<>();
    for (DatedParameter<BigDecimal> p : LegalParameters.all()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("parameter", p.id());
      m.put("unit", p.unit());
      m.put("fr", p.description(Lang.FR));
      m.put("en", p.description(Lang.EN));
      m.put("firstDay", p.firstDay());
      m.put("regime", p.regime());
      m.put("lastVerifiedDay", p.lastVerifiedDay());
      m.put("lastDayServed", p.lastDayServed(options.policy()));
      all.add(m);
    }
    return all;
  }

  private static void list(GlobalOptions o, PrintWriter out) {
    if (o.format == OutputFormat.JSON) {
      out.println(EssJson.write(list(o.lawOptions())));
    } else {
      for (DatedParameter<BigDecimal> p : LegalParameters.all()) {
        out.println(p.id() + " (" + p.unit() + ") — " + p.description(o.lang) + " — " + p.regime() + " — " + p.coverage(o.lawOptions().policy()));
      }
    }
  }
}
