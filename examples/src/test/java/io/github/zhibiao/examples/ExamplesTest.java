package io.github.zhibiao.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zhibiao.model.Dataset;
import io.github.zhibiao.spi.DatasetFormats;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Runs every example and checks key lines of what it prints. */
class ExamplesTest {
  static final Path SEED = Path.of("../seeds/chifeng-2023.csv");

  static String capture(Consumer<PrintStream> example) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      example.accept(out);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  static void assertHas(String output, String line) {
    assertTrue(output.contains(line), () -> "expected the output to contain\n  " + line + "\nbut it was:\n" + output);
  }

  @Test
  void chifengReport() {
    Dataset seed = DatasetFormats.read(SEED);
    String out = capture(o -> ChifengReport.run(seed, o));
    assertHas(out, "赤峰市 2023 — 130 figures in 5 chapters");
    assertHas(out, "== 现代农牧业 (GB/T 4754 A, 第一产业) — 31 figures ==");
    assertHas(out, "粮食总产量 130亿斤  [2023年]  = 650万吨  较近5年平均 +6.31亿斤  居全区第4位（共12）");
    assertHas(out, "粮食播种面积 1706.8万亩  [2023年]  = 1137866.67公顷");
    assertHas(out, "区域公用品牌总价值 754.49亿元  [2023年末]  = 75449000000元");
    assertHas(out, "牲畜存栏 2210.6万头只  [2023年6月末]  同比 +5.82%  居全区首位");
    assertHas(out, "→ 2022年6月末约 2089.0万头只");
    assertHas(out, "城镇新增就业 2.05万人");
    assertHas(out, "年度计划约 1.75万人");
    assertHas(out, "2022年约 1.81万人");
    assertHas(out, "设施农业产量 510.7万吨  [2023年] (预计)");
    assertHas(out, "新建5G基站 超800座");
  }

  @Test
  void formatsTour(@org.junit.jupiter.api.io.TempDir Path dir) {
    String out = capture(o -> FormatsTour.run(SEED, dir, o));
    assertHas(out, "Read 130 observations of 130 indicators");
    assertHas(out, "sniffed as json-stat): 130 observations read back");
    assertHas(out, "sniffed as json): 130 observations read back");
    assertHas(out, "sniffed as csv-wide): 130 observations read back");
  }

  @Test
  void livestockChart(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    java.util.Optional<String> cjk = ChartStyle.cjkFamily();
    org.junit.jupiter.api.Assumptions.assumeTrue(cjk.isPresent(),
        "no CJK font installed (Debian: apt-get install fonts-noto-cjk, as .ci/run does)");
    Path png = dir.resolve("livestock.png");
    ChartStyle.Drawn[] drawn = new ChartStyle.Drawn[1];
    String out = capture(o -> drawn[0] = LivestockChart.run(DatasetFormats.read(SEED), png, o));
    assertHas(out, "牛存栏: 362.2万头（同比+12.08%）");
    assertHas(out, "禽存栏: 3629万只（同比+5.56%）");
    assertEquals(ChartStyle.Language.CHINESE, drawn[0].language(), "Chinese labels by default");
    assertEquals(cjk.get(), drawn[0].fontFamily());
    assertCjk(drawn[0].fontFamily());
    assertPng(png, 900, 420);
  }

  @Test
  void livestockChartInEnglish(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    Path png = dir.resolve("livestock-en.png");
    ChartStyle.Drawn[] drawn = new ChartStyle.Drawn[1];
    String out = capture(o -> drawn[0] = LivestockChart.run(DatasetFormats.read(SEED), png, o,
        ChartStyle.language(new String[] {"x.png", "en"}, 1)));
    assertHas(out, "cattle: 362.2万头 (+12.08% y/y)");
    assertHas(out, "poultry: 3629万只 (+5.56% y/y)");
    assertEquals(ChartStyle.Language.ENGLISH, drawn[0].language());
    assertPng(png, 900, 420);
  }

  @Test
  void growthChartFromAWideTable(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    java.util.Optional<String> cjk = ChartStyle.cjkFamily();
    org.junit.jupiter.api.Assumptions.assumeTrue(cjk.isPresent(),
        "no CJK font installed (Debian: apt-get install fonts-noto-cjk, as .ci/run does)");
    Path table = Path.of("data/grain-output-wide.csv");
    assertEquals("csv-wide", DatasetFormats.installed().sniff(java.nio.file.Files.readAllBytes(table)).orElseThrow().id(),
        "the table is a wide table");
    Path png = dir.resolve("grain.png");
    ChartStyle.Drawn[] drawn = new ChartStyle.Drawn[1];
    String out = capture(o -> drawn[0] = GrowthChart.run(DatasetFormats.read(table), png, o, ChartStyle.Language.CHINESE));
    assertHas(out, "2019年: 113.6亿斤\n");
    assertHas(out, "2023年: 130亿斤，比上年+2.12%");   // 130 / 127.3 − 1 = 2.1210…%
    assertHas(out, "2021年: 124.4亿斤，比上年+7.89%");  // 124.4 / 115.3 − 1 = 7.8925…%
    assertCjk(drawn[0].fontFamily());
    assertPng(png, 900, 480);
    String en = capture(o -> GrowthChart.run(DatasetFormats.read(table), dir.resolve("grain-en.png"), o,
        ChartStyle.Language.ENGLISH));
    assertHas(en, "2023: 130亿斤, +2.12% on the year before");
  }

  private static void assertCjk(String family) {
    java.awt.Font font = new java.awt.Font(family, java.awt.Font.PLAIN, 12);
    assertEquals(family, font.getFamily(), "the font is installed, not a substitute");
    assertEquals(-1, font.canDisplayUpTo("赤峰市牲畜存栏（2023年6月末，按畜种）粮食总产量"), family + " draws Chinese");
  }

  private static void assertPng(Path png, int width, int height) throws Exception {
    byte[] head = java.util.Arrays.copyOf(java.nio.file.Files.readAllBytes(png), 8);
    assertEquals(java.util.List.of(0x89, 0x50, 0x4E, 0x47), java.util.List.of(head[0] & 0xFF, (int) head[1], (int) head[2],
        (int) head[3]), "a PNG signature");
    java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(png.toFile());
    assertEquals(width, image.getWidth());
    assertEquals(height, image.getHeight());
  }

  @Test
  void conversionsTour() {
    String out = capture(ConversionsTour::run);
    assertHas(out, "粮食总产量 130亿斤 = 650万吨 = 6.5 million tonnes");
    assertHas(out, "牲畜存栏 2210.6万头只 = 22106000头只 = 22.106 million head");
    assertHas(out, "  and back: 1706.8万亩");
    assertHas(out, "3.09万人次 → 万人: cannot convert 万人次 to 万人: PERSON_TIME ≠ PERSON");
    assertHas(out, "yield 130亿斤 / 1706.8万亩 = 761.7斤/亩 = 380.8公斤/亩");
    assertHas(out, "→ plan 1.75万人");
  }
}
