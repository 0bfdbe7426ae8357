package io.github.essrules.core.param;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Decimal parameters by identifier, such as the values a user supplies in parameter files to
 * extend or replace, for their periods, the values the library ships.
 *
 * <pre>{@code
 * ParameterSet supplied = ParameterSet.load(List.of(Path.of("franchise-2026.yaml")));
 * supplied.find("association-franchise-impots-commerciaux"); // the user's parameter
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ParameterSet {
  private static final ParameterSet EMPTY = new ParameterSet(Map.of());

  private final Map<String, DatedParameter<BigDecimal>> byId;

  private ParameterSet(Map<String, DatedParameter<BigDecimal>> byId) {
    this.byId = byId;
  }

  /**
   * The empty set.
   *
   * @return the set
   */
  public static ParameterSet empty() {
    return EMPTY;
  }

  /**
   * A set of parameters.
   *
   * @param parameters the parameters, their identifiers distinct
   * @return the set
   * @throws IllegalArgumentException if two parameters have the same identifier
   */
  public static ParameterSet of(Collection<DatedParameter<BigDecimal>> parameters) {
    Map<String, DatedParameter<BigDecimal>> map = new LinkedHashMap<>();
    for (DatedParameter<BigDecimal> p : parameters) {
      if (map.put(p.id(), p) != null) {
        throw new IllegalArgumentException("parameter " + p.id() + " given twice");
      }
    }
    return new ParameterSet(java.util.Collections.unmodifiableMap(map));
  }

  /**
   * Reads parameter files in the format of {@link ParameterFile}, with decimal values. A
   * directory stands for the {@code .yaml} and {@code .yml} files directly in it, in name order.
   * Every problem of every file is reported at once.
   *
   * @param paths files or directories
   * @return the parameters
   * @throws ParameterFileException listing every problem, each prefixed with its file and its
   *     place in the file; also when two files give the same parameter or a path cannot be read
   */
  public static ParameterSet load(List<Path> paths) {
    List<String> problems = new ArrayList<>();
    List<String> names = new ArrayList<>();
    Map<String, DatedParameter<BigDecimal>> map = new LinkedHashMap<>();
    Map<String, String> fileOf = new LinkedHashMap<>();
    for (Path path : paths) {
      for (Path file : files(path, problems)) {
        String name = file.toString();
        names.add(name);
        try (InputStream in = Files.newInputStream(file)) {
          DatedParameter<BigDecimal> p = ParameterFile.load(name, in, ValueReader.decimal());
          if (map.containsKey(p.id())) {
            problems.add(name + ": id: parameter " + p.id() + " is already given by " + fileOf.get(p.id()));
          } else {
            map.put(p.id(), p);
            fileOf.put(p.id(), name);
          }
        } catch (ParameterFileException e) {
          for (String problem : e.problems()) {
            problems.add(name + ": " + problem);
          }
        } catch (IOException e) {
          problems.add(name + ": cannot be read: " + e.getMessage());
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new ParameterFileException(names.isEmpty() ? String.valueOf(paths) : String.join(", ", names),
          problems);
    }
    return new ParameterSet(java.util.Collections.unmodifiableMap(map));
  }

  private static List<Path> files(Path path, List<String> problems) {
    if (Files.isDirectory(path)) {
      try (Stream<Path> list = Files.list(path)) {
        List<Path> files = list.filter(p -> {
          String n = p.getFileName().toString();
          return Files.isRegularFile(p) && (n.endsWith(".yaml") || n.endsWith(".yml"));
        }).sorted().toList();
        if (files.isEmpty()) {
          problems.add(path + ": the directory has no .yaml or .yml file");
        }
        return files;
      } catch (IOException e) {
        problems.add(path + ": cannot be read: " + e.getMessage());
        return List.of();
      }
    }
    if (!Files.isRegularFile(path)) {
      problems.add(path + ": no such file");
      return List.of();
    }
    return List.of(path);
  }

  /**
   * The parameter of an identifier.
   *
   * @param id the identifier
   * @return the parameter, or empty
   */
  public Optional<DatedParameter<BigDecimal>> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /**
   * Every parameter, in the order given.
   *
   * @return the parameters
   */
  public List<DatedParameter<BigDecimal>> all() {
    return List.copyOf(byId.values());
  }

  /**
   * Whether the set is empty.
   *
   * @return true if it holds no parameter
   */
  public boolean isEmpty() {
    return byId.isEmpty();
  }

  @Override
  public String toString() {
    return "ParameterSet" + byId.keySet();
  }
}
