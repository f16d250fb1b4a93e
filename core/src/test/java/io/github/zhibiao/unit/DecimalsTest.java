package io.github.zhibiao.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DecimalsTest {

  private static void same(BigDecimal v) {
    BigDecimal want = v.stripTrailingZeros();
    BigDecimal got = Decimals.strip(v);
    assertEquals(want.unscaledValue(), got.unscaledValue(), v::toString);
    assertEquals(want.scale(), got.scale(), v::toString);
  }

  @Test
  void stripsAsTheJdkDoes() {
    Random random = new Random(42);
    for (int zeros : new int[] {0, 1, 2, 3, 7, 8, 15, 16, 17, 100, 617, 618, 1000, 1023, 1024, 1025, 4095, 5000}) {
      for (int digits : new int[] {1, 5, 700, 2000}) {
        StringBuilder sb = new StringBuilder();
        sb.append((char) ('1' + random.nextInt(9)));
        for (int i = 1; i < digits; i++) {
          sb.append((char) ('0' + random.nextInt(10)));
        }
        if (sb.charAt(sb.length() - 1) == '0') {
          sb.setCharAt(sb.length() - 1, '7');
        }
        BigInteger u = new BigInteger(sb + "0".repeat(zeros));
        for (int scale : new int[] {-3, 0, 2, zeros, zeros + 5}) {
          same(new BigDecimal(u, scale));
          same(new BigDecimal(u.negate(), scale));
        }
      }
    }
    same(BigDecimal.ZERO);
    same(new BigDecimal("0.000"));
    assertEquals(BigDecimal.ZERO, Decimals.strip(new BigDecimal("0E+5")));
  }

  @Test
  void stripToIntegerGivesScaleZeroForIntegers() {
    assertEquals(0, Decimals.stripToInteger(new BigDecimal("1E+3")).scale());
    assertEquals(new BigDecimal("1000"), Decimals.stripToInteger(new BigDecimal("1E+3")));
    assertEquals(new BigDecimal("2.5"), Decimals.stripToInteger(new BigDecimal("2.500")));
    BigDecimal big = new BigDecimal(BigInteger.TEN.pow(100_000));
    BigDecimal stripped = Decimals.stripToInteger(big);
    assertEquals(0, stripped.scale());
    assertEquals(0, stripped.compareTo(big));
    assertEquals(new BigDecimal(BigInteger.ONE, -100_000), Decimals.strip(big));
  }
}
