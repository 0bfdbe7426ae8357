package io.github.essrules.core.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.essrules.core.Lang;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Messages are cut into parts once, when a catalog is loaded, and formatted by appending: these
 * properties hold the formatted text to the one the character-by-character formatting of earlier
 * versions gave (written again here as the reference), for any text, placeholders valid or not.
 */
class RenderingProperties {
  private static final AtomicInteger CATALOGS = new AtomicInteger();

  @Property(tries = 500)
  void aCompiledMessageFormatsAsTheTextScannedCharacterByCharacter(
      @ForAll("patterns") String pattern, @ForAll @IntRange(max = 4) int argCount, @ForAll Lang lang) {
    List<MessageArg> args = new ArrayList<>();
    for (int i = 0; i < argCount; i++) {
      args.add(i % 2 == 0 ? MessageArg.text("a" + i) : MessageArg.euros(new BigDecimal("1234.5").add(BigDecimal.valueOf(i))));
    }
    MessageCatalog catalog = catalogOf(pattern);
    String expected = reference(pattern, lang, args, catalog);
    assertThat(catalog.format("m", lang, args)).isEqualTo(expected);
    assertThat(catalog.formatTo(new StringBuilder("x"), "m", lang, args).toString()).isEqualTo("x" + expected);
  }

  @Property(tries = 1000)
  void numbersAndRatesAreWrittenAsBeforeAndAmountsToTheCent(@ForAll("decimals") BigDecimal value, @ForAll Lang lang) {
    assertThat(Formats.number(value, lang)).isEqualTo(referenceNumber(value, lang));
    // amounts to the cent for display: more than two decimals rounded half up, one decimal padded
    BigDecimal amount = value.scale() > 2 ? value.setScale(2, RoundingMode.HALF_UP)
        : value.scale() == 1 ? value.setScale(2) : value;
    String n = referenceNumber(amount, lang);
    String euros = lang == Lang.FR ? n + "\u00a0€" : n.startsWith("-") ? "-€" + n.substring(1) : "€" + n;
    assertThat(Formats.euros(value, lang)).isEqualTo(euros);
    BigDecimal percent = value.movePointRight(2).stripTrailingZeros();
    if (percent.scale() < 0) {
      percent = percent.setScale(0);
    }
    assertThat(Formats.rate(value, lang))
        .isEqualTo(referenceNumber(percent, lang) + (lang == Lang.FR ? "\u00a0%" : "%"));
  }

  /** Counts from 0 to 127 are made once and shared: each is the argument made from its number. */
  @Property(tries = 300)
  void aCountIsTheArgumentOfItsNumberWhetherSharedOrMade(
      @ForAll @net.jqwik.api.constraints.LongRange(min = -3, max = 200) long n, @ForAll Lang lang) {
    MessageArg count = MessageArg.number(n);
    MessageArg made = MessageArg.number(BigDecimal.valueOf(n));
    assertThat(count).isEqualTo(made).hasSameHashCodeAs(made);
    assertThat(count.kind()).isEqualTo(MessageArg.Kind.NUMBER);
    assertThat(count.value()).isEqualTo(made.value()).isEqualTo(Long.toString(n));
    assertThat(count.decimalValue()).isEqualByComparingTo(BigDecimal.valueOf(n));
    assertThat(count.format(lang, io.github.essrules.core.i18n.CoreMessages.get()))
        .isEqualTo(made.format(lang, io.github.essrules.core.i18n.CoreMessages.get()));
  }

  @Provide
  Arbitrary<String> patterns() {
    Arbitrary<String> pieces = Arbitraries.oneOf(
        Arbitraries.of("{0}", "{1}", "{2}", "{3}", "{9}", "{12}", "{123}", "{}", "{a}", "{", "}", "{0", "{ 1}",
            "n'excède pas", " ", "€", "—", "\u00a0", "{{0}}", "{-1}", "{٣}"),
        Arbitraries.strings().withCharRange('a', 'z').ofMaxLength(5));
    return pieces.list().ofMaxSize(8).map(list -> String.join("", list))
        .filter(s -> !s.contains("\\") && !s.startsWith(" ") && !s.endsWith(" "));
  }

  @Provide
  Arbitrary<BigDecimal> decimals() {
    return Arbitraries.bigIntegers().between(BigInteger.valueOf(-10).pow(13), BigInteger.TEN.pow(13))
        .flatMap(unscaled -> Arbitraries.integers().between(-3, 9).map(scale -> new BigDecimal(unscaled, scale)));
  }

  private static MessageCatalog catalogOf(String pattern) {
    // written as in a properties file: the text after "m=", with its unicode kept in UTF-8
    byte[] file = ("m=" + pattern + "\n").getBytes(StandardCharsets.UTF_8);
    return new MessageCatalog("rendering-" + CATALOGS.incrementAndGet(), "/m", path -> new ByteArrayInputStream(file));
  }

  /** Formatting as earlier versions did it, scanning the text at every call. */
  private static String reference(String pattern, Lang lang, List<MessageArg> args, MessageCatalog catalog) {
    if (args.isEmpty()) {
      return pattern;
    }
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < pattern.length()) {
      char c = pattern.charAt(i);
      int close = c == '{' ? pattern.indexOf('}', i) : -1;
      if (close > i + 1 && isIndex(pattern, i + 1, close)) {
        int index = Integer.parseInt(pattern.substring(i + 1, close));
        out.append(index < args.size() ? args.get(index).format(lang, catalog) : pattern.substring(i, close + 1));
        i = close + 1;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  private static boolean isIndex(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Character.isDigit(s.charAt(i))) {
        return false;
      }
    }
    return to - from <= 2;
  }

  /** Number formatting as earlier versions did it. */
  private static String referenceNumber(BigDecimal number, Lang lang) {
    String plain = number.toPlainString();
    boolean negative = plain.startsWith("-");
    if (negative) {
      plain = plain.substring(1);
    }
    int dot = plain.indexOf('.');
    String integer = dot < 0 ? plain : plain.substring(0, dot);
    String fraction = dot < 0 ? "" : plain.substring(dot + 1);
    char group = lang == Lang.FR ? '\u00a0' : ',';
    StringBuilder out = new StringBuilder();
    if (negative) {
      out.append('-');
    }
    for (int i = 0; i < integer.length(); i++) {
      if (i > 0 && (integer.length() - i) % 3 == 0) {
        out.append(group);
      }
      out.append(integer.charAt(i));
    }
    if (!fraction.isEmpty()) {
      out.append(lang == Lang.FR ? ',' : '.').append(fraction);
    }
    return out.toString();
  }
}
