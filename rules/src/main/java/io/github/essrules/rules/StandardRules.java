package io.github.essrules.rules;

import io.github.essrules.core.registry.RuleProvider;
import io.github.essrules.core.verdict.RuleDefinition;
import io.github.essrules.rules.association.AssociationRule;
import io.github.essrules.rules.cae.CaeCompliance;
import io.github.essrules.rules.cae.CaeRemuneration;
import io.github.essrules.rules.ess.EssMembershipRule;
import io.github.essrules.rules.esus.EsusRule;
import io.github.essrules.rules.foncier.BrsBuyerRule;
import io.github.essrules.rules.foncier.BrsCalendar;
import io.github.essrules.rules.foncier.BrsResale;
import io.github.essrules.rules.foncier.CltResale;
import io.github.essrules.rules.iae.AciRule;
import io.github.essrules.rules.iae.AideAuPoste;
import io.github.essrules.rules.iae.CddiRule;
import io.github.essrules.rules.regie.RegieRule;
import io.github.essrules.rules.scic.ScicRule;
import io.github.essrules.rules.ville.EmploisFrancs;
import io.github.essrules.rules.ville.InsertionClause;
import io.github.essrules.rules.ville.QpvCriteria;
import io.github.essrules.rules.ville.ReservedContracts;
import io.github.essrules.rules.ville.ZfuTe;
import java.util.List;

/**
 * The rules of this module, for {@link io.github.essrules.core.registry.RuleRegistry#standard()}
 * (a {@link java.util.ServiceLoader} service of {@link RuleProvider}): one line per rule — adding
 * a rule to the registry, the command line, its batch mode and its schemas is adding it here.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class StandardRules implements RuleProvider {
  private static final List<RuleDefinition<?, ?>> RULES = List.of(
      EsusRule.get(),
      EssMembershipRule.get(),
      CaeCompliance.rule(),
      CaeRemuneration.rule(),
      AssociationRule.get(),
      ScicRule.get(),
      RegieRule.get(),
      BrsResale.rule(),
      BrsResale.activiteRule(),
      BrsBuyerRule.get(),
      CltResale.rule(),
      BrsCalendar.rule(),
      AciRule.get(),
      CddiRule.get(),
      AideAuPoste.rule(),
      QpvCriteria.get(),
      ZfuTe.get(),
      EmploisFrancs.get(),
      ReservedContracts.get(),
      InsertionClause.rule());

  /** For {@link java.util.ServiceLoader}. */
  public StandardRules() {}

  @Override
  public List<RuleDefinition<?, ?>> rules() {
    return RULES;
  }
}
