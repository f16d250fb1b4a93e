package io.github.zhibiao.benchmarks;

import io.github.zhibiao.model.Region;
import io.github.zhibiao.model.RegionLevel;
import io.github.zhibiao.model.Regions;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.YearMonth;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes the benchmark inputs: a long CSV of {@link BenchData#ROWS} observations, the same
 * observations in the native JSON format, a long CSV of {@link BenchData#MEMORY_ROWS} rows for
 * the memory check, Chinese prose for the text extractor, and the same rows as SDMX-CSV, SDMX-JSON
 * and an NBS portal response ({@link SdmxData}). Output is deterministic (fixed
 * seed). Files that already exist are kept; {@code --force} rewrites them.
 *
 * <p>Rows are realistic: indicator codes and Chinese names with their units (万亩, 亿元, 万头只,
 * 亿斤, %, 家, 元/人 …), 58 built-in regions (provinces, Inner Mongolia, Chifeng), periods of every kind (years, halves, quarters,
 * months, month ranges, year ranges, instants), values at the precision reports print, and the
 * optional columns (status, qualifier, change, rank, share, plan completion, sector, note) filled
 * in a fraction of rows. Each (indicator, region, period) triple occurs once.
 *
 * <p>Usage: {@code DataGenerator <dir> [--force] [--sdmx-only]}; {@code --sdmx-only} writes the
 * SDMX and NBS files alone.
 */
public final class DataGenerator {

  static final String CSV_HEADER = "indicator,indicator_name,kind,region,region_name,period,value,unit,status,"
      + "qualifier,change,change_basis,rank,rank_scope,share,share_of,plan_completion,sector,note";

  /** An indicator of the generated data and how its values look. */
  record Spec(String code, String name, String kind, String unit, int minUnscaled, int maxUnscaled, int scale,
      String sector) {
  }

  static final List<Spec> SPECS = List.of(
      new Spec("GDP", "地区生产总值", "FLOW", "亿元", 1000, 9_999_999, 1, "综合@S"),
      new Spec("GDP.PRIMARY", "第一产业增加值", "FLOW", "亿元", 100, 999_999, 1, "现代农牧业@A"),
      new Spec("GDP.SECONDARY", "第二产业增加值", "FLOW", "亿元", 100, 4_999_999, 1, "工业经济@C"),
      new Spec("GDP.TERTIARY", "第三产业增加值", "FLOW", "亿元", 100, 4_999_999, 1, "综合@S"),
      new Spec("INDUSTRIAL_OUTPUT", "规模以上工业总产值", "FLOW", "亿元", 100, 9_999_999, 1, "工业经济@C"),
      new Spec("FIXED_ASSET_INVESTMENT", "固定资产投资", "FLOW", "亿元", 100, 2_999_999, 1, "招商引资@L"),
      new Spec("RETAIL_SALES", "社会消费品零售总额", "FLOW", "亿元", 100, 3_999_999, 1, "综合@S"),
      new Spec("FISCAL_REVENUE", "一般公共预算收入", "FLOW", "万元", 10_000, 99_999_999, 0, "综合@S"),
      new Spec("BRAND_VALUE", "区域公用品牌价值", "STOCK", "亿元", 1_000, 99_999, 2, "现代农牧业@A"),
      new Spec("GRAIN_OUTPUT", "粮食总产量", "FLOW", "亿斤", 1, 9_999, 1, "现代农牧业@A"),
      new Spec("GRAIN_AREA", "粮食播种面积", "FLOW", "万亩", 100, 999_999, 2, "现代农牧业@A"),
      new Spec("HIGH_STANDARD_FARMLAND", "高标准农田", "STOCK", "万亩", 100, 999_999, 2, "现代农牧业@A"),
      new Spec("AFFORESTATION", "完成营造林", "FLOW", "万亩", 10, 99_999, 2, "生态建设@N"),
      new Spec("GRASSLAND_RESTORED", "草原生态修复", "FLOW", "万亩", 10, 99_999, 2, "生态建设@N"),
      new Spec("FOREST_COVER", "森林覆盖率", "RATE", "%", 100, 9_000, 2, "生态建设@N"),
      new Spec("LIVESTOCK", "牲畜存栏", "STOCK", "万头只", 10, 99_999, 1, "现代农牧业@A"),
      new Spec("LIVESTOCK.CATTLE", "牛存栏", "STOCK", "万头", 10, 9_999, 1, "现代农牧业@A"),
      new Spec("LIVESTOCK.SHEEP", "羊存栏", "STOCK", "万只", 10, 99_999, 1, "现代农牧业@A"),
      new Spec("MEAT_OUTPUT", "肉类总产量", "FLOW", "万吨", 10, 99_999, 1, "现代农牧业@A"),
      new Spec("MILK_OUTPUT", "牛奶产量", "FLOW", "万吨", 10, 99_999, 1, "现代农牧业@A"),
      new Spec("GRAIN_YIELD", "粮食单产", "FLOW", "公斤/亩", 1_000, 9_999, 1, "现代农牧业@A"),
      new Spec("ENTERPRISES.ABOVE_SCALE", "规模以上工业企业", "STOCK", "家", 10, 9_999, 0, "工业经济@C"),
      new Spec("SRDI_SME", "专精特新中小企业", "STOCK", "家", 1, 999, 0, "工业经济@C"),
      new Spec("PROJECTS_STARTED", "开工建设项目", "FLOW", "个", 1, 999, 0, "招商引资@L"),
      new Spec("PROJECTS_SIGNED.INVESTMENT", "签约项目计划投资", "FLOW", "亿元", 10, 99_999, 1, "招商引资@L"),
      new Spec("INDUSTRIAL_VALUE_ADDED.GROWTH", "规模以上工业增加值增速", "RATE", "%", -500, 2_000, 1, "工业经济@C"),
      new Spec("AIR_GOOD_DAYS_RATIO", "空气质量优良天数比例", "RATE", "%", 6_000, 10_000, 1, "生态建设@N"),
      new Spec("SURFACE_WATER_GOOD", "地表水优良水体比例", "RATE", "%", 5_000, 10_000, 1, "生态建设@N"),
      new Spec("URBAN_INCOME", "城镇常住居民人均可支配收入", "FLOW", "元", 20_000, 60_000, 0, "民生福祉@S"),
      new Spec("RURAL_INCOME", "农村牧区常住居民人均可支配收入", "FLOW", "元", 8_000, 30_000, 0, "民生福祉@S"),
      new Spec("NEW_URBAN_JOBS", "城镇新增就业", "FLOW", "万人", 1, 9_999, 2, "民生福祉@S"),
      new Spec("TOURISTS", "接待游客", "FLOW", "万人次", 10, 999_999, 1, "综合@S"),
      new Spec("POPULATION", "常住人口", "STOCK", "万人", 100, 99_999, 2, "民生福祉@S"),
      new Spec("SUBSISTENCE_ALLOWANCE", "城乡低保对象", "STOCK", "万人", 10, 9_999, 1, "民生福祉@S"),
      new Spec("DISABILITY_SUBSIDY.STANDARD", "残疾人两项补贴标准", "STOCK", "元/人", 50, 300, 0, "民生福祉@S"),
      new Spec("HOUSEHOLDS_RENOVATED", "农村危房改造", "FLOW", "户", 10, 99_999, 0, "民生福祉@S"),
      new Spec("SCHOOLS_BUILT", "新建改扩建学校", "FLOW", "所", 1, 200, 0, "民生福祉@S"),
      new Spec("RESERVOIRS", "水库", "STOCK", "座", 1, 999, 0, "生态建设@N"),
      new Spec("BASE_STATIONS_5G", "5G基站", "STOCK", "个", 100, 99_999, 0, "工业经济@C"),
      new Spec("POWER_CAPACITY.NEW_ENERGY", "新能源装机容量", "STOCK", "万千瓦", 10, 99_999, 1, "工业经济@C"));

  private static final String[] NOTES = {
      "", "", "", "", "", "", "", "",
      "累计",
      "截至目前",
      "预计数, 以年报为准",
      "口径: 全口径, 含\"小巨人\"企业",
      "连续3年保持在100亿斤以上",
  };

  private DataGenerator() {
  }

  /**
   * Generates the files into the folder given as first argument.
   *
   * @param args {@code <dir> [--force]}
   * @throws IOException if writing fails
   */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "benchmarks/target/data");
    boolean force = List.of(args).contains("--force");
    Files.createDirectories(dir);
    if (List.of(args).contains("--sdmx-only")) {
      generateSdmx(dir, force);
      return;
    }
    generate(dir.resolve(BenchData.LONG_CSV), force, p -> writeCsv(p, BenchData.ROWS));
    generate(dir.resolve(BenchData.NATIVE_JSON), force, p -> writeJson(p, BenchData.ROWS));
    generate(dir.resolve(BenchData.MEMORY_CSV), force, p -> writeCsv(p, BenchData.MEMORY_ROWS));
    generate(dir.resolve(BenchData.PROSE_TXT), force, p -> writeProse(p, BenchData.TEXT_BYTES));
    generateSdmx(dir, force);
  }

  private static void generateSdmx(Path dir, boolean force) throws IOException {
    generate(dir.resolve(BenchData.SDMX_CSV), force, p -> SdmxData.writeCsv(p, BenchData.SDMX_CSV_ROWS));
    generate(dir.resolve(BenchData.SDMX_JSON), force, p -> SdmxData.writeJson(p, BenchData.SDMX_JSON_OBS));
    generate(dir.resolve(BenchData.NBS_JSON), force, p -> SdmxData.writeNbs(p, BenchData.NBS_NODES));
  }

  private interface FileWriter {
    void write(Path target) throws IOException;
  }

  private static void generate(Path target, boolean force, FileWriter writer) throws IOException {
    if (Files.isRegularFile(target) && !force) {
      System.out.printf("kept      %s (%,d bytes)%n", target, Files.size(target));
      return;
    }
    long t0 = System.nanoTime();
    Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
    writer.write(tmp);
    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    System.out.printf("generated %s (%,d bytes) in %.1f s%n", target, Files.size(target),
        (System.nanoTime() - t0) / 1e9);
  }

  /** One generated observation; the i-th of a file is the same in CSV and JSON. */
  static final class Row {
    Spec spec;
    Region region;
    String period;
    String value;
    String status = "";
    String qualifier = "";
    String change = "";
    String changeBasis = "";
    String rank = "";
    String rankScope = "";
    String share = "";
    String shareOf = "";
    String planCompletion = "";
    String note = "";
  }

  /** Produces rows in order; each (indicator, region, period) triple at most once. */
  static final class RowSource {
    /**
     * The provincial-level divisions, Inner Mongolia's prefectures and Chifeng's counties: the
     * regions the data had before the registry became complete, so that runs stay comparable and
     * every name is unique.
     */
    private final List<Region> regions = Regions.builtIn().all().stream()
        .filter(r -> r.level() == RegionLevel.PROVINCE
            || r.parent().filter(p -> p.equals(Region.INNER_MONGOLIA) || p.equals(Region.CHIFENG)).isPresent())
        .collect(java.util.stream.Collectors.toList());
    private final SplittableRandom random = new SplittableRandom(20_231_231L);
    private final Row row = new Row();
    private long index;

    Row next() {
      long i = index++;
      int nSpecs = SPECS.size();
      int nRegions = regions.size();
      Spec spec = SPECS.get((int) (i % nSpecs));
      Region region = regions.get((int) ((i / nSpecs) % nRegions));
      int slot = (int) (i / ((long) nSpecs * nRegions));
      Row r = row;
      r.spec = spec;
      r.region = region;
      r.period = period(spec.kind(), slot);
      r.value = value(spec);
      int dice = random.nextInt(100);
      r.status = dice < 5 ? "ESTIMATED" : dice < 7 ? "PROVISIONAL" : "";
      dice = random.nextInt(100);
      r.qualifier = dice < 4 ? "MORE_THAN" : dice < 6 ? "APPROXIMATE" : dice < 7 ? "AT_LEAST" : "";
      if (random.nextInt(100) < 40) {
        if (spec.kind().equals("RATE")) {
          r.change = decimal(random.nextInt(-300, 300), 1) + "百分点";
        } else {
          r.change = decimal(random.nextInt(-1_500, 3_000), 2) + "%";
        }
        r.changeBasis = "YEAR_ON_YEAR";
      } else {
        r.change = "";
        r.changeBasis = "";
      }
      dice = random.nextInt(100);
      if (dice < 10) {
        r.rank = (1 + random.nextInt(12)) + "/12";
        r.rankScope = Region.INNER_MONGOLIA.code();
      } else if (dice < 12) {
        r.rank = dice == 10 ? "首位" : "前列";
        r.rankScope = Region.INNER_MONGOLIA.code();
      } else {
        r.rank = "";
        r.rankScope = "";
      }
      if (!spec.kind().equals("RATE") && random.nextInt(100) < 8) {
        r.share = decimal(random.nextInt(1, 10_000), 2) + "%";
        r.shareOf = "全区总量";
      } else {
        r.share = "";
        r.shareOf = "";
      }
      r.planCompletion = random.nextInt(100) < 5 ? decimal(random.nextInt(8_000, 15_000), 2) + "%" : "";
      r.note = NOTES[random.nextInt(NOTES.length)];
      return r;
    }

    private String value(Spec spec) {
      int unscaled = random.nextInt(spec.minUnscaled(), spec.maxUnscaled() + 1);
      return decimal(unscaled, spec.scale());
    }
  }

  /**
   * A distinct period for each slot: flows and rates get years, halves, quarters, months, month
   * ranges and year ranges; stocks get instants (mid-month and month ends).
   */
  static String period(String kind, int slot) {
    if (kind.equals("STOCK")) {
      int year = 2024 - slot / 24;
      int k = slot % 24;
      int month = k / 2 + 1;
      int day = k % 2 == 0 ? 15 : YearMonth.of(year, month).lengthOfMonth();
      return year + "-" + two(month) + "-" + two(day);
    }
    int year = 2024 - slot / 30;
    int k = slot % 30;
    if (k == 0) {
      return Integer.toString(year);
    } else if (k <= 2) {
      return year + "-S" + k;
    } else if (k <= 6) {
      return year + "-Q" + (k - 2);
    } else if (k <= 18) {
      return year + "-" + two(k - 6);
    } else if (k <= 28) {
      return year + "-01/" + year + "-" + two(k - 17);
    }
    return (year - 4) + "/" + year;
  }

  private static String two(int n) {
    return n < 10 ? "0" + n : Integer.toString(n);
  }

  static String decimal(int unscaled, int scale) {
    return BigDecimal.valueOf(unscaled, scale).toPlainString();
  }

  static void writeCsv(Path target, int rows) throws IOException {
    RowSource source = new RowSource();
    try (BufferedWriter w = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
      w.write(CSV_HEADER);
      w.write('\n');
      StringBuilder line = new StringBuilder(256);
      for (int i = 0; i < rows; i++) {
        Row r = source.next();
        line.setLength(0);
        line.append(r.spec.code()).append(',').append(r.spec.name()).append(',').append(r.spec.kind()).append(',')
            .append(r.region.code()).append(',').append(r.region.name()).append(',').append(r.period).append(',')
            .append(r.value).append(',').append(r.spec.unit()).append(',').append(r.status).append(',')
            .append(r.qualifier).append(',').append(r.change).append(',').append(r.changeBasis).append(',')
            .append(r.rank).append(',').append(r.rankScope).append(',').append(r.share).append(',')
            .append(r.shareOf).append(',').append(r.planCompletion).append(',').append(r.spec.sector()).append(',');
        csvField(line, r.note);
        line.append('\n');
        w.append(line);
      }
    }
  }

  private static void csvField(StringBuilder out, String text) {
    if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0) {
      out.append(text);
      return;
    }
    out.append('"').append(text.replace("\"", "\"\"")).append('"');
  }

  /**
   * The native JSON form: {@code {"format":"zhibiao","version":1,"indicators":[…],"observations":[…]}},
   * each observation with the five fields of the schema (indicator, region, period, value, unit),
   * values as JSON numbers written exactly as the CSV prints them. The optional columns of the CSV
   * are left out, so that the file holds only what the schema names.
   */
  static void writeJson(Path target, int rows) throws IOException {
    RowSource source = new RowSource();
    try (BufferedWriter w = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
      w.write("{\"format\":\"zhibiao\",\"version\":1,\"indicators\":[\n");
      for (int i = 0; i < SPECS.size(); i++) {
        Spec s = SPECS.get(i);
        w.write("{\"code\":\"" + s.code() + "\",\"name\":\"" + s.name() + "\",\"unit\":\"" + s.unit()
            + "\",\"kind\":\"" + s.kind() + "\"}" + (i + 1 < SPECS.size() ? ",\n" : "\n"));
      }
      w.write("],\"observations\":[\n");
      StringBuilder o = new StringBuilder(256);
      for (int i = 0; i < rows; i++) {
        Row r = source.next();
        o.setLength(0);
        o.append("{\"indicator\":\"").append(r.spec.code()).append("\",\"region\":\"").append(r.region.code())
            .append("\",\"period\":\"").append(r.period).append("\",\"value\":").append(r.value)
            .append(",\"unit\":\"").append(r.spec.unit()).append('"');
        o.append(i + 1 < rows ? "},\n" : "}\n");
        w.append(o);
      }
      w.write("]}\n");
    }
  }

  /**
   * Chinese report prose built from generated rows: sentences such as
   * "2023年，赤峰市粮食总产量130.5亿斤，同比增长5.82%。" grouped into paragraphs.
   */
  static void writeProse(Path target, int bytes) throws IOException {
    RowSource source = new RowSource();
    long written = 0;
    try (Writer w = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
      StringBuilder s = new StringBuilder(256);
      int sentence = 0;
      while (written < bytes) {
        Row r = source.next();
        s.setLength(0);
        s.append(chinesePeriod(r.period)).append('，').append(r.region.name()).append(r.spec.name());
        if (r.qualifier.equals("MORE_THAN")) {
          s.append("突破");
        } else if (r.qualifier.equals("APPROXIMATE")) {
          s.append("约");
        } else {
          s.append(r.spec.kind().equals("STOCK") ? "达到" : "");
        }
        s.append(r.value).append(r.spec.unit());
        if (r.change.endsWith("%")) {
          s.append(r.change.startsWith("-") ? "，同比下降" + r.change.substring(1) : "，同比增长" + r.change);
        } else if (r.change.endsWith("百分点")) {
          s.append(r.change.startsWith("-") ? "，比上年下降" + r.change.substring(1).replace("百分点", "个百分点")
              : "，比上年提高" + r.change.replace("百分点", "个百分点"));
        }
        if (r.rank.endsWith("/12")) {
          s.append("，居全区第").append(r.rank, 0, r.rank.indexOf('/')).append('位');
        }
        s.append('。');
        if (++sentence % 6 == 0) {
          s.append('\n');
        }
        String text = s.toString();
        w.write(text);
        written += text.getBytes(StandardCharsets.UTF_8).length;
      }
      w.write('\n');
    }
  }

  private static String chinesePeriod(String period) {
    // Only the forms prose uses often; others read as the year they start in.
    if (period.length() == 4) {
      return period + "年";
    }
    String year = period.substring(0, 4);
    if (period.length() == 10 && period.charAt(4) == '-' && period.charAt(7) == '-') {
      int month = Integer.parseInt(period.substring(5, 7));
      int day = Integer.parseInt(period.substring(8));
      return day == 15 ? year + "年" + month + "月15日" : "截至" + year + "年" + month + "月末";
    }
    if (period.contains("-S")) {
      return year + (period.endsWith("1") ? "年上半年" : "年下半年");
    }
    if (period.contains("-Q")) {
      return year + "年第" + "一二三四".charAt(period.charAt(period.length() - 1) - '1') + "季度";
    }
    if (period.contains("/") && period.length() == 9) {
      return period.substring(0, 4) + "—" + period.substring(5) + "年";
    }
    if (period.contains("/")) {
      return year + "年1—" + Integer.parseInt(period.substring(period.length() - 2)) + "月";
    }
    return year + "年" + Integer.parseInt(period.substring(5, 7)) + "月";
  }
}
