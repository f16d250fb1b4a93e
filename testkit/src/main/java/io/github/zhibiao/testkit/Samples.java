package io.github.zhibiao.testkit;

import io.github.zhibiao.model.Indicator;
import io.github.zhibiao.model.IndicatorKind;
import io.github.zhibiao.model.Region;
import io.github.zhibiao.model.RegionLevel;
import io.github.zhibiao.model.Regions;
import io.github.zhibiao.unit.Units;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The indicators and regions of the contract's large input: few categories, many combinations. */
final class Samples {
  private Samples() {}

  /** LIVESTOCK_STOCK_0 … LIVESTOCK_STOCK_9, stocks in 万头只. */
  static final List<Indicator> INDICATORS;

  /** The first 100 built-in prefectures, by code. */
  static final List<Region> REGIONS;

  static {
    List<Indicator> indicators = new ArrayList<>();
    for (int k = 0; k < 10; k++) {
      indicators.add(Indicator.of("LIVESTOCK_STOCK_" + k, "牲畜存栏" + k, Units.of("万头只"), IndicatorKind.STOCK));
    }
    INDICATORS = List.copyOf(indicators);
    REGIONS = Regions.builtIn().all().stream().filter(r -> r.level() == RegionLevel.PREFECTURE)
        .sorted(Comparator.comparing(Region::code)).limit(100).toList();
    if (REGIONS.size() < 100) {
      throw new IllegalStateException("the built-in registry has only " + REGIONS.size() + " prefectures");
    }
  }
}
