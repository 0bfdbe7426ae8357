package io.github.essrules.rules.regie;

import io.github.essrules.rules.internal.Titles;
import io.github.essrules.core.verdict.LawContext;
import io.github.essrules.rules.law.LegalTexts;
import static io.github.essrules.rules.internal.Conditions.msg;

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
import io.github.essrules.rules.ess.LegalForm;
import io.github.essrules.rules.esus.EsusLaw;
import io.github.essrules.rules.internal.Conditions;
import io.github.essrules.rules.structure.Qualifications;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Whether an organisation is a régie de quartier (or de territoire): an association loi 1901
 * holding the CNLRQ collective trademark, which requires signing the Charte nationale des régies
 * de quartier (CNLRQ, 22 June 1991), acting on a defined local territory, governed by the
 * triptych of inhabitants, collectivités and bailleurs sociaux, inhabitants expected to hold a
 * majority of the board (strictly more than half of the seats).
 *
 * <p>These are the federation's rules, read in secondary sources (confidence "secondary"; the
 * inhabitants' majority: "unconfirmed"). The law knows régies de quartier by name: the State may
 * conclude insertion conventions with them (C. trav. L5132-2, 4°) and they are ESUS de plein droit
 * (L3332-17-1, II, 8°) — the verdict says so in notices; the ESUS rule decides the agrément.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RegieRule extends BaseRule<RegieCase> {
  /** The rule's identifier. */
  public static final String ID = "regie-de-quartier";

  private static final LegalReference CHARTER = LegalReference.builder().kind(TextKind.CHARTE)
      .citation("Charte nationale des régies de quartier (CNLRQ, 22 juin 1991)").confidence(Confidence.SECONDARY)
      .build();
  private static final LegalReference MAJORITY = LegalReference.builder().kind(TextKind.CHARTE)
      .citation("CNLRQ, gouvernance des régies de quartier").confidence(Confidence.UNCONFIRMED)
      .note("majorité d'habitants au conseil d'administration : page de la fédération, non vérifiée").build();
  /**
   * C. trav. L5132-2 (LEGIARTI000042674183): "L'Etat peut conclure des conventions prévoyant, le cas
   * échéant, des aides financières avec : […] 4° Les régies de quartiers." Cited in a notice.
   */
  private static final LegalReference L5132_2 = LegalReference.of(TextKind.CODE_ARTICLE, "C. trav., art. L5132-2, 4°",
      Confidence.VERIFIED);

  /** C. trav. L5132-2 with its versions, looked up once. */
  private static final io.github.essrules.core.law.ArticleHistory L5132_2_IN_TIME = LegalTexts.codeDuTravail("L5132-2");
  private static final RegieRule INSTANCE = new RegieRule();

  private RegieRule() {
    super(ID, RegieCase.class, Titles.of(ID));
  }

  /**
   * The rule.
   *
   * @return the shared instance
   */
  public static RegieRule get() {
    return INSTANCE;
  }

  /**
   * Decides whether the organisation is a régie de quartier.
   *
   * @param c the case, checked with Bean Validation first
   * @param law the date asked about ({@link LawContext#asOf()}), the options of the law in time and
   *     the notices of the evaluation
   * @return the verdict
   * @throws io.github.essrules.core.validation.InvalidInputException if the case is malformed
   */
  @Override
  protected Verdict decide(RegieCase c, LawContext law) {
    LocalDate asOf = law.asOf();
    law.article(L5132_2_IN_TIME);
    List<Finding> findings = new ArrayList<>();
    boolean association = c.organisation().legalForm() == LegalForm.ASSOCIATION;
    findings.add(Conditions.decided("regie.form", Outcome.of(association), CHARTER,
        msg(association ? "regie.form.yes" : "regie.form.no",
            MessageArg.term("form." + c.organisation().legalForm().name()))));
    Optional<List<Qualifications.RegieDeQuartierLabel>> known =
        c.organisation().qualifications(Qualifications.RegieDeQuartierLabel.class);
    List<Qualifications.RegieDeQuartierLabel> labels = known.orElse(List.of());
    if (known.isEmpty()) {
      findings.add(Conditions.missing("regie.label", CHARTER, msg("regie.label.unknown"),
          List.of("/organisation/qualifications")));
    } else if (labels.isEmpty()) {
      findings.add(Conditions.decided("regie.label", Outcome.NOT_SATISFIED, CHARTER, msg("regie.label.no")));
    } else {
      Optional<Boolean> charter = labels.get(0).charterSigned();
      int index = c.organisation().qualifications().get().indexOf(labels.get(0));
      findings.add(Conditions.stated("regie.label", CHARTER, charter,
          "/organisation/qualifications/" + index + "/charterSigned", "regie.label"));
    }
    findings.add(Conditions.stated("regie.territory", CHARTER, c.definedTerritory(), "/definedTerritory",
        "regie.territory"));
    findings.add(governance(c));
    List<Notice> notices = new ArrayList<>();
    notices.add(Notice.of("regie.esus", EsusLaw.L3332_17_1.reference("II, 8°", Confidence.VERIFIED),
        msg("regie.notice.esus")));
    for (Qualifications.SiaeConvention s
        : c.organisation().qualifications(Qualifications.SiaeConvention.class).orElse(List.of())) {
      notices.add(Notice.of("regie.siae", L5132_2, msg("regie.notice.siae", MessageArg.text(s.kind().name()))));
    }
    return Verdict.builder().ruleId(ID).asOf(asOf)
        .outcome(Conditions.outcomeOfAll(findings))
        .addAllFindings(findings).addAllNotices(notices).build();
  }

  /**
   * The governance triptych of the CNLRQ charter (secondary source: its words are not quoted):
   * inhabitants, collectivités and bailleurs sociaux all sit on the board.
   *
   * @param b the board
   * @return whether the three are represented
   */
  static boolean triptych(Board b) {
    return b.inhabitants() > 0 && b.collectivites() > 0 && b.bailleursSociaux() > 0;
  }

  /**
   * The inhabitants' majority of the board (the federation's page, unconfirmed: not quoted):
   * strictly more than half of the seats, compared as 2 × inhabitants &gt; seats.
   *
   * @param b the board
   * @return whether the inhabitants hold a majority
   */
  static boolean inhabitantsMajority(Board b) {
    return 2L * b.inhabitants() > b.total();
  }

  private static Finding governance(RegieCase c) {
    if (c.board().isEmpty()) {
      return Conditions.missing("regie.governance", CHARTER, msg("regie.governance.missing"), List.of("/board"));
    }
    Board b = c.board().get();
    List<Finding> children = new ArrayList<>();
    boolean triptych = triptych(b);
    children.add(Conditions.decided("regie.governance.triptych", Outcome.of(triptych), CHARTER,
        msg(triptych ? "regie.governance.triptych.yes" : "regie.governance.triptych.no",
            MessageArg.number(b.inhabitants()), MessageArg.number(b.collectivites()),
            MessageArg.number(b.bailleursSociaux()))));
    Comparison majority = Comparison.of(msg("regie.governance.majority.subject"),
        MessageArg.number(2L * b.inhabitants()), Operator.GREATER_THAN, MessageArg.number(b.total()));
    children.add(Finding.decided("regie.governance.majority", Outcome.of(inhabitantsMajority(b)), MAJORITY,
        msg("regie.governance.majority", MessageArg.number(b.inhabitants()),
            MessageArg.number(b.total())), majority));
    return Conditions.allOf("regie.governance", CHARTER, msg("regie.governance"), children);
  }
}
