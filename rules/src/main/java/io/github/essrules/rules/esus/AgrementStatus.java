package io.github.essrules.rules.esus;

/**
 * Where an ESUS agrément stands on a date (C. trav. R3332-21-3).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum AgrementStatus {
  /** The file is with the préfet: no decision yet and the two months of silence have not run out. */
  PENDING,
  /** Granted and in force, expiry not yet near. */
  VALID,
  /** Granted and in force, expiring within the renewal window asked for. */
  RENEWAL_DUE,
  /** The agrément's duration has run out. */
  EXPIRED,
  /** The facts do not allow to tell: see {@link AgrementTerm#missingFacts()}. */
  UNDETERMINED
}
