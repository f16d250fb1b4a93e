package io.github.zhibiao.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import io.github.zhibiao.model.Share;
import io.github.zhibiao.model.Status;
import io.github.zhibiao.unit.Quantity;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ConsistencyTest {

  private static final Indicator TOTAL = Seed.indicator("BRAND_VALUE.TOTAL", "区域公用品牌总价值", "亿元", IndicatorKind.STOCK);

  private static Dataset brands(String total) {
    Dataset.Builder b = Dataset.builder();
    b.add(Seed.obs(TOTAL, Region.CHIFENG, "2023-12-31", total + "亿元"));
    for (int i = 0; i < Seed.BRANDS.length; i++) {
      Indicator part = Seed.indicator("BRAND_VALUE." + Seed.BRANDS[i], "区域公用品牌价值", "亿元", IndicatorKind.STOCK);
      b.add(Seed.obs(part, Region.CHIFENG, "2023-12-31", Seed.BRAND_VALUES[i] + "亿元"));
    }
    return b.build();
  }

  private static Consistency brandSum() {
    List<String> parts = new ArrayList<>();
    for (String brand : Seed.BRANDS) {
      parts.add("BRAND_VALUE." + brand);
    }
    return Consistency.builder().relation(Relation.sum("BRAND_VALUE.TOTAL", parts)).build();
  }

  private static List<Finding> of(List<Finding> findings, Check check) {
    return findings.stream().filter(f -> f.check() == check).collect(Collectors.toList());
  }

  @Test
  void brandValuesAddUpExactlyAndTheUserSeesIt() {
    List<Finding> findings = brandSum().run(brands("754.49"));
    assertEquals(1, findings.size(), findings.toString());
    Finding f = findings.get(0);
    assertEquals(Check.SUM, f.check());
    assertTrue(f.passed());
    assertEquals(Severity.INFO, f.severity());
    assertEquals("273.15 + 176.36 + 135.73 + 106.94 + 62.31 = 754.49 亿元 (stated 754.49 ± 0.005)", f.arithmetic());
    assertEquals(6, f.observations().size());
    assertTrue(f.messageZh().contains("一致"), f.messageZh());
    assertTrue(f.messageEn().contains("agreement"), f.messageEn());
  }

  @Test
  void aTotalOffByOneHundredthFails() {
    Finding f = brandSum().run(brands("754.50")).get(0);
    assertFalse(f.passed());
    assertEquals(Outcome.FAILED, f.outcome());
    assertEquals(Severity.WARNING, f.severity()); // within the parts' rounding (±0.025), but not as printed
    assertTrue(f.arithmetic().contains("754.465 … 754.515"), f.arithmetic());
    assertTrue(f.messageEn().contains("off by 0.01"), f.messageEn());

    Finding far = brandSum().run(brands("754.59")).get(0);
    assertFalse(far.passed());
    assertEquals(Severity.ERROR, far.severity());
  }

  @Test
  void aCoarserTotalPassesWhenThePartsRoundToIt() {
    // 754.49 printed as 754.5: the exact sum lies in [754.45, 754.55]
    assertTrue(brandSum().run(brands("754.5")).get(0).passed());
    assertFalse(brandSum().run(brands("755")).get(0).passed());
  }

  @Test
  void missingPartsAreReportedAsSkipped() {
    Dataset d = Dataset.of(List.of(Seed.obs(TOTAL, Region.CHIFENG, "2023-12-31", "754.49亿元")));
    Finding f = brandSum().run(d).get(0);
    assertEquals(Outcome.SKIPPED, f.outcome());
    assertTrue(f.messageEn().contains("BRAND_VALUE.AOHAN_MILLET"), f.messageEn());
  }

  @Test
  void twoAirQualityRatiosForOnePeriodConflict() {
    Dataset d = Dataset.of(List.of(
        Seed.obs(Seed.AIR, Region.CHIFENG, "2023-01/2023-11", "92.6%"),
        Seed.obs(Seed.AIR, Region.CHIFENG, "2023-01/2023-11", "93.6%")));
    List<Finding> findings = Consistency.check(d);
    assertEquals(1, findings.size(), findings.toString());
    Finding f = findings.get(0);
    assertEquals(Check.CONFLICT, f.check());
    assertEquals(Severity.ERROR, f.severity());
    assertFalse(f.passed());
    assertTrue(f.messageZh().contains("92.6%") && f.messageZh().contains("93.6%"), f.messageZh());
    assertEquals(2, f.observations().size());
  }

  @Test
  void repeatedFiguresThatAgreePass() {
    Dataset d = Dataset.of(List.of(
        Seed.obs(Seed.GRAIN, Region.CHIFENG, "2023", "130亿斤"),
        Seed.obs(Seed.GRAIN, Region.CHIFENG, "2023", "650万吨"),
        Seed.obs(Seed.LIVESTOCK, Region.CHIFENG, "2023-06-30", "2210.6万头只"),
        Seed.obs(Seed.LIVESTOCK, Region.CHIFENG, "2023-06-30", "2211万头只")));
    List<Finding> findings = Consistency.check(d);
    assertEquals(2, findings.size(), findings.toString());
    assertTrue(findings.stream().allMatch(Finding::passed), findings.toString());
  }

  @Test
  void statedGrowthIsCheckedAgainstTheYearBefore() {
    Observation before = Seed.obs(Seed.LIVESTOCK, Region.CHIFENG, "2022-06-30", "2089.0万头只");
    Finding ok = Consistency.check(Dataset.of(List.of(Seed.livestock(), before))).get(0);
    assertEquals(Check.GROWTH, ok.check());
    assertTrue(ok.passed(), ok.toString());
    assertTrue(ok.arithmetic().startsWith("2210.6 / 2089 − 1 = "), ok.arithmetic());

    Observation wrong = Seed.obs(Seed.LIVESTOCK, Region.CHIFENG, "2022-06-30", "2080.0万头只");
    Finding bad = Consistency.check(Dataset.of(List.of(Seed.livestock(), wrong))).get(0);
    assertFalse(bad.passed());
    assertEquals(Severity.ERROR, bad.severity());

    // no previous observation, no finding
    assertTrue(Consistency.check(Dataset.of(List.of(Seed.livestock()))).isEmpty());
  }

  @Test
  void employmentGrowthAndPlanPassWithTheirRoundedBases() {
    Observation before = Seed.obs(Seed.EMPLOYMENT, Region.CHIFENG, "2022", "1.81万人");
    Observation plan = Observation.builder().indicator(Seed.EMPLOYMENT).region(Region.CHIFENG)
        .period(Period.parse("2023")).value(Quantity.parse("1.75万人")).status(Status.TARGET).build();
    List<Finding> findings = Consistency.check(Dataset.of(List.of(Seed.employment(), before, plan)));
    assertEquals(2, findings.size(), findings.toString());
    Finding growth = of(findings, Check.GROWTH).get(0);
    Finding completion = of(findings, Check.PLAN_COMPLETION).get(0);
    assertTrue(growth.passed(), growth.toString());
    assertTrue(completion.passed(), completion.toString());
    assertTrue(completion.arithmetic().contains("2.05 / 1.75"), completion.arithmetic());

    Observation smallPlan = Observation.builder().from(plan).value(Quantity.parse("1.60万人")).build();
    Finding missed = of(Consistency.check(Dataset.of(List.of(Seed.employment(), smallPlan))), Check.PLAN_COMPLETION)
        .get(0);
    assertFalse(missed.passed());
  }

  @Test
  void planTargetsUnderAnotherCodeComeFromARelation() {
    Indicator planIndicator = Seed.indicator("URBAN_NEW_EMPLOYMENT.PLAN", "城镇新增就业计划", "万人", IndicatorKind.FLOW);
    Observation plan = Seed.obs(planIndicator, Region.CHIFENG, "2023", "17500人");
    Consistency c = Consistency.builder().relation(Relation.plan("URBAN_NEW_EMPLOYMENT", "URBAN_NEW_EMPLOYMENT.PLAN"))
        .build();
    Finding f = c.run(Dataset.of(List.of(Seed.employment(), plan))).get(0);
    assertEquals(Check.PLAN_COMPLETION, f.check());
    assertTrue(f.passed(), f.toString());
  }

  @Test
  void sharesAreCheckedAgainstTheWholeInTheEnclosingRegion() {
    Indicator task = Seed.indicator("FARMLAND_TASK", "高标准农田建设任务", "万亩", IndicatorKind.FLOW);
    Observation part = Observation.builder().indicator(task).region(Region.CHIFENG).period(Period.parse("2023"))
        .value(Quantity.parse("153万亩")).share(Share.of(Quantity.parse("17%"), "全区高标准农田建设总任务")).build();
    Observation whole = Seed.obs(task, Region.INNER_MONGOLIA, "2023", "900万亩");
    Consistency c = Consistency.builder().relation(Relation.share("FARMLAND_TASK", "FARMLAND_TASK")).build();
    Finding f = c.run(Dataset.of(List.of(part, whole))).get(0);
    assertEquals(Check.SHARE, f.check());
    assertTrue(f.passed(), f.toString());

    Observation otherWhole = Seed.obs(task, Region.INNER_MONGOLIA, "2023", "1000万亩");
    Finding bad = c.run(Dataset.of(List.of(part, otherWhole))).get(0);
    assertFalse(bad.passed());
    assertEquals(Severity.ERROR, bad.severity());
  }

  @Test
  void statedRankingsAreCheckedAgainstPeersInScope() {
    Observation chifeng = Observation.builder().from(Seed.obs(Seed.GRAIN, Region.CHIFENG, "2023", "130亿斤"))
        .ranking(Ranking.position(2).withPeers(4).within(Region.INNER_MONGOLIA)).build();
    List<Observation> obs = new ArrayList<>(List.of(chifeng,
        Seed.obs(Seed.GRAIN, Seed.prefecture("150500"), "2023", "200亿斤"),
        Seed.obs(Seed.GRAIN, Seed.prefecture("150100"), "2023", "100亿斤"),
        Seed.obs(Seed.GRAIN, Seed.prefecture("150200"), "2023", "30亿斤"),
        Seed.obs(Seed.GRAIN, Region.INNER_MONGOLIA, "2023", "800亿斤"))); // the province itself is no peer
    Finding f = Consistency.check(Dataset.of(obs)).get(0);
    assertEquals(Check.RANKING, f.check());
    assertTrue(f.passed(), f.toString());
    assertEquals(4, f.observations().size());
    assertTrue(f.arithmetic().startsWith("150500 200亿斤 > 150400 130亿斤 > 150100 100亿斤 > 150200 30亿斤"),
        f.arithmetic());

    obs.set(0, Observation.builder().from(chifeng).ranking(Ranking.first().within(Region.INNER_MONGOLIA)).build());
    Finding bad = Consistency.check(Dataset.of(obs)).get(0);
    assertFalse(bad.passed());
    assertEquals(Severity.ERROR, bad.severity());

    // ascending indicators put the smallest first
    obs.set(0, Observation.builder().from(chifeng).ranking(Ranking.position(3).within(Region.INNER_MONGOLIA)).build());
    Consistency asc = Consistency.builder().ascending("GRAIN_OUTPUT").build();
    assertTrue(asc.run(Dataset.of(obs)).get(0).passed());
  }

  @Test
  void inexactFiguresAreSkippedNotJudged() {
    Observation now = Observation.builder().from(Seed.obs(Seed.GRAIN, Region.CHIFENG, "2023", "130余亿斤"))
        .change(Change.yearOnYear(Quantity.parse("3%"))).build();
    Observation before = Seed.obs(Seed.GRAIN, Region.CHIFENG, "2022", "100亿斤");
    Finding f = Consistency.check(Dataset.of(List.of(now, before))).get(0);
    assertEquals(Outcome.SKIPPED, f.outcome());
    assertEquals(Severity.INFO, f.severity());
  }

  @Test
  void absoluteAndPointChangesAreChecked() {
    Observation now = Observation.builder().from(Seed.obs(Seed.AIR, Region.CHIFENG, "2023-01/2023-11", "92.6%"))
        .change(Change.yearOnYear(Quantity.parse("1.2百分点"))).build();
    Observation before = Seed.obs(Seed.AIR, Region.CHIFENG, "2022-01/2022-11", "91.4%");
    assertTrue(Consistency.check(Dataset.of(List.of(now, before))).get(0).passed());
    Observation wrong = Seed.obs(Seed.AIR, Region.CHIFENG, "2022-01/2022-11", "90.4%");
    assertFalse(Consistency.check(Dataset.of(List.of(now, wrong))).get(0).passed());

    Observation grain = Observation.builder().from(Seed.obs(Seed.GRAIN, Region.CHIFENG, "2023", "130亿斤"))
        .change(Change.yearOnYear(Quantity.parse("6亿斤"))).build();
    Observation grainBefore = Seed.obs(Seed.GRAIN, Region.CHIFENG, "2022", "124亿斤");
    Finding ok = Consistency.check(Dataset.of(List.of(grain, grainBefore))).get(0);
    assertTrue(ok.passed(), ok.toString());
    assertEquals("130 − 124 = 6 亿斤 (stated 6 ± 0.5)", ok.arithmetic());
  }

  @Test
  void regionalSums() {
    Region a = Seed.prefecture("150100");
    Region b = Seed.prefecture("150200");
    Consistency c = Consistency.builder()
        .relation(Relation.regionalSum("GRAIN_OUTPUT", Region.INNER_MONGOLIA, List.of(a, b))).build();
    List<Observation> obs = List.of(Seed.obs(Seed.GRAIN, Region.INNER_MONGOLIA, "2023", "130.0亿斤"),
        Seed.obs(Seed.GRAIN, a, "2023", "100.5亿斤"), Seed.obs(Seed.GRAIN, b, "2023", "147.5万吨"));
    Finding f = of(c.run(Dataset.of(obs)), Check.SUM).get(0);
    assertTrue(f.passed(), f.toString());
    assertEquals("100.5 + 29.5 = 130 亿斤 (stated 130.0 ± 0.05)", f.arithmetic());
  }
}
