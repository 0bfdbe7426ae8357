package io.github.essrules.rules.financement;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.essrules.core.verdict.Outcome;
import io.github.essrules.core.verdict.Verdict;
import io.github.essrules.rules.ess.LegalForm;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Invariants of the public-support rules (loi n° 2000-321, C. com. L612-4, loi n° 2014-856 art. 9). */
class FinancementProperties {
  private static final LocalDate AS_OF = LocalDate.of(2026, 4, 1);

  /** Loi n° 2000-321, art. 10: raising the amount never removes the convention duty. */
  @Property(tries = 500)
  void raisingTheAmountNeverRemovesTheConventionDuty(@ForAll @IntRange(min = 0, max = 5_000_000) int cents,
      @ForAll @IntRange(min = 0, max = 5_000_000) int moreCents, @ForAll @IntRange(min = 0, max = 3_000_000) int othersCents) {
    Outcome low = convention(cents, othersCents);
    Outcome high = convention(cents + moreCents, othersCents);
    if (low == Outcome.SATISFIED) {
      assertThat(high).isEqualTo(Outcome.SATISFIED);
    }
    // "dépasse": strictly above 23 000 €, counting the funder's other subsidies of the year
    assertThat(low).isEqualTo(Outcome.of(cents + (long) othersCents > 2_300_000));
  }

  private static Outcome convention(int cents, int othersCents) {
    SubventionAward f = SubventionAward.builder().funder(Funder.COLLECTIVITE_TERRITORIALE).funderPopulation(50_000)
        .beneficiaryForm(LegalForm.ASSOCIATION).amount(BigDecimal.valueOf(cents, 2))
        .otherAwardsSameFunderSameYear(BigDecimal.valueOf(othersCents, 2)).awardedOn(LocalDate.of(2025, 3, 1))
        .socialHousing(false).earmarked(false).conventionSignedOn(LocalDate.of(2025, 3, 15)).build();
    return SubventionConvention.get().evaluate(f, AS_OF).outcome();
  }

  /** C. com. L612-4: one more subsidy, whatever it is, never removes the duties; one not counted never adds them. */
  @Property(tries = 300)
  void anotherSubsidyNeverRemovesTheL612_4DutiesAndOnlyCashFromPublicBodiesInTheYearAddsThem(
      @ForAll @IntRange(min = 0, max = 30_000_000) int cents, @ForAll @IntRange(min = 0, max = 10_000_000) int extraCents,
      @ForAll Funder funder, @ForAll boolean inCash, @ForAll @IntRange(min = -60, max = 420) int day) {
    List<PublicSubsidy> list = new ArrayList<>(List.of(subsidy(Funder.STATE, true, cents, LocalDate.of(2025, 6, 1))));
    Outcome before = comptes(list);
    PublicSubsidy extra = subsidy(funder, inCash, extraCents, LocalDate.of(2025, 1, 1).plusDays(day));
    list.add(extra);
    Outcome after = comptes(list);
    if (before == Outcome.SATISFIED) {
      assertThat(after).isEqualTo(Outcome.SATISFIED);
    }
    boolean counted = inCash && funder.countsForL612_4() && day >= 0 && day <= 364;
    if (!counted) {
      assertThat(after).isEqualTo(before);
    }
    assertThat(after).isEqualTo(Outcome.of(cents + (counted ? (long) extraCents : 0) > 15_300_000));
  }

  private static PublicSubsidy subsidy(Funder funder, boolean inCash, int cents, LocalDate on) {
    return PublicSubsidy.builder().funder(funder).inCash(inCash).amount(BigDecimal.valueOf(cents, 2)).receivedOn(on)
        .build();
  }

  private static Outcome comptes(List<PublicSubsidy> subsidies) {
    return AssociationComptes.get().evaluate(AssociationSubsidies.builder()
        .yearBasis(AssociationSubsidies.YearBasis.CALENDAR_YEAR).yearStart(LocalDate.of(2025, 1, 1))
        .yearEnd(LocalDate.of(2025, 12, 31)).subsidies(subsidies).build(), AS_OF).outcome();
  }

  /** Loi n° 2000-321, art. 10-1: a reconnue d'utilité publique applicant always meets the obligation, from 2 January 2022. */
  @Property(tries = 200)
  void aRupApplicantAlwaysMeetsTheCerObligationFromTheDecree(@ForAll @IntRange(min = 0, max = 1500) int day,
      @ForAll boolean fondation, @ForAll boolean subscribed) {
    LocalDate requested = LocalDate.of(2021, 6, 1).plusDays(day);
    Verdict v = ContratEngagementRepublicain.get().evaluate(CerRequest.builder()
        .applicantForm(fondation ? LegalForm.FONDATION : LegalForm.ASSOCIATION).funder(Funder.STATE)
        .requestedOn(requested).reconnueUtilitePublique(true).contractSubscribed(subscribed).build(), AS_OF);
    assertThat(v.outcome()).isEqualTo(requested.isBefore(FinancementLaw.CER_FIRST_REQUEST)
        ? Outcome.NOT_APPLICABLE : Outcome.SATISFIED);
  }

  /** Loi n° 2014-856, art. 9, I: partners ("en lien avec") never change the verdict on a grouping. */
  @Property(tries = 200)
  void partnersNeverDecideWhetherAGroupingIsAPtce(@ForAll @IntRange(min = 0, max = 4) int ess,
      @ForAll @IntRange(min = 0, max = 3) int enterprises, @ForAll PtceMember.Kind partner) {
    List<PtceMember> members = new ArrayList<>();
    for (int i = 0; i < ess; i++) {
      members.add(PtceMember.builder().name("ESS " + i).kind(PtceMember.Kind.ESS_ENTERPRISE).build());
    }
    for (int i = 0; i < enterprises; i++) {
      members.add(PtceMember.builder().name("Entreprise " + i).kind(PtceMember.Kind.OTHER_ENTERPRISE).build());
    }
    Outcome without = ptce(members);
    if (partner != PtceMember.Kind.ESS_ENTERPRISE && partner != PtceMember.Kind.OTHER_ENTERPRISE) {
      members.add(PtceMember.builder().name("Partenaire").kind(partner).build());
      assertThat(ptce(members)).isEqualTo(without);
    }
    // no other enterprise fails whatever the ESS count; one ESS enterprise leaves the plural undecided
    assertThat(without).isEqualTo(enterprises == 0 ? Outcome.NOT_SATISFIED
        : ess == 1 ? Outcome.UNDETERMINED : Outcome.of(ess >= 2));
  }

  private static Outcome ptce(List<PtceMember> members) {
    return Ptce.get().evaluate(PtceGrouping.builder().members(members).sameTerritory(true).commonStrategy(true).build(),
        AS_OF).outcome();
  }
}
