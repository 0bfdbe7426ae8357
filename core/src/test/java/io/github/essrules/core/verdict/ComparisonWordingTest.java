package io.github.essrules.core.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.essrules.core.Lang;
import io.github.essrules.core.i18n.Message;
import io.github.essrules.core.i18n.MessageArg;
import io.github.essrules.core.i18n.MessageCatalog;
import io.github.essrules.core.i18n.MessageCatalogs;
import io.github.essrules.core.law.Confidence;
import io.github.essrules.core.law.LegalReference;
import io.github.essrules.core.law.TextKind;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 18: a comparison reads as a true sentence whether it holds or not, as the text words it
 * ("n'excède pas") when it holds and negated, with the gap, when it fails ("excède … de …"); in
 * French and English, for every operator, for amounts, numbers, rates and dates.
 */
class ComparisonWordingTest {
  private static final String NB = "\u00a0";
  private static final MessageCatalog CATALOG = MessageCatalogs.register(new MessageCatalog("wording-test", "/w",
      path -> new ByteArrayInputStream((path.endsWith("_fr.properties")
          ? "price=prix proposé\ncount=nombre de collèges\nshare=part des voix du collège\n"
              + "hired=date de l'embauche\nform=forme\n"
              + "paid=mois où la part fixe a été versée\n"
              + "paid.satisfied=part fixe : {0} mois payés sur {1} dus\n"
              + "paid.failed=part fixe : {0} mois payés sur {1} dus (il en manque {2})\n"
              + "pay=rémunération brute de {0}\n"
              + "pay.failed=rémunération brute de {0} : {1}, au-delà des trois quarts du SMIC ({2}) de {3}\n"
          : "price=proposed price\ncount=number of colleges\nshare=share of the college's votes\n"
              + "hired=date of the hire\nform=form\n"
              + "paid=months the fixed part was paid\n"
              + "paid.satisfied=fixed part: paid for {0} of the {1} months due\n"
              + "paid.failed=fixed part: paid for {0} of the {1} months due ({2} missing)\n"
              + "pay=gross pay of {0}\n"
              + "pay.failed=gross pay of {0}: {1}, above three quarters of the SMIC ({2}) by {3}\n")
          .getBytes(StandardCharsets.UTF_8))));
  private static final LegalReference REF =
      LegalReference.of(TextKind.CODE_ARTICLE, "C. trav., art. L3332-17-1, I, 3°, a", Confidence.VERIFIED);

  private static Message subject(String key, MessageArg... args) {
    return Message.of(CATALOG, key, args);
  }

  private static Comparison euros(String actual, Operator op, String limit) {
    return Comparison.of(subject("price"), MessageArg.euros(new BigDecimal(actual)), op,
        MessageArg.euros(new BigDecimal(limit)));
  }

  private static Comparison count(long actual, Operator op, long limit) {
    return Comparison.of(subject("count"), MessageArg.number(actual), op, MessageArg.number(limit));
  }

  private static Comparison share(String actual, Operator op, String limit) {
    return Comparison.of(subject("share"), MessageArg.rate(new BigDecimal(actual)), op,
        MessageArg.rate(new BigDecimal(limit)));
  }

  private static Comparison hired(String actual, Operator op, String limit) {
    return Comparison.of(subject("hired"), MessageArg.date(LocalDate.parse(actual)), op,
        MessageArg.date(LocalDate.parse(limit)));
  }

