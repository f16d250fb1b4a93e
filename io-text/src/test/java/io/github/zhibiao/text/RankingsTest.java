package io.github.zhibiao.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zhibiao.model.Observation;
import io.github.zhibiao.model.Region;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RankingsTest {
  private static final ExtractionContext CTX = ExtractionContext.of(Region.CHIFENG, 2023);

  private static List<ExtractedFact> facts(String text) {
    return TextExtractor.create().extract(text, CTX).facts();
  }

  private static Optional<String> rank(ExtractedFact f) {
    return f.observation().ranking().map(r -> r.rankText());
  }

  @Test
  void aRankingGoesOnTheLastFigureBeforeItInItsClause() {
    List<ExtractedFact> f = facts("粮食产量130亿斤,牛存栏362.2万头,居全区第二。");
    assertEquals(Optional.empty(), rank(f.get(0)));
    assertEquals(Optional.of("2"), rank(f.get(1)));
  }

  @Test
  void inAClauseOfItsOwnItGoesOnTheFiguresItsSubjectNames() {
    List<ExtractedFact> f = facts("敖汉小米产量10万吨,赤峰小米产量20万吨;敖汉小米产量、赤峰小米产量均位列全国前10强。");
    assertEquals(2, f.size());
    assertEquals(Optional.of("前10"), rank(f.get(0)));
    assertEquals(Optional.of("前10"), rank(f.get(1)));
    List<ExtractedFact> g = facts("接待游客500万人次,游客量居全区首位。");
    assertEquals(Optional.of("首位"), rank(g.get(0)), "shares 游客 with the figure before");
    List<ExtractedFact> h = facts("接待游客500万人次,粮食总产量居全区首位。");
    assertEquals(Optional.empty(), rank(h.get(0)), "another subject: no ranking of the figure before");
  }

  @Test
  void aRankingOfTheGrowthRateIsTheRatesOwnFact() {
    List<ExtractedFact> f = facts("全市地区生产总值1200亿元,同比增长6.2%,增速居全区第2位。");
    assertEquals(2, f.size());
    Observation rate = f.get(1).observation();
    assertEquals("地区生产总值增速", rate.indicator().name());
    assertEquals(Optional.of("2"), rank(f.get(1)));
    assertEquals(Optional.empty(), rank(f.get(0)));
  }

  @Test
  void aRankingAfterAVerbOfRisingIsRead() {
    List<ExtractedFact> f = facts("全市社会消费品零售总额500亿元,增长8%,增速跃升至全省第2位。");
    assertEquals(Optional.of("2"), rank(f.get(f.size() - 1)));
  }

  @Test
  void subjectsShareABigram() {
    assertTrue(Rankings.sharesBigram("游客量", "接待游客"));
    assertFalse(Rankings.sharesBigram("粮食总产量", "接待游客"));
    assertFalse(Rankings.sharesBigram("游", "接待游客"), "one character is no bigram");
  }
}
