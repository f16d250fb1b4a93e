package io.github.zhibiao.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Other projects' test data for Chinese numbers, run through {@link Quantity#parse}: Microsoft
 * Recognizers-Text's Chinese specs, cn2an's tests, Hutool's tests. The data is in
 * {@code src/test/resources/peers/<suite>/cases.tsv}, with its origin in {@code SOURCES} and the
 * script that extracted it in {@code src/test/peers/extract_peers.py}.
 *
 * <p>Each case is in scope unless one of the {@link Scope} rules, applied in order to the input
 * text (NFKC-normalised) and to how the peer states it, puts it out. An in-scope case passes when the parse states
 * the expected amount (or refuses where the peer says there is no number). Every case, in scope or
 * not, must not be <em>wrong</em>: parsed to an amount other than the peer's, or parsed where the
 * peer finds no number or no single one.
 *
 * <p>The cases of each suite are split by the CRC-32 of the input: one in four is held out. Only
 * the development part's failures are listed; the held-out part is scored by count.
 */
class PeerSuitesTest {

  /** Why a case is out of scope; {@link #IN} when it is not. First match wins. */
  enum Scope {
    /** The peer gives no value for the case (Recognizers' IgnoreResolution). */
    NO_VALUE,
    /** Text around the number, or several numbers: Quantity.parse reads one whole figure. */
    SENTENCE,
    /** Cheque and money forms: 元整, 圆, 角, 分 after 元, 块, 毛. */
    CHEQUE,
    /** Spaces between the characters of a number, as speech recognisers write. */
    SPEECH,
    /** Archaic numerals: 廿 (20), 卅 (30), 卌 (40), 皕 (200). */
    ARCHAIC,
    /** 兆, refused on purpose: 10⁶ as an SI prefix, 10¹² as a numeral. */
    AMBIGUOUS_ZHAO,
    /** 折, the discount (八折 = 80 %): a price term, not a unit of statistics. */
    DISCOUNT,
    /** 半 after a unit or a numeral (一吨半, 三成半): not read yet. */
    HALF,
    /** The peer's unit is not in our catalog (岁, 厘米, Kilobyte …): its English name does not read. */
    UNIT_NOT_IN_CATALOG,
    /**
     * Money under Recognizers' NumberModel, which leaves money to its CurrencyModel (十五美元 is 15 USD
     * there): the NumberModel's "no number" for 一美元 says nothing about the amount.
     */
    MONEY_IN_NUMBER_MODEL,
    /** Approximations (几, 幾, 数十, 十来个): refused on purpose, they state a range, not a figure. */
    APPROXIMATE,
    /** English and scientific notation: 40k, 2e5, 2^5. */
    NOTATION,
    /** 打, a dozen (一打 = 12): a trade count, not a unit of statistics. */
    DOZEN,
    /** A decimal without its integer digit (.5, -.5): refused on purpose, reports write 0.5. */
    LEADING_POINT,
    /** 两 alone: refused on purpose, it is the digit 2 before a unit (两个) and the unit 两 after a number. */
    LIANG_ALONE,
    /** Two digits alone (四五, 一一): refused on purpose, they may be a range (4 or 5). */
    DIGIT_PAIR,
    /** An elided unit followed by more digits (两万二零三): refused on purpose, elision ends a figure. */
    ELIDED_INSIDE,
    /** In scope. */
    IN
  }

  private static final Pattern MONEY = Pattern.compile("美元|欧元|日元|英镑|港元|港币");
  private static final Pattern CHEQUE = Pattern.compile("[整圆角块毛]|元[^/]");
  private static final Pattern SPEECH = Pattern.compile("\\S\\s+\\S");
  private static final Pattern ARCHAIC = Pattern.compile("[廿卅卌皕]");
  private static final Pattern APPROXIMATE = Pattern.compile("[几幾来來]|[数數上成好][十百千万亿拾佰仟萬億几幾]");
  private static final Pattern NOTATION = Pattern.compile("\\d[kKmMbBgG]|\\d[eE][-+]?\\d|\\^");
  private static final Pattern LEADING_POINT = Pattern.compile("(^|[^\\d])\\.\\d");
  private static final Pattern DIGIT_PAIR = Pattern.compile("负?[一二三四五六七八九壹贰叁肆伍陆柒捌玖两]{2}");
  private static final Pattern ELIDED_INSIDE =
      Pattern.compile("[百千万亿佰仟萬億][一二三四五六七八九两兩壹贰叁肆伍陆柒捌玖][零〇]");

