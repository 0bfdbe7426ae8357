package io.github.essrules.rules.iae;

import io.github.essrules.rules.internal.Titles;
import io.github.essrules.core.verdict.RuleDefinitions;
import io.github.essrules.core.verdict.RuleDefinition;
import io.github.essrules.rules.internal.Explanation;
import io.github.essrules.core.verdict.Explained;
import io.github.essrules.core.i18n.MessageArg;
import io.github.essrules.core.Lang;
import io.github.essrules.core.verdict.LawContext;
import io.github.essrules.core.verdict.LawOptions;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.essrules.core.EssStyle;
import io.github.essrules.core.law.LegalReference;
import io.github.essrules.core.param.DatedParameter;
import io.github.essrules.core.param.DatedValue;
import io.github.essrules.core.validation.FactsValidator;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.immutables.value.Value;

/**
 * The aide au poste d'insertion: C. trav. R5132-37 and R5132-38 — for each post occupied full
 * time, the montant socle of the structure's kind (a dated parameter, revalued each year by
 * arrêté), plus the modulated part the préfet decided (0 to 10 % of the socle, 5 % for persons
 * detained), reduced in proportion to the occupation, within the posts of the convention.
 *
 * <p>Computation: (Σ over the months of socle(month) × min(FTE, posts)) × (1 + modulated rate)
 * ÷ 12, rounded once to the cent, half up, from the exact quotient. The socle in force on the first day of each month is
 * used; a month the library has no socle for (a year the data does not give, after the last known
 * value) is refused with {@link io.github.essrules.core.law.NoLawKnownException}, never filled. The
 * breakdown flags socles whose date is approximate (only the year known).
 *
 * <p>The legal computation, under the words of R5132-37 and R5132-38 it implements, sits in
 * {@code AideAuPosteSum}; this class assembles the result and its explanation.
 *
 * <p>Not modelled: the modulated part of EI, ETTI and AI, the payment schedule.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @see <a href="https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000045950362">C. trav., art. R5132-37</a>
 */
public final class AideAuPoste {
  /** The rounding of the total: once, to the cent, half up. */
  public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

  private AideAuPoste() {}

  /** The identifier of the computation in the {@link io.github.essrules.core.registry.RuleRegistry registry}. */
  public static final String ID = "aide-au-poste";

  private static final RuleDefinition<AideAuPosteFacts, Result> RULE = RuleDefinitions.undated(ID, Titles.of(ID),
      AideAuPosteFacts.class, Result.class, AideAuPoste::compute);

  /**
   * {@link #compute(AideAuPosteFacts, LawOptions)} as a rule of the registry
   * ({@code aide-au-poste}): the socles in force over the convention's months, whatever the date
   * asked about.
   *
   * @return the rule
   */
  public static RuleDefinition<AideAuPosteFacts, Result> rule() {
    return RULE;
  }

  /** The months during which one socle applied. */
  @EssStyle
  @Value.Immutable
  @JsonSerialize(as = ImmutableSocleLine.class)
  @JsonDeserialize(as = ImmutableSocleLine.class)
  public abstract static class SocleLine {
    SocleLine() {}

    /**
     * The socle per FTE and year, with its text.
     *
     * @return the socle
     */
    public abstract DatedValue<BigDecimal> socle();

    /**
     * The FTE-months paid at that socle (each month's FTE within the convention's posts).
     *
     * @return the FTE-months
     */
    public abstract BigDecimal fteMonths();

    /**
     * Socle × FTE-months ÷ 12, exact when the division terminates, else to ten decimals (for
     * reading: the total is rounded once from the exact quotient).
     *
     * @return the amount, in euros
     */
    public abstract BigDecimal amount();

    /**
     * Whether the socle's start date is approximate (only the year known).
     *
     * @return whether approximate
     */
    public abstract boolean approximateDate();

    /**
     * A builder.
     *
     * @return a new builder
     */
    public static SocleLine.Builder builder() {
      return new SocleLine.Builder();
    }

    /**
     * A builder holding the attributes of this value, to change some of them and build a new value;
     * this one is left as it is.
     *
     * @return a new builder, filled from this value
     */
    public SocleLine.Builder toBuilder() {
      return builder().from(this);
    }

    /**
     * Builds a {@link AideAuPoste.SocleLine}: set its attributes, then call {@code build()}. A
     * builder is not thread-safe: use it where it is made.
     */
    public static final class Builder extends ImmutableSocleLine.Builder {
      /** A builder with no attribute set, as {@link AideAuPoste.SocleLine#builder()} gives. */
      public Builder() {}
    }
  }

  /** The aid, line by line. */
  @EssStyle
  @Value.Immutable
  @JsonSerialize(as = ImmutableResult.class)
  @JsonDeserialize(as = ImmutableResult.class)
  public abstract static class Result implements Explained {
    Result() {}

    /**
     * The structure.
     *
     * @return the kind
     */
    public abstract AideAuPosteFacts.Structure structure();

