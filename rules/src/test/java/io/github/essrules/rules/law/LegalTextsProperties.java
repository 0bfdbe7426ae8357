package io.github.essrules.rules.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.essrules.core.law.Applicability;
import io.github.essrules.core.law.ArticleHistory;
import io.github.essrules.core.law.ArticleVersion;
import io.github.essrules.core.law.LawPolicy;
import io.github.essrules.core.law.NoLawKnownException;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import net.jqwik.api.Example;

/**
 * Date coverage of every text the rules apply: for every day from the first version to the horizon
 * plus a day, exactly one answer — the version in force (verified, or presumed after the day of
 * verification) or the typed refusal — and none beyond the horizon.
 */
class LegalTextsProperties {

  @Example
  void everyDayOfEveryTextToItsHorizonPlusADayGetsExactlyOneAnswer() {
    for (LawPolicy policy : List.of(LawPolicy.standard(), LawPolicy.strict(),
        LawPolicy.standard().withPresumptionHorizon(Period.ofMonths(1)))) {
      for (ArticleHistory h : LegalTexts.all()) {
        LocalDate last = h.lastDayServed(policy);
        for (LocalDate d = h.versions().get(0).validFrom().minusDays(1); !d.isAfter(last.plusDays(1)); d = d.plusDays(1)) {
          LocalDate day = d;
          long inForce = h.versions().stream().filter(v -> v.governs(day)).count();
          assertThat(inForce).as(h.citation() + " " + d).isLessThanOrEqualTo(1);
          Applicability a = h.applicability(day, policy);
          if (a == Applicability.REFUSED) {
            assertThatThrownBy(() -> h.versionApplied(day, policy)).isInstanceOf(NoLawKnownException.class);
            continue;
          }
          ArticleVersion v = h.versionApplied(day, policy);
          assertThat(v.governs(day)).isTrue();
          boolean presumed = v.validUntil().isEmpty() && day.isAfter(h.verifiedOn());
          assertThat(a).as(h.citation() + " " + d).isEqualTo(presumed ? Applicability.PRESUMED : Applicability.VERIFIED);
          assertThat(presumed && policy.isStrict()).isFalse();
        }
        assertThat(h.applicability(last.plusDays(1), policy)).as(h.citation()).isEqualTo(Applicability.REFUSED);
        assertThat(h.applicability(LocalDate.of(9999, 12, 31), policy)).isEqualTo(Applicability.REFUSED);
      }
    }
  }

  @Example
  void theCodeDuTravailIsVerifiedOnTheDayOfTheLegiDumpAndTheEsusArticleHasItsTenVersions() {
    ArticleHistory l3332 = LegalTexts.codeDuTravail("L3332-17-1");
    assertThat(l3332.verifiedOn()).isEqualTo(LocalDate.of(2026, 3, 27));
    assertThat(l3332.versions()).hasSize(10);
    assertThat(l3332.versionAt(LocalDate.of(2021, 3, 1)).flatMap(ArticleVersion::legifranceId))
        .contains("LEGIARTI000041471643");
    // D5132-43-5 did not exist from 2014-11-16 to 2021-08-31
    assertThat(LegalTexts.codeDuTravail("D5132-43-5").versionAt(LocalDate.of(2018, 1, 1))).isEmpty();
  }
}
