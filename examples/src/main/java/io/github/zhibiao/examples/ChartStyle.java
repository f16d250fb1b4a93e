package io.github.zhibiao.examples;

import java.awt.Color;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;

/**
 * What the chart examples share: the language of their labels, a font that can draw it, and
 * writing the PNG. Chinese labels need a CJK font (Debian: {@code apt-get install fonts-noto-cjk},
 * which {@code .ci/run} installs); without one, a chart asked for in Chinese is drawn in English
 * and says so, rather than drawing empty boxes.
 */
final class ChartStyle {
  /** Text every Chinese chart draws: a font that cannot draw it is no CJK font for us. */
  static final String CJK_SAMPLE = "赤峰市牲畜存栏粮食总产量万头只亿斤同比增长年";

  /** The labels' language. */
  enum Language { CHINESE, ENGLISH }

  /** How a chart was drawn: its language, the font family, and the PNG's size. */
  record Drawn(Language language, String fontFamily, int width, int height) {}

  private ChartStyle() {}

  /** The language asked for on the command line: {@code en} or {@code english} for English, else Chinese. */
  static Language language(String[] args, int index) {
    return args.length > index && args[index].toLowerCase(java.util.Locale.ROOT).startsWith("en")
        ? Language.ENGLISH : Language.CHINESE;
  }

  /** An installed font family that draws Chinese, preferring Noto Sans CJK SC. */
  static Optional<String> cjkFamily() {
    System.setProperty("java.awt.headless", "true");
    String[] families = GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames();
    return Arrays.stream(families)
        .filter(f -> new Font(f, Font.PLAIN, 12).canDisplayUpTo(CJK_SAMPLE) == -1)
        .min(Comparator.comparingInt(ChartStyle::preference).thenComparing(Comparator.naturalOrder()));
  }

  private static int preference(String family) {
    if (family.equals("Noto Sans CJK SC")) {
      return 0;
    }
    if (family.contains("CJK SC") || family.contains("Sans CJK")) {
      return 1;
    }
    return family.contains("CJK") ? 2 : 3;
  }

  /**
   * The language a chart can be drawn in: Chinese only with a CJK font; logs the fallback.
   *
   * @return the language and the font family to draw with
   */
  static Drawn choose(Language wanted, PrintStream log) {
    if (wanted == Language.CHINESE) {
      Optional<String> cjk = cjkFamily();
      if (cjk.isPresent()) {
        return new Drawn(Language.CHINESE, cjk.get(), 0, 0);
      }
      log.println("no CJK font is installed (Debian: apt-get install fonts-noto-cjk); drawing English labels");
    }
    return new Drawn(Language.ENGLISH, Font.SANS_SERIF, 0, 0);
  }

  /** Applies the font to every text of the chart, white background. */
  static void apply(JFreeChart chart, String family) {
    StandardChartTheme theme = (StandardChartTheme) StandardChartTheme.createJFreeTheme();
    theme.setExtraLargeFont(new Font(family, Font.BOLD, 20));
    theme.setLargeFont(new Font(family, Font.BOLD, 15));
    theme.setRegularFont(new Font(family, Font.PLAIN, 13));
    theme.setSmallFont(new Font(family, Font.PLAIN, 11));
    theme.setPlotBackgroundPaint(Color.WHITE);
    theme.setRangeGridlinePaint(Color.LIGHT_GRAY);
    theme.setDomainGridlinePaint(Color.LIGHT_GRAY);
    theme.apply(chart);
  }

  /** Writes the chart as a PNG, creating the directory; returns what was drawn. */
  static Drawn write(JFreeChart chart, Drawn style, Path out, int width, int height, PrintStream log) {
    try {
      if (out.toAbsolutePath().getParent() != null) {
        Files.createDirectories(out.toAbsolutePath().getParent());
      }
      ChartUtils.saveChartAsPNG(out.toFile(), chart, width, height);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + out + ": " + e.getMessage(), e);
    }
    log.println("wrote " + out + " (" + width + "×" + height + ", " + style.language().name().toLowerCase(java.util.Locale.ROOT)
        + " labels, font " + style.fontFamily() + ")");
    return new Drawn(style.language(), style.fontFamily(), width, height);
  }
}
