package io.github.zhibiao.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zhibiao.calc.Finding.Check;
import io.github.zhibiao.calc.Finding.Outcome;
import io.github.zhibiao.calc.Finding.Severity;
import io.github.zhibiao.model.Change;
import io.github.zhibiao.model.Dataset;
import io.github.zhibiao.model.Indicator;
import io.github.zhibiao.model.IndicatorKind;
import io.github.zhibiao.model.Observation;
import io.github.zhibiao.model.Period;
import io.github.zhibiao.model.Ranking;
import io.github.zhibiao.model.Region;
import io.github.zhibiao.model.Regions;
import io.github.zhibiao.unit.Quantity;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The checks an analyst asks for, each on small hand-made datasets: passing, failing, at the edge of printed precision. */
class AnalystChecksTest {
  static final Indicator PROJECTS = Seed.indicator("SIGNED", "签约项目", "个", IndicatorKind.FLOW);
  static final Indicator START = Seed.indicator("SIGNED.START_RATE", "开工率", "%", IndicatorKind.RATE);
  static final Indicator INVEST = Seed.indicator("SIGNED.INVEST", "计划总投资", "亿元", IndicatorKind.FLOW);
  static final Indicator EVENT = Seed.indicator("EVENT", "活动签约项目", "个", IndicatorKind.FLOW);
  static final Indicator EVENT_INVEST = Seed.indicator("EVENT.INVEST", "活动签约项目计划总投资", "亿元", IndicatorKind.FLOW);
  static final Indicator STATIONS = Seed.indicator("STATIONS", "未保站", "个", IndicatorKind.STOCK);
  static final Indicator SUPERVISORS = Seed.indicator("SUPERVISORS", "儿童督导员", "人", IndicatorKind.STOCK);
  static final Indicator CATTLE = Seed.indicator("CATTLE", "牛存栏", "万头", IndicatorKind.STOCK);
  static final Indicator SHEEP = Seed.indicator("SHEEP", "羊存栏", "万只", IndicatorKind.STOCK);
  static final Indicator POULTRY = Seed.indicator("POULTRY", "禽存栏", "万只", IndicatorKind.STOCK);
  static final Indicator INSURED = Seed.indicator("INSURED", "失业保险参保人数", "万人", IndicatorKind.STOCK);
  static final Indicator AIR_EXCL = Seed.indicator("AIR_GOOD_DAYS_RATIO.EXCL_DUST", "环境空气质量优良天数比例(剔除沙尘影响)",
      "%", IndicatorKind.RATE);

  static Observation obs(Indicator i, String period, String value) {
    return Seed.obs(i, Region.CHIFENG, period, value);
  }

  static Observation yoy(Indicator i, String period, String value, String rate) {
    return obs(i, period, value).withChange(Change.yearOnYear(Quantity.parse(rate)));
  }

  static List<Finding> run(Relation r, Observation... obs) {
    return Consistency.builder().relation(r).build().run(Dataset.of(List.of(obs)));
  }

  static Finding only(List<Finding> findings, Check check) {
    List<Finding> of = findings.stream().filter(f -> f.check() == check).collect(Collectors.toList());
    assertEquals(1, of.size(), findings.toString());
    return of.get(0);
  }

  static void assertVerdict(Finding f, Outcome outcome, Severity severity) {
    assertEquals(outcome, f.outcome(), f.toString());
    assertEquals(severity, f.severity(), f.toString());
  }

  // ------------------------------------------------------------ counts behind rates

  @Test
  void aRateThatSomeWholeCountGivesPasses() {
    Finding f = only(run(Relation.rateOf("SIGNED.START_RATE", "SIGNED"), obs(START, "2023", "50.2%"),
        obs(PROJECTS, "2023", "598个")), Check.COUNT_RATE);
    assertVerdict(f, Outcome.PASSED, Severity.INFO);
    assertTrue(f.arithmetic().contains("k = 300"), f.arithmetic());
  }

