package io.github.zhibiao.calc;

import io.github.zhibiao.model.Change;
import io.github.zhibiao.model.Indicator;
import io.github.zhibiao.model.IndicatorKind;
import io.github.zhibiao.model.Observation;
import io.github.zhibiao.model.Period;
import io.github.zhibiao.model.Region;
import io.github.zhibiao.model.Regions;
import io.github.zhibiao.unit.Quantity;
import io.github.zhibiao.unit.Units;

/** Observations of the seed report (赤峰 2023), built in code. */
final class Seed {
  private Seed() {}

  static Region prefecture(String code) {
    return Regions.builtIn().byCode(code).orElseThrow();
  }

  static Indicator indicator(String code, String name, String unit, IndicatorKind kind) {
    return Indicator.of(code, name, Units.of(unit), kind);
  }

  static Observation obs(Indicator indicator, Region region, String period, String value) {
    return Observation.of(indicator, region, Period.parse(period), Quantity.parse(value));
  }

  static final Indicator EMPLOYMENT = indicator("URBAN_NEW_EMPLOYMENT", "城镇新增就业", "万人", IndicatorKind.FLOW);
  static final Indicator LIVESTOCK = indicator("LIVESTOCK_STOCK", "牲畜存栏", "万头只", IndicatorKind.STOCK);
  static final Indicator GRAIN = indicator("GRAIN_OUTPUT", "粮食总产量", "亿斤", IndicatorKind.FLOW);
  static final Indicator AREA = indicator("GRAIN_SOWN_AREA", "粮食播种面积", "万亩", IndicatorKind.FLOW);
  static final Indicator AIR = indicator("AIR_GOOD_DAYS_RATIO", "环境空气质量优良天数比例", "%", IndicatorKind.RATE);

  /** 城镇新增就业2.05万人, 增幅13.37%, 完成年度计划的117.10%. */
  static Observation employment() {
    return Observation.builder().indicator(EMPLOYMENT).region(Region.CHIFENG).period(Period.parse("2023"))
        .value(Quantity.parse("2.05万人")).change(Change.yearOnYear(Quantity.parse("13.37%")))
        .planCompletion(Quantity.parse("117.10%")).build();
  }

  /** 截至6月末牲畜存栏2210.6万头只, 同比增长5.82%. */
  static Observation livestock() {
    return Observation.builder().indicator(LIVESTOCK).region(Region.CHIFENG).period(Period.parse("2023-06-30"))
        .value(Quantity.parse("2210.6万头只")).change(Change.yearOnYear(Quantity.parse("5.82%"))).build();
  }

  static final String[] BRANDS = {"AOHAN_MILLET", "CHIFENG_MILLET", "CHIFENG_FENGWEI", "CHIFENG_MUNG_BEAN",
      "CHIFENG_CASHMERE"};
  static final String[] BRAND_VALUES = {"273.15", "176.36", "135.73", "106.94", "62.31"};

  /** Grain output (亿斤) of five prefectures of Inner Mongolia in 2023: 200, 130 (Chifeng), 130, 100, 30, Chifeng tied second. */
  static java.util.List<Observation> grainOfFivePrefectures() {
    return java.util.List.of(
        obs(GRAIN, prefecture("150100"), "2023", "100亿斤"),
        obs(GRAIN, prefecture("150500"), "2023", "200亿斤"),
        obs(GRAIN, Region.CHIFENG, "2023", "130亿斤"),
        obs(GRAIN, prefecture("150700"), "2023", "130亿斤"),
        obs(GRAIN, prefecture("150200"), "2023", "30亿斤"));
  }
}
