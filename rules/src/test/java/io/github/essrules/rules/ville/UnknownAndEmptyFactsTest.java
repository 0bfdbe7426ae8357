package io.github.essrules.rules.ville;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.essrules.core.verdict.Finding;
import io.github.essrules.core.verdict.Outcome;
import io.github.essrules.core.verdict.Verdict;
import io.github.essrules.rules.ess.LegalForm;
import io.github.essrules.rules.structure.Organisation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rule of unknown and empty facts (package {@code io.github.essrules.rules}) for a contract
 * reserved to SIAE: the bidder's qualifications left out are unknown, {@code []} says it holds no
 * convention (Code de la commande publique, art. L2113-13).
 */
class UnknownAndEmptyFactsTest {

  static Verdict bid(Organisation bidder) {
    return ReservedContracts.get().evaluate(ReservedBidderFacts.builder().organisation(bidder)
        .reservation(ReservedBidderFacts.Reservation.L2113_13).disadvantagedShare(new BigDecimal("0.6")).build(),
        LocalDate.of(2025, 5, 1));
  }

  @Test
  void aBidderThatDoesNotListItsConventionsIsUndeterminedForAnSiaeReservedContract_CCP_L2113_13() {
    Organisation unknown = Organisation.builder().name("Régie de territoire CUCM Bassin Nord")
        .legalForm(LegalForm.ASSOCIATION).build();
    Finding siae = bid(unknown).find("reserved.siae").get(0);
    assertThat(siae.outcome()).isEqualTo(Outcome.UNDETERMINED);
    assertThat(siae.missingFacts()).containsExactly("/organisation/qualifications");
    Organisation none = Organisation.builder().from(unknown).qualifications(List.of()).build();
    assertThat(bid(none).find("reserved.siae").get(0).outcome()).isEqualTo(Outcome.NOT_SATISFIED);
  }
}
