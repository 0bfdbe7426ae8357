package io.github.essrules.examples.cli;

import com.fasterxml.jackson.core.type.TypeReference;
import io.github.essrules.core.Lang;
import io.github.essrules.core.i18n.Formats;
import io.github.essrules.core.json.EssJson;
import io.github.essrules.core.verdict.Comparison;
import io.github.essrules.core.verdict.Finding;
import io.github.essrules.core.verdict.Outcome;
import io.github.essrules.core.verdict.Verdict;
import io.github.essrules.rules.cae.CaeCompliance;
import io.github.essrules.rules.cae.CaeFacts;
import io.github.essrules.rules.cae.Remuneration;
import io.github.essrules.rules.foncier.BrsResale;
import io.github.essrules.rules.foncier.BrsResaleFacts;
import io.github.essrules.rules.foncier.CltResale;
import io.github.essrules.rules.foncier.IndexedCap;
import io.github.essrules.rules.iae.AideAuPoste;
import io.github.essrules.rules.ville.EmploisFrancs;
import io.github.essrules.rules.ville.EmploisFrancsFacts;
import io.github.essrules.rules.ville.InsertionClause;
import io.github.essrules.rules.ville.ZfuTe;
import io.github.essrules.rules.ville.ZfuTeFacts;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
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
    public String initiative;
    public String guideLines;
    public List<String> fromGuide = List.of();
    public List<String> added = List.of();
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

  static Judged judge(Entry e, Lang lang) {
    if (e.rule.equals("cae-compliance")) {
      // the demo reports the last closed calendar year before its date, where `ess batch` and
      // `ess cae report` default to the year of the date
      return verdict(e, CaeCompliance.report(DemoCommand.sample(e.file, CaeFacts.class), e.asOf.getYear() - 1, e.asOf),
          lang);
    }
    RuleRegistry.Runner runner = RuleRegistry.get(e.rule);
    Object facts = DemoCommand.sample(e.file, runner.type);
    Object result = runner.run(facts, e.asOf);
    if (e.rule.equals("brs-resale")) {
      IndexedCap cap = BrsResale.cap((BrsResaleFacts) facts);
      Verdict v = (Verdict) result;
      return new Judged(e, v.outcome().label(lang), (lang == Lang.FR ? "prix maximal " : "maximum price ")
          + Formats.euros(cap.cap(), lang), refs(v), cap, Optional.of(v));
    }
    if (result instanceof Verdict) {
      Verdict v = (Verdict) result;
      Optional<String> figure = v.outcome() == Outcome.SATISFIED ? amountOf(e.rule, facts, v, lang) : Optional.empty();
      if (figure.isPresent()) {
        return new Judged(e, v.outcome().label(lang), figure.get(), refs(v), v, Optional.of(v));
      }
      return verdict(e, v, lang);
    }
    if (result instanceof CltResale.Result) {
      CltResale.Result r = (CltResale.Result) result;
      return computed(e, (lang == Lang.FR ? "acquéreur " : "buyer ") + Formats.euros(r.buyerPrice(), lang)
          + (lang == Lang.FR ? ", vendeur " : ", seller ") + Formats.euros(r.toSeller(), lang) + ", trust "
          + Formats.euros(r.toTrust(), lang), r.references().get(0).citation(), r);
    }
    if (result instanceof Remuneration) {
      Remuneration r = (Remuneration) result;
      return computed(e, (lang == Lang.FR ? "part variable " : "variable part ") + Formats.euros(r.variablePart(), lang)
          + (lang == Lang.FR ? ", solde " : ", balance ") + Formats.euros(r.balance(), lang),
          r.references().get(0).citation(), r);
    }
    if (result instanceof AideAuPoste.Result) {
      AideAuPoste.Result r = (AideAuPoste.Result) result;
      return computed(e, (lang == Lang.FR ? "aide " : "aid ") + Formats.euros(r.total(), lang),
          r.references().get(0).citation(), r);
    }
    if (result instanceof InsertionClause.Hours) {
      InsertionClause.Hours h = (InsertionClause.Hours) result;
      return computed(e, Formats.number(h.insertionHours(), lang) + (lang == Lang.FR ? " heures d'insertion"
          : " insertion hours"), h.reference().citation(), h);
    }
    throw new IllegalStateException("no key figure for the result of " + e.rule);
  }

  /**
   * The key figure of a satisfied verdict whose point is an amount or a threshold rather than its
   * first condition: the exempt profit (ZFU-TE), the aid (emplois francs), the income against its
   * threshold (QPV criteria).
   */
  private static Optional<String> amountOf(String rule, Object facts, Verdict v, Lang lang) {
    switch (rule) {
      case "zfu-te": {
        ZfuTeFacts f = (ZfuTeFacts) facts;
        return Optional.of((lang == Lang.FR ? "bénéfice exonéré " : "exempt profit ")
            + Formats.euros(ZfuTe.exemptProfit(f), lang) + (lang == Lang.FR ? " sur " : " of ")
            + Formats.euros(f.profit(), lang));
      }
      case "emplois-francs":
        return Optional.of((lang == Lang.FR ? "aide " : "aid ")
            + Formats.euros(EmploisFrancs.amount((EmploisFrancsFacts) facts), lang));
      case "qpv-criteria":
        return v.find("qpv.criteria.income").stream().flatMap(f -> f.comparisons().stream()).findFirst()
            .map(c -> c.describe(lang));
      default:
        return Optional.empty();
    }
  }

  private static Judged computed(Entry e, String keyFigure, String reference, Object result) {
    return new Judged(e, "=", keyFigure, reference, result, Optional.empty());
  }

  private static Judged verdict(Entry e, Verdict v, Lang lang) {
    return new Judged(e, v.outcome().label(lang), keyFigure(v, lang), refs(v), v, Optional.of(v));
  }

  /** The first comparison of a condition not met, else the first comparison of the verdict. */
  static String keyFigure(Verdict v, Lang lang) {
    Comparison first = null;
    Deque<Finding> todo = new ArrayDeque<>(v.findings());
    while (!todo.isEmpty()) {
      Finding f = todo.pop();
      if (!f.comparisons().isEmpty()) {
        if (f.outcome() == Outcome.NOT_SATISFIED && f.children().isEmpty()) {
          return (lang == Lang.FR ? "non respecté : " : "not met: ") + f.comparisons().get(0).describe(lang);
        }
        if (first == null) {
          first = f.comparisons().get(0);
        }
      }
      List<Finding> children = new ArrayList<>(f.children());
      for (int i = children.size() - 1; i >= 0; i--) {
        todo.push(children.get(i));
      }
    }
    if (v.outcome() == Outcome.UNDETERMINED) {
      return (lang == Lang.FR ? "manque : " : "missing: ") + String.join(", ", v.missingFacts());
    }
    if (first != null) {
      return first.describe(lang);
    }
    return v.findings().isEmpty() ? "—" : v.findings().get(0).message().render(lang);
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
