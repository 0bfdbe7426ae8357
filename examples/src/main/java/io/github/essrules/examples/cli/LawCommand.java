package io.github.essrules.examples.cli;

import io.github.essrules.core.Lang;
import io.github.essrules.core.i18n.Formats;
import io.github.essrules.core.json.EssJson;
import io.github.essrules.rules.law.LawStatus;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code ess law status}: what the library knows of the law on a date — every parameter and every
 * text with its coverage, regime, verification, horizon, next scheduled revision, and what the
 * date gets. What a team runs to decide when to upgrade.
 *
 * <p>This class is not thread-safe: picocli creates one per run.
 */
@Command(name = "law", mixinStandardHelpOptions = true,
    description = "The law the library knows, in time.",
    subcommands = {LawCommand.Status.class})
public final class LawCommand implements Runnable {
  /** Created by picocli. */
  public LawCommand() {}

  @Spec CommandSpec spec;

  @Override
  public void run() {
    EssCommand.usageOrMissingCommand(spec, ((EssCommand) spec.root().userObject()).options());
  }

  /** {@code ess law status}. */
  @Command(name = "status", mixinStandardHelpOptions = true,
      description = {
        "Every parameter and text: dates covered, regime, day of verification, horizon of presumption,",
        "next scheduled revision (\"due soon\" within a month of --as-of) and what --as-of gets:",
        "verified, presumed or refused. Exit code 0."
      })
  public static final class Status implements Callable<Integer> {
    /** Created by picocli. */
    public Status() {}

    @ParentCommand LawCommand parent;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      GlobalOptions o = ((EssCommand) spec.root().userObject()).options();
      LocalDate asOf = o.asOfOrToday();
      LawStatus status = LawStatus.of(asOf, o.lawOptions());
      PrintWriter out = spec.commandLine().getOut();
      if (o.format == OutputFormat.JSON) {
        out.println(EssJson.write(status));
      } else {
        out.print(text(status, o.lang));
      }
      out.flush();
      return ExitCodes.OK;
    }
  }

  static String text(LawStatus s, Lang lang) {
    boolean fr = lang == Lang.FR;
    StringBuilder out = new StringBuilder();
    out.append(fr ? "Droit connu au " : "Law known on ").append(Formats.date(s.asOf(), lang))
        .append(s.policy().isStrict() ? (fr ? " (politique stricte)" : " (strict policy)")
            : (fr ? " (présomption : " : " (presumption: ") + s.policy().presumptionHorizon().toTotalMonths()
                + (fr ? " mois après la vérification)" : " months after the verification)"))
        .append('\n');
    out.append(fr ? "Paramètres\n" : "Parameters\n");
    for (LawStatus.ParameterStatus p : s.parameters()) {
      out.append("  ").append(word(p.onDate().name(), fr)).append("  ").append(p.id())
          .append(" — ").append(p.regime() == io.github.essrules.core.param.Regime.UNTIL_AMENDED
              ? (fr ? "jusqu'à modification" : "until amended") : (fr ? "par période" : "for a period"))
          .append(fr ? ", vérifié jusqu'au " : ", verified to ").append(p.lastVerifiedDay())
          .append(fr ? ", horizon " : ", horizon ").append(p.lastDayServed());
      p.nextScheduledRevision().ifPresent(r -> out.append(fr ? ", révision prévue le " : ", revision due on ").append(r));
      if (p.suppliedByUser()) {
        out.append(fr ? ", valeur fournie par l'utilisateur" : ", value supplied by the user");
      }
      if (p.dueSoon()) {
        out.append(fr ? "  [bientôt]" : "  [due soon]");
      }
      out.append('\n');
    }
    out.append(fr ? "Textes\n" : "Texts\n");
    for (LawStatus.TextStatus t : s.texts()) {
      out.append("  ").append(word(t.onDate().name(), fr)).append("  ").append(t.citation());
      t.versionInForce().ifPresent(v -> out.append(" (").append(v).append(')'));
      out.append(fr ? ", vérifié le " : ", verified on ").append(t.verifiedOn())
          .append(fr ? ", horizon " : ", horizon ").append(t.lastDayServed());
      if (t.dueSoon()) {
        out.append(fr ? "  [bientôt]" : "  [due soon]");
      }
      out.append('\n');
    }
    return out.toString();
  }

  private static String word(String applicability, boolean fr) {
    switch (applicability) {
      case "VERIFIED":
        return fr ? "vérifié " : "verified";
      case "PRESUMED":
        return fr ? "présumé " : "presumed";
      default:
        return fr ? "refusé  " : "refused ";
    }
  }
}