  @Test
  void aRateThatNoWholeCountGivesIsAnError() {
    Finding f = only(run(Relation.rateOf("SIGNED.START_RATE", "SIGNED"), obs(START, "2023", "24.3%"),
        obs(PROJECTS, "2023", "598个")), Check.COUNT_RATE);
    assertVerdict(f, Outcome.FAILED, Severity.ERROR);
    assertTrue(f.messageEn().contains("145/598 = ≈24.247%, 146/598 = ≈24.415%"), f.messageEn());
    assertEquals(List.of("SIGNED.START_RATE", "SIGNED"),
        f.observations().stream().map(o -> o.indicator().code()).collect(Collectors.toList()));
  }

  @Test
  void aRateAtTheEdgeOfItsPrintedPrecisionPasses() {
    Relation r = Relation.rateOf("SIGNED.START_RATE", "SIGNED");
    // 1/8 = 12.5% exactly: printed 13% (half up) or 12% (half even) both stand for it; 14% does not
    assertVerdict(only(run(r, obs(START, "2023", "13%"), obs(PROJECTS, "2023", "8个")), Check.COUNT_RATE),
        Outcome.PASSED, Severity.INFO);
    assertVerdict(only(run(r, obs(START, "2023", "12%"), obs(PROJECTS, "2023", "8个")), Check.COUNT_RATE),
        Outcome.PASSED, Severity.INFO);
    assertVerdict(only(run(r, obs(START, "2023", "14%"), obs(PROJECTS, "2023", "8个")), Check.COUNT_RATE),
        Outcome.FAILED, Severity.ERROR);
  }

  @Test
  void aCountNotPrintedToItsLastUnitIsSkipped() {
    Finding f = only(run(Relation.rateOf("SIGNED.START_RATE", "SIGNED"), obs(START, "2023", "24.3%"),
        obs(PROJECTS, "2023", "6.1万个")), Check.COUNT_RATE);
    assertVerdict(f, Outcome.SKIPPED, Severity.INFO);
  }

  // ------------------------------------------------------------ subsets and one-to-one

  @Test
  void aSubsetWithinItsWholePasses() {
    assertVerdict(only(run(Relation.partOf("EVENT", "SIGNED"), obs(EVENT, "2023", "262个"),
        obs(PROJECTS, "2023", "598个")), Check.SUBSET), Outcome.PASSED, Severity.INFO);
  }

  @Test
  void aSubsetLargerThanItsWholeFails() {
    Finding same = only(run(Relation.partOf("EVENT.INVEST", "SIGNED.INVEST"), obs(EVENT_INVEST, "2023", "2474.4亿元"),
        obs(INVEST, "2023", "1532.4亿元")), Check.SUBSET);
    assertVerdict(same, Outcome.FAILED, Severity.ERROR);
    assertTrue(same.messageEn().contains("by 942 亿元"), same.messageEn());
    // the subset covers a month the whole does not: only a warning, and the finding names the periods
    Finding longer = only(run(Relation.partOf("EVENT.INVEST", "SIGNED.INVEST"), obs(EVENT_INVEST, "2023", "2474.4亿元"),
        obs(INVEST, "2023-01/2023-11", "1532.4亿元")), Check.SUBSET);
    assertVerdict(longer, Outcome.FAILED, Severity.WARNING);
    assertTrue(longer.messageEn().contains("the subset covers 2023, the whole 2023-01/2023-11"), longer.messageEn());
  }

  @Test
  void aSubsetAtTheEdgeOfPrecisionPasses() {
    // 100.05 can be 100.045, and 100.0 can be 100.05: they may be equal
    assertVerdict(only(run(Relation.partOf("EVENT.INVEST", "SIGNED.INVEST"), obs(EVENT_INVEST, "2023", "100.05亿元"),
        obs(INVEST, "2023", "100.0亿元")), Check.SUBSET), Outcome.PASSED, Severity.INFO);
    assertVerdict(only(run(Relation.partOf("EVENT.INVEST", "SIGNED.INVEST"), obs(EVENT_INVEST, "2023", "100.11亿元"),
        obs(INVEST, "2023", "100.0亿元")), Check.SUBSET), Outcome.FAILED, Severity.ERROR);
  }

