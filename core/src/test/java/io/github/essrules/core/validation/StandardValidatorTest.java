package io.github.essrules.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.essrules.core.id.Siren;
import jakarta.validation.Configuration;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.HibernateValidatorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * A validator in its default configuration — what Spring's {@code @Valid} uses — reports what
 * {@link FactsValidator} reports: the same violations, at the same paths, with the library's
 * messages in the locale it is asked for.
 */
class StandardValidatorTest {
  private static final ValidatorFactory FRENCH = factory(Locale.FRENCH);
  private static final ValidatorFactory ENGLISH = factory(Locale.ENGLISH);

  /** A default factory whose messages are in one locale, as Spring sets the request's. */
  static ValidatorFactory factory(Locale locale) {
    Configuration<?> configuration = Validation.byDefaultProvider().configure();
    MessageInterpolator standard = configuration.getDefaultMessageInterpolator();
    return configuration.messageInterpolator(new MessageInterpolator() {
      @Override
      public String interpolate(String template, Context context) {
        return standard.interpolate(template, context, locale);
      }

      @Override
      public String interpolate(String template, Context context, Locale ignored) {
        return standard.interpolate(template, context, locale);
      }
    }).buildValidatorFactory();
  }

  @AfterAll
  static void close() {
    FRENCH.close();
    ENGLISH.close();
  }

  private static SampleFacts.Pay pay(String role, String gross) {
    return ImmutablePay.builder().role(role).annualGross(gross == null ? null : new BigDecimal(gross)).build();
  }

  /** A violation as both report it: pointer, and message in French and English. */
  private static Set<String> expected(Object facts) {
    return FactsValidator.shared().violations(facts).stream()
        .map(v -> v.pointer() + " | " + v.messageFr() + " | " + v.messageEn())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static <T> Set<String> reported(Validator french, Validator english, T facts) {
    Set<ConstraintViolation<T>> fr = french.validate(facts);
    Set<ConstraintViolation<T>> en = english.validate(facts);
    assertThat(en).hasSameSizeAs(fr);
    Set<String> out = new TreeSet<>();
    for (ConstraintViolation<T> v : fr) {
      String pointer = FactsValidator.paths(v.getPropertyPath())[1];
      List<String> inEnglish = en.stream()
          .filter(e -> e.getPropertyPath().toString().equals(v.getPropertyPath().toString()))
          .map(ConstraintViolation::getMessage).sorted().collect(Collectors.toList());
      for (String m : inEnglish) {
        out.add(pointer + " | " + v.getMessage() + " | " + m);
      }
    }
    return out;
  }

  private static <T> Set<String> reported(T facts) {
    return reported(FRENCH.getValidator(), ENGLISH.getValidator(), facts);
  }

  @Test
  void aPlainDefaultValidatorSeesTheConstraintsOfImmutablesAccessors() {
    SampleFacts facts = ImmutableSampleFacts.builder()
        .siren(Siren.of("732829320"))
        .creationDate(LocalDate.of(2020, 1, 1))
        .turnover(new BigDecimal("-1"))
        .addPays(pay("gérante", "30000"))
        .build();
    try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
      assertThat(factory.getValidator().validate(facts))
          .extracting(v -> v.getPropertyPath().toString())
          .containsExactly("turnover");
    }
  }

  @Test
  void severalFaultsAreReportedAtTheSamePathsWithTheSameMessagesInFrenchAndEnglish() {
    SampleFacts facts = ImmutableSampleFacts.builder()
        .siren(Siren.of("732829320"))
        .addPays(pay("gérante", "30000"), pay(" ", "-5"), pay("salarié", null))
        .build();
    Set<String> expected = expected(facts);
    assertThat(expected).hasSize(5);
    assertThat(reported(facts)).isEqualTo(expected);
    // the messages are those of the standard constraints, with their attributes (the French
    // text of Hibernate Validator 8.0.1 has one space more)
    assertThat(reported(facts)).contains("/turnover | ne doit pas être nul | must not be null")
        .anyMatch(m -> m.matches("/pays/1/annualGross \\| doit être supérieur +à 0 \\| must be greater than 0"));
  }

  @Test
  void theRawPathsAreThoseOfTheLibrarysValidator() {
    SampleFacts facts = ImmutableSampleFacts.builder()
        .siren(Siren.of("732829320"))
        .addPays(pay("gérante", "30000"), pay(" ", "-5"))
        .build();
    assertThat(FRENCH.getValidator().validate(facts))
        .extracting(v -> v.getPropertyPath().toString())
        .containsExactlyInAnyOrder("creationDate", "pays[1].annualGross", "pays[1].role", "turnover");
  }