  static Stream<Arguments> everyOperatorMetAndNotMet() {
    return Stream.of(
        // AT_MOST, "n'excède pas": the ESUS pay cap of the issue
        Arguments.of(euros("228000", Operator.AT_MOST, "240000"), true,
            "prix proposé : 228" + NB + "000" + NB + "€ n'excède pas 240" + NB + "000" + NB + "€",
            "proposed price: €228,000 does not exceed €240,000"),
        Arguments.of(euros("228000", Operator.AT_MOST, "216220.80"), false,
            "prix proposé : 228" + NB + "000" + NB + "€ excède 216" + NB + "220,80" + NB + "€ de 11" + NB + "779,20"
                + NB + "€",
            "proposed price: €228,000 exceeds €216,220.80 by €11,779.20"),
        Arguments.of(euros("216220.80", Operator.AT_MOST, "216220.80"), true,
            "prix proposé : 216" + NB + "220,80" + NB + "€ n'excède pas 216" + NB + "220,80" + NB + "€",
            "proposed price: €216,220.80 does not exceed €216,220.80"),
        // LESS_THAN, "inférieur à": strict
        Arguments.of(euros("12700", Operator.LESS_THAN, "12870.00"), true,
            "prix proposé : 12" + NB + "700" + NB + "€ est inférieur à 12" + NB + "870,00" + NB + "€",
            "proposed price: €12,700 is less than €12,870.00"),
        Arguments.of(euros("207000", Operator.LESS_THAN, "138000"), false,
            "prix proposé : 207" + NB + "000" + NB + "€ n'est pas inférieur à 138" + NB + "000" + NB + "€ (69" + NB
                + "000" + NB + "€ de plus)",
            "proposed price: €207,000 is not less than €138,000 (€69,000 more)"),
        Arguments.of(euros("138000", Operator.LESS_THAN, "138000.00"), false,
            "prix proposé : 138" + NB + "000" + NB + "€ n'est pas inférieur à 138" + NB + "000,00" + NB
                + "€ : les deux sont égaux",
            "proposed price: €138,000 is not less than €138,000.00: the two are equal"),
        // AT_LEAST, "au moins"
        Arguments.of(count(3, Operator.AT_LEAST, 3), true,
            "nombre de collèges : 3 atteint au moins 3", "number of colleges: 3 is at least 3"),
        Arguments.of(count(2, Operator.AT_LEAST, 3), false,
            "nombre de collèges : 2 n'atteint pas 3 (il manque 1)", "number of colleges: 2 falls short of 3 by 1"),
        Arguments.of(share("0.45", Operator.AT_LEAST, "0.5"), false,
            "part des voix du collège : 45" + NB + "% n'atteint pas 50" + NB + "% (il manque 5 points)",
            "share of the college's votes: 45% falls short of 50% by 5 percentage points"),
        Arguments.of(share("0.10", Operator.AT_LEAST, "0.1"), true,
            "part des voix du collège : 10" + NB + "% atteint au moins 10" + NB + "%",
            "share of the college's votes: 10% is at least 10%"),
        // rates in points: singular below two in French, only for one in English
        Arguments.of(share("0.51", Operator.AT_MOST, "0.5"), false,
            "part des voix du collège : 51" + NB + "% excède 50" + NB + "% de 1 point",
            "share of the college's votes: 51% exceeds 50% by 1 percentage point"),
        Arguments.of(share("0.515", Operator.AT_MOST, "0.5"), false,
            "part des voix du collège : 51,5" + NB + "% excède 50" + NB + "% de 1,5 point",
            "share of the college's votes: 51.5% exceeds 50% by 1.5 percentage points"),
        // GREATER_THAN, "supérieur à": strict
        Arguments.of(count(12, Operator.GREATER_THAN, 10), true,
            "nombre de collèges : 12 est supérieur à 10", "number of colleges: 12 is more than 10"),
        Arguments.of(count(8, Operator.GREATER_THAN, 10), false,
            "nombre de collèges : 8 n'est pas supérieur à 10 (2 de moins)",
            "number of colleges: 8 is not more than 10 (2 less)"),
        Arguments.of(count(10, Operator.GREATER_THAN, 10), false,
            "nombre de collèges : 10 n'est pas supérieur à 10 : les deux sont égaux",
            "number of colleges: 10 is not more than 10: the two are equal"),
        // EQUAL
        Arguments.of(count(12, Operator.EQUAL, 12), true,
            "nombre de collèges : 12 est égal à 12", "number of colleges: 12 equals 12"),
        Arguments.of(count(11, Operator.EQUAL, 12), false,
            "nombre de collèges : 11 diffère de 12 (1 de moins)", "number of colleges: 11 differs from 12 (1 less)"),
        Arguments.of(count(13, Operator.EQUAL, 12), false,
            "nombre de collèges : 13 diffère de 12 (1 de plus)", "number of colleges: 13 differs from 12 (1 more)"),
        Arguments.of(Comparison.of(subject("form"), MessageArg.text("SAS"), Operator.EQUAL, MessageArg.text("SA")),
            false, "forme : SAS diffère de SA", "form: SAS differs from SA"),
        // dates are placed in time, the gap in days
        Arguments.of(hired("2024-12-06", Operator.AT_MOST, "2024-12-31"), true,
            "date de l'embauche : le 6 décembre 2024, au plus tard le 31 décembre 2024",
            "date of the hire: on 6 December 2024, no later than 31 December 2024"),
        Arguments.of(hired("2025-01-06", Operator.AT_MOST, "2024-12-31"), false,
            "date de l'embauche : le 6 janvier 2025, après le 31 décembre 2024 (6 jours plus tard)",
            "date of the hire: on 6 January 2025, after 31 December 2024 (6 days later)"),
        Arguments.of(hired("2025-01-01", Operator.AT_MOST, "2024-12-31"), false,
            "date de l'embauche : le 1er janvier 2025, après le 31 décembre 2024 (1 jour plus tard)",
            "date of the hire: on 1 January 2025, after 31 December 2024 (1 day later)"),
        Arguments.of(hired("2025-03-01", Operator.LESS_THAN, "2025-03-02"), true,
            "date de l'embauche : le 1er mars 2025, avant le 2 mars 2025",
            "date of the hire: on 1 March 2025, before 2 March 2025"),
        Arguments.of(hired("2025-03-05", Operator.LESS_THAN, "2025-03-02"), false,
            "date de l'embauche : le 5 mars 2025, après le 2 mars 2025 (3 jours plus tard)",
            "date of the hire: on 5 March 2025, after 2 March 2025 (3 days later)"),
        Arguments.of(hired("2025-03-02", Operator.LESS_THAN, "2025-03-02"), false,
            "date de l'embauche : le 2 mars 2025, pas avant le 2 mars 2025 : le même jour",
            "date of the hire: on 2 March 2025, not before 2 March 2025: the same day"),
        Arguments.of(hired("2025-05-31", Operator.AT_LEAST, "2025-04-30"), true,
            "date de l'embauche : le 31 mai 2025, pas avant le 30 avril 2025",
            "date of the hire: on 31 May 2025, not before 30 April 2025"),
        Arguments.of(hired("2025-04-15", Operator.AT_LEAST, "2025-04-30"), false,
            "date de l'embauche : le 15 avril 2025, avant le 30 avril 2025 (15 jours plus tôt)",
            "date of the hire: on 15 April 2025, before 30 April 2025 (15 days earlier)"),
        Arguments.of(hired("2025-03-03", Operator.GREATER_THAN, "2025-03-02"), true,
            "date de l'embauche : le 3 mars 2025, après le 2 mars 2025",
            "date of the hire: on 3 March 2025, after 2 March 2025"),
        Arguments.of(hired("2025-03-01", Operator.GREATER_THAN, "2025-03-02"), false,
            "date de l'embauche : le 1er mars 2025, avant le 2 mars 2025 (1 jour plus tôt)",
            "date of the hire: on 1 March 2025, before 2 March 2025 (1 day earlier)"),
        Arguments.of(hired("2025-03-02", Operator.GREATER_THAN, "2025-03-02"), false,
            "date de l'embauche : le 2 mars 2025, pas après le 2 mars 2025 : le même jour",
            "date of the hire: on 2 March 2025, not after 2 March 2025: the same day"),
        Arguments.of(hired("2025-03-02", Operator.EQUAL, "2025-03-02"), true,
            "date de l'embauche : le 2 mars 2025, à la date requise",
            "date of the hire: on 2 March 2025, the date required"),
        Arguments.of(hired("2025-03-04", Operator.EQUAL, "2025-03-02"), false,
            "date de l'embauche : le 4 mars 2025, et non le 2 mars 2025 (2 jours plus tard)",
            "date of the hire: on 4 March 2025, not on 2 March 2025 (2 days later)"),
        Arguments.of(hired("2025-02-28", Operator.EQUAL, "2025-03-02"), false,
            "date de l'embauche : le 28 février 2025, et non le 2 mars 2025 (2 jours plus tôt)",
            "date of the hire: on 28 February 2025, not on 2 March 2025 (2 days earlier)"));
  }

