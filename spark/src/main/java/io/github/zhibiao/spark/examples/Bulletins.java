package io.github.zhibiao.spark.examples;

import io.github.zhibiao.model.Change;
import io.github.zhibiao.model.Dataset;
import io.github.zhibiao.model.Indicator;
import io.github.zhibiao.model.IndicatorKind;
import io.github.zhibiao.model.Observation;
import io.github.zhibiao.model.Period;
import io.github.zhibiao.model.Region;
import io.github.zhibiao.model.Regions;
import io.github.zhibiao.spi.DatasetFormats;
import io.github.zhibiao.spi.WriteOptions;
import io.github.zhibiao.unit.Quantity;
import io.github.zhibiao.unit.Unit;
import io.github.zhibiao.unit.Units;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates a directory of county statistics as a data team gathers them: for every county of a
 * prefecture and every year, a statistical table (long CSV for even-numbered counties, native JSON
 * for odd ones) and a prose bulletin ({@code .txt}). The figures are made up, but exact and
 * reproducible: the same arguments give the same bytes.
 *
 * <p>A table holds {@code indicators} indicators (cycling through a few units: 万元, 吨, 亩, 人, 头), each
 * with its annual value, its change on the year before (in %), and its twelve months. A bulletin
 * states four annual figures of its county in sentences that {@code io-text} reads (粮食总产量 …亿斤,
 * 比上年增长 …%).
 */
public final class Bulletins {
  private static final String[] UNITS = {"万元", "吨", "亩", "人", "头"};
  private static final IndicatorKind[] KINDS = {IndicatorKind.FLOW, IndicatorKind.FLOW, IndicatorKind.STOCK,
      IndicatorKind.STOCK, IndicatorKind.STOCK};

  private Bulletins() {}

  /**
   * Writes the files.
   *
   * @param dir the directory to write into, created if needed; existing files of the same names are
   *     replaced
   * @param prefecture the prefecture whose counties report, a region code such as 150400 (赤峰市)
   * @param fromYear the first year, its change computed against a made-up year before
   * @param toYear the last year, inclusive
   * @param indicators the indicators of each table, 1 or more
   * @return the files written, in order
   * @throws IOException if a file cannot be written
   * @throws IllegalArgumentException if the prefecture has no counties in the built-in registry, or
   *     the years or the indicator count are out of range
   */
  public static List<Path> write(Path dir, String prefecture, int fromYear, int toYear, int indicators)
      throws IOException {
    Region parent = Regions.builtIn().require(prefecture);
    List<Region> counties = Regions.builtIn().children(parent);
    if (counties.isEmpty() || fromYear > toYear || indicators < 1) {
      throw new IllegalArgumentException("need counties under " + prefecture + ", fromYear <= toYear and indicators >= 1");
    }
    Files.createDirectories(dir);
    List<Path> files = new ArrayList<>();
    for (int c = 0; c < counties.size(); c++) {
      Region county = counties.get(c);
      for (int year = fromYear; year <= toYear; year++) {
        String format = c % 2 == 0 ? "csv" : "json";
        Path table = dir.resolve(county.code() + "-" + year + "." + format);
        try (OutputStream out = Files.newOutputStream(table)) {
          DatasetFormats.installed().byId(format).orElseThrow().writer().orElseThrow()
              .write(table(county, year, indicators), out, WriteOptions.defaults());
        }
        files.add(table);
        Path bulletin = dir.resolve(county.code() + "-" + year + ".txt");
        Files.writeString(bulletin, bulletin(county, year), StandardCharsets.UTF_8);
        files.add(bulletin);
      }
    }
    return files;
  }

  /** The value of indicator {@code i} of a county in a year: a seeded walk, one decimal. */
  static BigDecimal value(Region county, int i, int year) {
    Random r = new Random(county.code().hashCode() * 31L + i);
    long v = 1_000 + r.nextInt(90_000);
    for (int y = 2000; y < year; y++) {
      v = v * (1_000 + r.nextInt(120) - 40) / 1_000; // -4 % … +8 % a year
    }
    return BigDecimal.valueOf(v, 1);
  }

  private static Dataset table(Region county, int year, int indicators) {
    Dataset.Builder b = Dataset.builder();
    for (int i = 0; i < indicators; i++) {
      Unit unit = Units.of(UNITS[i % UNITS.length]);
      Indicator ind = Indicator.of(String.format("IND_%03d", i), "指标" + (i + 1), unit, KINDS[i % KINDS.length]);
      BigDecimal v = value(county, i, year);
      BigDecimal before = value(county, i, year - 1);
      BigDecimal growth = v.subtract(before).multiply(BigDecimal.valueOf(100)).divide(before, 2, RoundingMode.HALF_EVEN);
      b.add(Observation.of(ind, county, Period.year(year), Quantity.of(v, unit))
          .withChange(Change.yearOnYear(Quantity.of(growth, Units.PERCENT))));
      BigDecimal twelfth = v.divide(BigDecimal.valueOf(12), 2, RoundingMode.HALF_EVEN);
      for (int m = 1; m <= 12; m++) {
        b.add(Observation.of(ind, county, Period.month(year, m), Quantity.of(twelfth, unit)));
      }
    }
    return b.build();
  }

  private static String bulletin(Region county, int year) {
    BigDecimal grain = value(county, 1_001, year);
    BigDecimal grainBefore = value(county, 1_001, year - 1);
    BigDecimal gdp = value(county, 1_002, year);
    BigDecimal gdpBefore = value(county, 1_002, year - 1);
    BigDecimal cattle = value(county, 1_003, year);
    return county.name() + year + "年国民经济和社会发展统计公报\n"
        + year + "年，全" + county.name().substring(county.name().length() - 1) + "粮食总产量" + grain.movePointLeft(2)
        + "亿斤，比上年" + change(grain, grainBefore) + "。\n"
        + "全年地区生产总值" + gdp.movePointLeft(1) + "亿元，比上年" + change(gdp, gdpBefore) + "。\n"
        + "年末牛存栏" + cattle.movePointLeft(2) + "万头。\n";
  }

  private static String change(BigDecimal now, BigDecimal before) {
    BigDecimal pct = now.subtract(before).multiply(BigDecimal.valueOf(100)).divide(before, 1, RoundingMode.HALF_EVEN);
    return pct.signum() >= 0 ? "增长" + pct.toPlainString() + "%" : "下降" + pct.negate().toPlainString() + "%";
  }
}
