package io.github.zhibiao.unit;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An exact amount: a {@link BigDecimal} value, a {@link Unit} and a {@link Qualifier} (exact
 * unless the text said 约, 余, 以上 …).
 *
 * <pre>{@code
 * Quantity stock = Quantity.parse("2210.6万头只");
 * Quantity heads = stock.to(Units.of("头只"));               // 22106000头只
 * Quantity grain = Quantity.parse("130亿斤").to(Units.of("万吨")); // 650万吨
 * }</pre>
 *
 * <h2>Equality and order</h2>
 * Two quantities are {@link #equals equal} when their values are numerically equal (scale-blind:
 * 1.0 equals 1.00, and they hash alike), their units are equal and their qualifiers are equal.
 * 130亿斤 and 650万吨 are not equal but {@link #isEquivalentTo equivalent}. {@link #compareTo}
 * orders quantities of one dimension across units and ignores qualifiers, so it is not
 * consistent with {@code equals}.
 *
 * <h2>Rounding</h2>
 * Sums, differences and products are exact. Conversions are exact when the result terminates and
 * otherwise rounded as {@link UnitConverter} documents (34 significant digits by default).
 *
 * <h2>Stated precision</h2>
 * A quantity remembers how many significant digits its value was stated with
 * ({@link #statedDigits()}: 3 for 1.50万亩), and conversions carry that number along: {@link #to}
 * gives the exact result with trailing zeros added where it has fewer digits than were stated, so
 * 1.50万亩 in 亩 is 15000 and back in 万亩 is 1.50 again, not 1.5 (the number itself never
 * changes; a result that needs more digits keeps them all, and a rounded, non-terminating one
 * keeps its 34). The stated digits play no part in equality.
 *
 * <p>Qualifiers: {@link #to} keeps the qualifier, {@link #negate} mirrors it, and any other
 * arithmetic gives {@link Qualifier#EXACT} only when every operand is exact and
 * {@link Qualifier#APPROXIMATE} otherwise.
 *
 * <p>Instances are immutable and thread-safe; {@code parse(q.toString())} equals {@code q}.
 */
public final class Quantity implements Comparable<Quantity>, Serializable {
  private static final long serialVersionUID = 1L;

  /** The value in {@link #unit}, exactly as given or computed, scale included. @serial */
  private final BigDecimal value;
  /** The unit the value is stated in. @serial */
  private final Unit unit;
  /** How the stated value relates to the true one. @serial */
  private final Qualifier qualifier;
  /** The qualifier's word as read (余, 逾, 以上), or "" for the qualifier's canonical word. @serial */
  private final String word;
  /** The significant digits the value was stated with, at least the value's own; 0 for zero. @serial */
  private final int statedDigits;

  private Quantity(BigDecimal value, Unit unit, Qualifier qualifier) {
    this(value, unit, qualifier, "", 0);
  }

  private Quantity(BigDecimal value, Unit unit, Qualifier qualifier, String word) {
    this(value, unit, qualifier, word, 0);
  }

  private Quantity(BigDecimal value, Unit unit, Qualifier qualifier, String word, int statedDigits) {
    this.value = value;
    this.unit = unit;
    this.qualifier = qualifier;
    this.word = word;
    this.statedDigits = statedDigits;
  }

  /**
   * An exact quantity of {@code value} in {@code unit}.
   *
   * @param value the amount in {@code unit}, kept as given (scale included); not null
   * @param unit the unit, e.g. {@code Units.of("万亩")}; not null
   * @return a quantity with {@link Qualifier#EXACT}
   * @throws NullPointerException if an argument is null
   */
  public static Quantity of(BigDecimal value, Unit unit) {
    return of(value, unit, Qualifier.EXACT);
  }

  /**
   * A quantity of {@code value} in {@code unit} with a qualifier.
   *
   * @param value the stated amount in {@code unit}, kept as given (scale included); not null
   * @param unit the unit; not null
   * @param qualifier how the stated amount relates to the true one ({@code MORE_THAN} for
   *     800余座); not null
   * @return the quantity
   * @throws NullPointerException if an argument is null
   */
  public static Quantity of(BigDecimal value, Unit unit, Qualifier qualifier) {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(qualifier, "qualifier");
    return new Quantity(value, unit, qualifier);
  }

  /**
   * An exact quantity from a decimal string and a unit expression:
   * {@code Quantity.of("2210.6", "万头只")}.
   *
   * @param value a decimal number as {@link BigDecimal#BigDecimal(String)} reads it ("2210.6",
   *     "-3.2", "1E+4"); no thousands separators or Chinese digits; not null
   * @param unit a unit expression as {@link Units#of(String)} reads it ("万头只", "公斤/亩"); not
   *     null
   * @return an exact quantity with the value as written, scale included
   * @throws NullPointerException if an argument is null
   * @throws QuantityFormatException if {@code value} is not a decimal number, or its exponent
   *     lies beyond what {@link BigDecimal} holds ({@code 1E2147483648})
   * @throws UnknownUnitException if the unit is not known
   */
  public static Quantity of(String value, String unit) {
    Objects.requireNonNull(value, "value");
    BigDecimal v;
    try {
      v = new BigDecimal(value);
    } catch (NumberFormatException e) {
      // the JDK's message ("Character x is neither a decimal digit number …") is not for users
      throw new QuantityFormatException(value, 0, "expected a decimal number such as 2210.6, -3.2 or 1E+4"
          + " (digits, an optional sign, point and exponent within ±2147483647)", e);
    }
    return of(v, Units.of(unit));
  }

  /**
   * Zero of {@code unit}, exact.
   *
   * @param unit the unit; not null
   * @return an exact quantity with value 0 (scale 0) in {@code unit}
   * @throws NullPointerException if {@code unit} is null
   */
  public static Quantity zero(Unit unit) {
    return of(BigDecimal.ZERO, unit);
  }

  /**
   * Reads a quantity as Chinese statistical text writes it: "2210.6万头只", "1,532.4亿元",
   * "１２３万亩", "一百三十亿斤", "两千人", "十一", "800余座" (more than), "约3.5万人"
   * (approximately), "-3.2%", "百分之十二点五", "7.5个百分点", "7成", "30万吨以上".
   *
   * <p>Digits may be Arabic (with thousands separators, fullwidth allowed), Chinese (小写, 大写,
   * 两, 〇/零, 十一 with its implicit 一, elided tails as in 两千四百五) or both (3万4000, 25万6千,
   * 1.5亿). A magnitude after the number joins the unit: "3.5万人" is 3.5 of 万人, "一百三十亿斤" is
   * 130 of 亿斤; 四万万 is 4 of 亿. Fractions: "三分之一", "一又二分之一", "万分之三" and "3/4亩" (a/b
   * when both sides are Arabic digits; 元/人 stays a unit) are exact when they terminate and
   * otherwise rounded to 34 significant digits, half-even ({@link UnitConverter#DEFAULT_CONTEXT}).
   * Qualifiers are listed at {@link Qualifier}.
   *
   * <p>What is not one figure is refused rather than guessed: ranges and approximations (几,
   * 十几万, 数十, 上百, 近百, 三五百), 兆 (10⁶ or 10¹²), numerals that break the grammar (一千百,
   * 十一十二, 九千九千, 七百零九万一千一百一十万, 亿万), and a number/unit boundary with two readings
   * of different amounts (一万零一千克: 11000克 or 10001公斤). Where a unit's symbol starts with a
   * numeral character the boundary is found: 三万千克 is 3万公斤, 六十九千公顷 is 69千公顷, 三千瓦 is
   * 3千瓦, 三十两 is 30两 (两 after a numeral is the unit; before a magnitude or a unit it is 2).
   *
   * <p>Limits, so that cost stays linear: an Arabic number of at most 100 000 digits, a number with
   * Chinese numerals of at most 1000 characters, a unit of at most 200 characters and 16 parts.
   *
   * @param text the text of one quantity, surrounding whitespace allowed; not null
   * @return the quantity, its value exact (Chinese digits give an integer or the decimal as
   *     spoken) and its qualifier as read, {@link Qualifier#EXACT} when there is none
   * @throws NullPointerException if {@code text} is null
   * @throws QuantityFormatException if the text is not a quantity, or is beyond a limit; the
   *     message gives the text, the index where reading failed and what was expected
   * @throws UnknownUnitException if the unit part is not a known unit
   */
  public static Quantity parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    return QuantityParser.parse(text.toString());
  }

  /**
   * Reads a quantity as {@link #parse(CharSequence)} does, with the units of {@code catalog}: a
   * catalog with a user's 担 reads "3万担".
   *
   * @param text the text of one quantity, surrounding whitespace allowed; not null
   * @param catalog the units to read the unit part with; not null
   * @return the quantity, exact as for {@link #parse(CharSequence)}
   * @throws NullPointerException if an argument is null
   * @throws QuantityFormatException if the text is not a quantity; the message gives the text,
   *     the index where reading failed and what was expected
   * @throws UnknownUnitException if the unit part is not a unit of {@code catalog}
   */
  public static Quantity parse(CharSequence text, UnitCatalog catalog) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(catalog, "catalog");
    return QuantityParser.parse(text.toString(), catalog);
  }

  /**
   * The value, in {@link #unit()}, exactly as given or computed.
   *
   * @return the value, with the scale it was given or computed with (not stripped)
   */
  public BigDecimal value() {
    return value;
  }

  /**
   * The unit.
   *
   * @return the unit the value is stated in, e.g. 万头只
   */
  public Unit unit() {
    return unit;
  }

  /**
   * How the stated value relates to the true one.
   *
   * @return the qualifier; {@link Qualifier#EXACT} when the text had none
   */
  public Qualifier qualifier() {
    return qualifier;
  }

  /**
   * Whether the qualifier is {@link Qualifier#EXACT}.
   *
   * @return true for 3.5万人, false for 约3.5万人 or 800余座
   */
  public boolean isExact() {
    return qualifier == Qualifier.EXACT;
  }

  /**
   * This quantity with another qualifier.
   *
   * @param newQualifier the qualifier of the result
   * @return this instance when the qualifier is unchanged, otherwise a quantity with the same
   *     value and unit and {@code newQualifier}
   * @throws NullPointerException if {@code newQualifier} is null and differs from the current one
   */
  public Quantity withQualifier(Qualifier newQualifier) {
    return newQualifier == qualifier ? this : of(value, unit, newQualifier);
  }

  /**
   * This quantity with the qualifier a word of {@link Qualifier}'s vocabulary stands for, keeping
   * the word: {@code withQualifierWord("余")} on 800座 gives 800余座, which {@link #toString} writes
   * back as such (not as 超800座).
   *
   * @param qualifierWord a word of the vocabulary, such as 余, 多, 超, 逾, 以上, 约 or 近
   * @return the quantity with the word's qualifier and the word
   * @throws NullPointerException if {@code qualifierWord} is null
   * @throws QuantityFormatException if the word is not one of the vocabulary
   */
  public Quantity withQualifierWord(String qualifierWord) {
    Objects.requireNonNull(qualifierWord, "qualifierWord");
    Qualifier q = Qualifier.ofWord(qualifierWord).orElseThrow(() -> new QuantityFormatException(qualifierWord, 0,
        "not a qualifier word; expected one of " + String.join(" ", Qualifier.MORE_THAN.words()) + " or another word "
            + "of Qualifier's vocabulary"));
    String kept = qualifierWord.equals(canonicalWord(q)) ? "" : qualifierWord;
    return kept.equals(word) && q == qualifier ? this : new Quantity(value, unit, q, kept);
  }

  /**
   * The qualifier's word, as read or set: 余 for 800余座, 逾 for 逾百亿元, 以上 for 30万吨以上; the
   * canonical word ({@link Qualifier#chinesePrefix()} or {@link Qualifier#chineseSuffix()}) when
   * the quantity was made from a {@link Qualifier} alone. The word plays no part in equality:
   * 800余座 equals 超800座, since both say "more than 800".
   *
   * @return the word; the empty string for an exact quantity
   */
  public String qualifierWord() {
    return word.isEmpty() ? canonicalWord(qualifier) : word;
  }

  /**
   * The significant digits this value was stated with: the value's own for a quantity read or
   * made from a value, the original's for a conversion of it (1.50万亩 in 亩 is 15000, stated
   * with 3 digits). {@link #to} pads a result with fewer digits to this many.
   *
   * @return the stated significant digits: {@code value().precision()} for a quantity read or made
   *     from a value, the original's for a conversion (which may be fewer than the result's own
   *     digits, as for 15000)
   */
  public int statedDigits() {
    return statedDigits == 0 ? value.precision() : statedDigits;
  }

  /** A conversion's result in {@code target}, padded to this quantity's stated digits (see the class comment). */
  private Quantity converted(BigDecimal result, Unit target) {
    int stated = statedDigits();
    BigDecimal v = result;
    if (v.signum() != 0 && value.signum() != 0 && v.precision() < stated) {
      v = v.setScale(v.scale() + (stated - v.precision())); // trailing zeros: the same number
    }
    return new Quantity(v, target, qualifier, word, stated);
  }

  /**
   * The qualifier as a data field holds it, which {@link Qualifier#parse} reads back with its word:
   * the word when it is not the qualifier's canonical one (余, 逾, 突破), else the constant's name
   * ({@code MORE_THAN}).
   *
   * @return the word or the name; the empty string for an exact quantity
   */
  public String qualifierText() {
    if (isExact()) {
      return "";
    }
    return word.isEmpty() ? qualifier.name() : word;
  }

  /**
   * The value in full with the qualifier's word where it stands, without the unit: {@code 800余},
   * {@code 约3.5}, {@code 30以上}; the plain number for an exact quantity. A table cell whose
   * column names the unit holds this, and {@link #parse} reads it back with that unit.
   *
   * @return the number text, never rounded
   */
  public String numberText() {
    return withWord(this, value.toPlainString(), "");
  }

  /** A quantity with a qualifier word the caller has read from the vocabulary (no check). */
  static Quantity withWord(BigDecimal value, Unit unit, Qualifier qualifier, String word) {
    return new Quantity(value, unit, qualifier, word.equals(canonicalWord(qualifier)) ? "" : word);
  }

  private static String canonicalWord(Qualifier q) {
    return q.chinesePrefix().isEmpty() ? q.chineseSuffix() : q.chinesePrefix();
  }

  /** The value in full with the unit and the qualifier word where it stands (800余座, 约3.5万人, 30万吨以上). */
  static String withWord(Quantity q, String number, String unitSymbol) {
    String w = q.qualifierWord();
    if (w.isEmpty()) {
      return number + unitSymbol;
    }
    return switch (Qualifier.placement(w)) {
      case BEFORE -> w + number + unitSymbol;
      case AFTER_NUMBER -> number + w + unitSymbol;
      case AFTER -> number + unitSymbol + w;
    };
  }

  /**
   * This quantity in {@code target}: exact when the result terminates, otherwise rounded to 34
   * significant digits (see {@link UnitConverter}). The qualifier is kept.
   *
   * @param target the unit to convert to, of the same dimension; not null
   * @return the amount in {@code target} (130亿斤 gives 650万吨); this instance when
   *     {@code target} is this unit
   * @throws NullPointerException if {@code target} is null
   * @throws IncompatibleUnitsException if the dimensions differ
   */
  public Quantity to(Unit target) {
    return to(target, UnitConverter.DEFAULT_CONTEXT);
  }

  /**
   * This quantity in {@code target}, another currency, at an exchange rate: 3亿美元 in 亿元 at
   * 1 USD = 7.0827 CNY is 21.2481亿元. Exact when the result terminates, otherwise rounded to 34
   * significant digits (see {@link UnitConverter}). The qualifier is kept. There is no implicit
   * rate: {@link #to(Unit)} between two currencies fails.
   *
   * @param target the unit to convert to: this quantity's unit with the rate's other currency in
   *     place of its own (美元/人 → 元/人), with any magnitude; not null
   * @param rate the rate between this quantity's currency and the target's, in either direction;
   *     not null
   * @return the amount in {@code target}
   * @throws NullPointerException if an argument is null
   * @throws IncompatibleUnitsException if the rate does not take this unit's currency to the
   *     target's, or the dimensions differ otherwise
   */
  public Quantity to(Unit target, ExchangeRate rate) {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(rate, "rate");
    return converted(rate.converter(unit, target).convert(value), target);
  }

  /**
   * This quantity in {@code target}, rounding a non-terminating result to {@code mc}.
   *
   * @param target the unit to convert to, of the same dimension; not null
   * @param mc the precision (significant digits) and rounding mode for a result that does not
   *     terminate; a terminating result is exact whatever {@code mc} says
   * @return the amount in {@code target} with the same qualifier; this instance when
   *     {@code target} is this unit
   * @throws NullPointerException if {@code target} is null
   * @throws IncompatibleUnitsException if the dimensions differ
   */
  public Quantity to(Unit target, MathContext mc) {
    if (target == unit) {
      return this;
    }
    UnitConverter c = unit.converterTo(target);
    if (c.isIdentity() && target.equals(unit)) {
      return this;
    }
    return converted(c.convert(value, mc), target);
  }

  /**
   * The sum, in this quantity's unit; {@code other} is converted first.
   *
   * @param other the quantity to add, in any unit of the same dimension; not null
   * @return {@code this + other} in this unit, exact unless converting {@code other} had to
   *     round; exact only when both operands are, otherwise {@link Qualifier#APPROXIMATE}
   * @throws NullPointerException if {@code other} is null
   * @throws IncompatibleUnitsException if the dimensions differ (5.82% + 7.5百分点 is an error)
   */
  public Quantity plus(Quantity other) {
    requireSameDimension("add", other);
    return new Quantity(value.add(other.to(unit).value), unit, combine(other));
  }

  /**
   * The difference, in this quantity's unit; {@code other} is converted first.
   *
   * @param other the quantity to subtract, in any unit of the same dimension; not null
   * @return {@code this − other} in this unit, exact unless converting {@code other} had to
   *     round; exact only when both operands are, otherwise {@link Qualifier#APPROXIMATE}
   * @throws NullPointerException if {@code other} is null
   * @throws IncompatibleUnitsException if the dimensions differ
   */
  public Quantity minus(Quantity other) {
    requireSameDimension("subtract", other);
    return new Quantity(value.subtract(other.to(unit).value), unit, combine(other));
  }

  /**
   * This rate moved up by a difference of rates: 70.8% plus 7.5个百分点 is 78.3%. Adding 百分点 to %
   * with {@link #plus} is refused, since the two have different dimensions; this is the operation
   * reports mean. {@code io.github.zhibiao.calc.Growth.plusPoints} does the same.
   *
   * @param points a difference of rates, in 百分点 (a magnitude such as 万 allowed); not null
   * @return {@code this + points} in %, exact when it terminates (else rounded to 34 significant
   *     digits); exact only when both operands are, otherwise {@link Qualifier#APPROXIMATE}
   * @throws NullPointerException if {@code points} is null
   * @throws IllegalArgumentException if this is not a dimensionless rate (%, ‰, 成, a pure number)
   *     or {@code points} is not in 百分点
   */
  public Quantity plusPoints(Quantity points) {
    return movedByPoints(points, false);
  }

  /**
   * This rate moved down by a difference of rates: 78.3% minus 7.5个百分点 is 70.8%.
   *
   * @param points a difference of rates, in 百分点; not null
   * @return {@code this − points} in %, exact when it terminates (else rounded to 34 significant
   *     digits); exact only when both operands are, otherwise {@link Qualifier#APPROXIMATE}
   * @throws NullPointerException if {@code points} is null
   * @throws IllegalArgumentException if this is not a dimensionless rate (%, ‰, 成, a pure number)
   *     or {@code points} is not in 百分点
   * @see #plusPoints(Quantity)
   */
  public Quantity minusPoints(Quantity points) {
    return movedByPoints(points, true);
  }

  private Quantity movedByPoints(Quantity points, boolean down) {
    Objects.requireNonNull(points, "points");
    if (!unit.dimension().isNone()) {
      throw new IllegalArgumentException(this + " must be a dimensionless rate (%, ‰, 成) to move by 百分点, not "
          + unit.dimension() + (unit.dimension().equals(Dimension.PERCENTAGE_POINT)
              ? " (百分点 is a difference of rates; add two of them with plus)" : ""));
    }
    if (!points.unit.dimension().equals(Dimension.PERCENTAGE_POINT)) {
      throw new IllegalArgumentException("points " + points + " must be in 百分点, not " + points.unit.dimension()
          + (points.unit.dimension().isNone() ? " (two rates add with plus)" : ""));
    }
    Rational moved = Rational.of(points.value).multiply(points.unit.factor());
    Rational sum = Rational.of(value).multiply(unit.factor()).add(down ? moved.negate() : moved);
    Rational percent = sum.divide(Units.PERCENT.factor());
    BigDecimal d = percent.toBigDecimal(MathContext.DECIMAL128);
    if (percent.isTerminating()) {
      d = d.stripTrailingZeros();
      d = d.scale() < 0 ? d.setScale(0) : d;
    }
    return new Quantity(d, Units.PERCENT, combine(points));
  }

  /**
   * {@code −this}; the qualifier is mirrored (more than ↔ less than).
   *
   * @return the negated value in the same unit, with {@link Qualifier#negate()} of this qualifier
   */
  public Quantity negate() {
    return new Quantity(value.negate(), unit, qualifier.negate());
  }

  /**
   * This quantity times a pure number, exact, in the same unit.
   *
   * @param factor the pure number to multiply by, e.g. 1.0582 for 同比增长5.82%; not null
   * @return the product in this unit, unrounded; exact if this is exact, otherwise
   *     {@link Qualifier#APPROXIMATE}
   * @throws NullPointerException if {@code factor} is null
   */
  public Quantity multiply(BigDecimal factor) {
    Objects.requireNonNull(factor, "factor");
    return new Quantity(value.multiply(factor), unit, qualifier == Qualifier.EXACT ? qualifier : Qualifier.APPROXIMATE);
  }

  /**
   * The product, exact, in the product unit ({@code (公斤/亩)·亩 = 公斤}).
   *
   * @param other the other factor, in any unit; not null
   * @return the product of the values in {@code unit().times(other.unit())}, unrounded; exact
   *     only when both operands are, otherwise {@link Qualifier#APPROXIMATE}
   */
  public Quantity times(Quantity other) {
    return new Quantity(value.multiply(other.value), unit.times(other.unit), combine(other));
  }

  /**
   * The quotient in the quotient unit (亿斤 ÷ 万亩 → 亿斤/万亩), rounded to {@code mc} when it does
   * not terminate. Quantities of one dimension give a pure number, computed exactly from both
   * amounts before the one rounding.
   *
   * @param other the divisor, in any unit; not null and not zero
   * @param mc the precision (significant digits) and rounding mode for a quotient that does not
   *     terminate; not null
   * @return the quotient: a pure number in {@link Units#ONE} when both units have one dimension
   *     (1万元 ÷ 1亿元 gives 0.0001), otherwise the values' quotient in
   *     {@code unit().per(other.unit())}; exact only when both operands are, otherwise
   *     {@link Qualifier#APPROXIMATE}
   * @throws NullPointerException if {@code other} or {@code mc} is null
   * @throws ArithmeticException if {@code other} is zero
   */
  public Quantity divide(Quantity other, MathContext mc) {
    Objects.requireNonNull(mc, "mc");
    if (other.value.signum() == 0) {
      throw new ArithmeticException("division of " + this + " by zero (" + other + ")");
    }
    if (unit.isConvertibleTo(other.unit)) {
      Rational mine = Rational.of(value).multiply(unit.factor());
      Rational theirs = Rational.of(other.value).multiply(other.unit.factor());
      BigDecimal q = mine.divide(theirs).toBigDecimal(mc);
      return new Quantity(q, Units.ONE, combine(other));
    }
    BigDecimal q = Rational.of(value).divide(Rational.of(other.value)).toBigDecimal(mc);
    return new Quantity(q, unit.per(other.unit), combine(other));
  }

  /**
   * The value rounded to {@code scale} decimals with {@code mode}, in the same unit.
   *
   * @param scale the number of decimals to keep, e.g. 2 for 1532.40亿元; negative rounds to tens,
   *     hundreds …
   * @param mode how to round, e.g. {@link RoundingMode#HALF_UP} as statistical reports do
   * @return the rounded quantity with the same unit and qualifier
   * @throws ArithmeticException if {@code mode} is {@link RoundingMode#UNNECESSARY} and the
   *     value would have to be rounded
   */
  public Quantity setScale(int scale, RoundingMode mode) {
    return new Quantity(value.setScale(scale, mode), unit, qualifier);
  }

  /**
   * The value rounded to {@code mc}'s significant digits, in the same unit.
   *
   * @param mc the number of significant digits and the rounding mode; precision 0 keeps the
   *     value unrounded
   * @return the rounded quantity with the same unit and qualifier
   */
  public Quantity round(MathContext mc) {
    return new Quantity(value.round(mc), unit, qualifier);
  }

  /**
   * −1, 0 or 1 as the value is negative, zero or positive.
   *
   * @return the sign of the value: −1, 0 or 1
   */
  public int signum() {
    return value.signum();
  }

  /**
   * Whether both quantities state the same amount: same dimension, numerically equal after
   * conversion (exactly, as rationals), same qualifier. 130亿斤 is equivalent to 650万吨.
   *
   * @param other the quantity to compare with; not null
   * @return true when both state the same amount with the same qualifier; false when they
   *     differ in amount, qualifier or dimension (no exception for another dimension)
   */
  public boolean isEquivalentTo(Quantity other) {
    return unit.isConvertibleTo(other.unit) && qualifier == other.qualifier && compareTo(other) == 0;
  }

  /**
   * Orders quantities of one dimension by their exact amounts, whatever their units; qualifiers
   * are ignored.
   *
   * @throws IncompatibleUnitsException if the dimensions differ
   */
  @Override
  public int compareTo(Quantity other) {
    requireSameDimension("compare", other);
    if (unit.equals(other.unit)) {
      return value.compareTo(other.value);
    }
    return Rational.of(value).multiply(unit.factor())
        .compareTo(Rational.of(other.value).multiply(other.unit.factor()));
  }

  private void requireSameDimension(String operation, Quantity other) {
    Objects.requireNonNull(other, "other");
    if (!unit.isConvertibleTo(other.unit)) {
      throw new IncompatibleUnitsException(operation, unit, other.unit);
    }
  }

  private Qualifier combine(Quantity other) {
    return qualifier == Qualifier.EXACT && other.qualifier == Qualifier.EXACT ? Qualifier.EXACT : Qualifier.APPROXIMATE;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Quantity q && value.compareTo(q.value) == 0 && unit.equals(q.unit)
        && qualifier == q.qualifier;
  }

  @Override
  public int hashCode() {
    return (value.signum() == 0 ? 0 : Decimals.strip(value).hashCode()) * 31 * 31
        + unit.hashCode() * 31 + qualifier.hashCode();
  }

  /**
   * The Chinese form, which {@link #parse} reads back: "2210.6万头只", "800余座", "超800座",
   * "约3.5万人", "-3.2%", "7.5百分点", "30万吨以上", with the qualifier's word as read
   * ({@link #qualifierWord()}). The value is written in full ({@link BigDecimal#toPlainString()}).
   */
  @Override
  public String toString() {
    return withWord(this, value.toPlainString(), unit.symbol());
  }
}