  @ParameterizedTest
  @MethodSource("everyOperatorMetAndNotMet")
  void aComparisonReadsAsATrueSentenceInFrenchAndEnglish(Comparison c, boolean holds, String fr, String en) {
    assertThat(c.holds()).isEqualTo(holds);
    assertThat(c.describe(Lang.FR)).isEqualTo(fr);
    assertThat(c.describe(Lang.EN)).isEqualTo(en);
  }

  @Test
  void aSubjectMayWordTheWholeComparisonAsItsTextDoes() {
    // R7331-11: "11 est égal à 12 ✗" read as the months paid out of the months due
    Comparison eleven = Comparison.of(subject("paid"), MessageArg.number(11), Operator.EQUAL, MessageArg.number(12));
    assertThat(eleven.describe(Lang.FR)).isEqualTo("part fixe : 11 mois payés sur 12 dus (il en manque 1)");
    assertThat(eleven.describe(Lang.EN)).isEqualTo("fixed part: paid for 11 of the 12 months due (1 missing)");
    Comparison twelve = Comparison.of(subject("paid"), MessageArg.number(12), Operator.EQUAL, MessageArg.number(12));
    assertThat(twelve.describe(Lang.FR)).isEqualTo("part fixe : 12 mois payés sur 12 dus");
    assertThat(twelve.describe(Lang.EN)).isEqualTo("fixed part: paid for 12 of the 12 months due");
    // the subject's own arguments come first; a wording given for failures only leaves the other generic
    BigDecimal threeQuarters = new BigDecimal("1367.3025");
    Comparison over = Comparison.of(subject("pay", MessageArg.text("la trésorière")),
        MessageArg.euros(new BigDecimal("1400")), Operator.AT_MOST, MessageArg.euros(threeQuarters));
    assertThat(over.describe(Lang.FR)).isEqualTo("rémunération brute de la trésorière : 1" + NB + "400" + NB
        + "€, au-delà des trois quarts du SMIC (1" + NB + "367,30" + NB + "€) de 32,70" + NB + "€");
    assertThat(over.describe(Lang.EN))
        .isEqualTo("gross pay of la trésorière: €1,400, above three quarters of the SMIC (€1,367.30) by €32.70");
    Comparison under = Comparison.of(subject("pay", MessageArg.text("la trésorière")),
        MessageArg.euros(new BigDecimal("1300")), Operator.AT_MOST, MessageArg.euros(threeQuarters));
    assertThat(under.describe(Lang.FR)).isEqualTo("rémunération brute de la trésorière : 1" + NB + "300" + NB
        + "€ n'excède pas 1" + NB + "367,30" + NB + "€");
    // the exact value stays in the comparison, for JSON and computations
    assertThat(under.limit().value()).isEqualTo("1367.3025");
  }

