package io.github.essrules.examples.cli;

import com.fasterxml.jackson.core.type.TypeReference;
import io.github.essrules.core.Lang;
import io.github.essrules.core.i18n.Formats;
import io.github.essrules.core.json.EssJson;
import io.github.essrules.core.verdict.Comparison;
import io.github.essrules.core.verdict.Finding;
import io.github.essrules.core.verdict.Outcome;
import io.github.essrules.core.verdict.Verdict;
import io.github.essrules.rules.association.AssociationCase;
import io.github.essrules.rules.association.AssociationRule;
import io.github.essrules.rules.cae.CaeCompliance;
import io.github.essrules.rules.cae.CaeFacts;
import io.github.essrules.rules.cae.CaeRemuneration;
import io.github.essrules.rules.cae.Remuneration;
import io.github.essrules.rules.cae.RemunerationFacts;
import io.github.essrules.rules.ess.EssMembershipFacts;
import io.github.essrules.rules.ess.EssMembershipRule;
import io.github.essrules.rules.esus.EsusFacts;
import io.github.essrules.rules.esus.EsusRule;
import io.github.essrules.rules.foncier.BrsBuyerFacts;
import io.github.essrules.rules.foncier.BrsBuyerRule;
import io.github.essrules.rules.foncier.BrsResale;
import io.github.essrules.rules.foncier.BrsResaleFacts;
import io.github.essrules.rules.foncier.CltResale;
import io.github.essrules.rules.foncier.CltResaleFacts;
import io.github.essrules.rules.foncier.IndexedCap;
import io.github.essrules.rules.iae.AciCase;
import io.github.essrules.rules.iae.AciRule;
import io.github.essrules.rules.iae.AideAuPoste;
import io.github.essrules.rules.iae.AideAuPosteFacts;
import io.github.essrules.rules.iae.CddiFacts;
import io.github.essrules.rules.iae.CddiRule;
import io.github.essrules.rules.regie.RegieCase;
import io.github.essrules.rules.regie.RegieRule;
import io.github.essrules.rules.scic.ScicCase;
import io.github.essrules.rules.scic.ScicRule;
import io.github.essrules.rules.ville.ImmutableFacts;
import io.github.essrules.rules.ville.InsertionClause;
import io.github.essrules.rules.ville.ReservedBidderFacts;
import io.github.essrules.rules.ville.ReservedContracts;
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
    switch (e.rule) {
      case "esus":
        return verdict(e, EsusRule.get().evaluate(DemoCommand.sample(e.file, EsusFacts.class), e.asOf), lang);
      case "ess-membership":
        return verdict(e, EssMembershipRule.get().evaluate(DemoCommand.sample(e.file, EssMembershipFacts.class), e.asOf), lang);
      case "cae-compliance":
        return verdict(e, CaeCompliance.report(DemoCommand.sample(e.file, CaeFacts.class), e.asOf.getYear() - 1, e.asOf), lang);
      case "association":
        return verdict(e, AssociationRule.get().evaluate(DemoCommand.sample(e.file, AssociationCase.class), e.asOf), lang);
      case "scic":
        return verdict(e, ScicRule.get().evaluate(DemoCommand.sample(e.file, ScicCase.class), e.asOf), lang);
      case "regie-de-quartier":
        return verdict(e, RegieRule.get().evaluate(DemoCommand.sample(e.file, RegieCase.class), e.asOf), lang);
      case "brs-buyer":
        return verdict(e, BrsBuyerRule.get().evaluate(DemoCommand.sample(e.file, BrsBuyerFacts.class), e.asOf), lang);
      case "aci":
        return verdict(e, AciRule.get().evaluate(DemoCommand.sample(e.file, AciCase.class), e.asOf), lang);
      case "cddi":
        return verdict(e, CddiRule.get().evaluate(DemoCommand.sample(e.file, CddiFacts.class), e.asOf), lang);
      case "reserved-contract":
        return verdict(e, ReservedContracts.get().evaluate(DemoCommand.sample(e.file, ReservedBidderFacts.class), e.asOf),
            lang);
      case "brs-resale": {
        BrsResaleFacts f = DemoCommand.sample(e.file, BrsResaleFacts.class);
        IndexedCap cap = BrsResale.cap(f);
        Verdict v = BrsResale.check(f, e.asOf);
        return new Judged(e, v.outcome().label(lang), (lang == Lang.FR ? "prix maximal " : "maximum price ")
            + Formats.euros(cap.cap(), lang), refs(v), cap, Optional.of(v));
      }
      case "clt-resale": {
        CltResale.Result r = CltResale.resale(DemoCommand.sample(e.file, CltResaleFacts.class));
        return new Judged(e, "=", (lang == Lang.FR ? "acquéreur " : "buyer ") + Formats.euros(r.buyerPrice(), lang)
            + (lang == Lang.FR ? ", vendeur " : ", seller ") + Formats.euros(r.toSeller(), lang) + ", trust "
            + Formats.euros(r.toTrust(), lang), r.references().get(0).citation(), r, Optional.empty());
      }
      case "cae-remuneration": {
        Remuneration r = CaeRemuneration.compute(DemoCommand.sample(e.file, RemunerationFacts.class));
        return new Judged(e, "=", (lang == Lang.FR ? "part variable " : "variable part ") + Formats.euros(r.variablePart(), lang)
            + (lang == Lang.FR ? ", solde " : ", balance ") + Formats.euros(r.balance(), lang),
            r.references().get(0).citation(), r, Optional.empty());
      }
      case "aide-au-poste": {
        AideAuPoste.Result r = AideAuPoste.compute(DemoCommand.sample(e.file, AideAuPosteFacts.class));
        return new Judged(e, "=", (lang == Lang.FR ? "aide " : "aid ") + Formats.euros(r.total(), lang),
            r.references().get(0).citation(), r, Optional.empty());
      }
      case "insertion-clause": {
        InsertionClause.Hours h = InsertionClause.hours(DemoCommand.sample(e.file, ImmutableFacts.class));
        return new Judged(e, "=", Formats.number(h.insertionHours(), lang) + (lang == Lang.FR ? " heures d'insertion"
            : " insertion hours"), h.reference().citation(), h, Optional.empty());
      }
      default:
        throw new IllegalStateException("unknown rule in the case manifest: " + e.rule);
    }
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
