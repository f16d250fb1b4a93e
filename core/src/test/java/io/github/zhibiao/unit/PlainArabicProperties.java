package io.github.zhibiao.unit;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/**
 * The parser's plain-Arabic path ({@code 2210.6万头只}, {@code 800余座}, {@code -3.2%}) gives what the
 * general grammar gives, for texts built from the pieces where the two could part: signs, digits,
 * separators, 余 and 多, magnitudes and numerals after the digits, 又 and 分之, spaces, suffix
 * qualifiers, units and junk.
 */
class PlainArabicProperties {

  private static final List<String> PIECES = List.of(
      "", "-", "+", "1", "23", "0.5", "1,234", "12,34", ".", ",", "/", "7/8", "余", "多", "万", "亿", "千", "百",
      "十", "拾", "两", "又", "分之", "分", "一", "点", "零", " ", "\t", "\u3000", "亩", "头只", "元", "%", "‰", "斤",
      "公斤/亩", "万元/人", "千克", "千公顷", "百分点", "以上", "以内", "内", "上", "下", "左右", "右", "近", "约", "个百分点", "x", "１",
      "，");

  /** What may stand before the digits: nothing, a sign, or what only the general grammar reads. */
  private static final List<String> HEADS = List.of("", "", "", "-", "+", " ", "约", "近", "百分之", "负");

  private static final List<String> NUMBERS = List.of("1", "800", "2210.6", "1,532.4", "0.05", "12345678901234567890.1",
      "１３０", "1.", ".5", "");

  /** 40000 texts; fewer under the mutation profile, which sets {@code numerals.examples}. */
  private static int examples() {
    return Math.min(40_000, Integer.getInteger("numerals.examples", 40_000));
  }

  @Test
  void plainPathAgreesWithTheGeneralGrammar() {
    int[] plainTaken = {0};
    qt().withExamples(examples())
        .forAll(Generate.pick(HEADS), Generate.pick(NUMBERS), lists().of(Generate.pick(PIECES)).ofSizeBetween(0, 4))
        .check((head, number, pieces) -> {
          String text = head + number + String.join("", pieces);
          String s = Normalizer.normalize(text);
          String general = outcome(() -> QuantityParser.general(text, s, UnitCatalog.builtIn()));
          String plain;
          try {
            Quantity q = QuantityParser.plainArabic(text, s, UnitCatalog.builtIn());
            if (q == null) {
              return true; // not of the plain form: the general grammar reads it
            }
            plainTaken[0]++;
            plain = describe(q);
          } catch (RuntimeException e) {
            plain = e.getClass().getSimpleName() + ": " + e.getMessage();
          }
          if (!Objects.equals(plain, general)) {
            throw new AssertionError(text + ": plain path " + plain + ", general " + general);
          }
          return true;
        });
    // The pieces make plain figures often enough that the comparison means something (one in
    // twenty at the least).
    if (plainTaken[0] < examples() / 20) {
      throw new AssertionError("the plain path was taken only " + plainTaken[0] + " times in " + examples() + " texts");
    }
  }

  private static String outcome(java.util.function.Supplier<Quantity> parse) {
    try {
      return describe(parse.get());
    } catch (RuntimeException e) {
      return e.getClass().getSimpleName() + ": " + e.getMessage();
    }
  }

  /** Value with its scale, unit and qualifier: everything a quantity holds. */
  private static String describe(Quantity q) {
    return q.value().unscaledValue() + "e-" + q.value().scale() + " " + q.unit().symbol() + " " + q.unit().dimension()
        + " " + q.unit().factor() + " " + q.qualifier();
  }
}
