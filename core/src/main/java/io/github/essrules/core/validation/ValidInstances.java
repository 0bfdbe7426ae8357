package io.github.essrules.core.validation;

import io.github.essrules.core.EssStyle;
import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.time.LocalDate;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The deeply immutable instances found valid, remembered by identity and weakly: a rule that
 * validates the facts it is given does not check again facts read from JSON as of its date
 * (already checked) or evaluated before. Only instances of the library's Immutables types
 * ({@link EssStyle}) are remembered — a mutable object could become invalid after its check.
 *
 * <p>Validity depends on the date asked about ({@link NotAfterAsOf}), and only one way: facts
 * valid as of a date are valid as of every later date, and facts valid without a date (shape
 * only) are what facts valid as of {@link LocalDate#MAX} are. So the memo keeps, for each
 * instance, the earliest date it was found valid as of, and knows it valid as of that date and
 * every later one — never as of an earlier one.
 *
 * <p>The set is bounded; an instance no longer used elsewhere is dropped at the next garbage
 * collection. This class is thread-safe.
 */
final class ValidInstances {
  private static final int MAX = 100_000;
  private static final ClassValue<Boolean> REMEMBERABLE = new ClassValue<>() {
    @Override
    protected Boolean computeValue(Class<?> type) {
      Class<?> parent = type.getSuperclass();
      return type.getSimpleName().startsWith("Immutable") && parent != null
          && parent.isAnnotationPresent(EssStyle.class);
    }
  };

  // keys are Refs; a Probe only looks one up (or updates its date), it is never stored
  private final ConcurrentMap<Object, LocalDate> valid = new ConcurrentHashMap<>();
  private final ReferenceQueue<Object> cleared = new ReferenceQueue<>();

  /** A weak reference compared by the identity of its referent. */
  private static final class Ref extends WeakReference<Object> {
    private final int hash;

    Ref(Object referent, ReferenceQueue<Object> queue) {
      super(referent, queue);
      this.hash = System.identityHashCode(referent);
    }

    @Override
    public int hashCode() {
      return hash;
    }

    @Override
    public boolean equals(Object other) {
      if (this == other) {
        return true;
      }
      Object mine = get();
      return mine != null && (other instanceof Ref && mine == ((Ref) other).get()
          || other instanceof Probe && mine == ((Probe) other).facts);
    }
  }

  /**
   * A key for looking up, equal to the {@link Ref} of the same object: the check made on every
   * evaluation allocates no reference object for the garbage collector to track.
   */
  private static final class Probe {
    private final Object facts;

    Probe(Object facts) {
      this.facts = facts;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(facts);
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Ref && ((Ref) other).get() == facts;
    }
  }

  /**
   * Whether an instance is known valid as of a date.
   *
   * @param facts the instance
   * @param asOf the date asked about, {@link LocalDate#MAX} for the shape alone
   * @return true if it was found valid as of that date or an earlier one
   */
  boolean contains(Object facts, LocalDate asOf) {
    if (facts == null || !REMEMBERABLE.get(facts.getClass())) {
      return false;
    }
    LocalDate earliest = valid.get(new Probe(facts));
    return earliest != null && !earliest.isAfter(asOf);
  }

  /**
   * Remembers that an instance was found valid as of a date.
   *
   * @param facts the instance
   * @param asOf the date asked about, {@link LocalDate#MAX} for the shape alone
   */
  void add(Object facts, LocalDate asOf) {
    if (facts == null || !REMEMBERABLE.get(facts.getClass())) {
      return;
    }
    for (Reference<?> r = cleared.poll(); r != null; r = cleared.poll()) {
      valid.remove(r);
    }
    Probe probe = new Probe(facts);
    if (valid.computeIfPresent(probe, (ref, earliest) -> earlier(earliest, asOf)) != null) {
      return;
    }
    if (valid.size() < MAX && valid.putIfAbsent(new Ref(facts, cleared), asOf) != null) {
      // another thread remembered it meanwhile: keep the earlier date
      valid.computeIfPresent(probe, (ref, earliest) -> earlier(earliest, asOf));
    }
  }

  private static LocalDate earlier(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? b : a;
  }
}