  static Scope scope(Case c) {
    String t = java.text.Normalizer.normalize(c.input, java.text.Normalizer.Form.NFKC).strip();
    if (c.kind.equals("no-value")) {
      return Scope.NO_VALUE;
    }
    if (c.kind.equals("sentence")) {
      return Scope.SENTENCE;
    }
    if (c.kind.equals("cheque") || CHEQUE.matcher(t).find()) {
      return Scope.CHEQUE;
    }
    if (SPEECH.matcher(t).find()) {
      return Scope.SPEECH;
    }
    if (ARCHAIC.matcher(t).find()) {
      return Scope.ARCHAIC;
    }
    if (t.indexOf('兆') >= 0) {
      return Scope.AMBIGUOUS_ZHAO;
    }
    if (t.indexOf('折') >= 0) {
      return Scope.DISCOUNT;
    }
    if (t.indexOf('半') >= 0) {
      return Scope.HALF;
    }
    if (c.unit.startsWith("?") && peerUnit(c.unit) == null) {
      return Scope.UNIT_NOT_IN_CATALOG;
    }
    if (c.origin.equals("NumberModel") && c.expected.equals("refuse") && MONEY.matcher(t).find()) {
      return Scope.MONEY_IN_NUMBER_MODEL;
    }
    if (APPROXIMATE.matcher(t).find()) {
      return Scope.APPROXIMATE;
    }
    if (NOTATION.matcher(t).find()) {
      return Scope.NOTATION;
    }
    if (t.indexOf('打') >= 0) {
      return Scope.DOZEN;
    }
    if (LEADING_POINT.matcher(t).find()) {
      return Scope.LEADING_POINT;
    }
    if (t.equals("两")) {
      return Scope.LIANG_ALONE;
    }
    if (DIGIT_PAIR.matcher(t).matches()) {
      return Scope.DIGIT_PAIR;
    }
    if (ELIDED_INSIDE.matcher(t).find()) {
      return Scope.ELIDED_INSIDE;
    }
    return Scope.IN;
  }

  /** One case: the peer's input and expectation. */
  record Case(String input, String expected, String unit, String kind, String origin) {}

  enum Outcome {
    /** Read as the peer says (or refused where it finds no number). */
    PASS,
    /** Refused, though the peer reads a value. */
    REFUSED,
    /** Parsed to another amount, or parsed where the peer finds no number: silently wrong. */
    WRONG
  }

  static Outcome outcome(Case c) {
    Quantity q;
    try {
      q = Quantity.parse(c.input);
    } catch (QuantityFormatException e) {
      return c.expected.equals("refuse") || c.expected.equals("-") ? Outcome.PASS : Outcome.REFUSED;
    }
    if (c.kind.startsWith("refuse:")) {
      // the peer finds no percentage (no quantity of money, of length …) here: wrong only if we read one
      return ofModel(q.unit(), c.kind.substring(7)) ? Outcome.WRONG : Outcome.PASS;
    }
    if (c.expected.equals("refuse") && scope(c) == Scope.MONEY_IN_NUMBER_MODEL) {
      return ofModel(q.unit(), "CurrencyModel") ? Outcome.PASS : Outcome.WRONG; // money, as its CurrencyModel reads it
    }
    if (c.expected.equals("refuse") || (c.expected.equals("-") && !c.kind.equals("no-value"))) {
      return Outcome.WRONG;
    }
    if (c.expected.equals("-")) {
      return Outcome.PASS; // the peer states no value to hold the parse to
    }
    for (String v : c.expected.split("\\|")) {
      if (states(q, new BigDecimal(v), c.unit)) {
        return Outcome.PASS;
      }
    }
    return Outcome.WRONG;
  }

  /**
   * Whether {@code q} states {@code value} of the peer's {@code unit}: the same amount in a
   * convertible unit; with no unit, or one outside our catalog, the value in q's unit without its
   * magnitude (一只 gives 1, 十万人 gives 100000).
   */
  static boolean states(Quantity q, BigDecimal value, String unit) {
    Unit theirs = unit.startsWith("?") ? peerUnit(unit) : unit.isEmpty() ? null : Units.of(unit);
    if (theirs == null) {
      return same(q.to(q.unit().withoutMagnitude()).value(), value);
    }
    if (!q.unit().isConvertibleTo(theirs)) {
      return false;
    }
    BigDecimal mine = Rational.of(q.value()).multiply(q.unit().factor()).divide(theirs.factor())
        .toBigDecimal(UnitConverter.DEFAULT_CONTEXT);
    return same(mine, value);
  }

  /**
   * The catalog's unit for a peer's unit written {@code ?Name} (a name the extraction script did not
   * map), read by its English name (United States dollar, Euro, Microgram), or null when the
   * catalog does not know it.
   */
  static Unit peerUnit(String unit) {
    try {
      return UnitCatalog.builtIn().parse(unit.substring(1));
    } catch (QuantityFormatException e) {
      return null;
    }
  }

  /** Whether a unit is of the kind a Recognizers model extracts: percentages, money, physical units, ages. */
  static boolean ofModel(Unit unit, String model) {
    Unit root = unit.withoutMagnitude();
    return switch (model) {
      case "PercentModel" -> root.equals(Units.PERCENT) || root.equals(Units.PER_MILLE) || root.equals(Units.TENTH)
          || root.equals(Units.PERCENTAGE_POINT);
      case "CurrencyModel" -> unit.dimension().currencyCode().isPresent();
      case "AgeModel" -> unit.isConvertibleTo(Units.DAY) || unit.isConvertibleTo(Units.MONTH);
      case "DimensionModel" -> !unit.dimension().equals(Dimension.NONE)
          && unit.dimension().currencyCode().isEmpty();
      default -> true;
    };
  }

