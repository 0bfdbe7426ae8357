package io.github.essrules.rules.internal;

import io.github.essrules.core.i18n.Message;
import io.github.essrules.rules.RulesMessages;

/**
 * The title of a rule of this module: the message {@code rule.ID.title} of its catalog.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Titles {
  private Titles() {}

  /**
   * The title of a rule.
   *
   * @param id the rule's identifier
   * @return the message
   */
  public static Message of(String id) {
    return Message.of(RulesMessages.get(), "rule." + id + ".title");
  }
}
