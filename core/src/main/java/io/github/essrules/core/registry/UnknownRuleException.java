package io.github.essrules.core.registry;

import io.github.essrules.core.EssRulesException;
import io.github.essrules.core.Lang;
import java.util.List;

/**
 * No rule of a registry has the identifier asked for; the message lists those it has.
 */
public final class UnknownRuleException extends EssRulesException {
  private static final long serialVersionUID = 1L;

  /** The identifier asked for. */
  private final String id;
  /** The identifiers of the registry, sorted. */
  private final List<String> known;

  /**
   * Creates the exception.
   *
   * @param id the identifier asked for
   * @param known the identifiers of the registry
   */
  public UnknownRuleException(String id, List<String> known) {
    super(null);
    this.id = String.valueOf(id);
    this.known = List.copyOf(known);
  }

  /**
   * The identifier asked for.
   *
   * @return the identifier
   */
  public String id() {
    return id;
  }

  /**
   * The identifiers the registry has, sorted.
   *
   * @return the identifiers
   */
  public List<String> known() {
    return known;
  }

  @Override
  public String message(Lang lang) {
    return lang == Lang.FR
        ? "Règle inconnue : « " + id + " ». Règles connues : " + String.join(", ", known) + "."
        : "Unknown rule: \"" + id + "\". Known rules: " + String.join(", ", known) + ".";
  }
}
