package io.github.essrules.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.essrules.core.Lang;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** SIREN, SIRET (Luhn, and La Poste's rule), RNA, INSEE commune and QPV codes. */
class IdentifiersProperties {

  /** Appends the digit that makes the number pass the Luhn check. */
  static String withLuhnKey(String body) {
    for (int key = 0; key <= 9; key++) {
      String candidate = body + key;
      if (Identifiers.luhn(candidate)) {
        return candidate;
      }
    }
    throw new AssertionError("no Luhn key for " + body);
  }

  @Provide
  Arbitrary<String> sirens() {
    return Arbitraries.strings().numeric().ofLength(8).map(IdentifiersProperties::withLuhnKey);
  }

  @Provide
  Arbitrary<String> sirets() {
    return Arbitraries.strings().numeric().ofLength(8)
        .map(IdentifiersProperties::withLuhnKey)
        .filter(siren -> !siren.equals(Siren.LA_POSTE))
        .flatMap(siren -> Arbitraries.strings().numeric().ofLength(4)
            .map(nic -> withLuhnKey(siren + nic)));
  }

  @Provide
  Arbitrary<String> laPosteSirets() {
    return Arbitraries.strings().numeric().ofLength(4).map(nic -> {
      String body = Siren.LA_POSTE + nic;
      int sum = Identifiers.digitSum(body);
      return body + ((5 - sum % 5) % 5);
    });
  }

  private static String mutate(String number, int position, int delta) {
    char[] digits = number.toCharArray();
    digits[position] = (char) ('0' + (digits[position] - '0' + delta) % 10);
    return new String(digits);
  }

  @Property
  void generatedSirensWithTheirLuhnKeyAreAccepted(@ForAll("sirens") String siren) {
    assertThat(Siren.of(siren).value()).isEqualTo(siren);
    assertThat(Siren.isValid(siren)).isTrue();
  }

  @Property
  void anySingleDigitChangeOfASirenIsRejected(@ForAll("sirens") String siren,
      @ForAll @IntRange(min = 0, max = 8) int position, @ForAll @IntRange(min = 1, max = 9) int delta) {
    String mutated = mutate(siren, position, delta);
    assertThat(Siren.isValid(mutated)).isFalse();
    assertThatThrownBy(() -> Siren.of(mutated)).isInstanceOf(InvalidIdentifierException.class);
  }

  @Property
  void generatedSiretsAreAcceptedAndCarryTheirSiren(@ForAll("sirets") String siret) {
    Siret s = Siret.of(siret);
    assertThat(s.siren().value()).isEqualTo(siret.substring(0, 9));
    assertThat(s.nic()).isEqualTo(siret.substring(9));
  }

  @Property
  void anySingleDigitChangeOfASiretIsRejected(@ForAll("sirets") String siret,
      @ForAll @IntRange(min = 0, max = 13) int position, @ForAll @IntRange(min = 1, max = 9) int delta) {
    String mutated = mutate(siret, position, delta);
    Assume.that(!mutated.startsWith(Siren.LA_POSTE));
    assertThat(Siret.isValid(mutated)).isFalse();
  }

  @Property
  void laPosteSiretsFollowTheDigitSumRuleNotLuhn(@ForAll("laPosteSirets") String siret) {
    assertThat(Siret.isValid(siret)).isTrue();
    assertThat(Identifiers.digitSum(siret) % 5).isZero();
  }

  @Property
  void laPosteRuleRejectsAChangeOfTheNicUnlessByFive(@ForAll("laPosteSirets") String siret,
      @ForAll @IntRange(min = 9, max = 13) int position, @ForAll @IntRange(min = 1, max = 9) int delta) {
    String mutated = mutate(siret, position, delta);
    int before = siret.charAt(position) - '0';
    int after = mutated.charAt(position) - '0';
    // the sum changes by after - before: only a change by ±5 keeps it a multiple of 5
    boolean bySumUnchangedModFive = Math.floorMod(after - before, 5) == 0;
    assertThat(Siret.isValid(mutated)).isEqualTo(bySumUnchangedModFive);
  }

  @Example
  void laPosteSirenItselfIsLuhnValid() {
    assertThat(Siren.of("356 000 000").value()).isEqualTo("356000000");
  }

  @Example
  void spacesAreIgnoredAndTheReasonIsGivenInBothLanguages() {
    assertThat(Siren.of("732 829 320").value()).isEqualTo("732829320");
    assertThatThrownBy(() -> Siren.of("732829321"))
        .isInstanceOfSatisfying(InvalidIdentifierException.class, e -> {
          assertThat(e.message(Lang.FR)).contains("732829321").contains("clé de contrôle");
          assertThat(e.message(Lang.EN)).contains("check digit");
        });
    assertThatThrownBy(() -> Siren.of("12345678")).hasMessageContaining("9 chiffres");
    assertThatThrownBy(() -> Siret.of("7328293200007")).hasMessageContaining("14 chiffres");
  }

  @Example
  void rnaNumbersAreWFollowedByNineDigits() {
    assertThat(RnaNumber.of("w751234567").value()).isEqualTo("W751234567");
    assertThat(RnaNumber.isValid("W12345678")).isFalse();
    assertThat(RnaNumber.isValid("X751234567")).isFalse();
    assertThat(RnaNumber.isValid("W7512345678")).isFalse();
  }

  @Example
  void inseeCommuneCodesIncludeCorsicaAndOverseasButNotTheOldCode20() {
    assertThat(InseeCommuneCode.of("2a004").departement()).isEqualTo("2A");
    assertThat(InseeCommuneCode.of("2B033").value()).isEqualTo("2B033");
    assertThat(InseeCommuneCode.of("75056").departement()).isEqualTo("75");
    assertThat(InseeCommuneCode.of("13201").departement()).isEqualTo("13");
    assertThat(InseeCommuneCode.of("97411").departement()).isEqualTo("974");
    assertThat(InseeCommuneCode.of("98818").departement()).isEqualTo("988");
    for (String bad : new String[] {"20004", "00001", "96001", "97901", "7505", "750566", "2C004"}) {
      assertThat(InseeCommuneCode.isValid(bad)).as(bad).isFalse();
    }
  }

  @Example
  void qpvCodesOfBothListsAreRecognised() {
    assertThat(QpvCode.of("QN07501M").generation()).isEqualTo(QpvCode.Generation.LIST_2024);
    assertThat(QpvCode.of("qn02a01m").departementCode()).isEqualTo("02A");
    assertThat(QpvCode.of("QP075001").generation()).isEqualTo(QpvCode.Generation.LIST_2015);
    assertThat(QpvCode.of("QP971001").departementCode()).isEqualTo("971");
    for (String bad : new String[] {"QX07501M", "QN0750M", "QN075011", "QP07501", "QP07500A", "QN02C01M"}) {
      assertThat(QpvCode.isValid(bad)).as(bad).isFalse();
    }
  }
}
