package io.github.essrules.core.verdict;

import io.github.essrules.core.i18n.CoreMessages;
import io.github.essrules.core.i18n.Message;
import io.github.essrules.core.i18n.MessageArg;
import io.github.essrules.core.law.ArticleHistory;
import io.github.essrules.core.law.ArticleVersion;
import io.github.essrules.core.law.Applicability;
import io.github.essrules.core.law.Confidence;
import io.github.essrules.core.law.LawPolicy;
import io.github.essrules.core.law.LegalReference;
import io.github.essrules.core.law.NoLawKnownException;
import io.github.essrules.core.param.DatedParameter;
import io.github.essrules.core.param.DatedValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The law as one evaluation applies it: the date asked about, the {@link LawOptions}, and the
 * notices of what was presumed or supplied, which the rule adds to its verdict.
 *
 * <p>A rule takes every amount through {@link #value(DatedParameter, LocalDate)} and every
 * article through {@link #article(ArticleHistory)}: a value supplied by the user replaces the
 * shipped one for its period (cited with the user's reference, confidence
 * {@link Confidence#SUPPLIED_BY_USER}); a value or a version applied after its verification is
 * presumed unchanged, with a notice naming it, its value and the day of verification, and a
 * confidence of at most {@link Confidence#PRESUMED}; a date beyond the horizon is refused.
 *
 * <pre>{@code
 * LawContext law = LawContext.of(asOf, LawOptions.standard());
 * law.article(EsusLaw.L3332_17_1);                          // refuses a date beyond the horizon
 * DatedValue<BigDecimal> smic = law.value(Smic.hourlyGrossParameter(), asOf);
 * Verdict v = law.complete(verdict);                         // adds the notices
 * }</pre>
 *
 * <p>This class is not thread-safe: one evaluation, one context.
 */
public final class LawContext {
  private final LocalDate asOf;
  private final LawOptions options;
  private final Map<String, Notice> notices = new LinkedHashMap<>();

  private LawContext(LocalDate asOf, LawOptions options) {
    this.asOf = asOf;
    this.options = options;
  }

  /**
   * A context.
   *
   * @param asOf the date whose law applies
   * @param options the options
   * @return the context
   * @throws NullPointerException if an argument is null
   */
  public static LawContext of(LocalDate asOf, LawOptions options) {
    return new LawContext(Objects.requireNonNull(asOf, "asOf"), Objects.requireNonNull(options, "options"));
  }

  /**
   * A context with the standard options.
   *
   * @param asOf the date whose law applies
   * @return the context
   */
  public static LawContext standard(LocalDate asOf) {
    return of(asOf, LawOptions.standard());
  }

  /**
   * The date whose law applies.
   *
   * @return the date
   */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * The options.
   *
   * @return the options
   */
  public LawOptions options() {
    return options;
  }

  /**
   * The policy.
   *
   * @return the policy
   */
  public LawPolicy policy() {
    return options.policy();
  }

  /**
   * The value of an amount on a date: the user's value if one covers the date, otherwise the
   * shipped one, presumed unchanged after its verification (with a notice).
   *
   * @param shipped the parameter the library ships
   * @param date the date
   * @return the value, its reference citing the user's text or the presumption when it applies
   * @throws NoLawKnownException if neither the user's nor the shipped parameter gives a value
   */
  public DatedValue<BigDecimal> value(DatedParameter<BigDecimal> shipped, LocalDate date) {
    Optional<DatedParameter<BigDecimal>> supplied = options.suppliedParameters().find(shipped.id());
    if (supplied.isPresent() && supplied.get().applicability(date, policy()) != Applicability.REFUSED) {
      DatedValue<BigDecimal> v = supplied.get().at(date, policy());
      LegalReference ref = LegalReference.builder().from(v.reference())
          .confidence(Confidence.SUPPLIED_BY_USER).build();
      DatedValue<BigDecimal> out = v.withReference(ref);
      notices.putIfAbsent("supplied/" + shipped.id() + "/" + v.validFrom(), Notice.of("parameter.supplied", ref,
          Message.of(CoreMessages.get(), "notice.supplied-value", MessageArg.text(shipped.id()),
              MessageArg.number(v.value()), MessageArg.text(shipped.unit()), MessageArg.date(v.validFrom()),
              MessageArg.text(v.reference().citation()))));
      if (v.presumed()) {
        presumedValue(shipped, out, date);
      }
      return out;
    }
    DatedValue<BigDecimal> v = shipped.at(date, policy());
    if (v.presumed()) {
      presumedValue(shipped, v, date);
    }
    return v;
  }

  private void presumedValue(DatedParameter<?> parameter, DatedValue<BigDecimal> v, LocalDate date) {
    String key = "presumed/" + parameter.id() + "/" + v.validFrom();
    if (notices.containsKey(key)) {
      return;
    }
    notices.put(key, Notice.of("parameter.presumed",
        v.reference(), Message.of(CoreMessages.get(), "notice.presumed-value", MessageArg.text(parameter.id()),
            MessageArg.number(v.value()), MessageArg.text(parameter.unit()), MessageArg.date(v.validFrom()),
            MessageArg.date(v.verifiedOn()), MessageArg.date(date))));
  }

  /**
   * Records that a value of a table or series that is not a {@link DatedParameter} was applied
   * presumed unchanged since its verification.
   *
   * @param id the identifier of the table, such as {@code plafonds-brs}
   * @param reference the reference of the value, of confidence at most {@link Confidence#PRESUMED}
   * @param verifiedOn the day the value was verified
   * @param date the date it is applied to
   */
  public void presumed(String id, LegalReference reference, LocalDate verifiedOn, LocalDate date) {
    notices.putIfAbsent("presumed/" + id + "/" + verifiedOn, Notice.of("table.presumed", reference,
        Message.of(CoreMessages.get(), "notice.presumed-table", MessageArg.text(id),
            MessageArg.date(verifiedOn), MessageArg.date(date))));
  }

  /**
   * The version of an article applied on the date asked about.
   *
   * @param history the article
   * @return the version in force on that date
   * @throws NoLawKnownException before the first version, or beyond the horizon of presumption
   */
  public ArticleVersion article(ArticleHistory history) {
    return article(history, asOf);
  }

  /**
   * The version of an article applied on a date, with a notice when it is presumed still in
   * force after its verification.
   *
   * @param history the article
   * @param date the date
   * @return the version in force on that date
   * @throws NoLawKnownException before the first version, or beyond the horizon of presumption
   */
  public ArticleVersion article(ArticleHistory history, LocalDate date) {
    ArticleVersion v = history.versionApplied(date, policy());
    if (history.presumedOn(date)) {
      PresumedText known = PRESUMED_TEXTS.get(history);
      if (known == null || !known.date().equals(date)) {
        // made once per article and date: a batch asks about one date for every case
        known = new PresumedText(date, "presumed/" + history.citation(), presumedText(history, v, date));
        if (PRESUMED_TEXTS.size() < MAX_PRESUMED_TEXTS) {
          PRESUMED_TEXTS.put(history, known);
        }
      }
      // rules look their articles up many times: the notice, and its key, are the shared ones
      notices.putIfAbsent(known.key(), known.notice());
    }
    return v;
  }

  /** The notice that a text is applied presumed unchanged since its verification. */
  private static Notice presumedText(ArticleHistory history, ArticleVersion v, LocalDate date) {
    LegalReference ref = history.referenceTo(v, Confidence.PRESUMED);
    Message message = v.legifranceId().isPresent()
        ? Message.of(CoreMessages.get(), "notice.presumed-text", MessageArg.text(history.citation()),
            MessageArg.date(v.validFrom()), MessageArg.text(v.legifranceId().get()),
            MessageArg.date(history.verifiedOn()), MessageArg.date(date))
        : Message.of(CoreMessages.get(), "notice.presumed-text-unidentified", MessageArg.text(history.citation()),
            MessageArg.date(history.verifiedOn()), MessageArg.date(date));
    return Notice.of("text.presumed", ref, message);
  }

  /** The notice of a presumed text for the date last asked about, with its key. */
  private record PresumedText(LocalDate date, String key, Notice notice) {}

  // by article (compared by identity: the rules' histories are constants), bounded in case a
  // program makes histories of its own
  private static final int MAX_PRESUMED_TEXTS = 1024;
  private static final ConcurrentMap<ArticleHistory, PresumedText> PRESUMED_TEXTS = new ConcurrentHashMap<>();

  /**
   * Adds a notice of the rule's own, once per key.
   *
   * @param key a key: a second notice of the same key is ignored
   * @param notice the notice
   */
  public void notice(String key, Notice notice) {
    notices.putIfAbsent(key, notice);
  }

  /**
   * The notices recorded so far, in order.
   *
   * @return the notices
   */
  public List<Notice> notices() {
    return new ArrayList<>(notices.values());
  }

  /**
   * A verdict with the notices recorded by this context added after its own.
   *
   * @param verdict the verdict of the rule
   * @return the verdict with the notices
   */
  public Verdict complete(Verdict verdict) {
    if (notices.isEmpty()) {
      return verdict;
    }
    List<Notice> all = new ArrayList<>(verdict.notices().size() + notices.size());
    all.addAll(verdict.notices());
    all.addAll(notices.values());
    // a copy with the notices replaced: the findings are kept as they are, not copied again
    return ((ImmutableVerdict) ImmutableVerdict.copyOf(verdict)).withNotices(all);
  }
}
