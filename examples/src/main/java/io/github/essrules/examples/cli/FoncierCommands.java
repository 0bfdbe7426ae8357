package io.github.essrules.examples.cli;

import io.github.essrules.core.Lang;
import io.github.essrules.core.i18n.Formats;
import io.github.essrules.core.json.EssJson;
import io.github.essrules.core.verdict.Verdict;
import io.github.essrules.rules.foncier.BrsActiviteFacts;
import io.github.essrules.rules.foncier.BrsBuyerFacts;
import io.github.essrules.rules.foncier.BrsBuyerRule;
import io.github.essrules.rules.foncier.BrsResale;
import io.github.essrules.rules.foncier.BrsResaleFacts;
import io.github.essrules.rules.foncier.CltResale;
import io.github.essrules.rules.foncier.CltResaleFacts;
import io.github.essrules.rules.foncier.IndexedCap;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code ess brs resale|activite|buyer} and {@code ess clt resale}.
 *
 * <p>The classes are not thread-safe: picocli creates one per run.
 */
final class FoncierCommands {
  private FoncierCommands() {}

  /** {@code ess brs}. */
  @Command(name = "brs", mixinStandardHelpOptions = true,
      description = "Bail réel solidaire: resale cap (CCH L255-5), BRS d'activité (R256-2), buyer eligibility (R255-1).",
      subcommands = {Resale.class, Activite.class, Buyer.class})
  public static final class Brs implements Runnable {
    /** Created by picocli. */
    public Brs() {}

    @Spec CommandSpec spec;

    @Override
    public void run() {
      spec.commandLine().usage(spec.commandLine().getOut());
    }
  }

  /** {@code ess clt}. */
  @Command(name = "clt", mixinStandardHelpOptions = true,
      description = "Community land trusts: resale by the ground lease's formula.", subcommands = {CltResaleCommand.class})
  public static final class Clt implements Runnable {
    /** Created by picocli. */
    public Clt() {}

    @Spec CommandSpec spec;

    @Override
    public void run() {
      spec.commandLine().usage(spec.commandLine().getOut());
    }
  }

  static int printCap(CaseCommand c, IndexedCap cap, Verdict v) {
    GlobalOptions o = c.options();
    PrintWriter out = c.out();
    if (o.format == OutputFormat.JSON) {
      Map<String, Object> answer = new LinkedHashMap<>();
      answer.put("cap", cap);
      answer.put("verdict", v);
      out.println(EssJson.write(answer));
    } else {
      out.println(Texts.cap(cap, o.lang));
      out.println(v.explain(o.lang));
    }
    out.flush();
    return ExitCodes.of(v.outcome());
  }

  /** {@code ess brs resale CASE}. */
  @Command(name = "resale", mixinStandardHelpOptions = true,
      description = {"The resale cap of the rights of a housing BRS as the lease stipulates it, and the check of a"
          + " proposed price.", "CASE is JSON (schema: ess schema brs-resale-facts)."})
  public static final class Resale extends CaseCommand implements Callable<Integer> {
    /** Created by picocli. */
    public Resale() {}

    @Override
    public Integer call() throws IOException {
      BrsResaleFacts f = readAsOf(BrsResaleFacts.class);
      return printCap(this, BrsResale.cap(f), BrsResale.check(f, options().asOfOrToday(), options().lawOptions()));
    }
  }

  /** {@code ess brs activite CASE}. */
  @Command(name = "activite", mixinStandardHelpOptions = true,
      description = {"The transfer cap of a BRS d'activité (CCH R256-2) and the check of a proposed price.",
          "CASE is JSON (schema: ess schema brs-activite-facts)."})
  public static final class Activite extends CaseCommand implements Callable<Integer> {
    /** Created by picocli. */
    public Activite() {}

    @Override
    public Integer call() throws IOException {
      BrsActiviteFacts f = readAsOf(BrsActiviteFacts.class);
      return printCap(this, BrsResale.cap(f), BrsResale.check(f, options().asOfOrToday(), options().lawOptions()));
    }
  }

  /** {@code ess brs buyer CASE}. */
  @Command(name = "buyer", mixinStandardHelpOptions = true,
      description = {"Whether a household may buy the rights of a BRS (CCH R255-1, R255-1-1).",
          "CASE is JSON (schema: ess schema brs-buyer-facts)."})
  public static final class Buyer extends CaseCommand implements Callable<Integer> {
    /** Created by picocli. */
    public Buyer() {}

    @Override
    public Integer call() throws IOException {
      BrsBuyerFacts f = readAsOf(BrsBuyerFacts.class);
      return print(BrsBuyerRule.get().evaluate(f, options().asOfOrToday(), options().lawOptions()), Map.of());
    }
  }

  /** {@code ess clt resale CASE}. */
  @Command(name = "resale", mixinStandardHelpOptions = true,
      description = {"The resale price by a community land trust's formula: appreciation share (Brussels 25 % / 6 %),"
          + " indexed or itemized.", "CASE is JSON (schema: ess schema clt-resale-facts)."})
  public static final class CltResaleCommand extends CaseCommand implements Callable<Integer> {
    /** Created by picocli. */
    public CltResaleCommand() {}

    @Override
    public Integer call() throws IOException {
      CltResale.Result r = CltResale.resale(read(CltResaleFacts.class));
      GlobalOptions o = options();
      PrintWriter out = out();
      if (o.format == OutputFormat.JSON) {
        out.println(EssJson.write(r));
      } else {
        Lang lang = o.lang;
        boolean fr = lang == Lang.FR;
        out.println((fr ? "Revente (" : "Resale (") + r.formula() + ")");
        out.println((fr ? "  plus-value retenue : " : "  increase counted: ") + Formats.euros(r.increase(), lang)
            + (r.decreaseFloored() ? (fr ? " (baisse non partagée)" : " (decrease not shared)") : ""));
        out.println((fr ? "  prix payé par l'acquéreur : " : "  price paid by the buyer: ") + Formats.euros(r.buyerPrice(), lang));
        out.println((fr ? "  au vendeur : " : "  to the seller: ") + Formats.euros(r.toSeller(), lang));
        out.println((fr ? "  au trust : " : "  to the trust: ") + Formats.euros(r.toTrust(), lang));
        r.references().forEach(ref -> out.println("  " + ref.citation()));
      }
      out.flush();
      return ExitCodes.OK;
    }
  }
}
