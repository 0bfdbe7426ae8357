package io.github.essrules.rules.scic;

import io.github.essrules.rules.internal.Titles;
import io.github.essrules.core.verdict.LawContext;
import io.github.essrules.rules.law.LegalTexts;
import static io.github.essrules.rules.internal.Conditions.msg;

import io.github.essrules.core.i18n.MessageArg;
import io.github.essrules.core.law.Confidence;
import io.github.essrules.core.law.LegalReference;
import io.github.essrules.core.law.TextKind;
import io.github.essrules.core.param.DatedValue;
import io.github.essrules.core.verdict.Comparison;
import io.github.essrules.core.verdict.Finding;
import io.github.essrules.core.verdict.Operator;
import io.github.essrules.core.verdict.Outcome;
import io.github.essrules.core.verdict.BaseRule;
import io.github.essrules.core.verdict.Verdict;
import io.github.essrules.rules.amounts.LegalParameters;
import io.github.essrules.rules.internal.Conditions;
import io.github.essrules.rules.structure.CompanyType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The statutory rules of a société coopérative d'intérêt collectif (SCIC): loi n° 47-1775 du
 * 10 septembre 1947, titre II ter, and art. 14 and 16.
 *
 * <ul>
 *   <li>form (art. 19 quinquies): SA, SARL or — since loi n° 2014-856, 2 August 2014 — SAS, with a
 *       variable capital;
 *   <li>associés (art. 19 septies): at least three categories, among them the habitual
 *       beneficiaries and the salariés (the producers when there are no salariés);
 *       collectivités publiques together at most 50 % of the capital (20 % before 2 August 2014),
 *       a dated parameter, compared exactly (public capital ≤ cap × total capital);
 *   <li>voting colleges (art. 19 octies, recalled, not read: confidence "unconfirmed"): when the
 *       statuts use them, at least three, each holding between 10 % and 50 % of the votes;
 *   <li>surplus (art. 16 and 19 nonies, secondary sources): at least 15 % to the legal reserve
 *       while the reserves are below the capital, then at least 50 % of the rest to the
 *       statutory reserve, impartible — 57.5 % in all while reserves are below capital, 50 % after;
 *       the minimums are rounded up to the cent so an allocation is never below them, and the
 *       remainder keeps the whole surplus;
 *   <li>interest on shares (art. 14, secondary sources): at most the average TMO of the three
 *       calendar years before the general meeting plus 2 points, compared exactly (3 × rate ≤
 *       sum of the TMO + 6 points); the TMO is the user's figure.
 * </ul>
 *
 * <p>Numbering: Légifrance shows art. 19 septies "after renumbering" as art. 19 octodecies; the
 * renumbering's text and date were not found. The library cites the historical numbers and says
 * so in the references' notes.
 *
 * <p>Not modelled: the exclusion of public subsidies from the base of interest on shares, the
 * weighting rules of colleges beyond the thresholds, the SCIC's agrément history (before 2012).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ScicRule extends BaseRule<ScicCase> {
  /** The rule's identifier. */
  public static final String ID = "scic";
  /** The day SAS became a SCIC form and the public cap rose to 50 % (loi n° 2014-856). */
  public static final LocalDate LOI_ESS = LocalDate.of(2014, 8, 2);
  /** Art. 19 septies: at least three categories of associés. */
  public static final int MINIMUM_CATEGORIES = 3;
  /** Art. 19 octies: at least three colleges. */
  public static final int MINIMUM_COLLEGES = 3;
  /** Art. 19 octies: no college below 10 % of the votes. */
  public static final BigDecimal COLLEGE_MIN = new BigDecimal("0.10");
  /** Art. 19 octies: no college above 50 % of the votes. */
  public static final BigDecimal COLLEGE_MAX = new BigDecimal("0.50");
  /** Art. 16: 15 % to the legal reserve. */
  public static final BigDecimal LEGAL_RESERVE = new BigDecimal("0.15");
  /** Art. 19 nonies: 50 % of the rest to the statutory reserve. */
  public static final BigDecimal STATUTORY_RESERVE = new BigDecimal("0.50");
  /** Art. 14: TMO plus 2 points. */
  public static final BigDecimal INTEREST_MARGIN = new BigDecimal("0.02");

  private static final String NUMBERING_NOTE =
      "numérotation historique ; Légifrance indique une renumérotation (19 septies → 19 octodecies) dont la date n'est pas établie";

  private static final ScicRule INSTANCE = new ScicRule();

  private ScicRule() {
    super(ID, ScicCase.class, Titles.of(ID));
  }

  /**
   * The rule.
   *
   * @return the shared instance
   */
  public static ScicRule get() {
    return INSTANCE;
  }

  static LegalReference loi1947(String article, Confidence confidence) {
    return LegalReference.builder().kind(TextKind.LOI)
        .citation("Loi n° 47-1775 du 10 septembre 1947, art. " + article)
        .confidence(confidence).note(NUMBERING_NOTE).build();
  }

  /**
   * Checks the SCIC's statutory rules.
   *
   * @param c the case, checked with Bean Validation first
   * @param law the date asked about ({@link LawContext#asOf()}), the options of the law in time and
   *     the notices of the evaluation
   * @return the verdict
   * @throws io.github.essrules.core.validation.InvalidInputException if the case is malformed
   * @throws io.github.essrules.core.law.NoLawKnownException before the first known value of the
   *     public capital cap (18 July 2001)
   */
  @Override
  protected Verdict decide(ScicCase c, LawContext law) {
    LocalDate asOf = law.asOf();
    law.article(LegalTexts.LOI_1947_SCIC);
    DatedValue<BigDecimal> cap = law.value(LegalParameters.decimal(LegalParameters.SCIC_PLAFOND_CAPITAL_COLLECTIVITES), asOf);
    List<Finding> findings = new ArrayList<>();
    findings.add(form(c, asOf));
    findings.add(categories(c));
    findings.add(publicCapital(c, cap));
    findings.add(colleges(c));
    c.surplus().ifPresent(s -> findings.add(surplus(s)));
    c.shareInterest().ifPresent(i -> findings.add(interest(i)));
    return Verdict.builder().ruleId(ID).asOf(asOf)
        .outcome(Conditions.outcomeOfAll(findings))
        .addAllFindings(findings).build();
  }

  private static Finding form(ScicCase c, LocalDate asOf) {
    LegalReference ref = loi1947("19 quinquies", Confidence.VERIFIED);
    Set<CompanyType> allowed = asOf.isBefore(LOI_ESS) ? EnumSet.of(CompanyType.SA, CompanyType.SARL)
        : EnumSet.of(CompanyType.SA, CompanyType.SARL, CompanyType.SAS);
    CompanyType type = c.organisation().companyType().orElseThrow();
    Finding typeOk = Conditions.decided("scic.form.type", Outcome.of(allowed.contains(type)), ref,
        msg(allowed.contains(type) ? "scic.form.type.yes" : "scic.form.type.no", MessageArg.text(type.name()),
            MessageArg.date(asOf)));
    Finding variable = Conditions.stated("scic.form.variable-capital", ref, c.variableCapital(), "/variableCapital",
        "scic.form.variable-capital");
    return Conditions.allOf("scic.form", ref, msg("scic.form"), List.of(typeOk, variable));
  }

  private static Finding categories(ScicCase c) {
    LegalReference ref = loi1947("19 septies", Confidence.VERIFIED);
    if (c.associateCategories().isEmpty()) {
      return Conditions.missing("scic.categories", ref, msg("scic.categories.unknown"), List.of("/associateCategories"));
    }
    List<AssociateCategory> categories = c.associateCategories().get();
    Set<ScicCategory> present = EnumSet.noneOf(ScicCategory.class);
    for (AssociateCategory a : categories) {
      present.add(a.category());
    }
    List<Finding> children = new ArrayList<>();
    Comparison count = Comparison.of(msg("scic.categories.count"), MessageArg.number(categories.size()),
        Operator.AT_LEAST, MessageArg.number(MINIMUM_CATEGORIES));
    children.add(Finding.of("scic.categories.three", Outcome.of(count.holds()), ref,
        msg("scic.categories.three"), List.of(count), List.of(), List.of()));
    boolean beneficiaries = present.contains(ScicCategory.BENEFICIARIES);
    children.add(Conditions.decided("scic.categories.beneficiaries", Outcome.of(beneficiaries), ref,
        msg(beneficiaries ? "scic.categories.beneficiaries.yes" : "scic.categories.beneficiaries.no")));
    if (present.contains(ScicCategory.SALARIES)) {
      children.add(Conditions.decided("scic.categories.workers", Outcome.SATISFIED, ref, msg("scic.categories.salaries")));
    } else if (c.hasSalaries().isEmpty()) {
      children.add(Conditions.missing("scic.categories.workers", ref, msg("scic.categories.workers.unknown"),
          List.of("/hasSalaries")));
    } else if (c.hasSalaries().get()) {
      children.add(Conditions.decided("scic.categories.workers", Outcome.NOT_SATISFIED, ref,
          msg("scic.categories.salaries.missing")));
    } else {
      boolean producers = present.contains(ScicCategory.PRODUCERS);
      children.add(Conditions.decided("scic.categories.workers", Outcome.of(producers), ref,
          msg(producers ? "scic.categories.producers" : "scic.categories.producers.missing")));
    }
    return Conditions.allOf("scic.categories", ref, msg("scic.categories"), children);
  }

  private static Finding publicCapital(ScicCase c, DatedValue<BigDecimal> cap) {
    LegalReference ref = cap.reference();
    if (c.associateCategories().isEmpty()) {
      return Conditions.missing("scic.public-capital", ref, msg("scic.categories.unknown"),
          List.of("/associateCategories"));
    }
    List<AssociateCategory> categories = c.associateCategories().get();
    boolean anyPublic = categories.stream()
        .anyMatch(a -> a.category() == ScicCategory.COLLECTIVITES_PUBLIQUES);
    if (!anyPublic) {
      return Conditions.decided("scic.public-capital", Outcome.NOT_APPLICABLE, ref, msg("scic.public-capital.none"));
    }
    List<String> missing = new ArrayList<>();
    BigDecimal total = BigDecimal.ZERO;
    BigDecimal publicCapital = BigDecimal.ZERO;
    for (int i = 0; i < categories.size(); i++) {
      AssociateCategory a = categories.get(i);
      if (a.capital().isEmpty()) {
        missing.add("/associateCategories/" + i + "/capital");
        continue;
      }
      total = total.add(a.capital().get());
      if (a.category() == ScicCategory.COLLECTIVITES_PUBLIQUES) {
        publicCapital = publicCapital.add(a.capital().get());
      }
    }
    if (!missing.isEmpty()) {
      return Conditions.missing("scic.public-capital", ref, msg("scic.public-capital.missing"), missing);
    }
    Comparison cmp = Comparison.of(msg("scic.public-capital.subject"), MessageArg.euros(publicCapital),
        Operator.AT_MOST, MessageArg.euros(total.multiply(cap.value())));
    return Finding.of("scic.public-capital", Outcome.of(cmp.holds()), ref,
        msg("scic.public-capital", MessageArg.rate(cap.value()), MessageArg.euros(total)), List.of(cmp), List.of(), List.of());
  }

  private static Finding colleges(ScicCase c) {
    LegalReference ref = loi1947("19 octies", Confidence.UNCONFIRMED);
    if (c.colleges().isEmpty()) {
      return Conditions.missing("scic.colleges", ref, msg("scic.colleges.unknown"), List.of("/colleges"));
    }
    List<College> colleges = c.colleges().get();
    if (colleges.isEmpty()) {
      return Conditions.decided("scic.colleges", Outcome.NOT_APPLICABLE, ref, msg("scic.colleges.none"));
    }
    List<Finding> children = new ArrayList<>();
    Comparison count = Comparison.of(msg("scic.colleges.count"), MessageArg.number(colleges.size()),
        Operator.AT_LEAST, MessageArg.number(MINIMUM_COLLEGES));
    children.add(Finding.of("scic.colleges.three", Outcome.of(count.holds()), ref,
        msg("scic.colleges.three"), List.of(count), List.of(), List.of()));
    for (College college : colleges) {
      Comparison low = Comparison.of(msg("scic.colleges.share", MessageArg.text(college.name())),
          MessageArg.rate(college.voteShare()), Operator.AT_LEAST, MessageArg.rate(COLLEGE_MIN));
      Comparison high = Comparison.of(msg("scic.colleges.share", MessageArg.text(college.name())),
          MessageArg.rate(college.voteShare()), Operator.AT_MOST, MessageArg.rate(COLLEGE_MAX));
      children.add(Finding.builder().id("scic.colleges.college").outcome(Outcome.of(low.holds() && high.holds()))
          .reference(ref).message(msg("scic.colleges.college", MessageArg.text(college.name())))
          .comparisons(List.of(low, high)).build().about("college:" + college.name()));
    }
    return Conditions.allOf("scic.colleges", ref, msg("scic.colleges"), children);
  }

  /**
   * The least allocation of a surplus to the reserves (art. 16 and 19 nonies): 15 % to the legal
   * reserve while the reserves are below the capital, then 50 % of the rest to the statutory
   * reserve, each rounded up to the cent; the remainder is what is left, so the three add up to
   * the surplus exactly. A surplus of zero or less allocates nothing.
   *
   * @param year the year's surplus, reserves and capital
   * @return the allocation
   */
  public static SurplusAllocation minimumAllocation(SurplusYear year) {
    BigDecimal surplus = year.surplus();
    if (surplus.signum() <= 0) {
      return SurplusAllocation.builder().surplus(surplus).legalReserve(BigDecimal.ZERO)
          .statutoryReserve(BigDecimal.ZERO).remainder(surplus).build();
    }
    BigDecimal legal = year.reservesBefore().compareTo(year.capital()) < 0
        ? surplus.multiply(LEGAL_RESERVE).setScale(2, RoundingMode.UP) : BigDecimal.ZERO.setScale(2);
    BigDecimal statutory = surplus.subtract(legal).multiply(STATUTORY_RESERVE).setScale(2, RoundingMode.UP);
    return SurplusAllocation.builder().surplus(surplus).legalReserve(legal).statutoryReserve(statutory)
        .remainder(surplus.subtract(legal).subtract(statutory)).build();
  }

  private static Finding surplus(SurplusYear s) {
    LegalReference legalRef = loi1947("16", Confidence.SECONDARY);
    LegalReference statutoryRef = loi1947("19 nonies", Confidence.SECONDARY);
    MessageArg closed = MessageArg.date(s.financialYearClosedOn());
    if (s.surplus().signum() <= 0) {
      return Conditions.decided("scic.surplus", Outcome.NOT_APPLICABLE, statutoryRef, msg("scic.surplus.none", closed));
    }
    SurplusAllocation min = minimumAllocation(s);
    List<Finding> children = new ArrayList<>();
    children.add(allocation("scic.surplus.legal", legalRef, s.allocatedToLegalReserve(), min.legalReserve(),
        "/surplus/allocatedToLegalReserve", "scic.surplus.legal"));
    children.add(allocation("scic.surplus.statutory", statutoryRef, s.allocatedToStatutoryReserve(),
        min.statutoryReserve(), "/surplus/allocatedToStatutoryReserve", "scic.surplus.statutory"));
    return Conditions.allOf("scic.surplus", statutoryRef, msg("scic.surplus", closed, MessageArg.euros(s.surplus()),
        MessageArg.euros(min.reservesTotal())), children);
  }

  private static Finding allocation(String id, LegalReference ref, java.util.Optional<BigDecimal> given,
      BigDecimal minimum, String path, String key) {
    if (given.isEmpty()) {
      return Conditions.missing(id, ref, msg(key + ".missing", MessageArg.euros(minimum)), List.of(path));
    }
    Comparison cmp = Comparison.of(msg(key + ".subject"), MessageArg.euros(given.get()), Operator.AT_LEAST,
        MessageArg.euros(minimum));
    return Finding.of(id, Outcome.of(cmp.holds()), ref,
        msg(key), List.of(cmp), List.of(), List.of());
  }

  private static Finding interest(ShareInterest i) {
    LegalReference ref = loi1947("14", Confidence.SECONDARY);
    BigDecimal sum = i.tmoPreviousThreeYears().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal three = BigDecimal.valueOf(3);
    Comparison cmp = Comparison.of(msg("scic.interest.subject"), MessageArg.rate(i.rate().multiply(three)),
        Operator.AT_MOST, MessageArg.rate(sum.add(INTEREST_MARGIN.multiply(three))));
    return Finding.of("scic.interest", Outcome.of(cmp.holds()), ref,
        msg("scic.interest", MessageArg.rate(i.rate()), MessageArg.date(i.generalMeetingDate())), List.of(cmp), List.of(), List.of());
  }
}
