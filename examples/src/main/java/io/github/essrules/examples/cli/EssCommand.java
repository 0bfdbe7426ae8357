package io.github.essrules.examples.cli;

import io.github.essrules.core.EssRulesException;
import io.github.essrules.core.Lang;
import io.github.essrules.core.verdict.RuleDefinition;
import io.github.essrules.core.json.EssJson;
import io.github.essrules.core.law.NoLawKnownException;
import io.github.essrules.core.validation.InvalidInputException;
import io.github.essrules.core.validation.Violation;
import java.io.Console;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * The {@code ess} command: French ESS law as code, from the command line.
 *
 * <pre>
 * java -jar ess.jar demo
 * java -jar ess.jar parameter smic-horaire-brut --as-of 2024-11-01 --lang en
 * java -jar ess.jar parameter --input query.json --format json
 * java -jar ess.jar schema parameter-query
 * </pre>
 *
 * <p>Errors are reported as sentences in the chosen language (or as a JSON error object with
 * {@code --format json}), never as stack traces; the exit codes are those of {@link ExitCodes}.
 * Text goes out in UTF-8 (the terminal's charset on a terminal), never malformed; a failure to
 * write the output — a closed pipe, a full disk — stops the work with exit code
 * {@link ExitCodes#OUTPUT_FAILED}.
 */
@Command(
    name = "ess",
    mixinStandardHelpOptions = true,
    versionProvider = EssCommand.Version.class,
    description = "French social and solidarity economy (ESS) law as code.",
    subcommands = {DemoCommand.class, RulesCommand.class, EsusCommand.class, CaeCommand.Report.class,
        CaeCommand.Agenda.class, VilleCommands.Lookup.class, BatchCommand.class, ParameterCommand.class,
        LawCommand.class, SchemaCommand.class, ServeCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:done; for a rule: satisfied",
      "1:a rule not satisfied or not applicable",
      "2:invalid input or command line",
      "3:a rule undetermined (facts missing)",
      "4:no law or amount known for the date",
      "5:internal error",
      "6:the output could not be written (closed pipe, full disk); the work stopped"
    })
public final class EssCommand implements Runnable {
  /** Created by picocli. */
  public EssCommand() {}

  /** Held so that the level set on it is not lost when the logger is collected. */
  private static final Logger VALIDATOR_LOG = Logger.getLogger("org.hibernate.validator");

  @Mixin GlobalOptions options = new GlobalOptions();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /**
   * Runs the command and exits with its code.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    // the process's own descriptors, not System.out: a PrintStream swallows write errors
    Console console = System.console();
    Charset charset = console != null ? console.charset() : StandardCharsets.UTF_8;
    System.exit(run(args, new FileOutputStream(FileDescriptor.out), new FileOutputStream(FileDescriptor.err),
        charset));
  }

  /**
   * Runs the command, writing UTF-8 text to the given streams (what cannot be encoded, such as a
   * lone surrogate, is replaced), and returns its exit code. A failure to write {@code out} stops
   * the work: the exit code is then {@link ExitCodes#OUTPUT_FAILED} and {@code err} says why.
   * Neither stream is closed.
   *
   * <pre>{@code
   * int code = EssCommand.run(new String[] {"batch", "esus", "--input", "cases.jsonl"}, socketOut, System.err);
   * }</pre>
   *
   * @param args the arguments
   * @param out standard output
   * @param err standard error
   * @return the exit code
   */
  public static int run(String[] args, OutputStream out, OutputStream err) {
    return run(args, out, err, StandardCharsets.UTF_8);
  }

  static int run(String[] args, OutputStream out, OutputStream err, Charset charset) {
    PrintWriter errors = StandardStreams.err(err, charset);
    try {
      return run(args, StandardStreams.out(out, charset), errors);
    } finally {
      errors.flush();
    }
  }

  /**
   * Runs the command, writing to the given writers, and returns its exit code. A failure of
   * {@code out} ({@link PrintWriter#checkError()}) gives the exit code {@link
   * ExitCodes#OUTPUT_FAILED}; {@code ess batch} checks it as it goes and stops at the first.
   *
   * @param args the arguments
   * @param out standard output
   * @param err standard error
   * @return the exit code
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    // Hibernate Validator announces itself at INFO level; a command-line tool keeps quiet.
    VALIDATOR_LOG.setLevel(Level.WARNING);
    // the language and format asked for, known before parsing: an error of parsing is said in them
    Lang lang = UsageErrors.lang(args);
    OutputFormat format = UsageErrors.format(args);
    EssCommand root = new EssCommand();
    CommandLine cli = new CommandLine(root);
    // a command per rule of the registry, named by its identifier, unless it has its own above
    for (RuleDefinition<?, ?> rule : Rules.registry().all()) {
      if (!cli.getSubcommands().containsKey(rule.id())) {
        cli.addSubcommand(rule.id(), RuleCommand.commandLine(rule, lang));
      }
    }
    ResourceBundle help = UsageErrors.help(lang);
    if (help != null) {
      cli.setResourceBundle(help);
    }
    cli.setOut(out);
    cli.setErr(err);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setParameterExceptionHandler((e, arguments) -> UsageErrors.report(e, lang, format, out, err));
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> handle(e, commandLine, out, err));
    cli.setExecutionStrategy(parseResult -> {
      try {
        if (format == OutputFormat.JSON) {
          Integer asked = helpInJson(parseResult, out);
          if (asked != null) {
            return asked;
          }
        }
        return new CommandLine.RunLast().execute(parseResult);
      } catch (OutputFailedException e) {
        // from printing help or usage, which picocli does not hand to the handler above
        return outputFailed(e, root.options.lang, err);
      }
    });
    try {
      int code = cli.execute(args);
      if (out.checkError()) { // flushes: a writer of the caller's that swallowed a failure
        throw OutputFailedException.standardOutput(new IOException("write error"));
      }
      return code;
    } catch (OutputFailedException e) {
      return outputFailed(e, root.options.lang, err);
    } catch (OutOfMemoryError e) {
      err.println(root.options.lang == Lang.EN
          ? "Out of memory (" + e.getMessage() + "): run again with a larger -Xmx, or split the input."
          : "Mémoire insuffisante (" + e.getMessage() + ") : relancez avec un -Xmx plus grand, ou découpez l'entrée.");
      err.flush();
      return ExitCodes.INTERNAL_ERROR;
    } catch (Error e) {
      // a fault of the JVM or of the tool: a sentence, not a stack trace (ESS_DEBUG=1 prints it)
      return internalError(e, root.options.lang, err);
    }
  }

  /**
   * With {@code --format json}, the help or the version asked for as a JSON object on standard
   * output ({@code {"command": …, "help": …}} or {@code {"version": …}}), exit code 0; {@code null}
   * when neither was asked for.
   */
  private static Integer helpInJson(CommandLine.ParseResult parseResult, PrintWriter out) {
    for (CommandLine.ParseResult p = parseResult; p != null; p = p.subcommand()) {
      CommandLine cli = p.commandSpec().commandLine();
      Map<String, Object> answer = new LinkedHashMap<>();
      if (p.isUsageHelpRequested()) {
        answer.put("command", p.commandSpec().qualifiedName());
        answer.put("help", cli.getUsageMessage(CommandLine.Help.Ansi.OFF));
      } else if (p.isVersionHelpRequested()) {
        answer.put("version", String.join("\n", p.commandSpec().version()));
      } else {
        continue;
      }
      out.println(EssJson.write(answer));
      out.flush();
      return ExitCodes.OK;
    }
    return null;
  }

  private static int outputFailed(OutputFailedException e, Lang lang, PrintWriter err) {
    err.println(e.message(lang));
    err.flush();
    return ExitCodes.OUTPUT_FAILED;
  }

  private static int internalError(Throwable e, Lang lang, PrintWriter err) {
    if (System.getenv("ESS_DEBUG") != null) {
      e.printStackTrace(err);
    }
    err.println((lang == Lang.FR ? "Erreur interne (à signaler) : " : "Internal error (please report): ")
        + e.getClass().getSimpleName() + ": " + e.getMessage());
    err.flush();
    return ExitCodes.INTERNAL_ERROR;
  }

  @Override
  public void run() {
    usageOrMissingCommand(spec, options);
  }

  /**
   * A command run without its sub-command: its usage on standard output, or with {@code --format
   * json} a usage error (exit code 2) naming the sub-commands.
   */
  static void usageOrMissingCommand(CommandLine.Model.CommandSpec spec, GlobalOptions options) {
    if (options.format == OutputFormat.JSON) {
      String names = String.join(", ", spec.subcommands().keySet());
      throw new UsageException("Commande manquante après " + spec.qualifiedName() + " : une de " + names + ".",
          "Missing command after " + spec.qualifiedName() + ": one of " + names + ".");
    }
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /**
   * The options of the root command, shared by every sub-command.
   *
   * @return the options
   */
  GlobalOptions options() {
    return options;
  }

  private static int handle(Exception e, CommandLine commandLine, PrintWriter out, PrintWriter err) {
    EssCommand root = commandLine.getCommandSpec().root().userObject() instanceof EssCommand
        ? (EssCommand) commandLine.getCommandSpec().root().userObject() : null;
    GlobalOptions options = root != null ? root.options : new GlobalOptions();
    if (e instanceof OutputFailedException) {
      return outputFailed((OutputFailedException) e, options.lang, err);
    }
    int code;
    String kind;
    if (e instanceof InvalidInputException) {
      code = ExitCodes.INVALID_INPUT;
      kind = "invalid-input";
    } else if (e instanceof NoLawKnownException
        || e instanceof io.github.essrules.rules.foncier.UnknownIndexQuarterException) {
      code = ExitCodes.NO_LAW_KNOWN;
      kind = "no-law-known";
    } else if (e instanceof EssRulesException) {
      code = ExitCodes.INVALID_INPUT;
      kind = "invalid-input";
    } else if (e instanceof UsageException) {
      code = ExitCodes.INVALID_INPUT;
      kind = "usage";
    } else {
      code = ExitCodes.INTERNAL_ERROR;
      kind = "internal-error";
      if (System.getenv("ESS_DEBUG") != null) {
        e.printStackTrace(err);
      }
    }
    try {
      report(e, options, code, kind, out, err);
    } catch (OutputFailedException f) {
      return outputFailed(f, options.lang, err);
    }
    return code;
  }

  /** Writes an error: a JSON object on standard output with --format json, a sentence on standard error. */
  private static void report(Exception e, GlobalOptions options, int code, String kind, PrintWriter out,
      PrintWriter err) {
    if (options.format == OutputFormat.JSON) {
      Map<String, Object> error = new LinkedHashMap<>();
      error.put("error", kind);
      error.put("exitCode", code);
      if (e instanceof EssRulesException) {
        error.put("fr", ((EssRulesException) e).message(Lang.FR));
        error.put("en", ((EssRulesException) e).message(Lang.EN));
      } else if (e instanceof UsageException) {
        error.put("fr", ((UsageException) e).message(Lang.FR));
        error.put("en", ((UsageException) e).message(Lang.EN));
      } else {
        error.put("message", String.valueOf(e.getMessage()));
      }
      if (e instanceof InvalidInputException) {
        List<Violation> violations = ((InvalidInputException) e).violations();
        error.put("violations", violations);
      }
      out.println(EssJson.write(error));
    } else if (e instanceof EssRulesException) {
      err.println(((EssRulesException) e).message(options.lang));
    } else if (e instanceof UsageException) {
      err.println(((UsageException) e).message(options.lang));
    } else {
      err.println((options.lang == Lang.FR ? "Erreur interne (à signaler) : " : "Internal error (please report): ")
          + e.getClass().getSimpleName() + ": " + e.getMessage());
    }
    err.flush();
    out.flush();
  }

  /** An error of the command line that picocli cannot see, such as an unknown type name. */
  static final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String english;

    UsageException(String french, String english) {
      super(french);
      this.english = english;
    }

    String message(Lang lang) {
      return lang == Lang.EN ? english : getMessage();
    }
  }

  /**
   * The version of ess-rules: the {@code Implementation-Version} of the jar's manifest (ess.jar,
   * or the jar on the class path), else the module's version (on the module path, where packages
   * have no manifest attributes); neither when run from compiled classes.
   */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"ess-rules " + of(EssCommand.class)};
    }

    static String of(Class<?> type) {
      String v = type.getPackage().getImplementationVersion();
      if (v == null) {
        java.lang.module.ModuleDescriptor module = type.getModule().getDescriptor();
        v = module == null ? null : module.rawVersion().orElse(null);
      }
      return v == null ? "(development build)" : v;
    }
  }
}
