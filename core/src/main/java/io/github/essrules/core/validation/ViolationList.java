package io.github.essrules.core.validation;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;

/**
 * The violations of one input, kept up to a maximum and counted beyond it, so that a document with
 * a million faults costs the memory of a hundred: "… and 999 900 more".
 *
 * <pre>{@code
 * ViolationList list = ViolationList.bounded(100);
 * list.add(v);          // kept while fewer than 100 are kept, counted always
 * list.total();         // how many were added
 * list.omitted();       // how many were counted but not kept
 * }</pre>
 *
 * <p>This class is not thread-safe: one input, one list.
 */
public final class ViolationList extends AbstractList<Violation> {
  /** The number of violations an input lists unless told otherwise. */
  public static final int DEFAULT_MAX = 100;

  private final int max;
  private final List<Violation> kept = new ArrayList<>();
  private long total;
  private boolean stopped;

  private ViolationList(int max) {
    this.max = max;
  }

  /**
   * An empty list that keeps at most {@code max} violations.
   *
   * @param max the most violations kept, at least 1
   * @return the list
   * @throws IllegalArgumentException if {@code max} is less than 1
   */
  public static ViolationList bounded(int max) {
    if (max < 1) {
      throw new IllegalArgumentException("at least one violation must be kept: " + max);
    }
    return new ViolationList(max);
  }

  /**
   * Counts a violation, and keeps it while fewer than the maximum are kept.
   *
   * @param v the violation
   * @return always true
   */
  @Override
  public boolean add(Violation v) {
    total++;
    if (kept.size() < max) {
      kept.add(v);
    }
    return true;
  }

  /**
   * Counts several violations, keeping those that fit: a {@code ViolationList} adds its total.
   *
   * @param violations the violations
   */
  public void addAllCounted(List<Violation> violations) {
    for (Violation v : violations) {
      if (kept.size() < max) {
        kept.add(v);
      }
    }
    if (violations instanceof ViolationList) {
      ViolationList other = (ViolationList) violations;
      total += other.total;
      stopped |= other.stopped;
    } else {
      total += violations.size();
    }
  }

  /**
   * Counts violations found elsewhere but not kept here.
   *
   * @param n how many, not negative
   */
  public void countOmitted(long n) {
    if (n < 0) {
      throw new IllegalArgumentException("a count cannot be negative: " + n);
    }
    total += n;
  }

  /**
   * Records that the checking stopped before the end: the total is then a lower bound.
   */
  public void stop() {
    stopped = true;
  }

  @Override
  public Violation get(int index) {
    return kept.get(index);
  }

  @Override
  public int size() {
    return kept.size();
  }

  /**
   * The most violations kept.
   *
   * @return the maximum
   */
  public int max() {
    return max;
  }

  /**
   * How many violations were counted, kept or not.
   *
   * @return the total
   */
  public long total() {
    return total;
  }

  /**
   * How many violations were counted but not kept.
   *
   * @return {@code total() - size()}
   */
  public long omitted() {
    return total - kept.size();
  }

  /**
   * Whether the checking stopped before the end, so that {@link #total()} is only a lower bound.
   *
   * @return true if stopped
   */
  public boolean stopped() {
    return stopped;
  }
}
