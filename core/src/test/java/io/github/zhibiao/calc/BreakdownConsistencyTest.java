package io.github.zhibiao.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zhibiao.calc.Finding.Check;
import io.github.zhibiao.calc.Finding.Outcome;
import io.github.zhibiao.calc.Finding.Severity;
import io.github.zhibiao.model.Breakdown;
import io.github.zhibiao.model.Breakdowns;
import io.github.zhibiao.model.Category;
import io.github.zhibiao.model.Change;
import io.github.zhibiao.model.Dataset;
import io.github.zhibiao.model.Indicator;
import io.github.zhibiao.model.IndicatorKind;
import io.github.zhibiao.model.Observation;
import io.github.zhibiao.model.Period;
import io.github.zhibiao.model.Ranking;
import io.github.zhibiao.model.Region;
import io.github.zhibiao.model.Series;
import io.github.zhibiao.model.Status;
import io.github.zhibiao.unit.Quantity;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Consistency, rankings, growth and streaks with breakdowns, undated periods and regions not stated. */
class BreakdownConsistencyTest {

  static final Indicator EMPLOYED = Seed.indicator("EMPLOYED", "城镇就业人员", "万人", IndicatorKind.STOCK);
  static final Indicator RATE = Seed.indicator("EMPLOYMENT_RATE", "就业率", "%", IndicatorKind.RATE);

  static final Breakdowns WOMEN = Breakdowns.of(Breakdown.SEX, Category.FEMALE);
  static final Breakdowns MEN = Breakdowns.of(Breakdown.SEX, Category.MALE);
  static final Breakdowns BOTH = Breakdowns.of(Breakdown.SEX, Category.TOTAL);

  static Observation obs(Indicator i, Region r, String period, Breakdowns b, String value) {
    return Observation.builder().indicator(i).region(r).period(Period.parseOrLabel(period)).breakdowns(b)
        .value(Quantity.parse(value)).build();
  }

  static List<Finding> of(List<Finding> findings, Check check) {
    return findings.stream().filter(f -> f.check() == check).collect(Collectors.toList());
  }

  @Test
  void categoriesThatAddUpToTheirTotalPass() {
    Dataset d = Dataset.of(List.of(obs(EMPLOYED, Region.CHIFENG, "2023", BOTH, "2.05万人"),
        obs(EMPLOYED, Region.CHIFENG, "2023", WOMEN, "1.10万人"), obs(EMPLOYED, Region.CHIFENG, "2023", MEN, "9500人")));
    List<Finding> findings = Consistency.check(d);
    assertEquals(1, findings.size(), findings.toString());
    Finding f = findings.get(0);
    assertEquals(Check.BREAKDOWN_TOTAL, f.check());
    assertEquals(Outcome.PASSED, f.outcome());
    assertEquals("城镇就业人员（赤峰市，2023年，性别=_T 合计）：性别各类别（F 女、M 男）之和 2.05万人，与合计 2.05万人 一致。",
        f.messageZh());
    assertEquals("EMPLOYED 150400 2023 {性别=_T 合计}: the categories of 性别 (F 女, M 男) add up to 2.05 万人, in "
        + "agreement with the total _T 合计 2.05万人.", f.messageEn());
    assertEquals("1.1 + 0.95 = 2.05 万人 (stated 2.05 ± 0.005)", f.arithmetic());
    assertEquals(3, f.observations().size());
  }

  @Test
  void categoriesThatDoNotAddUpFailWithinOrBeyondThePrintedPrecision() {
    Dataset rounding = Dataset.of(List.of(obs(EMPLOYED, Region.CHIFENG, "2023", BOTH, "2.06万人"),
        obs(EMPLOYED, Region.CHIFENG, "2023", WOMEN, "1.10万人"), obs(EMPLOYED, Region.CHIFENG, "2023", MEN, "0.95万人")));
    Finding warning = Consistency.check(rounding).get(0);
    assertEquals(Outcome.FAILED, warning.outcome());
    assertEquals(Severity.WARNING, warning.severity());
    Dataset wrong = Dataset.of(List.of(obs(EMPLOYED, Region.CHIFENG, "2023", BOTH, "2.15万人"),
        obs(EMPLOYED, Region.CHIFENG, "2023", WOMEN, "1.10万人"), obs(EMPLOYED, Region.CHIFENG, "2023", MEN, "0.95万人")));
    Finding error = Consistency.check(wrong).get(0);
    assertEquals(Severity.ERROR, error.severity());
    assertEquals("城镇就业人员（赤峰市，2023年，性别=_T 合计）：性别各类别（F 女、M 男）之和 2.05万人，与合计 2.15万人 相差 0.1万人，"
        + "超出印刷精度所能解释的范围。", error.messageZh());
  }