  @Test
  void oneToOneCountsMustMatch() {
    Relation r = Relation.oneToOne("STATIONS", "SUPERVISORS");
    assertVerdict(only(run(r, obs(STATIONS, "2023-12-31", "177个"), obs(SUPERVISORS, "2023-12-31", "177人")),
        Check.ONE_TO_ONE), Outcome.PASSED, Severity.INFO);
    Finding f = only(run(r, obs(STATIONS, "2023-12-31", "177个"), obs(SUPERVISORS, "2023-12-31", "183人")),
        Check.ONE_TO_ONE);
    assertVerdict(f, Outcome.FAILED, Severity.ERROR);
    assertEquals("177 ≠ 183 (difference 6)", f.arithmetic());
    // printed with a magnitude, 1.8万人 may be 17 600 … 18 400 people: 18 000 stations agree within it
    assertVerdict(only(run(r, obs(STATIONS, "2023-12-31", "18000个"), obs(SUPERVISORS, "2023-12-31", "1.8万人")),
        Check.ONE_TO_ONE), Outcome.PASSED, Severity.INFO);
  }

  @Test
  void onePerChildRegionCountsTheRegistrysChildren() {
    int children = Regions.builtIn().children(Region.CHIFENG).size();
    assertEquals(12, children, "赤峰市 has 12 旗县区");
    Relation r = Relation.onePerChildRegion("STATIONS");
    assertVerdict(only(run(r, obs(STATIONS, "2023-12-31", "12个")), Check.ONE_TO_ONE), Outcome.PASSED, Severity.INFO);
    assertVerdict(only(run(r, obs(STATIONS, "2023-12-31", "11个")), Check.ONE_TO_ONE), Outcome.FAILED, Severity.ERROR);
  }

  // ------------------------------------------------------------ parts and remainders

  @Test
  void partsInsideAWholeLeaveARemainderWithItsChange() {
    Finding f = only(run(Relation.parts("LIVESTOCK_STOCK", "CATTLE", "SHEEP"),
        yoy(Seed.LIVESTOCK, "2023-06-30", "2210.6万头只", "5.82%"), yoy(CATTLE, "2023-06-30", "362.2万头", "12.08%"),
        yoy(SHEEP, "2023-06-30", "1423.4万只", "4.76%")), Check.REMAINDER);
    assertVerdict(f, Outcome.PASSED, Severity.INFO);
    // 2210.6 − 1785.6 = 425 now; a year earlier 2089.02 − 323.16 − 1358.72 = 407.13
    assertTrue(f.messageEn().startsWith("LIVESTOCK_STOCK 150400 2023-06-30: the rest is 425 万头只, a change of ≈4.39%"),
        f.messageEn());
  }

  @Test
  void aPartLargerThanItsWholeIsAnError() {
    Finding f = only(run(Relation.parts("LIVESTOCK_STOCK", "POULTRY"), obs(Seed.LIVESTOCK, "2023-06-30", "2210.6万头只"),
        obs(POULTRY, "2023-06-30", "3629万只")), Check.REMAINDER);
    assertVerdict(f, Outcome.FAILED, Severity.ERROR);
    assertTrue(f.messageEn().contains("cannot be inside it"), f.messageEn());
  }

  @Test
  void aRemainderThatJumpsOrTurnsNegativeIsAWarning() {
    // now 100 − 90 = 10; a year earlier 100/1.01 − 90/1.5 = 39.0: the rest fell by three quarters
    Finding jump = only(run(Relation.parts("LIVESTOCK_STOCK", "CATTLE"), yoy(Seed.LIVESTOCK, "2023-06-30", "100万头只", "1%"),
        yoy(CATTLE, "2023-06-30", "90万头", "50%")), Check.REMAINDER);
    assertVerdict(jump, Outcome.FAILED, Severity.WARNING);
    assertTrue(jump.messageEn().contains("a jump beyond ±50%"), jump.messageEn());
    // now 100 − 90 = 10; a year earlier 100/1.5 − 90/1.01 < 0
    Finding negative = only(run(Relation.parts("LIVESTOCK_STOCK", "CATTLE"),
        yoy(Seed.LIVESTOCK, "2023-06-30", "100万头只", "50%"), yoy(CATTLE, "2023-06-30", "90万头", "1%")), Check.REMAINDER);
    assertVerdict(negative, Outcome.FAILED, Severity.WARNING);
    assertTrue(negative.messageEn().contains("below zero"), negative.messageEn());
  }

