package io.github.essrules.rules.foncier;

import static io.github.essrules.rules.internal.Conditions.msg;

import io.github.essrules.core.i18n.MessageArg;
import io.github.essrules.core.law.Confidence;
import io.github.essrules.core.law.LegalReference;
import io.github.essrules.core.law.TextKind;
import io.github.essrules.core.verdict.Comparison;
import io.github.essrules.core.verdict.Finding;
import io.github.essrules.core.verdict.Notice;
import io.github.essrules.core.verdict.Operator;
import io.github.essrules.core.verdict.Outcome;
import io.github.essrules.core.verdict.Verdict;
import io.github.essrules.rules.internal.Conditions;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.threeten.extra.YearQuarter;

/**
 * The assembly of the resale cap's results: the {@link IndexedCap} line by line, the finding on
 * the proposed price with its comparison, messages and JSON pointers, and the notices. The legal
 * computation itself is {@link BrsResaleLaw}'s; nothing here decides a point of law except what
 * to say when a fact is missing.
 *
 * <p>This class is immutable and thread-safe.
 */
final class BrsResaleFindings {
  private BrsResaleFindings() {}

  /** The cap of a resale or transfer, its indices read from the lease's terms. */
  static IndexedCap cap(BigDecimal initial, IndexTerms terms, LocalDate initialDate, LocalDate resaleDate,
      BigDecimal worksAdded, BigDecimal worksExcluded, Optional<BigDecimal> ceiling, RoundingMode rounding,
      List<LegalReference> references, List<Notice> notices) {
    IndexSeries series = terms.indexSeries();
    YearQuarter q0 = terms.initialQuarter().isPresent() ? terms.initialQuarter().get() : terms.quarterAt(initialDate);
    YearQuarter q1 = terms.resaleQuarter().isPresent() ? terms.resaleQuarter().get() : terms.quarterAt(resaleDate);
    IndexValue i0 = series.value(q0);
    IndexValue i1 = series.value(q1);
    BrsResaleLaw.ActualisedValue value = BrsResaleLaw.actualisedValue(initial, i0.value(), i1.value(), worksAdded);
    boolean ceilingApplied = BrsResaleLaw.lowerOfsThreshold(ceiling, value);
    // the quotient to 34 digits, reported twice: divided once
    BigDecimal exact = value.exact();
    return IndexedCap.builder()
        .initialValue(initial)
        .series(series.name())
        .initialIndex(i0)
        .resaleIndex(i1)
        .ratio(i1.value().divide(i0.value(), 6, RoundingMode.HALF_UP))
        .worksAdded(worksAdded)
        .worksExcluded(worksExcluded)
        .ofsCeiling(ceiling)
        .ceilingApplied(ceilingApplied)
        .indexedExact(exact)
        .capExact(ceilingApplied ? ceiling.get() : exact)
        .cap(BrsResaleLaw.cap(value, ceiling, rounding))
        .rounding(rounding)
        .references(references)
        .notices(notices)
        .build();
  }

  /** The notice of a cap computed without the works, which the lease or R256-2 adds. */
  static Notice worksUnknownNotice(LegalReference ref) {
    return Notice.of("brs.works-unknown", ref, msg("brs.notice.works-unknown"));
  }

  /**
   * The price against the cap; with the works unknown ({@code worksUnknown}), the cap is a floor:
   * a price within it is within the cap whatever the works, one above it is undetermined, naming
   * {@code /works}; a missing price names {@code /proposedPrice}.
   */
  static Verdict verdict(String id, LocalDate asOf, IndexedCap cap, Optional<BigDecimal> proposed,
      LegalReference ref, boolean worksUnknown) {
    Finding finding;
    if (proposed.isEmpty()) {
      finding = Conditions.missing(id + ".price", ref, msg("brs.price.missing", MessageArg.euros(cap.cap())),
          worksUnknown ? List.of("/proposedPrice", "/works") : List.of("/proposedPrice"));
    } else {
      boolean within = BrsResaleLaw.priceWithinCap(proposed.get(), cap.cap());
      Comparison cmp = Comparison.of(msg("brs.price.subject"), MessageArg.euros(proposed.get()), Operator.AT_MOST,
          MessageArg.euros(cap.cap()));
      BigDecimal excess = proposed.get().subtract(cap.cap());
      if (!within && worksUnknown) {
        finding = Finding.missing(id + ".price", ref,
            msg("brs.price.works-unknown", MessageArg.euros(excess)), List.of("/works"), cmp);
      } else {
        finding = Finding.decided(id + ".price", Outcome.of(within), ref,
            within ? msg("brs.price.ok") : msg("brs.price.excess", MessageArg.euros(excess)), cmp);
      }
    }
    return Verdict.builder().ruleId(id).asOf(asOf).outcome(finding.outcome()).addFindings(finding)
        .addAllNotices(notices(cap)).build();
  }

  /** The cap's notices, and one for each index value the library could not confirm. */
  private static List<Notice> notices(IndexedCap cap) {
    List<Notice> notices = new ArrayList<>(cap.notices());
    for (IndexValue v : List.of(cap.initialIndex(), cap.resaleIndex())) {
      if (v.confidence() == Confidence.UNCONFIRMED) {
        notices.add(Notice.of("brs.index-unconfirmed", LegalReference.of(TextKind.DOCTRINE,
            cap.series() + " " + v.quarter(), Confidence.UNCONFIRMED),
            msg("brs.notice.index-unconfirmed", MessageArg.text(cap.series()), MessageArg.text(v.quarter().toString()))));
      }
    }
    return notices;
  }
}
