package io.github.zhibiao.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zhibiao.model.Region;
import io.github.zhibiao.unit.Qualifier;
import io.github.zhibiao.unit.Quantity;
import java.util.List;
import org.junit.jupiter.api.Test;

class ThresholdsTest {
  private static final ExtractionContext CTX = ExtractionContext.of(Region.CHIFENG, 2023);

  private static List<ExtractedFact> facts(String text) {
    return TextExtractor.create().extract(text, CTX).facts();
  }

  @Test
  void aThresholdBesideAnExactFigureGivesBothInTheExactFiguresUnit() {
    List<ExtractedFact> f = facts("全区羊存栏突破1亿大关,达到10091.03万只。");
    assertEquals(2, f.size());
    assertEquals(Quantity.parse("突破1亿只"), f.get(0).observation().value());
    assertEquals(Qualifier.MORE_THAN, f.get(0).observation().value().qualifier());
    assertEquals(Quantity.parse("10091.03万只"), f.get(1).observation().value());
    assertEquals("羊存栏", f.get(1).subject());
  }

  @Test
  void aThresholdWithoutAnExactFigureGivesNoFact() {
    assertEquals(List.of(), facts("全市地区生产总值突破千亿元大关。"));
    assertEquals(List.of(), facts("新能源装机突破1000万千瓦大关。"), "突破…大关 waits for its exact figure");
  }

  @Test
  void aBoundHeldForAStreakIsAFactOfItsSubjectWithTheStreakAsNote() {
    List<ExtractedFact> f = facts("粮食总产量连续8年稳定在1.3万亿斤以上。");
    assertEquals(1, f.size());
    assertEquals("粮食总产量", f.get(0).subject());
    assertEquals(Quantity.parse("1.3万亿斤以上"), f.get(0).observation().value());
    assertTrue(f.get(0).observation().note().orElseThrow().contains("连续8年"));
    assertEquals(List.of(), facts("连续11年保持在100亿斤以上。"), "no subject before the streak: no fact");
  }

  @Test
  void aStreakIsFoundWithinItsClauseOnly() {
    String s = new WebText("粮食总产量连续8年稳定,十一连丰").s;
    Thresholds t = new Thresholds(new Drafting(new WebText(s), CTX), null, CTX);
    assertEquals(5, t.streakStart(0, 9));
    assertEquals(-1, t.streakStart(0, 8), "连续8 without 年 is no streak");
    assertEquals(-1, t.streakStart(0, 5));
    assertEquals(s.indexOf("十一连丰"), t.streakStart(s.indexOf(',') + 1, s.length()));
  }
}