  @Test
  void partsThatFillTheWholeToItsPrecisionLeaveNoError() {
    // 2210.6 ± 0.05 against parts 2210.65 ± 0.01: they may be equal, the rest is −0.05 as printed
    Finding f = only(run(Relation.parts("LIVESTOCK_STOCK", "CATTLE"), obs(Seed.LIVESTOCK, "2023-06-30", "2210.6万头只"),
        obs(CATTLE, "2023-06-30", "2210.65万头")), Check.REMAINDER);
    assertVerdict(f, Outcome.PASSED, Severity.INFO);
    Finding over = only(run(Relation.parts("LIVESTOCK_STOCK", "CATTLE"), obs(Seed.LIVESTOCK, "2023-06-30", "2210.6万头只"),
        obs(CATTLE, "2023-06-30", "2210.67万头")), Check.REMAINDER);
    assertVerdict(over, Outcome.FAILED, Severity.ERROR);
  }

  // ------------------------------------------------------------ targets

  @Test
  void aTargetWithinPrintedPrecisionOfARoundFigureIsTheRoundFigure() {
    Finding f = only(Consistency.check(Dataset.of(List.of(Seed.employment()))), Check.TARGET);
    assertVerdict(f, Outcome.PASSED, Severity.INFO);
    assertEquals("URBAN_NEW_EMPLOYMENT 150400 2023: 2.05万人 at 117.10% of plan gives a target of 1.75 万人.", f.messageEn());
  }

  @Test
  void aTargetThatMissesTheRoundFigureIsExactWithTheRoundFiguresCompletion() {
    Observation o = obs(INSURED, "2023-12-31", "35.47万人").withPlanCompletion(Quantity.parse("118.26%"));
    Finding f = only(Consistency.check(Dataset.of(List.of(o))), Check.TARGET);
    assertEquals("INSURED 150400 2023-12-31: 35.47万人 at 118.26% of plan gives a target of ≈29.9932 万人, not the round"
        + " 30 万人 (which would give 118.23%).", f.messageEn());
  }

  @Test
  void theRoundFigureIsTheFewestDigitsWithinOneUnitOfTheLevel() {
    assertEquals("1.75", Targets.roundFigure(new java.math.BigDecimal("1.75064"), new java.math.BigDecimal("0.01"))
        .toPlainString());
    assertEquals("30", Targets.roundFigure(new java.math.BigDecimal("29.9932"), new java.math.BigDecimal("0.01"))
        .toPlainString());
    // exactly one unit away is not within it
    assertEquals("29.99", Targets.roundFigure(new java.math.BigDecimal("29.99"), new java.math.BigDecimal("0.01"))
        .toPlainString());
  }

  @Test
  void aTargetInTheDataIsCheckedNotImplied() {
    Observation target = obs(Seed.EMPLOYMENT, "2023", "1.75万人").withStatus(io.github.zhibiao.model.Status.TARGET);
    List<Finding> findings = Consistency.check(Dataset.of(List.of(Seed.employment(), target)));
    assertTrue(findings.stream().noneMatch(f -> f.check() == Check.TARGET), findings.toString());
    assertVerdict(only(findings, Check.PLAN_COMPLETION), Outcome.PASSED, Severity.INFO);
  }

  // ------------------------------------------------------------ duplicates

  @Test
  void aVariantWithARemarkThatDiffersRemainsAConflict() {
    Finding f = only(Consistency.check(Dataset.of(List.of(obs(Seed.AIR, "2023-01/2023-11", "92.6%"),
        obs(AIR_EXCL, "2023-01/2023-11", "93.6%")))), Check.DUPLICATE);
    assertVerdict(f, Outcome.FAILED, Severity.WARNING);
    assertTrue(f.messageEn().contains("worded “剔除沙尘影响”"), f.messageEn());
  }

  @Test
  void aVariantThatAgreesWithinPrecisionPasses() {
    Finding f = only(Consistency.check(Dataset.of(List.of(obs(Seed.AIR, "2023-01/2023-11", "92.6%"),
        obs(AIR_EXCL, "2023-01/2023-11", "92.65%")))), Check.DUPLICATE);
    assertVerdict(f, Outcome.PASSED, Severity.INFO);
  }

