package io.github.essrules.rules.ville;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
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
import io.github.essrules.core.validation.AccessorConstraints;
import io.github.essrules.core.validation.FactsValidator;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.immutables.value.Value;

/**
 * The insertion hours of a clause sociale (Code de la commande publique L2112-2, performance
 * conditions): the contract's labour hours = amount × labour share ÷ hourly cost; the insertion
 * hours = labour hours × the clause rate (in practice 5 to 10 %, a term of the contract). Exact,
 * then rounded up to the whole hour (the library's convention: a clause is stated in whole hours
 * and rounding up never understates it). L2112-2 was read in secondary sources only and says
 * nothing of the hours: its words are not quoted, and the computation is the practice of buyers,
 * not a text.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class InsertionClause {
  static final LegalReference L2112_2 = LegalReference.of(TextKind.CODE_ARTICLE,
      "Code de la commande publique, art. L2112-2", Confidence.SECONDARY);

  private InsertionClause() {}

  /** The identifier of the computation in the {@link io.github.essrules.core.registry.RuleRegistry registry}. */
  public static final String ID = "insertion-clause";

  private static final RuleDefinition<Facts, Hours> RULE = RuleDefinitions.undated(ID, Titles.of(ID), Facts.class,
      Hours.class, (facts, options) -> hours(facts));

  /**
   * {@link #hours(Facts)} as a rule of the registry ({@code insertion-clause}).
   *
   * @return the rule
   */
  public static RuleDefinition<Facts, Hours> rule() {
    return RULE;
  }

  /** The contract and the clause. */
  @EssStyle
  @Value.Immutable
  @JsonSerialize(as = ImmutableFacts.class)
  @JsonDeserialize(as = ImmutableFacts.class)
  @AccessorConstraints
  public abstract static class Facts {
    Facts() {}

    /**
     * The contract's amount, excluding tax.
     *
     * @return the amount, in euros
     */
    @JsonPropertyDescription("The contract's amount excluding tax, in euros (clause sociale, Code de la commande "
        + "publique L2112-2).")
    @NotNull
    @Positive
    @Digits(integer = 12, fraction = 2)
    public abstract BigDecimal contractAmount();

    /**
     * The share of labour in the amount.
     *
     * @return the share
     */
    @JsonPropertyDescription("The share of labour in the contract's amount, as a fraction.")
    @NotNull
    @DecimalMin("0")
    @DecimalMax("1")
    public abstract BigDecimal labourShare();

    /**
     * The hourly cost of labour.
     *
     * @return the amount, in euros an hour
     */
    @JsonPropertyDescription("The hourly cost of labour, in euros an hour.")
    @NotNull
    @Positive
    @Digits(integer = 6, fraction = 2)
    public abstract BigDecimal hourlyCost();

    /**
     * The clause's rate of the labour hours.
     *
     * @return the rate
     */
    @JsonPropertyDescription("The clause's rate of the labour hours reserved for insertion, as a fraction (in practice "
        + "0.05 to 0.10, a term of the contract).")
    @NotNull
    @DecimalMin("0")
    @DecimalMax("1")
    public abstract BigDecimal clauseRate();

    /**
     * A builder.
     *
     * @return a new builder
     */
    public static Facts.Builder builder() {
      return new Facts.Builder();
    }

    /**
     * A builder holding the attributes of this value, to change some of them and build a new value;
     * this one is left as it is.
     *
     * @return a new builder, filled from this value
     */
    public Facts.Builder toBuilder() {
      return builder().from(this);
    }

    /**
     * Builds a {@link InsertionClause.Facts}: set its attributes, then call {@code build()}. A
     * builder is not thread-safe: use it where it is made.
     */
    public static final class Builder extends ImmutableFacts.Builder {
      /** A builder with no attribute set, as {@link InsertionClause.Facts#builder()} gives. */
      public Builder() {}
    }
  }

  /** The hours. */
  @EssStyle
  @Value.Immutable
  @JsonSerialize(as = ImmutableHours.class)
  @JsonDeserialize(as = ImmutableHours.class)
  public abstract static class Hours implements Explained {
    Hours() {}

    /**
     * The labour hours of the contract, to two decimals.
     *
     * @return the hours
     */
    public abstract BigDecimal labourHours();

    /**
     * The insertion hours, exact to two decimals.
     *
     * @return the hours
     */
    public abstract BigDecimal insertionHoursExact();

    /**
     * The insertion hours of the clause, rounded up to the whole hour.
     *
     * @return the hours
     */
    public abstract BigDecimal insertionHours();

    /**
     * The text.
     *
     * @return the reference
     */
    public abstract LegalReference reference();

    /**
     * The insertion hours in one line, with the text.
     *
     * @param lang the language
     * @return the line
     */
    @Override
    public String summary(Lang lang) {
      return Explanation.line(lang, "explain.hours.summary", MessageArg.number(insertionHours())) + " — "
          + reference().citation();
    }

    /**
     * The labour hours, the exact insertion hours and the hours rounded up, then the text.
     *
     * @param lang the language
     * @return the text, lines separated by {@code \n}
     */
    @Override
    public String explain(Lang lang) {
      return Explanation.of(lang, "explain.hours.heading", MessageArg.number(insertionHours()))
          .step("explain.hours.labour", MessageArg.number(labourHours()))
          .step("explain.hours.exact", MessageArg.number(insertionHoursExact()), MessageArg.number(insertionHours()))
          .references(java.util.List.of(reference())).toString();
    }

    /**
     * A builder.
     *
     * @return a new builder
     */
    public static Hours.Builder builder() {
      return new Hours.Builder();
    }

    /**
     * A builder holding the attributes of this value, to change some of them and build a new value;
     * this one is left as it is.
     *
     * @return a new builder, filled from this value
     */
    public Hours.Builder toBuilder() {
      return builder().from(this);
    }

    /**
     * Builds a {@link InsertionClause.Hours}: set its attributes, then call {@code build()}. A
     * builder is not thread-safe: use it where it is made.
     */
    public static final class Builder extends ImmutableHours.Builder {
      /** A builder with no attribute set, as {@link InsertionClause.Hours#builder()} gives. */
      public Builder() {}
    }
  }

  /**
   * Computes the hours.
   *
   * @param f the contract and clause, checked with Bean Validation first
   * @return the hours
   */
  public static Hours hours(Facts f) {
    FactsValidator.shared().validate(f);
    BigDecimal labourNumerator = f.contractAmount().multiply(f.labourShare());
    BigDecimal insertionNumerator = labourNumerator.multiply(f.clauseRate());
    return Hours.builder()
        .labourHours(labourNumerator.divide(f.hourlyCost(), 2, RoundingMode.HALF_UP))
        .insertionHoursExact(insertionNumerator.divide(f.hourlyCost(), 2, RoundingMode.HALF_UP))
        .insertionHours(insertionNumerator.divide(f.hourlyCost(), 0, RoundingMode.CEILING))
        .reference(L2112_2)
        .build();
  }
}
