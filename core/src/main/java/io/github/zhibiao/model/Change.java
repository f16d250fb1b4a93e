package io.github.zhibiao.model;

import io.github.zhibiao.ZhibiaoException;

import io.github.zhibiao.unit.Dimension;
import io.github.zhibiao.unit.Quantity;
import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;

/**
 * A change a report states beside a level: 同比增长5.82% (a rate), 提高7.5个百分点 (a difference of
 * rates, in 百分点), 比近5年平均高6.31亿斤 (an absolute difference), with what it is measured
 * against.
 *
 * <p>The amount is signed: 下降0.28% is {@code -0.28%}. Its kind follows from its unit:
 * dimensionless (%, ‰) is a {@link Kind#RATE}, 百分点 is {@link Kind#POINTS}, anything else is
 * {@link Kind#ABSOLUTE}. Immutable; equality is by amount (scale-blind), basis and reference.
 */
public final class Change implements Serializable {
  private static final long serialVersionUID = 1L;

  /** What the amount of a change is. */
  public enum Kind {
    /** A growth rate, in % (or ‰). */
    RATE,
    /** A difference of two rates, in 百分点. */
    POINTS,
    /** A difference in the level's own dimension. */
    ABSOLUTE
  }

  /** What a change is measured against. */
  public enum Basis {
    /** The same period a year earlier: 同比, 比上年, 与上年同期相比. */
    YEAR_ON_YEAR,
    /** The preceding period: 环比. */
    PREVIOUS_PERIOD,
    /** A named reference: 近5年平均, 考核要求, 全区平均. */
    REFERENCE
  }

  /**
   * The one vocabulary of change bases: the words that say "against the same period a year
   * earlier" (同比, 比上年, 去年同期 …) and "against the preceding period" (环比, 比上月 …), as
   * reports, CSV and JSON write them. ASCII words are compared in any case.
   */
  private static final java.util.Map<String, Basis> BASIS_WORDS = basisWords();
  /** 与上年同期相比, 与2022年同期相比, 与去年同期相比. */
  private static final java.util.regex.Pattern SAME_PERIOD_OF =
      java.util.regex.Pattern.compile("与(上年|去年|\\d{4}年)同期相比");
  /**
   * What reads as a named reference without the caller's say-so: averages, levels, requirements,
   * targets and plans (近5年平均, 全区平均水平, 考核要求, 年度目标, 计划), the whole country or
   * province (全国, 全区), a stated year (2019年, 2019年同期), and their English counterparts.
   */
  private static final java.util.regex.Pattern REFERENCE_NAME = java.util.regex.Pattern.compile(
      ".*(?:平均|平均值|平均水平|均值|水平|要求|目标|目标值|计划|计划数|任务|预期|标准|基数|峰值|预算|预算数)"
          + "|全国|全省|全区|全市|全盟|全州|全县|全自治区|全地区"
          + "|\\d{4}年(?:同期|末|底)?"
          + "|(?i:.*\\b(?:average|mean|target|plan|benchmark|baseline|requirement|level))");

  private static java.util.Map<String, Basis> basisWords() {
    java.util.Map<String, Basis> m = new java.util.HashMap<>();
    for (String w : new String[] {"YEAR_ON_YEAR", "同比", "比上年", "上年", "比上年同期", "较上年", "较上年同期", "比去年",
        "比去年同期", "较去年", "较去年同期", "与上年相比", "与去年相比", "去年", "上年同期", "去年同期", "同期", "Y/Y", "YOY",
        "YEAR-ON-YEAR", "YEAR ON YEAR"}) {
      m.put(w, Basis.YEAR_ON_YEAR);
    }
    for (String w : new String[] {"PREVIOUS_PERIOD", "环比", "比上月", "较上月", "上月", "比上季度", "较上季度", "上季度",
        "比上期", "较上期", "上期", "M/M", "Q/Q", "MOM", "QOQ", "PERIOD-ON-PERIOD", "PERIOD ON PERIOD"}) {
      m.put(w, Basis.PREVIOUS_PERIOD);
    }
    return java.util.Map.copyOf(m);
  }

  private final Quantity amount;
  private final Basis basis;
  private final String reference; // null unless basis is REFERENCE

  private Change(Quantity amount, Basis basis, String reference) {
    this.amount = amount;
    this.basis = basis;
    this.reference = reference;
  }

