package io.github.essrules.rules.financement;

import static io.github.essrules.rules.internal.Conditions.msg;

import io.github.essrules.core.i18n.MessageArg;
import io.github.essrules.core.verdict.BaseRule;
import io.github.essrules.core.verdict.Finding;
import io.github.essrules.core.verdict.LawContext;
import io.github.essrules.core.verdict.Notice;
import io.github.essrules.core.verdict.Outcome;
import io.github.essrules.core.verdict.Verdict;
import io.github.essrules.rules.financement.SubsidyQuestionnaire.Party;
import io.github.essrules.rules.financement.SubsidyQuestionnaire.Purpose;
import io.github.essrules.rules.internal.Conditions;
import io.github.essrules.rules.internal.Titles;
import io.github.essrules.rules.law.LegalTexts;
import java.util.List;
import java.util.Optional;

/**
 * Whether a contribution is a subsidy in the sense of loi n° 2000-321 du 12 avril 2000, art. 9-1
 * (LEGIARTI000029318586, in force since 2 August 2014, created by loi n° 2014-856, art. 59 [V]),
 * as an explained questionnaire: satisfied — a subsidy; not satisfied — not a subsidy, and, when the
 * contribution pays for individualised services meeting the funder's needs, the notice that it is
 * the price of a public contract; undetermined — naming each unanswered question. Never a guess:
 * whether the contribution is facultative, of general interest, initiated and defined by the
 * beneficiary are qualifications the user answers.
 *
 * <blockquote>« Constituent des subventions, au sens de la présente loi, les contributions
 * facultatives de toute nature, valorisées dans l'acte d'attribution, décidées par les autorités
 * administratives et les organismes chargés de la gestion d'un service public industriel et
 * commercial, justifiées par un intérêt général et destinées à la réalisation d'une action ou d'un
 * projet d'investissement, à la contribution au développement d'activités ou au financement global
 * de l'activité de l'organisme de droit privé bénéficiaire. Ces actions, projets ou activités sont
 * initiés, définis et mis en œuvre par les organismes de droit privé bénéficiaires. »
 * <br>« Ces contributions ne peuvent constituer la rémunération de prestations individualisées
 * répondant aux besoins des autorités ou organismes qui les accordent. »</blockquote>
 *
 * <p>Not modelled: the valuation of aid in kind, the case-law criteria that precede the text, and
 * the qualification of a contribution that is neither a subsidy nor a public contract (a
 * délégation de service public, a compensation of SIEG obligations).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SubventionQualification extends BaseRule<SubsidyQuestionnaire> {
  /** The rule's identifier. */
  public static final String ID = "subvention-qualification";

  private static final SubventionQualification INSTANCE = new SubventionQualification();

  private SubventionQualification() {
    super(ID, SubsidyQuestionnaire.class, Titles.of(ID));
  }

  /**
   * The rule.
   *
   * @return the shared instance
   */
  public static SubventionQualification get() {
    return INSTANCE;
  }

  @Override
  protected Verdict decide(SubsidyQuestionnaire f, LawContext law) {
    law.article(LegalTexts.LOI_2000_321_ART_9_1);
    Finding funder = Conditions.decided("subv.def.auteur", Outcome.of(f.funder().grantsSubsidiesUnderLoi2000321()),
        FinancementLaw.ART_9_1, msg("subv.def.auteur", MessageArg.term("funder." + f.funder().name())));
    Finding beneficiary = Conditions.decided("subv.def.beneficiaire",
        Outcome.of(FinancementLaw.privateLaw(f.beneficiaryForm())), FinancementLaw.ART_9_1,
        msg("subv.def.beneficiaire", MessageArg.term("form." + f.beneficiaryForm().name())));
    Finding purpose = f.purpose().isEmpty()
        ? Conditions.missing("subv.def.objet", FinancementLaw.ART_9_1, msg("subv.def.objet.missing"), List.of("/purpose"))
        : Conditions.decided("subv.def.objet", Outcome.of(f.purpose().get() != Purpose.OTHER), FinancementLaw.ART_9_1,
            msg("subv.def.objet", MessageArg.term("purpose." + f.purpose().get().name())));
    Finding initiative = Conditions.allOf("subv.def.initiative", FinancementLaw.ART_9_1, msg("subv.def.initiative"),
        List.of(byBeneficiary("subv.def.initiative.initie", f.initiatedBy(), "/initiatedBy"),
            byBeneficiary("subv.def.initiative.defini", f.definedBy(), "/definedBy"),
            Conditions.stated("subv.def.initiative.mis-en-oeuvre", FinancementLaw.ART_9_1, f.carriedOutByBeneficiary(),
                "/carriedOutByBeneficiary", "subv.def.initiative.mis-en-oeuvre")));
    Optional<Boolean> notServices = f.paysIndividualisedServicesToFunder().map(b -> !b);
    Finding services = Conditions.stated("subv.def.prestations", FinancementLaw.ART_9_1_AL_2, notServices,
        "/paysIndividualisedServicesToFunder", "subv.def.prestations");
    Finding all = Conditions.allOf("subv.def", FinancementLaw.ART_9_1, msg("subv.def"), List.of(funder, beneficiary,
        Conditions.stated("subv.def.facultative", FinancementLaw.ART_9_1, f.optional(), "/optional",
            "subv.def.facultative"),
        Conditions.stated("subv.def.valorisee", FinancementLaw.ART_9_1, f.valuedInAwardAct(), "/valuedInAwardAct",
            "subv.def.valorisee"),
        Conditions.stated("subv.def.interet-general", FinancementLaw.ART_9_1, f.generalInterest(), "/generalInterest",
            "subv.def.interet-general"),
        purpose, initiative, services));
    if (services.outcome() == Outcome.NOT_SATISFIED) {
      law.notice("subv.def.marche", Notice.of("subv.def.marche", FinancementLaw.ART_9_1_AL_2,
          msg("subv.notice.marche")));
    }
    return Verdict.builder().ruleId(ID).asOf(law.asOf()).outcome(all.outcome()).addFindings(all).build();
  }

  private static Finding byBeneficiary(String id, Optional<Party> party, String path) {
    if (party.isEmpty()) {
      return Conditions.missing(id, FinancementLaw.ART_9_1, msg(id + ".missing"), List.of(path));
    }
    return Conditions.decided(id, Outcome.of(party.get() == Party.BENEFICIARY), FinancementLaw.ART_9_1,
        msg(id, MessageArg.term("party." + party.get().name())));
  }
}
