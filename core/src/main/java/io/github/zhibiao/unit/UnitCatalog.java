package io.github.zhibiao.unit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A catalog of units: every unit that text may name, with its symbol and aliases, and the one
 * reader of unit expressions that every parser of zhibiao uses. {@link #builtIn()} holds the
 * units of Chinese statistical reports and of statistics offices abroad (see {@link Units}); {@link
 * #with(Unit, String...)} gives a new catalog with a user's own units or aliases added:
 *
 * <pre>{@code
 * UnitCatalog mine = UnitCatalog.builtIn()
 *     .with(Unit.of("担", "dan", Dimension.MASS, Rational.of(50)))          // 1 担 = 50 公斤
 *     .with(Unit.of("标准箱", "TEU", Dimension.base("TEU_CONTAINER"), Rational.ONE), "TEU")
 *     .with(Units.PERSON, "personas");                                     // an alias of 人
 * Quantity q = Quantity.parse("3万担", mine);                               // 3 of 万担
 * Unit u = mine.parse("Miles de personas");                                // 千人
 * }</pre>
 *
 * <p>Give the catalog to {@link Quantity#parse(CharSequence, UnitCatalog)}, to the readers through
 * {@code ReadOptions.withUnits} and to the prose extractor through its context.
 *
 * <p><b>What it reads.</b> A name (symbol or alias, compared after the same normalisation as
 * quantities: fullwidth forms folded), optionally after a Chinese magnitude (万亩, 亿美元; spaces may
 * stand between them: 亿 斤 is 亿斤, as 3.2 亿斤 and 3.2亿 斤 are 3.2亿斤), or an
 * English or Spanish one in a label ({@code thousand persons}, {@code Euro Million}, {@code Miles de
 * personas}); English words match in any letter case. Products and quotients join names with '·' or
 * '*' and '/', read left to right ({@code a/b/c} is {@code (a/b)/c}) and kept as written: 万元/万元 is
 * not cancelled, so that every unit's symbol reads back to the same unit. 每人 is one per person.
 * Indices name their base: {@code 上年=100}, {@code (2015=100)}, {@code Index 2015=100}. A
 * three-letter ISO 4217 code reads as its currency ({@code CHF}, {@code XDR}) even when the catalog
 * names it no other way.
 *
 * <p><b>Limits.</b> A unit text longer than {@value #MAX_UNIT_LENGTH} characters or of more than
 * {@value #MAX_PARTS} parts is refused before it is read, so that the cost of reading stays linear
 * and bounded.
 *
 * <p>Immutable and thread-safe; parsed units are cached per catalog.
 */
public final class UnitCatalog {
  /** The longest unit text, in characters, that a catalog reads. */
  public static final int MAX_UNIT_LENGTH = 200;
  /** The most parts ('/' and '·' separated) a unit expression may have. */
  public static final int MAX_PARTS = 16;

  /** English and Spanish magnitude words in office labels, lower case, with their power of ten. */
  private static final Map<String, Integer> LABEL_MAGNITUDES = Map.ofEntries(
      Map.entry("hundred", 2), Map.entry("hundreds", 2),
      Map.entry("thousand", 3), Map.entry("thousands", 3), Map.entry("miles", 3), Map.entry("mil", 3),
      Map.entry("million", 6), Map.entry("millions", 6), Map.entry("millones", 6), Map.entry("millón", 6),
      Map.entry("mn", 6), Map.entry("mio", 6),
      Map.entry("billion", 9), Map.entry("billions", 9), Map.entry("bn", 9),
      Map.entry("trillion", 12), Map.entry("trillions", 12));
  /** Words that join a magnitude to its unit in a label: thousands of persons, miles de personas. */
  private static final Set<String> LABEL_JOINERS = Set.of("of", "de", "in");

  private final List<Unit> units;
  /** Normalised name → unit. */
  private final Map<String, Unit> names;
  /** Lower-cased English words → unit; names whose lower case is shared by two units are absent. */
  private final Map<String, Unit> folded;
  private final int maxNameLength;
  private final ConcurrentHashMap<String, Unit> parsed = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, Unit> segments = new ConcurrentHashMap<>();
  private final Segment[] recent = new Segment[256];

  /** A parsed unit segment; immutable, so safe to share through a plain array. */
  private record Segment(String text, Unit unit) {}

  private UnitCatalog(List<Unit> units, Map<String, Unit> names) {
    this.units = units;
    this.names = names;
    Map<String, Unit> f = new HashMap<>();
    Set<String> clashes = new HashSet<>();
    int max = 0;
    for (Map.Entry<String, Unit> e : names.entrySet()) {
      String name = e.getKey();
      max = Math.max(max, name.length());
      if (isWord(name)) {
        String lower = name.toLowerCase(Locale.ROOT);
        Unit other = f.putIfAbsent(lower, e.getValue());
        if (other != null && !other.equals(e.getValue())) {
          clashes.add(lower);
        }
      }
    }
    f.keySet().removeAll(clashes);
    this.folded = f;
    this.maxNameLength = max;
  }

  /** The built-in catalog, made once from {@link Units}. */
  private static final class BuiltIn {
    static final UnitCatalog INSTANCE = new UnitCatalog(
        Collections.unmodifiableList(new ArrayList<>(Units.builtInUnits())),
        Collections.unmodifiableMap(new LinkedHashMap<>(Units.builtInNames())));
  }

  /**
   * The built-in catalog: every unit of {@link Units}, with its aliases.
   *
   * @return the built-in catalog, always the same instance
   */
  public static UnitCatalog builtIn() {
    return BuiltIn.INSTANCE;
  }

  /**
   * A new catalog with this one's units and {@code unit}, known by its symbol and by {@code aliases}.
   * When {@code unit} is already in this catalog, only the aliases are added: {@code
   * with(Units.PERSON, "personas")} makes {@code personas} read as 人. This catalog is unchanged.
   *
   * @param unit a unit without magnitude, made with {@link Unit#of(String, String, Dimension,
   *     Rational)} or taken from the catalog; not null
   * @param aliases further names that read as {@code unit}, such as {@code TEU} for 标准箱; each
   *     not blank, without surrounding whitespace, '/', '·', '*' or '=' and not starting with a
   *     digit
   * @return the new catalog
   * @throws NullPointerException if {@code unit}, {@code aliases} or an alias is null
   * @throws IllegalArgumentException if the unit has a magnitude or is a product, quotient or
   *     opaque unit, if a name is malformed, or if a name already reads as another unit in this
   *     catalog (千克 is 公斤; 百羽 is 百 × 羽): the message names the name and that unit
   */
  public UnitCatalog with(Unit unit, String... aliases) {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(aliases, "aliases");
    if (unit.magnitude().isPresent() || unit.isOpaque() || unit.symbol().isEmpty()
        || unit.symbol().indexOf('/') >= 0 || unit.symbol().indexOf('·') >= 0) {
      throw new IllegalArgumentException("cannot register " + describe(unit)
          + ": register a unit without magnitude, not a product, quotient, opaque or dimensionless unit");
    }
    List<String> all = new ArrayList<>();
    all.add(unit.symbol());
    for (int i = 0; i < aliases.length; i++) {
      all.add(Objects.requireNonNull(aliases[i], "aliases[" + i + "]"));
    }
    Map<String, Unit> newNames = new LinkedHashMap<>(names);
    for (String name : all) {
      checkName(name);
      String norm = Normalizer.normalize(name);
      Unit known = names.get(norm);
      if (known == null) {
        known = tryParse(norm);
      }
      if (known != null && !known.equals(unit)) {
        throw new IllegalArgumentException(
            "unit name '" + name + "' already reads as " + describe(known) + " in this catalog");
      }
      newNames.put(norm, unit);
    }
    List<Unit> newUnits = new ArrayList<>(units);
    if (!units.contains(unit)) {
      newUnits.add(unit);
    }
    return new UnitCatalog(Collections.unmodifiableList(newUnits), Collections.unmodifiableMap(newNames));
  }

  private static void checkName(String name) {
    if (name.isBlank() || !name.strip().equals(name) || name.length() > MAX_UNIT_LENGTH
        || name.indexOf('/') >= 0 || name.indexOf('·') >= 0 || name.indexOf('*') >= 0
        || name.indexOf('=') >= 0 || Character.isDigit(name.charAt(0))) {
      throw new IllegalArgumentException("unit name '" + name + "' must not be blank, have surrounding"
          + " whitespace, contain '/', '·', '*' or '=', start with a digit or exceed "
          + MAX_UNIT_LENGTH + " characters");
    }
  }

  private Unit tryParse(String norm) {
    try {
      return parse(norm);
    } catch (QuantityFormatException e) {
      return null;
    }
  }

  private static String describe(Unit u) {
    return u.symbol().isEmpty() ? "the dimensionless unit" : u.symbol() + " (" + u.dimension() + ")";
  }

  /**
   * The units of this catalog, without magnitudes, in the order they were added.
   *
   * @return an unmodifiable list: the built-in units, then a user's
   */
  public List<Unit> units() {
    return units;
  }

  /**
   * Every name this catalog reads without a magnitude: symbols and aliases, normalised (fullwidth
   * forms folded). A prose reader that looks for unit words after a figure starts from these.
   *
   * @return an unmodifiable map from name to unit, in the order the names were added
   */
  public Map<String, Unit> names() {
    return names;
  }

  /**
   * Reads a unit expression (see the class description). The empty text is {@link Units#ONE}.
   *
   * @param text the unit expression; surrounding whitespace is ignored; not null
   * @return the unit, an alias read as its unit (千克 gives 公斤)
   * @throws NullPointerException if {@code text} is null
   * @throws QuantityFormatException if the text is longer than {@value #MAX_UNIT_LENGTH}
   *     characters or has more than {@value #MAX_PARTS} parts, if '/' or '·' lacks a unit on one
   *     side, or for 兆, which is ambiguous (10⁶ or 10¹²) except in the catalog's 兆瓦 and 兆瓦时
   * @throws UnknownUnitException if a part is not in the catalog; the message names the part and
   *     its index
   */
  public Unit parse(String text) {
    Objects.requireNonNull(text, "text");
    Unit cached = parsed.get(text);
    if (cached != null) {
      return cached;
    }
    Unit unit = parse(text, Normalizer.normalize(text), 0, text.length());
    if (parsed.size() < 4096) {
      parsed.put(text, unit);
    }
    return unit;
  }

  /**
   * Reads a unit label as {@link #parse(String)} does, or keeps it as an {@link Unit#opaque opaque
   * unit} when this catalog does not know it: the open unit policy.
   *
   * @param text the label, such as {@code antal}; not null
   * @return the unit it names, or an opaque unit of the trimmed label (also for a malformed
   *     expression such as {@code kg/}); {@link Units#ONE} for blank text
   * @throws NullPointerException if {@code text} is null
   * @throws QuantityFormatException if the label is longer than {@value #MAX_UNIT_LENGTH} characters
   *     or has more than {@value #MAX_PARTS} parts
   */
  public Unit parseOrOpaque(String text) {
    Objects.requireNonNull(text, "text");
    String norm = Normalizer.normalize(text);
    checkLimits(text, norm, 0, text.length());
    try {
      return parse(text);
    } catch (QuantityFormatException e) {
      return Unit.opaque(text.strip());
    }
  }

  /**
   * Reads a unit label under a policy, as every reader does.
   *
   * @param text the label; not null
   * @param policy {@link UnitPolicy#STRICT} refuses a label this catalog does not know, {@link
   *     UnitPolicy#OPEN} keeps it as an opaque unit
   * @return the unit
   * @throws NullPointerException if an argument is null
   * @throws QuantityFormatException if the text is empty or blank (an empty unit is never silently
   *     dimensionless), too long, or, under the strict policy, not a unit of this catalog
   */
  public Unit resolve(String text, UnitPolicy policy) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(policy, "policy");
    if (text.isBlank()) {
      throw new QuantityFormatException(text, 0,
          "the unit is empty; expected a unit, or " + Units.NOT_STATED.symbol() + " where none is stated");
    }
    return policy == UnitPolicy.OPEN ? parseOrOpaque(text) : parse(text);
  }

  /**
   * {@link #parse(String, String, int, int)} with a cache keyed by the normalised segment (the
   * result depends on nothing else), so that a parser reading "2210.6万头只" over and over builds
   * 万头只 once. A direct-mapped table of recent segments answers without allocating; behind it a
   * bounded map.
   */
  Unit parseCached(String original, String norm, int from, int to) {
    int h = 0;
    for (int i = from; i < to; i++) {
      h = 31 * h + norm.charAt(i);
    }
    int slot = (h ^ (h >>> 8)) & (recent.length - 1);
    Segment last = recent[slot];
    int length = to - from;
    if (last != null && last.text.length() == length && norm.regionMatches(from, last.text, 0, length)) {
      return last.unit;
    }
    Unit unit;
    if (length > MAX_UNIT_LENGTH) {
      unit = parse(original, norm, from, to); // refused there, without building a key
    } else {
      String key = norm.substring(from, to);
      unit = segments.get(key);
      if (unit == null) {
        unit = parse(original, norm, from, to);
        if (segments.size() < 4096) {
          segments.put(key, unit);
        }
      }
      recent[slot] = new Segment(key, unit);
    }
    return unit;
  }

  /** Parses {@code norm[from, to)}; errors report positions in {@code original}. */
  Unit parse(String original, String norm, int from, int to) {
    while (from < to && Character.isWhitespace(norm.charAt(from))) {
      from++;
    }
    while (to > from && Character.isWhitespace(norm.charAt(to - 1))) {
      to--;
    }
    if (from == to) {
      return Units.ONE;
    }
    checkLimits(original, norm, from, to);
    Unit whole = names.get(norm.substring(from, to));
    if (whole != null) {
      return whole;
    }
    Unit result = null;
    int start = from;
    for (int i = from; i <= to; i++) {
      if (i == to || norm.charAt(i) == '/') {
        if (i == start) {
          throw new QuantityFormatException(original, i == to ? i - 1 : i, "expected a unit on both sides of '/'");
        }
        Unit part = product(original, norm, start, i);
        result = result == null ? part : Unit.quotient(result, part);
        start = i + 1;
      }
    }
    return result;
  }

  /** Refuses a unit text that is too long or has too many parts, before reading it. */
  private static void checkLimits(String original, String norm, int from, int to) {
    if (to - from > MAX_UNIT_LENGTH) {
      throw new QuantityFormatException(original, from + MAX_UNIT_LENGTH, "a unit of " + (to - from)
          + " characters is longer than the limit of " + MAX_UNIT_LENGTH);
    }
    int parts = 1;
    for (int i = from; i < to; i++) {
      char c = norm.charAt(i);
      if ((c == '/' || c == '·' || c == '*') && ++parts > MAX_PARTS) {
        throw new QuantityFormatException(original, i,
            "a unit of more than " + MAX_PARTS + " parts; expected at most " + MAX_PARTS
                + " units joined by '/' or '·'");
      }
    }
  }

  private Unit product(String original, String norm, int from, int to) {
    while (from < to && Character.isWhitespace(norm.charAt(from))) {
      from++;
    }
    if (norm.startsWith(Unit.RECIPROCAL, from) && to - from > 1 && atom(firstFactor(norm, from, to)) == null) {
      return Unit.quotient(Units.ONE, product(original, norm, from + 1, to)); // 每人 is one per person
    }
    Unit result = null;
    int start = from;
    for (int i = from; i <= to; i++) {
      if (i == to || norm.charAt(i) == '·' || norm.charAt(i) == '*') {
        if (i == start || (i < to && i == to - 1)) {
          int at = i == to ? i - 1 : i;
          throw new QuantityFormatException(original, at,
              "expected a unit on both sides of '" + norm.charAt(at) + "'");
        }
        Unit part = simple(original, norm, start, i);
        result = result == null ? part : Unit.product(result, part);
        start = i + 1;
      }
    }
    return result;
  }

  private Unit simple(String original, String norm, int from, int to) {
    while (from < to && Character.isWhitespace(norm.charAt(from))) {
      from++;
    }
    while (to > from && Character.isWhitespace(norm.charAt(to - 1))) {
      to--;
    }
    if (from == to) {
      throw new QuantityFormatException(original, from, "expected a unit");
    }
    String segment = norm.substring(from, to);
    Unit atom = atom(segment);
    if (atom != null) {
      return atom;
    }
    if (segment.indexOf('=') >= 0) {
      return Units.index(original, norm, from, to);
    }
    Magnitude m = Magnitude.prefixOf(norm, from);
    // Try the longest magnitude first, then shorter ones (千万亩 = 千万 + 亩; 十万人 = 十万 + 人).
    while (m != null) {
      // spaces may stand between a magnitude and its unit, as between a number and its magnitude
      String rest = norm.substring(from + m.word().length(), to).strip();
      Unit unit = rest.isEmpty() ? Units.ONE : atom(rest);
      if (unit != null) {
        return unit.withMagnitude(m);
      }
      if (m.word().length() == 1) {
        break;
      }
      m = Magnitude.ofWord(m.word().substring(0, 1)).orElse(null);
    }
    Unit label = label(segment);
    if (label != null) {
      return label;
    }
    int per = segment.indexOf(" per ");
    if (per > 0 && isWord(segment)) { // Euro per inhabitant
      return Unit.quotient(simple(original, norm, from, from + per), simple(original, norm, from + per + 5, to));
    }
    int ambiguous = segment.indexOf('兆');
    if (ambiguous >= 0) {
      throw new QuantityFormatException(original, from + ambiguous,
          "兆 is ambiguous (10⁶ as a prefix, 10¹² as a numeral); write 百万 or 万亿");
    }
    Magnitude first = Magnitude.prefixOf(norm, from);
    int unknownAt = first != null && first.word().length() < segment.length() ? from + first.word().length() : from;
    throw new UnknownUnitException(original, unknownAt, norm.substring(unknownAt, to));
  }

  private static String firstFactor(String norm, int from, int to) {
    int end = from;
    while (end < to && norm.charAt(end) != '·' && norm.charAt(end) != '*') {
      end++;
    }
    return norm.substring(from, end).strip();
  }

  /** A name of this catalog, an English word in any case, or an ISO 4217 code; else null. */
  private Unit atom(String name) {
    Unit u = names.get(name);
    if (u == null && isWord(name)) {
      u = folded.get(name.toLowerCase(Locale.ROOT));
      if (u == null && Units.isCurrencyCode(name)) {
        u = Units.currency(name);
      }
    }
    return u;
  }

  /** An office's label with a magnitude word: thousand persons, Euro Million, Miles de personas. */
  private Unit label(String segment) {
    if (!isWord(segment) || segment.indexOf(' ') < 0) {
      return null;
    }
    String[] words = segment.trim().split(" +");
    int exponent = 0;
    StringBuilder rest = new StringBuilder();
    for (String w : words) {
      String lower = w.toLowerCase(Locale.ROOT);
      Integer e = LABEL_MAGNITUDES.get(lower);
      if (e != null && exponent == 0) {
        exponent = e;
      } else if (!(exponent != 0 && rest.length() == 0 && LABEL_JOINERS.contains(lower))) {
        if (rest.length() > 0) {
          rest.append(' ');
        }
        rest.append(w);
      }
    }
    if (exponent == 0 || rest.length() == 0) {
      return null;
    }
    Unit unit = atom(rest.toString());
    if (unit == null || unit.magnitude().isPresent()) {
      return null;
    }
    return unit.withMagnitude(Magnitude.ofExponent(exponent).orElseThrow());
  }

  /** Whether a name is written in ASCII letters (and spaces, dots, hyphens, $): an English word. */
  private static boolean isWord(String name) {
    boolean letter = false;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == 'ó') {
        letter = true;
      } else if (c != ' ' && c != '.' && c != '-' && c != '$' && c != '\'') {
        return false;
      }
    }
    return letter && name.length() >= 2;
  }

  @Override
  public String toString() {
    return "UnitCatalog[" + units.size() + " units, " + names.size() + " names]";
  }
}
