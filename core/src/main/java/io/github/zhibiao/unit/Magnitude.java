package io.github.zhibiao.unit;

import java.util.Optional;

/**
 * The Chinese magnitude words that combine with any unit: 万亩, 千公顷, 亿元, 万头只, 万人次, 万亿元.
 * Each is an exact power of ten. They are numerals, not SI prefixes: 千 in 千公顷 multiplies the
 * hectare by 10³, while 千克 and 千瓦 are catalog units of their own.
 *
 * <p>兆 is deliberately absent: it means 10⁶ as an SI prefix and 10¹² as a numeral, and the
 * parsers refuse it.
 */
public enum Magnitude {
  /** 十, 10¹. */
  TEN("十", 1),
  /** 百, 10². */
  HUNDRED("百", 2),
  /** 千, 10³. */
  THOUSAND("千", 3),
  /** 万, 10⁴. */
  TEN_THOUSAND("万", 4),
  /** 十万, 10⁵. */
  HUNDRED_THOUSAND("十万", 5),
  /** 百万, 10⁶. */
  MILLION("百万", 6),
  /** 千万, 10⁷. */
  TEN_MILLION("千万", 7),
  /** 亿, 10⁸. */
  HUNDRED_MILLION("亿", 8),
  /** 十亿, 10⁹. */
  BILLION("十亿", 9),
  /** 百亿, 10¹⁰. */
  TEN_BILLION("百亿", 10),
  /** 千亿, 10¹¹. */
  HUNDRED_BILLION("千亿", 11),
  /** 万亿, 10¹². */
  TRILLION("万亿", 12);

  private static final Magnitude[] LONGEST_FIRST = {
    HUNDRED_THOUSAND, MILLION, TEN_MILLION, BILLION, TEN_BILLION, HUNDRED_BILLION, TRILLION,
    TEN, HUNDRED, THOUSAND, TEN_THOUSAND, HUNDRED_MILLION
  };

  private final String word;
  private final int exponent;
  private final Rational factor;

  Magnitude(String word, int exponent) {
    this.word = word;
    this.exponent = exponent;
    this.factor = Rational.tenPow(exponent);
  }

  /**
   * The Chinese word: 万, 亿, 万亿 …
   *
   * @return the word as written before a unit, e.g. 万 in 万亩
   */
  public String word() {
    return word;
  }

  /**
   * The power of ten: 4 for 万, 8 for 亿. This is SDMX's {@code UNIT_MULT}.
   *
   * @return the exponent, from 1 (十) to 12 (万亿)
   */
  public int exponent() {
    return exponent;
  }

  /**
   * The exact factor, 10^{@link #exponent()}.
   *
   * @return the factor as an integer fraction, e.g. {@code 100000000/1} for 亿
   */
  public Rational factor() {
    return factor;
  }

  /**
   * The magnitude of a word (万, 亿 …), if it is one.
   *
   * @param word the whole word to look up, compared exactly (no trimming); 兆 is not a magnitude
   * @return the magnitude, or an empty Optional when {@code word} is not one of the twelve words
   */
  public static Optional<Magnitude> ofWord(String word) {
    for (Magnitude m : values()) {
      if (m.word.equals(word)) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  /**
   * The magnitude with this power of ten, if there is one (1–8 and 9–12).
   *
   * @param exponent the power of ten, e.g. an SDMX {@code UNIT_MULT} of 4
   * @return the magnitude, or an empty Optional for an exponent outside 1–12
   */
  public static Optional<Magnitude> ofExponent(int exponent) {
    for (Magnitude m : values()) {
      if (m.exponent == exponent) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  /** The longest magnitude word that {@code text} starts with at {@code from}, if any. */
  static Magnitude prefixOf(String text, int from) {
    for (Magnitude m : LONGEST_FIRST) {
      if (text.startsWith(m.word, from)) {
        return m;
      }
    }
    return null;
  }
}
