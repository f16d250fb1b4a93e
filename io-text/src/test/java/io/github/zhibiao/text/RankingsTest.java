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
  void ranksGivenForAListGoToAsManyFiguresBeforeInOrder() {
    List<ExtractedFact> f = facts("全市粮食产量130亿斤、牛存栏362万头,分别居全区第一位和第三位。");
    assertEquals(List.of(Optional.of("1"), Optional.of("3")), f.stream().map(RankingsTest::rank).toList());
    List<ExtractedFact> g = facts("全市出口42亿元,进口31亿元,羊存栏800万只,分别位列全区第二、四、五位。");
    assertEquals(List.of(Optional.of("2"), Optional.of("4"), Optional.of("5")),
        g.stream().map(RankingsTest::rank).toList());
    // more ranks than figures: no rank is guessed
    assertEquals(Optional.empty(), rank(facts("全市粮食产量130亿斤,分别居全区第一位和第三位。").get(0)));
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
  void theSetRankedAmongIsNoSubject() {
    List<ExtractedFact> f = facts("全旗社会消费品零售总额18.6亿元,同比增长5.2%,七旗县区排名第二。");
    assertEquals(Optional.of("2"), rank(f.get(0)), "七旗县区 is the set, the rank the figure's");
    List<ExtractedFact> g = facts("全县农村居民人均可支配收入16820元,增长7.1%,在全市12个县区中排位第三。");
    assertEquals(Optional.of("3"), rank(g.get(0)), "在…中 and 排位");
    List<ExtractedFact> h = facts("全市外贸进出口总额326亿元,在全省排名第四。");
    assertEquals(Optional.of("4"), rank(h.get(0)), "在全省 is the set");
    assertEquals("全省", h.get(0).observation().ranking().orElseThrow().scopeWord().orElseThrow().word(), "and the scope");
    List<ExtractedFact> k = facts("全市粮食产量80亿斤,在建项目排名全省第一。");
    assertEquals(Optional.empty(), rank(k.get(0)), "在建项目 is a subject of its own, not a set");
  }

  @Test
  void aRateNamedBeforeItsRankIsTheNamedFiguresGrowthRate() {
    List<ExtractedFact> f = facts("全县税收收入9.2亿元,增长6.4%;非税收入3.1亿元,增长2.2%,税收收入增幅居全市第三位。");
    ExtractedFact rate = f.stream().filter(x -> x.observation().indicator().name().equals("税收收入增速")).findFirst()
        .orElseThrow(() -> new AssertionError(f.toString()));
    assertEquals(Optional.of("3"), rank(rate));
    assertEquals(0, rate.observation().value().value().compareTo(new java.math.BigDecimal("6.4")));
    assertEquals("税收收入增速", rate.subject());
    assertTrue(f.stream().filter(x -> x != rate).allMatch(x -> rank(x).isEmpty()), f.toString());
  }

  @Test
  void moreVerbsOfRank() {
    assertEquals(Optional.of("1"), rank(facts("全县蔬菜产量56万吨,名列全市第一。").get(0)), "名列");
    assertEquals(Optional.of("2"), rank(facts("全省水产品总产量832万吨,跃居全国第二位。").get(0)), "跃居");
    assertEquals(Optional.of("首位"), rank(facts("工资性收入8200元,在居民收入中占首位。").get(0)), "占首位");
  }

  @Test
  void subjectsShareABigram() {
    assertTrue(Rankings.sharesBigram("游客量", "接待游客"));
    assertFalse(Rankings.sharesBigram("粮食总产量", "接待游客"));
    assertFalse(Rankings.sharesBigram("游", "接待游客"), "one character is no bigram");
  }
}
