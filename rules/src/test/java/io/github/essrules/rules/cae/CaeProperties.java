package io.github.essrules.rules.cae;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.essrules.core.verdict.Finding;
import io.github.essrules.core.verdict.Outcome;
import io.github.essrules.core.verdict.Verdict;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** Invariants of the CAE report and agenda (R7331-3, L7331-3, L7332-1, R7331-12) and remuneration (L7332-3). */
class CaeProperties {

  @Provide
  Arbitrary<List<Interview>> interviews() {
    Arbitrary<Interview> one = Arbitraries.longs().between(0, 1500).flatMap(day -> Arbitraries.of(0, 1, 2, 3)
        .map(kind -> {
          LocalDate d = LocalDate.of(2023, 1, 1).plusDays(day);
          switch (kind) {
            case 0:
              return CaeCases.complete(d);
            case 1:
              return Interview.builder().date(d).documentSigned(false).build();
            case 2:
              return Interview.builder().date(d).build();
            default:
              return Interview.builder().date(d).documentSigned(true)
                  .documentContents(List.of(InterviewContent.ACTIONS_NEEDED)).build();
          }
        }));
    return one.list().ofMaxSize(12);
  }

  static CaeFacts withInterviews(List<Interview> interviews, LocalDate start) {
    return CaeCases.coopAlpha().entrepreneurs(List.of(CaeCases.entrepreneur("amina").contractStart(start)
        .interviews(interviews).build())).build();
  }

  static long breaches(Verdict v) {
    List<Finding> all = new ArrayList<>(v.findings());
    long n = 0;
    for (int i = 0; i < all.size(); i++) {
      Finding f = all.get(i);
      all.addAll(f.children());
      if (f.outcome() == Outcome.NOT_SATISFIED && f.children().isEmpty()) {
        n++;
      }
    }
    return n;
  }

  // asOf up to 2027-03-15: the CAE articles, verified on 2026-03-27, are refused beyond 2027-03-27
  @Property(tries = 200)
  void theAgendaIsSortedAndNothingUpcomingIsInThePast(@ForAll("interviews") List<Interview> interviews,
      @ForAll @LongRange(min = 0, max = 1400) long startDay, @ForAll @LongRange(min = 0, max = 1900) long asOfDay,
      @ForAll @IntRange(min = 0, max = 10) int trial) {
    LocalDate start = LocalDate.of(2022, 1, 1).plusDays(startDay);
    LocalDate asOf = LocalDate.of(2022, 1, 1).plusDays(asOfDay);
    CaeFacts facts = CaeCases.coopAlpha().entrepreneurs(List.of(CaeCases.entrepreneur("amina").contractStart(start)
        .trialPeriodMonths(trial).becameAssocieOn(java.util.Optional.empty()).interviews(interviews).build())).build();
    List<AgendaItem> agenda = CaeAgenda.of(facts, asOf);
    for (int i = 1; i < agenda.size(); i++) {
      assertThat(agenda.get(i).date()).isAfterOrEqualTo(agenda.get(i - 1).date());
    }
    for (AgendaItem item : agenda) {
      assertThat(item.overdue()).isEqualTo(item.date().isBefore(asOf));
    }
  }

  @Property(tries = 150)
  void addingAnInterviewNeverAddsABreach(@ForAll("interviews") List<Interview> interviews,
      @ForAll @LongRange(min = 0, max = 1500) long day) {
    LocalDate start = LocalDate.of(2023, 1, 1);
    Verdict before = CaeCompliance.report(withInterviews(interviews, start), 2025, CaeCases.ASOF);
    List<Interview> more = new ArrayList<>(interviews);
    more.add(CaeCases.complete(start.plusDays(day)));
    Verdict after = CaeCompliance.report(withInterviews(more, start), 2025, CaeCases.ASOF);
    assertThat(breaches(after)).isLessThanOrEqualTo(breaches(before));
  }

  @Property(tries = 150)
  void noBreachAboutAnInterviewPeriodThatHadNotStarted(@ForAll("interviews") List<Interview> interviews,
      @ForAll @LongRange(min = 0, max = 1500) long asOfDay) {
    LocalDate start = LocalDate.of(2023, 1, 1);
    LocalDate asOf = start.plusDays(asOfDay);
    Verdict v = CaeCompliance.report(withInterviews(interviews, start), start, LocalDate.of(2027, 12, 31), asOf);
    List<Finding> all = new ArrayList<>(v.findings());
    for (int i = 0; i < all.size(); i++) {
      Finding f = all.get(i);
      all.addAll(f.children());
      if (f.id().equals("cae.R7331-3.period") && f.outcome() == Outcome.NOT_SATISFIED) {
        // a breached period has ended before the report date
        String text = f.message().args().get(1).value();
        assertThat(LocalDate.parse(text)).isBefore(asOf);
      }
    }
  }

  @Property(tries = 300)
  void theVariablePartIsLinearInTurnoverForAFixedRate(@ForAll @IntRange(min = 0, max = 500_000) int a,
      @ForAll @IntRange(min = 0, max = 500_000) int b, @ForAll @IntRange(min = 0, max = 100) int ratePercent) {
    BigDecimal rate = BigDecimal.valueOf(ratePercent, 2);
    BigDecimal va = variable(a, rate);
    BigDecimal vb = variable(b, rate);
    BigDecimal vab = variable(a + b, rate);
    BigDecimal v0 = variable(0, rate);
    // f(a + b) − f(0) = (f(a) − f(0)) + (f(b) − f(0)), exactly: whole euros × a rate in hundredths is whole cents
    assertThat(vab.subtract(v0)).isEqualByComparingTo(va.subtract(v0).add(vb.subtract(v0)));
  }

  static BigDecimal variable(int turnover, BigDecimal rate) {
    return CaeRemuneration.compute(RemunerationFacts.builder().fixedPartMonthly(BigDecimal.ZERO).monthsOfFixedPart(0)
        .turnover(BigDecimal.valueOf(turnover)).directCharges(new BigDecimal("1000"))
        .contribution(ContributionRule.builder().base(ContributionRule.Base.TURNOVER).rate(rate).build())
        .advancesPaid(BigDecimal.ZERO).build()).variablePart();
  }
}
