package io.github.essrules.rules.aides;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.essrules.core.money.Euros;
import io.github.essrules.core.verdict.LawContext;
import io.github.essrules.core.verdict.Outcome;
import io.github.essrules.core.verdict.Verdict;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Invariants of the de minimis headroom and of the adulte-relais aid. */
class AidesProperties {
  private static final LocalDate AS_OF = LocalDate.of(2026, 4, 1);
  private static final String SELF = "Maison des solidarités";

  @Provide
  Arbitrary<DeMinimisAid> aids() {
    Arbitrary<LocalDate> day = Arbitraries.integers().between(0, 365 * 12).map(d -> LocalDate.of(2014, 1, 1).plusDays(d));
    Arbitrary<BigDecimal> amount = Arbitraries.longs().between(0, 40_000_000).map(c -> BigDecimal.valueOf(c, 2));
    Arbitrary<DeMinimisAid.Regime> regime = Arbitraries.of(DeMinimisAid.Regime.class);
    Arbitrary<String> recipient = Arbitraries.of(SELF, "SCI liée", "Voisins SAS");
    return Combinators.combine(day, amount, regime, recipient).as((d, a, r, who) -> DeMinimisAid.builder()
        .grantedOn(d).amount(a).regime(r).recipient(who).grantor("Ville").build());
  }

  @Provide
  Arbitrary<DeMinimisAid> planned() {
    // general aid from 2014, SIEG from 2024 (no SIEG ceiling is shipped before), up to the day the
    // notes were verified (later grants are presumed, then refused beyond the horizon)
    Arbitrary<LocalDate> day = Arbitraries.integers().between(0, 4712).map(d -> LocalDate.of(2014, 1, 1).plusDays(d));
    Arbitrary<BigDecimal> amount = Arbitraries.longs().between(0, 40_000_000).map(c -> BigDecimal.valueOf(c, 2));
    return Combinators.combine(day, amount, Arbitraries.of(DeMinimisAid.Regime.class)).as((d, a, r) ->
        DeMinimisAid.builder().grantedOn(d.isBefore(DeMinimis.ROLLING_FROM) && r == DeMinimisAid.Regime.SIEG
            ? DeMinimis.ROLLING_FROM.plusDays(java.time.temporal.ChronoUnit.DAYS.between(LocalDate.of(2014, 1, 1), d) % 1061)
            : d).amount(a).regime(r).recipient(SELF).grantor("Région").build());
  }

  private static DeMinimisFacts facts(List<DeMinimisAid> aids, DeMinimisAid planned) {
    return DeMinimisFacts.builder().undertaking(SELF).linkedUndertakings(List.of("SCI liée"))
        .fiscalYearEnd(LocalDate.of(2020, 6, 30)).aids(aids).planned(planned).build();
  }

  /** « ne peut excéder » the ceiling: a negative headroom is always a verdict of excess. */
  @Property(tries = 300)
  void theHeadroomNeverGoesNegativeWithoutTheVerdictSayingTheCeilingIsExceeded(
      @ForAll @Size(max = 12) List<@net.jqwik.api.From("aids") DeMinimisAid> aids,
      @ForAll("planned") DeMinimisAid planned) {
    DeMinimisFacts f = facts(aids, planned);
    DeMinimis.Headroom h = DeMinimis.headroom(f, LawContext.standard(AS_OF));
    Verdict v = DeMinimis.get().evaluate(f, AS_OF);
    if (h.headroom().signum() < 0 || h.headroomAfterPlanned().signum() < 0) {
      assertThat(v.outcome()).isEqualTo(Outcome.NOT_SATISFIED);
      assertThat(v.failures()).extracting(x -> x.id()).containsExactly("dm.ceiling");
    } else {
      assertThat(v.outcome()).isEqualTo(Outcome.SATISFIED);
    }
    // the sum is exact: the aids counted add up to what the ceiling is compared with
    BigDecimal counted = h.lines().stream().filter(l -> l.count() == DeMinimis.Count.COUNTED)
        .map(l -> l.aid().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(h.used()).isEqualByComparingTo(counted);
    assertThat(h.headroom()).isEqualByComparingTo(h.ceiling().value().subtract(counted));
  }

  @Property(tries = 300)
  void addingAnAidNeverIncreasesTheHeadroom(@ForAll @Size(max = 10) List<@net.jqwik.api.From("aids") DeMinimisAid> aids,
      @ForAll("aids") DeMinimisAid another, @ForAll("planned") DeMinimisAid planned) {
    LawContext law = LawContext.standard(AS_OF);
    DeMinimis.Headroom before = DeMinimis.headroom(facts(aids, planned), law);
    List<DeMinimisAid> more = new ArrayList<>(aids);
    more.add(another);
    DeMinimis.Headroom after = DeMinimis.headroom(facts(more, planned), law);
    assertThat(after.headroom()).isLessThanOrEqualTo(before.headroom());
    if (!before.fits()) {
      assertThat(after.fits()).isFalse();
    }
  }

  /** D5134-158: the aid of the periods of a year, each prorated to its days, adds up to the yearly amount. */
  @Property(tries = 300)
  void theAidProratedOverAYearSumsToTheYearlyAmount(@ForAll @IntRange(min = 2013, max = 2040) int year,
      @ForAll @IntRange(min = 1, max = 99_999_999) int yearlyCents, @ForAll @Size(max = 8) List<@IntRange(min = 1,
          max = 364) Integer> cuts, @ForAll @IntRange(min = 1, max = 35) int hours) {
    BigDecimal yearly = BigDecimal.valueOf(yearlyCents, 2);
    BigDecimal share = BigDecimal.valueOf(hours).divide(BigDecimal.valueOf(35), MathContext.DECIMAL128);
    LocalDate start = LocalDate.of(year, 7, 1);
    LocalDate end = start.plusYears(1);
    TreeSet<LocalDate> bounds = new TreeSet<>();
    bounds.add(start);
    bounds.add(end);
    cuts.forEach(c -> bounds.add(start.plusDays(c)));
    BigDecimal sum = BigDecimal.ZERO;
    LocalDate from = null;
    for (LocalDate b : bounds) {
      if (from != null) {
        sum = sum.add(AdulteRelais.exactAid(yearly, share, from, b.minusDays(1)));
      }
      from = b;
    }
    BigDecimal whole = Euros.toCents(yearly.multiply(share), RoundingMode.HALF_UP);
    assertThat(Euros.toCents(sum, RoundingMode.HALF_UP)).isEqualByComparingTo(whole);
    assertThat(AdulteRelais.aid(yearly, share, start, end.minusDays(1)).rounded()).isEqualByComparingTo(whole);
  }
}
