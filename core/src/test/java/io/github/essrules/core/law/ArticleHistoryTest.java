package io.github.essrules.core.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/** Versions of an article (LEGI) and the one encoded: which governed a date. */
class ArticleHistoryTest {
  // R3332-21-3 of the Code du travail, as LEGI records it
  static final ArticleHistory R3332_21_3 = ArticleHistory.of("C. trav., art. R3332-21-3", "LEGIARTI000050826301",
      List.of(
          ArticleVersion.of("LEGIARTI000020416911", LocalDate.of(2009, 3, 21), LocalDate.of(2015, 7, 1)),
          ArticleVersion.of("LEGIARTI000030776888", LocalDate.of(2015, 7, 1), LocalDate.of(2025, 1, 1)),
          ArticleVersion.of("LEGIARTI000050826301", LocalDate.of(2025, 1, 1), null)));

  @Example
  void theVersionInForceOnADateIncludesItsFirstDayAndExcludesTheNextVersionsFirstDay() {
    assertThat(R3332_21_3.versionAt(LocalDate.of(2024, 12, 31))).map(ArticleVersion::legifranceId)
        .contains("LEGIARTI000030776888");
    assertThat(R3332_21_3.versionAt(LocalDate.of(2025, 1, 1))).map(ArticleVersion::legifranceId)
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
  void aGapOrAnOverlapBetweenVersionsOrAnUnknownEncodedVersionIsRefused() {
    ArticleVersion a = ArticleVersion.of("LEGIARTI000000000001", LocalDate.of(2010, 1, 1), LocalDate.of(2012, 1, 1));
    ArticleVersion gap = ArticleVersion.of("LEGIARTI000000000002", LocalDate.of(2012, 1, 2), null);
    assertThatThrownBy(() -> ArticleHistory.of("x", "LEGIARTI000000000001", List.of(a, gap)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not start the day");
    assertThatThrownBy(() -> ArticleHistory.of("x", "LEGIARTI000000000009", List.of(a)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ArticleVersion.of("JORFTEXT000029313296", LocalDate.of(2010, 1, 1), null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ArticleVersion.of("LEGIARTI000000000001", LocalDate.of(2010, 1, 1), LocalDate.of(2010, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
