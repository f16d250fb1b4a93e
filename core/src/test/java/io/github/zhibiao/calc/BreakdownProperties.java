package io.github.zhibiao.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.zhibiao.calc.Finding.Check;
import io.github.zhibiao.calc.Finding.Outcome;
import io.github.zhibiao.calc.Finding.Severity;
import io.github.zhibiao.model.Breakdown;
import io.github.zhibiao.model.Breakdowns;
import io.github.zhibiao.model.Category;
import io.github.zhibiao.model.Dataset;
import io.github.zhibiao.model.Indicator;
import io.github.zhibiao.model.IndicatorKind;
import io.github.zhibiao.model.Observation;
import io.github.zhibiao.model.Period;
import io.github.zhibiao.model.Ranking;
import io.github.zhibiao.model.Region;
import io.github.zhibiao.unit.Quantity;
import io.github.zhibiao.unit.Units;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Laws of the breakdown-total check and of rankings grouped by breakdowns, over generated figures. */
class BreakdownProperties {
  private static final Indicator OUTPUT = Seed.indicator("OUTPUT", "工业增加值", "亿元", IndicatorKind.FLOW);
  private static final Breakdown SIZE = Breakdown.ENTERPRISE_SIZE;
  private static final List<Category> SIZES = List.of(Category.of("L", "大型"), Category.of("M", "中型"),
      Category.of("S", "小型"), Category.of("XS", "微型"));

  private static Observation obs(Region region, Breakdowns b, BigDecimal value) {
    return Observation.builder().indicator(OUTPUT).region(region).period(Period.year(2023)).breakdowns(b)
        .value(Quantity.of(value, Units.of("亿元"))).build();
  }

  /**
   * Parts printed with two decimals and a total off their exact sum by {@code k} hundredths: the
   * check passes for k = 0; fails with a WARNING while the k hundredths lie within the half units
   * of all the printed figures (|k| × 0.01 ≤ (n + 1) × 0.005); and with an ERROR beyond.
   */
  @Test
  void theVerdictFollowsThePrintedPrecisionOfPartsAndTotal() {
    qt().forAll(lists().of(integers().between(0, 99_999)).ofSizeBetween(1, 4), integers().between(-6, 6))
        .checkAssert((cents, k) -> {
          Dataset.Builder d = Dataset.builder();
          BigDecimal sum = BigDecimal.ZERO;
          for (int i = 0; i < cents.size(); i++) {
            BigDecimal v = BigDecimal.valueOf(cents.get(i), 2);
            sum = sum.add(v);
            d.add(obs(Region.CHIFENG, Breakdowns.of(SIZE, SIZES.get(i)), v));
          }
          d.add(obs(Region.CHIFENG, Breakdowns.of(SIZE, Category.TOTAL), sum.add(BigDecimal.valueOf(k, 2))));
          List<Finding> findings = Consistency.check(d.build());
          assertEquals(1, findings.size(), findings.toString());
          Finding f = findings.get(0);
          assertEquals(Check.BREAKDOWN_TOTAL, f.check());
          assertEquals(cents.size() + 1, f.observations().size());
          if (k == 0) {
            assertEquals(Outcome.PASSED, f.outcome(), f.toString());
          } else {
            assertEquals(Outcome.FAILED, f.outcome(), f.toString());
            boolean explainable = Math.abs(k) * 2 <= cents.size() + 1;
            assertEquals(explainable ? Severity.WARNING : Severity.ERROR, f.severity(), f.toString());
          }
        });
  }

