package io.github.essrules.core.param;

import io.github.essrules.core.EssRulesException;
import io.github.essrules.core.Lang;
import io.github.essrules.core.i18n.CoreMessages;
import io.github.essrules.core.i18n.MessageArg;
import java.util.List;

/**
 * Thrown when a parameter file is malformed: every problem found in the file, each with the key
 * where it stands ({@code values[3].reference.citation}).
 *
 * <p>A shipped parameter file that fails to load is a defect of the library; a parameter file
 * written by a user gets the same strict checks.
 */
public final class ParameterFileException extends EssRulesException {
  private static final long serialVersionUID = 1L;

  /** The file read. */
  private final String file;
  /** Every problem found. */
  private final List<String> problems;

  /**
   * Creates the exception.
   *
   * @param file the file's name
   * @param problems the problems, each starting with the key concerned
   */
  public ParameterFileException(String file, List<String> problems) {
    super(null);
    this.file = file;
    this.problems = List.copyOf(problems);
  }

  /**
   * The file's name.
   *
   * @return the name
   */
  public String file() {
    return file;
  }

  /**
   * The problems, each starting with the key concerned.
   *
   * @return the problems
   */
  public List<String> problems() {
    return problems;
  }

  @Override
  public String message(Lang lang) {
    return CoreMessages.get().format("error.parameter-file", lang,
        MessageArg.text(file), MessageArg.text(String.join("; ", problems)));
  }
}
