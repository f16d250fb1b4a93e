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
import io.github.zhibiao.model.Ranking;
import io.github.zhibiao.model.Region;
import io.github.zhibiao.model.Status;
import io.github.zhibiao.unit.Quantity;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsistencyMutationTest {

  private static Observation grain(String period, String value) {
    return Seed.obs(Seed.GRAIN, Region.CHIFENG, period, value);
  }

  private static Observation withStatus(Observation o, Status s) {
    return Observation.builder().from(o).status(s).build();
  }

  @Test
  void inexactRepeatsPassOnlyWhenIdentical() {
    Finding same = Consistency.check(Dataset.of(List.of(grain("2023", "约130亿斤"), grain("2023", "约130亿斤")))).get(0);
    assertEquals(Check.CONFLICT, same.check());
    assertEquals(Outcome.PASSED, same.outcome());
    assertEquals(Severity.INFO, same.severity());
    assertEquals("GRAIN_OUTPUT 150400 2023 is stated twice with the same value 约130亿斤.", same.messageEn());
    assertEquals("约130亿斤 = 约130亿斤", same.arithmetic());

    Finding differ = Consistency.check(Dataset.of(List.of(grain("2023", "约130亿斤"), grain("2023", "约131亿斤")))).get(0);
    assertEquals(Outcome.SKIPPED, differ.outcome());
    assertEquals("GRAIN_OUTPUT 150400 2023: 约130亿斤 and 约131亿斤 are not both exact; not compared.", differ.messageEn());
    assertEquals("not computed", differ.arithmetic());

    Finding oneExact = Consistency.check(Dataset.of(List.of(grain("2023", "130亿斤"), grain("2023", "约130亿斤")))).get(0);
    assertEquals(Outcome.SKIPPED, oneExact.outcome());
    Finding otherExact = Consistency.check(Dataset.of(List.of(grain("2023", "约130亿斤"), grain("2023", "130亿斤")))).get(0);
    assertEquals(Outcome.SKIPPED, otherExact.outcome());
    Finding qualifiers = Consistency.check(Dataset.of(List.of(grain("2023", "约130亿斤"), grain("2023", "超130亿斤")))).get(0);
    assertEquals(Outcome.SKIPPED, qualifiers.outcome());
  }

  @Test
  void exactRepeatsInOtherUnitsShowTheUnit() {
    Finding f = Consistency.check(Dataset.of(List.of(grain("2023", "130亿斤"), grain("2023", "650万吨")))).get(0);
    assertTrue(f.passed(), f.toString());
    assertEquals("GRAIN_OUTPUT 150400 2023 is stated twice; 130亿斤 and 650万吨 are equal.", f.messageEn());
  }

  @Test
  void relationsAreKept() {
    Relation plan = Relation.plan("URBAN_NEW_EMPLOYMENT", "URBAN_NEW_EMPLOYMENT.PLAN");
    assertEquals(List.of(plan), Consistency.builder().relation(plan).build().relations());
    assertEquals(List.of(), Consistency.builder().build().relations());
  }

  @Test
  void planCompletionWithoutItsDeclaredTargetIsSkipped() {
    Consistency c = Consistency.builder().relation(Relation.plan("URBAN_NEW_EMPLOYMENT", "URBAN_NEW_EMPLOYMENT.PLAN"))
        .build();
    Finding f = c.run(Dataset.of(List.of(Seed.employment()))).get(0);
    assertEquals(Check.PLAN_COMPLETION, f.check());
    assertEquals(Outcome.SKIPPED, f.outcome());
    assertEquals("URBAN_NEW_EMPLOYMENT 150400 2023: no target URBAN_NEW_EMPLOYMENT.PLAN in the dataset; "
        + "the completion 117.10% was not checked.", f.messageEn());
    // without a declared target, the target is implied, not checked
    assertEquals(List.of(Check.TARGET), Consistency.check(Dataset.of(List.of(Seed.employment()))).stream()
        .map(Finding::check).collect(java.util.stream.Collectors.toList()));
  }

  @Test
  void planTargetsOfAnotherDimensionOrZeroAreSkipped() {
    Indicator visits = Seed.indicator("URBAN_NEW_EMPLOYMENT.PLAN", "计划", "万人次", IndicatorKind.FLOW);
    Consistency c = Consistency.builder().relation(Relation.plan("URBAN_NEW_EMPLOYMENT", "URBAN_NEW_EMPLOYMENT.PLAN"))
        .build();
    Finding dims = c.run(Dataset.of(List.of(Seed.employment(), Seed.obs(visits, Region.CHIFENG, "2023", "1.75万人次"))))
        .get(0);
    assertEquals(Outcome.SKIPPED, dims.outcome());
    assertEquals("URBAN_NEW_EMPLOYMENT 150400 2023: 2.05万人 and 1.75万人次 have different dimensions; "
        + "no plan completion exists.", dims.messageEn());

    Observation zeroTarget = withStatus(Seed.obs(Seed.EMPLOYMENT, Region.CHIFENG, "2023", "0万人"), Status.TARGET);
    Finding zero = Consistency.check(Dataset.of(List.of(Seed.employment(), zeroTarget))).get(0);
    assertEquals(Outcome.SKIPPED, zero.outcome());
    assertEquals("URBAN_NEW_EMPLOYMENT 150400 2023: the base 0万人 may be zero; not checked.", zero.messageEn());

    Observation target = withStatus(Seed.obs(Seed.EMPLOYMENT, Region.CHIFENG, "2023", "1.75万人"), Status.TARGET);
    Finding ok = Consistency.check(Dataset.of(List.of(Seed.employment(), target))).stream()
        .filter(f -> f.check() == Check.PLAN_COMPLETION).findFirst().orElseThrow();
    assertEquals(Check.PLAN_COMPLETION, ok.check());
    assertEquals(List.of(Seed.employment(), target), ok.observations());
  }

  @Test
  void growthPrefersTheSameStatusAndNeverATarget() {
    Observation now = Observation.builder().from(grain("2023", "130亿斤")).status(Status.ESTIMATED)
        .change(Change.yearOnYear(Quantity.parse("3.01%"))).build();
    Observation normal = grain("2022", "100亿斤");
    Observation estimated = withStatus(grain("2022", "126.2亿斤"), Status.ESTIMATED);
    Observation target = withStatus(grain("2022", "126.2亿斤"), Status.TARGET);
    List<Finding> sameStatus = Consistency.check(Dataset.of(List.of(now, normal, estimated)));
    Finding g = sameStatus.stream().filter(f -> f.check() == Check.GROWTH).findFirst().orElseThrow();
    assertTrue(g.passed(), g.toString());
    assertEquals(List.of(now, estimated), g.observations());
    assertEquals("130 / 126.2 − 1 = ≈3.0111% (stated 3.01% ± 0.005; the printed figures allow 2.5742 … 3.4483%)",
        g.arithmetic());

    List<Finding> onlyTarget = Consistency.check(Dataset.of(List.of(now, target)));
    assertTrue(onlyTarget.stream().noneMatch(f -> f.check() == Check.GROWTH), onlyTarget.toString());

    Observation normalNow = Observation.builder().from(grain("2023", "130亿斤"))
        .change(Change.yearOnYear(Quantity.parse("3.01%"))).build();
    List<Finding> fallback = Consistency.check(Dataset.of(List.of(normalNow, target, estimated)));
    Finding fb = fallback.stream().filter(f -> f.check() == Check.GROWTH).findFirst().orElseThrow();
    assertEquals(List.of(normalNow, estimated), fb.observations());
  }

  @Test
  void anInexactChangeIsNotChecked() {
    Observation now = Observation.builder().from(grain("2023", "130亿斤"))
        .change(Change.yearOnYear(Quantity.parse("约3%"))).build();
    Finding f = Consistency.check(Dataset.of(List.of(now, grain("2022", "126.2亿斤")))).get(0);
    assertEquals(Outcome.SKIPPED, f.outcome());
    assertEquals("GRAIN_OUTPUT 150400 2023: the stated change 约3% is not exact; not checked.", f.messageEn());
  }

  @Test
  void rankingVerdictsSayPositionTiesAndMissingPeers() {
    Observation chifeng = Observation.builder().from(grain("2023", "130亿斤"))
        .ranking(Ranking.first().withPeers(12).within(Region.INNER_MONGOLIA)).build();
    List<Observation> obs = List.of(chifeng,
        Seed.obs(Seed.GRAIN, Seed.prefecture("150500"), "2023", "200亿斤"),
        Seed.obs(Seed.GRAIN, Seed.prefecture("150100"), "2023", "130亿斤"),
        Seed.obs(Seed.GRAIN, Seed.prefecture("150200"), "2023", "30亿斤"));
    Finding bad = Consistency.check(Dataset.of(obs)).get(0);
    assertEquals(Outcome.FAILED, bad.outcome());
    assertEquals("GRAIN_OUTPUT 150400 2023: ranks 2–3 by value, not 首位/12 (only 4 of 12 peers in the data).",
        bad.messageEn());
    assertEquals("150500 200亿斤 > 150400 130亿斤 > 150100 130亿斤 > 150200 30亿斤: position 2–3 of 4 known (of 12) "
        + "(stated 首位/12 in 150000)", bad.arithmetic());

    Finding asc = Consistency.builder().ascending("GRAIN_OUTPUT").build().run(Dataset.of(obs)).get(0);
    assertEquals("150200 30亿斤 < 150400 130亿斤 < 150100 130亿斤 < 150500 200亿斤: position 2–3 of 4 known (of 12) "
        + "(stated 首位/12 in 150000)", asc.arithmetic());
    assertFalse(asc.passed());

    Observation third = Observation.builder().from(chifeng).ranking(Ranking.position(3).within(Region.INNER_MONGOLIA))
        .build();
    Finding ok = Consistency.check(Dataset.of(List.of(third, obs.get(1), obs.get(3)))).get(0);
    assertEquals(Outcome.FAILED, ok.outcome());
    assertEquals("GRAIN_OUTPUT 150400 2023: ranks 2 by value, not 3.", ok.messageEn());
    Observation second = Observation.builder().from(chifeng).ranking(Ranking.position(2).within(Region.INNER_MONGOLIA))
        .build();
    Finding pass = Consistency.check(Dataset.of(List.of(second, obs.get(1), obs.get(3)))).get(0);
    assertEquals("GRAIN_OUTPUT 150400 2023: ranks 2 by value, in agreement with the stated ranking 2.", pass.messageEn());
  }
}
