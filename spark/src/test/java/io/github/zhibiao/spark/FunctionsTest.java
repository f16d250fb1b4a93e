package io.github.zhibiao.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zhibiao.unit.Quantity;
import io.github.zhibiao.unit.Units;
import java.math.BigDecimal;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The SQL functions on a session, against core's Quantity and units. */
class FunctionsTest {
  static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = SparkSessions.shared();
  }

  static Row one(String sql) {
    return spark.sql(sql).collectAsList().get(0);
  }

  @Test
  void convertGivesCoresConversionAtScale8() {
    Row r = one("select zb_convert('130亿斤', '万吨') as t, zb_convert('1.5万亩', '公顷') as h,"
        + " zb_convert('1亩', '平方米') as m");
    BigDecimal tonnes = Quantity.parse("130亿斤").to(Units.of("万吨")).value();
    assertEquals(0, tonnes.compareTo(r.getDecimal(0)), r.toString());
    assertEquals(0, Quantity.parse("1.5万亩").to(Units.of("公顷")).value().compareTo(r.getDecimal(1)), r.toString());
    assertEquals(new BigDecimal("666.66666667"), r.getDecimal(2)); // 2000/3, half-even at 8 decimals
    assertEquals(8, r.getDecimal(0).scale());
  }

  @Test
  void valueUnitAndConvertibility() {
    Row r = one("select zb_quantity_value('800余座'), zb_quantity_unit('130亿斤'), zb_quantity_unit('12'),"
        + " zb_convertible('万吨', '亿斤'), zb_convertible('万吨', '亿元'),"
        + " zb_convert_value(cast(2160.5 as decimal(38,8)), '亿元', '万元')");
    assertEquals(0, new BigDecimal("800").compareTo(r.getDecimal(0)));
    assertEquals("亿斤", r.getString(1));
    assertEquals("1", r.getString(2));
    assertTrue(r.getBoolean(3));
    assertEquals(false, r.getBoolean(4));
    assertEquals(0, new BigDecimal("21605000").compareTo(r.getDecimal(5)));
  }

  @Test
  void nullGivesNull() {
    Row r = one("select zb_convert(null, '万吨'), zb_quantity_value(null), zb_convertible('万吨', null),"
        + " zb_convert_value(null, '亿元', '万元')");
    for (int i = 0; i < 4; i++) {
      assertNull(r.get(i), "column " + i);
    }
  }

  @Test
  void whatHasNoAnswerIsAnErrorNotANull() {
    assertError("select zb_convert('1000000000000000000000000000000亿斤', '斤')", "decimal(38, 8)");
    assertError("select zb_quantity_value('0.123456789吨')", "more than 8 decimals");
    assertError("select zb_convert('130亿斤', '亿元')", "亿元");
    assertError("select zb_convert('130亿阿巴', '万吨')", "阿巴");
    assertError("select zb_convertible('万阿巴', '万吨')", "阿巴");
  }

  private static void assertError(String sql, String expected) {
    Exception e = assertThrows(Exception.class, () -> spark.sql(sql).collectAsList());
    String messages = LenientTest.messages(e);
    assertTrue(messages.contains(expected), sql + " → " + messages);
  }
}
