package io.github.essrules.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.essrules.core.Lang;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import org.hibernate.validator.HibernateValidator;
import org.junit.jupiter.api.Test;

/**
 * A fact dated after the date asked about is an input error naming the field and both dates;
 * no validation reads the wall clock.
 */
class NotAfterAsOfTest {
  private static final LocalDate JUNE_2025 = LocalDate.of(2025, 6, 1);
  private static final LocalDate MARCH_2026 = LocalDate.of(2026, 3, 1);

  private static DatedSampleFacts applicationOn(LocalDate date) {
    return ImmutableDatedSampleFacts.builder().applicationDate(date).build();
  }

  @Test
  void anApplicationDatedAfterTheDateAskedIsRefusedNamingTheFieldAndBothDates() {
    DatedSampleFacts facts = applicationOn(MARCH_2026);
    assertThatThrownBy(() -> FactsValidator.shared().validate(facts, JUNE_2025))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.violations()).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo("applicationDate");
            assertThat(v.pointer()).isEqualTo("/applicationDate");
            assertThat(v.invalidValue()).hasValue("2026-03-01");
            assertThat(v.messageFr()).isEqualTo(
                "la date 1er mars 2026 est postérieure à la date d'application demandée (1er juin 2025)");
            assertThat(v.messageEn()).isEqualTo("1 March 2026 is after the date asked about (1 June 2025)");
          });
          assertThat(e.message(Lang.FR)).contains("/applicationDate", "1er mars 2026", "1er juin 2025");
          assertThat(e.message(Lang.EN)).contains("/applicationDate", "1 March 2026", "1 June 2025");
        });
  }

  @Test
  void anApplicationDatedOnTheDateAskedIsAcceptedForItCannotFollowIt() {
    DatedSampleFacts facts = applicationOn(MARCH_2026);
    assertThat(FactsValidator.shared().validate(facts, MARCH_2026)).isSameAs(facts);
    assertThat(FactsValidator.shared().violations(applicationOn(MARCH_2026), MARCH_2026.plusDays(1))).isEmpty();
  }

  @Test
  void aYearIsAfterTheDateAskedOnlyFromTheNextYearAndAMonthFromTheNextMonth() {
    DatedSampleFacts facts = ImmutableDatedSampleFacts.builder()
        .applicationDate(JUNE_2025)
        .foundedIn(Year.of(2025))
        .addStatementsSent(YearMonth.of(2025, 6), YearMonth.of(2025, 7))
        .build();
    // 2025 as of 2025-06-01 is fine, June 2025 too; July 2025 is not
    assertThat(FactsValidator.shared().violations(facts, JUNE_2025))
        .extracting(Violation::pointer, Violation::invalidValue, Violation::messageFr, Violation::messageEn)
        .containsExactly(tuple("/statementsSent/1", java.util.Optional.of("2025-07"),
            "le mois juillet 2025 est postérieur à celui de la date d'application demandée (1er juin 2025)",
            "the month July 2025 is after that of the date asked about (1 June 2025)"));
    DatedSampleFacts nextYear = ImmutableDatedSampleFacts.builder().from(facts).foundedIn(Year.of(2026))
        .statementsSent(List.of()).build();
    assertThat(FactsValidator.shared().violations(nextYear, LocalDate.of(2025, 12, 31)))
        .extracting(Violation::pointer, Violation::messageFr, Violation::messageEn)
        .containsExactly(tuple("/foundedIn",
            "l'année 2026 est postérieure à celle de la date d'application demandée (31 décembre 2025)",
            "the year 2026 is after that of the date asked about (31 December 2025)"));
    assertThat(FactsValidator.shared().violations(nextYear, LocalDate.of(2026, 1, 1))).isEmpty();
  }

  @Test
  void aDeadlineWithoutTheConstraintMayLieAfterTheDateAsked() {
    DatedSampleFacts facts = ImmutableDatedSampleFacts.builder()
        .applicationDate(JUNE_2025).deadline(LocalDate.of(2030, 1, 1)).build();
    assertThat(FactsValidator.shared().violations(facts, JUNE_2025)).isEmpty();
  }

  @Test
  void withoutADateAskedAboutAnApplicationIn2999IsAcceptedForTheClockIsNeverRead() {
    DatedSampleFacts facts = ImmutableDatedSampleFacts.builder()
        .applicationDate(LocalDate.of(2999, 12, 31)).foundedIn(Year.of(2999))
        .addStatementsSent(YearMonth.of(2999, 12)).build();
    assertThat(FactsValidator.shared().violations(facts)).isEmpty();
    assertThat(FactsValidator.shared().validate(facts)).isSameAs(facts);
  }

  /** A plain bean, as an application validates it (a Spring {@code @Valid}): no payload. */
  static final class Form {
    @NotAfterAsOf LocalDate applicationDate = LocalDate.of(2999, 1, 1);
    @NotAfterAsOf Year year = Year.of(2999);
    @NotAfterAsOf YearMonth month = YearMonth.of(2999, 1);
  }

  @Test
  void aPlainHibernateValidatorWithoutPayloadAcceptsADateIn2999() {
    try (var factory = Validation.byProvider(HibernateValidator.class).configure().buildValidatorFactory()) {
      Validator plain = factory.getValidator();
      assertThat(plain.validate(new Form())).isEmpty();
    }
  }

  @Test
  void theMemoDoesNotLetADateInvalidInstanceThroughAfterItWasFoundValidForALaterDate() {
    DatedSampleFacts facts = applicationOn(MARCH_2026);
    assertThat(FactsValidator.shared().violations(facts, MARCH_2026)).isEmpty();
    assertThat(FactsValidator.shared().violations(facts)).as("valid as of a date: its shape is valid").isEmpty();
    assertThat(FactsValidator.shared().violations(facts, JUNE_2025))
        .extracting(Violation::pointer).containsExactly("/applicationDate");
    assertThat(FactsValidator.shared().violations(facts, MARCH_2026.plusYears(1))).isEmpty();
  }

  @Test
  void theMemoOfAShapeValidInstanceDoesNotAnswerForADate() {
    DatedSampleFacts facts = applicationOn(MARCH_2026);
    assertThat(FactsValidator.shared().violations(facts)).isEmpty();
    assertThat(FactsValidator.shared().violations(facts, JUNE_2025))
        .extracting(Violation::pointer).containsExactly("/applicationDate");
  }

  @Test
  void aMissingDateAskedAboutIsAnInputErrorNamingTheArgumentNotAValidationWithoutDate() {
    DatedSampleFacts facts = applicationOn(MARCH_2026);
    assertThatThrownBy(() -> FactsValidator.shared().validate(facts, null))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.violations()).extracting(Violation::path).containsExactly("asOf");
          assertThat(e.violations().get(0).messageEn()).isEqualTo("the argument asOf is required");
        });
    assertThatThrownBy(() -> FactsValidator.shared().violations(facts, null))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void manyDatesAskedAboutInTurnEachGetTheirOwnAnswer() {
    // more dates than the validators kept for recent dates: each still checks against its own
    for (int i = 0; i < 10; i++) {
      LocalDate asOf = MARCH_2026.plusDays(i - 5);
      DatedSampleFacts facts = applicationOn(MARCH_2026);
      assertThat(FactsValidator.shared().violations(facts, asOf)).as("as of %s", asOf).hasSize(i < 5 ? 1 : 0);
    }
  }
}
