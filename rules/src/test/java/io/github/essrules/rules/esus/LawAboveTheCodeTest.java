package io.github.essrules.rules.esus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/**
 * The law above the code stays the law the code runs: the README's lawyer's check shows the
 * alinéa of C. trav. L3332-17-1, I, 3° and the function under it, and both must be those of
 * {@link PayCap}, word for word; the classes of the ESUS and ESS packages stay small enough to
 * sit under their articles; and "les cinq les mieux rémunérés" picks what a full sort would.
 */
class LawAboveTheCodeTest {
  private static final Path MODULE = Path.of("").toAbsolutePath();
  private static final Path SOURCES = MODULE.resolve("src/main/java/io/github/essrules/rules");
  private static final String MARKER = "<!-- PayCap.assess, checked by LawAboveTheCodeTest -->";

  @Test
  void theReadmeShowsPayCapAssessAsItIsInTheCode() throws IOException {
    String readme = Files.readString(MODULE.resolveSibling("README.md"), StandardCharsets.UTF_8);
    int marker = readme.indexOf(MARKER);
    assertThat(marker).as("the README's lawyer's check is marked with %s", MARKER).isNotNegative();
    int open = readme.indexOf("```java\n", marker) + "```java\n".length();
    String shown = readme.substring(open, readme.indexOf("```", open));
    assertThat(shown).isEqualTo(method(payCapSource(), "  static Assessment assess("));
  }

  @Test
  void theReadmeQuotesTheAlineaAsPayCapsJavadocDoes() throws IOException {
    String readme = Files.readString(MODULE.resolveSibling("README.md"), StandardCharsets.UTF_8);
    int marker = readme.indexOf(MARKER);
    int section = readme.lastIndexOf("\n## ", marker);
    StringBuilder quoted = new StringBuilder();
    for (String line : readme.substring(section, marker).split("\n")) {
      if (line.startsWith(">")) {
        quoted.append(line.substring(1)).append(' ');
      }
    }
    String source = payCapSource();
    int doc = source.lastIndexOf("/**", source.indexOf("  static Assessment assess("));
    String javadoc = source.substring(source.indexOf("<blockquote>", doc) + "<blockquote>".length(),
        source.indexOf("</blockquote>", doc)).replaceAll("(?m)^\\s*\\* ?", " ");
    assertThat(normalised(quoted.toString())).isEqualTo(normalised(javadoc));
  }

  /** Issue 20: no class of the rules over 300 lines, the CAE report's orchestration under 150. */
  @Test
  void noClassOfTheRulesExceedsThreeHundredLinesNorTheCaeReportOneHundredFifty() throws IOException {
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path f : (Iterable<Path>) files.filter(x -> x.toString().endsWith(".java"))::iterator) {
        assertThat(Files.readAllLines(f, StandardCharsets.UTF_8)).as(SOURCES.relativize(f).toString())
            .hasSizeLessThan(f.endsWith(Path.of("cae", "CaeCompliance.java")) ? 150 : 300);
      }
    }
  }

  @Property
  void theFiveBestPaidAreTheFirstFiveOfAStableSortFromTheHighest(
      @ForAll @Size(min = 1, max = 12) List<@IntRange(min = 0, max = 6) Integer> cents) {
    BigDecimal[] amounts = new BigDecimal[cents.size()];
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < amounts.length; i++) {
      amounts[i] = BigDecimal.valueOf(cents.get(i), 2);
      order.add(i);
    }
    order.sort(Comparator.comparing((Integer i) -> amounts[i]).reversed());
    int[] best = PayCap.fiveBestPaid(amounts);
    List<Integer> picked = new ArrayList<>();
    for (int i : best) {
      picked.add(i);
    }
    assertThat(picked).isEqualTo(order.subList(0, Math.min(PayCap.BEST_PAID, amounts.length)));
  }

  private static String payCapSource() throws IOException {
    return Files.readString(SOURCES.resolve("esus/PayCap.java"), StandardCharsets.UTF_8);
  }

  /** The method starting with {@code signature}, to its closing brace, without its indentation. */
  private static String method(String source, String signature) {
    int start = source.indexOf(signature);
    int end = source.indexOf("\n  }\n", start) + "\n  }\n".length();
    return source.substring(start, end).replaceAll("(?m)^  ", "");
  }

  private static String normalised(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }
}
