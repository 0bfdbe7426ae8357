package io.github.essrules.rules.internal;

import io.github.essrules.core.i18n.Message;
import io.github.essrules.core.i18n.MessageArg;
import io.github.essrules.core.law.LegalReference;
import io.github.essrules.core.verdict.Finding;
import io.github.essrules.core.verdict.Outcome;
import io.github.essrules.rules.RulesMessages;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Small builders of findings shared by the rules: a condition stated as a yes/no fact, a
 * condition whose facts are missing, a group of sub-conditions. Not part of the API.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Conditions {
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
   * The answer to a yes/no fact, as a translated term: yes, no, or not given.
   *
   * @param fact the fact
   * @return the term
   */
  public static MessageArg answer(Optional<Boolean> fact) {
    return MessageArg.term(fact.map(b -> b ? "answer.yes" : "answer.no").orElse("answer.unknown"));
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
    List<MessageArg> all = new ArrayList<>(List.of(args));
    all.add(answer(fact));
    var b = Finding.builder().id(id).reference(reference).message(Message.of(RulesMessages.get(), key, all));
    if (fact.isEmpty()) {
      return b.outcome(Outcome.UNDETERMINED).addMissingFacts(path).build();
    }
    return b.outcome(Outcome.of(fact.get())).build();
  }

  /**
   * A condition that cannot be decided for want of facts.
   *
   * @param id the finding's identifier
   * @param reference the text
   * @param message the message
   * @param paths the JSON pointers of the missing facts
   * @return the finding
   */
  public static Finding missing(String id, LegalReference reference, Message message, List<String> paths) {
    return Finding.builder().id(id).reference(reference).message(message)
        .outcome(Outcome.UNDETERMINED).addAllMissingFacts(paths).build();
  }

  /**
   * A condition decided without comparison.
   *
   * @param id the finding's identifier
   * @param outcome the outcome
   * @param reference the text
   * @param message the message
   * @return the finding
   */
  public static Finding decided(String id, Outcome outcome, LegalReference reference, Message message) {
    return Finding.builder().id(id).outcome(outcome).reference(reference).message(message).build();
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
    return Finding.builder().id(id).reference(reference).message(message)
        .outcome(Outcome.allOf(children.stream().map(Finding::outcome).toList()))
        .addAllChildren(children).build();
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
    return Finding.builder().id(id).reference(reference).message(message)
        .outcome(Outcome.anyOf(children.stream().map(Finding::outcome).toList()))
        .addAllChildren(children).build();
  }
}
