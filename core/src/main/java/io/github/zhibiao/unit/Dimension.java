package io.github.zhibiao.unit;

import java.io.Serializable;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * What a quantity measures, as a product of base dimensions raised to integer exponents: area
 * is {@code LENGTH²}, yield is {@code MASS·LENGTH⁻²}, a percentage is dimensionless.
 *
 * <p>Besides the physical bases (LENGTH, MASS, TIME) and money, statistics count
 * things that never convert into each other, so each counted kind is a base of its own: PERSON
 * (人, 名), PERSON_TIME (人次), HOUSEHOLD (户), ENTERPRISE (家), ANIMAL (头, 只, 头只), ITEM (个),
 * EVENT (次) and one base for each other classifier (座, 处, 场, 条, 项, 所, 种, 辆, 套).
 * PERCENTAGE_POINT (百分点) is a base too, so that a difference of two rates never mixes with a
 * rate. Calendar months and years (CALENDAR_MONTH) are kept apart from TIME in seconds, since a
 * month has no fixed number of days.
 *
 * <p>Each currency is a base of its own, keyed by its ISO 4217 code ({@link #currency(String)}:
 * {@code CURRENCY_CNY}, {@code CURRENCY_USD}), so that 美元 never converts to 元 without an
 * {@link ExchangeRate}. An index (上年=100, 2015=100) has a base per reference period, and an
 * opaque unit (a label the catalog does not know) a base per label; neither converts to
 * anything but itself and its magnitudes.
 *
 * <p>Two dimensions are equal when they have the same bases with the same exponents.
 * Instances are immutable and thread-safe.
 */
public final class Dimension implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Pattern BASE_NAME = Pattern.compile("[A-Z][A-Z0-9_]*");
  private static final Pattern CURRENCY_CODE = Pattern.compile("[A-Z]{3}");
  private static final String CURRENCY_PREFIX = "CURRENCY_";
  /** Opaque bases are quoted labels, a form {@link #base} refuses, so no named base can equal one. */
  private static final char OPAQUE_QUOTE = '"';

  /** The dimension of pure numbers and ratios (%, ‰, 成). */
  public static final Dimension NONE = new Dimension(new TreeMap<>());
  /** Length (米, 公里). */
  public static final Dimension LENGTH = base("LENGTH");
  /** Mass (斤, 公斤, 吨). */
  public static final Dimension MASS = base("MASS");
  /** Time in seconds (天, 小时). */
  public static final Dimension TIME = base("TIME");
  /** Calendar months (月; 年 = 12 月). */
  public static final Dimension CALENDAR_MONTH = base("CALENDAR_MONTH");
  /** Money in renminbi (元, CNY): {@code currency("CNY")}. Other currencies are {@link #currency}. */
  public static final Dimension CURRENCY = base(CURRENCY_PREFIX + "CNY");
  /** Persons (人, 名). */
  public static final Dimension PERSON = base("PERSON");
  /** Person-times, occurrences counted per person (人次). */
  public static final Dimension PERSON_TIME = base("PERSON_TIME");
  /** Households (户). */
  public static final Dimension HOUSEHOLD = base("HOUSEHOLD");
  /** Enterprises and institutions counted with 家. */
  public static final Dimension ENTERPRISE = base("ENTERPRISE");
  /** Animals (头, 只, 头只). */
  public static final Dimension ANIMAL = base("ANIMAL");
  /** Generic items (个). */
  public static final Dimension ITEM = base("ITEM");
  /** Occurrences (次). */
  public static final Dimension EVENT = base("EVENT");
  /** Differences of two rates (百分点). */
  public static final Dimension PERCENTAGE_POINT = base("PERCENTAGE_POINT");
  /** Area, {@code LENGTH²}. */
  public static final Dimension AREA = LENGTH.pow(2);
  /** Volume, {@code LENGTH³}. */
  public static final Dimension VOLUME = LENGTH.pow(3);
  /** Energy, {@code MASS·LENGTH²·TIME⁻²}. */
  public static final Dimension ENERGY = MASS.times(LENGTH.pow(2)).times(TIME.pow(-2));
  /** Power, {@code MASS·LENGTH²·TIME⁻³}. */
  public static final Dimension POWER = ENERGY.times(TIME.pow(-1));

  /** The base names and their non-zero exponents, in name order; empty for {@link #NONE}. @serial */
  private final TreeMap<String, Integer> exponents;

  private Dimension(TreeMap<String, Integer> exponents) {
    this.exponents = exponents;
  }

  /**
   * A base dimension of its own, such as {@code STRUCTURE} for things counted with 座.
   *
   * @param name upper-case letters, digits and underscores, starting with a letter
   * @return a dimension with the one base {@code name} at exponent 1; equal to every other base
   *     dimension of that name, so two libraries defining {@code STRUCTURE} agree
   * @throws NullPointerException if {@code name} is null
   * @throws IllegalArgumentException if the name is not of that form
   */
  public static Dimension base(String name) {
    Objects.requireNonNull(name, "name");
    if (!BASE_NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "base dimension name '" + name + "' must be upper-case letters, digits and underscores");
    }
    TreeMap<String, Integer> map = new TreeMap<>();
    map.put(name, 1);
    return new Dimension(map);
  }

  /**
   * The dimension of money in one currency.
   *
   * @param isoCode the ISO 4217 alphabetic code, three upper-case letters: {@code CNY},
   *     {@code USD}, {@code EUR}
   * @return the base dimension {@code CURRENCY_<code>}; {@code currency("CNY")} equals {@link
   *     #CURRENCY}
   * @throws NullPointerException if {@code isoCode} is null
   * @throws IllegalArgumentException if the code is not three upper-case letters
   */
  public static Dimension currency(String isoCode) {
    Objects.requireNonNull(isoCode, "isoCode");
    if (!CURRENCY_CODE.matcher(isoCode).matches()) {
      throw new IllegalArgumentException(
          "currency code '" + isoCode + "' must be an ISO 4217 code of three upper-case letters");
    }
    return base(CURRENCY_PREFIX + isoCode);
  }

  /**
   * The currency of a dimension of money.
   *
   * @return the ISO 4217 code when this dimension is exactly one currency to the first power
   *     ({@code CNY} for 元 and 亿元), empty for every other dimension (元/人 included)
   */
  public Optional<String> currencyCode() {
    if (exponents.size() != 1) {
      return Optional.empty();
    }
    Map.Entry<String, Integer> e = exponents.firstEntry();
    return e.getValue() == 1 && e.getKey().startsWith(CURRENCY_PREFIX)
        ? Optional.of(e.getKey().substring(CURRENCY_PREFIX.length()))
        : Optional.empty();
  }

  /** The exponent of one base, 0 when absent. */
  int exponentOf(String base) {
    return exponents.getOrDefault(base, 0);
  }

  /** This dimension with base {@code from} renamed {@code to}, exponents kept. */
  Dimension rename(String from, String to) {
    TreeMap<String, Integer> map = new TreeMap<>(exponents);
    Integer e = map.remove(from);
    if (e != null) {
      map.merge(to, e, Integer::sum);
      map.values().removeIf(v -> v == 0);
    }
    return new Dimension(map);
  }

  /** The base name of a currency's dimension. */
  static String currencyBase(String isoCode) {
    return CURRENCY_PREFIX + isoCode;
  }

  /** Whether some base of this dimension is a currency. */
  boolean hasCurrency() {
    for (String k : exponents.keySet()) {
      if (k.startsWith(CURRENCY_PREFIX)) {
        return true;
      }
    }
    return false;
  }

  /** The dimension of an opaque unit: one base named by its quoted label. */
  static Dimension opaque(String label) {
    TreeMap<String, Integer> map = new TreeMap<>();
    map.put(OPAQUE_QUOTE + label + OPAQUE_QUOTE, 1);
    return new Dimension(map);
  }

  /**
   * Whether this is the dimension of an opaque unit (see {@link Unit#opaque(String)}).
   *
   * @return true when the one base is an opaque label; false for every catalog dimension
   */
  public boolean isOpaque() {
    return exponents.size() == 1 && exponents.firstKey().charAt(0) == OPAQUE_QUOTE;
  }

  /**
   * The product of two dimensions: exponents add.
   *
   * @param other the other factor; not null
   * @return the product, bases whose exponents cancel to 0 dropped ({@code MASS·LENGTH⁻²} times
   *     {@code LENGTH²} is {@code MASS})
   */
  public Dimension times(Dimension other) {
    TreeMap<String, Integer> map = new TreeMap<>(exponents);
    other.exponents.forEach((k, v) -> map.merge(k, v, Integer::sum));
    map.values().removeIf(v -> v == 0);
    return new Dimension(map);
  }

  /**
   * The quotient of two dimensions: exponents subtract.
   *
   * @param other the divisor; not null
   * @return the quotient, e.g. {@code MASS·LENGTH⁻²} for 公斤/亩; {@link #NONE}-equal when both
   *     are equal
   */
  public Dimension per(Dimension other) {
    return times(other.pow(-1));
  }

  /**
   * This dimension raised to an integer power.
   *
   * @param exponent the power, which may be negative; 0 gives a dimension equal to {@link #NONE}
   * @return the dimension with every exponent multiplied by {@code exponent}
   */
  public Dimension pow(int exponent) {
    TreeMap<String, Integer> map = new TreeMap<>();
    if (exponent != 0) {
      exponents.forEach((k, v) -> map.put(k, v * exponent));
    }
    return new Dimension(map);
  }

  /**
   * Whether this is the dimension of pure numbers.
   *
   * @return true for %, ‰, 成 and other ratios; false for every dimension with a base
   *     (百分点 included)
   */
  public boolean isNone() {
    return exponents.isEmpty();
  }

  /**
   * The bases and their exponents, in name order.
   *
   * @return an unmodifiable view mapping base names to non-zero exponents ({@code LENGTH → 2}
   *     for area); empty for {@link #NONE}
   */
  public Map<String, Integer> exponents() {
    return java.util.Collections.unmodifiableMap(exponents);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Dimension d && exponents.equals(d.exponents);
  }

  @Override
  public int hashCode() {
    return exponents.hashCode();
  }

  /** {@code PERSON}, {@code LENGTH²}, {@code LENGTH⁻²·MASS}; {@code NONE} for pure numbers. */
  @Override
  public String toString() {
    if (exponents.isEmpty()) {
      return "NONE";
    }
    StringBuilder sb = new StringBuilder();
    exponents.forEach(
        (k, v) -> {
          if (sb.length() > 0) {
            sb.append('·');
          }
          sb.append(k);
          if (v != 1) {
            sb.append(superscript(v));
          }
        });
    return sb.toString();
  }

  private static String superscript(int v) {
    String digits = Integer.toString(v);
    StringBuilder sb = new StringBuilder();
    for (char c : digits.toCharArray()) {
      sb.append(c == '-' ? '⁻' : "⁰¹²³⁴⁵⁶⁷⁸⁹".charAt(c - '0'));
    }
    return sb.toString();
  }
}
