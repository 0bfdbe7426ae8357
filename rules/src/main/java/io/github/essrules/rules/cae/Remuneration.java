package io.github.essrules.rules.cae;

import io.github.essrules.rules.internal.Explanation;
import io.github.essrules.core.verdict.Explained;
import io.github.essrules.core.i18n.MessageArg;
import io.github.essrules.core.Lang;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.essrules.core.EssStyle;
import io.github.essrules.core.law.LegalReference;
import io.github.essrules.core.money.RoundedAmount;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The remuneration of an entrepreneur salarié for a financial year, line by line. See
 * {@link CaeRemuneration#compute(RemunerationFacts)}.
 *
 * <p>This class is immutable and thread-safe.
 */
@EssStyle
@Value.Immutable
@JsonSerialize(as = ImmutableRemuneration.class)
@JsonDeserialize(as = ImmutableRemuneration.class)
public abstract class Remuneration implements Explained {
  Remuneration() {}

  /**
   * The entrepreneur, if given.
   *
   * @return the identifier
   */
  public abstract Optional<String> entrepreneurId();

  /**
   * The fixed part over the year: monthly amount × months (R7331-11, 1°).
   *
   * @return the amount, in euros
   */
  public abstract BigDecimal fixedPart();

  /**
   * Turnover minus direct charges.
   *
   * @return the amount, in euros
   */
  public abstract BigDecimal margin();

  /**
   * The base the contribution rate applies to.
   *
   * @return the amount, in euros
   */
  public abstract BigDecimal contributionBase();

  /**
   * The contribution: rate × base, then the floor or cap, rounded once to the cent, half up.
   *
   * @return the exact and rounded amounts
   */
  public abstract RoundedAmount contribution();

  /**
   * Whether the floor or the cap replaced rate × base.
   *
   * @return {@code "FLOOR"}, {@code "CAP"} or {@code "RATE"}
   */
  public abstract String contributionLimit();

  /**
   * The variable part: turnover − direct charges − contribution (L7332-3); negative when the
   * activity did not cover its charges.
   *
   * @return the amount, in euros
   */
  public abstract BigDecimal variablePart();

  /**
   * The advances paid on the variable part during the year.
   *
   * @return the amount, in euros
   */
  public abstract BigDecimal advancesPaid();

  /**
   * The balance at year end: variable part − advances (R7331-12); negative when the advances
   * exceeded the variable part.
   *
   * @return the amount, in euros
   */
  public abstract BigDecimal balance();

  /**
   * The texts applied.
   *
   * @return the references
   */
  public abstract List<LegalReference> references();

  /**
   * The variable part and the balance in one line, with the first text.
   *
   * @param lang the language
   * @return the line
   */
  @Override
  public String summary(Lang lang) {
    return Explanation.summary(lang, references(), "explain.remuneration.summary", MessageArg.euros(variablePart()),
        MessageArg.euros(balance()));
  }

  /**
   * Every amount: fixed part, margin, contribution with its rounding and limit, variable part,
   * advances, balance, then the texts.
   *
   * @param lang the language
   * @return the text, lines separated by {@code \n}
   */
  @Override
  public String explain(Lang lang) {
    Explanation e = entrepreneurId().isPresent()
        ? Explanation.of(lang, "explain.remuneration.headingOf", MessageArg.text(entrepreneurId().get()))
        : Explanation.of(lang, "explain.remuneration.heading");
    return e.step("explain.remuneration.fixed", MessageArg.euros(fixedPart()))
        .step("explain.remuneration.margin", MessageArg.euros(margin()))
        .step("explain.remuneration.contribution", MessageArg.text(contribution().mode().name()),
            MessageArg.text(contributionLimit()), MessageArg.euros(contribution().rounded()))
        .step("explain.remuneration.variable", MessageArg.euros(variablePart()))
        .step("explain.remuneration.advances", MessageArg.euros(advancesPaid()))
        .step("explain.remuneration.balance", MessageArg.euros(balance()))
        .references(references()).toString();
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Remuneration.Builder builder() {
    return new Remuneration.Builder();
  }

  /**
   * A builder holding the attributes of this value, to change some of them and build a new value;
   * this one is left as it is.
   *
   * @return a new builder, filled from this value
   */
  public Remuneration.Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Builds a {@link Remuneration}: set its attributes, then call {@code build()}. A builder is not
   * thread-safe: use it where it is made.
   */
  public static final class Builder extends ImmutableRemuneration.Builder {
    /** A builder with no attribute set, as {@link Remuneration#builder()} gives. */
    public Builder() {}
  }
}
