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

  /** The words that say "against the same period a year earlier". */
  private static final java.util.Set<String> YEAR_ON_YEAR_WORDS = java.util.Set.of(
      "YEAR_ON_YEAR", "同比", "比上年", "上年", "比上年同期", "较上年", "较上年同期", "比去年", "比去年同期", "较去年",
      "较去年同期", "与上年相比", "与去年相比");
  /** 与上年同期相比, 与2022年同期相比, 与去年同期相比. */
  private static final java.util.regex.Pattern SAME_PERIOD_OF =
      java.util.regex.Pattern.compile("与(上年|去年|\\d{4}年)同期相比");

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
   * A change with its basis read from text: {@code YEAR_ON_YEAR} or 同比 / 比上年 / 较上年 / 比去年 /
   * 比上年同期 / 与上年同期相比 /
   * 与2022年同期相比, {@code PREVIOUS_PERIOD} or 环比; any other non-blank text names a reference.
   *
   * @param amount the signed change: a rate in %, a difference of rates in 百分点, or an absolute
   *     quantity in the level's dimension
   * @param basis the basis as a report or {@link #basisText()} writes it; leading and trailing
   *     white space is ignored
   * @return a year-on-year or previous-period change for the recognised words, otherwise a change
   *     against the reference {@code basis} names
   * @throws NullPointerException if {@code amount} or {@code basis} is null
   * @throws ZhibiaoException if the basis is blank
   */
  public static Change of(Quantity amount, String basis) {
    Objects.requireNonNull(basis, "basis");
    String b = basis.strip();
    if (b.isEmpty()) {
      throw new ZhibiaoException("change basis must not be blank: expected YEAR_ON_YEAR, 同比, 环比 or a reference");
    }
    if (YEAR_ON_YEAR_WORDS.contains(b) || SAME_PERIOD_OF.matcher(b).matches()) {
      return yearOnYear(amount);
    }
    if (b.equals("PREVIOUS_PERIOD") || b.equals("环比")) {
      return previousPeriod(amount);
    }
    return against(amount, b);
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
