package io.github.zhibiao.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zhibiao.model.Change;
import io.github.zhibiao.model.Observation;
import io.github.zhibiao.model.Period;
import io.github.zhibiao.model.Region;
import io.github.zhibiao.unit.Quantity;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The capabilities of issue 16, each as a rule over several wordings (text written for the test). */
class TextCapabilitiesTest {
  private static final ExtractionContext CTX = ExtractionContext.of(Region.CHIFENG, 2023);

  private static List<ExtractedFact> facts(String text) {
    return TextExtractor.create().extract(text, CTX).facts();
  }

  private static Observation only(String text) {
    List<ExtractedFact> f = facts(text);
    assertEquals(1, f.size(), text + " → " + f);
    return f.get(0).observation();
  }

  @Test
  void textAsStoredOnTheWeb() {
    String text = "全市地区生产总值1115.2 亿元,同比增长5.1 %。";
    ExtractedFact gdp = facts(text).get(0);
    assertEquals(Quantity.parse("1115.2亿元"), gdp.observation().value());
    assertEquals(Optional.of(Change.yearOnYear(Quantity.parse("5.1%"))), gdp.observation().change());
    assertEquals(text.substring(gdp.start(), gdp.end()), gdp.text(), "the span is the caller's text, spaces and all");
    assertTrue(gdp.text().contains("1115.2 亿元"));
    Observation deposits = only("截至 10 月末,金融机构存款余额3250.5亿元(同比增长11.1 %)。");
    assertEquals(Period.instant(java.time.LocalDate.of(2023, 10, 31)), deposits.period());
    assertEquals(Optional.of(Change.yearOnYear(Quantity.parse("11.1%"))), deposits.change());
  }

  @Test
  void budgetsAndTargetsAreFactsAndTheFigureBesideThemCompletesThem() {
    List<ExtractedFact> f = facts("全年一般公共预算收入完成120.5亿元,年初预算数为116.4亿元,完成全年目标数的103.5%。");
    assertEquals(2, f.size());
    assertEquals(Optional.of(Quantity.parse("103.5%")), f.get(0).observation().planCompletion());
    assertEquals("一般公共预算收入年初预算数", f.get(1).observation().indicator().name());
    assertEquals("一般公共预算收入年初预算数", f.get(1).subject());
    assertEquals(Quantity.parse("116.4亿元"), f.get(1).observation().value());
    List<ExtractedFact> g = facts("完成投资50亿元,占计划数60亿元的83.3%。");
    assertEquals(2, g.size());
    assertEquals(Optional.of(Quantity.parse("83.3%")), g.get(0).observation().planCompletion());
    assertEquals(Quantity.parse("60亿元"), g.get(1).observation().value());
  }

  @Test
  void planCompletionInItsPhrasings() {
    for (String t : new String[] {"固定资产投资完成85亿元,为年计划的95.3%。", "重点项目完成投资85亿元,完成年度计划开工的95.3%。",
        "造林面积85亿元,完成年度目标任务的95.3%。", "一般公共预算收入85亿元(同比增长8.2%),占年初预算数的95.3%。"}) {
      assertEquals(Optional.of(Quantity.parse("95.3%")), only(t).planCompletion(), t);
    }
  }

  @Test
  void subjectsWithoutTheirScopeAndLinkingWords() {
    List<ExtractedFact> f = facts("全市12个重点景区共接待游客69.8万人次,同比增长15.2%;规上服务业实现营业收入50.6亿元。");
    assertEquals(List.of("重点景区", "接待游客", "规上服务业营业收入"), f.stream().map(ExtractedFact::subject).toList());
    Observation average = only("全市8个城市平均优良天数比例为85.3%。");
    assertEquals(Quantity.parse("85.3%"), average.value(), "the count of the cities averaged over is their scope");
    assertEquals("平均优良天数比例", facts("全市8个城市平均优良天数比例为85.3%。").get(0).subject());
  }

  @Test
  void aRateOfAStateUnderAnIntervalIsReadAtItsEnd() {
    List<ExtractedFact> f = facts("2023年1至12月份,全市46个乡镇实现污水设施覆盖,覆盖率67%。");
    Observation rate = f.get(f.size() - 1).observation();
    assertEquals(Period.instant(LocalDate.of(2023, 12, 31)), rate.period());
  }