  @Test
  void theOtherBreakdownsMustBeEqual() {
    Breakdowns urban = Breakdowns.of(Breakdown.URBAN_RURAL, Category.URBAN);
    Breakdowns rural = Breakdowns.of(Breakdown.URBAN_RURAL, Category.RURAL);
    Dataset d = Dataset.of(List.of(
        obs(EMPLOYED, Region.CHIFENG, "2023", urban.with(Breakdown.SEX, Category.TOTAL), "1.5万人"),
        obs(EMPLOYED, Region.CHIFENG, "2023", urban.with(Breakdown.SEX, Category.FEMALE), "0.7万人"),
        obs(EMPLOYED, Region.CHIFENG, "2023", urban.with(Breakdown.SEX, Category.MALE), "0.8万人"),
        obs(EMPLOYED, Region.CHIFENG, "2023", rural.with(Breakdown.SEX, Category.TOTAL), "0.8万人"),
        obs(EMPLOYED, Region.CHIFENG, "2023", rural.with(Breakdown.SEX, Category.FEMALE), "0.4万人"),
        obs(EMPLOYED, Region.CHIFENG, "2023", rural.with(Breakdown.SEX, Category.MALE), "0.6万人")));
    List<Finding> findings = of(Consistency.check(d), Check.BREAKDOWN_TOTAL);
    assertEquals(2, findings.size(), findings.toString());
    assertTrue(findings.get(0).passed(), "urban 0.7 + 0.8 = 1.5");
    assertEquals(Severity.ERROR, findings.get(1).severity(), "rural 0.4 + 0.6 ≠ 0.8, whatever the rounding");
    assertTrue(findings.get(1).messageEn().contains("{城乡=RURAL 乡村, 性别=_T 合计}"), findings.get(1).messageEn());
  }

  @Test
  void ratesPartialBreakdownsAndGroupsWithoutATotalAreNotChecked() {
    Dataset rates = Dataset.of(List.of(obs(RATE, Region.CHIFENG, "2023", BOTH, "95%"),
        obs(RATE, Region.CHIFENG, "2023", WOMEN, "94%"), obs(RATE, Region.CHIFENG, "2023", MEN, "96%")));
    assertEquals(List.of(), Consistency.check(rates), "a rate is not additive");
    Dataset some = Dataset.of(List.of(obs(EMPLOYED, Region.CHIFENG, "2023", BOTH, "2.05万人"),
        obs(EMPLOYED, Region.CHIFENG, "2023", WOMEN, "1.10万人")));
    assertEquals(Severity.ERROR, Consistency.check(some).get(0).severity(), "the categories present are all");
    assertEquals(List.of(), Consistency.builder().partialBreakdown("SEX").build().run(some));
    Dataset noTotal = Dataset.of(List.of(obs(EMPLOYED, Region.CHIFENG, "2023", WOMEN, "1.10万人"),
        obs(EMPLOYED, Region.CHIFENG, "2023", MEN, "0.95万人")));
    assertEquals(List.of(), Consistency.check(noTotal));
    Dataset onlyTotal = Dataset.of(List.of(obs(EMPLOYED, Region.CHIFENG, "2023", BOTH, "1.10万人")));
    assertEquals(List.of(), Consistency.check(onlyTotal));
    Dataset otherYear = Dataset.of(List.of(obs(EMPLOYED, Region.CHIFENG, "2023", BOTH, "2.05万人"),
        obs(EMPLOYED, Region.CHIFENG, "2022", WOMEN, "1.10万人")));
    assertEquals(List.of(), Consistency.check(otherYear));
    assertThrows(IllegalArgumentException.class, () -> Consistency.builder().partialBreakdown(" "));
  }

  @Test
  void anInexactCategorySkipsTheCheck() {
    Dataset d = Dataset.of(List.of(obs(EMPLOYED, Region.CHIFENG, "2023", BOTH, "2.05万人"),
        obs(EMPLOYED, Region.CHIFENG, "2023", WOMEN, "1.1余万人"), obs(EMPLOYED, Region.CHIFENG, "2023", MEN, "0.95万人")));
    Finding f = Consistency.check(d).get(0);
    assertEquals(Outcome.SKIPPED, f.outcome());
    assertEquals(Check.BREAKDOWN_TOTAL, f.check());
  }

