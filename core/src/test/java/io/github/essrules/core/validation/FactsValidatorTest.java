package io.github.essrules.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.essrules.core.Lang;
import io.github.essrules.core.id.Siren;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class FactsValidatorTest {

  private static SampleFacts.Pay pay(String role, String gross) {
    return ImmutablePay.builder().role(role).annualGross(gross == null ? null : new BigDecimal(gross)).build();
  }

  @Test
  void aConstraintDeclaredOnAnImmutablesAccessorFires() {
    SampleFacts facts = ImmutableSampleFacts.builder()
        .siren(Siren.of("732829320"))
        .creationDate(LocalDate.of(2020, 1, 1))
        .turnover(new BigDecimal("-1"))
        .addPays(pay("gérante", "30000"))
        .build();
    assertThat(FactsValidator.shared().violations(facts))
        .extracting(Violation::path, Violation::pointer)
        .containsExactly(tuple("turnover", "/turnover"));
  }

  @Test
  void anInputWithSeveralFaultsReportsAllOfThemWithPathsInBothLanguages() {
    SampleFacts facts = ImmutableSampleFacts.builder()
        .siren(Siren.of("732829320"))
        .addPays(pay("gérante", "30000"), pay(" ", "-5"), pay("salarié", null))
        .build();
    assertThatThrownBy(() -> FactsValidator.shared().validate(facts))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          List<Violation> v = e.violations();
          assertThat(v).extracting(Violation::path).containsExactly(
              "creationDate", "pays[1].annualGross", "pays[1].role", "pays[2].annualGross", "turnover");
          assertThat(v).extracting(Violation::pointer).containsExactly(
              "/creationDate", "/pays/1/annualGross", "/pays/1/role", "/pays/2/annualGross", "/turnover");
          assertThat(v.get(0).messageFr()).isNotEqualTo(v.get(0).messageEn());
          assertThat(v.get(0).messageFr()).contains("nul");
          assertThat(v.get(0).messageEn()).contains("null");
          assertThat(v.get(1).invalidValue()).hasValue("-5");
          assertThat(e.message(Lang.FR)).startsWith("Entrée invalide (5 erreur(s))").contains("/pays/1/role");
          assertThat(e.message(Lang.EN)).startsWith("Invalid input (5 error(s))");
        });
  }

  @Test
  void aValidInputIsReturnedUnchanged() {
    SampleFacts facts = ImmutableSampleFacts.builder()
        .siren(Siren.of("732829320"))
        .creationDate(LocalDate.of(2020, 1, 1))
        .turnover(BigDecimal.ZERO)
        .addPays(pay("gérante", "30000"))
        .build();
    assertThat(FactsValidator.shared().validate(facts)).isSameAs(facts);
  }

  /** A mutable object, as a caller might validate: it must be checked again on every call. */
  static final class MutableFacts {
    @jakarta.validation.constraints.NotNull String name = "ok";

    public String getName() {
      return name;
    }
  }

  @Test
  void onlyImmutableValuesAreRememberedAsValid() {
    MutableFacts mutable = new MutableFacts();
    assertThat(FactsValidator.shared().violations(mutable)).isEmpty();
    mutable.name = null; // valid once is not valid forever for a mutable object
    assertThat(FactsValidator.shared().violations(mutable)).extracting(Violation::pointer).containsExactly("/name");
    SampleFacts immutable = ImmutableSampleFacts.builder().siren(Siren.of("732829320"))
        .creationDate(LocalDate.of(2020, 1, 1)).turnover(BigDecimal.ZERO).addPays(pay("gérante", "30000")).build();
    assertThat(FactsValidator.shared().violations(immutable)).isEmpty();
    assertThat(FactsValidator.shared().violations(immutable)).isEmpty();
    // an equal but distinct invalid instance is not mistaken for the remembered one
    SampleFacts invalid = ImmutableSampleFacts.builder().from(immutable).turnover(new BigDecimal("-1")).build();
    assertThat(FactsValidator.shared().violations(invalid)).isNotEmpty();
  }

  @Test
  void jsonPointersTurnIntoPropertyPaths() {
    assertThat(Violation.pathOf("/pays/2/annualGross")).isEqualTo("pays[2].annualGross");
    assertThat(Violation.pathOf("")).isEmpty();
    assertThat(Violation.pathOf("/a~1b/0")).isEqualTo("a/b[0]");
  }

  @Test
  void aDocumentWithThousandsOfFaultsListsTheFirstHundredCountsTheRestAndStopsPastTenTimesThat() {
    ImmutableSampleFacts.Builder b = ImmutableSampleFacts.builder().siren(Siren.of("732829320"))
        .creationDate(LocalDate.of(2020, 1, 1)).turnover(BigDecimal.ZERO);
    for (int i = 0; i < 5_000; i++) {
      b.addPays(pay("salarié", "-1"));
    }
    SampleFacts facts = b.build();
    assertThatThrownBy(() -> FactsValidator.shared().validate(facts))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.violations()).hasSize(ViolationList.DEFAULT_MAX);
          assertThat(e.stopped()).isTrue();
          assertThat(e.total()).isGreaterThanOrEqualTo(1_000);
          assertThat(e.violations().get(0).messageEn()).isNotBlank();
          assertThat(e.message(Lang.FR)).contains("et au moins").contains("trop d'erreurs");
          assertThat(e.message(Lang.EN)).contains("and at least");
        });
    // a few more faults than listed: every one counted, none stopped
    ImmutableSampleFacts.Builder few = ImmutableSampleFacts.builder().siren(Siren.of("732829320"))
        .creationDate(LocalDate.of(2020, 1, 1)).turnover(BigDecimal.ZERO);
    for (int i = 0; i < 7; i++) {
      few.addPays(pay("salarié", "-1"));
    }
    assertThatThrownBy(() -> FactsValidator.shared().withMaxViolations(3).validate(few.build()))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.violations()).extracting(Violation::pointer)
              .containsExactly("/pays/0/annualGross", "/pays/1/annualGross", "/pays/2/annualGross");
          assertThat(e.total()).isEqualTo(7);
          assertThat(e.stopped()).isFalse();
          assertThat(e.message(Lang.EN)).contains("… and 4 more, not listed");
        });
  }
}
