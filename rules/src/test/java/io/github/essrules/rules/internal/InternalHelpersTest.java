package io.github.essrules.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.essrules.core.Lang;
import io.github.essrules.core.law.Confidence;
import io.github.essrules.core.law.LegalReference;
import io.github.essrules.core.law.TextKind;
import io.github.essrules.core.verdict.Finding;
import io.github.essrules.core.verdict.Outcome;
import io.github.essrules.rules.RulesMessages;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The helpers every rule shares: the shipped tables (the IRL, the zoning, the ceilings, the QPV,
 * the Code du travail's versions are read through them), the yes/no/unknown answer a finding
 * quotes, the summary line with its first article, the closed range of months, a rule's title.
 */
class InternalHelpersTest {
  private static final String SAMPLE = "/io/github/essrules/rules/internal/shipped-table-sample.csv";
  private static final LegalReference R255_1 =
      LegalReference.of(TextKind.CODE_ARTICLE, "CCH, art. R255-1", Confidence.SECONDARY);

  private static List<String> rows(boolean header) {
    List<String> rows = new ArrayList<>();
    ShippedTables.forEachRow(InternalHelpersTest.class, SAMPLE, header, rows::add);
    return rows;
  }

  @Test
  void aShippedTableSkipsItsHeaderItsBlankLinesAndItsCommentsAndGivesEveryOtherRowInOrder() {
    assertThat(rows(true)).containsExactly("59350;A", "59000;B");
  }

  @Test
  void aTableWithoutHeaderGivesItsFirstLineAsARow() {
    assertThat(rows(false)).containsExactly("commune;zone", "59350;A", "59000;B");
  }

  @Test
  void aMissingTableIsRefusedNamingItsPath() {
    assertThatThrownBy(() -> ShippedTables.forEachRow(InternalHelpersTest.class, "/no/such/table.csv", true, r -> { }))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("/no/such/table.csv");
  }

  /** A fact stated by the user is quoted in the finding as "oui", "non" or "non renseigné". */
  @Test
  void aStatedFactIsQuotedAsYesNoOrUnknown() {
    assertThat(Conditions.answer(Optional.of(true)).value()).isEqualTo("answer.yes");
    assertThat(Conditions.answer(Optional.of(false)).value()).isEqualTo("answer.no");
    assertThat(Conditions.answer(Optional.empty()).value()).isEqualTo("answer.unknown");
    Finding no = Conditions.stated("x", R255_1, Optional.of(false), "/x", "brs.buyer.home.none");
    assertThat(no.outcome()).isEqualTo(Outcome.NOT_SATISFIED);
    assertThat(no.message().args()).last().isEqualTo(Conditions.answer(Optional.of(false)));
    Finding unknown = Conditions.stated("x", R255_1, Optional.empty(), "/x", "brs.buyer.home.none");
    assertThat(unknown.outcome()).isEqualTo(Outcome.UNDETERMINED);
    assertThat(unknown.missingFacts()).containsExactly("/x");
  }

  @Test
  void aSummaryCitesItsFirstArticleAndNoneWhenItHasNone() {
    String line = RulesMessages.get().format("brs.price.ok", Lang.FR);
    assertThat(Explanation.summary(Lang.FR, List.of(R255_1), "brs.price.ok")).isEqualTo(line + " — CCH, art. R255-1");
    assertThat(Explanation.summary(Lang.FR, List.of(), "brs.price.ok")).isEqualTo(line);
  }

  @Test
  void theMonthsFromMarchToMayAreThreeAndAnInvertedRangeHasNone() {
    assertThat(Months.closed(YearMonth.of(2025, 3), YearMonth.of(2025, 5)))
        .containsExactly(YearMonth.of(2025, 3), YearMonth.of(2025, 4), YearMonth.of(2025, 5));
    assertThat(Months.closed(YearMonth.of(2025, 5), YearMonth.of(2025, 5))).containsExactly(YearMonth.of(2025, 5));
    assertThat(Months.closed(YearMonth.of(2025, 5), YearMonth.of(2025, 4))).isEmpty();
    assertThat(Months.closed(YearMonth.of(2025, 5), YearMonth.of(2025, 3))).isEmpty();
  }

  @Test
  void aRulesTitleIsItsCatalogEntry() {
    assertThat(Titles.of("esus").render(Lang.FR)).isEqualTo(RulesMessages.get().format("rule.esus.title", Lang.FR));
    assertThat(Titles.of("esus").key()).isEqualTo("rule.esus.title");
  }

  @Test
  void aMessageWithoutArgumentsIsMadeOnceAndIsTheMessageOfItsKey() {
    assertThat(Conditions.msg("cae.R7331-3")).isSameAs(Conditions.msg("cae.R7331-3"))
        .isEqualTo(io.github.essrules.core.i18n.Message.of(RulesMessages.get(), "cae.R7331-3"))
        .isEqualTo(Conditions.msg("cae.R7331-3", new io.github.essrules.core.i18n.MessageArg[0]));
    assertThat(Conditions.msg("cae.R7331-3").render(Lang.FR))
        .isEqualTo(io.github.essrules.core.i18n.Message.of(RulesMessages.get(), "cae.R7331-3").render(Lang.FR)).startsWith("Entretiens individuels");
  }
}
