package io.github.essrules.rules.foncier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.github.essrules.core.Lang;
import io.github.essrules.core.json.EssJson;
import io.github.essrules.core.law.Confidence;
import io.github.essrules.core.law.LawPolicy;
import io.github.essrules.core.law.NoLawKnownException;
import io.github.essrules.core.validation.FactsValidator;
import io.github.essrules.core.validation.Violation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.threeten.extra.YearQuarter;

/**
 * The API of the foncier values beyond what a situation reaches: each value's builder, the
 * explanation of a deadline in a locale, what the typed errors name, the default confidence of a
 * user's index value, and the JSON reader of the lease's quarters (CCH L255-5, L255-10-1).
 */
class FoncierApiTest {
  private static final YearQuarter Q1_2017 = YearQuarter.of(2017, 1);

  @Test
  void eachFoncierValueGivesABuilderHoldingItsAttributes() {
    BrsBuyerFacts buyer = BrsBuyerZoneOnDateTest.couple("59350", LocalDate.of(2025, 3, 3)).build();
    assertThat(buyer.toBuilder().build()).isEqualTo(buyer);
    BrsLease lease = BrsResaleTest.lilleLease().build();
    assertThat(lease.toBuilder().build()).isEqualTo(lease);
    Works works = Works.of("isolation des combles", new BigDecimal("8000"));
    assertThat(works.toBuilder().build()).isEqualTo(works);
    IndexValue value = IndexValue.of(Q1_2017, new BigDecimal("125.90"));
    assertThat(value.toBuilder().build()).isEqualTo(value);
    BrsDeadline approval = BrsCalendar.schedule(BrsCalendarFacts.builder().requestReceivedOn(LocalDate.of(2025, 5, 2))
        .build()).deadlines().get(0);
    assertThat(approval.toBuilder().build()).isEqualTo(approval);
  }

  /** L255-11: the OFS's two months, explained in the locale asked as in its language. */
  @Test
  void aDeadlineIsExplainedInTheLocaleAskedAsInItsLanguage() {
    BrsDeadline approval = BrsCalendar.schedule(BrsCalendarFacts.builder().requestReceivedOn(LocalDate.of(2025, 5, 2))
        .build()).deadline(BrsDeadline.Kind.OFS_APPROVAL).orElseThrow();
    assertThat(approval.explain(Locale.FRANCE)).isEqualTo(approval.explain(Lang.FR)).isNotEmpty();
    assertThat(approval.explain(Locale.UK)).isEqualTo(approval.explain(Lang.EN)).isNotEmpty();
  }

  @Test
  void theTypedErrorsNameTheCommuneAndTheSeries() {
    assertThat(new UnknownCommuneException("99999").commune()).isEqualTo("99999");
    UnknownIndexQuarterException e = new UnknownIndexQuarterException("ICC", Q1_2017, "2017-Q1 → 2017-Q1");
    assertThat(e.series()).isEqualTo("ICC");
    assertThat(e.quarter()).isEqualTo(Q1_2017);
  }

  /** A user's index value is vouched for by the user: verified unless the user says otherwise. */
  @Test
  void aUsersIndexValueIsVerifiedUnlessItSaysOtherwise() {
    assertThat(IndexValue.of(Q1_2017, new BigDecimal("1650")).confidence()).isEqualTo(Confidence.VERIFIED);
  }

  /** Before 2024, the first year of the ceilings' table (arrêté du 11 décembre 2023), none is known. */
  @Test
  void aCeilingBefore2024IsRefusedSayingWhichDaysTheTableCovers() {
    assertThatThrownBy(() -> BrsCeilings.tableYear(LocalDate.of(2023, 12, 29), LawPolicy.standard()))
        .isInstanceOfSatisfying(NoLawKnownException.class,
            e -> assertThat(e.coverage()).startsWith("2024-01-01 → ").endsWith(
                LawPolicy.standard().lastPresumedDay(BrsCeilings.VERIFIED_ON).toString()));
  }

  /** A lease naming its resale quarter but not its initial one, nor a rule, cannot be actualised. */
  @Test
  void aLeaseNamingOnlyItsResaleQuarterIsRefused_L255_10_1() {
    IndexTerms resaleOnly = IndexTerms.builder().series(IndexTerms.Series.IRL).resaleQuarter(YearQuarter.of(2025, 1))
        .build();
    assertThat(FactsValidator.shared().violations(resaleOnly)).extracting(Violation::pointer)
        .containsExactly("/quartersOrRule");
    assertThatThrownBy(() -> resaleOnly.quarterAt(LocalDate.of(2025, 6, 20))).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no rule");
  }

  @Test
  void theQuarterOfTheDateIsTheQuarterHoldingIt() {
    IndexTerms ofDate = IndexTerms.builder().series(IndexTerms.Series.IRL).rule(IndexTerms.Rule.QUARTER_OF_DATE).build();
    assertThat(ofDate.quarterAt(LocalDate.of(2025, 6, 30))).isEqualTo(YearQuarter.of(2025, 2));
    assertThat(ofDate.quarterAt(LocalDate.of(2025, 7, 1))).isEqualTo(YearQuarter.of(2025, 3));
  }

  @Test
  void aMissingQuarterIsRefusedWithTheExpectedForm() {
    assertThatThrownBy(() -> YearQuarterJson.parse(null)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("YYYY-Qn");
    assertThat(YearQuarterJson.parse(" 2025-Q3 ")).isEqualTo(YearQuarter.of(2025, 3));
  }

  @Test
  void aQuarterWrittenAsANumberIsRefusedAsTheWrongKindOfValue() {
    assertThatThrownBy(() -> EssJson.mapper().readValue("{\"quarter\":2025,\"value\":100}", IndexValue.class))
        .isInstanceOf(MismatchedInputException.class).isNotInstanceOf(InvalidFormatException.class);
    assertThatThrownBy(() -> EssJson.mapper().readValue("{\"quarter\":\"2025-T3\",\"value\":100}", IndexValue.class))
        .isInstanceOf(InvalidFormatException.class).hasMessageContaining("YYYY-Qn");
  }

  /** A caller's own Jackson problem handler may stand in for an unreadable quarter: its value is kept. */
  @Test
  void aCallersProblemHandlerIsHeardForAnUnreadableQuarter() throws Exception {
    ObjectMapper lenient = EssJson.mapper().copy().addHandler(new DeserializationProblemHandler() {
      @Override
      public Object handleUnexpectedToken(DeserializationContext ctxt, JavaType targetType, JsonToken t, JsonParser p,
          String failureMsg) {
        return targetType.getRawClass() == YearQuarter.class ? YearQuarter.of(2000, 1) : NOT_HANDLED;
      }

      @Override
      public Object handleWeirdStringValue(DeserializationContext ctxt, Class<?> targetType, String valueToConvert,
          String failureMsg) {
        return targetType == YearQuarter.class ? YearQuarter.of(2000, 2) : NOT_HANDLED;
      }
    });
    assertThat(lenient.readValue("{\"quarter\":2025,\"value\":100}", IndexValue.class).quarter())
        .isEqualTo(YearQuarter.of(2000, 1));
    assertThat(lenient.readValue("{\"quarter\":\"2025-T3\",\"value\":100}", IndexValue.class).quarter())
        .isEqualTo(YearQuarter.of(2000, 2));
  }
}
