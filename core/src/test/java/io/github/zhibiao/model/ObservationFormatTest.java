package io.github.zhibiao.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.zhibiao.unit.Quantity;
import io.github.zhibiao.unit.Units;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ObservationFormatTest {
  static final Indicator GRAIN = Indicator.builder().code("GRAIN_OUTPUT").name("粮食总产量").englishName("Grain output")
      .unit(Units.of("亿斤")).kind(IndicatorKind.FLOW).build();
  static final Indicator AREA = Indicator.of("SOWN_AREA", "粮食播种面积", Units.of("万亩"), IndicatorKind.FLOW);
  static final Region CHIFENG = Region.CHIFENG.withEnglishName("Chifeng");
  static final Region INNER_MONGOLIA = Region.INNER_MONGOLIA.withEnglishName("Inner Mongolia");

  static Observation.Builder grain() {
    return Observation.builder().indicator(GRAIN).region(CHIFENG).period(Period.year(2023))
        .value(Quantity.parse("130亿斤"));
  }

  static String zh(Observation o) {
    return ObservationFormat.chinese().format(o);
  }

  static String en(Observation o) {
    return ObservationFormat.english().format(o);
  }

  @Test
  void theLinesOfTheChifengReport() {
    Observation o = grain().change(Change.yearOnYear(Quantity.parse("5.82%")))
        .ranking(Ranking.first().withScopeWord(RegionScope.REGION).within(INNER_MONGOLIA)).build();
    assertEquals("赤峰市 2023年 粮食总产量 130亿斤，同比增长5.82%，位居全区首位", zh(o));
    assertEquals("Chifeng 2023 Grain output 130亿斤 (6.5 million tonnes), +5.82% y/y, 1st in Inner Mongolia", en(o));
  }

  @Test
  void breakdownsFollowTheIndicator() {
    Observation o = grain().breakdowns(Breakdowns.of(Breakdown.SEX, Category.FEMALE, Breakdown.INDUSTRY,
        Category.from(Sector.section('C')))).build();
    assertEquals("赤峰市 2023年 粮食总产量（性别：女，行业：制造业） 130亿斤", zh(o));
    assertEquals("Chifeng 2023 Grain output (Sex: 女, Industry: 制造业) 130亿斤 (6.5 million tonnes)", en(o));
  }

  @Test
  void aPlainFigureIsItsSubjectAndValue() {
    Observation o = Observation.of(GRAIN, Region.CHIFENG, Period.months(2023, 1, 11), Quantity.parse("1.50亿斤"));
    assertEquals("赤峰市 2023年1—11月 粮食总产量 1.50亿斤", zh(o), "the stated digits, 1.50, are kept");
    assertEquals("赤峰市 2023-01/2023-11 Grain output 1.50亿斤 (75,000 tonnes)", en(o),
        "no English name is guessed for a region that has none");
  }

  @Test
  void statusQualifierAndNote() {
    Observation o = grain().status(Status.ESTIMATED).value(Quantity.parse("超130亿斤")).note("截至目前").build();
    assertEquals("赤峰市 2023年 粮食总产量 预计超130亿斤（注：截至目前）", zh(o));
    assertEquals("Chifeng 2023 Grain output estimated 超130亿斤 (more than 6.5 million tonnes) (note: 截至目前)", en(o));
    assertEquals("赤峰市 2023年 粮食总产量 计划130亿斤", zh(grain().status(Status.TARGET).build()));
    assertEquals("Chifeng 2023 Grain output provisional 130亿斤 (6.5 million tonnes)",
        en(grain().status(Status.PROVISIONAL).build()));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "-0.28%     | YEAR_ON_YEAR    |          | 同比下降0.28%        | -0.28% y/y",
      "0.3%       | PREVIOUS_PERIOD |          | 环比增长0.3%         | +0.3% on the previous period",
      "7.5百分点   | YEAR_ON_YEAR    |          | 同比提高7.5个百分点   | +7.5 pp y/y",
      "-1.2百分点  | REFERENCE       | 全区平均  | 比全区平均下降1.2个百分点 | -1.2 pp vs 全区平均",
      "6.31亿斤    | REFERENCE       | 近5年平均 | 比近5年平均增加6.31亿斤 | +6.31亿斤 (315,500 tonnes) vs 近5年平均",
      "-2亿斤      | YEAR_ON_YEAR    |          | 同比减少2亿斤        | -2亿斤 (100,000 tonnes) y/y",
      "0%         | YEAR_ON_YEAR    |          | 同比持平            | unchanged y/y",
      "0亿斤       | REFERENCE       | 考核要求  | 与考核要求持平        | unchanged vs 考核要求",
      "超5%       | YEAR_ON_YEAR    |          | 同比增长超5%         | more than +5% y/y",
  })
  void changes(String amount, Change.Basis basis, String reference, String chinese, String english) {
    Quantity a = Quantity.parse(amount);
    Change c = switch (basis) {
      case YEAR_ON_YEAR -> Change.yearOnYear(a);
      case PREVIOUS_PERIOD -> Change.previousPeriod(a);
      case REFERENCE -> Change.against(a, reference);
    };
    Observation o = grain().change(c).build();
    assertEquals("赤峰市 2023年 粮食总产量 130亿斤，" + chinese, zh(o));
    assertEquals("Chifeng 2023 Grain output 130亿斤 (6.5 million tonnes), " + english, en(o));
  }

  @Test
  void aFallWithAQualifierKeepsItsMeaning() {
    // less than -5% is a fall of more than 5%
    Observation o = grain().change(Change.yearOnYear(Quantity.parse("-5%").withQualifier(io.github.zhibiao.unit.Qualifier.LESS_THAN)))
        .build();
    assertEquals("赤峰市 2023年 粮食总产量 130亿斤，同比下降超5%", zh(o));
    assertEquals("Chifeng 2023 Grain output 130亿斤 (6.5 million tonnes), less than -5% y/y", en(o));
  }

  @Test
  void rankings() {
    assertEquals("位居全区第3位（共12个）", zhRanking(Ranking.position(3).withPeers(12).withScopeWord(RegionScope.REGION)));
    assertEquals("3rd of 12 in the region", enRanking(Ranking.position(3).withPeers(12).withScopeWord(RegionScope.REGION)));
    assertEquals("位居内蒙古自治区第2位", zhRanking(Ranking.position(2).within(INNER_MONGOLIA)),
        "without a scope word, the scope region's name");
    assertEquals("2nd in 内蒙古自治区", enRanking(Ranking.position(2).within(Region.INNER_MONGOLIA)),
        "a scope region without an English name is named in Chinese, not glossed");
    assertEquals("位居前10位", zhRanking(Ranking.topN(10)));
    assertEquals("top 10 of 12 in the country", enRanking(Ranking.topN(10).withPeers(12).withScopeWord(RegionScope.NATION)));
    assertEquals("位居全市前列", zhRanking(Ranking.leading().withScopeWord(RegionScope.CITY)));
    assertEquals("among the leaders", enRanking(Ranking.leading()));
    assertEquals("位居第1位", zhRanking(Ranking.position(1)), "position 1 stated as a number stays a number");
    assertEquals("位居首位", zhRanking(Ranking.first()));
  }

  private static String zhRanking(Ranking r) {
    return zh(grain().ranking(r).build()).substring("赤峰市 2023年 粮食总产量 130亿斤，".length());
  }

  private static String enRanking(Ranking r) {
    return en(grain().ranking(r).build()).substring("Chifeng 2023 Grain output 130亿斤 (6.5 million tonnes), ".length());
  }

  @Test
  void sharesAndPlanCompletion() {
    Observation o = Observation.builder().indicator(AREA).region(Region.CHIFENG).period(Period.year(2023))
        .value(Quantity.parse("1706.8万亩")).share(Share.of(Quantity.parse("17%"), "全区总任务"))
        .planCompletion(Quantity.parse("117.10%")).build();
    assertEquals("赤峰市 2023年 粮食播种面积 1706.8万亩，占全区总任务的17%，完成计划的117.10%", zh(o));
    assertEquals("赤峰市 2023 粮食播种面积 1706.8万亩 (≈1.1379 million hectares), 17% of 全区总任务, 117.10% of plan", en(o),
        "亩 to 公顷 does not terminate: rounded half-even to the five digits stated, and marked");
  }

  @Test
  void conversionsThatTerminateAreExactAndOthersRoundToTheStatedDigits() {
    assertEquals("赤峰市 2023 粮食播种面积 3万亩 (2,000 hectares)", en(Observation.of(AREA, Region.CHIFENG, Period.year(2023),
        Quantity.parse("3万亩"))), "3万亩 is exactly 2000 hectares");
    assertEquals("赤峰市 2023 粮食播种面积 1万亩 (≈667 hectares)", en(Observation.of(AREA, Region.CHIFENG, Period.year(2023),
        Quantity.parse("1万亩"))), "one digit stated: three kept");
    assertEquals("赤峰市 2023 粮食总产量 650万吨 (6.5 million tonnes)", en(Observation.of(
        Indicator.of("G", "粮食总产量", Units.of("万吨"), IndicatorKind.FLOW), Region.CHIFENG, Period.year(2023),
        Quantity.parse("650万吨"))));
    assertEquals("赤峰市 2023 牲畜存栏 2210.6万头只 (22.106 million head)", en(Observation.of(
        Indicator.of("L", "牲畜存栏", Units.of("万头只"), IndicatorKind.STOCK), Region.CHIFENG, Period.year(2023),
        Quantity.parse("2210.6万头只"))));
    assertEquals("赤峰市 2023 增速 5.82%", en(Observation.of(Indicator.of("R", "增速", Units.PERCENT, IndicatorKind.FLOW),
        Region.CHIFENG, Period.year(2023), Quantity.parse("5.82%"))), "no parentheses when the English reads the same");
  }

  @Test
  void datasetsAreOneLinePerObservationInOrder() {
    Observation a = grain().build();
    Observation b = grain().period(Period.year(2022)).value(Quantity.parse("125亿斤")).build();
    Dataset d = Dataset.of(List.of(a, b));
    assertEquals(List.of("赤峰市 2023年 粮食总产量 130亿斤", "赤峰市 2022年 粮食总产量 125亿斤"), ObservationFormat.chinese().lines(d));
    assertEquals("Chifeng 2023 Grain output 130亿斤 (6.5 million tonnes)\nChifeng 2022 Grain output 125亿斤 (6.25 million tonnes)",
        ObservationFormat.english().format(d));
    assertEquals("", ObservationFormat.chinese().format(Dataset.empty()));
    assertEquals(List.of(), ObservationFormat.english().lines(Dataset.empty()));
    assertThrows(NullPointerException.class, () -> ObservationFormat.chinese().format((Observation) null));
    assertThrows(NullPointerException.class, () -> ObservationFormat.chinese().lines(null));
  }

  @ParameterizedTest
  @CsvSource({"1,1st", "2,2nd", "3,3rd", "4,4th", "10,10th", "11,11th", "12,12th", "13,13th", "21,21st", "22,22nd",
      "23,23rd", "101,101st", "111,111th", "112,112th", "1000,1000th"})
  void ordinals(int n, String ordinal) {
    assertEquals(ordinal, ObservationFormat.ordinal(n));
  }
}
