package io.github.essrules.core.param;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.github.essrules.core.Lang;
import io.github.essrules.core.law.Confidence;
import io.github.essrules.core.law.LegalReference;
import io.github.essrules.core.law.TextKind;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a {@link DatedParameter} from YAML, strictly: every problem of the file is reported at
 * once in a {@link ParameterFileException}, with the key where it stands.
 *
 * <p>The format:
 * <pre>
 * id: smic-horaire-brut
 * unit: EUR/h
 * description:
 *   fr: Salaire minimum de croissance, horaire brut, métropole
 *   en: Gross hourly minimum wage, metropolitan France
 * lastKnownValidOn: 2026-11-27      # the last day the last value is known valid
 * values:
 *   - from: 2015-01-01              # first day, inclusive
 *     value: 9.61
 *     reference:
 *       kind: DECRET                # a {@link TextKind}
 *       citation: Décret n° 2014-1569 du 22 décembre 2014
 *       legifranceId: JORFTEXT000029936432   # optional
 *       url: https://…              # optional, derived from legifranceId when absent
 *       confidence: VERIFIED        # a {@link Confidence}
 *       note: …                     # optional
 *     until: 2016-01-01             # optional, exclusive: only to leave a gap, or to end the last value
 * </pre>
 *
 * <p>Rejected: unknown keys, missing keys, dates out of order or repeated, periods that overlap,
 * a value without reference, a value of the wrong type, both {@code lastKnownValidOn} and an
 * {@code until} on the last value, or neither.
 *
 * <p>This class is thread-safe.
 */
public final class ParameterFile {
  private static final ObjectMapper YAML = YAMLMapper.builder(new YAMLFactory())
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build();
  private static final Set<String> TOP_KEYS =
      Set.of("id", "unit", "description", "lastKnownValidOn", "values");
  private static final Set<String> VALUE_KEYS = Set.of("from", "until", "value", "reference");
  private static final Set<String> REFERENCE_KEYS =
      Set.of("kind", "citation", "legifranceId", "url", "confidence", "note");

  private ParameterFile() {}

  /**
   * Reads a parameter.
   *
   * @param <T> the type of the values
   * @param fileName the file's name, for messages
   * @param in the YAML text; closed by this method
   * @param reader reads each {@code value}
   * @return the parameter
   * @throws ParameterFileException listing every problem of the file
   */
  public static <T> DatedParameter<T> load(String fileName, InputStream in, ValueReader<T> reader) {
    JsonNode root;
    try (InputStream input = in) {
      if (input == null) {
        throw new ParameterFileException(fileName, List.of("file not found"));
      }
      root = YAML.readTree(input);
    } catch (JsonProcessingException e) {
      throw new ParameterFileException(fileName, List.of("not valid YAML: " + e.getOriginalMessage()));
    } catch (IOException e) {
      throw new ParameterFileException(fileName, List.of("cannot be read: " + e.getMessage()));
    }
    return new Reading<>(fileName, reader).parameter(root);
  }

  private static final class Reading<T> {
    private final String fileName;
    private final ValueReader<T> reader;
    private final List<String> problems = new ArrayList<>();

    Reading(String fileName, ValueReader<T> reader) {
      this.fileName = fileName;
      this.reader = reader;
    }

    DatedParameter<T> parameter(JsonNode root) {
      if (root == null || !root.isObject()) {
        throw new ParameterFileException(fileName, List.of("(root): a mapping is expected"));
      }
      unknownKeys(root, TOP_KEYS, "");
      String id = text(root, "id", "id", true);
      String unit = text(root, "unit", "unit", true);
      Map<Lang, String> descriptions = new EnumMap<>(Lang.class);
      JsonNode description = root.get("description");
      if (description == null || !description.isObject()) {
        problems.add("description: a mapping with fr and en is expected");
      } else {
        unknownKeys(description, Set.of("fr", "en"), "description.");
        for (Lang lang : Lang.values()) {
          String text = text(description, lang.tag(), "description." + lang.tag(), true);
          if (text != null) {
            descriptions.put(lang, text);
          }
        }
      }
      LocalDate lastKnownValidOn = date(root, "lastKnownValidOn", "lastKnownValidOn", false);
      List<DatedValue<T>> values = new ArrayList<>();
      JsonNode list = root.get("values");
      if (list == null || !list.isArray() || list.isEmpty()) {
        problems.add("values: a non-empty list is expected");
      } else {
        values = values(list, lastKnownValidOn);
      }
      if (!problems.isEmpty()) {
        throw new ParameterFileException(fileName, problems);
      }
      try {
        return DatedParameter.of(id, unit, descriptions, values);
      } catch (IllegalArgumentException e) {
        throw new ParameterFileException(fileName, List.of(e.getMessage()));
      }
    }

