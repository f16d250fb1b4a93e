package io.github.zhibiao.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zhibiao.model.Change;
import io.github.zhibiao.model.Region;
import io.github.zhibiao.unit.Quantity;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChangesTest {
  private static final ExtractionContext CTX = ExtractionContext.of(Region.CHIFENG, 2023);
  private final Roles roles = new Roles(CTX);
  private final Subjects subjects = new Subjects(new RegionNames(CTX.regions(), CTX.region()));

  private static Mention figure(String text, String figure) {
    int at = text.indexOf(figure);
    return new Mention(at, at, at + figure.length(), Quantity.parse(figure), false, false);
  }

  @Test
  void aChangeWithoutASubjectGoesOnTheDraftInFocus() {
    String text = "粮食产量130亿斤,同比增长2.1%";
    Drafting drafting = new Drafting(new WebText(text), CTX);
    drafting.begin(List.of());
    Changes changes = new Changes(drafting, subjects);
    changes.begin();
    Draft grain = drafting.create(figure(text, "130亿斤"), "粮食产量", 0, 0);
    drafting.add(grain);
    Mention m = figure(text, "2.1%");
    int cs = text.indexOf(',') + 1;
    String pre = text.substring(cs, m.start);
    assertSame(grain, changes.read(m, roles.change(pre, m.quantity, true), pre, cs, cs, grain));
    assertEquals(Change.yearOnYear(Quantity.parse("2.1%")), grain.change);
    assertTrue(m.used);
  }

  @Test
  void aChangeWithASubjectOfItsOwnIsARateFact() {
    String text = "规模以上工业增加值同比增长8.5%";
    Drafting drafting = new Drafting(new WebText(text), CTX);
    drafting.begin(List.of());
    Changes changes = new Changes(drafting, subjects);
    Mention m = figure(text, "8.5%");
    String pre = text.substring(0, m.start);
    Draft d = changes.read(m, roles.change(pre, m.quantity, true), pre, 0, 0, null);
    assertEquals("规模以上工业增加值", d.subject);
    assertEquals("规模以上工业增加值增速", d.changeOnlyName);
    assertEquals(Quantity.parse("8.5%"), d.value);
  }

  @Test
  void anAbsoluteChangeWithASubjectWaitsForItsLevel() {
    String text = "固定电话用户较上年底增加833.5万户,达到3.58亿户";
    Drafting drafting = new Drafting(new WebText(text), CTX);
    drafting.begin(List.of());
    Changes changes = new Changes(drafting, subjects);
    changes.begin();
    Mention amount = figure(text, "833.5万户");
    String pre = text.substring(0, amount.start);
    changes.read(amount, roles.change(pre, amount.quantity, false), pre, 0, 0, null);
    assertTrue(changes.absoluteWaits());
    Draft level = changes.level(figure(text, "3.58亿户"), text.indexOf(',') + 1, text.length());
    assertEquals("固定电话用户", level.subject);
    assertEquals(Quantity.parse("833.5万户"), level.change.amount());
    assertFalse(changes.absoluteWaits(), "taken once");
    changes.read(amount, roles.change(pre, amount.quantity, false), pre, 0, 0, null);
    changes.begin();
    assertFalse(changes.absoluteWaits(), "a new sentence forgets it");
  }

  @Test
  void revenueAndOutputWordsAreChangesAndComparablePricesAreTheFiguresOwn() {
    List<ExtractedFact> f = TextExtractor.create().extract("非税收入16524万元,比上年减收2354万元,下降12.5%。", CTX).facts();
    assertEquals(1, f.size(), f.toString());
    assertEquals(Change.yearOnYear(Quantity.parse("-12.5%")), f.get(0).observation().change().orElseThrow());
    List<ExtractedFact> g = TextExtractor.create().extract("全年粮食产量69541万吨,比上年增加888万吨,增产1.3%。", CTX).facts();
    assertEquals(Change.yearOnYear(Quantity.parse("1.3%")), g.get(0).observation().change().orElseThrow());
    List<ExtractedFact> h = TextExtractor.create().extract("风电新增装机2631万千瓦,比上年同期多投产1138万千瓦。", CTX).facts();
    assertEquals(1, h.size(), h.toString());
    assertEquals(Quantity.parse("1138万千瓦"), h.get(0).observation().change().orElseThrow().amount());
    List<ExtractedFact> k = TextExtractor.create().extract("实现工业总产值83.55亿元,可比增长29.8%。", CTX).facts();
    assertEquals(1, k.size(), k.toString());
    assertEquals(Change.yearOnYear(Quantity.parse("29.8%")), k.get(0).observation().change().orElseThrow());
  }

  @Test
  void aRateStatedAloneTakesItsChangeInPointsAgainstAYearAgo() {
    List<ExtractedFact> f = TextExtractor.create().extract("前三季度,全区农林牧渔业增加值同比增长7.4%,比上年同期提高2.9个百分点。", CTX)
        .facts();
    assertEquals(1, f.size(), f.toString());
    assertEquals(Quantity.parse("7.4%"), f.get(0).observation().value());
    assertEquals(Change.yearOnYear(Quantity.parse("2.9百分点")), f.get(0).observation().change().orElseThrow());
  }

  @Test
  void aRateComparedWithAnEarlierPeriodsRateTakesThatChangeAndContributionsAreNotes() {
    List<ExtractedFact> f = TextExtractor.create().extract("1-10月份,规模以上工业增加值同比增长4.8%,增速比1-9月份回落0.3个百分点。", CTX)
        .facts();
    assertEquals(1, f.size(), f.toString());
    assertEquals(Change.against(Quantity.parse("-0.3百分点"), "1-9月份"), f.get(0).observation().change().orElseThrow());
    List<ExtractedFact> g = TextExtractor.create().extract(
        "企业完成产值159.2亿元,同比下降4.1%,降幅比9月中旬缩小1.8个百分点,拉动规模以上工业增长2.1个百分点。", CTX).facts();
    assertEquals(1, g.size(), g.toString());
    assertEquals(Change.yearOnYear(Quantity.parse("-4.1%")), g.get(0).observation().change().orElseThrow());
    assertTrue(g.get(0).observation().note().orElseThrow().contains("拉动规模以上工业增长2.1个百分点"));
  }

  @Test
  void withAnAbsoluteAndARelativeChangeTheRelativeOneIsTheChange() {
    List<ExtractedFact> f = TextExtractor.create().extract("全市粮食总产量130亿斤,比上年增加7.4亿斤,增长0.5%。", CTX).facts();
    assertEquals(1, f.size());
    assertEquals(Change.yearOnYear(Quantity.parse("0.5%")), f.get(0).observation().change().orElseThrow());
    assertTrue(f.get(0).observation().note().orElseThrow().contains("7.4亿斤"));
  }

  private static List<ExtractedFact> facts(String text) {
    return TextExtractor.create().extract(text, CTX).facts();
  }

  @Test
  void moreVerbsOfChange() {
    ExtractedFact up = facts("全市森林覆盖率为45.2%,同比升高1.3个百分点。").get(0);
    assertEquals(Change.yearOnYear(Quantity.parse("1.3个百分点")), up.observation().change().orElseThrow());
    ExtractedFact down = facts("当月全县工业用电量2.1亿千瓦时,同比微降0.4%。").get(0);
    assertEquals(Change.yearOnYear(Quantity.parse("-0.4%")), down.observation().change().orElseThrow());
  }

  @Test
  void comparisonsThatAreNoLevelsAreNotesOfTheFigureInFocus() {
    List<ExtractedFact> f = facts("全省人民币贷款余额9200亿元,比年初增加310亿元,同比多增45亿元。");
    assertEquals(1, f.size(), f.toString());
    assertTrue(f.get(0).observation().note().orElse("").contains("同比多增45亿元"), f.toString());
    List<ExtractedFact> g = facts("全市接待游客1800万人次,同比增长60%,恢复到2019年同期的96.5%。");
    assertEquals(1, g.size(), g.toString());
    List<ExtractedFact> h = facts("全县一般公共预算收入12亿元,完成年初预算的55.1%,超序时进度5.1个百分点。");
    assertEquals(1, h.size(), h.toString());
    List<ExtractedFact> k = facts("农村居民人均消费支出9800元,增长9.2%,快于城镇居民4.1个百分点。");
    assertEquals(1, k.size(), k.toString());
    assertEquals(Change.yearOnYear(Quantity.parse("9.2%")), k.get(0).observation().change().orElseThrow());
  }

  @Test
  void anAverageOverYearsIsANote() {
    List<ExtractedFact> f = facts("全县生产总值180亿元,比上年增长3.1%,两年平均增长4.6%。");
    assertEquals(1, f.size(), f.toString());
    assertEquals(Change.yearOnYear(Quantity.parse("3.1%")), f.get(0).observation().change().orElseThrow());
    List<ExtractedFact> g = facts("全市蔬菜产量由2015年的80万吨增加到2020年的120万吨,年均递增8.4%。");
    assertFalse(g.stream().anyMatch(x -> x.subject().contains("递增")), g.toString());
  }
}