  @Test
  void conflictsAreKeyedWithBreakdowns() {
    Dataset d = Dataset.of(List.of(obs(EMPLOYED, Region.CHIFENG, "2023", WOMEN, "1.10万人"),
        obs(EMPLOYED, Region.CHIFENG, "2023", MEN, "0.95万人"), obs(EMPLOYED, Region.CHIFENG, "2023", WOMEN, "1.20万人")));
    List<Finding> conflicts = of(Consistency.check(d), Check.CONFLICT);
    assertEquals(1, conflicts.size(), "women against women only: " + conflicts);
    assertEquals("EMPLOYED 150400 2023 {性别=F 女} has two different values: 1.10万人 and 1.20万人.",
        conflicts.get(0).messageEn());
    assertEquals("城镇就业人员（赤峰市，2023年，性别=F 女）有两个不同的数值：1.10万人 与 1.20万人。", conflicts.get(0).messageZh());
  }

  @Test
  void growthIsCheckedWithinOneBreakdownAndSkippedForALabelledPeriod() {
    Observation now = obs(EMPLOYED, Region.CHIFENG, "2023", WOMEN, "1.10万人").withChange(
        Change.yearOnYear(Quantity.parse("10%")));
    Dataset d = Dataset.of(List.of(now, obs(EMPLOYED, Region.CHIFENG, "2022", WOMEN, "1.00万人"),
        obs(EMPLOYED, Region.CHIFENG, "2022", MEN, "5万人")));
    List<Finding> growth = of(Consistency.check(d), Check.GROWTH);
    assertEquals(1, growth.size());
    assertTrue(growth.get(0).passed(), growth.get(0).toString());
    assertEquals(WOMEN, growth.get(0).observations().get(1).breakdowns());
    Observation wave = obs(EMPLOYED, Region.CHIFENG, "LFI4b, 2009/13", WOMEN, "1.10万人").withChange(
        Change.yearOnYear(Quantity.parse("10%")));
    Finding skipped = Consistency.check(Dataset.of(List.of(wave))).get(0);
    assertEquals(Outcome.SKIPPED, skipped.outcome());
    assertEquals("EMPLOYED 150400 LFI4b, 2009/13 {性别=F 女}: the period 'LFI4b, 2009/13' is a label, not a dated "
        + "period, so it has no year before it; the year-on-year change 10% was not checked.", skipped.messageEn());
    Finding notStated = Consistency.check(Dataset.of(List.of(wave.withPeriod(Period.NOT_STATED)))).get(0);
    assertTrue(notStated.messageZh().contains("时期“未注明”不是日历时期"), notStated.messageZh());
  }

  @Test
  void rankingsCountOnlyPeersWithTheSameBreakdowns() {
    Region hohhot = Seed.prefecture("150100");
    Region baotou = Seed.prefecture("150200");
    Observation chifengWomen = obs(EMPLOYED, Region.CHIFENG, "2023", WOMEN, "1.1万人")
        .withRanking(Ranking.first().within(Region.INNER_MONGOLIA));
    Dataset d = Dataset.of(List.of(chifengWomen, obs(EMPLOYED, hohhot, "2023", WOMEN, "1.0万人"),
        obs(EMPLOYED, baotou, "2023", WOMEN, "0.9万人"), obs(EMPLOYED, hohhot, "2023", MEN, "9万人"),
        obs(EMPLOYED, baotou, "2023", Breakdowns.empty(), "20万人")));
    List<Finding> rankings = of(Consistency.check(d), Check.RANKING);
    assertEquals(1, rankings.size());
    assertTrue(rankings.get(0).passed(), rankings.get(0).toString());
    assertEquals(3, rankings.get(0).observations().size());
    assertTrue(rankings.get(0).observations().stream().allMatch(o -> o.breakdowns().equals(WOMEN)));
    IllegalArgumentException mixed = assertThrows(IllegalArgumentException.class, () -> Rankings.rank(
        List.of(chifengWomen, obs(EMPLOYED, hohhot, "2023", MEN, "9万人")), Rankings.Order.DESCENDING,
        Rankings.Mode.COMPETITION));
    assertTrue(mixed.getMessage().endsWith("ranked observations must share indicator, period and breakdowns"));
  }