    private List<DatedValue<T>> values(JsonNode list, LocalDate lastKnownValidOn) {
      int n = list.size();
      LocalDate[] from = new LocalDate[n];
      LocalDate[] until = new LocalDate[n];
      List<T> parsed = new ArrayList<>(n);
      List<LegalReference> references = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        String at = "values[" + i + "].";
        JsonNode item = list.get(i);
        if (!item.isObject()) {
          problems.add("values[" + i + "]: a mapping is expected");
          parsed.add(null);
          references.add(null);
          continue;
        }
        unknownKeys(item, VALUE_KEYS, at);
        from[i] = date(item, "from", at + "from", true);
        until[i] = date(item, "until", at + "until", false);
        parsed.add(value(item, at + "value"));
        references.add(reference(item.get("reference"), at + "reference"));
        if (i > 0 && from[i] != null && from[i - 1] != null && !from[i].isAfter(from[i - 1])) {
          problems.add(at + "from: " + from[i] + (from[i].equals(from[i - 1]) ? " repeats " : " is before ")
              + "the previous date " + from[i - 1] + " (dates must increase)");
        }
        if (until[i] != null && from[i] != null && !until[i].isAfter(from[i])) {
          problems.add(at + "until: " + until[i] + " is not after from " + from[i]);
        }
        if (i > 0 && until[i - 1] != null && from[i] != null && from[i].isBefore(until[i - 1])) {
          problems.add(at + "from: " + from[i] + " is before the end of the previous value "
              + until[i - 1] + " (periods overlap)");
        }
      }
      if (until[n - 1] == null && lastKnownValidOn == null) {
        problems.add("lastKnownValidOn: required unless the last value has an until");
      } else if (until[n - 1] != null && lastKnownValidOn != null) {
        problems.add("lastKnownValidOn: not allowed when the last value has an until");
      } else if (lastKnownValidOn != null && from[n - 1] != null && lastKnownValidOn.isBefore(from[n - 1])) {
        problems.add("lastKnownValidOn: " + lastKnownValidOn + " is before the last value's from "
            + from[n - 1]);
      }
      if (!problems.isEmpty()) {
        return List.of();
      }
      List<DatedValue<T>> values = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        LocalDate end = until[i] != null ? until[i]
            : i + 1 < n ? from[i + 1] : lastKnownValidOn.plusDays(1);
        values.add(DatedValue.of(from[i], end, parsed.get(i), references.get(i)));
      }
      return values;
    }

    private T value(JsonNode item, String path) {
      JsonNode node = item.get("value");
      if (node == null || node.isNull()) {
        problems.add(path + ": missing");
        return null;
      }
      try {
        T value = reader.read(node);
        if (value == null) {
          problems.add(path + ": no value read");
        }
        return value;
      } catch (IllegalArgumentException e) {
        problems.add(path + ": " + e.getMessage());
        return null;
      }
    }

    private LegalReference reference(JsonNode node, String path) {
      if (node == null || node.isNull()) {
        problems.add(path + ": missing (every value needs the text that sets it)");
        return null;
      }
      if (!node.isObject()) {
        problems.add(path + ": a mapping is expected");
        return null;
      }
      int before = problems.size();
      unknownKeys(node, REFERENCE_KEYS, path + ".");
      TextKind kind = constant(node, "kind", path + ".kind", TextKind.class);
      String citation = text(node, "citation", path + ".citation", true);
      Confidence confidence = constant(node, "confidence", path + ".confidence", Confidence.class);
      String id = text(node, "legifranceId", path + ".legifranceId", false);
      String url = text(node, "url", path + ".url", false);
      String note = text(node, "note", path + ".note", false);
      URI uri = null;
      if (url != null) {
        try {
          uri = new URI(url);
        } catch (URISyntaxException e) {
          problems.add(path + ".url: not a valid address: " + url);
        }
      }
      if (problems.size() > before) {
        return null;
      }
      try {
        return LegalReference.builder().kind(kind).citation(citation).confidence(confidence)
            .legifranceId(java.util.Optional.ofNullable(id)).url(java.util.Optional.ofNullable(uri))
            .note(java.util.Optional.ofNullable(note)).build();
      } catch (IllegalStateException e) {
        problems.add(path + ": " + e.getMessage());
        return null;
      }
    }

    private void unknownKeys(JsonNode node, Set<String> known, String prefix) {
      for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
        String key = it.next();
        if (!known.contains(key)) {
          problems.add(prefix + key + ": unknown key (known: " + new java.util.TreeSet<>(known) + ")");
        }
      }
    }

    private String text(JsonNode node, String key, String path, boolean required) {
      JsonNode value = node.get(key);
      if (value == null || value.isNull()) {
        if (required) {
          problems.add(path + ": missing");
        }
        return null;
      }
      if (!value.isValueNode() || value.asText().isBlank()) {
        problems.add(path + ": a non-blank text is expected");
        return null;
      }
      return value.asText();
    }

    private LocalDate date(JsonNode node, String key, String path, boolean required) {
      String text = text(node, key, path, required);
      if (text == null) {
        return null;
      }
      try {
        return LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        problems.add(path + ": '" + text + "' is not a date (YYYY-MM-DD)");
        return null;
      }
    }

    private <E extends Enum<E>> E constant(JsonNode node, String key, String path, Class<E> type) {
      String text = text(node, key, path, true);
      if (text == null) {
        return null;
      }
      try {
        return Enum.valueOf(type, text);
      } catch (IllegalArgumentException e) {
        List<String> names = new ArrayList<>();
        for (E c : type.getEnumConstants()) {
          names.add(c.name());
        }
        problems.add(path + ": '" + text + "' is not one of " + names);
        return null;
      }
    }
  }
}
