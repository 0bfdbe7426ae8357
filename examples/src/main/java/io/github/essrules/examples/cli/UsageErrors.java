package io.github.essrules.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.essrules.core.Lang;
import io.github.essrules.core.json.EssJson;
import io.github.essrules.core.validation.InvalidInputException;
import io.github.essrules.core.validation.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * What the command line says before any command runs: the language and format asked for (read
 * from the arguments before picocli parses them, so that an error of parsing is said in them), the
 * help in that language ({@code Help_fr.properties}), and the errors of the command line — an
 * unknown option or command with the closest names, a missing parameter, a value that cannot be
 * read with the reason (an impossible date says why, a named value lists the values allowed) — as
 * a sentence on standard error, or with {@code --format json} as a JSON object on standard output.
 *
 * <p>This class is immutable and thread-safe.
 */
final class UsageErrors {
  private UsageErrors() {}

  /** The value of an option in the arguments ({@code --lang en} or {@code --lang=en}), the last given, or null. */
  static String prescan(String[] args, String option) {
    String value = null;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if ("--".equals(a)) {
        break;
      }
      if (a.equals(option) && i + 1 < args.length) {
        value = args[++i];
      } else if (a.startsWith(option + "=")) {
        value = a.substring(option.length() + 1);
      }
    }
    return value;
  }

  /** The language asked for, French if none or if it cannot be read. */
  static Lang lang(String[] args) {
    String tag = prescan(args, "--lang");
    if (tag == null) {
      return Lang.FR;
    }
    try {
      return Lang.fromTag(tag);
    } catch (IllegalArgumentException e) {
      return Lang.FR;
    }
  }

  /** The format asked for, text if none or if it cannot be read. */
  static OutputFormat format(String[] args) {
    String f = prescan(args, "--format");
    return f != null && f.trim().equalsIgnoreCase("json") ? OutputFormat.JSON : OutputFormat.TEXT;
  }

  /**
   * The help texts of a language for picocli, or {@code null} for English (the annotations' own).
   * Read as UTF-8 from this module, without the fallbacks of {@link ResourceBundle#getBundle(String)},
   * which would take the machine's locale.
   */
  static ResourceBundle help(Lang lang) {
    if (lang == Lang.EN) {
      return null;
    }
    try (InputStream in = UsageErrors.class.getResourceAsStream("Help_fr.properties")) {
      if (in == null) {
        throw new IllegalStateException("the French help is missing from the jar");
      }
      return new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Escapes a text for picocli's descriptions, which are format strings: {@code %} becomes {@code %%}. */
  static String escape(String text) {
    return text.replace("%", "%%");
  }

  /**
   * Reports an error of the command line and gives its exit code, {@link ExitCodes#INVALID_INPUT}.
   *
   * @param e the error
   * @param lang the language of the text
   * @param format the format asked for
   * @param out standard output, for the JSON object
   * @param err standard error, for the sentence
   * @return the exit code
   */
  static int report(ParameterException e, Lang lang, OutputFormat format, PrintWriter out, PrintWriter err) {
    Problem p = Problem.of(e);
    CommandSpec spec = e.getCommandLine() == null ? null : e.getCommandLine().getCommandSpec();
    String command = spec == null ? "ess" : spec.qualifiedName();
    if (format == OutputFormat.JSON) {
      Map<String, Object> error = new LinkedHashMap<>();
      error.put("error", "usage");
      error.put("exitCode", ExitCodes.INVALID_INPUT);
      error.put("fr", p.fr);
      error.put("en", p.en);
      error.put("command", command);
      if (p.option != null) {
        error.put("option", p.option);
      }
      if (p.value != null) {
        error.put("value", p.value);
      }
      if (!p.allowed.isEmpty()) {
        error.put("allowed", p.allowed);
      }
      if (!p.suggestions.isEmpty()) {
        error.put("suggestions", p.suggestions);
      }
      out.println(EssJson.write(error));
      out.flush();
    } else {
      err.println(lang == Lang.EN ? p.en : p.fr);
      err.println(lang == Lang.EN ? "See: " + command + " --help" : "Voir : " + command + " --help");
      err.flush();
    }
    return ExitCodes.INVALID_INPUT;
  }

  /** A command line's fault, in both languages, with what it bears on. */
  static final class Problem {
    final String fr;
    final String en;
    final String option;
    final String value;
    final List<String> allowed;
    final List<String> suggestions;

    private Problem(String fr, String en, String option, String value, List<String> allowed, List<String> suggestions) {
      this.fr = fr;
      this.en = en;
      this.option = option;
      this.value = value;
      this.allowed = allowed;
      this.suggestions = suggestions;
    }

    static Problem of(ParameterException e) {
      CommandLine cli = e.getCommandLine();
      String command = cli == null ? "ess" : cli.getCommandSpec().qualifiedName();
      if (e instanceof CommandLine.UnmatchedArgumentException) {
        return unmatched((CommandLine.UnmatchedArgumentException) e, command);
      }
      if (e instanceof CommandLine.MissingParameterException) {
        return missing((CommandLine.MissingParameterException) e, command);
      }
      if (e instanceof CommandLine.OverwrittenOptionException) {
        String name = name(((CommandLine.OverwrittenOptionException) e).getOverwritten());
        return new Problem(name + " est donnée deux fois : donnez-la une seule fois.",
            name + " is given twice: give it once.", name, null, List.of(), List.of());
      }
      ArgSpec arg = e.getArgSpec();
      if (arg != null && e.getValue() != null) {
        return badValue(arg, e.getValue());
      }
      // a fault picocli alone describes (too many values, exclusive options): its text, said to be so
      return new Problem("Ligne de commande invalide : " + e.getMessage(), "Invalid command line: " + e.getMessage(),
          null, null, List.of(), List.of());
    }

    private static Problem unmatched(CommandLine.UnmatchedArgumentException e, String command) {
      List<String> unmatched = e.getUnmatched();
      String first = unmatched.isEmpty() ? "" : unmatched.get(0);
      boolean hasCommands = e.getCommandLine() != null && !e.getCommandLine().getSubcommands().isEmpty();
      List<String> suggestions = new ArrayList<>();
      for (String s : e.getSuggestions()) {
        suggestions.add(s.startsWith("-") ? s : command + " " + s);
      }
      String fr;
      String en;
      if (first.startsWith("-")) {
        fr = "Option inconnue de " + command + " : « " + first + " ».";
        en = "Unknown option of " + command + ": '" + first + "'.";
      } else if (hasCommands) {
        fr = "Commande inconnue : « " + command + " " + first + " » (ess rules liste les règles).";
        en = "Unknown command: '" + command + " " + first + "' (ess rules lists the rules).";
      } else {
        fr = "Argument en trop pour " + command + " : « " + first + " ».";
        en = "Unexpected argument for " + command + ": '" + first + "'.";
      }
      if (!suggestions.isEmpty()) {
        fr += " Vouliez-vous dire : " + String.join(", ", suggestions) + " ?";
        en += " Did you mean: " + String.join(", ", suggestions) + "?";
      }
      return new Problem(fr, en, first.startsWith("-") ? first : null, null, List.of(), suggestions);
    }

    private static Problem missing(CommandLine.MissingParameterException e, String command) {
      List<String> names = new ArrayList<>();
      boolean optionValue = false;
      for (ArgSpec a : e.getMissing()) {
        names.add(name(a));
        optionValue |= a.isOption();
      }
      String list = String.join(", ", names);
      if (optionValue && names.size() == 1) {
        ArgSpec a = e.getMissing().get(0);
        return new Problem("Valeur manquante pour " + list + " (" + a.paramLabel() + ").",
            "Missing value for " + list + " (" + a.paramLabel() + ").", list, null, List.of(), List.of());
      }
      return new Problem("Paramètre manquant pour " + command + " : " + list + ".",
          "Missing parameter of " + command + ": " + list + ".", null, null, List.of(), List.of());
    }

    /** A value that cannot be read: why, in the reader's words, and what is allowed. */
    private static Problem badValue(ArgSpec arg, String value) {
      String name = name(arg);
      Class<?> type = arg.type();
      String fr;
      String en;
      List<String> allowed = new ArrayList<>();
      if (type == LocalDate.class) {
        // the reason the library's reader gives for the same text in a JSON document
        String[] why = dateReason(value);
        fr = why[0];
        en = why[1];
      } else if (type.isEnum() || type == Lang.class) {
        for (Object c : type.getEnumConstants()) {
          allowed.add(((Enum<?>) c).name().toLowerCase(Locale.ROOT));
        }
        fr = "valeurs admises : " + String.join(", ", allowed);
        en = "allowed values: " + String.join(", ", allowed);
      } else if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
        fr = "un nombre entier est attendu";
        en = "an integer is expected";
      } else {
        fr = "valeur illisible";
        en = "value cannot be read";
      }
      return new Problem(name + " : « " + value + " » refusé : " + fr + ".", name + ": '" + value + "' refused: " + en + ".",
          name, value, allowed, List.of());
    }

    private static String name(ArgSpec a) {
      return a.isOption() ? ((OptionSpec) a).longestName() : a.paramLabel();
    }
  }

  /**
   * Why a date given on the command line cannot be read, in French and English: the library's
   * strict reader is asked about the same text, so that the command line and the JSON documents
   * give the same reason ({@code 2026-02-30}: February 2026 has 28 days).
   */
  static String[] dateReason(String value) {
    String json;
    try {
      json = EssJson.mapper().writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    try {
      EssJson.read(json, LocalDate.class);
    } catch (InvalidInputException e) {
      if (!e.violations().isEmpty()) {
        Violation v = e.violations().get(0);
        return new String[] {v.messageFr(), v.messageEn()};
      }
    }
    return new String[] {"une date s'écrit AAAA-MM-JJ", "a date is written YYYY-MM-DD"};
  }
}
