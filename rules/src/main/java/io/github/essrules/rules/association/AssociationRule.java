package io.github.essrules.rules.association;

import io.github.essrules.rules.internal.Titles;
import io.github.essrules.core.verdict.LawContext;
import io.github.essrules.rules.law.LegalTexts;
import static io.github.essrules.rules.internal.Conditions.msg;

import io.github.essrules.core.i18n.MessageArg;
import io.github.essrules.core.law.LegalReference;
import io.github.essrules.core.param.DatedValue;
import io.github.essrules.core.verdict.Comparison;
import io.github.essrules.core.verdict.Finding;
import io.github.essrules.core.verdict.Operator;
import io.github.essrules.core.verdict.Outcome;
import io.github.essrules.core.verdict.BaseRule;
import io.github.essrules.core.verdict.Verdict;
import io.github.essrules.rules.amounts.LegalParameters;
import io.github.essrules.rules.amounts.PlafondSecuriteSociale;
import io.github.essrules.rules.amounts.Smic;
import io.github.essrules.rules.internal.Conditions;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rules of an association loi 1901, section by section:
 * <ul>
 *   <li><b>formation</b> (loi du 1er juillet 1901, art. 1, 2, 5): two founders or more; legal
 *       capacity only once declared; each change declared within three months of the decision.
 *       Associations of Alsace-Moselle follow the local civil code: not applicable.
 *   <li><b>gestion désintéressée</b> (CGI 261-7-1° d; BOI-IS-CHAMP-10-50-10-20): the three
 *       conditions, and the dirigeants' remuneration — each month within three quarters of the
 *       monthly SMIC of that month ("n'excède pas"), or else the legal regime: one, two or three
 *       paid dirigeants when the own resources of the three previous years average more than
 *       200 000, 500 000 or 1 000 000 € ("excède", compared as the three-year sum against three
 *       times the threshold, without dividing), each paid at most 3 × the annual PSS of the year,
 *       and the five statutory and transparency conditions.
 *   <li><b>franchise des impôts commerciaux</b> (CGI 206-1 bis): gestion désintéressée, the
 *       non-lucrative activities significantly predominant, and the year's lucrative receipts not
 *       exceeding the year's threshold — a dated table; a year without a known value is refused
 *       ({@link io.github.essrules.core.law.NoLawKnownException}), never extrapolated.
 *   <li><b>lucrativity</b> (BOI-IS-CHAMP-10-50-10, the "4P" method): not désintéressée → lucrative;
 *       not in competition with businesses → not lucrative; otherwise the product, public, price
 *       and publicity are compared with a business: all like a business → lucrative, all different
 *       → not lucrative, mixed → the overall assessment the facts give, or undetermined naming what
 *       is missing. A qualitative method modelled as a guided questionnaire, not a formula.
 * </ul>
 * The tax texts were read in secondary sources: their findings have confidence "secondary".
 *
 * <p>Not modelled: associations of Alsace-Moselle, the 2 bis rules for minors, the tax receipts
 * for donors (CGI 200), the IS/TVA/CFE differences of the franchise's calendar.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AssociationRule extends BaseRule<AssociationCase> {
  /** The rule's identifier. */
  public static final String ID = "association";
  /** Art. 1: "deux ou plusieurs personnes". */
  public static final int MINIMUM_FOUNDERS = 2;
  /** Art. 5: changes declared "dans les trois mois". */
  public static final int CHANGE_DECLARATION_MONTHS = 3;

  /** The sections of the rule. */
  public enum Section {
    /** Formation and declaration (loi 1901). */
    FORMATION,
    /** Gestion désintéressée (CGI 261-7-1° d). */
    GESTION_DESINTERESSEE,
    /** Franchise des impôts commerciaux (CGI 206-1 bis). */
    FRANCHISE,
    /** Lucrativity test (4P). */
    LUCRATIVITY
  }

  private static final AssociationRule INSTANCE = new AssociationRule();

  private AssociationRule() {
    super(ID, AssociationCase.class, Titles.of(ID));
  }

  /**
   * The rule.
   *
   * @return the shared instance
   */
  public static AssociationRule get() {
    return INSTANCE;
  }

  /**
   * Applies the sections asked for.
   *
   * @param c the case, checked with Bean Validation first
   * @param law the date asked about ({@link LawContext#asOf()}), the options of the law in time and
   *     the notices of the evaluation
   * @return the verdict, one finding per section
   * @throws io.github.essrules.core.validation.InvalidInputException if the case is malformed
   * @throws io.github.essrules.core.law.NoLawKnownException for a year whose amounts the library
   *     does not know
   */
  @Override
  protected Verdict decide(AssociationCase c, LawContext law) {
    LocalDate asOf = law.asOf();
    law.article(LegalTexts.ASSOCIATION);
    Set<Section> sections = c.sections().isEmpty() ? EnumSet.allOf(Section.class) : EnumSet.copyOf(c.sections());
    List<Finding> findings = new ArrayList<>();
    if (sections.contains(Section.FORMATION)) {
      findings.add(formation(c, asOf));
    }
    Finding gestion = null;
    if (sections.contains(Section.GESTION_DESINTERESSEE) || sections.contains(Section.FRANCHISE)
        || sections.contains(Section.LUCRATIVITY)) {
      gestion = gestionDesinteressee(c, law);
    }
    if (sections.contains(Section.GESTION_DESINTERESSEE)) {
      findings.add(gestion);
    }
    if (sections.contains(Section.FRANCHISE)) {
      findings.add(franchise(c, gestion, law));
    }
    if (sections.contains(Section.LUCRATIVITY)) {
      findings.add(lucrativity(c, gestion));
    }
    return Verdict.builder().ruleId(ID).asOf(asOf)
        .outcome(Conditions.outcomeOfAll(findings))
        .addAllFindings(findings).build();
  }

  // ---- formation -------------------------------------------------------------------------------

  private static Finding formation(AssociationCase c, LocalDate asOf) {
    LegalReference ref = AssociationLaw.loi1901("5");
    if (c.organisation().inAlsaceMoselle()) {
      return Conditions.decided("association.formation", Outcome.NOT_APPLICABLE, AssociationLaw.loi1901("1"),
          msg("association.alsace-moselle", MessageArg.text(c.organisation().registeredOfficeCommune().orElse(""))));
    }
    List<Finding> children = new ArrayList<>();
    if (c.founders().isEmpty()) {
      children.add(Conditions.missing("association.art1", AssociationLaw.loi1901("1"),
          msg("association.art1.missing"), List.of("/founders")));
    } else {
      Comparison founders = Comparison.of(msg("association.art1.subject"), MessageArg.number(c.founders().get()),
          Operator.AT_LEAST, MessageArg.number(MINIMUM_FOUNDERS));
      children.add(Finding.of("association.art1", Outcome.of(founders.holds()), AssociationLaw.loi1901("1"),
        msg("association.art1"), List.of(founders), List.of(), List.of()));
    }
    if (c.declared().isEmpty()) {
      children.add(Conditions.missing("association.art5.declared", AssociationLaw.loi1901("2"),
          msg("association.art5.declared.missing"), List.of("/declared")));
    } else if (c.declared().get()) {
      children.add(Conditions.decided("association.art5.declared", Outcome.SATISFIED, AssociationLaw.loi1901("2"),
          c.declaredOn().map(d -> msg("association.art5.declared.on", MessageArg.date(d)))
              .orElse(msg("association.art5.declared.yes"))));
    } else {
      children.add(Conditions.decided("association.art5.declared", Outcome.NOT_SATISFIED, AssociationLaw.loi1901("2"),
          msg("association.art5.declared.no")));
    }
    if (c.changes().isEmpty()) {
      children.add(Conditions.missing("association.art5.change", ref, msg("association.art5.changes.unknown"),
          List.of("/changes")));
    }
    for (StatutoryChange change : c.changes().orElse(List.of())) {
      LocalDate deadline = change.decidedOn().plusMonths(CHANGE_DECLARATION_MONTHS);
      MessageArg what = MessageArg.text(change.what());
      if (change.declaredOn().isPresent()) {
        Comparison cmp = Comparison.of(msg("association.art5.change.subject"),
            MessageArg.date(change.declaredOn().get()), Operator.AT_MOST, MessageArg.date(deadline));
        children.add(Finding.of("association.art5.change", Outcome.of(cmp.holds()), ref,
        msg("association.art5.change", what, MessageArg.date(change.decidedOn())), List.of(cmp), List.of(), List.of()));
      } else if (asOf.isAfter(deadline)) {
        children.add(Conditions.decided("association.art5.change", Outcome.NOT_SATISFIED, ref,
            msg("association.art5.change.late", what, MessageArg.date(deadline))));
      } else {
        children.add(Conditions.decided("association.art5.change", Outcome.NOT_APPLICABLE, ref,
            msg("association.art5.change.pending", what, MessageArg.date(deadline))));
      }
    }
    return Conditions.allOf("association.formation", AssociationLaw.loi1901("1, 2 et 5"),
        msg("association.formation"), children);
  }

  // ---- gestion désintéressée ----------------------------------------------------------------------

  private static Finding gestionDesinteressee(AssociationCase c, LawContext law) {
    LegalReference cgi = AssociationLaw.cgi("261-7-1° d");
    List<Finding> children = new ArrayList<>();
    children.add(Conditions.stated("association.gd.1", cgi, c.volunteerManagement(), "/volunteerManagement",
        "association.gd.1"));
    children.add(Conditions.stated("association.gd.2", cgi, c.noProfitDistribution(), "/noProfitDistribution",
        "association.gd.2"));
    children.add(Conditions.stated("association.gd.3", cgi, c.noAssetAttribution(), "/noAssetAttribution",
        "association.gd.3"));
    children.add(dirigeantsPay(c, law));
    return Conditions.allOf("association.gd", cgi, msg("association.gd"), children);
  }

  private static Finding dirigeantsPay(AssociationCase c, LawContext law) {
    LegalReference bofip = AssociationLaw.bofip("BOI-IS-CHAMP-10-50-10-20");
    if (c.paidDirigeants().isEmpty()) {
      return Conditions.missing("association.gd.pay", bofip, msg("association.gd.pay.unknown"),
          List.of("/paidDirigeants"));
    }
    List<PaidDirigeant> paid = c.paidDirigeants().get();
    if (paid.isEmpty()) {
      return Conditions.decided("association.gd.pay", Outcome.SATISFIED, bofip, msg("association.gd.pay.none"));
    }
    if (c.year().isEmpty()) {
      return Conditions.missing("association.gd.pay", bofip, msg("association.gd.pay.year"), List.of("/year"));
    }
    int year = c.year().get().getValue();
    List<Finding> tolerance = new ArrayList<>();
    List<PaidDirigeant> over = new ArrayList<>();
    for (int i = 0; i < paid.size(); i++) {
      PaidDirigeant d = paid.get(i);
      Finding f = tolerance(d, "/paidDirigeants/" + i, year, law);
      tolerance.add(f);
      if (f.outcome() == Outcome.NOT_SATISFIED) {
        over.add(d);
      }
    }
    Finding withinTolerance = Conditions.allOf("association.gd.tolerance", bofip, msg("association.gd.tolerance"),
        tolerance);
    if (over.isEmpty()) {
      return Conditions.anyOf("association.gd.pay", bofip, msg("association.gd.pay"), List.of(withinTolerance));
    }
    return Conditions.anyOf("association.gd.pay", bofip, msg("association.gd.pay"),
        List.of(withinTolerance, legalRegime(c, year, over, law)));
  }

  private static Finding tolerance(PaidDirigeant d, String p, int year, LawContext law) {
    DatedValue<BigDecimal> fraction = law.value(LegalParameters.decimal(LegalParameters.DIRIGEANTS_TOLERANCE_SMIC),
        LocalDate.of(year, 1, 1));
    if (d.pay().isEmpty()) {
      return Conditions.missing("association.gd.tolerance.dirigeant", fraction.reference(),
          msg("association.gd.tolerance.unknown", MessageArg.text(d.label())), List.of(p + "/pay"));
    }
    Comparison worst = null;
    BigDecimal worstMargin = null;
    for (MonthlyPay m : d.pay().get()) {
      if (m.month().getYear() != year) {
        continue;
      }
      BigDecimal limit = Smic.annualFullTime(m.month().atDay(1), law).monthly().rounded().multiply(fraction.value());
      BigDecimal margin = m.gross().subtract(limit);
      if (worstMargin == null || margin.compareTo(worstMargin) > 0) {
        worstMargin = margin;
        worst = Comparison.of(msg("association.gd.tolerance.subject", MessageArg.month(m.month())),
            MessageArg.euros(m.gross()), Operator.AT_MOST, MessageArg.euros(limit));
      }
    }
    if (worst == null) {
      return Conditions.decided("association.gd.tolerance.dirigeant", Outcome.SATISFIED, fraction.reference(),
          msg("association.gd.tolerance.unpaid", MessageArg.text(d.label())));
    }
    return Finding.of("association.gd.tolerance.dirigeant", Outcome.of(worst.holds()), fraction.reference(),
        msg("association.gd.tolerance.dirigeant", MessageArg.text(d.label()), MessageArg.rate(fraction.value())), List.of(worst), List.of(), List.of());
  }

  private static Finding legalRegime(AssociationCase c, int year, List<PaidDirigeant> over, LawContext law) {
    LegalReference cgi = AssociationLaw.cgi("261-7-1° d");
    LocalDate jan1 = LocalDate.of(year, 1, 1);
    List<Finding> children = new ArrayList<>();
    if (c.ownResourcesPreviousThreeYears().isEmpty()) {
      children.add(Conditions.missing("association.gd.regime.count", cgi, msg("association.gd.regime.resources.missing"),
          List.of("/ownResourcesPreviousThreeYears")));
    } else {
      BigDecimal sum = c.ownResourcesPreviousThreeYears().get().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
      BigDecimal three = BigDecimal.valueOf(3);
      int allowed = 0;
      BigDecimal threshold = null;
      for (String id : List.of(LegalParameters.DIRIGEANTS_SEUIL_1, LegalParameters.DIRIGEANTS_SEUIL_2,
          LegalParameters.DIRIGEANTS_SEUIL_3)) {
        BigDecimal t = law.value(LegalParameters.decimal(id), jan1).value();
        if (sum.compareTo(t.multiply(three)) > 0) {
          allowed++;
        } else if (threshold == null) {
          threshold = t;
        }
      }
      Comparison count = Comparison.of(msg("association.gd.regime.count.subject"), MessageArg.number(over.size()),
          Operator.AT_MOST, MessageArg.number(allowed));
      children.add(Finding.of("association.gd.regime.count", Outcome.of(count.holds()), law.value(LegalParameters.decimal(LegalParameters.DIRIGEANTS_SEUIL_1), jan1).reference(),
        msg("association.gd.regime.count", MessageArg.euros(sum), MessageArg.number(allowed)), List.of(count), List.of(), List.of()));
    }
    DatedValue<BigDecimal> multiple = law.value(LegalParameters.decimal(LegalParameters.DIRIGEANTS_PLAFOND_PSS), jan1);
    BigDecimal cap = law.value(PlafondSecuriteSociale.annualParameter(), jan1).value().multiply(multiple.value());
    for (PaidDirigeant d : over) {
      // a month not listed was not paid: the months listed make the year's pay, and are named
      List<MonthlyPay> months = d.pay().orElseThrow().stream().filter(m -> m.month().getYear() == year)
          .sorted(Comparator.comparing(MonthlyPay::month)).collect(Collectors.toList());
      BigDecimal total = months.stream().map(MonthlyPay::gross).reduce(BigDecimal.ZERO, BigDecimal::add);
      Comparison cmp = Comparison.of(msg("association.gd.regime.cap.subject", MessageArg.text(d.label()),
          MessageArg.text(Integer.toString(year)),
          MessageArg.months(months.stream().map(MonthlyPay::month).distinct().collect(Collectors.toList()))),
          MessageArg.euros(total), Operator.AT_MOST, MessageArg.euros(cap));
      children.add(Finding.of("association.gd.regime.cap", Outcome.of(cmp.holds()), multiple.reference(),
        msg("association.gd.regime.cap", MessageArg.number(multiple.value())), List.of(cmp), List.of(), List.of()));
    }
    Optional<LegalRegimeConditions> cond = c.legalRegime();
    String p = "/legalRegime";
    children.add(Conditions.stated("association.gd.regime.statuts", cgi,
        cond.flatMap(LegalRegimeConditions::democraticTransparentStatuts), p + "/democraticTransparentStatuts",
        "association.gd.regime.statuts"));
    children.add(Conditions.stated("association.gd.regime.elected", cgi,
        cond.flatMap(LegalRegimeConditions::electedRegularly), p + "/electedRegularly", "association.gd.regime.elected"));
    children.add(Conditions.stated("association.gd.regime.majority", cgi,
        cond.flatMap(LegalRegimeConditions::decidedByQualifiedMajority), p + "/decidedByQualifiedMajority",
        "association.gd.regime.majority"));
    children.add(Conditions.stated("association.gd.regime.annex", cgi,
        cond.flatMap(LegalRegimeConditions::disclosedInAnnex), p + "/disclosedInAnnex", "association.gd.regime.annex"));
    children.add(Conditions.stated("association.gd.regime.audit", cgi,
        cond.flatMap(LegalRegimeConditions::auditedByCommissaire), p + "/auditedByCommissaire",
        "association.gd.regime.audit"));
    return Conditions.allOf("association.gd.regime", cgi, msg("association.gd.regime", MessageArg.number(over.size())),
        children);
  }

  // ---- franchise -----------------------------------------------------------------------------------

  private static Finding franchise(AssociationCase c, Finding gestion, LawContext law) {
    LegalReference cgi = AssociationLaw.cgi("206-1 bis");
    List<Finding> children = new ArrayList<>();
    children.add(gestion.outcome() == Outcome.UNDETERMINED
        ? Conditions.missing("association.franchise.gd", cgi, msg("association.franchise.gd"), gestion.allMissingFacts())
        : Conditions.decided("association.franchise.gd", gestion.outcome(), cgi, msg("association.franchise.gd")));
    children.add(Conditions.stated("association.franchise.predominant", cgi, c.nonLucrativePredominant(),
        "/nonLucrativePredominant", "association.franchise.predominant"));
    if (c.year().isEmpty() || c.lucrativeReceipts().isEmpty()) {
      List<String> missing = new ArrayList<>();
      c.year().ifPresentOrElse(y -> { }, () -> missing.add("/year"));
      c.lucrativeReceipts().ifPresentOrElse(y -> { }, () -> missing.add("/lucrativeReceipts"));
      children.add(Conditions.missing("association.franchise.receipts", cgi, msg("association.franchise.receipts.missing"),
          missing));
    } else {
      DatedValue<BigDecimal> threshold = law.value(LegalParameters.decimal(LegalParameters.FRANCHISE_IMPOTS_COMMERCIAUX),
          LocalDate.of(c.year().get().getValue(), 1, 1));
      Comparison cmp = Comparison.of(msg("association.franchise.receipts.subject"),
          MessageArg.euros(c.lucrativeReceipts().get()), Operator.AT_MOST, MessageArg.euros(threshold.value()));
      children.add(Finding.of("association.franchise.receipts", Outcome.of(cmp.holds()), threshold.reference(),
        msg("association.franchise.receipts", MessageArg.text(c.year().get().toString())), List.of(cmp), List.of(), List.of()));
    }
    return Conditions.allOf("association.franchise", cgi, msg("association.franchise"), children);
  }

  // ---- lucrativity (4P) ------------------------------------------------------------------------------

  private static Finding lucrativity(AssociationCase c, Finding gestion) {
    LegalReference boi = AssociationLaw.bofip("BOI-IS-CHAMP-10-50-10");
    String id = "association.lucrativity";
    if (gestion.outcome() == Outcome.NOT_SATISFIED) {
      return Conditions.decided(id, Outcome.NOT_SATISFIED, boi, msg("association.lucrativity.step1"));
    }
    if (gestion.outcome() == Outcome.UNDETERMINED) {
      return Conditions.missing(id, boi, msg("association.lucrativity.step1.unknown"), gestion.allMissingFacts());
    }
    if (c.competesWithCommercialBusinesses().isEmpty()) {
      return Conditions.missing(id, boi, msg("association.lucrativity.step2.unknown"),
          List.of("/competesWithCommercialBusinesses"));
    }
    if (!c.competesWithCommercialBusinesses().get()) {
      return Conditions.decided(id, Outcome.SATISFIED, boi, msg("association.lucrativity.step2"));
    }
    List<String> unanswered = new ArrayList<>();
    int like = 0;
    String[] names = {"product", "publicServed", "price", "publicity"};
    List<Optional<FourP>> answers = List.of(c.product(), c.publicServed(), c.price(), c.publicity());
    for (int i = 0; i < names.length; i++) {
      if (answers.get(i).isEmpty()) {
        unanswered.add("/" + names[i]);
      } else if (answers.get(i).get() == FourP.LIKE_COMMERCIAL) {
        like++;
      }
    }
    if (!unanswered.isEmpty()) {
      return Conditions.missing(id, boi, msg("association.lucrativity.step3.unknown"), unanswered);
    }
    if (like == 4) {
      return Conditions.decided(id, Outcome.NOT_SATISFIED, boi, msg("association.lucrativity.step3.like"));
    }
    if (like == 0) {
      return Conditions.decided(id, Outcome.SATISFIED, boi, msg("association.lucrativity.step3.different"));
    }
    if (c.operatesLikeACommercialBusiness().isEmpty()) {
      return Conditions.missing(id, boi, msg("association.lucrativity.step3.mixed", MessageArg.number(like)),
          List.of("/operatesLikeACommercialBusiness"));
    }
    return Conditions.decided(id, Outcome.of(!c.operatesLikeACommercialBusiness().get()), boi,
        msg("association.lucrativity.step3.assessed", MessageArg.number(like)));
  }
}
