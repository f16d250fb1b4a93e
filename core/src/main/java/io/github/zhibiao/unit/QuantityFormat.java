package io.github.zhibiao.unit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Objects;

/**
 * Renders quantities as Chinese ("2210.6万头只") or English ("22.106 million head") text, and
 * reads the Chinese forms back.
 *
 * <pre>{@code
 * QuantityFormat.chinese().withAutoMagnitude().format(Quantity.parse("22106000头只")); // 2210.6万头只
 * QuantityFormat.english().format(Quantity.parse("2210.6万头只"));                     // 22.106 million head
 * QuantityFormat.chinese().withScale(1, RoundingMode.HALF_UP)
 *     .format(Quantity.parse("1706.8万亩").to(Units.of("万公顷")));                      // 113.8万公顷
 * }</pre>
 *
 * <p><b>Magnitudes.</b> Chinese output keeps the quantity's unit unless
 * {@link #withAutoMagnitude()} is set; then a simple unit (a catalog unit with or without a
 * magnitude) is rewritten with 亿 when the amount is at least 10⁸ of the catalog unit, with 万
 * when at least 10⁴, and without a magnitude below that. Ratios (%, ‰, 成, 百分点) and
 * product or quotient units keep their unit. English output always writes the amount in the
 * catalog unit, with "million", "billion" or "trillion" from 10⁶ up and thousands separators
 * below.
 *
 * <p><b>Rounding.</b> {@link #chinese()} and {@link #english()} write the value in full, without
 * trailing zeros added or removed, as {@link Quantity#toString()} does (so a converted 12.5万亩
 * reads 8333.333333333333333333333333333333公顷). {@link #report()} writes at most two decimals,
 * as reports do (8333.33公顷). {@link #withScale(int, RoundingMode)} rounds the written value
 * (after the magnitude is chosen) to a number of decimals, {@link #withMaxScale(int, RoundingMode)}
 * to at most a number of decimals. Rescaling by a magnitude is exact, and no format changes the
 * quantity.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class QuantityFormat {
  private static final QuantityFormat CHINESE = new QuantityFormat(false, false, -1, false, RoundingMode.HALF_UP);
  private static final QuantityFormat ENGLISH = new QuantityFormat(true, false, -1, false, RoundingMode.HALF_UP);
  private static final QuantityFormat REPORT = CHINESE.withMaxScale(2, RoundingMode.HALF_UP);

  private final boolean english;
  private final boolean autoMagnitude;
  private final int scale; // -1: as is
  private final boolean atMost; // scale is a maximum: shorter values are written as they are
  private final RoundingMode roundingMode;

  private QuantityFormat(boolean english, boolean autoMagnitude, int scale, boolean atMost, RoundingMode roundingMode) {
    this.english = english;
    this.autoMagnitude = autoMagnitude;
    this.scale = scale;
    this.atMost = atMost;
    this.roundingMode = roundingMode;
  }

  /**
   * Chinese text in the quantity's own unit: "2210.6万头只", "超800座".
   *
   * @return the shared Chinese format, without automatic magnitude and writing values in full
   */
  public static QuantityFormat chinese() {
    return CHINESE;
  }

  /**
   * Chinese text as a report prints it: at most two decimals, rounded half up, in the quantity's
   * own unit. 12.5万亩 in 公顷 (8333.333333333333333333333333333333公顷 in full, as
   * {@link Quantity#toString()} writes it so that it parses back to the same value) is written
   * 8333.33公顷; 2210.6万头只 and 5.82% are written as they are. The same as
   * {@code chinese().withMaxScale(2, RoundingMode.HALF_UP)}; the value itself stays exact.
   *
   * @return the shared report format
   */
  public static QuantityFormat report() {
    return REPORT;
  }

  /**
   * English text: "22.106 million head", "more than 800 structures", "5.82%".
   *
   * @return the shared English format, writing values in full
   */
  public static QuantityFormat english() {
    return ENGLISH;
  }

  /**
   * This format, choosing 万 or 亿 for Chinese output by the size of the amount.
   *
   * @return a new format like this one that writes 22106000头只 as 2210.6万头只; English output
   *     is not affected
   */
  public QuantityFormat withAutoMagnitude() {
    return new QuantityFormat(english, true, scale, atMost, roundingMode);
  }

  /**
   * This format, rounding the written value to {@code decimals} places with {@code mode}.
   *
   * @param decimals the number of decimals written, 0 or more; 1 writes 113.8万公顷
   * @param mode how to round, e.g. {@link RoundingMode#HALF_UP}; not null. With
   *     {@link RoundingMode#UNNECESSARY}, {@link #format} throws {@link ArithmeticException} for a
   *     value that needs rounding
   * @return a new format like this one that rounds after choosing the magnitude
   * @throws NullPointerException if {@code mode} is null
   * @throws IllegalArgumentException if {@code decimals} is negative
   */
  public QuantityFormat withScale(int decimals, RoundingMode mode) {
    Objects.requireNonNull(mode, "mode");
    if (decimals < 0) {
      throw new IllegalArgumentException("decimals (" + decimals + ") must be >= 0");
    }
    return new QuantityFormat(english, autoMagnitude, decimals, false, mode);
  }

  /**
   * This format, rounding the written value to {@code decimals} places with {@code mode} only when
   * it has more: with 2, 8333.3333公顷 is written 8333.33公顷 and 5.8% stays 5.8% (where
   * {@link #withScale} writes 5.80%).
   *
   * @param decimals the most decimals written, 0 or more
   * @param mode how to round a value with more decimals, e.g. {@link RoundingMode#HALF_UP}; not
   *     null. With {@link RoundingMode#UNNECESSARY}, {@link #format} throws
   *     {@link ArithmeticException} for a value that needs rounding
   * @return a new format like this one that rounds after choosing the magnitude
   * @throws NullPointerException if {@code mode} is null
   * @throws IllegalArgumentException if {@code decimals} is negative
   */
  public QuantityFormat withMaxScale(int decimals, RoundingMode mode) {
    Objects.requireNonNull(mode, "mode");
    if (decimals < 0) {
      throw new IllegalArgumentException("decimals (" + decimals + ") must be >= 0");
    }
    return new QuantityFormat(english, autoMagnitude, decimals, true, mode);
  }

  /**
   * Renders {@code q} as this format says.
   *
   * @param q the quantity to write; not null
   * @return the text, qualifier included: "约3.5万人", "30万吨以上", "about 35,000 persons"
   * @throws NullPointerException if {@code q} is null
   */
  public String format(Quantity q) {
    Objects.requireNonNull(q, "q");
    return english ? formatEnglish(q) : formatChinese(q);
  }

  /**
   * The normalisation {@link Quantity#parse} applies before reading, for callers that scan text
   * themselves: each character maps to exactly one character, so an index into the result is an
   * index into {@code text}. Fullwidth ASCII forms (０-９ ，．％ ＋－ ／) become ASCII, the ideographic
   * space a space, the dashes — – − ‐ a hyphen-minus, 〜 a tilde, 〇 becomes 零, and the traditional
   * 萬 億 兩 點 負 頭 隻 噸 畝 個 戶 貳 陸 their simplified forms.
   *
   * @param text the text to normalise; not null
   * @return the normalised text, of the same length as {@code text}
   * @throws NullPointerException if {@code text} is null
   */
  public static String normalize(CharSequence text) {
    return Normalizer.normalize(text.toString());
  }

  /**
   * Reads Chinese quantity text; the same as {@link Quantity#parse}.
   *
   * @param text the text of one quantity, e.g. "1,532.4亿元" or "约3.5万人"; not null
   * @return the quantity as {@link Quantity#parse} reads it; this format's settings play no part
   * @throws NullPointerException if {@code text} is null
   * @throws UnknownUnitException if the unit part is not a known unit
   * @throws QuantityFormatException if the text is not a quantity
   */
  public Quantity parse(CharSequence text) {
    return Quantity.parse(text);
  }

  private String formatChinese(Quantity q) {
    Quantity shown = autoMagnitude && isSimple(q.unit()) ? rescale(q) : q;
    return Quantity.withWord(q, number(shown.value()).toPlainString(), shown.unit().symbol());
  }

  private static boolean isSimple(Unit unit) {
    Unit root = unit.withoutMagnitude();
    return Units.atomOrNull(root.symbol()) == root || root.equals(Units.ONE)
        ? !isRatio(root)
        : false;
  }

  private static boolean isRatio(Unit root) {
    return root.equals(Units.PERCENT) || root.equals(Units.PER_MILLE) || root.equals(Units.TENTH)
        || root.equals(Units.PERCENTAGE_POINT);
  }

  private static Quantity rescale(Quantity q) {
    Unit root = q.unit().withoutMagnitude();
    Quantity inRoot = q.to(root);
    BigDecimal abs = inRoot.value().abs();
    if (abs.compareTo(BigDecimal.TEN.pow(8)) >= 0) {
      return Quantity.of(shift(inRoot.value(), 8), root.withMagnitude(Magnitude.HUNDRED_MILLION), q.qualifier());
    }
    if (abs.compareTo(BigDecimal.TEN.pow(4)) >= 0) {
      return Quantity.of(shift(inRoot.value(), 4), root.withMagnitude(Magnitude.TEN_THOUSAND), q.qualifier());
    }
    return inRoot;
  }

  private static BigDecimal shift(BigDecimal v, int places) {
    return Decimals.stripToInteger(v.movePointLeft(places));
  }

  private BigDecimal number(BigDecimal v) {
    return scale < 0 || atMost && v.scale() <= scale ? v : v.setScale(scale, roundingMode);
  }

  private String formatEnglish(Quantity q) {
    Unit unit = q.unit();
    Unit root = unit.withoutMagnitude();
    String prefix = q.qualifier().englishPrefix();
    if (root.equals(Units.PERCENT) || root.equals(Units.PER_MILLE)) {
      Quantity inRoot = q.to(root);
      return prefix + number(inRoot.value()).toPlainString() + root.symbol();
    }
    boolean simple = Units.atomOrNull(root.symbol()) == root || root.equals(Units.ONE);
    Quantity inRoot = simple ? q.to(root) : q;
    BigDecimal v = inRoot.value();
    BigDecimal abs = v.abs();
    String scaleWord = "";
    if (simple && abs.compareTo(BigDecimal.TEN.pow(12)) >= 0) {
      v = shift(v, 12);
      scaleWord = " trillion";
    } else if (simple && abs.compareTo(BigDecimal.TEN.pow(9)) >= 0) {
      v = shift(v, 9);
      scaleWord = " billion";
    } else if (simple && abs.compareTo(BigDecimal.TEN.pow(6)) >= 0) {
      v = shift(v, 6);
      scaleWord = " million";
    }
    String digits = scaleWord.isEmpty() ? grouped(number(v)) : number(v).toPlainString();
    String name = inRoot.unit().englishName();
    return prefix + digits + scaleWord + (name.isEmpty() ? "" : " " + name);
  }

  private static String grouped(BigDecimal v) {
    DecimalFormat f = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
    f.setParseBigDecimal(true);
    f.setMinimumFractionDigits(Math.max(v.scale(), 0));
    f.setMaximumFractionDigits(Math.max(v.scale(), 0));
    return f.format(v);
  }
}
