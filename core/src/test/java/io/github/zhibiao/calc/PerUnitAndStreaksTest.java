package io.github.zhibiao.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zhibiao.model.Period;
import io.github.zhibiao.model.Region;
import io.github.zhibiao.model.Series;
import io.github.zhibiao.unit.IncompatibleUnitsException;
import io.github.zhibiao.unit.Quantity;
import io.github.zhibiao.unit.Units;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;

class PerUnitAndStreaksTest {

  private static Quantity q(String text) {
    return Quantity.parse(text);
  }

  @Test
  void yieldOfTheSeedIs761Point7JinPerMu() {
    Quantity yield = PerUnit.of(q("130亿斤"), q("1706.8万亩"), Units.of("斤/亩"));
    assertEquals(Units.of("斤/亩"), yield.unit());
    assertEquals(q("761.7斤/亩"), yield.setScale(1, RoundingMode.HALF_UP));
    assertEquals(q("761.7斤/亩"), PerUnit.perArea(q("130亿斤"), q("1706.8万亩"), Units.of("斤/亩"))
        .setScale(1, RoundingMode.HALF_UP));
  }

  @Test
  void perAreaAndPerCapitaNameWhatIsWrong() {
    IncompatibleUnitsException area = assertThrows(IncompatibleUnitsException.class,
        () -> PerUnit.perArea(q("130亿斤"), q("1706.8万人"), Units.of("斤/亩")));
    assertEquals("cannot take the yield per 万人 and 亩: PERSON ≠ LENGTH²", area.getMessage());
    IncompatibleUnitsException output = assertThrows(IncompatibleUnitsException.class,
        () -> PerUnit.perArea(q("130亿元"), q("1706.8万亩"), Units.of("元/亩")));
    assertEquals("cannot take the yield of 亿元 and 公斤: CURRENCY_CNY ≠ MASS", output.getMessage());
    IncompatibleUnitsException capita = assertThrows(IncompatibleUnitsException.class,
        () -> PerUnit.perCapita(q("754.49亿元"), q("2.05万户"), Units.of("元/人")));
    assertEquals("cannot divide per person by 万户 and 人: HOUSEHOLD ≠ PERSON", capita.getMessage());
    assertEquals(q("5000元/人"), PerUnit.perCapita(q("1亿元"), q("2万人"), Units.of("元/人")));
  }

  private static Series grain(String... valuesFrom2021) {
    List<io.github.zhibiao.model.Observation> obs = new java.util.ArrayList<>();
    for (int i = 0; i < valuesFrom2021.length; i++) {
      obs.add(Seed.obs(Seed.GRAIN, Region.CHIFENG, Integer.toString(2021 + i), valuesFrom2021[i]));
    }
    return Series.of(Seed.GRAIN, Region.CHIFENG, obs);
  }

  @Test
  void streaksCountYearsAtOrAboveTheLevel() {
    Series s = grain("99亿斤", "100亿斤", "130亿斤");
    assertEquals(2, Streaks.run(s, q("100亿斤")));
    assertTrue(Streaks.holds(s, q("100亿斤"), 2));
    assertFalse(Streaks.holds(s, q("100亿斤"), 3));
    assertTrue(Streaks.holds(s, q("130亿斤"), 1));
    assertFalse(Streaks.holds(s, q("131亿斤"), 1));
    IllegalArgumentException zero = assertThrows(IllegalArgumentException.class, () -> Streaks.holds(s, q("100亿斤"), 0));
    assertEquals("streak length (0) must be >= 1", zero.getMessage());
    assertEquals(0, Streaks.run(grain("120亿斤", "不足100亿斤"), q("100亿斤")));
    assertEquals(0, Streaks.run(grain("120亿斤", "100亿斤以下"), q("100亿斤")));
    assertEquals(2, Streaks.run(grain("超100亿斤", "约100亿斤"), q("100亿斤")));
  }

  @Test
  void aLevelOfAnotherDimensionIsRefusedEvenWithoutData() {
    Series empty = Series.of(Seed.GRAIN, Region.CHIFENG, List.of());
    assertEquals(0, Streaks.run(empty, q("100亿斤")));
    IncompatibleUnitsException e = assertThrows(IncompatibleUnitsException.class,
        () -> Streaks.run(empty, q("100万人"), Period.year(2023)));
    assertEquals("cannot compare 亿斤 and 万人: MASS ≠ PERSON", e.getMessage());
  }
}