  @Test
  void aSameCodeDuplicateNamesTheWordingThatDiffers() {
    Finding notes = only(Consistency.check(Dataset.of(List.of(obs(Seed.AIR, "2023-01/2023-11", "92.6%"),
        obs(Seed.AIR, "2023-01/2023-11", "93.6%").withNote("剔除沙尘影响")))), Check.CONFLICT);
    assertVerdict(notes, Outcome.FAILED, Severity.ERROR);
    assertTrue(notes.messageEn().endsWith("The notes differ: “none” and “剔除沙尘影响”."), notes.messageEn());
    // one value with a qualifier and one without, apart beyond their precision: still a conflict
    Finding qualified = only(Consistency.check(Dataset.of(List.of(obs(Seed.GRAIN, "2023", "130亿斤"),
        obs(Seed.GRAIN, "2023", "超132亿斤")))), Check.CONFLICT);
    assertVerdict(qualified, Outcome.FAILED, Severity.WARNING);
    assertTrue(qualified.messageEn().contains("only 超132亿斤 carries a qualifier"), qualified.messageEn());
    // the same figure with and without 约 is not compared
    assertVerdict(only(Consistency.check(Dataset.of(List.of(obs(Seed.GRAIN, "2023", "130亿斤"),
        obs(Seed.GRAIN, "2023", "约130亿斤")))), Check.CONFLICT), Outcome.SKIPPED, Severity.INFO);
  }

  @Test
  void partsOfABreakdownAreNoDuplicates() {
    Indicator a = Seed.indicator("BRAND.A", "品牌价值(敖汉小米)", "亿元", IndicatorKind.STOCK);
    Indicator b = Seed.indicator("BRAND.A.B", "品牌价值(敖汉小米)(赤峰)", "亿元", IndicatorKind.STOCK);
    Indicator total = Seed.indicator("BRAND", "品牌总价值", "亿元", IndicatorKind.STOCK);
    List<Finding> findings = Consistency.check(Dataset.of(List.of(obs(total, "2023-12-31", "754.49亿元"),
        obs(a, "2023-12-31", "273.15亿元"), obs(b, "2023-12-31", "176.36亿元"))));
    assertTrue(findings.stream().noneMatch(f -> f.check() == Check.DUPLICATE), findings.toString());
  }

  // ------------------------------------------------------------ streaks and rank claims

  static List<Observation> grain(int from, int to, String low) {
    List<Observation> list = new ArrayList<>();
    for (int y = from; y <= to; y++) {
      list.add(obs(Seed.GRAIN, Integer.toString(y), y == 2018 && low != null ? low : "120亿斤"));
    }
    Observation last = list.remove(list.size() - 1).withNote("连续11年保持在100亿斤以上");
    list.add(last);
    return list;
  }

  @Test
  void aStreakThatTheSeriesHoldsPasses() {
    assertVerdict(only(Consistency.check(Dataset.of(grain(2013, 2023, null))), Check.STREAK), Outcome.PASSED,
        Severity.INFO);
  }

  @Test
  void aStreakBrokenInTheSeriesIsAnError() {
    Finding f = only(Consistency.check(Dataset.of(grain(2013, 2023, "99.9亿斤"))), Check.STREAK);
    assertVerdict(f, Outcome.FAILED, Severity.ERROR);
    assertTrue(f.messageEn().contains("2018 has 99.9亿斤, below 100亿斤"), f.messageEn());
    // 以上 is inclusive: exactly 100亿斤 keeps the streak
    assertVerdict(only(Consistency.check(Dataset.of(grain(2013, 2023, "100亿斤"))), Check.STREAK), Outcome.PASSED,
        Severity.INFO);
  }

  @Test
  void aStreakCountedInChineseNumeralsIsCheckedAndAHugeCountIsNoClaim() {
    List<Observation> broken = grain(2013, 2023, "99.9亿斤");
    broken.add(broken.remove(broken.size() - 1).withNote("连续十一年保持在100亿斤以上"));
    assertVerdict(only(Consistency.check(Dataset.of(broken)), Check.STREAK), Outcome.FAILED, Severity.ERROR);
    List<Observation> huge = grain(2013, 2023, null);
    huge.add(huge.remove(huge.size() - 1).withNote("连续99999999999年保持在100亿斤以上"));
    assertTrue(Consistency.check(Dataset.of(huge)).stream().noneMatch(f -> f.check() == Check.STREAK),
        "a count of more than four digits is not read as a streak (and throws nothing)");
  }

