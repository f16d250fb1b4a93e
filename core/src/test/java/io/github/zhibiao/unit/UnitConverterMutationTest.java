package io.github.zhibiao.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link UnitConverter}'s long-arithmetic and divisibility shortcuts against plain BigDecimal
 * arithmetic done here, over factors with small denominators (1/12 month→year, 1/15 亩→公顷,
 * 2000/3 亩→m²) and values that reach each branch: both signs, 1 to 19 digits, results just
 * below a power of ten, precisions that need the 128-bit path.
 */
class UnitConverterMutationTest {

  private static final Rational[] FACTORS = {
    Rational.of(1, 12), Rational.of(1, 15), Rational.of(2000, 3), Rational.of(1, 3), Rational.of(2, 3),
    Rational.of(1, 7), Rational.of(22, 7), Rational.of(1, 91), Rational.of(1, 93), Rational.of(10, 3),
    Rational.of(-1, 3), Rational.of(1, 6), Rational.of(5, 6),
  };

  private static final String[] VALUES = {
    "1", "2", "5", "7", "10", "11", "13", "29", "100", "0.1", "0.02", "1706.8", "2210.6", "-1706.8", "99999",
    "123456789", "999999999999999999", "-999999999999999999", "1234567890123456789", "0.000000000000000007",
    "12345678901234567", "2999999999999999999", "8", "26", "2.9999999999999999", "0.299999", "30", "36",
    "9223372036854775807", "-9223372036854775808", "461168601842738790", "2305843009213693951",
  };

  private static final MathContext[] CONTEXTS = {
    MathContext.DECIMAL128, MathContext.DECIMAL64, MathContext.DECIMAL32, new MathContext(5, RoundingMode.HALF_UP),
    new MathContext(1, RoundingMode.HALF_EVEN), new MathContext(2, RoundingMode.HALF_UP),
    new MathContext(7, RoundingMode.DOWN), new MathContext(40, RoundingMode.HALF_EVEN),
    new MathContext(35, RoundingMode.HALF_UP), new MathContext(18, RoundingMode.HALF_EVEN),
    new MathContext(19, RoundingMode.HALF_UP), new MathContext(20, RoundingMode.HALF_EVEN),
    new MathContext(4, RoundingMode.CEILING), new MathContext(38, RoundingMode.HALF_UP),
    new MathContext(39, RoundingMode.HALF_EVEN),
  };

  /** value × num ÷ den, exact when that terminates, else rounded to mc; trailing zeros removed. */
  private static BigDecimal expected(BigDecimal value, Rational f, MathContext mc) {
    BigDecimal num = new BigDecimal(f.numerator());
    BigDecimal den = new BigDecimal(f.denominator());
    BigDecimal product = value.multiply(num);
    BigDecimal q;
    try {
      q = product.divide(den);
    } catch (ArithmeticException nonTerminating) {
      q = product.divide(den, mc);
    }
    if (q.signum() == 0) {
      return BigDecimal.ZERO;
    }
    BigDecimal s = q.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }

  @Test
  void shortcutsGiveWhatPlainArithmeticGives() {
    List<String> wrong = new ArrayList<>();
    int checked = 0;
    for (Rational f : FACTORS) {
      UnitConverter c = UnitConverter.of(f);
      for (String v : VALUES) {
        BigDecimal value = new BigDecimal(v);
        for (MathContext mc : CONTEXTS) {
          BigDecimal want = expected(value, f, mc);
          // the a→b→a refinement may return a shorter decimal; it is checked separately below
          if (value.precision() > mc.getPrecision() - 3 && mc.getPrecision() > 3) {
            continue;
          }
          BigDecimal got = c.convert(value, mc);
          checked++;
          if (!want.equals(got)) {
            wrong.add(v + " ×" + f + " " + mc + ": want " + want + " got " + got);
          }
        }
      }
    }
    assertTrue(checked > 2000, "checked " + checked);
    assertEquals(List.of(), wrong);
  }

  /** Regression: above 38 digits the long-arithmetic path overflowed its 128 bits and returned garbage. */
  @Test
  void fortyDigitsAreRight() {
    MathContext forty = new MathContext(40, RoundingMode.HALF_EVEN);
    assertEquals(new BigDecimal("1137866.666666666666666666666666666666667"),
        Quantity.parse("1706.8亩").to(Units.SQUARE_METRE, forty).value());
    assertEquals(new BigDecimal("113.7866666666666666666666666666666666667"),
        Quantity.parse("1706.8万亩").to(Units.of("万公顷"), forty).value());
    assertEquals(new BigDecimal("0.5833333333333333333333333333333333333333"),
        Units.MONTH.converterTo(Units.YEAR).convert(new BigDecimal("7"), forty));
  }

  @Test
  void precisionDefaultIsThirtyFourDigits() {
    UnitConverter muToHectare = Units.MU.converterTo(Units.HECTARE);
    assertEquals(Rational.of(1, 15), muToHectare.factor());
    assertEquals(new BigDecimal("113.7866666666666666666666666666667"),
        muToHectare.convert(new BigDecimal("1706.8")));
    assertEquals(new BigDecimal("0.06666666666666666666666666666666667"), muToHectare.convert(BigDecimal.ONE));
    assertEquals(new BigDecimal("-0.06666666666666666666666666666666667"), muToHectare.convert(BigDecimal.ONE.negate()));
    assertEquals(new BigDecimal("0.6666666666666666666666666666666667"),
        UnitConverter.of(Rational.of(1, 15)).convert(BigDecimal.TEN));
    assertEquals(new BigDecimal("9.999999999999999999999999999999999"),
        UnitConverter.of(Rational.of(1, 3)).convert(new BigDecimal("29.999999999999999999999999999999997")));
  }