  /** Nothing is checked for a rate, nor for a breakdown declared partial, whatever the figures. */
  @Test
  void nothingIsFoundWhereTheCheckDoesNotApply() {
    Indicator rate = Seed.indicator("SHARE", "占比", "%", IndicatorKind.RATE);
    qt().forAll(lists().of(integers().between(0, 9_999)).ofSizeBetween(1, 4), integers().between(0, 9_999))
        .checkAssert((parts, total) -> {
          List<Observation> rates = new ArrayList<>();
          List<Observation> flows = new ArrayList<>();
          for (int i = 0; i < parts.size(); i++) {
            Breakdowns b = Breakdowns.of(SIZE, SIZES.get(i));
            rates.add(obs(Region.CHIFENG, b, BigDecimal.ONE).toBuilder().indicator(rate)
                .value(Quantity.of(BigDecimal.valueOf(parts.get(i), 1), Units.PERCENT)).build());
            flows.add(obs(Region.CHIFENG, b, BigDecimal.valueOf(parts.get(i), 1)));
          }
          Breakdowns all = Breakdowns.of(SIZE, Category.of("合计", "合计"));
          rates.add(obs(Region.CHIFENG, all, BigDecimal.ONE).toBuilder().indicator(rate)
              .value(Quantity.of(BigDecimal.valueOf(total, 1), Units.PERCENT)).build());
          flows.add(obs(Region.CHIFENG, all, BigDecimal.valueOf(total, 1)));
          assertEquals(1, Consistency.check(Dataset.of(flows)).size(), "the same figures as flows are checked");
          assertEquals(List.of(), Consistency.check(Dataset.of(rates)));
          assertEquals(List.of(), Consistency.builder().partialBreakdown(SIZE.code()).build().run(Dataset.of(flows)));
        });
  }

  /**
   * A stated ranking is checked against the peers of the same breakdowns only: a subject states
   * its true position among small enterprises of five prefectures, and whatever the large
   * enterprises' (or the whole's) figures, the check passes and names small enterprises only.
   */
  @Test
  void rankingsAreGroupedByBreakdowns() {
    List<Region> regions = List.of(Region.CHIFENG, Seed.prefecture("150100"), Seed.prefecture("150200"),
        Seed.prefecture("150500"), Seed.prefecture("150700"));
    Breakdowns small = Breakdowns.of(SIZE, SIZES.get(2));
    Breakdowns large = Breakdowns.of(SIZE, SIZES.get(0));
    qt().forAll(lists().of(integers().between(1, 50)).ofSize(5), lists().of(integers().between(1, 5000)).ofSize(5),
        integers().between(1, 5000))
        .checkAssert((smallValues, largeValues, whole) -> {
          int position = 1;
          for (int i = 1; i < 5; i++) {
            if (smallValues.get(i) > smallValues.get(0)) {
              position++;
            }
          }
          List<Observation> all = new ArrayList<>();
          all.add(obs(Region.CHIFENG, small, BigDecimal.valueOf(smallValues.get(0)))
              .withRanking(Ranking.position(position).within(Region.INNER_MONGOLIA)));
          for (int i = 1; i < 5; i++) {
            all.add(obs(regions.get(i), small, BigDecimal.valueOf(smallValues.get(i))));
          }
          for (int i = 0; i < 5; i++) {
            all.add(obs(regions.get(i), large, BigDecimal.valueOf(largeValues.get(i))));
          }
          all.add(obs(Seed.prefecture("150200"), Breakdowns.empty(), BigDecimal.valueOf(whole)));
          List<Finding> rankings = Consistency.check(Dataset.of(all)).stream()
              .filter(f -> f.check() == Check.RANKING).collect(Collectors.toList());
          assertEquals(1, rankings.size(), rankings.toString());
          assertTrue(rankings.get(0).passed(), rankings.get(0).toString());
          assertEquals(5, rankings.get(0).observations().size());
          assertTrue(rankings.get(0).observations().stream().allMatch(o -> o.breakdowns().equals(small)));
          List<Rankings.Ranked> ranked = Rankings.rank(rankings.get(0).observations(), Rankings.Order.DESCENDING,
              Rankings.Mode.COMPETITION);
          assertEquals(position, ranked.stream().filter(r -> r.observation().region().equals(Region.CHIFENG))
              .findFirst().orElseThrow().position());
        });
  }
}
