package io.github.essrules.rules.internal;

import io.github.essrules.core.i18n.Message;
import io.github.essrules.core.i18n.MessageArg;
import io.github.essrules.core.law.LegalReference;
import io.github.essrules.core.verdict.Comparison;
import io.github.essrules.core.verdict.Finding;
import io.github.essrules.core.verdict.Outcome;
import io.github.essrules.rules.RulesMessages;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Small builders of findings shared by the rules: a condition stated as a yes/no fact, a
 * condition whose facts are missing, a group of sub-conditions. Not part of the API.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Conditions {
  private static final MessageArg YES = MessageArg.term("answer.yes");
  private static final MessageArg NO = MessageArg.term("answer.no");
  private static final MessageArg UNKNOWN = MessageArg.term("answer.unknown");
  /** No comparison shown, without a new empty array on every call. */
  private static final Comparison[] NO_COMPARISON = {};

  private Conditions() {}

  /**
   * A message of the rules' catalog.
   *
   * @param key the key
   * @param args the arguments
   * @return the message
   */
  public static Message msg(String key, MessageArg... args) {
    return Message.of(RulesMessages.get(), key, args);
  }

  /**
   * A message of the rules' catalog without arguments: made once per key, then shared (a message
   * is an immutable value, and rules name the same conditions on every evaluation).
   *
   * @param key the key
   * @return the message
   */
  public static Message msg(String key) {
    Message known = FIXED_MESSAGES.get(key);
    if (known != null) {
      return known;
    }
    Message made = Message.of(RulesMessages.get(), key);
    if (FIXED_MESSAGES.size() < MAX_FIXED_MESSAGES) {
      // keys are the catalog's: the bound only guards against a key made from the facts
      FIXED_MESSAGES.putIfAbsent(key, made);
    }
    return made;
  }

  private static final int MAX_FIXED_MESSAGES = 4096;
  private static final ConcurrentMap<String, Message> FIXED_MESSAGES = new ConcurrentHashMap<>();

  /**
   * The answer to a yes/no fact, as a translated term: yes, no, or not given.
   *
   * @param fact the fact
   * @return the term
   */
  public static MessageArg answer(Optional<Boolean> fact) {
    return fact.isEmpty() ? UNKNOWN : fact.get() ? YES : NO;
  }

  /**
   * A condition the facts state as yes or no: satisfied if yes, not satisfied if no, undetermined
   * (missing {@code path}) if not given. The message gets the answer as its last argument.
   *
   * @param id the finding's identifier
   * @param reference the text
   * @param fact the fact
   * @param path the JSON pointer of the fact
   * @param key the message key
   * @param args the message's other arguments
   * @return the finding
   */
  public static Finding stated(String id, LegalReference reference, Optional<Boolean> fact,
      String path, String key, MessageArg... args) {
    MessageArg[] all = Arrays.copyOf(args, args.length + 1);
    all[args.length] = answer(fact);
    Message message = Message.of(RulesMessages.get(), key, all);
    if (fact.isEmpty()) {
      return Finding.missing(id, reference, message, path);
    }
    return Finding.decided(id, Outcome.of(fact.get()), reference, message);
  }

  /**
   * A condition that cannot be decided for want of facts: {@link Finding#missing(String,
   * LegalReference, Message, List, Comparison...)} with no
   * comparison.
   *
   * @param id the finding's identifier
   * @param reference the text
   * @param message the message
   * @param paths the JSON pointers of the missing facts
   * @return the finding
   */
  public static Finding missing(String id, LegalReference reference, Message message, List<String> paths) {
    return Finding.missing(id, reference, message, paths, NO_COMPARISON);
  }

  /**
   * A condition decided without comparison: {@link Finding#decided(String, Outcome, LegalReference,
   * Message)}.
   *
   * @param id the finding's identifier
   * @param outcome the outcome
   * @param reference the text
   * @param message the message
   * @return the finding
   */
  public static Finding decided(String id, Outcome outcome, LegalReference reference, Message message) {
    return Finding.decided(id, outcome, reference, message);
  }

  /**
   * Conditions that must all hold ("conditions cumulatives"), as one finding.
   *
   * @param id the finding's identifier
   * @param reference the text
   * @param message the message
   * @param children the sub-conditions
   * @return the finding, {@link Outcome#allOf} its children
   */
  public static Finding allOf(String id, LegalReference reference, Message message, List<Finding> children) {
    return Finding.decided(id, outcomeOfAll(children), reference, message, children, NO_COMPARISON);
  }

  /**
   * Alternatives of which one suffices ("l'une ou l'autre"), as one finding.
   *
   * @param id the finding's identifier
   * @param reference the text
   * @param message the message
   * @param children the alternatives
   * @return the finding, {@link Outcome#anyOf} its children
   */
  public static Finding anyOf(String id, LegalReference reference, Message message, List<Finding> children) {
    return Finding.decided(id, outcomeOfAny(children), reference, message, children, NO_COMPARISON);
  }

  /**
   * The outcome of findings that must all hold ({@link Outcome#allOf(Outcome, Outcome)} folded over
   * them, without a stream: rules combine outcomes on every evaluation).
   *
   * @param findings the findings
   * @return their combined outcome; not applicable if there are none
   */
  public static Outcome outcomeOfAll(List<Finding> findings) {
    Outcome combined = Outcome.NOT_APPLICABLE;
    // by index: the lists rules pass are ArrayList or List.of, and an iterator per call adds up
    for (int i = 0, n = findings.size(); i < n; i++) {
      combined = Outcome.allOf(combined, findings.get(i).outcome());
    }
    return combined;
  }

  /**
   * The outcome of alternatives of which one suffices ({@link Outcome#anyOf(Outcome, Outcome)}
   * folded over them).
   *
   * @param findings the findings
   * @return their combined outcome; not applicable if there are none
   */
  public static Outcome outcomeOfAny(List<Finding> findings) {
    Outcome combined = Outcome.NOT_APPLICABLE;
    // by index: the lists rules pass are ArrayList or List.of, and an iterator per call adds up
    for (int i = 0, n = findings.size(); i < n; i++) {
      combined = Outcome.anyOf(combined, findings.get(i).outcome());
    }
    return combined;
  }
}
