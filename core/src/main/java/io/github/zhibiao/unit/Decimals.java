package io.github.zhibiao.unit;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link BigDecimal#stripTrailingZeros()} without its cost on long numbers: the JDK divides by ten
 * once per zero, so 10¹⁰⁰⁰⁰⁰ takes seconds. Here the trailing zeros are bounded by the lowest set
 * bit (10ᵏ = 2ᵏ5ᵏ) and removed by halving powers of ten, about log₂ k divisions.
 */
final class Decimals {
  private Decimals() {}

  /** Values of at most this many bits strip the JDK's way, which is fast for them. */
  private static final int SHORT_BITS = 2048;

  /** The same value and unscaled digits as {@code v.stripTrailingZeros()}. */
  static BigDecimal strip(BigDecimal v) {
    BigInteger unscaled = v.unscaledValue();
    if (unscaled.signum() == 0) {
      return BigDecimal.ZERO;
    }
    int bound = unscaled.getLowestSetBit(); // 10^k divides only if 2^k does
    if (bound == 0) {
      return v;
    }
    if (unscaled.bitLength() <= SHORT_BITS) {
      return v.stripTrailingZeros();
    }
    List<BigInteger> powers = new ArrayList<>();
    for (BigInteger p = BigInteger.TEN; powers.size() < 31 && (1L << powers.size()) <= bound; p = p.multiply(p)) {
      powers.add(p);
    }
    // the zeros number at most bound < 2^powers.size(): taking each power once, from the largest,
    // removes them all, as binary digits of their count
    long removed = 0;
    for (int j = powers.size() - 1; j >= 0; j--) {
      BigInteger[] qr = unscaled.divideAndRemainder(powers.get(j));
      if (qr[1].signum() == 0) {
        unscaled = qr[0];
        removed += 1L << j;
      }
    }
    return new BigDecimal(unscaled, Math.toIntExact(v.scale() - removed));
  }

  /** {@link #strip}, then scale 0 for an integer: 2.50 gives 2.5, 1E+3 gives 1000. */
  static BigDecimal stripToInteger(BigDecimal v) {
    BigDecimal s = strip(v);
    return s.scale() < 0 ? s.setScale(0) : s;
  }
}
