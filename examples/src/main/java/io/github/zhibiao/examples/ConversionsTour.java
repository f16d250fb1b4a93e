package io.github.zhibiao.examples;

import io.github.zhibiao.calc.Growth;
import io.github.zhibiao.calc.PerUnit;
import io.github.zhibiao.calc.PlanCompletion;
import io.github.zhibiao.calc.Rounding;
import io.github.zhibiao.calc.Shares;
import io.github.zhibiao.unit.IncompatibleUnitsException;
import io.github.zhibiao.unit.Quantity;
import io.github.zhibiao.unit.QuantityFormat;
import io.github.zhibiao.unit.Units;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A tour of the unit and calculator API on a dozen figures of the Chifeng 2023 review.
 *
 * <pre>./mvnw -q -pl examples -am compile exec:java -Dexample=io.github.zhibiao.examples.ConversionsTour</pre>
 */
public final class ConversionsTour {
  private ConversionsTour() {}

  public static void main(String[] args) {
    run(System.out);
  }

  static void run(PrintStream out) {
    QuantityFormat twoDecimals = QuantityFormat.chinese().withScale(2, RoundingMode.HALF_UP);
    QuantityFormat english = QuantityFormat.english();

    out.println("== Conversions: exact where the result terminates ==");
    Quantity grain = Quantity.parse("130亿斤");
    out.println("粮食总产量 " + grain + " = " + grain.to(Units.of("万吨")) + " = " + english.format(grain.to(Units.TONNE)));
    Quantity livestock = Quantity.parse("2210.6万头只");
    out.println("牲畜存栏 " + livestock + " = " + livestock.to(Units.of("头只")) + " = " + english.format(livestock));
    Quantity brands = Quantity.parse("754.49亿元");
    out.println("区域公用品牌总价值 " + brands + " = " + brands.to(Units.of("万元")) + " = " + brands.to(Units.YUAN));
    Quantity cattle = Quantity.parse("362.2万头");
    out.println("牛存栏 " + cattle + " = " + cattle.to(Units.of("万头只")) + " (头 and 头只 count animals 1:1)");

    out.println();
    out.println("== Conversions that do not terminate are rounded to 34 digits, or as you ask ==");
    Quantity sown = Quantity.parse("1706.8万亩");
    Quantity hectares = sown.to(Units.of("万公顷"));
    out.println("粮食播种面积 " + sown + " = " + hectares);
    out.println("  shown to two decimals: " + twoDecimals.format(hectares));
    out.println("  and back: " + hectares.to(Units.of("万亩")));
    Quantity farmland = Quantity.parse("349.15万亩");
    out.println("高标准农田 " + farmland + " = " + twoDecimals.format(farmland.to(Units.of("千公顷"))));

    out.println();
    out.println("== Units of different kinds never mix ==");
    try {
      Quantity.parse("3.09万人次").to(Units.of("万人"));
    } catch (IncompatibleUnitsException e) {
      out.println("3.09万人次 → 万人: " + e.getMessage());
    }
    try {
      Quantity.parse("78.3%").plus(Quantity.parse("7.5个百分点"));
    } catch (IncompatibleUnitsException e) {
      out.println("78.3% + 7.5个百分点: " + e.getMessage());
    }

    out.println();
    out.println("== What stated rates imply ==");
    Quantity previousLivestock = Growth.impliedPrevious(livestock, Quantity.parse("5.82%"));
    out.println("牲畜存栏 " + livestock + ", 同比增长5.82% → a year earlier "
        + Rounding.asStated(previousLivestock, livestock));
    Quantity jobs = Quantity.parse("2.05万人");
    out.println("城镇新增就业 " + jobs + ", 完成年度计划的117.10% → plan "
        + Rounding.asStated(PlanCompletion.impliedTarget(jobs, Quantity.parse("117.10%")), jobs));
    out.println("城镇新增就业 " + jobs + ", 增幅13.37% → 2022 "
        + Rounding.asStated(Growth.impliedPrevious(jobs, Quantity.parse("13.37%")), jobs));
    Quantity pension = Quantity.parse("293.22万人");
    out.println("基本养老保险参保 " + pension + ", 完成年度计划的100.11% → plan "
        + Rounding.asStated(PlanCompletion.impliedTarget(pension, Quantity.parse("100.11%")), pension));
    Quantity farmlandWhole = Shares.whole(farmland, Quantity.parse("17%"));
    out.println("高标准农田 " + farmland + " is 17% of the region's task → the task is about "
        + farmlandWhole.setScale(0, RoundingMode.HALF_UP));

    out.println();
    out.println("== Derived figures ==");
    Quantity yield = PerUnit.perArea(grain, sown, Units.of("斤/亩"));
    out.println("yield " + grain + " / " + sown + " = " + yield.setScale(1, RoundingMode.HALF_UP)
        + " = " + yield.to(Units.of("公斤/亩")).setScale(1, RoundingMode.HALF_UP));
    Quantity sum = Quantity.parse("273.15亿元").plus(Quantity.parse("176.36亿元")).plus(Quantity.parse("135.73亿元"))
        .plus(Quantity.parse("106.94亿元")).plus(Quantity.parse("62.31亿元"));
    out.println("five brands: 273.15 + 176.36 + 135.73 + 106.94 + 62.31 = " + sum
        + (sum.equals(brands) ? " (matches the stated total)" : " (does NOT match " + brands + ")"));
    Quantity rate = Growth.rate(Quantity.parse("130亿斤"), Quantity.parse("123.69亿斤"));
    out.println("130亿斤 against a five-year average of 123.69亿斤: " + Rounding.rate(rate));
    Quantity doubled = Growth.timesMore(Quantity.parse("100亿元"), BigDecimal.ONE);
    out.println("100亿元 增长1倍 = " + doubled + "; 增长到1倍 = " + Growth.timesAs(Quantity.parse("100亿元"), BigDecimal.ONE)
        + "; 翻两番 = " + Growth.doubled(Quantity.parse("100亿元"), 2));
  }
}
