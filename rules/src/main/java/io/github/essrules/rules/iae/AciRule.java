package io.github.essrules.rules.iae;

import io.github.essrules.rules.internal.Titles;
import io.github.essrules.core.verdict.LawContext;
import io.github.essrules.rules.law.LegalTexts;
import static io.github.essrules.rules.internal.Conditions.msg;

import io.github.essrules.core.i18n.MessageArg;
import io.github.essrules.core.law.Confidence;
import io.github.essrules.core.law.LegalReference;
import io.github.essrules.core.verdict.BaseRule;
import io.github.essrules.core.verdict.Comparison;
import io.github.essrules.core.verdict.Finding;
import io.github.essrules.core.verdict.Notice;
import io.github.essrules.core.verdict.Operator;
import io.github.essrules.core.verdict.Outcome;
import io.github.essrules.core.verdict.Verdict;
import io.github.essrules.rules.internal.Conditions;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An atelier et chantier d'insertion's convention and sales: C. trav. R5132-27 (the carriers the
 * préfet may contract with, after consulting the commission), R5132-29 (at most three years) and
 * D5132-34 (sales receipts below 30 % of the activities' charges — "inférieure à", strict —, a
 * share the préfet may raise up to 50 % after a favourable opinion of the commission).
 *
 * <p>The commission is the conseil départemental de l'insertion par l'activité économique (CDIAE)
 * before 1 July 2024 and the specialised commission of the comité départemental pour l'emploi
 * since (versions of R5132-27 and D5132-34); the library encodes the texts in force since
 * 1 July 2024 and, for an earlier period, says in a notice that the earlier versions (same 30 % and
 * 50 %, read in secondary sources) name the CDIAE. With a derogation, receipts must stay below the
 * raised share, as the base rule reads.
 *
 * <p>The convention's status on the date (not started, in force, expired) is given by
 * {@link #status(AciConvention, LocalDate)}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @see <a href="https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000049754344">C. trav., art. R5132-27</a>
 * @see <a href="https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000045950367">C. trav., art. R5132-29</a>
 */
public final class AciRule extends BaseRule<AciCase> {
  /** The rule's identifier. */
  public static final String ID = "aci";
  /** R5132-29: "une durée maximale de trois ans". */
  public static final int MAXIMUM_YEARS = 3;
  /** D5132-34: "une part inférieure à 30 %". */
  public static final BigDecimal SALES_SHARE = new BigDecimal("0.30");
  /** D5132-34: "dans la limite de 50 %". */
  public static final BigDecimal DEROGATION_MAXIMUM = new BigDecimal("0.50");
  /** The day the commission spécialisée replaced the CDIAE in R5132-27 and D5132-34. */
  public static final LocalDate COMMISSION_SINCE = LocalDate.of(2024, 7, 1);

  /** C. trav. L5132-15 with its versions, looked up once. */
  private static final io.github.essrules.core.law.ArticleHistory L5132_15_IN_TIME = LegalTexts.codeDuTravail("L5132-15");
  private static final AciRule INSTANCE = new AciRule();

  /** Where a convention stands on a date. */
  public enum Status {
    /** Its first day is still to come. */
    NOT_STARTED,
    /** In force. */
    IN_FORCE,
    /** Its last day has passed. */
    EXPIRED
  }

  private AciRule() {
    super(ID, AciCase.class, Titles.of(ID));
  }

  /**
   * The rule.
   *
   * @return the shared instance
   */
  public static AciRule get() {
    return INSTANCE;
  }

  /**
   * Where a convention stands on a date.
   *
   * @param c the convention
   * @param date the date
   * @return the status
   */
  public static Status status(AciConvention c, LocalDate date) {
    if (date.isBefore(c.start())) {
      return Status.NOT_STARTED;
    }
    return date.isAfter(c.end()) ? Status.EXPIRED : Status.IN_FORCE;
  }

  /**
   * Checks the convention and the sales.
   *
   * @param c the case, checked with Bean Validation first
   * @param law the date asked about ({@link LawContext#asOf()}), the options of the law in time and
   *     the notices of the evaluation
   * @return the verdict
   */
  @Override
  protected Verdict decide(AciCase c, LawContext law) {
    LocalDate asOf = law.asOf();
    law.article(L5132_15_IN_TIME);
    AciConvention conv = c.convention();
    List<Finding> findings = new ArrayList<>();
    LegalReference r27 = IaeLaw.ref("R5132-27", "");
    boolean listed = listedHolder(conv.holder());
    findings.add(Conditions.decided("aci.holder", Outcome.of(listed), r27,
        msg(listed ? "aci.holder.yes" : "aci.holder.no", MessageArg.text(conv.holderName()),
            MessageArg.term("aci.holder." + conv.holder().name()))));
    findings.add(Conditions.stated("aci.commission", r27, conv.commissionConsulted(), "/convention/commissionConsulted",
        "aci.commission"));
    LocalDate longest = longestEnd(conv.start());
    Comparison duration = Comparison.of(msg("aci.duration.subject"), MessageArg.date(conv.end()), Operator.AT_MOST,
        MessageArg.date(longest));
    findings.add(Finding.compared("aci.duration", IaeLaw.ref("R5132-29", ""),
        msg("aci.duration", MessageArg.date(conv.start())), duration));
    List<Notice> notices = new ArrayList<>();
    notices.add(Notice.of("aci.status", IaeLaw.ref("R5132-29", ""),
        msg("aci.notice.status." + status(conv, asOf).name(), MessageArg.date(asOf), MessageArg.date(conv.end()))));
    c.sales().ifPresent(s -> {
      findings.add(sales(s));
      if (s.periodEnd().isBefore(COMMISSION_SINCE)) {
        notices.add(Notice.of("aci.cdiae", IaeLaw.ref("D5132-34", "", Confidence.SECONDARY),
            msg("aci.notice.cdiae")));
      }
    });
    return Verdict.builder().ruleId(ID).asOf(asOf)
        .outcome(Conditions.outcomeOfAll(findings))
        .addAllFindings(findings).addAllNotices(notices).build();
  }

  /**
   * R5132-27 (LEGIARTI000049754344): "le préfet peut conclure des conventions pour la mise en place
   * d'un ou plusieurs ateliers et chantiers d'insertion avec : 1° Un organisme de droit privé à but
   * non lucratif […] ; 2° Un centre communal ou intercommunal d'action sociale ; 3° Une commune ; 4°
   * Un établissement public de coopération intercommunale ; 5° Un syndicat mixte ; 6° Les
   * départements ; 7° Une chambre d'agriculture ; 8° Un établissement d'enseignement professionnel
   * et d'enseignement agricole de l'Etat ; 9° L'Office national des forêts."
   */
  static boolean listedHolder(AciConvention.Holder holder) {
    return holder != AciConvention.Holder.OTHER;
  }

  /**
   * R5132-29 (LEGIARTI000045950367): "La convention pour la mise en place d'un ou plusieurs chantiers
   * d'insertion peut être conclue pour une durée maximale de trois ans […]": its last day is the
   * start + 3 years − 1 day.
   */
  static LocalDate longestEnd(LocalDate start) {
    return start.plusYears(MAXIMUM_YEARS).minusDays(1);
  }

  /**
   * D5132-34 (LEGIARTI000049754337), the "Toutefois" that limits the sales: "les recettes tirées de
   * cette commercialisation ne peuvent couvrir qu'une part inférieure à 30 % des charges liées à ces
   * activités" — "inférieure à" is strictly below, compared as receipts &lt; charges × share.
   */
  static boolean salesBelowLimit(BigDecimal receipts, BigDecimal charges, BigDecimal share) {
    return receipts.compareTo(charges.multiply(share)) < 0;
  }

  /**
   * The limit on sales that applies: 30 %, or the raised share when the préfet raised it after a
   * favourable opinion — the exception of D5132-34: "Cette part peut être augmentée sur décision du
   * préfet, dans la limite de 50 %, après avis favorable de la commission spécialisée du comité
   * départemental pour l'emploi […], si les activités développées ne sont pas déjà assurées et
   * satisfaites par les entreprises locales."
   *
   * @param s the sales figures
   * @return the share
   */
  public static BigDecimal salesLimit(SalesFigures s) {
    if (s.derogationShare().isPresent() && s.derogationFavourableOpinion().orElse(false)) {
      return s.derogationShare().get();
    }
    return SALES_SHARE;
  }

  private static Finding sales(SalesFigures s) {
    LegalReference ref = IaeLaw.ref("D5132-34", "");
    if (s.derogationShare().isPresent() && s.derogationFavourableOpinion().isEmpty()) {
      return Conditions.missing("aci.sales", ref, msg("aci.sales.opinion-missing"),
          List.of("/sales/derogationFavourableOpinion"));
    }
    BigDecimal limit = salesLimit(s);
    BigDecimal ceiling = s.charges().multiply(limit);
    Comparison cmp = Comparison.of(msg("aci.sales.subject", MessageArg.rate(limit)), MessageArg.euros(s.receipts()),
        Operator.LESS_THAN, MessageArg.euros(ceiling));
    BigDecimal share = s.receipts().divide(s.charges(), 4, RoundingMode.HALF_UP);
    BigDecimal margin = ceiling.subtract(s.receipts());
    return Finding.decided("aci.sales", Outcome.of(salesBelowLimit(s.receipts(), s.charges(), limit)), ref,
        msg(limit.compareTo(SALES_SHARE) == 0 ? "aci.sales" : "aci.sales.derogation",
            MessageArg.date(s.periodEnd()), MessageArg.rate(share), MessageArg.rate(limit), MessageArg.euros(margin)), cmp);
  }
}
