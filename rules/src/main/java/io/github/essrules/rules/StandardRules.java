package io.github.essrules.rules;

import io.github.essrules.core.registry.RuleProvider;
import io.github.essrules.core.verdict.RuleDefinition;
import io.github.essrules.rules.aides.AdulteRelais;
import io.github.essrules.rules.aides.DeMinimis;
import io.github.essrules.rules.association.AssociationRule;
import io.github.essrules.rules.cae.CaeCompliance;
import io.github.essrules.rules.cae.CaeRemuneration;
import io.github.essrules.rules.ess.EssMembershipRule;
import io.github.essrules.rules.esus.EsusRule;
import io.github.essrules.rules.financement.AssociationComptes;
import io.github.essrules.rules.financement.ContratEngagementRepublicain;
import io.github.essrules.rules.financement.Ptce;
import io.github.essrules.rules.financement.SubventionConvention;
import io.github.essrules.rules.financement.SubventionQualification;
import io.github.essrules.rules.foncier.BrsBuyerRule;
import io.github.essrules.rules.foncier.BrsCalendar;
import io.github.essrules.rules.foncier.BrsResale;
import io.github.essrules.rules.foncier.CltResale;
import io.github.essrules.rules.iae.AciRule;
import io.github.essrules.rules.iae.AideAuPoste;
import io.github.essrules.rules.iae.CddiRule;
import io.github.essrules.rules.regie.RegieRule;
import io.github.essrules.rules.scic.ScicRule;
import io.github.essrules.rules.ville.ConseilCitoyen;
import io.github.essrules.rules.ville.EmploisFrancs;
import io.github.essrules.rules.ville.InsertionClause;
import io.github.essrules.rules.ville.QpvCriteria;
import io.github.essrules.rules.ville.ReservedContracts;
import io.github.essrules.rules.ville.ZfuTe;
import java.util.List;

/**
 * The rules of this module, for {@link io.github.essrules.core.registry.RuleRegistry#standard()}
 * (a {@link java.util.ServiceLoader} service of {@link RuleProvider}): one line per rule — adding
 * a rule to the registry, the command line, its batch mode and its schemas is adding it here. Each
 * line names the texts its rule implements; the rule's Javadoc quotes and qualifies them.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class StandardRules implements RuleProvider {
  private static final List<RuleDefinition<?, ?>> RULES = List.of(
      EsusRule.get(),                 // C. trav. L3332-17-1, R3332-21-1 to R3332-21-5
      EssMembershipRule.get(),        // loi n° 2014-856, art. 1
      CaeCompliance.rule(),           // C. trav. L7331-2 to L7332-1, R7331-1 to R7331-12
      CaeRemuneration.rule(),         // C. trav. L7332-3, R7331-11, R7331-12
      AssociationRule.get(),          // loi du 1er juillet 1901, art. 1, 2, 5; CGI 206-1 bis, 261-7-1° d
      ScicRule.get(),                 // loi n° 47-1775, art. 14, 16, 19 quinquies to 19 nonies
      RegieRule.get(),                // Charte nationale des régies de quartier (CNLRQ, 1991): no statute
      BrsResale.rule(),               // CCH L255-5, L255-10-1
      BrsResale.activiteRule(),       // CCH R256-2
      BrsBuyerRule.get(),             // CCH R255-1, R255-1-1
      CltResale.rule(),               // the trusts' own formulas: no French text
      BrsCalendar.rule(),             // CCH L255-11, L255-12, L255-14
      AciRule.get(),                  // C. trav. R5132-27, R5132-29, D5132-34
      CddiRule.get(),                 // C. trav. L5132-15-1, D5132-43-5, D5132-43-8
      AideAuPoste.rule(),             // C. trav. R5132-37, R5132-38
      QpvCriteria.get(),              // loi n° 2014-173, art. 5; décret n° 2014-767
      ZfuTe.get(),                    // CGI 44 octies A
      EmploisFrancs.get(),            // décret n° 2019-1471 and following (secondary sources)
      ReservedContracts.get(),        // Code de la commande publique L2113-12, L2113-13, L2113-15
      InsertionClause.rule(),         // Code de la commande publique L2112-2
      SubventionQualification.get(),  // loi n° 2000-321, art. 9-1
      SubventionConvention.get(),     // loi n° 2000-321, art. 10; décrets n° 2001-495 and 2017-779
      ContratEngagementRepublicain.get(), // loi n° 2000-321, art. 10-1; décret n° 2021-1947
      AssociationComptes.get(),       // C. com. L612-4 (secondary source)
      Ptce.get(),                     // loi n° 2014-856, art. 9
      DeMinimis.get(),                // Règl. (UE) n° 1407/2013, 2023/2831, 2023/2832 (articles not read: [S])
      AdulteRelais.get(),             // C. trav. L5134-101 to L5134-103, D5134-150 to D5134-160
      ConseilCitoyen.get());          // loi n° 2014-173, art. 7

  /** For {@link java.util.ServiceLoader}. */
  public StandardRules() {}

  @Override
  public List<RuleDefinition<?, ?>> rules() {
    return RULES;
  }
}
