package io.github.essrules.rules.foncier;

import io.github.essrules.rules.internal.Titles;
import io.github.essrules.core.verdict.RuleDefinitions;
import io.github.essrules.core.verdict.RuleDefinition;
import io.github.essrules.rules.internal.Explanation;
import io.github.essrules.core.verdict.Explained;
import io.github.essrules.core.i18n.MessageArg;
import io.github.essrules.core.Lang;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.essrules.core.EssStyle;
import io.github.essrules.core.law.Confidence;
import io.github.essrules.core.law.LegalReference;
import io.github.essrules.core.law.TextKind;
import io.github.essrules.core.validation.FactsValidator;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import org.immutables.value.Value;

/**
 * The resale price of a home in a community land trust, by the formula of the ground lease. No
 * French text sets these formulas: they are the trusts' own (the guide's Community Land Trust
 * Bruxelles, lines 5145-5152; US practice of the Grounded Solutions Network), cited as such.
 *
 * <ul>
 *   <li><b>appreciation share</b>: increase = appraised value at resale − appraised value at
 *       purchase (or − the price paid); the seller receives the price paid + the seller's share of
 *       the increase (25 % in Brussels, weighted by price ÷ appraised value when the lease uses the
 *       investment ratio), the trust its share (6 %), and the new buyer pays the price + both (31 %).
 *       A decrease leaves the price unchanged unless the lease shares losses.
 *   <li><b>indexed</b>: price × index at resale ÷ index at purchase; follows the index down.
 *   <li><b>itemized</b>: price + improvements + price × rate × years (simple) or price × ((1 +
 *       rate)^years − 1) (compound); never below the price.
 * </ul>
 * Each amount is rounded once to the cent, half up; the buyer's price is the price paid plus the
 * rounded seller and trust parts, so {@code toSeller − purchase + toTrust = buyer − purchase}
 * holds to the cent.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CltResale {
  /** Rounding of every amount: to the cent, half up. */
  public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

  static final LegalReference GUIDE = LegalReference.builder().kind(TextKind.GUIDE)
      .citation("RTES-CGET, L'ESS dans les quartiers prioritaires (2016), fiche Community Land Trust Bruxelles")
      .confidence(Confidence.SECONDARY).note("formule du trust, non d'un texte de loi").build();
  static final LegalReference US_PRACTICE = LegalReference.builder().kind(TextKind.DOCTRINE)
      .citation("Grounded Solutions Network, resale formulas").confidence(Confidence.SECONDARY).build();

  private CltResale() {}

  /** The identifier of the computation in the {@link io.github.essrules.core.registry.RuleRegistry registry}. */
  public static final String ID = "clt-resale";

  private static final RuleDefinition<CltResaleFacts, Result> RULE = RuleDefinitions.undated(ID, Titles.of(ID),
      CltResaleFacts.class, Result.class, (facts, options) -> resale(facts));

  /**
   * {@link #resale(CltResaleFacts)} as a rule of the registry ({@code clt-resale}).
   *
   * @return the rule
   */
  public static RuleDefinition<CltResaleFacts, Result> rule() {
    return RULE;
  }

  /** The result of a resale. */
  @EssStyle
  @Value.Immutable
  @JsonSerialize(as = ImmutableResult.class)
  @JsonDeserialize(as = ImmutableResult.class)
  public abstract static class Result implements Explained {
    Result() {}

    /**
     * The formula.
     *
     * @return the formula
     */
    public abstract CltResaleFacts.Formula formula();

    /**
     * The increase in value the formula measured (0 when floored, the index or itemized gain otherwise).
     *
     * @return the amount, in euros
     */
    public abstract BigDecimal increase();

    /**
     * What the new buyer pays.
     *
     * @return the amount, in euros
     */
    public abstract BigDecimal buyerPrice();

    /**
     * What the seller receives.
     *
     * @return the amount, in euros
     */
    public abstract BigDecimal toSeller();

    /**
     * What the trust receives.
     *
     * @return the amount, in euros
     */
    public abstract BigDecimal toTrust();

    /**
     * The seller's share applied, after the investment ratio if any.
     *
     * @return the share, or zero for the index and itemized formulas
     */
    public abstract BigDecimal sellerShareApplied();

    /**
     * Whether a decrease in value was floored to the purchase price.
     *
     * @return whether floored
     */
    public abstract boolean decreaseFloored();

    /**
     * The sources of the formula.
     *
     * @return the references
     */
    public abstract List<LegalReference> references();

    /**
     * The three amounts in one line, with the first source.
     *
     * @param lang the language
     * @return the line
     */
    @Override
    public String summary(Lang lang) {
      return Explanation.summary(lang, references(), "explain.clt.summary", MessageArg.euros(buyerPrice()),
          MessageArg.euros(toSeller()), MessageArg.euros(toTrust()));
    }

    /**
     * The formula, the increase counted, the seller's share, the three amounts, then the sources.
     *
     * @param lang the language
     * @return the text, lines separated by {@code \n}
     */
    @Override
    public String explain(Lang lang) {
      Explanation e = Explanation.of(lang, "explain.clt.heading", MessageArg.text(formula().name()),
          MessageArg.euros(buyerPrice()))
          .step(decreaseFloored() ? "explain.clt.increaseFloored" : "explain.clt.increase", MessageArg.euros(increase()));
      if (sellerShareApplied().signum() != 0) {
        e.step("explain.clt.share", MessageArg.rate(sellerShareApplied()));
      }
      return e.step("explain.clt.buyer", MessageArg.euros(buyerPrice()))
          .step("explain.clt.seller", MessageArg.euros(toSeller()))
          .step("explain.clt.trust", MessageArg.euros(toTrust()))
          .references(references()).toString();
    }

    /**
     * A builder.
     *
     * @return a new builder
     */
    public static Result.Builder builder() {
      return new Result.Builder();
    }

    /**
     * A builder holding the attributes of this value, to change some of them and build a new value;
     * this one is left as it is.
     *
     * @return a new builder, filled from this value
     */
    public Result.Builder toBuilder() {
      return builder().from(this);
    }

    /**
     * Builds a {@link CltResale.Result}: set its attributes, then call {@code build()}. A builder
     * is not thread-safe: use it where it is made.
     */
    public static final class Builder extends ImmutableResult.Builder {
      /** A builder with no attribute set, as {@link CltResale.Result#builder()} gives. */
      public Builder() {}
    }
  }

  /**
   * Computes the resale.
   *
   * @param f the facts, checked with Bean Validation first
   * @return the result
   * @throws io.github.essrules.core.validation.InvalidInputException if the facts are malformed
   */
  public static Result resale(CltResaleFacts f) {
    FactsValidator.shared().validate(f);
    switch (f.formula()) {
      case APPRECIATION_SHARE:
        return appreciation(f);
      case INDEXED:
        return indexed(f);
      default:
        return itemized(f);
    }
  }

  /**
   * The appreciation share. No French text: the words are those of the guide on the Community
   * Land Trust Bruxelles ({@code shared/guide/ess-politique-de-la-ville-rtes-2016.txt}, lines
   * 5147-5152), a trust's own clauses: « en cas de revente, le ménage propriétaire ne perçoit que
   * 25 % de la plus value du logement ; le CLT en perçoit 6% au titre des frais de fonctionnement.
   * Le nouvel acquéreur ne déboursera lors de la transaction en complément du prix d'achat initial
   * que 31 % de la plus value. » The shares are the lease's ({@link CltResaleFacts#sellerShare()},
   * {@link CltResaleFacts#trustShare()}); a decrease is no « plus value »: the price stays the
   * price paid, unless the lease shares losses ({@link #decreaseLeftOut}).
   */
  private static Result appreciation(CltResaleFacts f) {
    BigDecimal base = f.increaseBase() == CltResaleFacts.IncreaseBase.PURCHASE_PRICE
        ? f.purchasePrice() : f.appraisedAtPurchase().orElseThrow();
    BigDecimal increase = f.appraisedAtResale().orElseThrow().subtract(base);
    boolean floored = decreaseLeftOut(increase, f.sharesLosses());
    if (floored) {
      increase = BigDecimal.ZERO;
    }
    BigDecimal sellerShare = f.sellerShare();
    BigDecimal sellerExact = increase.multiply(sellerShare);
    if (f.investmentRatio()) {
      BigDecimal appraised = f.appraisedAtPurchase().orElseThrow();
      sellerShare = sellerShare.multiply(f.purchasePrice()).divide(appraised, MathContext.DECIMAL128);
      // seller part = increase × share × price ÷ appraised, rounded once
      sellerExact = increase.multiply(f.sellerShare()).multiply(f.purchasePrice());
      BigDecimal seller = sellerExact.divide(appraised, 2, ROUNDING);
      return result(f, increase, seller, increase.multiply(f.trustShare()).setScale(2, ROUNDING), sellerShare, floored,
          List.of(CltResale.US_PRACTICE));
    }
    return result(f, increase, sellerExact.setScale(2, ROUNDING), increase.multiply(f.trustShare()).setScale(2, ROUNDING),
        sellerShare, floored, List.of(GUIDE, US_PRACTICE));
  }

  /**
   * A decrease in value is not shared — the exception: a lease that shares losses.
   *
   * @param increase the appraised increase, negative for a decrease
   * @param leaseSharesLosses whether the lease shares losses
   * @return true if the decrease is left out (the increase counted as zero)
   */
  static boolean decreaseLeftOut(BigDecimal increase, boolean leaseSharesLosses) {
    return increase.signum() < 0 && !leaseSharesLosses;
  }

  private static Result result(CltResaleFacts f, BigDecimal increase, BigDecimal seller, BigDecimal trust,
      BigDecimal share, boolean floored, List<LegalReference> refs) {
    return Result.builder().formula(f.formula()).increase(increase)
        .buyerPrice(f.purchasePrice().add(seller).add(trust))
        .toSeller(f.purchasePrice().add(seller)).toTrust(trust).sellerShareApplied(share)
        .decreaseFloored(floored).addAllReferences(refs).build();
  }

  private static Result indexed(CltResaleFacts f) {
    BigDecimal price = f.purchasePrice().multiply(f.indexAtResale().orElseThrow())
        .divide(f.indexAtPurchase().orElseThrow(), 2, ROUNDING);
    return Result.builder().formula(f.formula()).increase(price.subtract(f.purchasePrice()))
        .buyerPrice(price).toSeller(price).toTrust(BigDecimal.ZERO.setScale(2)).sellerShareApplied(BigDecimal.ZERO)
        .decreaseFloored(false).addReferences(US_PRACTICE).build();
  }

  private static Result itemized(CltResaleFacts f) {
    BigDecimal rate = f.yearlyRate().orElseThrow();
    int years = f.years().orElseThrow();
    BigDecimal gain = f.compound()
        ? f.purchasePrice().multiply(BigDecimal.ONE.add(rate).pow(years).subtract(BigDecimal.ONE))
        : f.purchasePrice().multiply(rate).multiply(BigDecimal.valueOf(years));
    BigDecimal price = f.purchasePrice().add(f.improvements().orElse(BigDecimal.ZERO)).add(gain).setScale(2, ROUNDING);
    return Result.builder().formula(f.formula()).increase(price.subtract(f.purchasePrice()))
        .buyerPrice(price).toSeller(price).toTrust(BigDecimal.ZERO.setScale(2)).sellerShareApplied(BigDecimal.ZERO)
        .decreaseFloored(false).addReferences(US_PRACTICE).build();
  }
}
