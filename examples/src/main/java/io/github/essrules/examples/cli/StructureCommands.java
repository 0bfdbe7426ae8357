package io.github.essrules.examples.cli;

import io.github.essrules.core.verdict.Verdict;
import io.github.essrules.rules.association.AssociationCase;
import io.github.essrules.rules.association.AssociationRule;
import io.github.essrules.rules.regie.RegieCase;
import io.github.essrules.rules.regie.RegieRule;
import io.github.essrules.rules.scic.ScicCase;
import io.github.essrules.rules.scic.ScicRule;
import io.github.essrules.rules.scic.SurplusAllocation;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/**
 * The commands on the structures of the guide: {@code ess association}, {@code ess scic},
 * {@code ess regie}.
 *
 * <p>The classes are not thread-safe: picocli creates one per run.
 */
final class StructureCommands {
  private StructureCommands() {}

  /** {@code ess association CASE}. */
  @Command(name = "association", mixinStandardHelpOptions = true,
      description = {
        "An association loi 1901: formation and declaration (loi 1901 art. 1, 2, 5), gestion désintéressée"
            + " (CGI 261-7-1° d), franchise des impôts commerciaux (CGI 206-1 bis), lucrativity (4P).",
        "CASE is JSON (schema: ess schema association-case). Exit code: 0 satisfied, 1 not, 3 undetermined."
      })
  public static final class Association extends CaseCommand implements Callable<Integer> {
    /** Created by picocli. */
    public Association() {}

    @Override
    public Integer call() throws IOException {
      AssociationCase c = readAsOf(AssociationCase.class);
      return print(AssociationRule.get().evaluate(c, options().asOfOrToday(), options().lawOptions()), Map.of());
    }
  }

  /** {@code ess scic CASE}. */
  @Command(name = "scic", mixinStandardHelpOptions = true,
      description = {
        "A SCIC (loi 47-1775, titre II ter): form, categories of associés, public capital, colleges, surplus"
            + " allocation, interest on shares.",
        "CASE is JSON (schema: ess schema scic-case). Exit code: 0 satisfied, 1 not, 3 undetermined."
      })
  public static final class Scic extends CaseCommand implements Callable<Integer> {
    /** Created by picocli. */
    public Scic() {}

    @Override
    public Integer call() throws IOException {
      ScicCase c = readAsOf(ScicCase.class);
      Verdict v = ScicRule.get().evaluate(c, options().asOfOrToday(), options().lawOptions());
      Map<String, Object> extra = new LinkedHashMap<>();
      c.surplus().ifPresent(s -> {
        SurplusAllocation a = ScicRule.minimumAllocation(s);
        extra.put("minimumSurplusAllocation", a);
      });
      int code = print(v, extra);
      if (options().format == OutputFormat.TEXT && extra.containsKey("minimumSurplusAllocation")) {
        SurplusAllocation a = (SurplusAllocation) extra.get("minimumSurplusAllocation");
        boolean fr = options().lang == io.github.essrules.core.Lang.FR;
        out().println((fr ? "Affectation minimale de l'excédent : réserve légale " : "Least allocation of the surplus: legal reserve ")
            + io.github.essrules.core.i18n.Formats.euros(a.legalReserve(), options().lang)
            + (fr ? ", réserve statutaire " : ", statutory reserve ")
            + io.github.essrules.core.i18n.Formats.euros(a.statutoryReserve(), options().lang)
            + (fr ? ", reste " : ", remainder ")
            + io.github.essrules.core.i18n.Formats.euros(a.remainder(), options().lang));
        out().flush();
      }
      return code;
    }
  }

  /** {@code ess regie CASE}. */
  @Command(name = "regie", mixinStandardHelpOptions = true,
      description = {
        "A régie de quartier or de territoire: association, CNLRQ label and charter, territory, governance triptych.",
        "CASE is JSON (schema: ess schema regie-case). Exit code: 0 satisfied, 1 not, 3 undetermined."
      })
  public static final class Regie extends CaseCommand implements Callable<Integer> {
    /** Created by picocli. */
    public Regie() {}

    @Override
    public Integer call() throws IOException {
      RegieCase c = readAsOf(RegieCase.class);
      return print(RegieRule.get().evaluate(c, options().asOfOrToday(), options().lawOptions()), Map.of());
    }
  }
}
