package io.github.zhibiao.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/** The fast conversion paths give exactly what plain BigDecimal arithmetic gives. */
class ConverterProperties {
  private static final List<Rational> FACTORS = List.of(
      Rational.of(2000, 3), Rational.of(3, 2000), Rational.of(1, 15), Rational.of(15), Rational.of(2, 3),
      Rational.of(20000, 3), Rational.of(1, 3), Rational.of(7, 9), Rational.of(-5, 7), Rational.of(1, 91),
      Rational.of(3, 7), Rational.of(10_000_000, 3), Rational.of(1, 6),
      // factors whose results always terminate (the long product path), some too large for a long product
      Rational.of(5), Rational.of(1, 4), Rational.of(2000), Rational.of(25, 2), Rational.of(-1, 8),
      Rational.of(50_000), Rational.of(7_000_000_000_000L), Rational.of(3, 1_000_000),
      // powers of ten (a change of scale): 亿元 → 万元, 万元 → 亿元, 亿 → 1, and one beyond a long
      Rational.of(10_000), Rational.of(1, 10_000), Rational.of(100_000_000), Rational.of(1, 10),
      Rational.of(BigInteger.TEN.pow(25), BigInteger.ONE));
  private static final List<MathContext> CONTEXTS = List.of(MathContext.DECIMAL128, MathContext.DECIMAL64,
      new MathContext(34, RoundingMode.HALF_UP), new MathContext(20, RoundingMode.HALF_EVEN),
      new MathContext(10, RoundingMode.DOWN), new MathContext(38, RoundingMode.HALF_EVEN),
      new MathContext(40, RoundingMode.HALF_EVEN));

  @Test
  void convertingEqualsMultiplyThenDivide() {
    qt().withExamples(20_000)
        .forAll(longs().between(-999_999_999_999_999L, 999_999_999_999_999L), integers().between(-3, 12),
            Generate.pick(FACTORS), Generate.pick(CONTEXTS))
        .checkAssert((unscaled, scale, factor, mc) -> {
          BigDecimal v = new BigDecimal(BigInteger.valueOf(unscaled), scale);
          // equals, not compareTo: the same number and the same tidy scale (never negative)
          assertEquals(UnitConverter.reference(v, factor, mc), UnitConverter.of(factor).convert(v, mc),
              v + " × " + factor + " in " + mc);
        });
  }

  @Test
  void anyLongUnscaledValueConvertsAsBigDecimalArithmeticDoes() {
    qt().withExamples(20_000)
        .forAll(longs().all(), integers().between(-20, 20), Generate.pick(FACTORS))
        .checkAssert((unscaled, scale, factor) -> {
          BigDecimal v = new BigDecimal(BigInteger.valueOf(unscaled), scale);
          assertEquals(UnitConverter.reference(v, factor, MathContext.DECIMAL128), UnitConverter.of(factor).convert(v),
              v + " × " + factor);
        });
  }
}
