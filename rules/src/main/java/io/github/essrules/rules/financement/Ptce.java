package io.github.essrules.rules.financement;

import static io.github.essrules.rules.internal.Conditions.msg;

import io.github.essrules.core.i18n.MessageArg;
import io.github.essrules.core.verdict.BaseRule;
import io.github.essrules.core.verdict.Comparison;
import io.github.essrules.core.verdict.Finding;
import io.github.essrules.core.verdict.LawContext;
import io.github.essrules.core.verdict.Notice;
import io.github.essrules.core.verdict.Operator;
import io.github.essrules.core.verdict.Outcome;
import io.github.essrules.core.verdict.Verdict;
import io.github.essrules.rules.internal.Conditions;
import io.github.essrules.rules.internal.Titles;
import io.github.essrules.rules.law.LegalTexts;
import java.util.List;

/**
 * Whether a grouping meets the definition of a pôle territorial de coopération économique (loi
 * n° 2014-856 du 31 juillet 2014, art. 9, I, read in the Etalab mirror of LEGI [V]).
 *
 * <blockquote>« Les pôles territoriaux de coopération économique sont constitués par le regroupement
 * sur un même territoire d'entreprises de l'économie sociale et solidaire, au sens de l'article 1er
 * de la présente loi, qui s'associent à des entreprises, en lien avec des collectivités
 * territoriales et leurs groupements, des centres de recherche, des établissements d'enseignement
 * supérieur et de recherche, des organismes de formation ou toute autre personne physique ou morale
 * pour mettre en œuvre une stratégie commune et continue de mutualisation, de coopération ou de
 * partenariat […] »</blockquote>
 *
 * <p>The structural test, cumulative: ESS enterprises — at least two, the plural of the text; with
 * exactly one the verdict is undetermined, since whether the plural requires two is not confirmed
 * [?] —; at least one other enterprise they associate with ("s'associent à des entreprises"); one
 * territory; a common and continuous strategy (the user's judgement). The collectivités, research
 * centres, universities, training bodies and other persons are partners ("en lien avec"), not
 * required members. Whether each ESS member meets art. 1 is the user's statement (the rule
 * {@code ess-membership} decides it).
 *
 * <p>Not modelled: whether the projects are "innovants, socialement ou technologiquement" and
 * "porteurs d'un développement local durable" (qualitative), and the State's selection and support
 * under II (a comité interministériel; its décret en Conseil d'État was not found [?]).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Ptce extends BaseRule<PtceGrouping> {
  /** The rule's identifier. */
  public static final String ID = "ptce";

  private static final Ptce INSTANCE = new Ptce();

  private Ptce() {
    super(ID, PtceGrouping.class, Titles.of(ID));
  }

  /**
   * The rule.
   *
   * @return the shared instance
   */
  public static Ptce get() {
    return INSTANCE;
  }

  @Override
  protected Verdict decide(PtceGrouping f, LawContext law) {
    law.article(LegalTexts.LOI_ESS_ART_9);
    Finding members;
    if (f.members().isEmpty()) {
      members = Conditions.missing("ptce.membres", FinancementLaw.ART_9_PTCE, msg("ptce.membres.missing"),
          List.of("/members"));
    } else {
      long ess = count(f.members().get(), PtceMember.Kind.ESS_ENTERPRISE);
      long others = count(f.members().get(), PtceMember.Kind.OTHER_ENTERPRISE);
      Comparison two = Comparison.of(msg("ptce.ess.subject"), MessageArg.number(ess), Operator.AT_LEAST,
          MessageArg.number(2));
      Finding essFinding = ess == 1
          ? Finding.missing("ptce.ess", FinancementLaw.ART_9_PTCE_PLURAL, msg("ptce.ess.one"), List.of("/members"), two)
          : Finding.compared("ptce.ess", FinancementLaw.ART_9_PTCE, msg("ptce.ess"), two);
      Comparison one = Comparison.of(msg("ptce.entreprises.subject"), MessageArg.number(others), Operator.AT_LEAST,
          MessageArg.number(1));
      Finding enterprises = Finding.compared("ptce.entreprises", FinancementLaw.ART_9_PTCE,
          msg("ptce.entreprises"), one);
      members = Conditions.allOf("ptce.membres", FinancementLaw.ART_9_PTCE, msg("ptce.membres"),
          List.of(essFinding, enterprises));
    }
    Finding all = Conditions.allOf("ptce", FinancementLaw.ART_9_PTCE, msg("ptce"), List.of(members,
        Conditions.stated("ptce.territoire", FinancementLaw.ART_9_PTCE, f.sameTerritory(), "/sameTerritory",
            "ptce.territoire", MessageArg.text(f.territory().orElse("—"))),
        Conditions.stated("ptce.strategie", FinancementLaw.ART_9_PTCE, f.commonStrategy(), "/commonStrategy",
            "ptce.strategie")));
    law.notice("ptce.qualitative", Notice.of("ptce.qualitative", FinancementLaw.ART_9_PTCE, msg("ptce.notice")));
    return Verdict.builder().ruleId(ID).asOf(law.asOf()).outcome(all.outcome()).addFindings(all).build();
  }

  private static long count(List<PtceMember> members, PtceMember.Kind kind) {
    long n = 0;
    for (PtceMember m : members) {
      if (m.kind() == kind) {
        n++;
      }
    }
    return n;
  }
}