  @Test
  void eachOperatorHasItsNegation() {
    assertThat(Stream.of(Operator.values()).map(o -> o.negatedLabel(Lang.FR)))
        .containsExactly("n'est pas inférieur à", "excède", "diffère de", "n'atteint pas", "n'est pas supérieur à");
    assertThat(Stream.of(Operator.values()).map(o -> o.negatedLabel(Lang.EN)))
        .containsExactly("is not less than", "exceeds", "differs from", "falls short of", "is not more than");
  }

  /** Whatever the values, a comparison is worded with its operator when it holds, negated when not. */
  @Property(tries = 400)
  void aNumericComparisonUsesTheOperatorWhenItHoldsAndItsNegationWhenNot(@ForAll("comparisons") Comparison c,
      @ForAll Lang lang) {
    String text = c.describe(lang);
    if (c.holds()) {
      assertThat(text).contains(" " + c.operator().label(lang) + " ");
    } else {
      assertThat(text).contains(" " + c.operator().negatedLabel(lang) + " ");
      assertThat(text).doesNotContain(" " + c.operator().label(lang) + " ");
    }
  }

  /** Dates compared never use the words of amounts, and a failure always says when, in days. */
  @Property(tries = 200)
  void aDateComparisonPlacesTheDateInTime(@ForAll("dateComparisons") Comparison c, @ForAll Lang lang) {
    String text = c.describe(lang);
    assertThat(text).doesNotContain("excède", "exceed", "inférieur", "less", "atteint", "at least");
    if (!c.holds() && !c.actual().equals(c.limit())) {
      assertThat(text).containsAnyOf(" jour ", " jours ", " day ", " days ");
    }
  }

