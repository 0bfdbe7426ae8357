package io.github.essrules.rules.foncier;

import io.github.essrules.rules.internal.Titles;
import io.github.essrules.core.verdict.LawContext;
import io.github.essrules.rules.law.LegalTexts;
import static io.github.essrules.rules.internal.Conditions.msg;

import io.github.essrules.core.i18n.Message;
import io.github.essrules.core.i18n.MessageArg;
import io.github.essrules.core.law.Confidence;
import io.github.essrules.core.law.LegalReference;
import io.github.essrules.core.law.TextKind;
import io.github.essrules.core.verdict.Comparison;
import io.github.essrules.core.verdict.Finding;
import io.github.essrules.core.verdict.Notice;
import io.github.essrules.core.verdict.Operator;
import io.github.essrules.core.verdict.Outcome;
import io.github.essrules.core.verdict.BaseRule;
import io.github.essrules.core.verdict.Verdict;
import io.github.essrules.rules.internal.Conditions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether a household may buy the rights of a bail réel solidaire: CCH R255-1 (revenu fiscal de
 * référence of year N-2 not exceeding the ceiling of its zone and size for year N) and R255-1-1
 * (not owning a dwelling suited to its needs). The year N and the zone are those of the
 * application date; an unknown commune is a typed error, a year without ceilings too.
 *
 * <pre>{@code
 * BrsBuyerRule.get().evaluate(facts, asOf).outcome(); // SATISFIED, NOT_SATISFIED or UNDETERMINED
 * }</pre>
 *
 * <p>The zone is the one in force on the application date ({@link Zoning#zoneOn(String, LocalDate)}),
 * never the July 2024 zone applied to a date it did not govern:
 * <ul>
 *   <li>from 5 July 2024, the zone of the shipped table;
 *   <li>before it, for a commune the July 2024 revision did not reclassify, the same zone back to the
 *       previous revision (4 October 2023): the verdict then carries the notice
 *       {@code brs.buyer.zone.previous-revision} and is at best {@code SECONDARY};
 *   <li>before it, for a reclassified commune, the zone is not shipped by the library: the income
 *       condition is {@code UNDETERMINED} with the missing fact {@code /statedZone} and a message
 *       saying why. The user who knows the zone then in force (the arrêté of 1 August 2014 as
 *       amended) states it in {@link BrsBuyerFacts#statedZone()}; the verdict applies it, says so in
 *       the notice {@code brs.buyer.zone.stated} and is {@code UNCONFIRMED}, the library not
 *       checking it. The answer is undetermined rather than refused because the household may well
 *       be eligible: what is missing is a fact the user can supply, as with any other missing fact.
 * </ul>
 * A stated zone is used only where the table does not give the zone; elsewhere the table applies
 * and a different stated zone is reported in the notice {@code brs.buyer.zone.stated-ignored}.
 *
 * <p>The words of L255-2, R255-1 (as the notes give it) and R255-1-1, with the conditions under
 * them: {@code BrsBuyerLaw}; this class finds the zone and the ceiling of the date and assembles
 * the findings, notices and JSON pointers. After the last year of the ceilings' table, the last
 * arrêté's ceilings stay in force until replaced: checked up to {@link BrsCeilings#VERIFIED_ON},
 * then presumed (notice {@code table.presumed}, confidence {@code PRESUMED}) up to the horizon.
 *
 * <p>Not modelled: the OFS's lower ceilings (L255-2), the other conditions of the lease.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @see <a href="https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000050873235">Arrêté du 23 décembre 2024 (plafonds de ressources, annexe III)</a>
 */
public final class BrsBuyerRule extends BaseRule<BrsBuyerFacts> {
  /** The rule's identifier. */
  public static final String ID = "brs-buyer";

  private static final LegalReference R255_1 = LegalReference.of(TextKind.CODE_ARTICLE, "CCH, art. R255-1",
      Confidence.VERIFIED);
  private static final LegalReference R255_1_1 = LegalReference.of(TextKind.CODE_ARTICLE, "CCH, art. R255-1-1",
      Confidence.VERIFIED);
  /** The zone stated by the user for a date the shipped table does not cover: not checked. */
  private static final LegalReference STATED_ZONE = LegalReference.builder().kind(TextKind.ARRETE)
      .citation("Zonage A/B/C en vigueur à la date de la demande (arrêté du 1er août 2014 modifié)")
      .confidence(Confidence.UNCONFIRMED).note("zone déclarée par l'utilisateur, non vérifiée par la bibliothèque").build();
  private static final BrsBuyerRule INSTANCE = new BrsBuyerRule();

  private BrsBuyerRule() {
    super(ID, BrsBuyerFacts.class, Titles.of(ID));
  }

  /**
   * The rule.
   *
   * @return the shared instance
   */
  public static BrsBuyerRule get() {
    return INSTANCE;
  }

  /**
   * Decides whether the household may buy.
   *
   * @param f the facts, checked with Bean Validation first
   * @param law the date asked about ({@link LawContext#asOf()}), the options of the law in time and
   *     the notices of the evaluation
   * @return the verdict
   * @throws UnknownCommuneException if the commune is not in the zoning table
   * @throws io.github.essrules.core.law.NoLawKnownException if no ceilings are known for the year
   */
  @Override
  protected Verdict decide(BrsBuyerFacts f, LawContext law) {
    LocalDate asOf = law.asOf();
    law.article(LegalTexts.CCH_BRS);
    BrsCeilings.tableYear(f.applicationDate(), law.policy());
    ZoneLookup lookup = Zoning.zoneOn(f.commune(), f.applicationDate());
    List<Notice> notices = new ArrayList<>(2);
    Zone zone;
    if (lookup.zone().isPresent()) {
      zone = lookup.zone().get();
      if (lookup.date().isBefore(Zoning.IN_FORCE_SINCE)) {
        notices.add(Notice.of("brs.buyer.zone.previous-revision", lookup.reference(), lookup.explanation()));
      }
      if (f.statedZone().isPresent() && f.statedZone().get() != zone) {
        notices.add(Notice.of("brs.buyer.zone.stated-ignored", lookup.reference(), msg("brs.buyer.zone.stated-ignored",
            MessageArg.text(f.statedZone().get().code()), MessageArg.text(zone.code()))));
      }
    } else if (f.statedZone().isPresent()) {
      zone = f.statedZone().get();
      notices.add(Notice.of("brs.buyer.zone.stated", STATED_ZONE, msg("brs.buyer.zone.stated",
          MessageArg.text(zone.code()), commune(f), MessageArg.date(f.applicationDate()))));
    } else {
      zone = null;
    }
    Finding income = zone == null
        ? Finding.missing("brs.buyer.income", R255_1, zoneUnknown(f, lookup), "/statedZone")
        : income(f, zone, law);
    Finding home = f.ownsSuitableHome().isEmpty()
        ? Conditions.missing("brs.buyer.home", R255_1_1, msg("brs.buyer.home.missing"), List.of("/ownsSuitableHome"))
        : Conditions.decided("brs.buyer.home", Outcome.of(BrsBuyerLaw.mayBenefitFromTheCession(f.ownsSuitableHome().get())), R255_1_1,
            msg(f.ownsSuitableHome().get() ? "brs.buyer.home.owns" : "brs.buyer.home.none"));
    List<Finding> findings = List.of(income, home);
    return Verdict.builder().ruleId(ID).asOf(asOf)
        .outcome(Conditions.outcomeOfAll(findings))
        .addAllFindings(findings).addAllNotices(notices).build();
  }

  private static MessageArg commune(BrsBuyerFacts f) {
    return MessageArg.text(Zoning.communeName(f.commune()) + " (" + f.commune() + ")");
  }

  /** Why the income condition cannot be decided: the zone of the date is not shipped. */
  private static Message zoneUnknown(BrsBuyerFacts f, ZoneLookup lookup) {
    if (lookup.status() == ZoneLookup.Status.RECLASSIFIED_IN_JULY_2024) {
      return msg("brs.buyer.income.zone-reclassified", commune(f), MessageArg.date(f.applicationDate()),
          MessageArg.text(Zoning.zoneOf(f.commune()).code()));
    }
    return msg("brs.buyer.income.zone-before-coverage", commune(f), MessageArg.date(f.applicationDate()),
        MessageArg.date(Zoning.PREVIOUS_REVISION_IN_FORCE));
  }

  /** The income condition in a known zone. */
  private static Finding income(BrsBuyerFacts f, Zone zone, LawContext law) {
    BrsCeilings.Ceiling ceiling = BrsCeilings.ceiling(zone, f.householdSize(), f.applicationDate(), law.policy());
    if (BrsCeilings.isPresumed(f.applicationDate())) {
      law.presumed(BrsCeilings.SUBJECT, ceiling.reference(), BrsCeilings.VERIFIED_ON, f.applicationDate());
    }
    Comparison cmp = Comparison.of(msg("brs.buyer.income.subject",
        MessageArg.text(Integer.toString(BrsBuyerLaw.incomeYear(ceiling.year())))),
        MessageArg.euros(f.referenceTaxIncome()), Operator.AT_MOST, MessageArg.euros(ceiling.amount()));
    boolean within = BrsBuyerLaw.incomeWithinCeiling(f.referenceTaxIncome(), ceiling.amount());
    return Finding.decided("brs.buyer.income", Outcome.of(within), ceiling.reference(),
        msg("brs.buyer.income", MessageArg.text(Zoning.communeName(f.commune())), MessageArg.text(zone.code()),
            MessageArg.number(f.householdSize()), MessageArg.text(Integer.toString(ceiling.year()))), cmp);
  }
}
