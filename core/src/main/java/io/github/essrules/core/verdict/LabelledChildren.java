package io.github.essrules.core.verdict;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * The children of a finding put {@link Finding#about about} a part of the facts: each original
 * child labelled with the subject, made when the list is first read, not when the finding is made.
 *
 * <p>Rules label each person's and each period's subtree on every evaluation, and most verdicts
 * are read for their outcome and figures only (a batch's summary, a program's check): copying
 * every finding under a person was a third of the CAE report's allocation. The outcome of each
 * child and every figure it compared are those of the original, computed already; only the label
 * is deferred. Read once, the labelled children are kept: every later read gives the same
 * instances.
 *
 * <p>A list unmodifiable and safe to share between threads: the first reader labels the children
 * under a lock, the others wait for it.
 */
final class LabelledChildren extends AbstractList<Finding> implements RandomAccess {
  private final List<Finding> originals;
  private final String subject;
  private volatile Finding[] labelled;

  private LabelledChildren(List<Finding> originals, String subject) {
    this.originals = originals;
    this.subject = subject;
  }

  /**
   * The children labelled with a subject, put before a subject of their own.
   *
   * @param children the children, an immutable list
   * @param subject the subject
   * @return the list; children already waiting for a label take the two subjects joined
   */
  static List<Finding> of(List<Finding> children, String subject) {
    if (children instanceof LabelledChildren) {
      // labelling twice is labelling once with the subjects joined, outer first
      LabelledChildren inner = (LabelledChildren) children;
      return new LabelledChildren(inner.originals, subject + "/" + inner.subject);
    }
    return new LabelledChildren(children, subject);
  }

  @Override
  public Finding get(int index) {
    return labelled()[index];
  }

  @Override
  public int size() {
    return originals.size();
  }

  private Finding[] labelled() {
    Finding[] done = labelled;
    if (done == null) {
      synchronized (this) {
        done = labelled;
        if (done == null) {
          done = new Finding[originals.size()];
          for (int i = 0; i < done.length; i++) {
            done[i] = originals.get(i).about(subject);
          }
          labelled = done;
        }
      }
    }
    return done;
  }
}
