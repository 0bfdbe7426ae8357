package io.github.essrules.rules.esus;

/**
 * Whether a person paid by the enterprise is a salarié or a dirigeant, for the pay cap of C. trav.
 * L3332-17-1, I, 3°. For companies, dirigeants are those of CGI art. 885 O bis, 1°, first alinéa
 * (C. trav. R3332-21-2): the user says who they are; the library does not list them.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum PayeeRole {
  /** A salarié. */
  SALARIE,
  /** A dirigeant (R3332-21-2 for companies). */
  DIRIGEANT
}