  /**
   * A change against the same period a year earlier (同比 / 比上年).
   *
   * @param amount the signed change: a rate in % (同比增长5.82%), a difference of rates in 百分点,
   *     or an absolute quantity in the level's dimension
   * @return a change with basis {@link Basis#YEAR_ON_YEAR}
   * @throws NullPointerException if {@code amount} is null
   */
  public static Change yearOnYear(Quantity amount) {
    return new Change(Objects.requireNonNull(amount, "amount"), Basis.YEAR_ON_YEAR, null);
  }

  /**
   * A change against the preceding period (环比).
   *
   * @param amount the signed change: a rate in % (环比下降0.3%), a difference of rates in 百分点, or
   *     an absolute quantity in the level's dimension
   * @return a change with basis {@link Basis#PREVIOUS_PERIOD}
   * @throws NullPointerException if {@code amount} is null
   */
  public static Change previousPeriod(Quantity amount) {
    return new Change(Objects.requireNonNull(amount, "amount"), Basis.PREVIOUS_PERIOD, null);
  }

  /**
   * A change against a named reference: {@code Change.against(6.31亿斤, "近5年平均")}.
   *
   * @param amount the signed change: a rate in %, a difference of rates in 百分点, or an absolute
   *     quantity in the level's dimension (比近5年平均高6.31亿斤)
   * @param reference what the change is measured against, such as 近5年平均, 考核要求 or 全区平均;
   *     stored without leading and trailing white space
   * @return a change with basis {@link Basis#REFERENCE} and the stripped reference
   * @throws NullPointerException if {@code amount} or {@code reference} is null
   * @throws IllegalArgumentException if the reference is blank
   */
  public static Change against(Quantity amount, String reference) {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(reference, "reference");
    if (reference.isBlank()) {
      throw new IllegalArgumentException("change reference must not be blank");
    }
    return new Change(amount, Basis.REFERENCE, reference.strip());
  }

  /**
   * The basis a word of the vocabulary names.
   *
   * @param word the basis as a report, CSV or JSON writes it: {@code YEAR_ON_YEAR} (any case), 同比,
   *     比上年, 较上年, 比去年同期, 去年同期, 与上年同期相比, 与2022年同期相比, y/y; {@code
   *     PREVIOUS_PERIOD}, 环比, 比上月, 上期, m/m; surrounding white space is ignored
   * @return the basis, or empty if the word is not in the vocabulary (a reference or a mistake)
   * @throws NullPointerException if {@code word} is null
   */
  public static Optional<Basis> basisOf(String word) {
    String b = word.strip();
    Basis basis = BASIS_WORDS.get(isAscii(b) ? b.toUpperCase(java.util.Locale.ROOT) : b);
    if (basis == null && SAME_PERIOD_OF.matcher(b).matches()) {
      basis = Basis.YEAR_ON_YEAR;
    }
    return Optional.ofNullable(basis);
  }

  /**
   * Whether text reads as a named reference by the vocabulary alone: an average, level,
   * requirement, target or plan (近5年平均, 全区平均水平, 考核要求, 年度目标), the whole country or
   * province (全国, 全区), a year (2019年), or their English counterparts ("national average").
   *
   * @param text the reference, surrounding white space ignored; not null
   * @return true if it is such a reference
   */
  public static boolean isReferenceName(String text) {
    String t = text.strip();
    return !t.isEmpty() && basisOf(t).isEmpty() && REFERENCE_NAME.matcher(t).matches();
  }

  /**
   * A change with its basis read from text: a word of the vocabulary ({@link #basisOf}), or a
   * named reference the vocabulary recognises ({@link #isReferenceName}: 近5年平均, 考核要求). Any
   * other text is refused, so that a misspelt basis ({@code YEAR_ON_YAER}) is not taken for a
   * reference; use {@link #against} for a reference of your own, or {@link #of(Quantity, String,
   * java.util.function.Predicate)}.
   *
   * @param amount the signed change: a rate in %, a difference of rates in 百分点, or an absolute
   *     quantity in the level's dimension
   * @param basis the basis as a report or {@link #basisText()} writes it; leading and trailing
   *     white space is ignored
   * @return the change
   * @throws NullPointerException if {@code amount} or {@code basis} is null
   * @throws ZhibiaoException if the basis is blank or neither a basis nor a recognised reference;
   *     the message names the text, a close basis when there is one, and what is expected
   */
  public static Change of(Quantity amount, String basis) {
    return of(amount, basis, r -> false);
  }

