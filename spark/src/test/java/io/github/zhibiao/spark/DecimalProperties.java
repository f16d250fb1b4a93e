package io.github.zhibiao.spark;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.apache.spark.sql.catalyst.expressions.GenericInternalRow;
import org.apache.spark.sql.catalyst.expressions.UnsafeProjection;
import org.apache.spark.sql.catalyst.expressions.UnsafeRow;
import org.apache.spark.sql.types.Decimal;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/** The decimal fast path (an unscaled long) gives what Spark's BigDecimal path gives, in a row too. */
class DecimalProperties {
  static final StructType ONE = new StructType().add("d", ZhibiaoSchema.DECIMAL);

  static BigDecimal unsafeRoundTrip(Decimal d) {
    UnsafeRow row = UnsafeProjection.create(ONE).apply(new GenericInternalRow(new Object[] {d}));
    return row.getDecimal(0, ZhibiaoSchema.PRECISION, ZhibiaoSchema.SCALE).toJavaBigDecimal();
  }

  @Test
  void fastPathEqualsTheBigDecimalPath() {
    // unscaled values of every length up to 38 digits (the long path covers up to 18), either sign
    qt().forAll(longs().all(), longs().all(), integers().between(0, 38)).check((high, low, digits) -> {
      BigInteger unscaled = BigInteger.valueOf(high).shiftLeft(64).add(BigInteger.valueOf(low))
          .mod(BigInteger.TEN.pow(digits).max(BigInteger.ONE));
      if (high < 0) {
        unscaled = unscaled.negate();
      }
      BigDecimal value = new BigDecimal(unscaled, ZhibiaoSchema.SCALE);
      Decimal fast = Rows.decimal(value);
      Decimal slow = Rows.slowDecimal(value);
      return fast.equals(slow) && fast.precision() == slow.precision() && fast.scale() == slow.scale()
          && fast.toJavaBigDecimal().equals(value) && unsafeRoundTrip(fast).equals(value)
          && unsafeRoundTrip(slow).equals(value);
    });
  }

  @Test
  void statedNumbersGoThroughTheExactRuleAndTheFastPathUnchanged() {
    qt().forAll(longs().all(), integers().between(0, 8)).check((unscaled, scale) -> {
      BigDecimal stated = BigDecimal.valueOf(unscaled, scale);
      BigDecimal scaled = Rows.exact(stated, "value", new Rows.Place("f", "csv", 1, null, null, null), "f");
      return Rows.decimal(scaled).toJavaBigDecimal().compareTo(stated) == 0
          && unsafeRoundTrip(Rows.decimal(scaled)).equals(scaled);
    });
  }
}
