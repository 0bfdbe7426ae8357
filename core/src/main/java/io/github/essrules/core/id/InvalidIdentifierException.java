package io.github.essrules.core.id;

import io.github.essrules.core.EssRulesException;
import io.github.essrules.core.Lang;
import io.github.essrules.core.i18n.CoreMessages;
import io.github.essrules.core.i18n.MessageArg;

/**
 * Thrown when a text is not a valid identifier of its kind (SIREN, SIRET, RNA, INSEE commune
 * code, QPV code), with the reason.
 */
public final class InvalidIdentifierException extends EssRulesException {
  private static final long serialVersionUID = 1L;

  /** The kind of identifier. */
  private final String kind;
  /** The value given. */
  private final String value;
  /** Why it is invalid, as a message key. */
  private final String reasonKey;

  InvalidIdentifierException(String kind, String value, String reasonKey) {
    super(null);
    this.kind = kind;
    this.value = value;
    this.reasonKey = reasonKey;
  }

  /**
   * The kind of identifier expected.
   *
   * @return for example {@code SIREN}
   */
  public String kind() {
    return kind;
  }

  /**
   * The text given.
   *
   * @return the text
   */
  public String value() {
    return value;
  }

  @Override
  public String message(Lang lang) {
    return CoreMessages.get().format("id.invalid", lang, MessageArg.text(String.valueOf(value)),
        MessageArg.text(kind), MessageArg.term(reasonKey));
  }
}