  @Provide
  Arbitrary<Comparison> comparisons() {
    Arbitrary<BigDecimal> values = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("1000"))
        .ofScale(2);
    // one time in four the limit is the value itself: the boundary of every operator
    return Combinators.combine(Arbitraries.of(MessageArg.Kind.NUMBER, MessageArg.Kind.EUROS, MessageArg.Kind.RATE),
        Arbitraries.of(Operator.class), values, values, Arbitraries.integers().between(0, 3))
        .as((kind, op, actual, other, pick) -> Comparison.of(subject("price"), arg(kind, actual), op,
            arg(kind, pick == 0 ? actual : other)));
  }

  @Provide
  Arbitrary<Comparison> dateComparisons() {
    Arbitrary<LocalDate> dates = Arbitraries.integers().between(0, 60).map(d -> LocalDate.of(2025, 1, 1).plusDays(d));
    return Arbitraries.of(Operator.class).flatMap(op -> dates.list().ofSize(2).map(d ->
        Comparison.of(subject("hired"), MessageArg.date(d.get(0)), op, MessageArg.date(d.get(1)))));
  }

  private static MessageArg arg(MessageArg.Kind kind, BigDecimal value) {
    return kind == MessageArg.Kind.NUMBER ? MessageArg.number(value)
        : kind == MessageArg.Kind.EUROS ? MessageArg.euros(value) : MessageArg.rate(value);
  }

  @Test
  void theSummarySaysWhatFailedAndByHowMuch() {
    Finding hours = Finding.builder().id("hours").outcome(Outcome.NOT_SATISFIED).reference(REF)
        .message(subject("count"))
        // the first comparison holds: the summary names the one that fails
        .comparisons(List.of(count(12, Operator.AT_LEAST, 3), euros("228000", Operator.AT_MOST, "216220.80")))
        .build();
    Finding other = Finding.builder().id("other").outcome(Outcome.NOT_SATISFIED).reference(REF)
        .message(subject("form")).build();
    Verdict one = Verdict.builder().ruleId("esus").asOf(LocalDate.of(2026, 1, 1)).outcome(Outcome.NOT_SATISFIED)
        .addFindings(hours).build();
    assertThat(one.summary(Lang.FR)).isEqualTo("non satisfaite : prix proposé : 228" + NB + "000" + NB
        + "€ excède 216" + NB + "220,80" + NB + "€ de 11" + NB + "779,20" + NB + "€ — C. trav., art. L3332-17-1, I, 3°, a");
    assertThat(one.summary(Lang.EN)).isEqualTo("not satisfied: proposed price: €228,000 exceeds €216,220.80 by "
        + "€11,779.20 — C. trav., art. L3332-17-1, I, 3°, a");
    Verdict two = one.toBuilder().addFindings(other).build();
    assertThat(two.summary(Lang.FR)).endsWith("I, 3°, a (et une autre condition non satisfaite)");
    assertThat(two.summary(Lang.EN)).endsWith("I, 3°, a (and one other condition not met)");
    Verdict three = two.toBuilder().addFindings(other).build();
    assertThat(three.summary(Lang.FR)).endsWith("(et 2 autres conditions non satisfaites)");
    assertThat(three.summary(Lang.EN)).endsWith("(and 2 other conditions not met)");
    // a failure without values compared is told by its message
    Verdict bare = Verdict.builder().ruleId("r").asOf(LocalDate.of(2026, 1, 1)).outcome(Outcome.NOT_SATISFIED)
        .addFindings(other).build();
    assertThat(bare.summary(Lang.FR)).isEqualTo("non satisfaite : forme — C. trav., art. L3332-17-1, I, 3°, a");
  }

  @Test
  void theExplanationKeepsItsMarksWithTheRightWords() {
    Finding f = Finding.builder().id("esus.I.3.b").outcome(Outcome.NOT_SATISFIED).reference(REF)
        .message(subject("price")).comparisons(List.of(euros("228000", Operator.AT_MOST, "216220.80"))).build();
    Verdict v = Verdict.builder().ruleId("esus").asOf(LocalDate.of(2026, 1, 1)).outcome(Outcome.NOT_SATISFIED)
        .addFindings(f).build();
    assertThat(v.explain(Lang.FR)).contains("228" + NB + "000" + NB + "€ excède 216" + NB + "220,80" + NB
        + "€ de 11" + NB + "779,20" + NB + "€ ✗").doesNotContain("n'excède pas");
    assertThat(v.explain(Lang.EN)).contains("€228,000 exceeds €216,220.80 by €11,779.20 ✗")
        .doesNotContain("does not exceed");
  }
}
