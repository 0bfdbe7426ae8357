package io.github.essrules.examples.cli;

import io.github.essrules.core.verdict.Outcome;

/**
 * The exit codes of the {@code ess} command.
 *
 * <table>
 *   <caption>Exit codes</caption>
 *   <tr><th>code</th><th>meaning</th></tr>
 *   <tr><td>0</td><td>done; for a rule: satisfied</td></tr>
 *   <tr><td>1</td><td>a rule not satisfied, or not applicable</td></tr>
 *   <tr><td>2</td><td>invalid input or command line (every fault listed)</td></tr>
 *   <tr><td>3</td><td>a rule undetermined: facts missing (listed)</td></tr>
 *   <tr><td>4</td><td>no law or amount known for the date asked</td></tr>
 *   <tr><td>5</td><td>internal error (a defect: please report it)</td></tr>
 *   <tr><td>6</td><td>the output could not be written (a closed pipe, a full disk): the work
 *   stopped, an output file was left as it was</td></tr>
 * </table>
 */
public final class ExitCodes {
  /** Done; for a rule: satisfied. */
  public static final int OK = 0;
  /** A rule not satisfied or not applicable (or pending: nothing due yet on the date asked about). */
  public static final int NOT_SATISFIED = 1;
  /** Invalid input or command line. */
  public static final int INVALID_INPUT = 2;
  /** A rule undetermined for lack of facts. */
  public static final int UNDETERMINED = 3;
  /** No law known for the date. */
  public static final int NO_LAW_KNOWN = 4;
  /** Internal error. */
  public static final int INTERNAL_ERROR = 5;
  /**
   * The output could not be written — its reader closed the pipe, the disk is full, the file
   * cannot be created: the work stopped at once, and an output file ({@code ess batch --output})
   * was left as it was.
   */
  public static final int OUTPUT_FAILED = 6;

  private ExitCodes() {}

  /**
   * The exit code of a verdict's outcome.
   *
   * @param outcome the outcome
   * @return 0, 1 or 3
   */
  public static int of(Outcome outcome) {
    switch (outcome) {
      case SATISFIED:
        return OK;
      case UNDETERMINED:
        return UNDETERMINED;
      default:
        return NOT_SATISFIED;
    }
  }
}