  @Test
  void aMonthlyAverageOfAChangeIsNoSubject() {
    ExtractedFact users = facts("到3月底,全市宽带用户较上年底增加83.5万户,月均增长27.8万户,达到358.7万户。").get(0);
    assertEquals("宽带用户", users.subject());
    assertEquals(Quantity.parse("358.7万户"), users.observation().value());
    assertEquals(Quantity.parse("83.5万户"), users.observation().change().orElseThrow().amount());
  }

  @Test
  void aShareAfterAChangeBelongsToTheFigureBeforeIt() {
    List<ExtractedFact> f = facts("产业投资同比增长15.9%,占全县投资比重为78.8%。");
    assertEquals("产业投资占全县投资比重", f.get(f.size() - 1).subject());
    ExtractedFact own = facts("乡村旅游接待量占全县旅游接待总人数41%。").get(0);
    assertEquals("乡村旅游接待量", own.subject());
    assertEquals("全县旅游接待总人数", own.observation().share().orElseThrow().whole());
  }

  @Test
  void aShareNamingNoWholeTakesTheWholeOfTheSentencesShareBefore() {
    List<ExtractedFact> f = facts("对东盟进出口3.08万亿元,占进出口总值的15.3%;对欧盟进出口2.75万亿元,增长1.9%,占13.7%。");
    assertEquals(2, f.size());
    assertEquals("进出口总值", f.get(1).observation().share().orElseThrow().whole());
    assertEquals(Quantity.parse("13.7%"), f.get(1).observation().share().orElseThrow().rate());
    assertEquals(Optional.empty(), only("第一产业投资占比1.2%。").share(), "占比 names no whole");
  }

  @Test
  void sharesWithTheirOwnSubject() {
    Observation o = only("第三产业增加值占GDP的比重为48.6%。");
    assertEquals("GDP", o.share().orElseThrow().whole());
    assertEquals("同期全国粮食产量", only("全市粮食产量占同期全国粮食产量的1.2%。").share().orElseThrow().whole());
  }

  @Test
  void subjectsWithoutVerbsAttributionsAndCountsOfTheirOwn() {
    assertEquals("粮食总产量", facts("据国家统计局数据显示,全市粮食总产量130亿斤。").get(0).subject());
    assertEquals("粮食总产量", facts("新华社呼和浩特1月5日电(记者张三)全区粮食总产量突破800亿斤。").get(0).subject());
    assertEquals(List.of(), facts("可达120万吨。"), "a modal verb is no subject");
    List<ExtractedFact> f = facts("172个在建重点项目完成投资320亿元。");
    assertEquals(List.of("在建重点项目", "在建重点项目完成投资"), f.stream().map(ExtractedFact::subject).toList());
  }

  @Test
  void changesCompareWithLastYearAndMultiples() {
    assertEquals(Optional.of(Change.yearOnYear(Quantity.parse("11.8%"))),
        facts("全市接待游客3000万人次,与上年相比增幅达到11.8%。").get(0).observation().change());
    assertEquals(Quantity.parse("150%"), only("出口额增长1.5倍。").value());
    assertEquals(Quantity.parse("150%"), only("出口额增长到2.5倍。").value());
    assertEquals(List.of(), facts("全市旅游总收入相当于上年的1.3倍。"));
  }

  @Test
  void thresholdsBesideExactValuesAndHeldForAStreak() {
    List<ExtractedFact> f = facts("全区牛存栏突破1亿大关,达到10091.03万只。");
    assertEquals(2, f.size(), f.toString());
    assertEquals(Quantity.parse("突破1亿只"), f.get(0).observation().value());
    assertEquals(io.github.zhibiao.unit.Qualifier.MORE_THAN, f.get(0).observation().value().qualifier());
    assertEquals(Quantity.parse("10091.03万只"), f.get(1).observation().value());
    assertEquals(List.of("牛存栏", "牛存栏"), f.stream().map(ExtractedFact::subject).toList());
    Observation grain = only("粮食总产量连续8年稳定在1.3万亿斤以上。");
    assertEquals(Quantity.parse("1.3万亿斤以上"), grain.value());
    assertTrue(grain.note().orElseThrow().contains("连续8年"));
    assertEquals(List.of(), facts("连续11年保持在100亿斤以上,实现粮食生产“十一连丰”。"), "no subject, no fact");
  }

