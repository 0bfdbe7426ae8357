package io.github.essrules.examples.cli;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.essrules.core.json.EssJson;
import java.io.IOException;
import java.util.Arrays;

/**
 * The {@code "id"} a line of {@code ess batch} may carry beside its facts, taken out before the
 * facts are read: only a member {@code "id"} of the top-level object whose value is a JSON string
 * (<code>{"id": "dossier-42", "applicationDate": …}</code>), copied into the line's record so that
 * a program matches results back without counting lines. The member is blanked with spaces, not
 * removed, so that the line and column of every other fault stay those of the line as written.
 *
 * <p>An {@code "id"} that is not a string is no identifier: the line is refused ({@link #notText}).
 * A line that is not JSON keeps the {@code "id"} met before the fault, if any.
 *
 * <p>This class is immutable and thread-safe.
 */
final class LineId {
  /** The name of the member. */
  static final String NAME = "id";

  /** The identifier found, or {@code null}. */
  final String id;
  /** The line to read as facts: the line itself, or a copy with the member blanked. */
  final byte[] facts;
  /** Whether the top-level object has an {@code "id"} that is not a string. */
  final boolean notText;

  private LineId(String id, byte[] facts) {
    this(id, facts, false);
  }

  private LineId(String id, byte[] facts, boolean notText) {
    this.id = id;
    this.facts = facts;
    this.notText = notText;
  }

  /**
   * Finds and blanks the {@code "id"} of a line.
   *
   * @param line the line, UTF-8 JSON
   * @return the identifier (or {@code null}) and the facts
   */
  static LineId of(byte[] line) {
    if (!mayHoldId(line)) {
      return new LineId(null, line);
    }
    String id = null;
    try (JsonParser p = EssJson.mapper().getFactory().createParser(line)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return new LineId(null, line);
      }
      for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
        long nameStart = p.currentTokenLocation().getByteOffset();
        boolean isId = NAME.equals(p.currentName());
        JsonToken value = p.nextToken();
        if (isId && value == JsonToken.VALUE_STRING) {
          id = p.getText();
          long valueEnd = p.currentLocation().getByteOffset();
          return new LineId(id, blank(line, (int) nameStart, (int) valueEnd));
        }
        if (isId) {
          return new LineId(null, line, true);
        }
        p.skipChildren();
      }
    } catch (IOException | RuntimeException e) {
      // not JSON: the strict reader says what is wrong with the line as written
    }
    return new LineId(id, line);
  }

  /** Whether the bytes hold {@code "id"} at all: most lines do not, and are not parsed twice. */
  private static boolean mayHoldId(byte[] line) {
    for (int i = 0; i + 3 < line.length; i++) {
      if (line[i] == '"' && line[i + 1] == 'i' && line[i + 2] == 'd' && line[i + 3] == '"') {
        return true;
      }
    }
    return false;
  }

  /**
   * The line with the member between {@code from} (its name's opening quote) and {@code to} (just
   * after its value) turned into spaces, with the comma that joined it to the next member, or else
   * to the previous one.
   */
  private static byte[] blank(byte[] line, int from, int to) {
    byte[] out = Arrays.copyOf(line, line.length);
    Arrays.fill(out, from, to, (byte) ' ');
    int after = to;
    while (after < out.length && isSpace(out[after])) {
      after++;
    }
    if (after < out.length && out[after] == ',') {
      out[after] = ' ';
      return out;
    }
    int before = from - 1;
    while (before >= 0 && isSpace(out[before])) {
      before--;
    }
    if (before >= 0 && out[before] == ',') {
      out[before] = ' ';
    }
    return out;
  }

  private static boolean isSpace(byte b) {
    return b == ' ' || b == '\t' || b == '\r' || b == '\n';
  }
}
