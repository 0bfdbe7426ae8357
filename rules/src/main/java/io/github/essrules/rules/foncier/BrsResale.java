package io.github.essrules.rules.foncier;

import io.github.essrules.rules.internal.Titles;
import io.github.essrules.core.verdict.RuleDefinitions;
import io.github.essrules.core.verdict.RuleDefinition;
import io.github.essrules.core.verdict.LawContext;
import io.github.essrules.core.verdict.LawOptions;
import io.github.essrules.rules.law.LegalTexts;
import static io.github.essrules.rules.internal.Conditions.msg;

import io.github.essrules.core.law.Confidence;
import io.github.essrules.core.law.LegalReference;
import io.github.essrules.core.law.TextKind;
import io.github.essrules.core.validation.FactsValidator;
import io.github.essrules.core.verdict.Notice;
import io.github.essrules.core.verdict.Verdict;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The resale cap of the rights of a bail réel solidaire, and the check of a proposed price.
 *
 * <p><b>Housing BRS</b> (CCH L255-5: the price is limited to the "valeur initiale, actualisée
 * selon des modalités définies par décret"; L255-10-1: the computation "telle que prévue au
 * bail"): the library applies the lease's terms — initial price × index at resale ÷ index at the
 * initial date, plus the improvement works when the lease adds them, then the OFS's lower ceiling
 * if any (L255-2). The regulatory method of décret n° 2017-1038 was <b>not verified</b>: the
 * result says so in a notice (confidence "unconfirmed").
 *
 * <p><b>BRS d'activité</b> (CCH R256-2, verified): the acquisition price actualised by the
 * variation of the index the OFS chose, plus the valued improvement works between acquisition
 * and transfer, excluding those adapting the premises to the seller's activity. R256-2 is applied
 * from 18 July 2024 (décret n° 2024-838 du 16 juillet 2024, see
 * {@link LegalTexts#CCH_BRS_ACTIVITE_RESALE}): a date asked about, or a transfer made, before it is
 * refused, never given the 2024 rule.
 *
 * <p>Works left out ({@linkplain io.github.essrules.rules unknown and empty facts}): when they
 * count (a lease that adds them, a BRS d'activité), the cap is computed without them and says so
 * in a notice — a floor, since works only raise it, up to the OFS's ceiling; a proposed price
 * within that floor is within the cap whatever the works, one above it is undetermined, naming
 * {@code /works} (unless the OFS's ceiling already made the cap).
 *
 * <p>Arithmetic: the cap is the exact quotient {@code (price × resale index + works × initial
 * index) ÷ initial index}, compared with the ceiling exactly, and rounded once to the cent with
 * the lease's rounding (half up unless it says otherwise). The ratio shown is for reading only.
 *
 * <p>The words of each text, with the computation under them and the named exceptions (the works
 * adapting the premises, R256-2; the OFS's lower threshold, L255-2), are in
 * {@code BrsResaleLaw}; the findings, notices and JSON pointers are assembled apart
 * ({@code BrsResaleFindings}); this class checks the facts, applies the text in force and
 * delegates.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class BrsResale {
  /** The identifier of the housing BRS verdict. */
  public static final String ID = "brs-resale";
  /** The identifier of the BRS d'activité verdict. */
  public static final String ID_ACTIVITE = "brs-activite-resale";

  static final LegalReference L255_5 = LegalReference.of(TextKind.CODE_ARTICLE, "CCH, art. L255-5",
      "LEGIARTI000032919246", Confidence.VERIFIED);
  static final LegalReference L255_10_1 = LegalReference.of(TextKind.CODE_ARTICLE, "CCH, art. L255-10-1",
      Confidence.VERIFIED);
  static final LegalReference L255_2 = LegalReference.of(TextKind.CODE_ARTICLE, "CCH, art. L255-2",
      "LEGIARTI000032919240", Confidence.VERIFIED);
  static final LegalReference R256_2 = LegalReference.of(TextKind.CODE_ARTICLE, "CCH, art. R256-2", Confidence.VERIFIED);
  static final LegalReference DECRET_2017_1038 = LegalReference.builder().kind(TextKind.DECRET)
      .citation("Décret n° 2017-1038 du 10 mai 2017").confidence(Confidence.UNCONFIRMED)
      .note("méthode réglementaire d'actualisation non vérifiée ; formule appliquée telle que stipulée au bail")
      .build();
  private static final List<LegalReference> HOUSING_REFERENCES = List.of(L255_5, L255_10_1, L255_2);
  private static final List<Notice> HOUSING_NOTICES =
      List.of(Notice.of("brs.formula", DECRET_2017_1038, msg("brs.notice.formula")));
  private static final List<Notice> HOUSING_NOTICES_WORKS_UNKNOWN =
      List.of(HOUSING_NOTICES.get(0), BrsResaleFindings.worksUnknownNotice(L255_5));

  private BrsResale() {}

  private static final RuleDefinition<BrsResaleFacts, Verdict> RULE = RuleDefinitions.dated(ID, Titles.of(ID),
      BrsResaleFacts.class, Verdict.class, (facts, asOf, options) -> check(facts, asOf, options));
  private static final RuleDefinition<BrsActiviteFacts, Verdict> ACTIVITE_RULE = RuleDefinitions.dated(ID_ACTIVITE,
      Titles.of(ID_ACTIVITE), BrsActiviteFacts.class, Verdict.class, (facts, asOf, options) -> check(facts, asOf, options));

  /**
   * The check of a housing BRS's price as a rule of the {@link
   * io.github.essrules.core.registry.RuleRegistry registry} ({@code brs-resale}).
   *
   * @return the rule
   */
  public static RuleDefinition<BrsResaleFacts, Verdict> rule() {
    return RULE;
  }

  /**
   * The check of a BRS d'activité's price as a rule of the registry ({@code brs-activite-resale}).
   *
   * @return the rule
   */
  public static RuleDefinition<BrsActiviteFacts, Verdict> activiteRule() {
    return ACTIVITE_RULE;
  }

  /**
   * The resale cap of a housing BRS.
   *
   * @param f the resale, checked with Bean Validation first
   * @return the cap, line by line
   * @throws io.github.essrules.core.validation.InvalidInputException if the facts are malformed
   * @throws UnknownIndexQuarterException if the series lacks a quarter needed
   */
  public static IndexedCap cap(BrsResaleFacts f) {
    FactsValidator.shared().validate(f);
    BrsLease lease = f.lease();
    BigDecimal works = sum(f.works().orElse(List.of()));
    return BrsResaleFindings.cap(lease.initialPrice(), lease.index(), lease.initialPriceDate(), f.resaleDate(),
        lease.worksAdded() ? works : BigDecimal.ZERO, lease.worksAdded() ? BigDecimal.ZERO : works,
        lease.ofsCeiling(), lease.rounding(), HOUSING_REFERENCES,
        worksUnknown(f) ? HOUSING_NOTICES_WORKS_UNKNOWN : HOUSING_NOTICES);
  }

  /**
   * The transfer cap of a BRS d'activité (R256-2).
   *
   * @param f the transfer, checked with Bean Validation first
   * @return the cap, line by line
   * @throws io.github.essrules.core.validation.InvalidInputException if the facts are malformed
   * @throws UnknownIndexQuarterException if the series lacks a quarter needed
   */
  public static IndexedCap cap(BrsActiviteFacts f) {
    FactsValidator.shared().validate(f);
    List<Works> works = f.works().orElse(List.of());
    BigDecimal added = BrsResaleLaw.worksAddedToTheActivityCap(works);
    BigDecimal excluded = sum(works).subtract(added);
    return BrsResaleFindings.cap(f.acquisitionPrice(), f.index(), f.acquisitionDate(), f.transferDate(), added, excluded,
        Optional.empty(), RoundingMode.HALF_UP, List.of(R256_2),
        f.works().isEmpty() ? List.of(BrsResaleFindings.worksUnknownNotice(R256_2)) : List.of());
  }

  /**
   * Checks a proposed resale price of a housing BRS against its cap.
   *
   * @param f the resale
   * @param asOf the date the verdict is given on
   * @return the verdict: satisfied if the price does not exceed the cap, with the excess otherwise
   */
  public static Verdict check(BrsResaleFacts f, LocalDate asOf) {
    return check(f, asOf, LawOptions.standard());
  }

  /**
   * Checks a proposed resale price of a housing BRS against its cap, under given options of the
   * law in time.
   *
   * @param f the resale
   * @param asOf the date the verdict is given on
   * @param options the policy of presumption and the values supplied by the user
   * @return the verdict
   * @throws io.github.essrules.core.law.NoLawKnownException beyond the horizon of presumption
   */
  public static Verdict check(BrsResaleFacts f, LocalDate asOf, LawOptions options) {
    FactsValidator.shared().validate(f, asOf);
    LawContext law = LawContext.of(asOf, options);
    law.article(LegalTexts.CCH_BRS_RESALE);
    IndexedCap cap = cap(f);
    return law.complete(BrsResaleFindings.verdict(ID, asOf, cap, f.proposedPrice(), L255_5, worksUnknown(f) && !cap.ceilingApplied()));
  }

  /**
   * Checks a proposed transfer price of a BRS d'activité against its cap.
   *
   * @param f the transfer
   * @param asOf the date the verdict is given on
   * @return the verdict
   * @throws io.github.essrules.core.law.NoLawKnownException before 18 July 2024 (see
   *     {@link #check(BrsActiviteFacts, LocalDate, LawOptions)})
   */
  public static Verdict check(BrsActiviteFacts f, LocalDate asOf) {
    return check(f, asOf, LawOptions.standard());
  }

  /**
   * Checks a proposed transfer price of a BRS d'activité against its cap, under given options of
   * the law in time.
   *
   * @param f the transfer
   * @param asOf the date the verdict is given on
   * @param options the policy of presumption and the values supplied by the user
   * @return the verdict
   * @throws io.github.essrules.core.law.NoLawKnownException beyond the horizon of presumption, or
   *     when the date asked about or a transfer already made is before 18 July 2024, the first day
   *     of R256-2 ({@link LegalTexts#CCH_BRS_ACTIVITE_RESALE}): the BRS d'activité existed from
   *     10 February 2023, but without this price rule
   */
  public static Verdict check(BrsActiviteFacts f, LocalDate asOf, LawOptions options) {
    FactsValidator.shared().validate(f, asOf);
    LawContext law = LawContext.of(asOf, options);
    law.article(LegalTexts.CCH_BRS_ACTIVITE_RESALE);
    if (f.transferDate().isBefore(asOf)) {
      // a transfer made is governed by the text in force on its day; a later one is a projection
      law.article(LegalTexts.CCH_BRS_ACTIVITE_RESALE, f.transferDate());
    }
    IndexedCap cap = cap(f);
    return law.complete(BrsResaleFindings.verdict(ID_ACTIVITE, asOf, cap, f.proposedPrice(), R256_2, f.works().isEmpty()));
  }

  /** Whether the works of a housing BRS are unknown while the lease adds them to the cap. */
  private static boolean worksUnknown(BrsResaleFacts f) {
    return f.works().isEmpty() && f.lease().worksAdded();
  }

  static BigDecimal sum(List<Works> works) {
    BigDecimal total = BigDecimal.ZERO;
    for (Works w : works) {
      total = total.add(w.value());
    }
    return total;
  }
}