  @Test
  void listsOfRegionsShareTheSubjectAfterFenbie() {
    List<ExtractedFact> f = facts("敖汉旗、宁城县分别完成投资30亿元、45亿元。");
    assertEquals(2, f.size(), f.toString());
    assertEquals(List.of("完成投资", "完成投资"), f.stream().map(ExtractedFact::subject).toList());
    assertEquals(List.of("敖汉旗", "宁城县"), f.stream().map(x -> x.observation().region().name()).toList());
    assertEquals(Quantity.parse("45亿元"), f.get(1).observation().value());
  }

  @Test
  void anAbsoluteAndARelativeChangeTogether() {
    Observation grain = only("全年粮食总产量1390亿斤,比上年增加74亿斤,增长0.5%。");
    assertEquals(Optional.of(Change.yearOnYear(Quantity.parse("0.5%"))), grain.change(), "the relative one is the change");
    assertTrue(grain.note().orElseThrow().contains("74亿斤"), "the absolute one is kept: " + grain.note());
    Observation rate = only("粮食产量比上年增加74亿斤,增长0.5%。");
    assertEquals("粮食产量增速", rate.indicator().name());
    assertEquals(Quantity.parse("0.5%"), rate.value());
    assertTrue(rate.note().orElseThrow().contains("74亿斤"));
    List<ExtractedFact> phones = facts("移动电话用户较上年底增加833.5万户,达到3.58768亿户。");
    assertEquals(1, phones.size());
    assertEquals("移动电话用户", phones.get(0).subject());
    assertEquals(Quantity.parse("3.58768亿户"), phones.get(0).observation().value());
    assertEquals(Quantity.parse("833.5万户"), phones.get(0).observation().change().orElseThrow().amount());
  }

  @Test
  void aRankedGrowthRateIsAFactOfItsOwn() {
    List<ExtractedFact> f = facts("全市贷款余额2980.4亿元,同比增长9.6%,增速居全区第2位。");
    assertEquals(2, f.size());
    assertTrue(f.get(0).observation().ranking().isEmpty());
    assertEquals(Quantity.parse("9.6%"), f.get(1).observation().value());
    assertEquals(2, f.get(1).observation().ranking().orElseThrow().position().getAsInt());
    assertEquals("规模以上工业增加值增速", only("规模以上工业增加值增长8.5%,增速位居全省第四位。").indicator().name());
  }

  @Test
  void periods() {
    assertEquals(Period.months(2023, 1, 5), only("今年前5个月,全市税收收入50亿元。").period());
    assertEquals(Period.year(2022), only("去年全年,全市接待游客2800万人次。").period());
    assertEquals(Period.months(2023, 1, 10), only("1—10 月份,全市规模以上工业增加值同比增长7.2%。").period());
  }

  @Test
  void aPeriodAtTheHeadReachesLaterClausesAndTheParagraphsLaterSentences() {
    List<ExtractedFact> f = facts("上半年,全市地区生产总值实现900亿元,同比增长6%;社会消费品零售总额300亿元。"
        + "其中,网上零售额40亿元。全年接待游客3000万人次。\n全市一般公共预算收入50亿元。");
    assertEquals(5, f.size(), f.toString());
    assertEquals(Period.halfYear(2023, 1), f.get(0).observation().period(), "the head's period");
    assertEquals(Period.halfYear(2023, 1), f.get(1).observation().period(), "a later clause");
    assertEquals(Period.halfYear(2023, 1), f.get(2).observation().period(), "a later sentence of the paragraph");
    assertEquals(Period.year(2023), f.get(3).observation().period(), "a sentence's own period wins");
    assertEquals(Period.halfYear(2023, 1), f.get(4).observation().period(),
        "a new paragraph that states no period takes the text's running period");
  }

