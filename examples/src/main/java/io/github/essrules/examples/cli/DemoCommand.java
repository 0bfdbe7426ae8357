package io.github.essrules.examples.cli;

import io.github.essrules.core.Lang;
import io.github.essrules.core.i18n.Formats;
import io.github.essrules.core.i18n.MessageArg;
import io.github.essrules.rules.RulesMessages;
import io.github.essrules.core.json.EssJson;
import io.github.essrules.core.law.NoLawKnownException;
import io.github.essrules.core.param.DatedValue;
import io.github.essrules.rules.amounts.AnnualFullTimeSmic;
import io.github.essrules.rules.amounts.PlafondSecuriteSociale;
import io.github.essrules.rules.amounts.Smic;
import java.io.PrintWriter;
import io.github.essrules.core.verdict.Verdict;
import io.github.essrules.rules.ville.QpvLookup;
import io.github.essrules.rules.ville.QpvRegistry;
import io.github.essrules.rules.ville.ReservedBidderFacts;
import io.github.essrules.rules.ville.ReservedContracts;
import io.github.essrules.rules.iae.AciCase;
import io.github.essrules.rules.iae.AciRule;
import io.github.essrules.rules.iae.AideAuPoste;
import io.github.essrules.rules.iae.AideAuPosteFacts;
import io.github.essrules.rules.iae.CddiFacts;
import io.github.essrules.rules.iae.CddiRule;
import io.github.essrules.rules.foncier.BrsResale;
import io.github.essrules.rules.foncier.BrsResaleFacts;
import io.github.essrules.rules.foncier.CltResale;
import io.github.essrules.rules.foncier.CltResaleFacts;
import io.github.essrules.rules.foncier.IndexedCap;
import io.github.essrules.rules.association.AssociationCase;
import io.github.essrules.rules.association.AssociationRule;
import io.github.essrules.rules.regie.RegieCase;
import io.github.essrules.rules.regie.RegieRule;
import io.github.essrules.rules.scic.ScicCase;
import io.github.essrules.rules.scic.ScicRule;
import io.github.essrules.rules.cae.AgendaItem;
import io.github.essrules.rules.cae.CaeAgenda;
import io.github.essrules.rules.cae.CaeCompliance;
import io.github.essrules.rules.cae.CaeFacts;
import io.github.essrules.rules.cae.CaeRemuneration;
import io.github.essrules.rules.cae.Remuneration;
import io.github.essrules.rules.cae.RemunerationFacts;
import io.github.essrules.rules.ess.EssMembershipFacts;
import io.github.essrules.rules.ess.EssMembershipRule;
import io.github.essrules.rules.esus.AgrementTerm;
import io.github.essrules.rules.esus.EsusAgrement;
import io.github.essrules.rules.esus.EsusFacts;
import io.github.essrules.rules.esus.EsusRule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
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
 * {@code ess demo}: runs the library's worked cases and prints one line per case, with its value
 * and the text it comes from. Each rule added to the library adds its cases here.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Run the library's worked cases: one line per case, with its legal text.")
public final class DemoCommand implements Callable<Integer> {
  /** Created by picocli. */
  public DemoCommand() {}

  /** The dates of the SMIC cases: one per regime change worth seeing. */
  static final List<LocalDate> SMIC_DATES = List.of(
      LocalDate.of(2015, 1, 1), LocalDate.of(2022, 5, 1), LocalDate.of(2024, 11, 1),
      LocalDate.of(2026, 1, 1));

