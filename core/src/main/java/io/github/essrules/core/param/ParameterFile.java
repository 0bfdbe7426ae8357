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
 * regime: UNTIL_AMENDED                # a {@link Regime}: UNTIL_AMENDED or FOR_PERIOD
 * revision:                            # optional: a revision the law schedules each year
 *   eachYearOn: ["01-01"]              # MM-DD
 *   reference: { kind: CODE_ARTICLE, citation: "C. trav., art. L3231-5 à L3231-11", confidence: VERIFIED }
 * values:
 *   - from: 2015-01-01                 # first day, inclusive
 *     value: 9.61
 *     verifiedOn: 2026-11-27           # the day the value was last checked against its text
 *     reference:
 *       kind: DECRET                   # a {@link TextKind}
 *       citation: Décret n° 2014-1569 du 22 décembre 2014
 *       legifranceId: JORFTEXT000029936432   # optional
 *       url: https://…                 # optional, derived from legifranceId when absent
 *       confidence: VERIFIED           # a {@link Confidence}
 *       note: …                        # optional
 *     until: 2016-01-01                # optional, exclusive: to leave a gap, or to end a period
 * </pre>
 *
 * <p>A value ends where the next one starts, or on its {@code until}. The last value of a
 * parameter set {@linkplain Regime#UNTIL_AMENDED until amended} may have no {@code until}: it is
 * in force until a new value is known. Every value of a parameter set
 * {@linkplain Regime#FOR_PERIOD for a period} ends: the last one needs its {@code until}.
 *
 * <p>Rejected: unknown keys, missing keys, dates out of order or repeated, periods that overlap,
 * a value without reference or without day of verification, a value of the wrong type, a last
 * value without {@code until} in a parameter set for a period. Each problem is reported with its
 * place in the file ({@code values[3].from}).
 *
 * <p>This class is thread-safe.
 */
public final class ParameterFile {
  private static final ObjectMapper YAML = YAMLMapper.builder(new YAMLFactory())
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build();
  private static final Set<String> TOP_KEYS =
      Set.of("id", "unit", "description", "regime", "revision", "values");
  private static final Set<String> VALUE_KEYS = Set.of("from", "until", "value", "reference", "verifiedOn");
  private static final Set<String> REVISION_KEYS = Set.of("eachYearOn", "reference");
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
      Regime regime = constant(root, "regime", "regime", Regime.class);
      ScheduledRevision revision = revision(root.get("revision"));
      List<DatedValue<T>> values = new ArrayList<>();
      JsonNode list = root.get("values");
      if (list == null || !list.isArray() || list.isEmpty()) {
        problems.add("values: a non-empty list is expected");
      } else {
        values = values(list, regime);
      }
      if (!problems.isEmpty()) {
        throw new ParameterFileException(fileName, problems);
      }
      try {
        return DatedParameter.of(id, unit, descriptions, regime, revision, values);
      } catch (IllegalArgumentException e) {
        throw new ParameterFileException(fileName, List.of(e.getMessage()));
      }
    }

    private ScheduledRevision revision(JsonNode node) {
      if (node == null || node.isNull()) {
        return null;
      }
      if (!node.isObject()) {
        problems.add("revision: a mapping is expected");
        return null;
      }
      unknownKeys(node, REVISION_KEYS, "revision.");
      List<java.time.MonthDay> days = new ArrayList<>();
      JsonNode list = node.get("eachYearOn");
      if (list == null || !list.isArray() || list.isEmpty()) {
        problems.add("revision.eachYearOn: a non-empty list of days (MM-DD) is expected");
      } else {
        for (int i = 0; i < list.size(); i++) {
          String text = list.get(i).isTextual() ? list.get(i).textValue() : null;
          try {
            days.add(java.time.MonthDay.parse("--" + text));
          } catch (RuntimeException e) {
            problems.add("revision.eachYearOn[" + i + "]: '" + list.get(i).asText() + "' is not a day MM-DD");
          }
        }
      }
      LegalReference reference = reference(node.get("reference"), "revision.reference");
      if (reference == null || days.size() != list.size()) {
        return null;
      }
      try {
        return ScheduledRevision.of(days, reference);
      } catch (IllegalArgumentException e) {
        problems.add("revision.eachYearOn: " + e.getMessage());
        return null;
      }
    }

    private List<DatedValue<T>> values(JsonNode list, Regime regime) {
      int n = list.size();
      LocalDate[] from = new LocalDate[n];
      LocalDate[] until = new LocalDate[n];
      LocalDate[] verified = new LocalDate[n];
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
        verified[i] = date(item, "verifiedOn", at + "verifiedOn", true);
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
      if (until[n - 1] == null && regime == Regime.FOR_PERIOD) {
        problems.add("values[" + (n - 1) + "].until: required: the last value of a parameter set for a"
            + " period (regime FOR_PERIOD) ends with its period");
      }
      if (!problems.isEmpty()) {
        return List.of();
      }
      List<DatedValue<T>> values = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        LocalDate end = until[i] != null ? until[i] : i + 1 < n ? from[i + 1] : null;
        values.add(DatedValue.of(from[i], end, parsed.get(i), references.get(i), verified[i]));
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
