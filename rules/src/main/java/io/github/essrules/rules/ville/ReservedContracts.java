package io.github.essrules.rules.ville;

import io.github.essrules.rules.internal.Titles;
import io.github.essrules.core.verdict.LawContext;
import io.github.essrules.rules.law.LegalTexts;
import static io.github.essrules.rules.internal.Conditions.msg;

import io.github.essrules.core.i18n.MessageArg;
import io.github.essrules.core.law.Confidence;
import io.github.essrules.core.law.LegalReference;
import io.github.essrules.core.law.TextKind;
import io.github.essrules.core.verdict.BaseRule;
import io.github.essrules.core.verdict.Comparison;
import io.github.essrules.core.verdict.Finding;
import io.github.essrules.core.verdict.Operator;
import io.github.essrules.core.verdict.Outcome;
import io.github.essrules.core.verdict.Verdict;
import io.github.essrules.rules.internal.Conditions;
import io.github.essrules.rules.structure.Qualifications;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Whether an organisation may bid for a contract reserved under the Code de la commande publique
 * (read in secondary sources): L2113-12 (entreprises adaptées, ESAT), L2113-13 (SIAE — EI, ETTI,
 * AI, ACI, EITI — and equivalent structures, from the organisation's SIAE conventions), with at
 * least 50 % of disabled or disadvantaged workers (the share is unconfirmed); L2113-15 (certain
 * health, social and cultural services, to ESS enterprises, for at most three years — unconfirmed).
 * The words of these articles are not quoted: they were read in secondary sources only.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReservedContracts extends BaseRule<ReservedBidderFacts> {
  /** The rule's identifier. */
  public static final String ID = "reserved-contract";
  /** The share of disabled or disadvantaged workers ([?]). */
  public static final BigDecimal SHARE = new BigDecimal("0.5");
  /** L2113-15: at most three years ([?]). */
  public static final int L2113_15_YEARS = 3;

  private static final ReservedContracts INSTANCE = new ReservedContracts();

  private ReservedContracts() {
    super(ID, ReservedBidderFacts.class, Titles.of(ID));
  }

  /**
   * The rule.
   *
   * @return the shared instance
   */
  public static ReservedContracts get() {
    return INSTANCE;
  }

  static LegalReference ccp(String article, Confidence c) {
    return LegalReference.of(TextKind.CODE_ARTICLE, "Code de la commande publique, art. " + article, c);
  }

  /**
   * L2113-12 and L2113-13 (unconfirmed, not quoted): the share of disabled or disadvantaged workers
   * reaches at least 50 %.
   *
   * @param share the bidder's share
   * @return whether at least {@link #SHARE}
   */
  static boolean shareReached(BigDecimal share) {
    return share.compareTo(SHARE) >= 0;
  }

  /**
   * L2113-16 (unconfirmed, not quoted): a contract reserved under L2113-15 lasts three years at most.
   *
   * @param years the contract's years
   * @return whether at most three
   */
  static boolean withinThreeYears(int years) {
    return years <= L2113_15_YEARS;
  }

  @Override
  protected Verdict decide(ReservedBidderFacts f, LawContext law) {
    LocalDate asOf = law.asOf();
    law.article(LegalTexts.CCP_RESERVED);
    List<Finding> findings = new ArrayList<>();
    switch (f.reservation()) {
      case L2113_12:
        findings.add(Conditions.stated("reserved.ea-esat", ccp("L2113-12", Confidence.SECONDARY),
            f.entrepriseAdapteeOrEsat(), "/entrepriseAdapteeOrEsat", "reserved.ea-esat"));
        findings.add(share(f, "L2113-12"));
        break;
      case L2113_13:
        Optional<List<Qualifications.SiaeConvention>> known =
            f.organisation().qualifications(Qualifications.SiaeConvention.class);
        if (known.isEmpty()) {
          findings.add(Conditions.missing("reserved.siae", ccp("L2113-13", Confidence.SECONDARY),
              msg("reserved.siae.unknown"), List.of("/organisation/qualifications")));
        } else {
          List<Qualifications.SiaeConvention> siae = known.get();
          findings.add(Conditions.decided("reserved.siae", Outcome.of(!siae.isEmpty()), ccp("L2113-13", Confidence.SECONDARY),
              siae.isEmpty() ? msg("reserved.siae.no")
                  : msg("reserved.siae.yes", MessageArg.text(siae.stream().map(s -> s.kind().name()).distinct()
                      .reduce((a, b) -> a + ", " + b).orElse("")))));
        }
        findings.add(share(f, "L2113-13"));
        break;
      default:
        findings.add(Conditions.stated("reserved.ess", ccp("L2113-15", Confidence.SECONDARY), f.essMember(),
            "/essMember", "reserved.ess"));
        if (f.contractYears().isEmpty()) {
          findings.add(Conditions.missing("reserved.duration", ccp("L2113-16", Confidence.UNCONFIRMED),
              msg("reserved.duration.missing"), List.of("/contractYears")));
        } else {
          Comparison c = Comparison.of(msg("reserved.duration.subject"), MessageArg.number(f.contractYears().get()),
              Operator.AT_MOST, MessageArg.number(L2113_15_YEARS));
          findings.add(Finding.decided("reserved.duration", Outcome.of(withinThreeYears(f.contractYears().get())),
              ccp("L2113-16", Confidence.UNCONFIRMED), msg("reserved.duration"), c));
        }
        break;
    }
    return Verdict.builder().ruleId(ID).asOf(asOf)
        .outcome(Conditions.outcomeOfAll(findings)).addAllFindings(findings).build();
  }

  private static Finding share(ReservedBidderFacts f, String article) {
    LegalReference ref = ccp(article, Confidence.UNCONFIRMED);
    if (f.disadvantagedShare().isEmpty()) {
      return Conditions.missing("reserved.share", ref, msg("reserved.share.missing"), List.of("/disadvantagedShare"));
    }
    Comparison c = Comparison.of(msg("reserved.share.subject"), MessageArg.rate(f.disadvantagedShare().get()),
        Operator.AT_LEAST, MessageArg.rate(SHARE));
    return Finding.decided("reserved.share", Outcome.of(shareReached(f.disadvantagedShare().get())), ref,
        msg("reserved.share"), c);
  }
}
