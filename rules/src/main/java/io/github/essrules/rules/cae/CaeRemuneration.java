package io.github.essrules.rules.cae;

import io.github.essrules.rules.internal.Titles;
import io.github.essrules.core.verdict.RuleDefinitions;
import io.github.essrules.core.verdict.RuleDefinition;
import io.github.essrules.core.money.RoundedAmount;
import io.github.essrules.core.validation.FactsValidator;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The remuneration of an entrepreneur salarié: C. trav. L7332-3 (a fixed part and a variable part
 * computed from the turnover after the charges directly and exclusively tied to the activity and
 * the contribution to the pooled services), R7331-11 (fixed part paid monthly, advances on the
 * variable part) and R7331-12 (balance at year end).
 *
 * <p>The contribution is the CAE's own rule ({@link ContributionRule}): rate × base (turnover or
 * margin), raised to the floor or lowered to the cap, rounded once to the cent, half up — the
 * only rounding; the text sets no rounding, a CAE whose rule says otherwise must compute its own.
 * The variable part is then exact: turnover − direct charges − contribution.
 *
 * <pre>{@code
 * Remuneration r = CaeRemuneration.compute(facts);
 * r.variablePart(); // 48000 − 6000 − 4800 = 37200.00
 * r.balance();      // 37200.00 − 12000 = 25200.00
 * }</pre>
 *
 * <p>Not modelled: social contributions on the remuneration, paid-leave indemnities, the
 * formation of a net accounting result (R7331-12, second sentence).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @see <a href="https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000029317531">C. trav., art. L7332-3</a>
 * @see <a href="https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000031394628">C. trav., art. R7331-12</a>
 */
public final class CaeRemuneration {
  /** The rounding of the contribution: to the cent, half up. */
  public static final RoundingMode CONTRIBUTION_ROUNDING = RoundingMode.HALF_UP;

  private CaeRemuneration() {}

  /** The identifier of the computation in the {@link io.github.essrules.core.registry.RuleRegistry registry}. */
  public static final String ID = "cae-remuneration";

  private static final RuleDefinition<RemunerationFacts, Remuneration> RULE = RuleDefinitions.undated(ID,
      Titles.of(ID), RemunerationFacts.class, Remuneration.class, (facts, options) -> compute(facts));

  /**
   * {@link #compute(RemunerationFacts)} as a rule of the registry ({@code cae-remuneration}).
   *
   * @return the rule
   */
  public static RuleDefinition<RemunerationFacts, Remuneration> rule() {
    return RULE;
  }

  /**
   * Computes the remuneration of a financial year.
   *
   * @param facts the figures, checked with Bean Validation first
   * @return the remuneration, line by line
   * @throws io.github.essrules.core.validation.InvalidInputException if the facts are malformed
   */
  public static Remuneration compute(RemunerationFacts facts) {
    FactsValidator.shared().validate(facts);
    ContributionRule rule = facts.contribution();
    BigDecimal margin = facts.turnover().subtract(facts.directCharges());
    BigDecimal base = rule.base() == ContributionRule.Base.TURNOVER ? facts.turnover() : margin.max(BigDecimal.ZERO);
    BigDecimal exact = rule.rate().multiply(base);
    String limit = "RATE";
    if (rule.floor().isPresent() && exact.compareTo(rule.floor().get()) < 0) {
      exact = rule.floor().get();
      limit = "FLOOR";
    }
    if (rule.cap().isPresent() && exact.compareTo(rule.cap().get()) > 0) {
      exact = rule.cap().get();
      limit = "CAP";
    }
    RoundedAmount contribution = RoundedAmount.of(exact, CONTRIBUTION_ROUNDING);
    BigDecimal variable = margin.subtract(contribution.rounded());
    return Remuneration.builder()
        .entrepreneurId(facts.entrepreneurId())
        .fixedPart(facts.fixedPartMonthly().multiply(BigDecimal.valueOf(facts.monthsOfFixedPart())))
        .margin(margin)
        .contributionBase(base)
        .contribution(contribution)
        .contributionLimit(limit)
        .variablePart(variable)
        .advancesPaid(facts.advancesPaid())
        .balance(variable.subtract(facts.advancesPaid()))
        .addReferences(CaeLaw.ref("L7332-3", ""), CaeLaw.ref("R7331-11", ""), CaeLaw.ref("R7331-12", ""),
            CaeLaw.ref("R7331-8", ""))
        .build();
  }
}