  @Test
  void aStateUnderAnIntervalIsAStockAtItsEndWhileATotalStaysAFlow() {
    assertEquals(Period.instant(java.time.LocalDate.of(2023, 6, 30)),
        only("上半年,全省风电装机容量达到1200万千瓦。").period(), "装机 names a state");
    assertEquals(Period.instant(java.time.LocalDate.of(2023, 9, 30)),
        only("前三季度,全市实有市场主体42万户。").period(), "实有 names a state");
    assertEquals(Period.months(2023, 1, 10), only("1-10月,全市接待游客总数800万人次。").period(), "总数 totals a flow");
    assertEquals(Period.months(2023, 1, 10), only("1-10月,全市累计发放贷款80亿元。").period(), "累计 over an interval");
  }

  @Test
  void aBoundInsideASubjectIsNoFigureOfItsOwn() {
    List<ExtractedFact> f = facts("全省年接待游客100万人次以上的景区有42家,日处理能力1万吨以上污水处理厂18座。");
    assertEquals(2, f.size(), f.toString());
    assertEquals("年接待游客100万人次以上的景区", f.get(0).subject());
    assertEquals("日处理能力1万吨以上污水处理厂", f.get(1).subject());
    List<ExtractedFact> g = facts("全市粮食产量稳定在100亿斤以上,增长2%。");
    assertEquals(1, g.size(), g.toString());
    assertEquals(io.github.zhibiao.unit.Qualifier.AT_LEAST, g.get(0).observation().value().qualifier(),
        "a bound before a clause's end is the figure");
  }

  @Test
  void aCountAtAStatedDateIsAStockThere() {
    List<ExtractedFact> f = facts("截至9月底,全市开工项目128个,累计完成投资56亿元。");
    assertEquals(2, f.size(), f.toString());
    assertEquals(Period.instant(java.time.LocalDate.of(2023, 9, 30)), f.get(0).observation().period(), "the projects there are");
    assertEquals(Period.months(2023, 1, 9), f.get(1).observation().period(), "the investment since January");
  }

  @Test
  void aCountOfTheSetASentenceSpeaksOfIsNoFact() {
    List<ExtractedFact> f = facts("在监测的120家重点企业中,订单增加的企业有78家。");
    assertEquals(1, f.size(), f.toString());
    assertEquals(0, f.get(0).observation().value().value().compareTo(java.math.BigDecimal.valueOf(78)));
  }

  @Test
  void theTextsRunningPeriodReachesLaterParagraphsUntilOneStatesItsOwn() {
    // the lead's own period, a later paragraph without one, a paragraph's own period, and after it
    assertEquals(List.of(Period.months(2023, 1, 9), Period.months(2023, 1, 9), Period.month(2023, 10), Period.month(2023, 10)),
        periods("前三季度,全县完成农业增加值20亿元。\n规模以上工业营业收入80亿元。\n10月份,全县完成出口4亿元。\n快递业务量120万件。"));
  }

  private static List<Period> periods(String text) {
    return facts(text).stream().map(f -> f.observation().period()).toList();
  }

  @Test
  void theFramingPeriodMayFollowADatelineOrAnAttribution() {
    // the period after the attribution reaches the next paragraph
    assertEquals(List.of(Period.months(2023, 1, 10), Period.months(2023, 1, 10)),
        periods("11月20日,记者从县统计局获悉,1-10月,全县固定资产投资36亿元。\n其中,工业投资12亿元,同比增长8%。"));
  }

  @Test
  void aStockTakesTheEndOfTheRunningPeriodAndNowFramesOnlyItsOwnParagraph() {
    List<ExtractedFact> f = facts("上半年,全区完成货物运输量900万吨。\n全区金融机构存款余额800亿元。\n"
        + "目前,全区在建交通项目36个。\n公路客运量150万人次。");
    assertEquals(4, f.size(), f.toString());
    assertEquals(Period.instant(java.time.LocalDate.of(2023, 6, 30)), f.get(1).observation().period(),
        "a stock at the end of the running half year");
    assertEquals(Period.halfYear(2023, 1), f.get(3).observation().period(), "目前 does not replace the running period");
  }

  @Test
  void aPeriodInsideTheFirstSentenceButNotAtItsHeadDoesNotReachTheNextSentence() {
    List<ExtractedFact> f = facts("全市地区生产总值900亿元,其中上半年400亿元。网上零售额40亿元。");
    assertEquals(Period.year(2023), f.get(f.size() - 1).observation().period(), f.toString());
  }