  @Test
  void roundTripsGiveBackTheFigure() {
    UnitConverter there = Units.of("万亩").converterTo(Units.of("万公顷"));
    UnitConverter back = there.inverse();
    for (String v : new String[] {"1706.8", "761.7", "0.1", "2210.6", "17", "1", "3.14159"}) {
      BigDecimal x = new BigDecimal(v);
      assertEquals(x, back.convert(there.convert(x)), v);
    }
    UnitConverter monthsToYears = Units.MONTH.converterTo(Units.YEAR);
    assertEquals(new BigDecimal("7"), monthsToYears.inverse().convert(monthsToYears.convert(new BigDecimal("7"))));
    assertEquals(new BigDecimal("0.5833333333333333333333333333333333"), monthsToYears.convert(new BigDecimal("7")));
  }

  @Test
  void divisibleValuesAreExact() {
    UnitConverter third = UnitConverter.of(Rational.of(1, 3));
    assertEquals(new BigDecimal("4"), third.convert(new BigDecimal("12")));
    assertEquals(new BigDecimal("0.41"), third.convert(new BigDecimal("1.23")));
    assertEquals(new BigDecimal("-0.41"), third.convert(new BigDecimal("-1.23")));
    assertEquals(new BigDecimal("411522633744855967078189300411522633"),
        third.convert(new BigDecimal("1234567901234567901234567901234567899")));
    assertEquals(new BigDecimal("333333333333333333333333333333333333.3"),
        third.convert(new BigDecimal("999999999999999999999999999999999999.9")));
    UnitConverter mu = UnitConverter.of(Rational.of(2000, 3));
    assertEquals(new BigDecimal("2000"), mu.convert(new BigDecimal("3")));
    assertEquals(new BigDecimal("666.6666666666666666666666666666667"), mu.convert(BigDecimal.ONE));
  }

  @Test
  void unlimitedContextFailsForNonTerminatingResults() {
    UnitConverter third = UnitConverter.of(Rational.of(1, 3));
    assertThrows(ArithmeticException.class, () -> third.convert(BigDecimal.ONE, MathContext.UNLIMITED));
    assertThrows(ArithmeticException.class,
        () -> third.convert(BigDecimal.ONE, new MathContext(10, RoundingMode.UNNECESSARY)));
    assertEquals(new BigDecimal("3"), third.convert(new BigDecimal("9"), MathContext.UNLIMITED));
  }

  @Test
  void powersOfTenShiftTheScale() {
    UnitConverter up = UnitConverter.of(Rational.of(1000));
    assertEquals(new BigDecimal("1706800"), up.convert(new BigDecimal("1706.8")));
    UnitConverter down = UnitConverter.of(Rational.of(1, 1000));
    assertEquals(new BigDecimal("1.7068"), down.convert(new BigDecimal("1706.8")));
    assertEquals(new BigDecimal("0.0017"), down.convert(new BigDecimal("1.70")));
    assertEquals(BigDecimal.ZERO, down.convert(new BigDecimal("0.000")));
    assertEquals(new BigDecimal("2"), UnitConverter.of(Rational.of(10)).convert(new BigDecimal("0.20")));
    assertEquals(new BigDecimal("650"), Units.of("亿斤").converterTo(Units.of("万吨")).convert(new BigDecimal("130")));
    UnitConverter notPower = UnitConverter.of(Rational.of(20));
    assertEquals(new BigDecimal("24"), notPower.convert(new BigDecimal("1.2")));
    assertEquals(new BigDecimal("0.05"), UnitConverter.of(Rational.of(1, 20)).convert(BigDecimal.ONE));
    assertEquals(new BigDecimal("1.5"), UnitConverter.of(Rational.of(3, 20)).convert(BigDecimal.TEN));
  }

  @Test
  void algebraAndIdentity() {
    UnitConverter identity = UnitConverter.identity();
    assertTrue(identity.isIdentity());
    assertSame(identity, UnitConverter.of(Rational.ONE));
    BigDecimal v = new BigDecimal("2210.60");
    assertSame(v, identity.convert(v));
    UnitConverter jinToKg = UnitConverter.of(Rational.of(1, 2));
    assertFalse(jinToKg.isIdentity());
    assertEquals(UnitConverter.of(Rational.of(2)), jinToKg.inverse());
    assertEquals(UnitConverter.of(Rational.of(1, 1000)), jinToKg.andThen(UnitConverter.of(Rational.of(1, 500))));
    assertTrue(jinToKg.andThen(jinToKg.inverse()).isIdentity());
    assertEquals("×1/2", jinToKg.toString());
    assertEquals("×2000/3", Units.MU.converterTo(Units.SQUARE_METRE).toString());
    assertEquals(jinToKg.hashCode(), UnitConverter.of(Rational.of(2, 4)).hashCode());
    assertEquals(Rational.of(1, 2).hashCode(), jinToKg.hashCode());
    assertNotEquals(jinToKg, UnitConverter.of(Rational.of(1, 3)));
    assertNotEquals(jinToKg, "×1/2");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> UnitConverter.of(Rational.ZERO));
    assertEquals("conversion factor must not be zero", e.getMessage());
  }

  @Test
  void serializationKeepsTheFactorAndTheFastPaths() throws Exception {
    UnitConverter c = Units.MU.converterTo(Units.HECTARE);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(c);
      out.writeObject(UnitConverter.identity());
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      UnitConverter back = (UnitConverter) in.readObject();
      assertEquals(c, back);
      assertEquals(new BigDecimal("113.7866666666666666666666666666667"), back.convert(new BigDecimal("1706.8")));
      assertSame(UnitConverter.identity(), in.readObject());
    }
  }
}
