package io.github.zhibiao.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zhibiao.model.Change;
import io.github.zhibiao.model.IndicatorKind;
import io.github.zhibiao.model.Observation;
import io.github.zhibiao.model.Period;
import io.github.zhibiao.model.Ranking;
import io.github.zhibiao.model.Region;
import io.github.zhibiao.model.RegionScope;
import io.github.zhibiao.model.Sector;
import io.github.zhibiao.model.Status;
import io.github.zhibiao.unit.Qualifier;
import io.github.zhibiao.unit.Quantity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class TextExtractorTest {
  private static final TextExtractor EXTRACTOR = TextExtractor.create();
  private static final ExtractionContext CHIFENG_2023 = ExtractionContext.of(Region.CHIFENG, 2023);

  private static List<ExtractedFact> facts(String text) {
    return EXTRACTOR.extract(text, CHIFENG_2023).facts();
  }

  private static ExtractedFact only(String text) {
    List<ExtractedFact> facts = facts(text);
    assertEquals(1, facts.size(), () -> "one fact in " + text + ", got " + facts);
    return facts.get(0);
  }

  @Test
  void levelsWithUnits() {
    ExtractedFact grain = only("2023年,全市粮食总产量130亿斤。");
    assertEquals("粮食总产量", grain.subject());
    assertEquals(Quantity.parse("130亿斤"), grain.observation().value());
    assertEquals(Period.year(2023), grain.observation().period());
    assertEquals(Region.CHIFENG, grain.observation().region());
    assertEquals(Confidence.HIGH, grain.confidence());

    ExtractedFact stations = only("目前全市新建5G基站800余座。");
    assertEquals("新建5G基站", stations.subject());
    assertEquals(Qualifier.MORE_THAN, stations.observation().qualifier());
    assertEquals(IndicatorKind.FLOW, stations.observation().indicator().kind());

    ExtractedFact total = only("累计建成5G基站4850座。");
    assertEquals(IndicatorKind.STOCK, total.observation().indicator().kind());
    assertEquals(Period.instant(LocalDate.of(2023, 12, 31)), total.observation().period());
  }

  @Test
  void oneSubjectWithSeveralClauses() {
    ExtractedFact cattle = only("截至6月末,牛存栏362.2万头,同比增长12.08%,居全区第二。");
    Observation o = cattle.observation();
    assertEquals("牛存栏", cattle.subject());
    assertEquals(Quantity.parse("362.2万头"), o.value());
    assertEquals(Period.instant(LocalDate.of(2023, 6, 30)), o.period());
    assertEquals(Change.yearOnYear(Quantity.parse("12.08%")), o.change().orElseThrow());
    // the scope word survives beside the region it means in a report about 赤峰市
    assertEquals(Ranking.position(2).withScopeWord(RegionScope.REGION).within(Region.INNER_MONGOLIA),
        o.ranking().orElseThrow());
    assertEquals("全区2", o.ranking().orElseThrow().toString());
    assertEquals("牛存栏362.2万头,同比增长12.08%,居全区第二", cattle.text());
  }

  @Test
  void changesAgainstReferencesAndInPoints() {
    Observation water = only("前11个月,地表水国控断面优良水体比例为78.3%,超过考核要求7.5个百分点。").observation();
    assertEquals(Change.against(Quantity.parse("7.5个百分点"), "考核要求"), water.change().orElseThrow());
    assertEquals(Period.months(2023, 1, 11), water.period());
    assertEquals(IndicatorKind.RATE, water.indicator().kind());

    Observation income = only("一般公共预算收入完成156.8亿元,同比下降3.4%。").observation();
    assertEquals(Quantity.parse("-3.4%"), income.change().orElseThrow().amount());

    Observation deposits = only("截至年末,存款余额3250.6亿元,比年初增加215.3亿元。").observation();
    assertEquals(Change.against(Quantity.parse("215.3亿元"), "年初"), deposits.change().orElseThrow());

    Observation jobs = only("城镇新增就业2.05万人,完成年度计划的117.10%,与2022年同期相比增幅13.37%。").observation();
    assertEquals(Quantity.parse("117.10%"), jobs.planCompletion().orElseThrow());
    assertEquals(Change.Basis.YEAR_ON_YEAR, jobs.change().orElseThrow().basis());
  }

  @Test
  void aChangeWithoutALevelIsARate() {
    List<ExtractedFact> f = facts("农药、化肥施用量同比分别下降0.28%和2%。");
    assertEquals(2, f.size());
    assertEquals("农药施用量", f.get(0).subject());
    assertEquals(Quantity.parse("-0.28%"), f.get(0).observation().value());
    assertEquals("农药施用量增速", f.get(0).observation().indicator().name());
    assertEquals("化肥施用量", f.get(1).subject());
    assertEquals(Confidence.MEDIUM, f.get(1).confidence());
  }

  @Test
  void sharesRankingsAndStatus() {
    Observation task = only("全市累计落实高标准农田建设任务349.15万亩,占全区总任务的17%,总任务量居全区首位。").observation();
    assertEquals("全区总任务", task.share().orElseThrow().whole());
    assertTrue(task.ranking().orElseThrow().isFirstInWords());

    Observation facility = only("设施农业产量预计达510.7万吨。").observation();
    assertEquals(Status.ESTIMATED, facility.status());

    List<ExtractedFact> rates = facts("新签约项目开工率50.2%,排名第三;新签约项目竣工率24.3%,排名第一。");
    assertEquals(Ranking.position(3), rates.get(0).observation().ranking().orElseThrow());
    assertEquals(Ranking.position(1), rates.get(1).observation().ranking().orElseThrow());

    List<ExtractedFact> stock = facts("羊存栏1423.4万只,同比增长4.76%;猪存栏357.1万头,同比增长7.36%,均居全区第一。");
    assertEquals(2, stock.size());
    stock.forEach(s -> assertEquals(1, s.observation().ranking().orElseThrow().position().getAsInt()));

    ExtractedFact brand = only("赤峰小米品牌价值176.36亿元,位列全区知名区域公用品牌前10强。");
    assertEquals(Ranking.topN(10).withScopeWord(RegionScope.REGION).within(Region.INNER_MONGOLIA),
        brand.observation().ranking().orElseThrow());
  }

  @Test
  void enumerationsGiveOneObservationPerItem() {
    List<ExtractedFact> pools = facts("建立专精特新“小巨人”企业培育库、“专精特新”中小企业培育库、创新型中小企业培育库,"
        + "入库企业分别达10家、44家、106家。");
    assertEquals(List.of("专精特新“小巨人”企业培育库入库企业", "“专精特新”中小企业培育库入库企业", "创新型中小企业培育库入库企业"),
        pools.stream().map(ExtractedFact::subject).toList());
    assertEquals(Quantity.parse("106家"), pools.get(2).observation().value());

    List<ExtractedFact> firms = facts("专精特新中小企业、创新型中小企业分别增加至30家、45家。");
    assertEquals(2, firms.size());
    assertEquals(IndicatorKind.STOCK, firms.get(1).observation().indicator().kind());
  }

  @Test
  void streaksAreNotesAndABoundHeldForAStreakIsTheFiguresThreshold() {
    List<ExtractedFact> f = facts("粮食总产量130亿斤,连续11年保持在100亿斤以上。");
    assertEquals(2, f.size(), f.toString());
    Observation grain = f.get(0).observation();
    assertEquals(Quantity.parse("130亿斤"), grain.value());
    assertEquals("连续11年保持在100亿斤以上", grain.note().orElseThrow());
    assertEquals(Quantity.parse("100亿斤以上"), f.get(1).observation().value(), "issue 16: the bound is a threshold fact");
    assertEquals("粮食总产量", f.get(1).subject());
  }

  @Test
  void chineseNumeralsAndFullwidthForms() {
    assertEquals(Quantity.parse("120万亩"), only("全年完成造林绿化面积一百二十万亩。").observation().value());
    ExtractedFact wide = only("粮食总产量１３０亿斤，比上年增长２．１％。");
    assertEquals(Quantity.parse("130亿斤"), wide.observation().value());
    assertEquals("粮食总产量１３０亿斤，比上年增长２．１％", wide.text());
  }

  @Test
  void labelsDatesAndOrdinalsAreNotFigures() {
    for (String text : List.of("中心城区5G实现连续覆盖。", "被评为3A级贯标企业。", "“十四五”规划实施以来,经济稳中向好。",
        "2023年,是全面贯彻党的二十大精神的开局之年。", "二级节点于4月底正式上线运行。", "实现粮食生产“十一连丰”。",
        "连续11年保持在100亿斤以上。", "第七批实践创新基地名单公布。")) {
      Extraction e = EXTRACTOR.extract(text, CHIFENG_2023);
      assertTrue(e.facts().isEmpty(), () -> text + " gave " + e.facts());
    }
    assertTrue(EXTRACTOR.extract("中心城区5G实现连续覆盖。", CHIFENG_2023).unread().isEmpty());
  }

  @Test
  void sentencesWithUnreadNumbersAreReported() {
    String text = "全市粮食产量较近5年平均水平高6.31亿斤。全市粮食总产量130亿斤。共举办活动6场次。";
    Extraction e = EXTRACTOR.extract(text, CHIFENG_2023);
    assertEquals(1, e.facts().size());
    assertEquals(List.of("全市粮食产量较近5年平均水平高6.31亿斤", "共举办活动6场次"),
        e.unread().stream().map(UnreadSentence::text).toList());
    UnreadSentence first = e.unread().get(0);
    assertEquals(first.text(), text.substring(first.start(), first.end()));
  }

  @Test
  void regionsNamedInFullAndSectorsFromTheContext() {
    ExtractionContext ctx = CHIFENG_2023.withSector(Sector.section('A'));
    ExtractedFact f = EXTRACTOR.extract("敖汉旗粮食总产量达到28.6亿斤,同比增长3.2%。", ctx).facts().get(0);
    assertEquals(ctx.regions().require("敖汉旗"), f.observation().region());
    assertEquals("粮食总产量", f.subject());
    assertEquals(Sector.section('A'), f.observation().indicator().sector().orElseThrow());
  }

  @Test
  void oneIndicatorPerSubjectSoTheDatasetBuilds() {
    Extraction e = EXTRACTOR.extract("粮食总产量130亿斤。粮食总产量达到6500000吨。", CHIFENG_2023);
    assertEquals(2, e.facts().size());
    assertEquals(e.facts().get(0).observation().indicator(), e.facts().get(1).observation().indicator());
    assertEquals(2, e.toDataset().size());
    assertTrue(e.facts().get(0).observation().indicator().code().matches("T[0-9A-F]{8}"));
  }

  @Test
  void sameResultFromManyThreads() throws Exception {
    String text = String.join("", java.util.Collections.nCopies(20,
        "截至6月末,全市牲畜存栏2210.6万头只,同比增长5.82%,位居全区首位。农药、化肥施用量同比分别下降0.28%和2%。"));
    Extraction expected = EXTRACTOR.extract(text, CHIFENG_2023);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Extraction>> results = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        results.add(pool.submit(() -> EXTRACTOR.extract(text, CHIFENG_2023)));
      }
      for (Future<Extraction> r : results) {
        assertEquals(expected.facts(), r.get().facts());
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void argumentsAreChecked() {
    assertThrows(NullPointerException.class, () -> EXTRACTOR.extract(null, CHIFENG_2023));
    assertThrows(NullPointerException.class, () -> EXTRACTOR.extract("x", null));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ExtractionContext.of(Region.CHIFENG, 99));
    assertTrue(e.getMessage().contains("99"));
    assertTrue(EXTRACTOR.extract("", CHIFENG_2023).facts().isEmpty());
  }

  @Test
  void theModuleExportsOnlyItsApi() {
    Module module = TextExtractor.class.getModule();
    if (module.isNamed()) {
      assertEquals(Set.of("io.github.zhibiao.text"), module.getDescriptor().exports().stream()
          .peek(x -> assertFalse(x.isQualified())).map(java.lang.module.ModuleDescriptor.Exports::source)
          .collect(java.util.stream.Collectors.toSet()));
    }
  }
}
