package io.github.essrules.rules.financement;

import static io.github.essrules.rules.internal.Conditions.msg;

import io.github.essrules.core.i18n.MessageArg;
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
import io.github.essrules.rules.internal.Conditions;
import io.github.essrules.rules.internal.Titles;
import io.github.essrules.rules.law.LegalTexts;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether an association must draw up annual accounts, appoint a commissaire aux comptes and
 * publish both, because of the public subsidies it received in a year (C. com., art. L612-4, read
 * in a translation site [S]).
 *
 * <blockquote>« Toute association ayant reçu annuellement des autorités administratives, au sens de
 * l'article 1er de la loi du 12 avril 2000, ou des établissements publics à caractère industriel et
 * commercial une ou plusieurs subventions en numéraire dont le montant global dépasse un seuil fixé
 * par décret, doit établir des comptes annuels comprenant un bilan, un compte de résultat et une
 * annexe […] »</blockquote>
 *
 * <p>Satisfied — the duties apply — when the cash subsidies of the autorités administratives and
 * the EPIC received within the year counted add up to more than the threshold ("dépasse": strictly
 * above — 153 000,00 € does not, 153 000,01 € does); not satisfied otherwise. The threshold is the
 * parameter {@code association-subventions-seuil-l612-4} (153 000 €, décret n° 2001-379 [S]) on the
 * year's last day; the library applies it from 2 August 2014 (« en numéraire » of loi n° 2014-856
 * [S]) and refuses an earlier year. Each subsidy is a finding saying whether it counts: in kind,
 * from a foreign State [S: CNCC] or a private funder, or received outside the year, it does not.
 * Which year "annuellement" means (financial or calendar) is not confirmed [?]: the user states it
 * and the verdict repeats it. That each receipt is a subsidy and not the price of a public
 * contract is the user's statement. When the accounts' approval date is given, a notice gives the
 * last day of their publication: three months later (décret n° 2010-31 [S]).
 *
 * <p>Not modelled: the same duties for associations receiving more than 153 000 € of
 * tax-deductible dons (loi n° 87-571, art. 4-1 [?]), the alternate commissaire aux comptes of
 * L823-1, the penalties of L242-8 and the référé.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AssociationComptes extends BaseRule<AssociationSubsidies> {
  /** The rule's identifier. */
  public static final String ID = "association-comptes";

  private static final AssociationComptes INSTANCE = new AssociationComptes();

  private AssociationComptes() {
    super(ID, AssociationSubsidies.class, Titles.of(ID));
  }

  /**
   * The rule.
   *
   * @return the shared instance
   */
  public static AssociationComptes get() {
    return INSTANCE;
  }

  /**
   * Whether a subsidy counts towards the threshold of L612-4: in cash, from an autorité
   * administrative or an EPIC, received within the year.
   *
   * @param s the subsidy
   * @param year the year counted
   * @return whether it counts
   */
  static boolean counts(PublicSubsidy s, AssociationSubsidies year) {
    return s.inCash() && s.funder().countsForL612_4() && !s.receivedOn().isBefore(year.yearStart())
        && !s.receivedOn().isAfter(year.yearEnd());
  }

  /**
   * The global amount of L612-4: the sum of the subsidies that {@linkplain #counts count}.
   *
   * @param year the year's subsidies, listed
   * @return the sum, in euros
   */
  static BigDecimal total(AssociationSubsidies year) {
    BigDecimal sum = BigDecimal.ZERO;
    for (PublicSubsidy s : year.subsidies().orElse(List.of())) {
      if (counts(s, year)) {
        sum = sum.add(s.amount());
      }
    }
    return sum;
  }

  @Override
  protected Verdict decide(AssociationSubsidies f, LawContext law) {
    law.article(LegalTexts.C_COM_L612_4);
    law.article(LegalTexts.C_COM_L612_4, f.yearEnd());
    DatedValue<BigDecimal> threshold = law.value(
        LegalParameters.decimal(LegalParameters.ASSOCIATION_SUBVENTIONS_SEUIL_L612_4), f.yearEnd());
    Verdict.Builder verdict = Verdict.builder().ruleId(ID).asOf(law.asOf());
    law.notice("comptes.annee", Notice.of("comptes.annee", FinancementLaw.L612_4, msg("comptes.notice.annee",
        MessageArg.term("basis." + f.yearBasis().name()), MessageArg.date(f.yearStart()), MessageArg.date(f.yearEnd()))));
    if (f.subsidies().isEmpty()) {
      return verdict.outcome(Outcome.UNDETERMINED).addFindings(Conditions.missing("comptes.seuil",
          threshold.reference(), msg("comptes.seuil.missing"), List.of("/subsidies"))).build();
    }
    List<Finding> each = new ArrayList<>();
    List<PublicSubsidy> subsidies = f.subsidies().get();
    for (int i = 0; i < subsidies.size(); i++) {
      PublicSubsidy s = subsidies.get(i);
      String why = counts(s, f) ? "comptes.subvention"
          : !s.inCash() ? "comptes.subvention.nature"
          : !s.funder().countsForL612_4() ? "comptes.subvention.funder" : "comptes.subvention.outside";
      each.add(Conditions.decided("comptes.subvention", counts(s, f) ? Outcome.SATISFIED : Outcome.NOT_APPLICABLE,
          FinancementLaw.L612_4, msg(why, MessageArg.euros(s.amount()), MessageArg.term("funder." + s.funder().name()),
              MessageArg.date(s.receivedOn()))).about("subsidy:" + i));
    }
    BigDecimal total = total(f);
    Comparison c = Comparison.of(msg("comptes.seuil.subject"), MessageArg.euros(total), Operator.GREATER_THAN,
        MessageArg.euros(threshold.value()));
    Finding seuil = Finding.decided("comptes.seuil", Outcome.of(c.holds()), threshold.reference(),
        msg(c.holds() ? "comptes.seuil" : "comptes.seuil.no"), each, c);
    if (c.holds() && f.accountsApprovedOn().isPresent()) {
      law.notice("comptes.publication", Notice.of("comptes.publication", FinancementLaw.L612_4_PUBLICATION,
          msg("comptes.notice.publication", MessageArg.date(f.accountsApprovedOn().get()),
              MessageArg.date(f.accountsApprovedOn().get().plusMonths(3)))));
    }
    return verdict.outcome(seuil.outcome()).addFindings(seuil).build();
  }
}
