package io.github.zhibiao.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zhibiao.unit.Quantity;
import io.github.zhibiao.unit.Units;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ModelMutationTest {

  private static final Indicator GRAIN = Indicator.of("GRAIN_OUTPUT", "粮食总产量", Units.of("亿斤"), IndicatorKind.FLOW);
  private static final Indicator LIVESTOCK =
      Indicator.of("LIVESTOCK_STOCK", "牲畜存栏", Units.of("万头只"), IndicatorKind.STOCK);
  private static final Region HONGSHAN = Regions.builtIn().byCode("150402").orElseThrow();

  private static Observation obs(Indicator i, Region r, String period, String value) {
    return Observation.of(i, r, Period.parse(period), Quantity.parse(value));
  }

  private static Quantity q(String text) {
    return Quantity.parse(text);
  }

  // --- Series and Dataset -------------------------------------------------------------------

  @Test
  void seriesKeepsItsObservationsInPeriodOrder() {
    Observation y2023 = obs(GRAIN, Region.CHIFENG, "2023", "130亿斤");
    Observation y2022 = obs(GRAIN, Region.CHIFENG, "2022", "123.6亿斤");
    Series s = Series.of(GRAIN, Region.CHIFENG, List.of(y2023, y2022));
    assertEquals(Region.CHIFENG, s.region());
    assertEquals(GRAIN, s.indicator());
    assertEquals(2, s.size());
    assertEquals(List.of(Period.year(2022), Period.year(2023)), s.periods());
    assertEquals(Map.of(Period.year(2022), y2022, Period.year(2023), y2023), s.observations());
    assertEquals(Optional.of(y2022), s.get(Period.year(2022)));
    assertEquals(Optional.empty(), s.get(Period.year(2021)));
    assertEquals("Series[GRAIN_OUTPUT 150400, 2 periods]", s.toString());
    Series same = Series.of(GRAIN, Region.CHIFENG, List.of(y2022, y2023));
    assertEquals(s, same);
    assertEquals(s.hashCode(), same.hashCode());
    assertNotEquals(s, Series.of(GRAIN, Region.CHIFENG, List.of(y2022)));
    assertNotEquals(s.hashCode(), Series.of(GRAIN, Region.CHIFENG, List.of(y2022)).hashCode());
    assertNotEquals(Series.of(GRAIN, Region.CHIFENG, List.of()), Series.of(GRAIN, HONGSHAN, List.of()));
    assertNotEquals(Series.of(GRAIN, Region.CHIFENG, List.of()), Series.of(LIVESTOCK, Region.CHIFENG, List.of()));
    assertNotEquals(s, "Series[GRAIN_OUTPUT 150400, 2 periods]");
  }

  @Test
  void seriesRefusesStrangersAndDuplicates() {
    IllegalArgumentException other = assertThrows(IllegalArgumentException.class,
        () -> Series.of(GRAIN, Region.CHIFENG, List.of(obs(GRAIN, HONGSHAN, "2023", "10亿斤"))));
    assertEquals("observation GRAIN_OUTPUT 150402 2023 = 10亿斤 does not belong to the series of GRAIN_OUTPUT in 150400",
        other.getMessage());
    IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
        () -> Series.of(GRAIN, Region.CHIFENG,
            List.of(obs(GRAIN, Region.CHIFENG, "2023", "130亿斤"), obs(GRAIN, Region.CHIFENG, "2023", "131亿斤"))));
    assertEquals("two observations of GRAIN_OUTPUT in 150400 for 2023: 130亿斤 and 131亿斤", twice.getMessage());
  }

  @Test
  void datasetLookups() {
    Observation chifeng2023 = obs(GRAIN, Region.CHIFENG, "2023", "130亿斤");
    Observation chifeng2022 = obs(GRAIN, Region.CHIFENG, "2022", "123.6亿斤");
    Observation hongshan = obs(GRAIN, HONGSHAN, "2023", "3亿斤");
    Observation stock = obs(LIVESTOCK, Region.CHIFENG, "2023-06-30", "2210.6万头只");
    Dataset d = Dataset.of(List.of(chifeng2023, hongshan, stock, chifeng2022));
    assertEquals(List.of(chifeng2023, stock, chifeng2022), d.byRegion(Region.CHIFENG));
    assertEquals(List.of(hongshan), d.byRegion(HONGSHAN));
    assertEquals(List.of(chifeng2023, hongshan), d.byPeriod(Period.year(2023)));
    assertEquals(List.of(chifeng2023), d.find("GRAIN_OUTPUT", Region.CHIFENG, Period.year(2023)));
    assertEquals(List.of(), d.byIndicator("NONE"));
    Series s = d.series("GRAIN_OUTPUT", Region.CHIFENG);
    assertEquals(2, s.size());
    assertEquals(Region.CHIFENG, s.region());
    IllegalArgumentException none = assertThrows(IllegalArgumentException.class, () -> d.series("NONE", Region.CHIFENG));
    assertEquals("no indicator 'NONE' in the dataset", none.getMessage());
    assertEquals(4, d.size());
    assertFalse(d.isEmpty());
    assertTrue(Dataset.empty().isEmpty());
    assertEquals(0, Dataset.empty().size());
    assertEquals("Dataset[4 observations, 2 indicators]", d.toString());
    assertEquals("Dataset[0 observations, 0 indicators]", Dataset.empty().toString());
    assertThrows(UnsupportedOperationException.class, () -> d.byIndicator("GRAIN_OUTPUT").add(stock));
  }

  @Test
  void datasetEquality() {
    Observation a = obs(GRAIN, Region.CHIFENG, "2023", "130亿斤");
    Observation b = obs(LIVESTOCK, Region.CHIFENG, "2023-06-30", "2210.6万头只");
    Dataset d = Dataset.of(List.of(a, b));
    assertEquals(d, Dataset.of(List.of(a, b)));
    assertEquals(d.hashCode(), Dataset.of(List.of(a, b)).hashCode());
    assertNotEquals(d, Dataset.of(List.of(b, a)));
    assertNotEquals(d.hashCode(), Dataset.of(List.of(a)).hashCode());
    assertNotEquals(d, Dataset.builder().addAll(List.of(a, b)).addIndicator(
        Indicator.of("AREA", "粮食播种面积", Units.of("万亩"), IndicatorKind.FLOW)).build());
    assertNotEquals(d, "Dataset[2 observations, 2 indicators]");
  }

  @Test
  void datasetRefusesTwoDefinitionsOfOneCode() {
    Dataset.Builder builder = Dataset.builder();
    assertSame(builder, builder.add(obs(GRAIN, Region.CHIFENG, "2023", "130亿斤")));
    Indicator other = Indicator.builder().code("GRAIN_OUTPUT").name("粮食产量").unit(Units.of("万吨"))
        .kind(IndicatorKind.FLOW).sector(Sector.section('A')).build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> builder.addIndicator(other));
    assertEquals("two definitions of indicator GRAIN_OUTPUT: 粮食总产量 [亿斤, FLOW] and 粮食产量 [万吨, FLOW, A]",
        e.getMessage());
    assertSame(builder, builder.addIndicator(GRAIN));
  }

  // --- Share, Change, Status, Industry --------------------------------------------------------

  @Test
  void shareBoundsAreInclusive() {
    Share none = Share.of(q("0%"), " 全区总任务 ");
    assertEquals("全区总任务", none.whole());
    assertEquals(q("0%"), none.rate());
    assertEquals("100% of 全区总任务", Share.of(q("100%"), "全区总任务").toString());
    assertEquals("1 of 全区", Share.of(q("1"), "全区").toString());
    IllegalArgumentException over = assertThrows(IllegalArgumentException.class, () -> Share.of(q("100.01%"), "全区"));
    assertEquals("share (100.01%) must lie between 0% and 100% of its whole", over.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Share.of(q("-0.01%"), "全区"));
    IllegalArgumentException dim = assertThrows(IllegalArgumentException.class, () -> Share.of(q("17百分点"), "全区"));
    assertEquals("share rate 17百分点 must be dimensionless (%, ‰, 成), not PERCENTAGE_POINT", dim.getMessage());
    assertEquals("share whole must name what the share is of, not be blank",
        assertThrows(IllegalArgumentException.class, () -> Share.of(q("17%"), " ")).getMessage());
    Share s = Share.of(q("17%"), "全区高标准农田建设总任务");
    assertEquals(s, Share.of(q("17.0%"), "全区高标准农田建设总任务"));
    assertEquals(s.hashCode(), Share.of(q("17.0%"), "全区高标准农田建设总任务").hashCode());
    assertNotEquals(s, Share.of(q("18%"), "全区高标准农田建设总任务"));
    assertNotEquals(s, Share.of(q("17%"), "全区"));
    assertNotEquals(s.hashCode(), Share.of(q("17%"), "全区").hashCode());
    assertNotEquals(s.hashCode(), Share.of(q("18%"), "全区高标准农田建设总任务").hashCode());
    assertNotEquals(s, "17% of 全区高标准农田建设总任务");
  }

  @Test
  void changeEqualityAndText() {
    Change yoy = Change.yearOnYear(q("5.82%"));
    assertEquals("5.82% YEAR_ON_YEAR", yoy.toString());
    assertEquals("6.31亿斤 近5年平均", Change.against(q("6.31亿斤"), "近5年平均").toString());
    assertEquals(yoy, Change.of(q("5.82%"), "同比"));
    assertEquals(yoy.hashCode(), Change.of(q("5.820%"), "比上年").hashCode());
    assertNotEquals(yoy, Change.previousPeriod(q("5.82%")));
    assertNotEquals(yoy.hashCode(), Change.previousPeriod(q("5.82%")).hashCode());
    assertNotEquals(yoy, Change.yearOnYear(q("5.83%")));
    assertNotEquals(Change.against(q("1%"), "全区平均"), Change.against(q("1%"), "全国平均"));
    assertNotEquals(yoy, "5.82% YEAR_ON_YEAR");
  }

  @Test
  void statusWordsAndCodes() {
    assertEquals("预计", Status.ESTIMATED.chinese());
    assertEquals("", Status.NORMAL.chinese());
    assertEquals("E", Status.ESTIMATED.sdmxCode());
    assertEquals("T", Status.TARGET.sdmxCode());
    assertEquals(Status.NORMAL, Status.parse(""));
    assertEquals(Status.NORMAL, Status.parse("正常"));
    assertEquals(Status.ESTIMATED, Status.parse("估计"));
    assertEquals(Status.PROVISIONAL, Status.parse("初步核算"));
    assertEquals(Status.PROVISIONAL, Status.parse("初步统计"));
    assertEquals(Status.FORECAST, Status.parse("预测"));
    assertEquals(Status.TARGET, Status.parse("目标"));
    assertEquals(Status.TARGET, Status.parse("任务"));
    assertEquals(Status.PROVISIONAL, Status.parse("p"));
    assertEquals(Status.FORECAST, Status.parse("forecast"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Status.parse("草稿"));
    assertTrue(e.getMessage().startsWith("unknown status '草稿': expected NORMAL"), e.getMessage());
  }

  @Test
  void industriesOfSections() {
    assertEquals(Industry.PRIMARY, Industry.ofSection('A'));
    assertEquals(Industry.SECONDARY, Industry.ofSection('B'));
    assertEquals(Industry.SECONDARY, Industry.ofSection('E'));
    assertEquals(Industry.TERTIARY, Industry.ofSection('F'));
    assertEquals(Industry.TERTIARY, Industry.ofSection('T'));
    assertEquals(List.of(Sector.section('A')), Industry.PRIMARY.sections());
    assertEquals(4, Industry.SECONDARY.sections().size());
    assertEquals(15, Industry.TERTIARY.sections().size());
    assertEquals("第二产业", Industry.SECONDARY.chineseName());
  }

  // --- Ranking, Sector, Region, periods --------------------------------------------------------

  @Test
  void rankingNumbersAndPeers() {
    assertEquals(Ranking.position(10), Ranking.parse("10"));
    assertEquals(Ranking.position(9), Ranking.parse("9"));
    assertEquals(Ranking.position(123456), Ranking.parse("123456"));
    IllegalArgumentException big = assertThrows(IllegalArgumentException.class, () -> Ranking.parse("1234567"));
    assertEquals("ranking '1234567' has an implausible number 1234567", big.getMessage());
    assertEquals(Ranking.position(10), Ranking.parse("第十位"));
    assertEquals(Ranking.position(20), Ranking.parse("第二十位"));
    assertEquals(3, Ranking.position(3).withPeers(3).peers().getAsInt());
    IllegalArgumentException few = assertThrows(IllegalArgumentException.class, () -> Ranking.position(3).withPeers(2));
    assertEquals("peer count (2) must be >= the rank (3)", few.getMessage());
    assertEquals(1, Ranking.leading().withPeers(1).peers().getAsInt());
    assertThrows(IllegalArgumentException.class, () -> Ranking.leading().withPeers(0));
    assertFalse(Ranking.position(1).isFirstInWords());
    assertTrue(Ranking.first().isFirstInWords());
    assertNotEquals(Ranking.first(), Ranking.position(1));
    assertNotEquals(Ranking.first().hashCode(), Ranking.position(1).hashCode());
    assertEquals(Ranking.position(4).withPeers(12).hashCode(), Ranking.parse("4/12").hashCode());
  }

  @Test
  void sectorKindsAndEquality() {
    Sector a = Sector.section('A');
    assertFalse(a.isIndustry());
    assertFalse(a.isUser());
    assertTrue(a.isSection());
    Sector primary = Sector.industry(Industry.PRIMARY);
    assertTrue(primary.isIndustry());
    assertFalse(primary.isUser());
    Sector user = Sector.user("畜牧业", a);
    assertTrue(user.isUser());
    assertFalse(user.isIndustry());
    assertNotEquals(a.hashCode(), Sector.section('B').hashCode());
    assertEquals(a.hashCode(), Sector.section('A').hashCode());
    assertNotEquals(a, Sector.section('B'));
    assertNotEquals(a, "A");
    assertEquals(user, Sector.user("畜牧业", a));
    assertNotEquals(user, Sector.user("畜牧业", primary));
    IllegalArgumentException at = assertThrows(IllegalArgumentException.class, () -> Sector.user("@畜牧业", a));
    assertEquals("name ('@畜牧业') must be non-blank, without surrounding whitespace and without '@'", at.getMessage());
  }

  @Test
  void regionHashAndLevels() {
    assertEquals(Region.CHIFENG.hashCode(), Regions.builtIn().byCode("150400").orElseThrow().hashCode());
    assertNotEquals(Region.CHIFENG.hashCode(), Region.INNER_MONGOLIA.hashCode());
    assertNotEquals(Region.CHIFENG.hashCode(), HONGSHAN.hashCode());
    assertFalse(RegionLevel.PREFECTURE.mayHaveParent(RegionLevel.PREFECTURE));
    assertTrue(RegionLevel.COUNTY.mayHaveParent(RegionLevel.PREFECTURE));
    assertFalse(RegionLevel.PROVINCE.mayHaveParent(RegionLevel.COUNTY));
    assertTrue(RegionLevel.OTHER.mayHaveParent(RegionLevel.COUNTY));
    assertTrue(RegionLevel.PROVINCE.mayHaveParent(RegionLevel.OTHER));
    List<Region> counties = Regions.builtIn().children(Region.CHIFENG);
    assertEquals(12, counties.size());
    assertEquals("150402", counties.get(0).code());
    for (int i = 1; i < counties.size(); i++) {
      assertTrue(counties.get(i - 1).code().compareTo(counties.get(i).code()) < 0, counties.toString());
    }
    List<Region> all = Regions.builtIn().all();
    for (int i = 1; i < all.size(); i++) {
      assertTrue(all.get(i - 1).code().compareTo(all.get(i).code()) < 0, all.get(i).code());
    }
  }

  @Test
  void periodKindsBreakTiesInOrder() {
    assertEquals(0, PeriodSupport.rank(Period.parse("2023")));
    assertEquals(1, PeriodSupport.rank(Period.parse("2021/2025")));
    assertEquals(2, PeriodSupport.rank(Period.parse("2023-S1")));
    assertEquals(3, PeriodSupport.rank(Period.parse("2023-Q2")));
    assertEquals(4, PeriodSupport.rank(Period.parse("2023-01/2023-11")));
    assertEquals(5, PeriodSupport.rank(Period.parse("2023-06")));
    assertEquals(6, PeriodSupport.rank(Period.parse("2023-06-30")));
    assertTrue(Period.parse("2023").compareTo(Period.parse("2023-01/2023-12")) < 0);
    assertTrue(Period.parse("2023-S2").compareTo(Period.parse("2023-07/2023-12")) < 0);
    assertTrue(Period.parse("2023-Q4").compareTo(Period.parse("2023-10/2023-12")) < 0);
    assertTrue(Period.parse("2023-10/2023-12").compareTo(Period.parse("2023-Q4")) > 0);
    IllegalArgumentException range = assertThrows(IllegalArgumentException.class, () -> new YearRangePeriod(2023, 2023));
    assertEquals("toYear (2023) must be after fromYear (2023): a year range covers at least two years", range.getMessage());
    assertEquals(2023, PeriodSupport.checkYear("year", 2023));
  }

  @Test
  void observationAcceptsZeroPlanCompletionAndNamesBadOnes() {
    Observation zero = Observation.builder().indicator(GRAIN).region(Region.CHIFENG).period(Period.year(2023))
        .value(q("130亿斤")).planCompletion(q("0%")).build();
    assertEquals(Optional.of(q("0%")), zero.planCompletion());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Observation.builder().indicator(GRAIN).region(Region.CHIFENG).period(Period.year(2023))
            .value(q("130亿斤")).planCompletion(q("-1%")).build());
    assertEquals("observation GRAIN_OUTPUT 150400 2023: plan completion -1% must be a non-negative rate such as 117.10%",
        e.getMessage());
    assertEquals(IndicatorKind.FLOW, Indicator.builder().code("X").name("x").unit(Units.ONE).build().kind());
    assertEquals("GRAIN_OUTPUT", GRAIN.toString());
  }
}
