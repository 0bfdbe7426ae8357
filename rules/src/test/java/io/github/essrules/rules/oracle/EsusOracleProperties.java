package io.github.essrules.rules.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.essrules.core.Lang;
import io.github.essrules.core.verdict.Outcome;
import io.github.essrules.core.verdict.Verdict;
import io.github.essrules.rules.amounts.Smic;
import io.github.essrules.rules.ess.CapitalOperation;
import io.github.essrules.rules.ess.EssFinancialYear;
import io.github.essrules.rules.ess.EssMembershipFacts;
import io.github.essrules.rules.ess.LegalForm;
import io.github.essrules.rules.esus.EquitySecurities;
import io.github.essrules.rules.esus.EsusFacts;
import io.github.essrules.rules.esus.EsusFinancialYear;
import io.github.essrules.rules.esus.EsusRule;
import io.github.essrules.rules.esus.MainPurpose;
import io.github.essrules.rules.esus.Pay;
import io.github.essrules.rules.esus.PayYear;
import io.github.essrules.rules.esus.PayeeRole;
import io.github.essrules.rules.esus.PleinDroitCategory;
import io.github.essrules.rules.esus.UtilityObjective;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * {@code EsusRule} against its oracle, {@link EsusBaseline}: the hand-written reading of
 * L3332-17-1, R3332-21-1 and art. 1 of loi n° 2014-856 must give the same outcome for facts whose
 * every input varies — the legal form, each statement of art. 1 (given true or false, or left
 * out), the accounts of a commercial company, the route and the category of II, the objectives and
 * their impact, the creation, application and renewal dates, the charges and the dividend ratio of
 * each financial year (sometimes with a year missing between two), the commitment, the pay years,
 * the people paid, their part-time ratios and the branch minimum, the statement that all paid
 * people are listed, the listing of the shares and the statuts — with values drawn near each
 * threshold of the texts (66 %, the TMO + 5 %, 7 and 10 times the SMIC, 20 % and 50 % of the
 * profit, a fifth of the capital, three years since creation) so that both sides of every "≤" and
 * "<" are reached.
 *
 * <p>Asked about on 1 April 2026; pay years 2019, 2020 and 2025, whose SMIC did not change during
 * the year (the oracle's domain). The organisation and the agrément's calendar (file received,
 * decision) add notices and terms, not conditions: they are left out.
 */
class EsusOracleProperties {
  private static final LocalDate AS_OF = LocalDate.of(2026, 4, 1);
  private static final List<Integer> PAY_YEARS = List.of(2019, 2020, 2025);
  private static final Function<Year, BigDecimal> SMIC = year -> Smic.hourlyGross(year.atDay(1)).value();

  @Property(tries = 1000, edgeCases = EdgeCasesMode.NONE)
  void theRuleGivesTheOutcomeTheTextsGive(@ForAll("facts") EsusFacts facts) {
    Verdict verdict = EsusRule.get().evaluate(facts, AS_OF);
    Outcome expected = EsusBaseline.outcome(facts, SMIC);
    Statistics.collect(expected, facts.pleinDroitCategory().isPresent() ? "plein droit" : "general route");
    assertThat(verdict.outcome()).as("%s%n%s", facts, verdict.explain(Lang.EN)).isEqualTo(expected);
  }

  // ---- generators ----------------------------------------------------------------------------------

  @Provide
  Arbitrary<EsusFacts> facts() {
    Arbitrary<LocalDate> application = Arbitraries.integers().between(0, 441).map(d -> AS_OF.minusDays(d));
    return application.flatMap(app -> Combinators.combine(ess(), creation(app), renewal(app), route(), purpose(),
            financialYears(), payYears(), tail())
        .as((ess, created, renewal, route, purpose, years, pay, tail) -> EsusFacts.builder()
            .ess(ess)
            .applicationDate(app)
            .creationDate(created)
            .renewalOfAgrementGrantedOn(renewal)
            .pleinDroitCategory(route)
            .mainPurpose(purpose)
            .financialYears(years)
            .payYears(pay)
            .purposeInStatuts(tail.get1())
            .dividendRatioCommitment(tail.get2())
            .equitySecurities(tail.get3())
            .build()));
  }

  /** A statement of the facts: mostly given true, sometimes false or left out. */
  private static Arbitrary<Optional<Boolean>> stated() {
    return Arbitraries.frequencyOf(Tuple.of(40, Arbitraries.just(Optional.of(true))),
        Tuple.of(1, Arbitraries.just(Optional.of(false))), Tuple.of(1, Arbitraries.just(Optional.<Boolean>empty())));
  }

  /** Sometimes left out. */
  private static <T> Arbitrary<Optional<T>> mostly(Arbitrary<T> value) {
    return Arbitraries.frequencyOf(Tuple.of(20, value.map(Optional::of)), Tuple.of(1, Arbitraries.just(Optional.<T>empty())));
  }

  /** A small step either side of a threshold, or farther. */
  private static Arbitrary<BigDecimal> around() {
    return Arbitraries.of("-5000", "-0.01", "0", "0", "0.01", "5000").map(BigDecimal::new);
  }

  /**
   * A step from a minimum ("au moins"): on it or above more often than below, so that the other
   * conditions are reached too.
   */
  private static Arbitrary<BigDecimal> mostlyAbove(String far) {
    return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just("-" + far)), Tuple.of(1, Arbitraries.just("-0.01")),
        Tuple.of(4, Arbitraries.just("0")), Tuple.of(2, Arbitraries.just("0.01")), Tuple.of(4, Arbitraries.just(far)))
        .map(BigDecimal::new);
  }

  /** A step from a maximum ("n'excède pas", "inférieur à"): on it or below more often than above. */
  private static Arbitrary<BigDecimal> mostlyBelow(String far) {
    return mostlyAbove(far).map(BigDecimal::negate);
  }

  private static Arbitrary<EssMembershipFacts> ess() {
    Arbitrary<LegalForm> form = Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.just(LegalForm.COMMERCIAL_COMPANY)),
        Tuple.of(4, Arbitraries.just(LegalForm.ASSOCIATION)), Tuple.of(2, Arbitraries.just(LegalForm.SCOP)),
        Tuple.of(1, Arbitraries.of(LegalForm.class)));
    Arbitrary<List<Optional<Boolean>>> statements = stated().list().ofSize(8);
    Arbitrary<List<EssFinancialYear>> years = Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(List.<EssFinancialYear>of())),
        Tuple.of(6, Arbitraries.integers().between(1, 3).flatMap(n -> allocation().list().ofSize(n)
            .map(list -> {
              List<EssFinancialYear> dated = new ArrayList<>();
              for (int i = 0; i < list.size(); i++) {
                dated.add(list.get(i).toBuilder().closingDate(LocalDate.of(2025 - i, 12, 31)).build());
              }
              return dated;
            }))));
    return Combinators.combine(form, statements, years).as((f, s, y) -> EssMembershipFacts.builder()
        .legalForm(f).name("Entreprise")
        .purposeOtherThanSharingProfits(s.get(0)).democraticGovernance(s.get(1)).profitsMostlyForActivity(s.get(2))
        .mandatoryReservesUndistributable(s.get(3)).liquidationSurplusToEss(s.get(4))
        .socialUtilityInStatuts(s.get(5)).managementPrinciplesInStatuts(s.get(6)).registeredAsEss(s.get(7))
        .financialYears(y).build());
  }

  /** A year's allocation of its profit, near 20 % and 50 % and near a fifth of the capital. */
  private static Arbitrary<EssFinancialYear> allocation() {
    Arbitrary<BigDecimal> profit = Arbitraries.frequencyOf(
        Tuple.of(6, Arbitraries.integers().between(100, 800).map(k -> BigDecimal.valueOf(k * 100L))),
        Tuple.of(1, Arbitraries.integers().between(-200, 0).map(k -> BigDecimal.valueOf(k * 100L))));
    Arbitrary<BigDecimal> losses = Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.just(BigDecimal.ZERO)),
        Tuple.of(1, Arbitraries.integers().between(1, 500).map(k -> BigDecimal.valueOf(k * 100L))));
    Arbitrary<BigDecimal> capital = Arbitraries.integers().between(10, 300).map(k -> BigDecimal.valueOf(k * 1000L));
    Arbitrary<CapitalOperation> operation = Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.just(CapitalOperation.NONE)),
        Tuple.of(1, Arbitraries.of(CapitalOperation.class)));
    Arbitrary<Integer> leftOut = Arbitraries.frequencyOf(Tuple.of(12, Arbitraries.just(-1)),
        Tuple.of(1, Arbitraries.integers().between(0, 6)));
    return Combinators.combine(profit, losses, capital, around(), mostlyAbove("5000"), mostlyAbove("5000"), operation,
            leftOut)
        .as((p, l, c, reservesStep, fundStep, retainedStep, op, out) -> {
          BigDecimal base = p.subtract(l).max(BigDecimal.ZERO);
          BigDecimal reserves = c.divide(BigDecimal.valueOf(5)).add(reservesStep).max(BigDecimal.ZERO);
          BigDecimal fund = base.multiply(new BigDecimal("0.20")).add(fundStep).max(BigDecimal.ZERO);
          BigDecimal retained = base.multiply(new BigDecimal("0.50")).add(retainedStep).max(BigDecimal.ZERO);
          return EssFinancialYear.builder().closingDate(LocalDate.of(2025, 12, 31))
              .profit(out == 0 ? Optional.empty() : Optional.of(p))
              .priorLosses(out == 1 ? Optional.empty() : Optional.of(l))
              .reservesBeforeAllocation(out == 2 ? Optional.empty() : Optional.of(reserves))
              .shareCapital(out == 3 ? Optional.empty() : Optional.of(c))
              .allocatedToDevelopmentFund(out == 4 ? Optional.empty() : Optional.of(fund))
              .allocatedToRetainedEarningsAndMandatoryReserves(out == 5 ? Optional.empty() : Optional.of(retained))
              .capitalOperation(out == 6 ? Optional.empty() : Optional.of(op))
              .build();
        });
  }

  /** Created long ago, less than three years before the application, or three years to the day. */
  private static Arbitrary<Optional<LocalDate>> creation(LocalDate application) {
    Arbitrary<LocalDate> date = Arbitraries.frequencyOf(
        Tuple.of(4, Arbitraries.integers().between(3, 25).map(y -> application.minusYears(y).minusDays(17))),
        Tuple.of(2, Arbitraries.integers().between(0, 1094).map(application::minusDays)),
        Tuple.of(2, Arbitraries.of(-1, 0, 1).map(d -> application.minusYears(3).plusDays(d))));
    return mostly(date);
  }

  private static Arbitrary<Optional<LocalDate>> renewal(LocalDate application) {
    return Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.just(Optional.<LocalDate>empty())),
        Tuple.of(1, Arbitraries.integers().between(2, 6).map(y -> Optional.of(application.minusYears(y).plusDays(40)))));
  }

  private static Arbitrary<Optional<PleinDroitCategory>> route() {
    return Arbitraries.frequencyOf(Tuple.of(10, Arbitraries.just(Optional.<PleinDroitCategory>empty())),
        Tuple.of(1, Arbitraries.of(PleinDroitCategory.ASSOCIATION_FONDATION_RUP).map(Optional::of)),
        Tuple.of(2, Arbitraries.of(PleinDroitCategory.class).map(Optional::of)));
  }

  private static Arbitrary<Optional<MainPurpose>> purpose() {
    Arbitrary<List<UtilityObjective>> some = Arbitraries.of(UtilityObjective.class).set().ofMaxSize(3)
        .map(ArrayList::new);
    // mostly one objective that counts by itself, among others
    Arbitrary<List<UtilityObjective>> pursued = Arbitraries.frequencyOf(Tuple.of(1, some),
        Tuple.of(3, Combinators.combine(Arbitraries.of(UtilityObjective.FRAGILE_PERSONS,
            UtilityObjective.EXCLUSION_AND_COHESION, UtilityObjective.CITIZENSHIP_EDUCATION, UtilityObjective.OBJECTIVE_5),
            some).as((one, others) -> {
              List<UtilityObjective> all = new ArrayList<>(others);
              if (!all.contains(one)) {
                all.add(one);
              }
              return all;
            })));
    return mostly(Combinators.combine(mostly(pursued), mostly(some)).as((objectives, through) -> MainPurpose.builder()
        .objectives(objectives).sustainableDevelopmentImpactThrough(through)
        .objective5Description("préservation d'un jardin protégé").build()));
  }

  /**
   * Calendar years ending in 2023, 2024 or 2025 (some not closed on the application date), now
   * and then without one of them, each near 66 % of social-utility charges and near the TMO + 5 %.
   */
  private static Arbitrary<List<EsusFinancialYear>> financialYears() {
    Arbitrary<Integer> last = Arbitraries.of(2023, 2024, 2025);
    Arbitrary<Integer> count = Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(0)),
        Tuple.of(2, Arbitraries.integers().between(1, 2)), Tuple.of(10, Arbitraries.integers().between(3, 5)));
    Arbitrary<Integer> gap = Arbitraries.frequencyOf(Tuple.of(8, Arbitraries.just(-1)),
        Tuple.of(1, Arbitraries.integers().between(1, 3)));
    return Combinators.combine(last, count, gap).as(Tuple::of).flatMap(t -> chargesYear().list().ofSize(t.get2())
        .map(years -> {
          List<EsusFinancialYear> out = new ArrayList<>();
          for (int i = 0; i < years.size(); i++) {
            int year = t.get1() - i;
            if (i == t.get3() && years.size() > 2) {
              continue; // a year not given between two others
            }
            out.add(years.get(i).toBuilder().startDate(LocalDate.of(year, 1, 1))
                .closingDate(LocalDate.of(year, 12, 31)).build());
          }
          return out;
        }));
  }

  private static Arbitrary<EsusFinancialYear> chargesYear() {
    Arbitrary<BigDecimal> total = Arbitraries.integers().between(100, 2000).map(k -> BigDecimal.valueOf(k * 1000L));
    Arbitrary<BigDecimal> shareStep = mostlyAbove("100000");
    Arbitrary<BigDecimal> equity = Arbitraries.frequencyOf(Tuple.of(8, Arbitraries.integers().between(1, 500)
        .map(k -> BigDecimal.valueOf(k * 1000L))), Tuple.of(1, Arbitraries.of("0", "-20000").map(BigDecimal::new)));
    Arbitrary<BigDecimal> financing = Arbitraries.integers().between(0, 100).map(k -> BigDecimal.valueOf(k * 500L));
    Arbitrary<BigDecimal> tmo = Arbitraries.integers().between(0, 60).map(k -> BigDecimal.valueOf(k, 3));
    Arbitrary<BigDecimal> ratioStep = mostlyBelow("3000");
    Arbitrary<Integer> leftOut = Arbitraries.frequencyOf(Tuple.of(20, Arbitraries.just(-1)),
        Tuple.of(1, Arbitraries.integers().between(0, 6)));
    return Combinators.combine(total, shareStep, equity, financing, tmo, ratioStep, leftOut)
        .as((t, s, e, nb, rate, step, out) -> {
          BigDecimal social = t.multiply(new BigDecimal("0.66")).add(s).max(BigDecimal.ZERO).min(t);
          BigDecimal denominator = e.add(nb);
          BigDecimal limit = rate.add(new BigDecimal("0.05")).multiply(denominator).setScale(2, RoundingMode.DOWN);
          BigDecimal numerator = limit.add(step).max(BigDecimal.ZERO);
          BigDecimal remuneration = numerator.min(nb.multiply(new BigDecimal("0.03")).setScale(2, RoundingMode.DOWN));
          return EsusFinancialYear.builder().startDate(LocalDate.of(2025, 1, 1)).closingDate(LocalDate.of(2025, 12, 31))
              .operatingCharges(out == 0 ? Optional.empty() : Optional.of(t))
              .socialUtilityOperatingCharges(out == 1 ? Optional.empty() : Optional.of(social))
              .dividends(out == 2 ? Optional.empty() : Optional.of(numerator.subtract(remuneration)))
              .nonBankFinancingRemuneration(out == 3 ? Optional.empty() : Optional.of(remuneration))
              .equity(out == 4 ? Optional.empty() : Optional.of(e))
              .nonBankFinancing(Optional.of(nb))
              .tmo(out == 5 ? Optional.empty() : Optional.of(rate))
              .build();
        });
  }

  /** The annual reference of a year whose SMIC did not change, as the generator aims at its caps. */
  private static BigDecimal reference(int year) {
    return SMIC.apply(Year.of(year)).multiply(new BigDecimal("151.67")).setScale(2, RoundingMode.HALF_UP)
        .multiply(BigDecimal.valueOf(12));
  }

  private static Arbitrary<List<PayYear>> payYears() {
    return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(List.<PayYear>of())),
        Tuple.of(20, Arbitraries.of(PAY_YEARS).set().ofMinSize(1).ofMaxSize(2)
            .flatMap(years -> Combinators.combine(years.stream().map(EsusOracleProperties::payYear).toList())
                .as(ArrayList::new))));
  }

  private static Arbitrary<PayYear> payYear(int year) {
    BigDecimal reference = reference(year);
    BigDecimal averageCap = reference.multiply(BigDecimal.valueOf(7));
    BigDecimal bestPaidCap = reference.multiply(BigDecimal.TEN);
    Arbitrary<BigDecimal> top = Arbitraries.frequencyOf(
        Tuple.of(2, mostlyBelow("5000").map(bestPaidCap::add)),
        Tuple.of(3, Arbitraries.integers().between(200, 1800).map(k -> BigDecimal.valueOf(k * 100L))));
    Arbitrary<BigDecimal> others = Arbitraries.frequencyOf(
        Tuple.of(2, mostlyBelow("5000").map(averageCap::add)),
        Tuple.of(3, Arbitraries.integers().between(200, 1600).map(k -> BigDecimal.valueOf(k * 100L))));
    Arbitrary<BigDecimal> ratio = Arbitraries.frequencyOf(Tuple.of(5, Arbitraries.just(BigDecimal.ONE)),
        Tuple.of(1, Arbitraries.of("0.5", "0.6", "0.75", "0.8", "0.9").map(BigDecimal::new)));
    Arbitrary<Pay> bestPaid = Combinators.combine(top, ratio).as((amount, r) -> Pay.builder().label("dirigeant")
        .role(PayeeRole.DIRIGEANT).amountPaid(amount.multiply(r).setScale(2, RoundingMode.HALF_UP)).fullTimeRatio(r)
        .build());
    Arbitrary<Pay> other = Combinators.combine(others, ratio).as((amount, r) -> Pay.builder()
        .role(PayeeRole.SALARIE).amountPaid(amount.multiply(r).setScale(2, RoundingMode.HALF_UP)).fullTimeRatio(r)
        .build());
    Arbitrary<List<Pay>> people = Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(List.<Pay>of())),
        Tuple.of(25, Combinators.combine(bestPaid, other.list().ofMaxSize(6)).as((b, o) -> {
          List<Pay> all = new ArrayList<>(o);
          all.add(0, b);
          return all;
        })));
    Arbitrary<Optional<BigDecimal>> branch = Arbitraries.frequencyOf(
        Tuple.of(5, Arbitraries.just(Optional.<BigDecimal>empty())),
        Tuple.of(1, Arbitraries.of("0.9", "1", "1.1").map(k -> Optional.of(reference.multiply(new BigDecimal(k))
            .setScale(2, RoundingMode.HALF_UP)))));
    return Combinators.combine(people, stated(), branch).as((p, listed, b) -> PayYear.builder().year(Year.of(year))
        .pay(p).allPaidPersonsListed(listed).branchMinimumAnnual(b).build());
  }

  private static Arbitrary<Tuple.Tuple3<Optional<Boolean>, Optional<Boolean>, Optional<EquitySecurities>>> tail() {
    return Combinators.combine(stated(), Arbitraries.frequencyOf(Tuple.of(3, stated()),
            Tuple.of(1, Arbitraries.just(Optional.of(false)))),
        mostly(Arbitraries.frequencyOf(Tuple.of(8, Arbitraries.of(EquitySecurities.NONE,
            EquitySecurities.NOT_ADMITTED_TO_TRADING)), Tuple.of(1, Arbitraries.just(EquitySecurities.ADMITTED_TO_TRADING)))))
        .as(Tuple::of);
  }
}
