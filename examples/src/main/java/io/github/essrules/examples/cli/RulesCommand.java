package io.github.essrules.examples.cli;

import io.github.essrules.core.Lang;
import io.github.essrules.core.json.EssJson;
import io.github.essrules.core.verdict.RuleDefinition;
import io.github.essrules.core.verdict.Verdict;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code ess rules}: every rule of the registry — its identifier (the name of its command, of its
 * batch and of its schema), its title, whether it is applied as of a date, its result and the name
 * of its facts' schema; in text or, with {@code --format json}, as a JSON array.
 *
 * <p>This class is not thread-safe: picocli creates one per run.
 */
@Command(name = "rules", mixinStandardHelpOptions = true,
    description = {"List the rules: identifier (for ess RULE, ess batch RULE, ess schema RULE), title, facts schema."})
public final class RulesCommand implements Callable<Integer> {
  /** Created by picocli. */
  public RulesCommand() {}

  @ParentCommand EssCommand root;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    GlobalOptions o = root.options();
    PrintWriter out = spec.commandLine().getOut();
    if (o.format == OutputFormat.JSON) {
      out.println(EssJson.write(describe(o.lang)));
    } else {
      List<RuleDefinition<?, ?>> all = Rules.registry().all();
      out.println(o.lang == Lang.FR ? all.size() + " règles :" : all.size() + " rules:");
      for (RuleDefinition<?, ?> r : all) {
        out.println(r.id() + " — " + r.title(o.lang) + " [" + (o.lang == Lang.FR ? "schéma " : "schema ")
            + r.factsSchemaName() + "]");
      }
    }
    out.flush();
    return ExitCodes.OK;
  }

  /**
   * The rules as JSON objects: id, title, factsSchema, result ({@code verdict} or
   * {@code computation}), dated.
   *
   * @param lang the language of the titles
   * @return one map per rule, sorted by identifier
   */
  static List<Map<String, Object>> describe(Lang lang) {
    List<Map<String, Object>> list = new ArrayList<>();
    for (RuleDefinition<?, ?> r : Rules.registry().all()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", r.id());
      m.put("title", r.title(lang));
      m.put("factsSchema", r.factsSchemaName());
      m.put("result", Verdict.class.isAssignableFrom(r.resultType()) ? "verdict" : "computation");
      m.put("dated", r.dated());
      list.add(m);
    }
    return list;
  }
}
