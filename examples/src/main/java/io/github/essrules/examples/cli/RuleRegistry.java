package io.github.essrules.examples.cli;

import io.github.essrules.rules.association.AssociationCase;
import io.github.essrules.rules.association.AssociationRule;
import io.github.essrules.rules.cae.CaeCompliance;
import io.github.essrules.rules.cae.CaeFacts;
import io.github.essrules.rules.cae.CaeRemuneration;
import io.github.essrules.rules.cae.RemunerationFacts;
import io.github.essrules.rules.ess.EssMembershipFacts;
import io.github.essrules.rules.ess.EssMembershipRule;
import io.github.essrules.rules.esus.EsusFacts;
import io.github.essrules.rules.esus.EsusRule;
import io.github.essrules.rules.foncier.BrsActiviteFacts;
import io.github.essrules.rules.foncier.BrsBuyerFacts;
import io.github.essrules.rules.foncier.BrsBuyerRule;
import io.github.essrules.rules.foncier.BrsResale;
import io.github.essrules.rules.foncier.BrsResaleFacts;
import io.github.essrules.rules.foncier.CltResale;
import io.github.essrules.rules.foncier.CltResaleFacts;
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
import io.github.essrules.rules.ville.EmploisFrancs;
import io.github.essrules.rules.ville.EmploisFrancsFacts;
import io.github.essrules.rules.ville.InsertionClause;
import io.github.essrules.rules.ville.QpvCriteria;
import io.github.essrules.rules.ville.QpvCriteriaFacts;
import io.github.essrules.rules.ville.ReservedBidderFacts;
import io.github.essrules.rules.ville.ReservedContracts;
import io.github.essrules.rules.ville.ZfuTe;
import io.github.essrules.rules.ville.ZfuTeFacts;
import io.github.essrules.core.verdict.LawOptions;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every rule the tool runs on a case read from JSON, by its identifier: the input type (whose
 * schema {@code ess schema} serves) and the call. Used by {@code ess batch} and the case
 * library; a rule returns a {@link io.github.essrules.core.verdict.Verdict} or, for computations,
 * its result.
 *
 * <p>This class is immutable and thread-safe.
 */
final class RuleRegistry {
  /**
   * A rule: its identifier, the type of its input, the schema name of that type, whether it asks
   * about a date (a computation does not), the call.
   */
  static final class Runner {
    final String id;
    final Class<?> type;
    final String schema;
    /** Whether the rule asks about a date: its facts are then read as of that date. */
    final boolean dated;
    private final Call<Object> call;

    private Runner(String id, Class<?> type, String schema, boolean dated, Call<Object> call) {
      this.id = id;
      this.type = type;
      this.schema = schema;
      this.dated = dated;
      this.call = call;
    }

    /** Runs the rule on facts of {@link #type}, with the law in force on {@code asOf}, under the standard options. */
    Object run(Object facts, LocalDate asOf) {
      return call.apply(facts, asOf, LawOptions.standard());
    }

    /** Runs the rule on facts of {@link #type}, with the law in force on {@code asOf}, under given options. */
    Object run(Object facts, LocalDate asOf, LawOptions options) {
      return call.apply(facts, asOf, options);
    }
  }

  /** A rule's call: facts, the date asked about, the options of the law in time. */
  @FunctionalInterface
  interface Call<T> {
    Object apply(T facts, LocalDate asOf, LawOptions options);
  }

  private static final Map<String, Runner> RUNNERS = build();

  private RuleRegistry() {}

  private static Map<String, Runner> build() {
    Map<String, Runner> m = new LinkedHashMap<>();
    add(m, "esus", EsusFacts.class, "esus-facts", EsusRule.get()::evaluate);
    add(m, "ess-membership", EssMembershipFacts.class, "ess-membership-facts", EssMembershipRule.get()::evaluate);
    // the report of the calendar year of the date, as `ess cae report` does by default
    add(m, "cae-compliance", CaeFacts.class, "cae-facts", (f, d, o) -> CaeCompliance.report(f, d.getYear(), d, o));
    computation(m, "cae-remuneration", RemunerationFacts.class, "cae-remuneration-facts",
        (f, o) -> CaeRemuneration.compute(f));
    add(m, "association", AssociationCase.class, "association-case", AssociationRule.get()::evaluate);
    add(m, "scic", ScicCase.class, "scic-case", ScicRule.get()::evaluate);
    add(m, "regie-de-quartier", RegieCase.class, "regie-case", RegieRule.get()::evaluate);
    add(m, "brs-resale", BrsResaleFacts.class, "brs-resale-facts", (f, d, o) -> BrsResale.check(f, d, o));
    add(m, "brs-activite-resale", BrsActiviteFacts.class, "brs-activite-facts", (f, d, o) -> BrsResale.check(f, d, o));
    add(m, "brs-buyer", BrsBuyerFacts.class, "brs-buyer-facts", BrsBuyerRule.get()::evaluate);
    computation(m, "clt-resale", CltResaleFacts.class, "clt-resale-facts", (f, o) -> CltResale.resale(f));
    add(m, "aci", AciCase.class, "aci-case", AciRule.get()::evaluate);
    add(m, "cddi", CddiFacts.class, "cddi-facts", CddiRule.get()::evaluate);
    computation(m, "aide-au-poste", AideAuPosteFacts.class, "aide-au-poste-facts", AideAuPoste::compute);
    add(m, "qpv-criteria", QpvCriteriaFacts.class, "qpv-criteria-facts", QpvCriteria.get()::evaluate);
    add(m, "zfu-te", ZfuTeFacts.class, "zfu-te-facts", ZfuTe.get()::evaluate);
    add(m, "emplois-francs", EmploisFrancsFacts.class, "emplois-francs-facts", EmploisFrancs.get()::evaluate);
    add(m, "reserved-contract", ReservedBidderFacts.class, "reserved-bidder-facts",
        ReservedContracts.get()::evaluate);
    computation(m, "insertion-clause", InsertionClause.Facts.class, "insertion-clause-facts", (f, o) -> InsertionClause.hours(f));
    return Map.copyOf(m);
  }

  private static <T> void add(Map<String, Runner> m, String id, Class<T> type, String schema, Call<T> call) {
    m.put(id, new Runner(id, type, schema, true, (f, d, o) -> call.apply(type.cast(f), d, o)));
  }

  private static <T> void computation(Map<String, Runner> m, String id, Class<T> type, String schema,
      java.util.function.BiFunction<T, LawOptions, ?> compute) {
    m.put(id, new Runner(id, type, schema, false, (f, d, o) -> compute.apply(type.cast(f), o)));
  }

  /**
   * The rule of an identifier.
   *
   * @param id the identifier
   * @return the rule
   * @throws EssCommand.UsageException if no rule has it
   */
  static Runner get(String id) {
    Runner r = RUNNERS.get(id);
    if (r == null) {
      throw new EssCommand.UsageException("Règle inconnue : " + id + ". Règles : " + String.join(", ", ids()),
          "Unknown rule: " + id + ". Rules: " + String.join(", ", ids()));
    }
    return r;
  }

  /**
   * The identifiers, sorted.
   *
   * @return the identifiers
   */
  static java.util.List<String> ids() {
    return RUNNERS.keySet().stream().sorted().toList();
  }
}
