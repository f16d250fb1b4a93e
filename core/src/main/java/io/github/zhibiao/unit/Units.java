package io.github.zhibiao.unit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The built-in catalog of units, and {@link #of(String)}, which reads unit expressions such as
 * 万亩, 亿斤, 万头只, 千公顷, 万元/人 and 公斤/亩.
 *
 * <p>Factors are exact, from the 1929 and 1959 definitions of the 市制 and the legal SI units:
 * 1 亩 = 2000/3 m², 1 公顷 = 15 亩, 1 斤 = 1/2 kg, 1 两 = 1/20 kg (since 1959), 1 吨 = 1000 kg.
 * 头, 只 and 头只 count animals 1:1. 人 and 名 count persons; 人次 counts person-times and never
 * converts to 人; 户, 家, 个, 座, 处, 场, 条, 项, 所, 种, 辆, 套 and 次 are each a kind of their
 * own. %, ‰ and 成 are dimensionless ratios; 百分点 (a difference of two rates) is not.
 *
 * <p>The catalog is fixed; units of your own are made with
 * {@link Unit#of(String, String, Dimension, Rational)}.
 */
public final class Units {
  private Units() {}

  /** The longest unit text read, in characters: 100. */
  static final int MAX_UNIT_LENGTH = 100;
  /** The most units a unit text joins with '/', '·' or '*': 8 (万元/人 has 2). */
  static final int MAX_UNIT_PARTS = 8;

  private static final Map<String, Unit> ATOMS = new HashMap<>();
  private static final List<Unit> CATALOG = new ArrayList<>();
  private static final ConcurrentHashMap<String, Unit> PARSED = new ConcurrentHashMap<>();
  private static final ConcurrentHashMap<String, Unit> SEGMENTS = new ConcurrentHashMap<>();

  /** The unit of pure numbers, with the empty symbol: "十一" parses to 11 of it. */
  public static final Unit ONE = Unit.dimensionless();
  /** %, one hundredth. */
  public static final Unit PERCENT = atom("%", "percent", Dimension.NONE, Rational.of(1, 100), "百分比");
  /** ‰, one thousandth. */
  public static final Unit PER_MILLE = atom("‰", "per mille", Dimension.NONE, Rational.of(1, 1000), "千分比");
  /** 成, one tenth: 7成 is 70%. */
  public static final Unit TENTH = atom("成", "tenths", Dimension.NONE, Rational.of(1, 10));
  /** 百分点, a percentage point: the difference of two rates in %. Never converts to %. */
  public static final Unit PERCENTAGE_POINT =
      atom("百分点", "percentage points", Dimension.PERCENTAGE_POINT, Rational.of(1, 100), "个百分点", "pp");

  /** 元, yuan. */
  public static final Unit YUAN = atom("元", "yuan", Dimension.CURRENCY, Rational.ONE, "人民币元");

  /** 平方米, square metre. */
  public static final Unit SQUARE_METRE = atom("平方米", "square metres", Dimension.AREA, Rational.ONE, "m²", "㎡", "m2");
  /** 亩 (市亩), 2000/3 m². */
  public static final Unit MU = atom("亩", "mu", Dimension.AREA, Rational.of(2000, 3), "市亩");
  /** 公顷, hectare, 10⁴ m² = 15 亩. */
  public static final Unit HECTARE = atom("公顷", "hectares", Dimension.AREA, Rational.of(10_000), "hm²", "ha");
  /** 平方公里, square kilometre. */
  public static final Unit SQUARE_KILOMETRE =
      atom("平方公里", "square kilometres", Dimension.AREA, Rational.of(1_000_000), "平方千米", "km²", "km2");

  /** 克, gram. */
  public static final Unit GRAM = atom("克", "grams", Dimension.MASS, Rational.of(1, 1000), "g");
  /** 两 (市两), 1/20 kg since 1959. */
  public static final Unit LIANG = atom("两", "liang", Dimension.MASS, Rational.of(1, 20), "市两");
  /** 斤 (市斤), 1/2 kg. */
  public static final Unit JIN = atom("斤", "jin", Dimension.MASS, Rational.of(1, 2), "市斤");
  /** 公斤 (千克), kilogram. */
  public static final Unit KILOGRAM = atom("公斤", "kilograms", Dimension.MASS, Rational.ONE, "千克", "kg");
  /** 吨, tonne. */
  public static final Unit TONNE = atom("吨", "tonnes", Dimension.MASS, Rational.of(1000), "公吨", "t");

  /** 米, metre. */
  public static final Unit METRE = atom("米", "metres", Dimension.LENGTH, Rational.ONE, "m");
  /** 公里 (千米), kilometre. */
  public static final Unit KILOMETRE = atom("公里", "kilometres", Dimension.LENGTH, Rational.of(1000), "千米", "km");
  /** 立方米, cubic metre. */
  public static final Unit CUBIC_METRE = atom("立方米", "cubic metres", Dimension.VOLUME, Rational.ONE, "m³", "m3");

  /** 千瓦, kilowatt. */
  public static final Unit KILOWATT = atom("千瓦", "kilowatts", Dimension.POWER, Rational.of(1000), "kW");
  /** 千瓦时 (度), kilowatt-hour, 3.6 × 10⁶ J. */
  public static final Unit KILOWATT_HOUR =
      atom("千瓦时", "kilowatt-hours", Dimension.ENERGY, Rational.of(3_600_000), "度", "kWh");

  /** 年, a calendar year of 12 months. */
  public static final Unit YEAR = atom("年", "years", Dimension.CALENDAR_MONTH, Rational.of(12));
  /** 月, a calendar month. */
  public static final Unit MONTH = atom("月", "months", Dimension.CALENDAR_MONTH, Rational.ONE, "个月");
  /** 天, a day of 86400 s. */
  public static final Unit DAY = atom("天", "days", Dimension.TIME, Rational.of(86_400), "日");
  /** 小时, an hour. */
  public static final Unit HOUR = atom("小时", "hours", Dimension.TIME, Rational.of(3600));

  /** 头, head of large livestock and pigs. */
  public static final Unit HEAD = atom("头", "head", Dimension.ANIMAL, Rational.ONE, "口");
  /** 只, head of sheep, goats and poultry. */
  public static final Unit ZHI = atom("只", "head", Dimension.ANIMAL, Rational.ONE);
  /** 头只, head of mixed livestock; which kinds it covers is the indicator's scope. */
  public static final Unit HEAD_MIXED = atom("头只", "head", Dimension.ANIMAL, Rational.ONE, "头(只)");

  /** 人, persons. */
  public static final Unit PERSON = atom("人", "persons", Dimension.PERSON, Rational.ONE);
  /** 名, persons (the classifier for people); converts 1:1 to 人. */
  public static final Unit MING = atom("名", "persons", Dimension.PERSON, Rational.ONE);
  /** 人次, person-times. */
  public static final Unit PERSON_TIME = atom("人次", "person-times", Dimension.PERSON_TIME, Rational.ONE);
  /** 户, households. */
  public static final Unit HOUSEHOLD = atom("户", "households", Dimension.HOUSEHOLD, Rational.ONE);
  /** 家, enterprises and institutions. */
  public static final Unit ENTERPRISE = atom("家", "enterprises", Dimension.ENTERPRISE, Rational.ONE);
  /** 个, items. */
  public static final Unit ITEM = atom("个", "items", Dimension.ITEM, Rational.ONE);
  /** 座, structures (base stations, bridges). */
  public static final Unit ZUO = counted("座", "structures", "STRUCTURE");
  /** 处, sites. */
  public static final Unit CHU = counted("处", "sites", "SITE");
  /** 场, sessions (fairs, events). */
  public static final Unit CHANG = counted("场", "sessions", "SESSION");
  /** 条, entries (records, roads). */
  public static final Unit TIAO = counted("条", "entries", "ENTRY");
  /** 项, tasks and projects. */
  public static final Unit XIANG = counted("项", "tasks", "TASK");
  /** 所, institutions (schools, hospitals). */
  public static final Unit SUO = counted("所", "institutions", "INSTITUTION");
  /** 种, kinds (products, varieties). */
  public static final Unit ZHONG = counted("种", "kinds", "KIND");
  /** 辆, vehicles. */
  public static final Unit LIANG_VEHICLE = counted("辆", "vehicles", "VEHICLE");
  /** 套, sets (dwellings, equipment). */
  public static final Unit TAO = counted("套", "sets", "SET");
  /** 件, pieces (cases, items of business, proposals). */
  public static final Unit JIAN = counted("件", "pieces", "PIECE");
  /** 台, machines and units of equipment. */
  public static final Unit TAI = counted("台", "machines", "MACHINE");
  /** 张, sheets and cards (licences, bank cards). */
  public static final Unit ZHANG = counted("张", "sheets", "SHEET");
  /** 株, plants and trees. */
  public static final Unit ZHU = counted("株", "plants", "PLANT");
  /** 辆次, vehicle trips (traffic counts); never converts to 辆. */
  public static final Unit VEHICLE_TRIP = counted("辆次", "vehicle trips", "VEHICLE_TRIP");
  /** 次, occurrences. */
  public static final Unit CI = atom("次", "times", Dimension.EVENT, Rational.ONE);

  private static Unit counted(String symbol, String english, String base) {
    return atom(symbol, english, Dimension.base(base), Rational.ONE);
  }

  private static Unit atom(String symbol, String english, Dimension dimension, Rational factor, String... aliases) {
    Unit u = Unit.of(symbol, english, dimension, factor);
    ATOMS.put(symbol, u);
    for (String a : aliases) {
      ATOMS.put(a, u);
    }
    CATALOG.add(u);
    return u;
  }

  /**
   * Every unit of the catalog, without magnitudes, in catalog order.
   *
   * @return an unmodifiable list of the catalog units (元, 亩, 斤, 头只, %, 百分点 …); aliases such
   *     as 千克 are not listed separately
   */
  public static List<Unit> catalog() {
    return Collections.unmodifiableList(CATALOG);
  }

  /**
   * Reads a unit expression: a catalog symbol or alias (亩, 公斤, 千克, 度, 个百分点, %), optionally
   * after a magnitude word (万亩, 亿斤, 千公顷, 万亿元), and products and quotients of those joined
   * with '·' or '*' and '/' (公斤/亩, 万元/人, 千瓦·时). Fullwidth forms (％, ／) are accepted. The
   * empty string is {@link #ONE}.
   *
   * @param text the unit expression; surrounding whitespace is ignored; not null
   * @return the unit, with an alias read as its catalog unit (千克 gives 公斤); the same instance
   *     for the same text while it stays in the cache
   * @throws NullPointerException if {@code text} is null
   * @throws QuantityFormatException if '/' or '·' lacks a unit on one side
   * @throws UnknownUnitException if a part is not in the catalog; the message names the part and
   *     its index
   * @throws QuantityFormatException for 兆, which is ambiguous (10⁶ or 10¹²); for a text longer than
   *     100 characters or of more than 8 parts joined by '/', '·' or '*' (the message names the
   *     index and the limit)
   */
  public static Unit of(String text) {
    Objects.requireNonNull(text, "text");
    Unit cached = PARSED.get(text);
    if (cached != null) {
      return cached;
    }
    String norm = Normalizer.normalize(text);
    checkLimits(text, norm, 0, text.length());
    Unit parsed = parse(text, norm, 0, text.length());
    if (PARSED.size() < 4096) {
      PARSED.put(text, parsed);
    }
    return parsed;
  }

  /** A parsed unit segment; immutable, so safe to share through a plain array. */
  private record Segment(String text, Unit unit) {
  }

  private static final Segment[] RECENT = new Segment[256];

  /**
   * {@link #parse(String, String, int, int)} with a cache keyed by the normalised segment (the
   * result depends on nothing else), so that a parser reading "2210.6万头只" over and over builds
   * 万头只 once. A direct-mapped table of recent segments answers without allocating; behind it a
   * bounded map.
   */
  static Unit parseCached(String original, String norm, int from, int to) {
    int h = 0;
    for (int i = from; i < to; i++) {
      h = 31 * h + norm.charAt(i);
    }
    int slot = (h ^ (h >>> 8)) & (RECENT.length - 1);
    Segment recent = RECENT[slot];
    int length = to - from;
    if (recent != null && recent.text.length() == length && norm.regionMatches(from, recent.text, 0, length)) {
      return recent.unit;
    }
    String key = norm.substring(from, to);
    Unit unit = SEGMENTS.get(key);
    if (unit == null) {
      checkLimits(original, norm, from, to);
      unit = parse(original, norm, from, to);
      if (SEGMENTS.size() < 4096) {
        SEGMENTS.put(key, unit);
      }
    }
    RECENT[slot] = new Segment(key, unit);
    return unit;
  }

  /**
   * Refuses unit texts longer than {@link #MAX_UNIT_LENGTH} or of more than {@link #MAX_UNIT_PARTS}
   * parts, before {@link #parse} recurses on each '/' and '·'.
   */
  private static void checkLimits(String original, String norm, int from, int to) {
    if (to - from > MAX_UNIT_LENGTH) {
      throw new QuantityFormatException(original, from + MAX_UNIT_LENGTH, "a unit of " + (to - from)
          + " characters; at most " + MAX_UNIT_LENGTH + " are read");
    }
    int parts = 1;
    for (int i = from; i < to; i++) {
      char c = norm.charAt(i);
      if ((c == '/' || c == '·' || c == '*') && ++parts > MAX_UNIT_PARTS) {
        throw new QuantityFormatException(original, i, "a unit of more than " + MAX_UNIT_PARTS
            + " parts joined by '/' or '·'; at most " + MAX_UNIT_PARTS + " are read");
      }
    }
  }

  /** Parses {@code norm[from, to)}; errors report positions in {@code original}. */
  static Unit parse(String original, String norm, int from, int to) {
    while (from < to && Character.isWhitespace(norm.charAt(from))) {
      from++;
    }
    while (to > from && Character.isWhitespace(norm.charAt(to - 1))) {
      to--;
    }
    if (from == to) {
      return ONE;
    }
    Unit atom = ATOMS.get(norm.substring(from, to));
    if (atom != null) {
      return atom;
    }
    int slash = norm.lastIndexOf('/', to - 1);
    if (slash >= from) {
      if (slash == from || slash == to - 1) {
        throw new QuantityFormatException(original, slash, "expected a unit on both sides of '/'");
      }
      return parse(original, norm, from, slash).per(parse(original, norm, slash + 1, to));
    }
    for (int i = from; i < to; i++) {
      char c = norm.charAt(i);
      if (c == '·' || c == '*') {
        if (i == from || i == to - 1) {
          throw new QuantityFormatException(original, i, "expected a unit on both sides of '" + c + "'");
        }
        return parse(original, norm, from, i).times(parse(original, norm, i + 1, to));
      }
    }
    return simple(original, norm, from, to);
  }

  private static Unit simple(String original, String norm, int from, int to) {
    String segment = norm.substring(from, to);
    int ambiguous = segment.indexOf('兆');
    if (ambiguous >= 0) {
      throw new QuantityFormatException(original, from + ambiguous,
          "兆 is ambiguous (10⁶ as a prefix, 10¹² as a numeral); write 百万 or 万亿");
    }
    Magnitude m = Magnitude.prefixOf(norm, from);
    // Try the longest magnitude first, then shorter ones (千万亩 = 千万 + 亩; 十万人 = 十万 + 人).
    while (m != null) {
      String rest = norm.substring(from + m.word().length(), to);
      Unit atom = rest.isEmpty() ? ONE : ATOMS.get(rest);
      if (atom != null) {
        return atom.withMagnitude(m);
      }
      if (m.word().length() == 1) {
        break;
      }
      m = Magnitude.ofWord(m.word().substring(0, 1)).orElse(null);
    }
    Magnitude first = Magnitude.prefixOf(norm, from);
    int unknownAt = first != null && first.word().length() < segment.length() ? from + first.word().length() : from;
    throw new UnknownUnitException(original, unknownAt, norm.substring(unknownAt, to));
  }

  /** The catalog unit with this symbol or alias, without magnitudes, or null. */
  static Unit atomOrNull(String symbol) {
    return ATOMS.get(symbol);
  }
}
