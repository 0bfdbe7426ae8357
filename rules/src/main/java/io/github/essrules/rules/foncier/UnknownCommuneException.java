package io.github.essrules.rules.foncier;

import io.github.essrules.core.EssRulesException;
import io.github.essrules.core.Lang;
import io.github.essrules.core.i18n.MessageArg;
import io.github.essrules.rules.RulesMessages;

/**
 * An INSEE commune code the zoning table does not have (a commune created, merged or renumbered
 * since the table, or a code of a territory outside the zoning).
 *
 * <p>Legal basis: CCH, art. R255-1 sets the BRS resource ceilings by zone; the zoning of each
 * commune comes from the project's data table, the arrêté of classification not read.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class UnknownCommuneException extends EssRulesException {
  private static final long serialVersionUID = 1L;

  /** The commune asked for. */
  private final String commune;

  /**
   * Creates the exception.
   *
   * @param commune the INSEE code asked for
   */
  public UnknownCommuneException(String commune) {
    super(null);
    this.commune = commune;
  }

  /**
   * The code asked for.
   *
   * @return the code
   */
  public String commune() {
    return commune;
  }

  @Override
  public String message(Lang lang) {
    return RulesMessages.get().format("foncier.error.commune", lang, MessageArg.text(commune));
  }
}
