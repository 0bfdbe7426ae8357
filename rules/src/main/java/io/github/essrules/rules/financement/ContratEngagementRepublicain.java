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
import io.github.essrules.rules.ess.LegalForm;
import io.github.essrules.rules.internal.Conditions;
import io.github.essrules.rules.internal.Titles;
import io.github.essrules.rules.law.LegalTexts;
import java.util.List;

/**
 * Whether an association or a fondation asking for a subsidy meets the obligation of the contrat
 * d'engagement républicain (loi n° 2000-321 du 12 avril 2000, art. 10-1, LEGIARTI000043970265,
 * in force since 26 August 2021 [V]).
 *
 * <blockquote>« Toute association ou fondation qui sollicite l'octroi d'une subvention au sens de
 * l'article 9-1 auprès d'une autorité administrative ou d'un organisme chargé de la gestion d'un
 * service public industriel et commercial s'engage, par la souscription d'un contrat d'engagement
 * républicain […]. Cette obligation est réputée satisfaite par les associations agréées au titre de
 * l'article 25-1 de la présente loi ainsi que par les associations et fondations reconnues d'utilité
 * publique. »</blockquote>
 *
 * <p>Not applicable to another legal form (a coopérative, a SCIC, a mutuelle, a company: the text
 * names two forms), to a request to another funder, or to a request presented before 2 January
 * 2022: décret n° 2021-1947 "s'applique aux demandes présentées à compter de la date d'entrée en
 * vigueur de ce décret" [V], that date being 2 January 2022 [S] (published on 1 January 2022, in
 * force the next day). Satisfied when the obligation is deemed satisfied (agrément of art. 25-1,
 * reconnaissance d'utilité publique) or the contract was subscribed; not satisfied when it was not
 * and neither exemption holds; undetermined naming what is not stated.
 *
 * <p>Not modelled: the breach of the contract, the refusal for an illicit object, and the
 * withdrawal of a granted subsidy "au prorata" (the article of the décret is not confirmed [?]).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ContratEngagementRepublicain extends BaseRule<CerRequest> {
  /** The rule's identifier. */
  public static final String ID = "contrat-engagement-republicain";

  private static final ContratEngagementRepublicain INSTANCE = new ContratEngagementRepublicain();

  private ContratEngagementRepublicain() {
    super(ID, CerRequest.class, Titles.of(ID));
  }

  /**
   * The rule.
   *
   * @return the shared instance
   */
  public static ContratEngagementRepublicain get() {
    return INSTANCE;
  }

  @Override
  protected Verdict decide(CerRequest f, LawContext law) {
    Verdict.Builder verdict = Verdict.builder().ruleId(ID).asOf(law.asOf());
    if (f.applicantForm() != LegalForm.ASSOCIATION && f.applicantForm() != LegalForm.FONDATION) {
      return verdict.outcome(Outcome.NOT_APPLICABLE).addFindings(Conditions.decided("cer.form", Outcome.NOT_APPLICABLE,
          FinancementLaw.ART_10_1, msg("cer.form", MessageArg.term("form." + f.applicantForm().name())))).build();
    }
    if (!f.funder().grantsSubsidiesUnderLoi2000321()) {
      return verdict.outcome(Outcome.NOT_APPLICABLE).addFindings(Conditions.decided("cer.funder",
          Outcome.NOT_APPLICABLE, FinancementLaw.ART_10_1, msg("cer.funder",
              MessageArg.term("funder." + f.funder().name())))).build();
    }
    Comparison date = Comparison.of(msg("cer.date.subject"), MessageArg.date(f.requestedOn()), Operator.AT_LEAST,
        MessageArg.date(FinancementLaw.CER_FIRST_REQUEST));
    if (!date.holds()) {
      return verdict.outcome(Outcome.NOT_APPLICABLE).addFindings(Finding.decided("cer.date", Outcome.NOT_APPLICABLE,
          FinancementLaw.DECRET_CER, msg("cer.date.before"), date)).build();
    }
    law.article(LegalTexts.LOI_2000_321_ART_10_1);
    Finding from = Finding.decided("cer.date", Outcome.SATISFIED, FinancementLaw.DECRET_CER, msg("cer.date"), date);
    Finding met = Conditions.anyOf("cer.obligation", FinancementLaw.ART_10_1, msg("cer.obligation"), List.of(
        Conditions.stated("cer.agrement", FinancementLaw.ART_10_1, f.agreedUnderArticle25_1(),
            "/agreedUnderArticle25_1", "cer.agrement"),
        Conditions.stated("cer.rup", FinancementLaw.ART_10_1, f.reconnueUtilitePublique(),
            "/reconnueUtilitePublique", "cer.rup"),
        Conditions.stated("cer.souscrit", FinancementLaw.ART_10_1, f.contractSubscribed(),
            "/contractSubscribed", "cer.souscrit")));
    law.notice("cer.content", Notice.of("cer.content", FinancementLaw.DECRET_CER, msg("cer.notice.content")));
    return verdict.outcome(Outcome.allOf(from.outcome(), met.outcome())).addFindings(from, met).build();
  }
}
