package io.github.essrules.examples.cli;

import io.github.essrules.core.Lang;
import io.github.essrules.core.param.ParameterSet;
import io.github.essrules.core.verdict.LawOptions;
import io.github.essrules.rules.amounts.LegalParameters;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The options every {@code ess} sub-command takes. */
public final class GlobalOptions {
  /** Created by picocli. */
  public GlobalOptions() {}

  @Option(names = "--as-of", paramLabel = "DATE", scope = ScopeType.INHERIT,
      description = "Apply the law and amounts in force on this date (YYYY-MM-DD), and check the facts against it "
          + "(an application or a closing date after it is an input error). Default: today.")
  LocalDate asOf;

  @Option(names = "--lang", paramLabel = "fr|en", scope = ScopeType.INHERIT,
      converter = LangConverter.class,
      description = "Language of the messages: fr (default) or en.")
  Lang lang = Lang.FR;

  @Option(names = "--format", paramLabel = "text|json", scope = ScopeType.INHERIT,
      description = "Output format: text (default) or json.")
  OutputFormat format = OutputFormat.TEXT;

  @Option(names = "--strict", scope = ScopeType.INHERIT,
      description = "Refuse (exit code 4) any amount or text that would be presumed unchanged after its last verification.")
  boolean strict;

  @Option(names = "--presumption-months", paramLabel = "N", scope = ScopeType.INHERIT,
      description = "How many months after its verification an amount or text set until amended is presumed unchanged. Default: 12.")
  Integer presumptionMonths;

  @Option(names = "--parameters", paramLabel = "FILE|DIR", scope = ScopeType.INHERIT,
      description = "Amounts you supply, in the YAML format of the shipped parameter files (a file or a directory of .yaml files; repeatable). They extend or replace the shipped values for their periods.")
  List<Path> parameters = new ArrayList<>();

  private LawOptions lawOptions;

  /**
   * The options of the law in time: strict or not, the horizon of presumption, and the amounts the
   * user supplies (read once, every problem of every file reported at once).
   *
   * @return the options
   * @throws io.github.essrules.core.param.ParameterFileException if a parameter file is malformed
   *     or names an amount the library does not know
   */
  public LawOptions lawOptions() {
    if (lawOptions == null) {
      LawOptions options = LawOptions.standard().withStrict(strict);
      if (presumptionMonths != null) {
        if (presumptionMonths < 0) {
          throw new EssCommand.UsageException("--presumption-months ne peut pas être négatif.",
              "--presumption-months cannot be negative.");
        }
        options = options.withPresumptionHorizon(Period.ofMonths(presumptionMonths));
      }
      if (!parameters.isEmpty()) {
        ParameterSet supplied = ParameterSet.load(parameters);
        LegalParameters.checkSupplied(supplied);
        options = options.withSuppliedParameters(supplied);
      }
      lawOptions = options;
    }
    return lawOptions;
  }

  /**
   * The date to apply, today if none was given.
   *
   * @return the date
   */
  public LocalDate asOfOrToday() {
    return asOf != null ? asOf : LocalDate.now();
  }

  /** Reads {@code fr}, {@code en}, {@code FR}, {@code en-GB}… */
  static final class LangConverter implements picocli.CommandLine.ITypeConverter<Lang> {
    @Override
    public Lang convert(String value) {
      return Lang.fromTag(value);
    }
  }
}