  @Test
  void aStreakLongerThanTheSeriesIsCheckedInPart() {
    assertVerdict(only(Consistency.check(Dataset.of(grain(2020, 2023, null))), Check.STREAK), Outcome.SKIPPED,
        Severity.INFO);
  }

  @Test
  void rankClaimsInANoteMustBeCompatibleWithTheStatedRanking() {
    Observation first = Seed.livestock().withRanking(Ranking.first().within(Region.INNER_MONGOLIA));
    assertVerdict(only(Consistency.check(Dataset.of(List.of(first.withNote("连续11年位居自治区前列")))), Check.RANK_CLAIM),
        Outcome.PASSED, Severity.INFO);
    assertVerdict(only(Consistency.check(Dataset.of(List.of(first.withNote("居全区第3位")))), Check.RANK_CLAIM),
        Outcome.FAILED, Severity.ERROR);
    // a national claim is not compared with a provincial ranking
    assertTrue(Consistency.check(Dataset.of(List.of(first.withNote("居全国第3位")))).stream()
        .noneMatch(f -> f.check() == Check.RANK_CLAIM));
  }

  @Test
  void compatibleRanksMeetAtSomePosition() {
    assertTrue(Rankings.compatible(Ranking.position(4), Ranking.leading(), 12), "前列 of 12 is the first 4");
    assertFalse(Rankings.compatible(Ranking.position(5), Ranking.leading(), 12));
    assertTrue(Rankings.compatible(Ranking.topN(10), Ranking.position(10), 12));
    assertFalse(Rankings.compatible(Ranking.first(), Ranking.position(2), 12));
    assertThrows(IllegalArgumentException.class, () -> Rankings.compatible(Ranking.first(), Ranking.first(), 0));
  }

  // ------------------------------------------------------------ regional totals

  static List<Observation> counties(String chifeng, String last) {
    List<Region> children = Regions.builtIn().children(Region.CHIFENG);
    List<Observation> list = new ArrayList<>();
    list.add(obs(Seed.GRAIN, "2023", chifeng));
    for (int i = 0; i < children.size(); i++) {
      list.add(Seed.obs(Seed.GRAIN, children.get(i), "2023", i == children.size() - 1 ? last : "10.0亿斤"));
    }
    return list;
  }

  @Test
  void childRegionsInTheDataAddUpToTheirRegion() {
    assertVerdict(only(Consistency.check(Dataset.of(counties("130.0亿斤", "20.0亿斤"))), Check.REGIONAL_TOTAL),
        Outcome.PASSED, Severity.INFO);
    assertVerdict(only(Consistency.check(Dataset.of(counties("130.0亿斤", "22.0亿斤"))), Check.REGIONAL_TOTAL),
        Outcome.FAILED, Severity.ERROR);
    // with one child missing, nothing is checked
    List<Observation> some = counties("130.0亿斤", "20.0亿斤");
    some.remove(some.size() - 1);
    assertTrue(Consistency.check(Dataset.of(some)).stream().noneMatch(f -> f.check() == Check.REGIONAL_TOTAL));
  }

  @Test
  void newRelationsRefuseBadCodes() {
    assertThrows(IllegalArgumentException.class, () -> Relation.rateOf("A", "A"));
    assertThrows(IllegalArgumentException.class, () -> Relation.partOf(" ", "B"));
    assertThrows(IllegalArgumentException.class, () -> Relation.oneToOne("A", "A"));
    assertThrows(IllegalArgumentException.class, () -> Relation.parts("A", "A"));
    assertThrows(IllegalArgumentException.class, () -> Relation.onePerChildRegion(""));
    assertEquals(Relation.Kind.PARTS, Relation.parts("A", "B", "C").kind());
    assertEquals(List.of("B", "C"), Relation.parts("A", "B", "C").related());
  }
}
