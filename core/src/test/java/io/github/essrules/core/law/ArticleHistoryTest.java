package io.github.essrules.core.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** Versions of an article (LEGI) and the one encoded: which governed a date. */
class ArticleHistoryTest {
  // R3332-21-3 of the Code du travail, as LEGI records it
  static final ArticleHistory R3332_21_3 = ArticleHistory.of("C. trav., art. R3332-21-3", "LEGIARTI000050826301",
      LocalDate.of(2026, 3, 27), List.of(
          ArticleVersion.of("LEGIARTI000020416911", LocalDate.of(2009, 3, 21), LocalDate.of(2015, 7, 1)),
          ArticleVersion.of("LEGIARTI000030776888", LocalDate.of(2015, 7, 1), LocalDate.of(2025, 1, 1)),
          ArticleVersion.of("LEGIARTI000050826301", LocalDate.of(2025, 1, 1), null)));

  @Example
  void theVersionInForceOnADateIncludesItsFirstDayAndExcludesTheNextVersionsFirstDay() {
    assertThat(R3332_21_3.versionAt(LocalDate.of(2024, 12, 31))).flatMap(ArticleVersion::legifranceId)
        .contains("LEGIARTI000030776888");
    assertThat(R3332_21_3.versionAt(LocalDate.of(2025, 1, 1))).flatMap(ArticleVersion::legifranceId)
        .contains("LEGIARTI000050826301");
    assertThat(R3332_21_3.versionAt(LocalDate.of(2009, 3, 20))).isEmpty();
    assertThat(R3332_21_3.modelledGoverns(LocalDate.of(2024, 12, 31))).isFalse();
    assertThat(R3332_21_3.modelledGoverns(LocalDate.of(2040, 1, 1))).isTrue();
    assertThat(R3332_21_3.reference("III", Confidence.VERIFIED).citation()).isEqualTo("C. trav., art. R3332-21-3, III");
    assertThat(R3332_21_3.reference("III", Confidence.VERIFIED).url()).hasValueSatisfying(
        u -> assertThat(u.toString()).endsWith("LEGIARTI000050826301"));
  }

  @Property(tries = 300)
  void everyDayFromTheFirstVersionOnIsGovernedByExactlyOneVersion(@ForAll @LongRange(min = 0, max = 20000) long offset) {
    LocalDate d = LocalDate.of(2009, 3, 21).plusDays(offset);
    assertThat(R3332_21_3.versions().stream().filter(v -> v.governs(d)).count()).isEqualTo(1);
  }

  @Example
  void anOverlapBetweenVersionsOrAnUnknownEncodedVersionIsRefusedAndAGapIsADayWithoutVersion() {
    LocalDate verified = LocalDate.of(2026, 3, 27);
    ArticleVersion a = ArticleVersion.of("LEGIARTI000000000001", LocalDate.of(2010, 1, 1), LocalDate.of(2012, 1, 1));
    ArticleVersion overlap = ArticleVersion.of("LEGIARTI000000000002", LocalDate.of(2011, 12, 31), null);
    ArticleVersion gap = ArticleVersion.of("LEGIARTI000000000003", LocalDate.of(2012, 1, 2), null);
    assertThatThrownBy(() -> ArticleHistory.of("x", "LEGIARTI000000000001", verified, List.of(a, overlap)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("starts before the previous one ends");
    assertThat(ArticleHistory.of("x", "LEGIARTI000000000003", verified, List.of(a, gap))
        .versionAt(LocalDate.of(2012, 1, 1))).isEmpty();
    assertThatThrownBy(() -> ArticleHistory.of("x", "LEGIARTI000000000009", verified, List.of(a)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ArticleVersion.of("KALIARTI000029313296", LocalDate.of(2010, 1, 1), null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ArticleVersion.of("LEGIARTI000000000001", LocalDate.of(2010, 1, 1), LocalDate.of(2010, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Example
  void afterItsVerificationTheVersionInForceIsPresumedUpToTheHorizonThenRefused() {
    assertThat(R3332_21_3.applicability(LocalDate.of(2026, 3, 27), LawPolicy.standard())).isEqualTo(Applicability.VERIFIED);
    assertThat(R3332_21_3.applicability(LocalDate.of(2026, 12, 1), LawPolicy.standard())).isEqualTo(Applicability.PRESUMED);
    assertThat(R3332_21_3.applicability(LocalDate.of(2027, 3, 27), LawPolicy.standard())).isEqualTo(Applicability.PRESUMED);
    assertThat(R3332_21_3.applicability(LocalDate.of(2027, 3, 28), LawPolicy.standard())).isEqualTo(Applicability.REFUSED);
    assertThat(R3332_21_3.applicability(LocalDate.of(2026, 12, 1), LawPolicy.strict())).isEqualTo(Applicability.REFUSED);
    assertThatThrownBy(() -> R3332_21_3.versionApplied(LocalDate.of(9999, 12, 31), LawPolicy.standard()))
        .isInstanceOf(NoLawKnownException.class)
        .satisfies(e -> assertThat(((NoLawKnownException) e).reason()).isEqualTo(NoLawKnownException.Reason.BEYOND_HORIZON));
    // a version that ended is verified whatever the day of verification
    assertThat(R3332_21_3.applicability(LocalDate.of(2020, 1, 1), LawPolicy.strict())).isEqualTo(Applicability.VERIFIED);
  }

  /**
   * The lookup the library makes on every evaluation (dates held unwrapped, the last day served
   * kept for the policy last asked about) against the versions read one by one: the same version,
   * presumption and refusal, whatever policy is asked about in between.
   */
  @Property(tries = 500)
  void theVersionAppliedOnADayIsTheOneThatGovernsItUnderWhicheverPolicy(
      @ForAll @LongRange(min = -400, max = 12000) long offset, @ForAll @IntRange(min = 0, max = 3) int policyIndex) {
    LocalDate d = LocalDate.of(2009, 3, 21).plusDays(offset);
    LawPolicy policy = List.of(LawPolicy.standard(), LawPolicy.strict(),
        LawPolicy.standard().withPresumptionHorizon(java.time.Period.ofMonths(3)),
        LawPolicy.standard().withPresumptionHorizon(java.time.Period.ofYears(40))).get(policyIndex);
    java.util.Optional<ArticleVersion> governing = R3332_21_3.versions().stream().filter(v -> v.governs(d)).findFirst();
    assertThat(R3332_21_3.versionAt(d)).isEqualTo(governing);
    boolean presumed = governing.isPresent() && governing.get().validUntil().isEmpty()
        && d.isAfter(R3332_21_3.verifiedOn());
    assertThat(R3332_21_3.presumedOn(d)).isEqualTo(presumed);
    boolean beyond = presumed && d.isAfter(policy.lastPresumedDay(R3332_21_3.verifiedOn()));
    Applicability expected = governing.isEmpty() || beyond ? Applicability.REFUSED
        : presumed ? Applicability.PRESUMED : Applicability.VERIFIED;
    assertThat(R3332_21_3.applicability(d, policy)).isEqualTo(expected);
    assertThat(R3332_21_3.lastDayServed(policy)).isEqualTo(policy.lastPresumedDay(R3332_21_3.verifiedOn()));
    if (expected == Applicability.REFUSED) {
      assertThatThrownBy(() -> R3332_21_3.versionApplied(d, policy)).isInstanceOf(NoLawKnownException.class);
    } else {
      assertThat(R3332_21_3.versionApplied(d, policy)).isEqualTo(governing.get());
    }
  }
}
