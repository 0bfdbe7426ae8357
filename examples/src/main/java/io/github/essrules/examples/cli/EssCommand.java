package io.github.essrules.examples.cli;

import io.github.essrules.core.EssRulesException;
import io.github.essrules.core.Lang;
import io.github.essrules.core.json.EssJson;
import io.github.essrules.core.law.NoLawKnownException;
import io.github.essrules.core.validation.InvalidInputException;
import io.github.essrules.core.validation.Violation;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 */
@Command(
    name = "ess",
    mixinStandardHelpOptions = true,
    versionProvider = EssCommand.Version.class,
    description = "French social and solidarity economy (ESS) law as code.",
    subcommands = {DemoCommand.class, EsusCommand.class, EssMembershipCommand.class, CaeCommand.class,
        StructureCommands.Association.class, StructureCommands.Scic.class, StructureCommands.Regie.class,
        FoncierCommands.Brs.class, FoncierCommands.Clt.class, IaeCommands.Iae.class, VilleCommands.QpvCommand.class,
        VilleCommands.Zfu.class, VilleCommands.EmploisFrancsCommand.class, VilleCommands.Marche.class,
        BatchCommand.class, ParameterCommand.class, LawCommand.class,
        SchemaCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:done; for a rule: satisfied",
      "1:a rule not satisfied or not applicable",
      "2:invalid input or command line",
      "3:a rule undetermined (facts missing)",
      "4:no law or amount known for the date",
      "5:internal error"
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
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /**
   * Runs the command, writing to the given streams, and returns its exit code.
   *
   * @param args the arguments
   * @param out standard output
   * @param err standard error
   * @return the exit code
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    // Hibernate Validator announces itself at INFO level; a command-line tool keeps quiet.
    VALIDATOR_LOG.setLevel(Level.WARNING);
    CommandLine cli = new CommandLine(new EssCommand());
    cli.setOut(out);
    cli.setErr(err);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> handle(e, commandLine, out, err));
    return cli.execute(args);
  }

  @Override
  public void run() {
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
    return code;
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

  /** Reads the version from the jar's manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = EssCommand.class.getPackage().getImplementationVersion();
      return new String[] {"ess-rules " + (v == null ? "(development build)" : v)};
    }
  }
}