  @Test
  void stocksAndFlowsOfCountsAndCumulativeFigures() {
    assertEquals(Period.months(2023, 1, 4), only("4月,一般公共预算收入累计完成24627万元。").period(),
        "累计 under a month: from January");
    assertEquals(Period.months(2023, 1, 5), only("截止5月底,全市累计实现到位资金48.98亿元。").period(),
        "累计完成 to a month's end: a flow since January");
    assertEquals(Period.instant(LocalDate.of(2023, 12, 31)), only("全市累计建成5G基站4850座。").period(),
        "累计建成 without a period: a stock");
    assertEquals(Period.instant(LocalDate.of(2023, 6, 30)), only("上半年,全县在建项目194个。").period(),
        "a count of what stands: at the end");
    assertEquals(Period.months(2023, 1, 7), only("前7月,全国新增发电装机容量1.7亿千瓦。").period(),
        "新增 with a stock word is a flow");
    assertEquals(Period.instant(LocalDate.of(2023, 12, 31)), only("目前全国森林覆盖率达25.09%。").period(),
        "a level rate at an instant");
    assertEquals(Period.months(2023, 1, 11), only("1-11月,全县规模工业增加值同比增加4.5%,比1-10月提高0.5个百分点。").period(),
        "a period after 比 is the basis");
    assertEquals(Period.year(2022), only("去年全国城镇新增就业1184万人。").period());
    assertEquals(Period.instant(LocalDate.of(2022, 12, 31)), only("截至去年底,全省森林面积达1.27亿亩。").period());
    assertEquals(Period.instant(LocalDate.of(2023, 3, 31)), only("截至今年3月底,全市存款余额100亿元。").period());
    assertEquals(Period.months(2023, 1, 9), only("元至九月,全县完成生产总值56.7亿元。").period());
    assertEquals(Period.month(2023, 11), only("11月份当月完成产值444.8亿元。").period());
    assertEquals(Period.days(LocalDate.of(2023, 10, 1), LocalDate.of(2023, 10, 4)),
        only("云南:10月1日-4日,全省接待游客597.4万人次。").period(), "a flow over a day range");
  }

  @Test
  void aRateStatedAloneTakesItsRankAndItsChangeAgainstAnEarlierPeriod() {
    List<ExtractedFact> f = facts("1-11月,全县规模工业增加值同比增加4.5%,比1-10月提高0.5个百分点,排名全市第二。");
    assertEquals(1, f.size(), f.toString());
    Observation o = f.get(0).observation();
    assertEquals(0, new java.math.BigDecimal("4.5").compareTo(o.value().value()));
    assertEquals(2, o.ranking().orElseThrow().position().getAsInt());
    assertEquals(Change.Basis.REFERENCE, o.change().orElseThrow().basis(), o.change().toString());
    assertEquals(0, new java.math.BigDecimal("0.5").compareTo(o.change().orElseThrow().amount().value()));
  }

  @Test
  void comparisonsInPointsAreNotesNotFacts() {
    List<ExtractedFact> f = facts("全县社会消费品零售总额383967万元,同比下降3.0%,降幅比1-10月收窄0.9个百分点,排名全市第七。");
    assertEquals(1, f.size(), f.toString());
    assertEquals(7, f.get(0).observation().ranking().orElseThrow().position().getAsInt());
    assertTrue(f.get(0).observation().note().orElseThrow().contains("收窄0.9个百分点"), f.toString());
    List<ExtractedFact> g = facts("全市规模工业增加值同比增长5.5%,但仍低于全省平均增速2.1个百分点,居全省第12位。");
    assertEquals(1, g.size(), g.toString());
    assertEquals(12, g.get(0).observation().ranking().orElseThrow().position().getAsInt());
  }

  @Test
  void aRankingNamesItsFigureByALongerFormOfItsName() {
    List<ExtractedFact> f = facts("粮食总产1573.5亿斤,占全国粮食增量的24.5%,粮食总产量连续多年位居全国第一。");
    ExtractedFact grain = f.stream().filter(x -> x.subject().equals("粮食总产")).findFirst().orElseThrow();
    assertEquals(1, grain.observation().ranking().orElseThrow().position().getAsInt(), f.toString());
  }
}