  /**
   * A change with its basis read from text, as {@link #of(Quantity, String)}, also taking as a
   * named reference any text that {@code allowedReference} accepts.
   *
   * @param amount the signed change
   * @param basis the basis text; leading and trailing white space is ignored
   * @param allowedReference accepts the (stripped) references the caller allows beyond the
   *     vocabulary's; not null
   * @return the change
   * @throws NullPointerException if an argument is null
   * @throws ZhibiaoException if the basis is blank, or neither a basis, a recognised reference nor
   *     an allowed one
   */
  public static Change of(Quantity amount, String basis, java.util.function.Predicate<String> allowedReference) {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(basis, "basis");
    Objects.requireNonNull(allowedReference, "allowedReference");
    String b = basis.strip();
    if (b.isEmpty()) {
      throw new ZhibiaoException("change basis must not be blank: expected YEAR_ON_YEAR, 同比, 环比 or a reference");
    }
    Optional<Basis> known = basisOf(b);
    if (known.isPresent()) {
      return known.get() == Basis.YEAR_ON_YEAR ? yearOnYear(amount) : previousPeriod(amount);
    }
    if (REFERENCE_NAME.matcher(b).matches() || allowedReference.test(b)) {
      return against(amount, b);
    }
    throw new ZhibiaoException(unknownBasis(b));
  }

  private static String unknownBasis(String b) {
    String close = "";
    if (isAscii(b)) {
      String key = b.toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z]", "");
      for (Basis basis : new Basis[] {Basis.YEAR_ON_YEAR, Basis.PREVIOUS_PERIOD}) {
        if (distance(key, basis.name().replace("_", "")) <= 2) {
          close = " (did you mean " + basis.name() + "?)";
        }
      }
    }
    return "unknown change basis '" + b + "'" + close + "; expected YEAR_ON_YEAR (同比, 比上年, 去年同期), "
        + "PREVIOUS_PERIOD (环比, 比上月) or a named reference such as 近5年平均, 考核要求 or 全国平均 "
        + "(a reader accepts other references with ReadOptions.withChangeReferences)";
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /** Levenshtein distance of two short ASCII words. */
  private static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  /**
   * The signed amount: 5.82%, -0.28%, 7.5百分点, 6.31亿斤.
   *
   * @return the amount, in the unit it was given in (a decrease is negative)
   */
  public Quantity amount() {
    return amount;
  }

  /**
   * What the change is measured against.
   *
   * @return the basis: year on year, previous period or a named reference
   */
  public Basis basis() {
    return basis;
  }

  /**
   * The named reference, for {@link Basis#REFERENCE}.
   *
   * @return the reference, such as 近5年平均; empty for a year-on-year or previous-period change
   */
  public Optional<String> reference() {
    return Optional.ofNullable(reference);
  }

  /**
   * The kind, from the amount's unit.
   *
   * @return {@link Kind#RATE} for a dimensionless amount (%, ‰), {@link Kind#POINTS} for 百分点,
   *     {@link Kind#ABSOLUTE} for any other dimension
   */
  public Kind kind() {
    Dimension d = amount.unit().dimension();
    if (d.isNone()) {
      return Kind.RATE;
    }
    return d.equals(Dimension.PERCENTAGE_POINT) ? Kind.POINTS : Kind.ABSOLUTE;
  }

  /**
   * The basis as text: {@code YEAR_ON_YEAR}, {@code PREVIOUS_PERIOD} or the reference; {@link #of}
   * reads it back.
   *
   * @return the basis's enum name, or the reference for {@link Basis#REFERENCE}
   */
  public String basisText() {
    return basis == Basis.REFERENCE ? reference : basis.name();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Change c && amount.equals(c.amount) && basis == c.basis
        && Objects.equals(reference, c.reference);
  }

  @Override
  public int hashCode() {
    return Objects.hash(amount, basis, reference);
  }

  /** {@code 5.82% YEAR_ON_YEAR}, {@code 6.31亿斤 近5年平均}. */
  @Override
  public String toString() {
    return amount + " " + basisText();
  }
}
