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
    assertEquals("羊存栏阈值", f.get(0).observation().indicator().name(), "one period, two observations: two indicators");
    assertEquals("羊存栏", f.get(1).observation().indicator().name());
    io.github.zhibiao.model.Dataset ds = TextExtractor.create().extract("全区羊存栏突破1亿大关,达到10091.03万只。", CTX).toDataset();
    for (ExtractedFact x : f) {
      assertEquals(1, ds.series(x.observation().indicator().code(), x.observation().region()).size(), "one per series");
    }
  }

  @Test
  void aThresholdWithoutAnExactFigureIsAFactOnlyWithAUnitOfItsOwn() {
    assertEquals(Quantity.parse("突破1000亿元"), facts("全市地区生产总值突破千亿元大关。").get(0).observation().value());
    assertEquals(List.of(), facts("全区羊存栏突破1亿大关。"), "a magnitude alone waits for its exact figure");
    List<ExtractedFact> f = facts("截至5月14日,新能源装机突破1000万千瓦大关,占全省总装机比例升至45.6%。");
    assertEquals(1, f.size(), f.toString());
    assertEquals(Quantity.parse("突破1000万千瓦"), f.get(0).observation().value());
    assertEquals(Qualifier.MORE_THAN, f.get(0).observation().value().qualifier());
    assertEquals("全省总装机", f.get(0).observation().share().orElseThrow().whole());
    List<ExtractedFact> g = facts("新能源装机突破1000万千瓦大关,达到1050万千瓦。");
    assertEquals(2, g.size(), "the bound once, and the exact figure: " + g);
    assertEquals(Quantity.parse("1050万千瓦"), g.get(1).observation().value());
    assertEquals("新能源装机阈值", g.get(0).observation().indicator().name());
  }

  @Test
  void aBoundHeldForAStreakAfterTheFigureIsThatFiguresThreshold() {
    List<ExtractedFact> f = facts("全国粮食总产量13731亿斤,增长0.5%,连续8年稳定在1.3万亿斤以上。");
    assertEquals(2, f.size(), f.toString());
    assertEquals("粮食总产量", f.get(1).subject());
    assertEquals(Quantity.parse("1.3万亿斤以上"), f.get(1).observation().value());
    assertEquals("粮食总产量阈值", f.get(1).observation().indicator().name());
    assertEquals(1, facts("全市肉类总产量86.5万吨,连续5年位居全区第一。").size(), "a streak of ranks gives no bound");
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