  @ParentCommand EssCommand root;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    GlobalOptions o = root.options();
    Lang lang = o.lang;
    PrintWriter out = spec.commandLine().getOut();
    List<Map<String, Object>> cases = new ArrayList<>();
    List<String> lines = new ArrayList<>();
    for (LocalDate date : SMIC_DATES) {
      DatedValue<BigDecimal> v = Smic.hourlyGross(date);
      cases.add(amountCase("smic-horaire-brut", date, v));
      lines.add(line(lang, "SMIC horaire brut", "Gross hourly SMIC", date,
          Formats.euros(v.value(), lang), v));
    }
    LocalDate asOf = o.asOf != null ? o.asOf : LocalDate.of(2026, 1, 1);
    AnnualFullTimeSmic annual = Smic.annualFullTime(asOf);
    Map<String, Object> annualCase = new LinkedHashMap<>();
    annualCase.put("case", "smic-annuel-temps-complet");
    annualCase.put("result", annual);
    cases.add(annualCase);
    lines.add(RulesMessages.get().format("amounts.smic.annual", lang, MessageArg.date(asOf),
        MessageArg.euros(annual.annual()), MessageArg.euros(annual.hourly().value()),
        MessageArg.number(annual.monthlyHours()), MessageArg.number(annual.months()),
        MessageArg.euros(annual.monthly().rounded()))
        + " — " + annual.hourly().reference().citation() + ", " + annual.durationReference().citation());
    DatedValue<BigDecimal> pss = PlafondSecuriteSociale.annual(asOf);
    cases.add(amountCase("plafond-securite-sociale-annuel", asOf, pss));
    lines.add(line(lang, "Plafond annuel de la sécurité sociale", "Annual social security ceiling", asOf,
        Formats.euros(pss.value(), lang), pss));
    esusCases(lang, cases, lines);
    caeCases(lang, cases, lines);
    structureCases(lang, cases, lines);
    foncierCases(lang, cases, lines);
    iaeCases(lang, cases, lines);
    villeCases(lang, cases, lines);
    LocalDate unknown = LocalDate.of(2010, 6, 1);
    try {
      Smic.hourlyGross(unknown);
      throw new IllegalStateException("the SMIC of " + unknown + " should be unknown to the library");
    } catch (NoLawKnownException e) {
      Map<String, Object> c = new LinkedHashMap<>();
      c.put("case", "smic-date-inconnue");
      c.put("date", unknown);
      c.put("error", Map.of("fr", e.message(Lang.FR), "en", e.message(Lang.EN)));
      cases.add(c);
      lines.add((lang == Lang.FR ? "Date non couverte : " : "Date not covered: ") + e.message(lang));
    }
    if (o.format == OutputFormat.JSON) {
      out.println(EssJson.write(cases));
    } else {
      out.println(lang == Lang.FR ? "ess-rules — cas de démonstration" : "ess-rules — worked cases");
      lines.forEach(out::println);
    }
    out.flush();
    return ExitCodes.OK;
  }

  /** The date the ESUS and ESS cases are judged on, fixed so the demo's output does not drift. */
  static final LocalDate CASES_AS_OF = LocalDate.of(2026, 4, 1);

  /** The sample cases of {@code cases/}: file name → rule. */
  static final List<String> ESUS_CASES = List.of(
      "esus-regie-de-quartier.json", "esus-sas-recyclerie.json", "esus-scic-deux-ans.json");

  private static void esusCases(Lang lang, List<Map<String, Object>> cases, List<String> lines) {
    for (String file : ESUS_CASES) {
      EsusFacts facts = sample(file, EsusFacts.class);
      Verdict v = EsusRule.get().evaluate(facts, CASES_AS_OF);
      Map<String, Object> c = new LinkedHashMap<>();
      c.put("case", file);
      c.put("verdict", v);
      if (facts.grantedOn().isPresent() || facts.completeFileReceivedOn().isPresent()) {
        AgrementTerm term = EsusAgrement.term(facts, CASES_AS_OF, 6);
        c.put("agrement", term);
      }
      cases.add(c);
      lines.add("");
      lines.add("== " + facts.ess().name().orElse(file) + " (" + file + ")");
      lines.add(v.explain(lang));
      if (c.containsKey("agrement")) {
        lines.add(Texts.term((AgrementTerm) c.get("agrement"), lang));
      }
    }
    EssMembershipFacts association = sample("ess-association.json", EssMembershipFacts.class);
    Verdict ess = EssMembershipRule.get().evaluate(association, CASES_AS_OF);
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("case", "ess-association.json");
    c.put("verdict", ess);
    cases.add(c);
    lines.add("");
    lines.add("== " + association.name().orElse("ess-association.json"));
    lines.add(ess.explain(lang));
  }

  /** The CAE case is read on this date, its report covering 2025. */
  static final LocalDate CAE_AS_OF = LocalDate.of(2026, 3, 31);

  private static void caeCases(Lang lang, List<Map<String, Object>> cases, List<String> lines) {
    CaeFacts cae = sample("cae-coop-alpha.json", CaeFacts.class);
    Verdict report = CaeCompliance.report(cae, 2025, CAE_AS_OF);
    List<AgendaItem> agenda = CaeAgenda.of(cae, CAE_AS_OF);
    Remuneration pay = CaeRemuneration.compute(sample("cae-remuneration.json", RemunerationFacts.class));
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("case", "cae-coop-alpha.json");
    c.put("report", report);
    c.put("agenda", agenda);
    c.put("remuneration", pay);
    cases.add(c);
    lines.add("");
    lines.add("== " + cae.name().orElse("CAE") + " (cae-coop-alpha.json)");
    lines.add(lang == Lang.FR
        ? "(sur le modèle de Coop'Alpha, guide RTES-CGET 2016 : 12 salariés, 56 entrepreneurs ; les quatre"
            + " entrepreneurs et tous leurs dossiers sont inventés pour l'exemple)"
        : "(on the model of Coop'Alpha, RTES-CGET guide 2016: 12 staff, 56 entrepreneurs; the four entrepreneurs"
            + " and all their records are invented for the example)");
    lines.add(report.explain(lang));
    lines.add(Texts.agenda(agenda, CAE_AS_OF, lang));
    lines.add(Texts.remuneration(pay, lang));
  }

  private static void structureCases(Lang lang, List<Map<String, Object>> cases, List<String> lines) {
    AssociationCase epicea = sample("association-epicea.json", AssociationCase.class);
    ScicCase hotelDuNord = sample("scic-hotel-du-nord.json", ScicCase.class);
    RegieCase cucm = sample("regie-cucm-bassin-nord.json", RegieCase.class);
    List<Map.Entry<String, Verdict>> verdicts = List.of(
        Map.entry("association-epicea.json", AssociationRule.get().evaluate(epicea, CASES_AS_OF)),
        Map.entry("scic-hotel-du-nord.json", ScicRule.get().evaluate(hotelDuNord, CASES_AS_OF)),
        Map.entry("regie-cucm-bassin-nord.json", RegieRule.get().evaluate(cucm, CASES_AS_OF)));
    List<String> names = List.of(epicea.organisation().name(), hotelDuNord.organisation().name(),
        cucm.organisation().name());
    for (int i = 0; i < verdicts.size(); i++) {
      Map<String, Object> c = new LinkedHashMap<>();
      c.put("case", verdicts.get(i).getKey());
      c.put("verdict", verdicts.get(i).getValue());
      cases.add(c);
      lines.add("");
      lines.add("== " + names.get(i) + " (" + verdicts.get(i).getKey() + ")");
      lines.add(lang == Lang.FR ? "(faits du guide RTES-CGET 2016 complétés de faits inventés : voir cases/README.md)"
          : "(facts of the RTES-CGET 2016 guide completed with invented ones: see cases/README.md)");
      lines.add(verdicts.get(i).getValue().explain(lang));
    }
  }

  /** The land cases are read on this date. */
  static final LocalDate FONCIER_AS_OF = LocalDate.of(2025, 6, 20);

  private static void foncierCases(Lang lang, List<Map<String, Object>> cases, List<String> lines) {
    BrsResaleFacts lille = sample("brs-lille-revente.json", BrsResaleFacts.class);
    IndexedCap cap = BrsResale.cap(lille);
    Verdict check = BrsResale.check(lille, FONCIER_AS_OF);
    CltResale.Result brussels = CltResale.resale(sample("clt-bruxelles.json", CltResaleFacts.class));
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("case", "brs-lille-revente.json");
    c.put("cap", cap);
    c.put("verdict", check);
    cases.add(c);
    Map<String, Object> b = new LinkedHashMap<>();
    b.put("case", "clt-bruxelles.json");
    b.put("result", brussels);
    cases.add(b);
    lines.add("");
    lines.add("== " + (lang == Lang.FR ? "BRS à Lille, revente après 8 ans sur l'IRL (brs-lille-revente.json, bail inventé)"
        : "BRS in Lille, resale after 8 years on the IRL (brs-lille-revente.json, invented lease)"));
    lines.add(Texts.cap(cap, lang));
    lines.add(check.explain(lang));
    lines.add("");
    lines.add("== " + (lang == Lang.FR ? "Community Land Trust Bruxelles : 150 000 € → 250 000 € (clt-bruxelles.json)"
        : "Community Land Trust Brussels: 150,000 € → 250,000 € (clt-bruxelles.json)"));
    lines.add((lang == Lang.FR ? "  acquéreur " : "  buyer ") + Formats.euros(brussels.buyerPrice(), lang)
        + (lang == Lang.FR ? ", vendeur " : ", seller ") + Formats.euros(brussels.toSeller(), lang)
        + ", trust " + Formats.euros(brussels.toTrust(), lang));
  }

  /** The IAE cases are read on this date. */
  static final LocalDate IAE_AS_OF = LocalDate.of(2025, 9, 30);

  private static void iaeCases(Lang lang, List<Map<String, Object>> cases, List<String> lines) {
    for (String file : List.of("iae-garage-hainaut.json", "iae-resto-passerelle.json",
        "iae-resto-passerelle-derogation.json")) {
      Verdict v = AciRule.get().evaluate(sample(file, AciCase.class), IAE_AS_OF);
      Map<String, Object> c = new LinkedHashMap<>();
      c.put("case", file);
      c.put("verdict", v);
      cases.add(c);
      lines.add("");
      lines.add("== " + file);
      lines.add(v.explain(lang));
    }
    CddiFacts cddi = sample("iae-cddi-50-ans.json", CddiFacts.class);
    Verdict cv = CddiRule.get().evaluate(cddi, IAE_AS_OF);
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("case", "iae-cddi-50-ans.json");
    c.put("verdict", cv);
    cases.add(c);
    lines.add("");
    lines.add("== iae-cddi-50-ans.json");
    lines.add(cv.explain(lang));
    AideAuPoste.Result aide = AideAuPoste.compute(sample("iae-aide-garage.json", AideAuPosteFacts.class));
    Map<String, Object> a = new LinkedHashMap<>();
    a.put("case", "iae-aide-garage.json");
    a.put("result", aide);
    cases.add(a);
    lines.add("");
    lines.add("== iae-aide-garage.json");
    lines.add(Texts.aide(aide, lang));
  }

  private static void villeCases(Lang lang, List<Map<String, Object>> cases, List<String> lines) {
    QpvLookup lormont = QpvRegistry.lookupCommune("33249", CASES_AS_OF);
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("case", "qpv-lormont");
    c.put("result", lormont);
    cases.add(c);
    lines.add("");
    lines.add(lang == Lang.FR ? "== Coop'Alpha à Lormont (guide : implantée en cœur de QPV) — les QPV de la commune"
        : "== Coop'Alpha in Lormont (guide: set up in the heart of a QPV) — the commune's QPV");
    lines.add(lormont.status() + " — " + lormont.explanation().render(lang));
    lormont.qpv().forEach(q -> lines.add("  " + q.code() + " — " + q.name()));
    Verdict reserve = ReservedContracts.get().evaluate(sample("marche-regie-reserve.json", ReservedBidderFacts.class),
        CASES_AS_OF);
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("case", "marche-regie-reserve.json");
    r.put("verdict", reserve);
    cases.add(r);
    lines.add("");
    lines.add("== marche-regie-reserve.json");
    lines.add(reserve.explain(lang));
  }

  /**
   * Reads a sample case shipped with the examples.
   *
   * @param <T> the facts type
   * @param file the file name under {@code cases/}
   * @param type the facts type
   * @return the facts
   */
  static <T> T sample(String file, Class<T> type) {
    String path = "/io/github/essrules/examples/cases/" + file;
    try (InputStream in = DemoCommand.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("sample case missing from the jar: " + path);
      }
      return EssJson.read(in, type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, Object> amountCase(String id, LocalDate date, DatedValue<BigDecimal> v) {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("case", id);
    c.put("date", date);
    c.put("result", v);
    return c;
  }

  private static String line(Lang lang, String fr, String en, LocalDate date, String value,
      DatedValue<?> source) {
    return (lang == Lang.FR ? fr + " au " : en + " on ") + Formats.date(date, lang)
        + (lang == Lang.FR ? " : " : ": ") + value + " — " + source.reference().citation()
        + " [" + source.reference().confidence().label(lang) + "]";
  }
}
