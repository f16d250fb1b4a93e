package io.github.zhibiao.unit;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A unit of measurement: a symbol, a {@link Dimension} and an exact {@link Rational} factor to
 * the coherent unit of that dimension (m, m², kg, s, 元, one person, one animal …).
 *
 * <p>Units come in four shapes: a catalog unit (亩, 斤, 头只, 人次, %), a catalog unit with a
 * Chinese {@link Magnitude} (万亩 = 10⁴ × 2000/3 m², 亿斤 = 10⁸ × 1/2 kg), and products and
 * quotients of units (公斤/亩, 万元/人). Get them with {@link Units#of(String)}; build your own
 * with {@link #of(String, String, Dimension, Rational)}, {@link #withMagnitude},
 * {@link #times} and {@link #per}.
 *
 * <p>Two units are equal when they have the same symbol, dimension and factor; 头 and 只 are not
 * equal, but {@link #isConvertibleTo convertible} 1:1. Instances are immutable and thread-safe.
 */
public final class Unit implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The symbol, e.g. 万亩 or 公斤/亩; empty for the dimensionless unit. @serial */
  private final String symbol;
  /** The English name, e.g. mu or person-times. @serial */
  private final String englishName;
  /** What the unit measures. @serial */
  private final Dimension dimension;
  /** How many coherent units one of this unit is, exact and positive. @serial */
  private final Rational factor;
  /** The magnitude of a unit such as 万亩; null for every other shape. @serial */
  private final Magnitude magnitude; // null unless this is magnitude × root
  /** The unit without its magnitude (亩 for 万亩); null when this unit has no magnitude. @serial */
  private final Unit root; // the unit without magnitude; null means this
  /** The numerator of a quotient unit (公斤 in 公斤/亩); null for other shapes. @serial */
  private final Unit numeratorUnit; // for quotients
  /** The denominator of a quotient unit (亩 in 公斤/亩); null for other shapes. @serial */
  private final Unit denominatorUnit; // for quotients
  private transient volatile ConcurrentHashMap<Unit, UnitConverter> converters;
  /** The last conversion asked for: a loop converting to one unit skips the map. */
  private transient volatile Conversion lastConversion;

  /** A target and its converter, published together. */
  private record Conversion(Unit target, UnitConverter converter) {}

  private Unit(String symbol, String englishName, Dimension dimension, Rational factor,
      Magnitude magnitude, Unit root, Unit numeratorUnit, Unit denominatorUnit) {
    this.symbol = symbol;
    this.englishName = englishName;
    this.dimension = dimension;
    this.factor = factor;
    this.magnitude = magnitude;
    this.root = root;
    this.numeratorUnit = numeratorUnit;
    this.denominatorUnit = denominatorUnit;
  }

  /**
   * A unit of your own: {@code Unit.of("担", "dan", Dimension.MASS, Rational.of(50))}.
   *
   * @param symbol the symbol, not blank, without '/' or '·'
   * @param englishName the English name used by {@link QuantityFormat#english()}
   * @param dimension what it measures
   * @param factor how many coherent units (m, kg, 元, one of a counted kind …) one of it is;
   *     positive
   * @return a new unit without magnitude, in no catalog yet: add it with {@link UnitCatalog#with}
   *     so that {@code Quantity.parse("50担", catalog)} and the readers know it
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the symbol is blank or contains '/' or '·', or the
   *     factor is not positive
   */
  public static Unit of(String symbol, String englishName, Dimension dimension, Rational factor) {
    Objects.requireNonNull(symbol, "symbol");
    Objects.requireNonNull(englishName, "englishName");
    Objects.requireNonNull(dimension, "dimension");
    Objects.requireNonNull(factor, "factor");
    if (symbol.isBlank() || symbol.indexOf('/') >= 0 || symbol.indexOf('·') >= 0) {
      throw new IllegalArgumentException(
          "unit symbol '" + symbol + "' must not be blank nor contain '/' or '·'");
    }
    if (factor.signum() <= 0) {
      throw new IllegalArgumentException("factor of unit " + symbol + " (" + factor + ") must be positive");
    }
    return new Unit(symbol, englishName, dimension, factor, null, null, null, null);
  }

  /**
   * An opaque unit: a label that no catalog knows, such as {@code antal} or {@code Miles de
   * personas}, kept as it was published. It converts only to itself (and to another opaque unit of
   * the same label), never to a catalog unit, and carries no magnitude.
   *
   * <p>Readers make these under the open unit policy ({@link UnitCatalog#parseOrOpaque}); make one
   * yourself to hold a label until you register what it means with {@link UnitCatalog#with}.
   *
   * @param label the label, not blank, without surrounding whitespace, at most {@value
   *     UnitCatalog#MAX_UNIT_LENGTH} characters
   * @return the opaque unit, with the label as symbol and English name; equal to every opaque unit
   *     of the same label
   * @throws NullPointerException if {@code label} is null
   * @throws IllegalArgumentException if the label is blank, has surrounding whitespace or is too
   *     long
   */
  public static Unit opaque(String label) {
    Objects.requireNonNull(label, "label");
    if (label.isBlank() || !label.strip().equals(label)) {
      throw new IllegalArgumentException(
          "opaque unit label '" + label + "' must not be blank nor have surrounding whitespace");
    }
    if (label.length() > UnitCatalog.MAX_UNIT_LENGTH) {
      throw new IllegalArgumentException("opaque unit label of " + label.length()
          + " characters is longer than the limit of " + UnitCatalog.MAX_UNIT_LENGTH);
    }
    return new Unit(label, label, Dimension.opaque(label), Rational.ONE, null, null, null, null);
  }

  /**
   * Whether this is an opaque unit, a label kept without meaning (see {@link #opaque(String)}).
   *
   * @return true for an opaque unit, false for every catalog unit and every unit built from them
   */
  public boolean isOpaque() {
    return dimension.isOpaque();
  }

  /**
   * The quotient as written, without cancelling equal parts: 万元/万元 stays 万元/万元, so that a
   * parsed symbol reads back to the same unit. A quotient in the denominator is flattened (a/(b/c)
   * is a·c/b) and a reciprocal is written 每: the symbol is always a product, optionally divided
   * by further products, which is the form {@link UnitCatalog} reads.
   */
  static Unit quotient(Unit numerator, Unit denominator) {
    if (denominator.symbol.isEmpty()) {
      return numerator;
    }
    if (denominator.numeratorUnit != null) {
      return quotient(product(numerator, denominator.denominatorUnit), denominator.numeratorUnit);
    }
    String symbol = numerator.symbol.isEmpty() ? RECIPROCAL + denominator.symbol
        : numerator.symbol + "/" + denominator.symbol;
    String english = numerator.symbol.isEmpty() ? "per " + denominator.englishName
        : numerator.englishName + "/" + denominator.englishName;
    return new Unit(symbol, english, numerator.dimension.per(denominator.dimension),
        numerator.factor.divide(denominator.factor), null, null, numerator, denominator);
  }

  /** The product as written, without cancelling; a quotient factor moves its denominator last. */
  static Unit product(Unit left, Unit right) {
    if (left.symbol.isEmpty()) {
      return right;
    }
    if (right.symbol.isEmpty()) {
      return left;
    }
    if (left.numeratorUnit != null) {
      return quotient(product(left.numeratorUnit, right), left.denominatorUnit);
    }
    if (right.numeratorUnit != null) {
      return quotient(product(left, right.numeratorUnit), right.denominatorUnit);
    }
    return new Unit(left.symbol + "·" + right.symbol, left.englishName + "·" + right.englishName,
        left.dimension.times(right.dimension), left.factor.multiply(right.factor), null, null, null, null);
  }

  /** The word that writes a reciprocal unit: 每人 is one per person. */
  static final String RECIPROCAL = "每";

  /** The dimensionless unit with the empty symbol; see {@link Units#ONE}. */
  static Unit dimensionless() {
    return new Unit("", "", Dimension.NONE, Rational.ONE, null, null, null, null);
  }

  /**
   * The symbol: 万亩, 公斤/亩, %; the empty string for {@link Units#ONE}.
   *
   * @return the symbol as {@link Units#of(String)} reads it back; never null
   */
  public String symbol() {
    return symbol;
  }

  /**
   * The unit as a unit field of a file writes it: the {@link #symbol()}, or {@code 1} (the unit
   * one) for {@link Units#ONE}, whose symbol is empty. Readers take an empty unit field as a
   * missing unit, never as a pure number; {@code 1} reads back as {@link Units#ONE}.
   *
   * @return the symbol, or {@code "1"} for the unit of pure numbers; never empty
   */
  public String label() {
    return symbol.isEmpty() ? Units.ONE_LABEL : symbol;
  }

  /**
   * The English name: mu, jin, head, person-times, percentage points.
   *
   * @return the English name; {@code "10^4 mu"} for 万亩 built with {@link #withMagnitude}, the
   *     parts joined with '·' or '/' for a product or quotient unit
   */
  public String englishName() {
    return englishName;
  }

  /**
   * What this unit measures.
   *
   * @return the dimension, e.g. {@link Dimension#MASS} for 斤; {@link Dimension#NONE} for %
   */
  public Dimension dimension() {
    return dimension;
  }

  /**
   * How many coherent units one of this unit is, exactly: 2000/3 for 亩, 5000000 for 万吨.
   *
   * @return the exact, positive factor to the coherent unit of this dimension
   */
  public Rational factor() {
    return factor;
  }

  /**
   * The magnitude of a unit such as 万亩 (万); empty for 亩, 公斤/亩 and other shapes.
   *
   * @return the magnitude, or an empty Optional when the unit has none
   */
  public Optional<Magnitude> magnitude() {
    return Optional.ofNullable(magnitude);
  }

  /**
   * This unit without its magnitude: 亩 for 万亩; this unit itself when it has none.
   *
   * @return the unit without magnitude; never null
   */
  public Unit withoutMagnitude() {
    return root == null ? this : root;
  }

  /**
   * This unit scaled by a magnitude: 亩 → 万亩. A unit that already has a magnitude gets the new
   * one instead (万亩 → 亿亩). Where the result is a catalog unit (千 + 克 = 千克, the catalog's
   * 公斤), that unit is returned.
   *
   * @param newMagnitude the magnitude to apply, e.g. {@link Magnitude#TEN_THOUSAND} (万); not null
   * @return the scaled unit, with factor {@code 10^exponent ×} the factor without magnitude
   * @throws NullPointerException if {@code newMagnitude} is null
   * @throws IllegalArgumentException for a product or quotient unit (put the magnitude on a part)
   *     and for an opaque unit
   */
  public Unit withMagnitude(Magnitude newMagnitude) {
    Objects.requireNonNull(newMagnitude, "magnitude");
    Unit base = withoutMagnitude();
    if (base.isOpaque()) {
      throw new IllegalArgumentException("cannot put magnitude " + newMagnitude.word()
          + " on the opaque unit " + base + "; register the label in a UnitCatalog first");
    }
    if (base.numeratorUnit != null) {
      throw new IllegalArgumentException(
          "cannot put magnitude " + newMagnitude.word() + " on the quotient unit " + base
              + "; put it on its numerator instead");
    }
    String newSymbol = newMagnitude.word() + base.symbol;
    Rational newFactor = base.factor.multiply(newMagnitude.factor());
    Unit catalog = Units.atomOrNull(newSymbol);
    if (catalog != null && catalog.factor.equals(newFactor) && catalog.dimension.equals(base.dimension)) {
      return catalog; // 千 + 克 is the catalog's 公斤 (alias 千克)
    }
    return new Unit(newSymbol, "10^" + newMagnitude.exponent() + " " + base.englishName,
        base.dimension, newFactor, newMagnitude, base, null, null);
  }

  /**
   * The product unit {@code this·other}; {@code (公斤/亩)·亩} is {@code 公斤}.
   *
   * @param other the other factor; not null
   * @return the product unit, with dimension and factor multiplied; the other unit itself when
   *     one side is dimensionless, the numerator when {@code other} cancels a quotient's
   *     denominator
   * @throws NullPointerException if {@code other} is null
   */
  public Unit times(Unit other) {
    Objects.requireNonNull(other, "other");
    if (numeratorUnit != null && denominatorUnit.equals(other)) {
      return numeratorUnit;
    }
    if (other.numeratorUnit != null && other.denominatorUnit.equals(this)) {
      return other.numeratorUnit;
    }
    return product(this, other);
  }

  /**
   * The quotient unit {@code this/other}: 公斤 per 亩 is 公斤/亩.
   *
   * @param other the denominator unit; not null
   * @return the quotient unit, with dimension and factor divided; this unit when {@code other} is
   *     dimensionless, {@link Units#ONE} when both are equal; a reciprocal such as 每人 (one per
   *     person) when this is {@link Units#ONE}
   * @throws NullPointerException if {@code other} is null
   */
  public Unit per(Unit other) {
    Objects.requireNonNull(other, "other");
    if (other.symbol.isEmpty()) {
      return this;
    }
    if (equals(other)) {
      return Units.ONE;
    }
    return quotient(this, other);
  }

  /**
   * Whether values in this unit can be converted to {@code other}: same dimension.
   *
   * @param other the unit to convert to; not null
   * @return true when both have the same dimension (斤 and 万吨, 头 and 只), false otherwise
   *     (% and 百分点 are not convertible)
   */
  public boolean isConvertibleTo(Unit other) {
    return dimension == other.dimension || dimension.equals(other.dimension);
  }

  /**
   * The converter from this unit to {@code target}.
   *
   * @param target the unit to convert to; not null
   * @return a converter multiplying by the exact ratio of the two factors; cached, so repeated
   *     calls may return the same instance
   * @throws NullPointerException if {@code target} is null
   * @throws IncompatibleUnitsException if the dimensions differ; the message names both units
   *     and both dimensions
   */
  public UnitConverter converterTo(Unit target) {
    Objects.requireNonNull(target, "target");
    Conversion last = lastConversion;
    if (last != null && last.target == target) {
      return last.converter;
    }
    ConcurrentHashMap<Unit, UnitConverter> cache = converters;
    if (cache == null) {
      cache = new ConcurrentHashMap<>();
      converters = cache;
    }
    UnitConverter c = cache.get(target);
    if (c == null) {
      if (!isConvertibleTo(target)) {
        throw new IncompatibleUnitsException("convert", this, target);
      }
      c = UnitConverter.of(factor.divide(target.factor));
      if (cache.size() < 256) {
        cache.put(target, c);
      }
    }
    lastConversion = new Conversion(target, c);
    return c;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    return o instanceof Unit u && symbol.equals(u.symbol) && dimension.equals(u.dimension)
        && factor.equals(u.factor);
  }

  @Override
  public int hashCode() {
    return symbol.hashCode();
  }

  /** The symbol. */
  @Override
  public String toString() {
    return symbol;
  }
}