    /**
     * One line per socle.
     *
     * @return the lines
     */
    public abstract List<SocleLine> lines();

    /**
     * The socle part (for reading; see {@link AideAuPoste.SocleLine#amount()}).
     *
     * @return the amount, in euros
     */
    public abstract BigDecimal soclePart();

    /**
     * The modulated part (for reading).
     *
     * @return the amount, in euros
     */
    public abstract BigDecimal modulatedPart();

    /**
     * The FTE-months above the convention's posts, not paid.
     *
     * @return the FTE-months
     */
    public abstract BigDecimal fteMonthsAboveConvention();

    /**
     * The aid, rounded once to the cent, half up.
     *
     * @return the amount, in euros
     */
    public abstract BigDecimal total();

    /**
     * The texts applied.
     *
     * @return the references
     */
    public abstract List<LegalReference> references();

    /**
     * The total in one line, with the first text.
     *
     * @param lang the language
     * @return the line
     */
    @Override
    public String summary(Lang lang) {
      return Explanation.summary(lang, references(), "explain.aide.summary", MessageArg.euros(total()));
    }

    /**
     * Every socle applied with its date and the FTE-months it pays, the modulated part, the
     * months above the convention, the total rounded once, then the texts.
     *
     * @param lang the language
     * @return the text, lines separated by {@code \n}
     */
    @Override
    public String explain(Lang lang) {
      Explanation e = Explanation.of(lang, "explain.aide.heading", MessageArg.text(structure().name()),
          MessageArg.euros(total()));
      for (SocleLine l : lines()) {
        e.step(l.approximateDate() ? "explain.aide.socleApproximate" : "explain.aide.socle",
            MessageArg.euros(l.socle().value()), MessageArg.date(l.socle().validFrom()),
            MessageArg.number(l.fteMonths()), MessageArg.euros(l.amount().setScale(2, java.math.RoundingMode.HALF_UP)));
      }
      e.step("explain.aide.modulated", MessageArg.euros(modulatedPart().setScale(2, java.math.RoundingMode.HALF_UP)));
      if (fteMonthsAboveConvention().signum() > 0) {
        e.step("explain.aide.above", MessageArg.number(fteMonthsAboveConvention()));
      }
      return e.step("explain.aide.total", MessageArg.euros(total())).references(references()).toString();
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
     * Builds a {@link AideAuPoste.Result}: set its attributes, then call {@code build()}. A builder
     * is not thread-safe: use it where it is made.
     */
    public static final class Builder extends ImmutableResult.Builder {
      /** A builder with no attribute set, as {@link AideAuPoste.Result#builder()} gives. */
      public Builder() {}
    }
  }

  /**
   * Computes the aid.
   *
   * @param f the facts, checked with Bean Validation first
   * @return the aid
   * @throws io.github.essrules.core.validation.InvalidInputException if the facts are malformed
   * @throws io.github.essrules.core.law.NoLawKnownException for a month without a known socle
   */
  public static Result compute(AideAuPosteFacts f) {
    return compute(f, LawOptions.standard());
  }

  /**
   * Computes the aid under given options: a socle the user supplies replaces the shipped one for
   * its period; a socle applied to a month after its verification is presumed unchanged (its
   * reference then has the confidence "presumed"), up to the horizon of the policy.
   *
   * @param f the facts, checked with Bean Validation first
   * @param options the policy of presumption and the values supplied by the user
   * @return the aid
   * @throws io.github.essrules.core.validation.InvalidInputException if the facts are malformed
   * @throws io.github.essrules.core.law.NoLawKnownException for a month without a known socle
   */
  public static Result compute(AideAuPosteFacts f, LawOptions options) {
    FactsValidator.shared().validate(f);
    DatedParameter<BigDecimal> parameter = AideAuPosteSum.socle(f.structure());
    List<AideAuPosteFacts.MonthOccupancy> months = new ArrayList<>(f.occupancy());
    months.sort(Comparator.comparing(AideAuPosteFacts.MonthOccupancy::month));
    LawContext law = LawContext.of(months.get(months.size() - 1).month().atEndOfMonth(), options);
    AideAuPosteSum sum = new AideAuPosteSum(f.conventionPosts());
    for (AideAuPosteFacts.MonthOccupancy m : months) {
      sum.addMonth(law.value(parameter, m.month().atDay(1)), m.fte());
    }
    BigDecimal total = sum.total(f.modulatedRate());
    return Result.builder().structure(f.structure()).addAllLines(sum.lines())
        .soclePart(AideAuPosteSum.exactOrTenDecimals(sum.products()))
        .modulatedPart(AideAuPosteSum.exactOrTenDecimals(sum.products().multiply(f.modulatedRate())))
        .fteMonthsAboveConvention(sum.fteMonthsAbove()).total(total)
        .addReferences(IaeLaw.ref("R5132-37", ""), IaeLaw.ref("R5132-38", ""))
        .build();
  }
}
