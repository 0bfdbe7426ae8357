package io.github.essrules.examples.cli;

import com.fasterxml.jackson.core.type.TypeReference;
import io.github.essrules.core.Lang;
import io.github.essrules.core.json.EssJson;
import io.github.essrules.core.verdict.Explained;
import io.github.essrules.core.verdict.Finding;
import io.github.essrules.core.verdict.RuleDefinition;
import io.github.essrules.core.verdict.Verdict;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The case library: the guide's initiatives (and a few invented situations) as JSON files, each
 * listed in {@code cases/cases.json} with the rule it is judged by, the date, the guide's lines and
 * which facts come from the guide and which were added. {@link #runAll(Lang)} judges every case.
 *
 * <p>This class is immutable and thread-safe.
 */
final class CaseLibrary {
  static final String FOLDER = "/io/github/essrules/examples/cases/";

  private CaseLibrary() {}

  /** One entry of the manifest. */
  static final class Entry {
    public String file;
    public String rule;
    public LocalDate asOf;
    /** The initiative's name, by language ({@code fr}, {@code en}): a proper name is the same in both. */
    public Map<String, String> initiative = Map.of();
    public String guideLines;
    public List<String> fromGuide = List.of();
    public List<String> added = List.of();

    /**
     * The initiative's name in a language, the other language's if it has none.
     *
     * @param lang the language
     * @return the name
     */
    String initiative(Lang lang) {
      String name = initiative.get(lang.name().toLowerCase(java.util.Locale.ROOT));
      return name != null ? name : initiative.values().stream().findFirst().orElse(file);
    }
  }

  /** A case judged: one line for a person, the full result for programs. */
  static final class Judged {
    final Entry entry;
    final String outcome;
    final String keyFigure;
    final String references;
    final Object result;
    final Optional<Verdict> verdict;

    Judged(Entry entry, String outcome, String keyFigure, String references, Object result, Optional<Verdict> verdict) {
      this.entry = entry;
      this.outcome = outcome;
      this.keyFigure = keyFigure;
      this.references = references;
      this.result = result;
      this.verdict = verdict;
    }
  }

  static List<Entry> manifest() {
    try (InputStream in = CaseLibrary.class.getResourceAsStream(FOLDER + "cases.json")) {
      if (in == null) {
        throw new IllegalStateException("the case manifest is missing from the jar");
      }
      return EssJson.mapper().readValue(in, new TypeReference<List<Entry>>() { });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Judged> runAll(Lang lang) {
    List<Judged> out = new ArrayList<>();
    for (Entry e : manifest()) {
      out.add(judge(e, lang));
    }
    return out;
  }

  /** Judges a case with the rule of the registry its entry names, as {@code ess RULE} would. */
  static Judged judge(Entry e, Lang lang) {
    RuleDefinition<?, ?> rule = Rules.get(e.rule);
    Object facts = DemoCommand.sample(e.file, rule.factsType());
    Explained result = Rules.run(rule, facts, e.asOf);
    if (result instanceof Verdict) {
      Verdict v = (Verdict) result;
      // the demo shows the outcome apart: the summary's figure without it
      String label = v.outcome().label(lang);
      String summary = v.summary(lang);
      String figure = summary.startsWith(label) ? summary.substring(label.length()).replaceFirst("^\\s?:\\s*", "")
          : summary;
      return new Judged(e, label, figure, refs(v), v, Optional.of(v));
    }
    return new Judged(e, "=", result.summary(lang), "", result, Optional.empty());
  }

  private static String refs(Verdict v) {
    Map<String, Boolean> seen = new LinkedHashMap<>();
    for (Finding f : v.findings()) {
      seen.putIfAbsent(f.reference().citation().replaceAll(",\\s*(I|II|[0-9]+°).*$", ""), true);
      if (seen.size() == 2) {
        break;
      }
    }
    return String.join(" ; ", seen.keySet());
  }
}
