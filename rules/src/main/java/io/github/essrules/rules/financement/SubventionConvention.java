package io.github.essrules.rules.financement;

import static io.github.essrules.rules.internal.Conditions.msg;

import io.github.essrules.core.i18n.MessageArg;
import io.github.essrules.core.law.Confidence;
import io.github.essrules.core.law.LegalReference;
import io.github.essrules.core.law.TextKind;
import io.github.essrules.core.param.DatedValue;
import io.github.essrules.core.verdict.BaseRule;
import io.github.essrules.core.verdict.Comparison;
import io.github.essrules.core.verdict.Finding;
import io.github.essrules.core.verdict.LawContext;
import io.github.essrules.core.verdict.Notice;
import io.github.essrules.core.verdict.Operator;
import io.github.essrules.core.verdict.Outcome;
import io.github.essrules.core.verdict.Verdict;
import io.github.essrules.rules.amounts.LegalParameters;
import io.github.essrules.rules.ess.LegalForm;
import io.github.essrules.rules.internal.Conditions;
import io.github.essrules.rules.internal.Titles;
import io.github.essrules.rules.law.LegalTexts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether the award of a subsidy requires a written convention (loi n° 2000-321 du 12 avril 2000,
 * art. 10, al. 1), and, beside it, the compte rendu financier of an earmarked subsidy with its
 * deadline, and the publication of the award data (décret n° 2017-779) with its deadline.
 *
 * <blockquote>« L'autorité administrative ou l'organisme chargé de la gestion d'un service public
 * industriel et commercial […] qui attribue une subvention doit, lorsque cette subvention dépasse un
 * seuil défini par décret, conclure une convention avec l'organisme de droit privé qui en bénéficie
 * […]. Cette disposition ne s'applique pas aux organismes qui bénéficient de subventions pour
 * l'amélioration, la construction, l'acquisition et l'amélioration des logements locatifs sociaux
 * prévues au livre III du code de la construction et de l'habitation. » (version of 1 January
 * 2016, LEGIARTI000033158062 [V])</blockquote>
 *
 * <p>The verdict's outcome is the convention's: <em>satisfied</em> when the subsidy exceeds the
 * threshold ("dépasse": strictly above — 23 000,00 € needs none, 23 000,01 € does) and is not a
 * social-housing aid; <em>not satisfied</em> when it does not; <em>not applicable</em> when the funder
 * or the beneficiary is outside art. 10. The threshold is the parameter
 * {@code subvention-seuil-convention} (23 000 €, décret n° 2001-495, art. 1 [S]) on the day of the
 * award, or a scheme's own threshold stated with its text. The amount compared is the award alone
 * when it exceeds the threshold, otherwise the award plus the other subsidies of the same funder
 * that year (the secondary sources' "montant annuel"; whether the décret adds them is not confirmed
 * [?], so the other awards are asked for, never assumed to be nil).
 *
 * <p>Two more findings, which do not change the outcome: {@code subv.compte-rendu} — "Lorsque la
 * subvention est affectée à une dépense déterminée, l'organisme de droit privé bénéficiaire doit
 * produire un compte rendu financier […] dans les six mois suivant la fin de l'exercice pour lequel
 * elle a été attribuée": satisfied (due, by the last day of the sixth month after the financial
 * year's end, the same day of the month or the month's last day — 31 December 2025 gives 30 June
 * 2026) or not applicable (not earmarked); {@code subv.publication} — for a convention signed from
 * 1 August 2017 [V] above 23 000 € [S], by a collectivité of at least 3 500 inhabitants [S] or
 * another funder: satisfied (due within three months of the signature [S]) or not applicable.
 *
 * <p>Not modelled: the deposit at the préfecture of bodies other than associations and fondations
 * (its amount is not confirmed [?]: a notice says it is not decided), the dividend clause for
 * commercial companies, the « formulaire unique », the clause on a subsidy not fully used (2021
 * wording [?]), the valuation of aid in kind, and what the wording in force since 23 February 2022
 * changed (not read: presumed unchanged on the points applied).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SubventionConvention extends BaseRule<SubventionAward> {
  /** The rule's identifier. */
  public static final String ID = "subvention-convention";

  private static final SubventionConvention INSTANCE = new SubventionConvention();

  private SubventionConvention() {
    super(ID, SubventionAward.class, Titles.of(ID));
  }

  /**
   * The rule.
   *
   * @return the shared instance
   */
  public static SubventionConvention get() {
    return INSTANCE;
  }

  @Override
  protected Verdict decide(SubventionAward f, LawContext law) {
    law.article(LegalTexts.LOI_2000_321_ART_10);
    Verdict.Builder verdict = Verdict.builder().ruleId(ID).asOf(law.asOf());
    if (!f.funder().grantsSubsidiesUnderLoi2000321() || !FinancementLaw.privateLaw(f.beneficiaryForm())) {
      return verdict.outcome(Outcome.NOT_APPLICABLE).addFindings(Conditions.decided("subv.scope",
          Outcome.NOT_APPLICABLE, FinancementLaw.ART_10, msg("subv.scope.outside",
              MessageArg.term("funder." + f.funder().name()), MessageArg.term("form." + f.beneficiaryForm().name()))))
          .build();
    }
    List<Finding> findings = new ArrayList<>();
    Finding convention = convention(f, law);
    findings.add(convention);
    findings.add(compteRendu(f));
    findings.add(publication(f, law, convention));
    if (f.beneficiaryForm() != LegalForm.ASSOCIATION && f.beneficiaryForm() != LegalForm.FONDATION) {
      law.notice("subv.prefecture", Notice.of("subv.prefecture", FinancementLaw.PREFECTURE, msg("subv.notice.prefecture")));
    }
    return verdict.outcome(convention.outcome()).addAllFindings(findings).build();
  }

  /**
   * The amount compared with the threshold: the award alone if it exceeds it, otherwise the award
   * plus the funder's other subsidies of the year, or {@code null} when those are not given.
   */
  static BigDecimal counted(SubventionAward f, BigDecimal threshold) {
    if (f.amount().compareTo(threshold) > 0) {
      return f.amount();
    }
    return f.otherAwardsSameFunderSameYear().map(f.amount()::add).orElse(null);
  }

  private static Finding convention(SubventionAward f, LawContext law) {
    LegalReference ref;
    BigDecimal threshold;
    if (f.schemeThreshold().isPresent()) {
      threshold = f.schemeThreshold().get();
      ref = LegalReference.of(TextKind.DECRET, f.schemeThresholdText().get(), Confidence.SUPPLIED_BY_USER);
    } else {
      DatedValue<BigDecimal> v = law.value(LegalParameters.decimal(LegalParameters.SUBVENTION_SEUIL_CONVENTION),
          f.awardedOn());
      threshold = v.value();
      ref = v.reference();
    }
    BigDecimal amount = counted(f, threshold);
    if (amount == null) {
      return Conditions.missing("subv.convention", ref, msg("subv.convention.others", MessageArg.euros(f.amount()),
          MessageArg.euros(threshold)), List.of("/otherAwardsSameFunderSameYear"));
    }
    boolean alone = f.amount().compareTo(threshold) > 0;
    Comparison c = Comparison.of(msg(alone ? "subv.convention.subject" : "subv.convention.subject.year"),
        MessageArg.euros(amount), Operator.GREATER_THAN, MessageArg.euros(threshold));
    Finding above = Finding.compared("subv.convention.seuil", ref,
        msg(c.holds() ? "subv.convention.seuil" : "subv.convention.seuil.no"), c);
    if (!c.holds()) {
      return Conditions.allOf("subv.convention", FinancementLaw.ART_10, msg("subv.convention.no"), List.of(above));
    }
    Finding housing = f.socialHousing().isEmpty()
        ? Conditions.missing("subv.convention.logement-social", FinancementLaw.ART_10,
            msg("subv.convention.logement-social.missing"), List.of("/socialHousing"))
        : Conditions.decided("subv.convention.logement-social", Outcome.of(!f.socialHousing().get()),
            FinancementLaw.ART_10, msg(f.socialHousing().get() ? "subv.convention.logement-social.yes"
                : "subv.convention.logement-social.no"));
    Outcome o = Outcome.allOf(above.outcome(), housing.outcome());
    return Conditions.allOf("subv.convention", FinancementLaw.ART_10,
        msg(o == Outcome.SATISFIED ? "subv.convention" : o == Outcome.NOT_SATISFIED ? "subv.convention.no"
            : "subv.convention.undetermined"), List.of(above, housing));
  }

  private static Finding compteRendu(SubventionAward f) {
    if (f.earmarked().isEmpty()) {
      return Conditions.missing("subv.compte-rendu", FinancementLaw.ART_10_CRF, msg("subv.compte-rendu.earmarked"),
          List.of("/earmarked"));
    }
    if (!f.earmarked().get()) {
      return Conditions.decided("subv.compte-rendu", Outcome.NOT_APPLICABLE, FinancementLaw.ART_10_CRF,
          msg("subv.compte-rendu.no"));
    }
    if (f.financialYearEnd().isEmpty()) {
      return Conditions.missing("subv.compte-rendu", FinancementLaw.ART_10_CRF, msg("subv.compte-rendu.year"),
          List.of("/financialYearEnd"));
    }
    LocalDate end = f.financialYearEnd().get();
    return Conditions.decided("subv.compte-rendu", Outcome.SATISFIED, FinancementLaw.ART_10_CRF,
        msg("subv.compte-rendu", MessageArg.date(end), MessageArg.date(compteRenduDeadline(end))));
  }

  /**
   * The last day to file the compte rendu financier: « dans les six mois suivant la fin de
   * l'exercice » — the same day of the sixth month after the year's end, or that month's last day.
   *
   * <pre>{@code
   * SubventionConvention.compteRenduDeadline(LocalDate.of(2025, 12, 31)); // 2026-06-30
   * }</pre>
   *
   * @param financialYearEnd the last day of the financial year for which the subsidy was awarded
   * @return the last day
   */
  public static LocalDate compteRenduDeadline(LocalDate financialYearEnd) {
    return financialYearEnd.plusMonths(6);
  }

  private static Finding publication(SubventionAward f, LawContext law, Finding convention) {
    if (f.conventionSignedOn().isEmpty()) {
      if (convention.outcome() == Outcome.NOT_SATISFIED) {
        return Conditions.decided("subv.publication", Outcome.NOT_APPLICABLE, FinancementLaw.PUBLICATION,
            msg("subv.publication.none"));
      }
      return Conditions.missing("subv.publication", FinancementLaw.PUBLICATION, msg("subv.publication.signed"),
          List.of("/conventionSignedOn"));
    }
    LocalDate signed = f.conventionSignedOn().get();
    Comparison from = Comparison.of(msg("subv.publication.date.subject"), MessageArg.date(signed), Operator.AT_LEAST,
        MessageArg.date(FinancementLaw.PUBLICATION_FIRST_CONVENTION));
    if (!from.holds()) {
      return Finding.decided("subv.publication", Outcome.NOT_APPLICABLE, FinancementLaw.PUBLICATION,
          msg("subv.publication.before"), from);
    }
    DatedValue<BigDecimal> threshold = law.value(
        LegalParameters.decimal(LegalParameters.SUBVENTION_SEUIL_DONNEES_ESSENTIELLES), signed);
    BigDecimal amount = counted(f, threshold.value());
    if (amount == null) {
      return Conditions.missing("subv.publication", threshold.reference(), msg("subv.convention.others",
          MessageArg.euros(f.amount()), MessageArg.euros(threshold.value())), List.of("/otherAwardsSameFunderSameYear"));
    }
    Comparison above = Comparison.of(msg("subv.convention.subject"), MessageArg.euros(amount), Operator.GREATER_THAN,
        MessageArg.euros(threshold.value()));
    if (!above.holds()) {
      return Finding.decided("subv.publication", Outcome.NOT_APPLICABLE, threshold.reference(),
          msg("subv.publication.below"), from, above);
    }
    Comparison[] compared = {from, above};
    if (f.funder() == Funder.COLLECTIVITE_TERRITORIALE) {
      if (f.funderPopulation().isEmpty()) {
        return Finding.missing("subv.publication", FinancementLaw.PUBLICATION,
            msg("subv.publication.population"), List.of("/funderPopulation"), from, above);
      }
      DatedValue<BigDecimal> inhabitants = law.value(
          LegalParameters.decimal(LegalParameters.SUBVENTION_DONNEES_ESSENTIELLES_SEUIL_HABITANTS), signed);
      Comparison size = Comparison.of(msg("subv.publication.population.subject"),
          MessageArg.number(f.funderPopulation().get()), Operator.AT_LEAST, MessageArg.number(inhabitants.value()));
      if (!size.holds()) {
        return Finding.decided("subv.publication", Outcome.NOT_APPLICABLE, inhabitants.reference(),
            msg("subv.publication.small"), from, above, size);
      }
      compared = new Comparison[] {from, above, size};
    }
    // every comparison holds here: satisfied
    return Finding.compared("subv.publication", threshold.reference(),
        msg("subv.publication", MessageArg.date(signed.plusMonths(3))), compared);
  }
}
