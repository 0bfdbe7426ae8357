package io.github.essrules.rules.foncier;

import io.github.essrules.rules.internal.Explanation;
import io.github.essrules.core.verdict.Explained;
import io.github.essrules.core.i18n.MessageArg;
import io.github.essrules.core.Lang;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.essrules.core.EssOutputStyle;
import io.github.essrules.core.law.LegalReference;
import io.github.essrules.core.verdict.Notice;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A resale cap computed by actualising a price on an index, line by line: the initial value, the
 * two index values with their quarters and confidence, the ratio, the works added and excluded,
 * the ceiling applied, and the cap rounded once. See {@link BrsResale}.
 *
 * <p>This class is immutable and thread-safe. Its lists are kept as given when immutable and
 * copied otherwise: the builder takes whole lists ({@code references(List)}, {@code
 * notices(List)}), left out they are empty.
 */
@EssOutputStyle
@Value.Immutable
@JsonSerialize(as = ImmutableIndexedCap.class)
@JsonDeserialize(as = ImmutableIndexedCap.class)
public abstract class IndexedCap implements Explained {
  IndexedCap() {}

  /**
   * The initial value (price of the rights, acquisition price).
   *
   * @return the amount, in euros
   */
  public abstract BigDecimal initialValue();

  /**
   * The index series used.
   *
   * @return the name
   */
  public abstract String series();

  /**
   * The index value at the initial date.
   *
   * @return the value with its quarter
   */
  public abstract IndexValue initialIndex();

  /**
   * The index value at the resale date.
   *
   * @return the value with its quarter
   */
  public abstract IndexValue resaleIndex();

  /**
   * The ratio resale index ÷ initial index, to six decimals, for reading only: the cap is
   * computed from the exact quotient.
   *
   * @return the ratio
   */
  public abstract BigDecimal ratio();

  /**
   * The works added to the actualised value.
   *
   * @return the amount, in euros
   */
  public abstract BigDecimal worksAdded();

  /**
   * The works left out (not added by the lease, or adaptation works of a BRS d'activité).
   *
   * @return the amount, in euros
   */
  public abstract BigDecimal worksExcluded();

  /**
   * The lower ceiling the organisme de foncier solidaire set, if any (CCH L255-2).
   *
   * @return the amount, in euros
   */
  @Value.Default
  public Optional<BigDecimal> ofsCeiling() {
    return Optional.empty();
  }

  /**
   * Whether the OFS ceiling, lower than the actualised value, made the cap.
   *
   * @return whether applied
   */
  public abstract boolean ceilingApplied();

  /**
   * The indexed value, (initial × i₁ + works × i₀) ÷ i₀, before the OFS's ceiling and before
   * rounding, to 34 significant digits.
   *
   * @return the amount, in euros
   */
  public abstract BigDecimal indexedExact();

  /**
   * The cap before rounding, to 34 significant digits: the indexed value, or the OFS's ceiling
   * when that is lower.
   *
   * @return the amount, in euros
   */
  public abstract BigDecimal capExact();

  /**
   * The cap, rounded once to the cent with {@link #rounding()} from the exact quotient.
   *
   * @return the amount, in euros
   */
  public abstract BigDecimal cap();

  /**
   * The rounding applied.
   *
   * @return the mode
   */
  public abstract RoundingMode rounding();

  /**
   * The texts applied.
   *
   * @return the references
   */
  @Value.Default
  public List<LegalReference> references() {
    return List.of();
  }

  /**
   * What the reader must know: the formula's status, unconfirmed index values.
   *
   * @return the notices
   */
  @Value.Default
  public List<Notice> notices() {
    return List.of();
  }

  @Value.Check
  IndexedCap check() {
    List<LegalReference> references = references() == null ? List.of() : List.copyOf(references());
    List<Notice> notices = notices() == null ? List.of() : List.copyOf(notices());
    Optional<BigDecimal> ceiling = ofsCeiling() == null ? Optional.empty() : ofsCeiling();
    if (references != references() || notices != notices() || ceiling != ofsCeiling()) {
      return IndexedCap.builder().from(this).references(references).notices(notices)
          .ofsCeiling(ceiling).build();
    }
    return this;
  }

  /**
   * The cap in one line, with its first text.
   *
   * @param lang the language
   * @return the line
   */
  @Override
  public String summary(Lang lang) {
    return Explanation.summary(lang, references(), "explain.cap.summary", MessageArg.euros(cap()));
  }

  /**
   * Every step of the cap: initial value, the two index values with their confidence, the ratio,
   * the works, the OFS ceiling, the rounding, the notices and the texts.
   *
   * @param lang the language
   * @return the text, lines separated by {@code \n}
   */
  @Override
  public String explain(Lang lang) {
    Explanation e = Explanation.of(lang, "explain.cap.heading", MessageArg.euros(cap()))
        .step("explain.cap.initial", MessageArg.euros(initialValue()))
        .step("explain.cap.index", MessageArg.text(series()), MessageArg.text(initialIndex().quarter().toString()),
            MessageArg.number(initialIndex().value()), MessageArg.text(initialIndex().confidence().label(lang)))
        .step("explain.cap.index", MessageArg.text(series()), MessageArg.text(resaleIndex().quarter().toString()),
            MessageArg.number(resaleIndex().value()), MessageArg.text(resaleIndex().confidence().label(lang)))
        .step("explain.cap.ratio", MessageArg.number(ratio()))
        .step("explain.cap.worksAdded", MessageArg.euros(worksAdded()))
        .step("explain.cap.worksExcluded", MessageArg.euros(worksExcluded()));
    ofsCeiling().ifPresent(c -> e.step(ceilingApplied() ? "explain.cap.ceilingApplied" : "explain.cap.ceiling",
        MessageArg.euros(c)));
    return e.step("explain.cap.result", MessageArg.text(rounding().name()), MessageArg.euros(cap()))
        .notices(notices()).references(references()).toString();
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static IndexedCap.Builder builder() {
    return new IndexedCap.Builder();
  }

  /**
   * A builder holding the attributes of this value, to change some of them and build a new value;
   * this one is left as it is.
   *
   * @return a new builder, filled from this value
   */
  public IndexedCap.Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Builds a {@link IndexedCap}: set its attributes, then call {@code build()}. A builder is not
   * thread-safe: use it where it is made.
   */
  public static final class Builder extends ImmutableIndexedCap.Builder {
    /** A builder with no attribute set, as {@link IndexedCap#builder()} gives. */
    public Builder() {}
  }
}
