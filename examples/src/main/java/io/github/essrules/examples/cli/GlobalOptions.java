package io.github.essrules.examples.cli;

import io.github.essrules.core.Lang;
import java.time.LocalDate;
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