  /**
   * Equal, or equal at the peer's precision when the peer wrote a rounded double: Recognizers
   * gives 1/3 as 0.333333333333333, with 15 significant digits. Only values of 15 or more
   * significant digits get this allowance.
   */
  static boolean same(BigDecimal mine, BigDecimal theirs) {
    if (mine.compareTo(theirs) == 0) {
      return true;
    }
    int digits = theirs.stripTrailingZeros().precision();
    return digits >= 15 && mine.round(new MathContext(digits, RoundingMode.HALF_EVEN)).compareTo(theirs) == 0;
  }

  static boolean heldOut(String input) {
    CRC32 crc = new CRC32();
    crc.update(input.getBytes(StandardCharsets.UTF_8));
    return crc.getValue() % 4 == 0;
  }

  static List<Case> load(String suite) throws IOException {
    List<Case> cases = new ArrayList<>();
    try (InputStream in = Objects.requireNonNull(
            PeerSuitesTest.class.getResourceAsStream("/peers/" + suite + "/cases.tsv"), suite);
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        String shown = line;
        assertEquals(5, f.length, () -> suite + ": " + f.length + " fields in '" + shown + "'");
        cases.add(new Case(unescape(f[0]), f[1], f[2], f[3], f[4]));
      }
    }
    return cases;
  }

  private static String unescape(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        char n = s.charAt(++i);
        sb.append(n == 't' ? '\t' : n == 'n' ? '\n' : n);
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** Counts of one part of one suite. */
  static final class Tally {
    int cases;
    int inScope;
    int pass;
    int refused;
    int wrong;
    final Map<Scope, Integer> out = new EnumMap<>(Scope.class);
    int outRefused;
    int outRead;
  }

  private static final StringBuilder REPORT = new StringBuilder();

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"recognizers-text", "cn2an", "hutool"})
  void everyInScopeCasePassesAndNoCaseIsWrong(String suite) throws IOException {
    List<Case> cases = load(suite);
    assertTrue(cases.size() > 50, suite + " has " + cases.size() + " cases");
    Tally dev = new Tally();
    Tally held = new Tally();
    List<String> devProblems = new ArrayList<>();
    for (Case c : cases) {
      boolean h = heldOut(c.input);
      Tally t = h ? held : dev;
      Scope scope = scope(c);
      Outcome o = outcome(c);
      t.cases++;
      if (scope == Scope.IN) {
        t.inScope++;
        switch (o) {
          case PASS -> t.pass++;
          case REFUSED -> t.refused++;
          default -> t.wrong++;
        }
      } else {
        t.out.merge(scope, 1, Integer::sum);
        if (o == Outcome.WRONG) {
          t.wrong++;
        } else if (o == Outcome.PASS && !c.expected.equals("refuse") && !c.expected.equals("-")) {
          t.outRead++;
        } else {
          t.outRefused++;
        }
      }
      if ((!h || Boolean.getBoolean("peers.unseal")) && (o == Outcome.WRONG || (scope == Scope.IN && o != Outcome.PASS))) {
        devProblems.add(o + " [" + scope + "] '" + c.input + "' expected " + c.expected + " " + c.unit + " ("
            + c.origin + "): " + describe(c.input));
      }
    }
    REPORT.append(row(suite, "development", dev)).append(row(suite, "held out", held));
    System.out.println(suite + " development: " + row(suite, "development", dev));
    System.out.println(suite + " held out: " + row(suite, "held out", held));
    devProblems.forEach(System.out::println);
    assertEquals(List.of(), devProblems, suite + ": development cases that fail or are wrong");
    assertEquals(0, held.wrong, suite + ": held-out cases parsed to a wrong value");
    assertEquals(0, held.refused, suite + ": held-out in-scope cases refused");
  }

  private static String describe(String input) {
    try {
      Quantity q = Quantity.parse(input);
      return "parsed " + q.value().toPlainString() + " [" + q.unit() + "] " + q.qualifier();
    } catch (QuantityFormatException e) {
      return e.getMessage();
    }
  }

  private static String row(String suite, String part, Tally t) {
    StringBuilder out = new StringBuilder();
    t.out.forEach((k, v) -> out.append(out.length() == 0 ? "" : ", ").append(k).append(' ').append(v));
    return "| " + suite + " | " + part + " | " + t.cases + " | " + t.inScope + " | " + t.pass + " | " + t.refused
        + " | " + t.wrong + " | " + (t.cases - t.inScope) + " (" + t.outRefused + " refused, " + t.outRead
        + " read right) | " + out + " |\n";
  }

  @AfterAll
  static void writeReport() throws IOException {
    Path target = Path.of("target");
    if (Files.isDirectory(target)) {
      Files.writeString(target.resolve("peer-suites.md"),
          "| suite | part | cases | in scope | pass | refused | wrong | out of scope | out-of-scope rules |\n"
              + "|---|---|---|---|---|---|---|---|---|\n" + REPORT, StandardCharsets.UTF_8);
    }
  }
}
