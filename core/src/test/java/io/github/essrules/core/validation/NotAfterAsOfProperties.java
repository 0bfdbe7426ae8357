package io.github.essrules.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Validation as of a date is the direct comparison of each dated fact with that date, and is
 * monotone: facts valid as of a date are valid as of every later date — also through the memo
 * of valid instances, whatever the order the dates are asked in.
 */
class NotAfterAsOfProperties {
  private static final LocalDate ORIGIN = LocalDate.of(2024, 1, 1);

  /** Facts dated within about three years, the dates asked about within the same range. */
  @Provide
  Arbitrary<DatedSampleFacts> facts() {
    Arbitrary<LocalDate> day = Arbitraries.integers().between(0, 1100).map(ORIGIN::plusDays);
    return Combinators.combine(day, day.map(Year::from).optional(), day.map(YearMonth::from).list().ofMaxSize(3))
        .as((application, year, months) -> ImmutableDatedSampleFacts.builder()
            .applicationDate(application).foundedIn(year).statementsSent(months).build());
  }

  private static boolean directlyValid(DatedSampleFacts f, LocalDate asOf) {
    return !f.applicationDate().isAfter(asOf)
        && f.foundedIn().map(y -> y.getValue() <= asOf.getYear()).orElse(true)
        && f.statementsSent().stream().noneMatch(m -> m.isAfter(YearMonth.from(asOf)));
  }

  private static boolean valid(DatedSampleFacts f, LocalDate asOf) {
    return FactsValidator.shared().violations(f, asOf).isEmpty();
  }

  @Property
  void theVerdictOfValidationAsOfADateIsTheDirectComparison(
      @ForAll("facts") DatedSampleFacts facts,
      @ForAll @Size(min = 1, max = 6) List<@IntRange(min = 0, max = 1100) Integer> askedInTurn) {
    // the same instance asked about several dates in any order: the memo must never answer wrongly
    for (int day : askedInTurn) {
      LocalDate asOf = ORIGIN.plusDays(day);
      assertThat(valid(facts, asOf)).as("as of %s: %s", asOf, facts).isEqualTo(directlyValid(facts, asOf));
    }
  }

  @Property
  void validAsOfADateIsValidAsOfEveryLaterDate(
      @ForAll("facts") DatedSampleFacts facts,
      @ForAll @IntRange(min = 0, max = 1100) int day,
      @ForAll @IntRange(min = 0, max = 800) int later) {
    LocalDate asOf = ORIGIN.plusDays(day);
    // a fresh copy each time: the property holds of validation itself, not only of the memo
    boolean validThen = valid(ImmutableDatedSampleFacts.builder().from(facts).build(), asOf);
    boolean validLater = valid(ImmutableDatedSampleFacts.builder().from(facts).build(), asOf.plusDays(later));
    if (validThen) {
      assertThat(validLater).isTrue();
    }
    assertThat(valid(facts, LocalDate.MAX)).as("as of the last date there is, only the shape counts").isTrue();
  }
}