  @Test
  void aRegionNotStatedIsNeverRanked() {
    Observation nowhere = obs(EMPLOYED, Region.NOT_STATED, "2023", WOMEN, "1.1万人");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Rankings.rank(
        List.of(nowhere, obs(EMPLOYED, Region.CHIFENG, "2023", WOMEN, "1万人")), Rankings.Order.DESCENDING,
        Rankings.Mode.COMPETITION));
    assertEquals("cannot rank EMPLOYED _Z 2023 {性别=F 女} = 1.1万人: its region is not stated, so it has no place among"
        + " regions", e.getMessage());
    Dataset d = Dataset.of(List.of(nowhere.withRanking(Ranking.first().within(Region.INNER_MONGOLIA)),
        obs(EMPLOYED, Region.CHIFENG, "2023", WOMEN, "1万人")));
    assertEquals(List.of(), Consistency.check(d));
    Dataset peer = Dataset.of(List.of(obs(EMPLOYED, Region.CHIFENG, "2023", WOMEN, "1万人")
        .withRanking(Ranking.first().within(Region.INNER_MONGOLIA)), nowhere));
    assertEquals(List.of(), Consistency.check(peer), "a peer not stated is no peer");
    assertThrows(IllegalArgumentException.class, () -> Relation.regionalSum("EMPLOYED", Region.NOT_STATED,
        List.of(Region.CHIFENG)));
    assertThrows(IllegalArgumentException.class, () -> Relation.regionalSum("EMPLOYED", Region.CHIFENG,
        List.of(Region.NOT_STATED)));
  }

  @Test
  void sumsAndPlansLookUpTheSameBreakdowns() {
    Indicator target = Seed.indicator("EMPLOYED.PLAN", "城镇就业计划", "万人", IndicatorKind.STOCK);
    Observation actual = obs(EMPLOYED, Region.CHIFENG, "2023", WOMEN, "1.1万人")
        .withPlanCompletion(Quantity.parse("110%"));
    Dataset d = Dataset.of(List.of(actual, obs(target, Region.CHIFENG, "2023", WOMEN, "1万人"),
        obs(target, Region.CHIFENG, "2023", MEN, "5万人"), obs(target, Region.CHIFENG, "2023", Breakdowns.empty(), "9万人")));
    List<Finding> plans = of(Consistency.builder().relation(Relation.plan("EMPLOYED", "EMPLOYED.PLAN")).build().run(d),
        Check.PLAN_COMPLETION);
    assertEquals(1, plans.size());
    assertTrue(plans.get(0).passed(), plans.get(0).toString());
    assertEquals(WOMEN, plans.get(0).observations().get(1).breakdowns());
    Observation targetWomen = obs(EMPLOYED, Region.CHIFENG, "2023", WOMEN, "1万人").withStatus(Status.TARGET);
    List<Finding> own = of(Consistency.check(Dataset.of(List.of(actual, targetWomen))), Check.PLAN_COMPLETION);
    assertTrue(own.get(0).passed(), own.toString());
  }

  @Test
  void growthRatesBetweenObservationsNeedDatedPeriodsAndEqualBreakdowns() {
    Observation now = obs(EMPLOYED, Region.CHIFENG, "2023", WOMEN, "1.1万人");
    Observation before = obs(EMPLOYED, Region.CHIFENG, "2022", WOMEN, "1万人");
    assertEquals(0, Quantity.parse("10%").compareTo(Growth.rate(now, before)));
    assertEquals("cannot compare observations of different breakdowns: {性别=F 女} and {性别=M 男}",
        assertThrows(IllegalArgumentException.class, () -> Growth.rate(now, before.withBreakdowns(MEN))).getMessage());
    Observation wave = now.withPeriod(Period.labelled("wave 2"));
    assertEquals("cannot compare year on year: the period 'wave 2' of " + wave + " is a label, not a dated period",
        assertThrows(IllegalArgumentException.class, () -> Growth.rate(wave, before)).getMessage());
  }

  @Test
  void streaksCountDatedYearsOnly() {
    List<Observation> list = List.of(obs(EMPLOYED, Region.CHIFENG, "2022", WOMEN, "1.1万人"),
        obs(EMPLOYED, Region.CHIFENG, "2023", WOMEN, "1.2万人"), obs(EMPLOYED, Region.CHIFENG, "wave 2", WOMEN, "0.1万人"),
        obs(EMPLOYED, Region.CHIFENG, "_Z", WOMEN, "3万人"));
    Series s = Series.of(EMPLOYED, Region.CHIFENG, WOMEN, list);
    assertEquals(Period.NOT_STATED, s.periods().get(3));
    assertEquals(2, Streaks.run(s, Quantity.parse("1万人")), "ends with the last dated period, 2023");
    assertEquals(0, Streaks.run(s, Quantity.parse("1万人"), Period.labelled("wave 2")));
    assertEquals(2, Streaks.longest(s, Quantity.parse("1万人")));
    Series labelsOnly = Series.of(EMPLOYED, Region.CHIFENG, WOMEN, list.subList(2, 4));
    assertEquals(0, Streaks.run(labelsOnly, Quantity.parse("0.01万人")));
    assertThrows(io.github.zhibiao.unit.IncompatibleUnitsException.class,
        () -> Streaks.run(labelsOnly, Quantity.parse("1亿元")));
  }
}
