package io.github.essrules.rules.regie;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.essrules.core.Lang;
import io.github.essrules.core.law.Confidence;
import io.github.essrules.core.verdict.Outcome;
import io.github.essrules.core.verdict.Verdict;
import io.github.essrules.rules.ess.LegalForm;
import io.github.essrules.rules.structure.Organisation;
import io.github.essrules.rules.structure.Qualifications;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RegieRuleTest {
  static final LocalDate ASOF = LocalDate.of(2026, 4, 1);

  /** Régie de territoire CUCM Bassin Nord: association, EI + ACI, CNLRQ member (guide); board invented. */
  static RegieCase.Builder cucm() {
    return RegieCase.builder()
        .organisation(Organisation.builder().name("Régie de territoire CUCM Bassin Nord").legalForm(LegalForm.ASSOCIATION)
            .registeredOfficeCommune("71153")
            .qualifications(java.util.List.of(
                Qualifications.RegieDeQuartierLabel.builder().charterSigned(true).territoire(true).build(),
                Qualifications.SiaeConvention.builder().kind(Qualifications.SiaeConvention.Kind.EI).build(),
                Qualifications.SiaeConvention.builder().kind(Qualifications.SiaeConvention.Kind.ACI)
                    .since(LocalDate.of(2015, 1, 1)).build()))
            .build())
        .definedTerritory(true)
        .board(Board.builder().inhabitants(7).collectivites(3).bailleursSociaux(2).others(1).build());
  }

  @Test
  void theRegieDeTerritoireCucmBassinNordIsARegieDeQuartier() {
    Verdict v = RegieRule.get().evaluate(cucm().build(), ASOF);
    assertThat(v.outcome()).as(v.explain(Lang.FR)).isEqualTo(Outcome.SATISFIED);
    assertThat(v.notices()).extracting(n -> n.id()).containsExactly("regie.esus", "regie.siae", "regie.siae", "text.presumed");
    assertThat(v.confidence()).isEqualTo(Confidence.UNCONFIRMED);
  }

  @Test
  void aBoardOrACaseChangedThroughItsBuilderKeepsTheRestAndLeavesTheOriginalAlone() {
    // the CUCM board with a bailleur social more: the triptych and the majority are read anew
    RegieCase original = cucm().build();
    Board larger = original.board().get().toBuilder().bailleursSociaux(3).build();
    RegieCase changed = original.toBuilder().board(larger).build();
    assertThat(larger.inhabitants()).isEqualTo(7);
    assertThat(larger.collectivites()).isEqualTo(3);
    assertThat(larger.total()).isEqualTo(14);
    assertThat(changed.organisation()).isEqualTo(original.organisation());
    assertThat(changed.definedTerritory()).isEqualTo(original.definedTerritory());
    assertThat(original.board().get().bailleursSociaux()).isEqualTo(2);
    // 2 × 7 = 14 is not above the 14 seats: the inhabitants lose their majority
    assertThat(RegieRule.get().evaluate(changed, ASOF).failures()).extracting(f -> f.id())
        .containsExactly("regie.governance.majority");
  }

}