  @Test
  void theLibrarysOwnMessagesReadInBothLanguages() {
    DatedSampleFacts facts = ImmutableDatedSampleFacts.builder()
        .applicationDate(LocalDate.of(2026, 3, 2))
        .foundedIn(Year.of(2030))
        .addStatementsSent(YearMonth.of(2026, 1), null)
        .build();
    assertThat(reported(facts)).isEqualTo(expected(facts)).hasSize(1);
    // given the date asked about as payload, as FactsValidator is
    LocalDate asOf = LocalDate.of(2025, 6, 1);
    Set<String> expectedAsOf = FactsValidator.shared().violations(facts, asOf).stream()
        .map(v -> v.pointer() + " | " + v.messageFr() + " | " + v.messageEn())
        .collect(Collectors.toCollection(TreeSet::new));
    Validator french = FRENCH.unwrap(HibernateValidatorFactory.class).usingContext()
        .constraintValidatorPayload(asOf).getValidator();
    Validator english = ENGLISH.unwrap(HibernateValidatorFactory.class).usingContext()
        .constraintValidatorPayload(asOf).getValidator();
    assertThat(reported(french, english, facts)).isEqualTo(expectedAsOf).hasSize(4)
        .contains("/applicationDate | la date 2 mars 2026 est postérieure à la date d'application demandée"
            + " (1er juin 2025) | 2 March 2026 is after the date asked about (1 June 2025)");
  }

  @Test
  void thePathsAreEqualNodeByNodeToThoseOfAValidatorSeeingTheAccessors() {
    HibernateValidatorConfiguration configuration = Validation.byProvider(HibernateValidator.class).configure();
    Validator seeing = configuration.getterPropertySelectionStrategy(new AccessorPropertySelection())
        .constraintValidatorFactory(
            AccessorConstraintsValidator.seeingAccessors(configuration.getDefaultConstraintValidatorFactory()))
        .buildValidatorFactory().getValidator();
    DatedSampleFacts dated = ImmutableDatedSampleFacts.builder()
        .addStatementsSent(YearMonth.of(2026, 1), null, null)
        .build();
    SampleFacts sample = ImmutableSampleFacts.builder()
        .addPays(pay("gérante", "30000"), pay(" ", "-5"))
        .build();
    for (Object facts : List.of(dated, sample)) {
      List<Path> expected = seeing.validate(facts).stream().map(ConstraintViolation::getPropertyPath)
          .sorted(Comparator.comparing(Path::toString)).collect(Collectors.toList());
      List<Path> actual = FRENCH.getValidator().validate(facts).stream().map(ConstraintViolation::getPropertyPath)
          .sorted(Comparator.comparing(Path::toString)).collect(Collectors.toList());
      assertThat(actual).isEqualTo(expected).isNotEmpty();
      for (int i = 0; i < actual.size(); i++) {
        assertThat(nodes(actual.get(i))).isEqualTo(nodes(expected.get(i)));
      }
    }
  }

  private static List<String> nodes(Path path) {
    List<String> out = new java.util.ArrayList<>();
    for (Path.Node n : path) {
      out.add(n.getKind() + " " + n.getName() + " " + n.isInIterable() + " " + n.getIndex() + " " + n.getKey());
    }
    return out;
  }

  /** An application's request that holds facts of the library. */
  static final class Request {
    @Valid final SampleFacts facts;

    Request(SampleFacts facts) {
      this.facts = facts;
    }
  }

  @Test
  void factsInsideAnApplicationsObjectAreReportedUnderItsPath() {
    SampleFacts facts = ImmutableSampleFacts.builder()
        .siren(Siren.of("732829320"))
        .creationDate(LocalDate.of(2020, 1, 1))
        .turnover(BigDecimal.ZERO)
        .addPays(pay("gérante", "30000"), pay("", "1"))
        .build();
    assertThat(ENGLISH.getValidator().validate(new Request(facts)))
        .extracting(v -> v.getPropertyPath().toString(), ConstraintViolation::getMessage)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("facts.pays[1].role", "must not be blank"));
  }

  @Test
  void validFactsHaveNoViolation() {
    SampleFacts facts = ImmutableSampleFacts.builder()
        .siren(Siren.of("732829320"))
        .creationDate(LocalDate.of(2020, 1, 1))
        .turnover(BigDecimal.ZERO)
        .addPays(pay("gérante", "30000"))
        .build();
    assertThat(FRENCH.getValidator().validate(facts)).isEmpty();
  }

  @Test
  void theStandardValidatorSeesNothingElseOfTheFactsSoNothingIsCountedTwice() {
    for (Class<?> type : List.of(ImmutableSampleFacts.class, ImmutablePay.class, ImmutableDatedSampleFacts.class)) {
      var descriptor = FRENCH.getValidator().getConstraintsForClass(type);
      assertThat(descriptor.getConstrainedProperties()).as(type.getName()).isEmpty();
      assertThat(descriptor.getConstraintDescriptors()).as(type.getName())
          .extracting(d -> (Object) d.getAnnotation().annotationType())
          .containsExactly(AccessorConstraints.class);
    }
  }

  @Test
  void aPassReportsAtMostAThousandViolations() {
    ImmutableSampleFacts.Builder b = ImmutableSampleFacts.builder().siren(Siren.of("732829320"))
        .creationDate(LocalDate.of(2020, 1, 1)).turnover(BigDecimal.ZERO);
    for (int i = 0; i < 3_000; i++) {
      b.addPays(pay("salarié", "-1"));
    }
    assertThat(ENGLISH.getValidator().validate(b.build())).hasSize(AccessorConstraintsValidator.MAX_REPORTED);
  }
}
