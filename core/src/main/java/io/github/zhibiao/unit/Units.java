package io.github.zhibiao.unit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The built-in units and {@link #of(String)}, which reads unit expressions such as 万亩, 亿斤,
 * 万头只, 千公顷, 万元/人, 公斤/亩, 亿美元 and 微克/立方米 with the {@linkplain UnitCatalog#builtIn()
 * built-in catalog}.
 *
 * <p>Factors are exact, from the 1929 and 1959 definitions of the 市制 and the legal SI units:
 * 1 亩 = 2000/3 m², 1 公顷 = 15 亩, 1 斤 = 1/2 kg, 1 两 = 1/20 kg (since 1959), 1 吨 = 1000 kg.
 * 头, 只, 头只, 羽 and 匹 count animals 1:1. 人 and 名 count persons; 人次 counts person-times and
 * never converts to 人; 户, 家, 个, 座, 处, 场, 条, 项, 所, 种, 辆, 套, 件, 台, 张, 株, 辆次, 班, 架次,
 * 艘次, 标准箱, 份, 笔 and 次 are each a kind of their own. %, ‰ and 成 are dimensionless ratios;
 * 百分点 (a difference of two rates) is not, nor is an index ({@link #INDEX}, {@link #index}).
 *
 * <p>Currencies are dimensions of their own, keyed by ISO 4217 (元 = CNY, 美元 = USD …; {@link
 * #currency(String)} gives every other code); they convert into each other only with an {@link
 * ExchangeRate}. 吨标准煤 and ℃ are dimensions of their own too.
 *
 * <p>To read units of your own, add them to a catalog with {@link UnitCatalog#with}.
 */
public final class Units {
  private Units() {}

  private static final Map<String, Unit> ATOMS = new LinkedHashMap<>();
  /** How a unit field writes {@link #ONE}: the unit one. */
  static final String ONE_LABEL = "1";
  private static final List<Unit> CATALOG = new ArrayList<>();
  private static final ConcurrentHashMap<String, Unit> CURRENCIES = new ConcurrentHashMap<>();
  private static final Map<String, Unit> NAMED_CURRENCIES = new HashMap<>();
  private static final Pattern INDEX_TEXT =
      Pattern.compile("\\s*(?:[Ii][Nn][Dd][Ee][Xx]|指数)?[\\s,:(]*([^=()]+?)\\s*=\\s*100\\s*\\)?\\s*");
  private static final Pattern INDEX_YEAR = Pattern.compile("([12][0-9]{3})年?");
  /** Index bases in words: the written forms, the canonical form, the key, the English. */
  private static final String[][] INDEX_BASES = {
    {"上年", "上年", "PREVIOUS_YEAR", "previous year"},
    {"previous year", "上年", "PREVIOUS_YEAR", "previous year"},
    {"上年同期", "上年同期", "SAME_PERIOD_PREVIOUS_YEAR", "same period of the previous year"},
    {"上年同月", "上年同月", "SAME_MONTH_PREVIOUS_YEAR", "same month of the previous year"},
    {"上年同季", "上年同季", "SAME_QUARTER_PREVIOUS_YEAR", "same quarter of the previous year"},
    {"上月", "上月", "PREVIOUS_MONTH", "previous month"},
    {"上季", "上季", "PREVIOUS_QUARTER", "previous quarter"},
    {"上季度", "上季", "PREVIOUS_QUARTER", "previous quarter"},
  };

  /** The unit of pure numbers, with the empty symbol: "十一" parses to 11 of it. */
  public static final Unit ONE = Unit.dimensionless();

  static {
    ATOMS.put(ONE_LABEL, ONE); // the unit one, as a unit field writes a pure number
  }
  /** %, one hundredth; also per cent, percent, percentage. */
  public static final Unit PERCENT = atom("%", "percent", Dimension.NONE, Rational.of(1, 100), "百分比",
      "per cent", "percent", "percentage", "pct");
  /** ‰, one thousandth. */
  public static final Unit PER_MILLE = atom("‰", "per mille", Dimension.NONE, Rational.of(1, 1000), "千分比",
      "per mille", "per thousand", "per 1000", "per 1 000");
  /** 成, one tenth: 7成 is 70%. */
  public static final Unit TENTH = atom("成", "tenths", Dimension.NONE, Rational.of(1, 10));
  /** 百分点, a percentage point: the difference of two rates in %. Never converts to %. */
  public static final Unit PERCENTAGE_POINT =
      atom("百分点", "percentage points", Dimension.PERCENTAGE_POINT, Rational.of(1, 100), "个百分点", "pp");

  /** 元, yuan renminbi (CNY); also 人民币, CNY, RMB. */
  public static final Unit YUAN = currency("元", "yuan", "CNY", "人民币元", "人民币", "RMB", "renminbi", "Yuan Renminbi");
  /** 美元, US dollar (USD); also $ and US$. */
  public static final Unit US_DOLLAR = currency("美元", "US dollars", "USD", "$", "US$", "US dollar", "US dollars",
      "United States dollar", "United States dollars");
  /** 欧元, euro (EUR); also €. */
  public static final Unit EURO = currency("欧元", "euros", "EUR", "€", "euro", "euros");
  /** 港元, Hong Kong dollar (HKD); also 港币 and HK$. */
  public static final Unit HONG_KONG_DOLLAR =
      currency("港元", "Hong Kong dollars", "HKD", "港币", "HK$", "Hong Kong dollar", "Hong Kong dollars");
  /** 澳门元, pataca (MOP); also 澳门币. Not 澳元, which is the Australian dollar. */
  public static final Unit PATACA = currency("澳门元", "patacas", "MOP", "澳门币", "pataca", "patacas");
  /** 新台币, New Taiwan dollar (TWD); also 台币 and NT$. */
  public static final Unit NEW_TAIWAN_DOLLAR =
      currency("新台币", "New Taiwan dollars", "TWD", "台币", "NT$", "New Taiwan dollar", "New Taiwan dollars");
  /** 日元, yen (JPY). */
  public static final Unit YEN = currency("日元", "yen", "JPY", "円", "yen", "Japanese yen");
  /** 英镑, pound sterling (GBP); also £. */
  public static final Unit POUND_STERLING = currency("英镑", "pounds sterling", "GBP", "£", "pound sterling", "pounds sterling");
  /** 韩元, won (KRW); also ₩. */
  public static final Unit WON = currency("韩元", "won", "KRW", "₩", "won");
  /** 澳元, Australian dollar (AUD). */
  public static final Unit AUSTRALIAN_DOLLAR = currency("澳元", "Australian dollars", "AUD", "澳大利亚元");
  /** 加元, Canadian dollar (CAD). */
  public static final Unit CANADIAN_DOLLAR = currency("加元", "Canadian dollars", "CAD", "加拿大元");
  /** 瑞士法郎, Swiss franc (CHF). */
  public static final Unit SWISS_FRANC = currency("瑞士法郎", "Swiss francs", "CHF", "Swiss franc", "Swiss francs");
  /** 卢布, Russian rouble (RUB). */
  public static final Unit ROUBLE = currency("卢布", "roubles", "RUB", "俄罗斯卢布");
  /** 新加坡元, Singapore dollar (SGD). */
  public static final Unit SINGAPORE_DOLLAR = currency("新加坡元", "Singapore dollars", "SGD");
  /** 特别提款权, the IMF's special drawing right (XDR). */
  public static final Unit SPECIAL_DRAWING_RIGHT = currency("特别提款权", "SDR", "XDR", "SDR");

  /** 平方米, square metre. */
  public static final Unit SQUARE_METRE = atom("平方米", "square metres", Dimension.AREA, Rational.ONE, "m²", "㎡", "m2");
  /** 亩 (市亩), 2000/3 m². */
  public static final Unit MU = atom("亩", "mu", Dimension.AREA, Rational.of(2000, 3), "市亩");
  /** 公顷, hectare, 10⁴ m² = 15 亩. */
  public static final Unit HECTARE = atom("公顷", "hectares", Dimension.AREA, Rational.of(10_000), "hm²", "ha",
      "hectare", "hectares");
  /** 平方公里, square kilometre. */
  public static final Unit SQUARE_KILOMETRE =
      atom("平方公里", "square kilometres", Dimension.AREA, Rational.of(1_000_000), "平方千米", "km²", "km2");

  /** 微克, microgram, 10⁻⁹ kg. */
  public static final Unit MICROGRAM = atom("微克", "micrograms", Dimension.MASS, Rational.of(1, 1_000_000_000), "μg", "µg", "ug", "microgram", "micrograms");
  /** 毫克, milligram, 10⁻⁶ kg. */
  public static final Unit MILLIGRAM = atom("毫克", "milligrams", Dimension.MASS, Rational.of(1, 1_000_000), "mg", "milligram", "milligrams");
  /** 克, gram. */
  public static final Unit GRAM = atom("克", "grams", Dimension.MASS, Rational.of(1, 1000), "g");
  /** 两 (市两), 1/20 kg since 1959. */
  public static final Unit LIANG = atom("两", "liang", Dimension.MASS, Rational.of(1, 20), "市两");
  /** 斤 (市斤), 1/2 kg. */
  public static final Unit JIN = atom("斤", "jin", Dimension.MASS, Rational.of(1, 2), "市斤");
  /** 公斤 (千克), kilogram. */
  public static final Unit KILOGRAM = atom("公斤", "kilograms", Dimension.MASS, Rational.ONE, "千克", "kg", "kilogram", "kilograms");
  /** 吨, tonne. */
  public static final Unit TONNE = atom("吨", "tonnes", Dimension.MASS, Rational.of(1000), "公吨", "t", "tonne", "tonnes", "metric tons");

  /** 米, metre. */
  public static final Unit METRE = atom("米", "metres", Dimension.LENGTH, Rational.ONE, "m");
  /** 公里 (千米), kilometre. */
  public static final Unit KILOMETRE = atom("公里", "kilometres", Dimension.LENGTH, Rational.of(1000), "千米", "km");
  /** 立方米, cubic metre. */
  public static final Unit CUBIC_METRE = atom("立方米", "cubic metres", Dimension.VOLUME, Rational.ONE, "m³", "m3");
  /** 升, litre, 10⁻³ m³. */
  public static final Unit LITRE = atom("升", "litres", Dimension.VOLUME, Rational.of(1, 1000), "L", "公升");
  /** 毫升, millilitre, 10⁻⁶ m³. */
  public static final Unit MILLILITRE = atom("毫升", "millilitres", Dimension.VOLUME, Rational.of(1, 1_000_000), "mL", "ml");

  /** 千瓦, kilowatt. */
  public static final Unit KILOWATT = atom("千瓦", "kilowatts", Dimension.POWER, Rational.of(1000), "kW");
  /** 千瓦时 (度), kilowatt-hour, 3.6 × 10⁶ J. */
  public static final Unit KILOWATT_HOUR =
      atom("千瓦时", "kilowatt-hours", Dimension.ENERGY, Rational.of(3_600_000), "度", "kWh");
  /** 兆瓦, megawatt: 兆 here is the SI prefix 10⁶, without doubt. */
  public static final Unit MEGAWATT = atom("兆瓦", "megawatts", Dimension.POWER, Rational.of(1_000_000), "MW");
  /** 兆瓦时, megawatt-hour. */
  public static final Unit MEGAWATT_HOUR =
      atom("兆瓦时", "megawatt-hours", Dimension.ENERGY, Rational.of(3_600_000_000L), "MWh");
  /**
   * 吨标准煤, tonne of standard coal equivalent (tce), its own dimension: converting it to joules
   * or kilowatt-hours takes a calorific convention that the caller chooses.
   */
  public static final Unit TONNE_COAL_EQUIVALENT =
      atom("吨标准煤", "tonnes of standard coal equivalent", Dimension.base("COAL_EQUIVALENT"), Rational.of(1000),
          "吨标煤", "tce");
  /** 千克标准煤, kilogram of standard coal equivalent (kgce). */
  public static final Unit KILOGRAM_COAL_EQUIVALENT =
      atom("千克标准煤", "kilograms of standard coal equivalent", Dimension.base("COAL_EQUIVALENT"), Rational.ONE,
          "公斤标准煤", "千克标煤", "kgce");
  /** 吨公里, tonne-kilometre of freight turnover (亿吨公里 with a magnitude). */
  public static final Unit TONNE_KILOMETRE =
      atom("吨公里", "tonne-kilometres", Dimension.MASS.times(Dimension.LENGTH), Rational.of(1_000_000), "吨千米", "tkm", "t-km");
  /** 人公里, passenger-kilometre of passenger turnover. */
  public static final Unit PERSON_KILOMETRE =
      atom("人公里", "passenger-kilometres", Dimension.PERSON.times(Dimension.LENGTH), Rational.of(1000), "人千米",
          "pkm", "passenger-km");
  /** ℃, degree Celsius, its own dimension: temperatures do not scale, so it converts only to itself. */
  public static final Unit DEGREE_CELSIUS = atom("℃", "degrees Celsius", Dimension.base("CELSIUS"), Rational.ONE, "°C", "摄氏度");

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
  /** 羽, head of poultry (百羽, 万羽). */
  public static final Unit YU = atom("羽", "head of poultry", Dimension.ANIMAL, Rational.ONE);
  /** 匹, head of horses, donkeys and mules. */
  public static final Unit PI = atom("匹", "head of equines", Dimension.ANIMAL, Rational.ONE);

  /** 人, persons; also person, persons, people. */
  public static final Unit PERSON = atom("人", "persons", Dimension.PERSON, Rational.ONE, "person", "persons", "people",
      "inhabitant", "inhabitants");
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
  /** 班, scheduled services (buses, trains, flights). */
  public static final Unit BAN = counted("班", "scheduled services", "SERVICE");
  /** 架次, flights (aircraft movements). */
  public static final Unit FLIGHT = counted("架次", "flights", "FLIGHT");
  /** 艘次, vessel calls. */
  public static final Unit VESSEL_CALL = counted("艘次", "vessel calls", "VESSEL_CALL");
  /** 标准箱, twenty-foot equivalent unit of container throughput (TEU). */
  public static final Unit TEU = atom("标准箱", "TEU", Dimension.base("TEU"), Rational.ONE, "TEU", "TEUs");
  /** 份, copies and portions (newspapers, policies). */
  public static final Unit FEN = counted("份", "copies", "COPY");
  /** 笔, transactions (loans, payments). */
  public static final Unit BI = counted("笔", "transactions", "TRANSACTION");
  /** A count of things the label does not name: number, units (as offices publish counts). */
  public static final Unit NUMBER = atom("number", "number", Dimension.base("COUNT"), Rational.ONE, "units", "numbers");
  /**
   * 指数, an index without a stated base; dimensionless in meaning, but never convertible to %
   * nor to an index of another base (see {@link #index(String)}).
   */
  public static final Unit INDEX = atom("指数", "index", Dimension.base("INDEX"), Rational.ONE, "index", "index points");
  /**
   * 未注明, a unit that the source does not state: what readers give for an empty unit where
   * their documentation says so, rather than a pure number. Converts only to itself.
   */
  public static final Unit NOT_STATED = atom("未注明", "unit not stated", Dimension.base("NOT_STATED"), Rational.ONE);
  /** 次, occurrences. */
  public static final Unit CI = atom("次", "times", Dimension.EVENT, Rational.ONE);

  private static Unit counted(String symbol, String english, String base) {
    return atom(symbol, english, Dimension.base(base), Rational.ONE);
  }

  private static Unit currency(String symbol, String english, String code, String... aliases) {
    String[] names = new String[aliases.length + 1];
    names[0] = code;
    System.arraycopy(aliases, 0, names, 1, aliases.length);
    Unit u = atom(symbol, english, Dimension.currency(code), Rational.ONE, names);
    NAMED_CURRENCIES.put(code, u);
    return u;
  }

  private static Unit atom(String symbol, String english, Dimension dimension, Rational factor, String... aliases) {
    Unit u = Unit.of(symbol, english, dimension, factor);
    ATOMS.put(Normalizer.normalize(symbol), u);
    for (String a : aliases) {
      ATOMS.put(Normalizer.normalize(a), u);
    }
    CATALOG.add(u);
    return u;
  }

  /** The built-in names, for {@link UnitCatalog#builtIn()}. */
  static Map<String, Unit> builtInNames() {
    return ATOMS;
  }

  /** The built-in units, for {@link UnitCatalog#builtIn()}. */
  static List<Unit> builtInUnits() {
    return CATALOG;
  }

  /**
   * Every unit of the built-in catalog, without magnitudes, in catalog order.
   *
   * @return an unmodifiable list of the catalog units (元, 亩, 斤, 头只, %, 百分点 …); aliases such
   *     as 千克 are not listed separately
   */
  public static List<Unit> catalog() {
    return UnitCatalog.builtIn().units();
  }

  /**
   * Reads a unit expression with the built-in catalog: {@code UnitCatalog.builtIn().parse(text)}.
   * A catalog symbol or alias (亩, 公斤, 千克, 度, 个百分点, %, persons, $), optionally after a
   * magnitude word (万亩, 亿斤, 千公顷, 万亿元, 亿美元), and products and quotients of those joined
   * with '·' or '*' and '/' (公斤/亩, 万元/人, 千瓦·时, 微克/立方米); an index with its base (上年=100).
   * Fullwidth forms (％, ／) are accepted. The empty string is {@link #ONE}.
   *
   * @param text the unit expression; surrounding whitespace is ignored; not null
   * @return the unit, with an alias read as its catalog unit (千克 gives 公斤); the same instance
   *     for the same text while it stays in the cache
   * @throws NullPointerException if {@code text} is null
   * @throws QuantityFormatException if '/' or '·' lacks a unit on one side, if the text passes the
   *     limits of {@link UnitCatalog}, or for 兆 outside 兆瓦 and 兆瓦时, which is ambiguous (10⁶ or
   *     10¹²)
   * @throws UnknownUnitException if a part is not in the catalog; the message names the part and
   *     its index
   */
  public static Unit of(String text) {
    return UnitCatalog.builtIn().parse(text);
  }

  /**
   * The unit of a currency, by its ISO 4217 code.
   *
   * @param isoCode the alphabetic code, such as {@code USD} or {@code CHF}
   * @return the catalog's unit for a currency it names (美元 for {@code USD}, 元 for {@code CNY}),
   *     otherwise a unit with the code as symbol and the currency's English name from the JDK's
   *     ISO 4217 table; the same instance for the same code
   * @throws NullPointerException if {@code isoCode} is null
   * @throws IllegalArgumentException if the code is not an ISO 4217 currency code
   */
  public static Unit currency(String isoCode) {
    Objects.requireNonNull(isoCode, "isoCode");
    Unit named = NAMED_CURRENCIES.get(isoCode);
    if (named != null) {
      return named;
    }
    if (!isCurrencyCode(isoCode)) {
      throw new IllegalArgumentException("'" + isoCode + "' is not an ISO 4217 currency code");
    }
    return CURRENCIES.computeIfAbsent(isoCode, code -> Unit.of(code,
        java.util.Currency.getInstance(code).getDisplayName(Locale.ENGLISH), Dimension.currency(code), Rational.ONE));
  }

  /** Whether {@code code} is three upper-case letters that the JDK's ISO 4217 table knows. */
  static boolean isCurrencyCode(String code) {
    if (code.length() != 3) {
      return false;
    }
    for (int i = 0; i < 3; i++) {
      char c = code.charAt(i);
      if (c < 'A' || c > 'Z') {
        return false;
      }
    }
    try {
      java.util.Currency.getInstance(code);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /**
   * An index with its base, as the NBS and offices abroad publish them: 上年=100, 上年同月=100,
   * 上年同期=100, 上月=100, 上季=100, 2015=100. Two indices convert (1:1) only when their bases agree;
   * an index never converts to % or to a pure number.
   *
   * @param base the reference: 上年, 上年同期, 上年同月, 上年同季, 上月, 上季 (or 上季度), previous year,
   *     or a year such as {@code 2015} or {@code 2015年}
   * @return the index unit, with symbol {@code base=100} in canonical form ({@code 上季=100},
   *     {@code 2015=100})
   * @throws NullPointerException if {@code base} is null
   * @throws QuantityFormatException if the base is none of those
   */
  public static Unit index(String base) {
    Objects.requireNonNull(base, "base");
    Unit u = indexOrNull(Normalizer.normalize(base).strip());
    if (u == null) {
      throw new QuantityFormatException(base, 0, "unknown index base '" + base
          + "'; expected 上年, 上年同期, 上年同月, 上年同季, 上月, 上季 or a year such as 2015");
    }
    return u;
  }

  private static final ConcurrentHashMap<String, Unit> INDICES = new ConcurrentHashMap<>();

  private static Unit indexOrNull(String base) {
    Matcher year = INDEX_YEAR.matcher(base);
    if (year.matches()) {
      String y = year.group(1);
      return INDICES.computeIfAbsent(y, k -> Unit.of(k + "=100", "index (" + k + " = 100)",
          Dimension.base("INDEX_Y" + k), Rational.ONE));
    }
    for (String[] b : INDEX_BASES) {
      if (b[0].equalsIgnoreCase(base)) {
        return INDICES.computeIfAbsent(b[1], k -> Unit.of(k + "=100", "index (" + b[3] + " = 100)",
            Dimension.base("INDEX_" + b[2]), Rational.ONE));
      }
    }
    return null;
  }

  /** Reads {@code norm[from, to)} as an index with its base; errors report positions in {@code original}. */
  static Unit index(String original, String norm, int from, int to) {
    Matcher m = INDEX_TEXT.matcher(norm).region(from, to);
    if (m.matches()) {
      Unit u = indexOrNull(m.group(1).strip());
      if (u != null) {
        return u;
      }
      throw new QuantityFormatException(original, m.start(1), "unknown index base '" + m.group(1).strip()
          + "'; expected 上年, 上年同期, 上年同月, 上年同季, 上月, 上季 or a year such as 2015");
    }
    throw new QuantityFormatException(original, norm.indexOf('=', from),
        "expected an index base written as base=100, such as 上年=100 or 2015=100");
  }

  /** The built-in unit with this normalised symbol or alias, without magnitudes, or null. */
  static Unit atomOrNull(String symbol) {
    return ATOMS.get(symbol);
  }
}
