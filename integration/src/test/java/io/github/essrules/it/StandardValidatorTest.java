package io.github.essrules.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.essrules.rules.cae.CaeFacts;
import io.github.essrules.rules.cae.EntrepreneurSalarie;
import io.github.essrules.rules.esus.EsusFacts;
import io.github.essrules.rules.esus.Pay;
import io.github.essrules.rules.esus.PayYear;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A validator in its default configuration, {@code Validation.buildDefaultValidatorFactory()},
 * what Spring's {@code @Valid} uses, on a French server (the JVM's default locale French): it finds
 * the violations of broken facts, at their paths, with the library's French messages.
 *
 * <p>On the module path the README warns that Hibernate Validator does not read the library's
 * {@code ContributorValidationMessages} bundles, so that the library's own constraints keep their
 * {@code {ess-rules:…}} key as message. There such a message may be its key (measured: the key for
 * the constraints of ess-rules, the French text for those of ess-rules-core); the paths and the
 * standard constraints' messages are the same on both paths.
 */
class StandardValidatorTest {
  private static final boolean MODULE_PATH = "module-path".equals(System.getProperty("it.path"));

  private Locale before;
  private ValidatorFactory factory;

  @BeforeEach
  void aFrenchServer() {
    before = Locale.getDefault();
    Locale.setDefault(Locale.FRANCE);
    factory = Validation.buildDefaultValidatorFactory();
  }

  @AfterEach
  void restore() {
    factory.close();
    Locale.setDefault(before);
  }

  private static <T> List<String> report(Set<ConstraintViolation<T>> violations) {
    return violations.stream().map(v -> v.getPropertyPath() + " | " + v.getMessage()).sorted()
        .collect(Collectors.toList());
  }

  /** A violation of one of the library's own constraints: its French text (or, on the module path, its key). */
  private static String[] own(String path, String french, String key) {
    return MODULE_PATH
        ? new String[] {path + " | " + french, path + " | {" + key + "}"}
        : new String[] {path + " | " + french};
  }

  @Test
  void esusFactsWithANegativePayAndACreationAfterTheApplication() {
    EsusFacts good = EsusEligibility.recyclerie();
    PayYear year = good.payYears().get(0);
    EsusFacts broken = EsusFacts.builder().from(good)
        .creationDate(LocalDate.of(2026, 5, 1)) // after the application of 16 March 2026
        .payYears(List.of(PayYear.builder().from(year)
            .pay(List.of(Pay.builder().from(year.pay().get(0)).amountPaid(new BigDecimal("-1")).build()))
            .build()))
        .build();

    assertThat(report(factory.getValidator().validate(good))).isEmpty();
    List<String> found = report(factory.getValidator().validate(broken));
    assertThat(found).hasSize(2);
    assertThat(found.get(0)).isIn((Object[]) own("createdBeforeApplication",
        "la date de création ne peut pas suivre la date de la demande",
        "ess-rules:validation.esus.creation-after-application"));
    assertThat(found.get(1)).isEqualTo("payYears[0].pay[0].amountPaid | doit être supérieur ou égal à 0");
  }

  @Test
  void caeFactsWithAnInvalidSirenAndATrialPeriodOfFortyMonths() {
    CaeFacts good = CaeYearlyReport.cooperative();
    EntrepreneurSalarie amina = good.entrepreneurs().orElseThrow().get(0);
    CaeFacts broken = good.toBuilder()
        .siren("123456789")
        .entrepreneurs(List.of(EntrepreneurSalarie.builder().from(amina).trialPeriodMonths(40).build()))
        .build();

    assertThat(report(factory.getValidator().validate(good))).isEmpty();
    List<String> found = report(factory.getValidator().validate(broken));
    assertThat(found).hasSize(2);
    assertThat(found.get(0)).isEqualTo("entrepreneurs[0].trialPeriodMonths | doit être inférieur ou égal à 36");
    assertThat(found.get(1)).isIn((Object[]) own("siren", "n'est pas un SIREN valide (9 chiffres, clé de Luhn)",
        "ess-rules-core:validation.identifier.SIREN"));
  }

  @Test
  void onAnEnglishServerTheSameViolationsSpeakEnglish() {
    Locale.setDefault(Locale.UK);
    try (ValidatorFactory english = Validation.buildDefaultValidatorFactory()) {
      EsusFacts good = EsusEligibility.recyclerie();
      EsusFacts broken = EsusFacts.builder().from(good).creationDate(LocalDate.of(2026, 5, 1)).build();
      assertThat(report(english.getValidator().validate(broken))).singleElement().isIn((Object[]) (MODULE_PATH
          ? new String[] {"createdBeforeApplication | the creation date cannot follow the application date",
              "createdBeforeApplication | {ess-rules:validation.esus.creation-after-application}"}
          : new String[] {"createdBeforeApplication | the creation date cannot follow the application date"}));
    }
  }
}
