package io.github.essrules.rules.foncier;

import static io.github.essrules.rules.internal.Conditions.msg;

import io.github.essrules.core.i18n.MessageArg;
import io.github.essrules.core.law.Confidence;
import io.github.essrules.core.law.LegalReference;
import io.github.essrules.core.law.TextKind;
import io.github.essrules.core.validation.FactsValidator;
import io.github.essrules.core.verdict.Comparison;
import io.github.essrules.core.verdict.Finding;
import io.github.essrules.core.verdict.Operator;
import io.github.essrules.core.verdict.Outcome;
import io.github.essrules.core.verdict.BaseRule;
import io.github.essrules.core.verdict.Verdict;
import io.github.essrules.rules.internal.Conditions;
import java.time.LocalDate;
import java.util.List;

/**
 * Whether a household may buy the rights of a bail réel solidaire: CCH R255-1 (revenu fiscal de
 * référence of year N-2 not exceeding the ceiling of its zone and size for year N) and R255-1-1
 * (not owning a dwelling suited to its needs). The zone comes from the commune ({@link Zoning});
 * an unknown commune is a typed error, a year without ceilings too.
 *
 * <p>Not modelled: the OFS's lower ceilings (L255-2), the other conditions of the lease.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @see <a href="https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000050873235">Arrêté du 23 décembre 2024 (plafonds de ressources, annexe III)</a>
 */
public final class BrsBuyerRule extends BaseRule<BrsBuyerFacts> {
  /** The rule's identifier. */
  public static final String ID = "brs-buyer";

  private static final LegalReference R255_1_1 = LegalReference.of(TextKind.CODE_ARTICLE, "CCH, art. R255-1-1",
      Confidence.VERIFIED);
  private static final BrsBuyerRule INSTANCE = new BrsBuyerRule();

  private BrsBuyerRule() {
    super(ID, BrsBuyerFacts.class);
  }

  /**
   * The rule.
   *
   * @return the shared instance
   */
  public static BrsBuyerRule get() {
    return INSTANCE;
  }

  /**
   * Decides whether the household may buy.
   *
   * @param f the facts, checked with Bean Validation first
   * @param asOf the date the verdict is given on (the ceilings are those of the application's year)
   * @return the verdict
   * @throws UnknownCommuneException if the commune is not in the zoning table
   * @throws io.github.essrules.core.law.NoLawKnownException if no ceilings are known for the year
   */
  @Override
  public Verdict evaluate(BrsBuyerFacts f, LocalDate asOf) {
    FactsValidator.shared().validate(f, asOf);
    Zone zone = Zoning.zoneOf(f.commune());
    BrsCeilings.Ceiling ceiling = BrsCeilings.ceiling(zone, f.householdSize(), f.applicationDate());
    Comparison cmp = Comparison.of(msg("brs.buyer.income.subject", MessageArg.text(Integer.toString(ceiling.year() - 2))),
        MessageArg.euros(f.referenceTaxIncome()), Operator.AT_MOST, MessageArg.euros(ceiling.amount()));
    Finding income = Finding.of("brs.buyer.income", Outcome.of(cmp.holds()), ceiling.reference(),
        msg("brs.buyer.income", MessageArg.text(Zoning.communeName(f.commune())), MessageArg.text(zone.code()),
            MessageArg.number(f.householdSize()), MessageArg.text(Integer.toString(ceiling.year()))), List.of(cmp), List.of(), List.of());
    Finding home = f.ownsSuitableHome().isEmpty()
        ? Conditions.missing("brs.buyer.home", R255_1_1, msg("brs.buyer.home.missing"), List.of("/ownsSuitableHome"))
        : Conditions.decided("brs.buyer.home", Outcome.of(!f.ownsSuitableHome().get()), R255_1_1,
            msg(f.ownsSuitableHome().get() ? "brs.buyer.home.owns" : "brs.buyer.home.none"));
    List<Finding> findings = List.of(income, home);
    return Verdict.builder().ruleId(ID).asOf(asOf)
        .outcome(Conditions.outcomeOfAll(findings))
        .addAllFindings(findings).build();
  }
}
