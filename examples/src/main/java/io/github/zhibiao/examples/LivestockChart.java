package io.github.zhibiao.examples;

import io.github.zhibiao.model.Dataset;
import io.github.zhibiao.model.Observation;
import io.github.zhibiao.spi.DatasetFormats;
import io.github.zhibiao.unit.Quantity;
import io.github.zhibiao.unit.Units;
import java.awt.Color;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.ChartFactory;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Renders a PNG of livestock and poultry on hand in Chifeng at the end of June 2023, by kind, in 万头 (head),
 * each bar labelled with its year-on-year growth — drawn with JFreeChart from the seed data.
 * Labels are in English so the picture renders on machines without CJK fonts.
 *
 * <pre>./mvnw -q -pl examples -am compile exec:java -Dexample=io.github.zhibiao.examples.LivestockChart -Dexec.args=livestock.png</pre>
 */
public final class LivestockChart {
  private LivestockChart() {}

  static final Map<String, String> KINDS = new LinkedHashMap<>();

  static {
    KINDS.put("CATTLE_STOCK", "cattle");
    KINDS.put("SHEEP_STOCK", "sheep");
    KINDS.put("PIG_STOCK", "pigs");
    KINDS.put("POULTRY_STOCK", "poultry");
  }

  public static void main(String[] args) {
    Path out = Path.of(args.length > 0 ? args[0] : "target/chifeng-livestock.png");
    run(DatasetFormats.read(ChifengReport.SEED), out, System.out);
  }

  static void run(Dataset data, Path out, PrintStream log) {
    System.setProperty("java.awt.headless", "true");
    DefaultCategoryDataset bars = new DefaultCategoryDataset();
    for (Map.Entry<String, String> kind : KINDS.entrySet()) {
      Observation o = data.byIndicator(kind.getKey()).get(0);
      Quantity head = o.value().to(Units.of("万头只"));
      String growth = o.change().map(c -> " (+" + c.amount().value().toPlainString() + "% y/y)").orElse("");
      // JFreeChart plots doubles: the exact value is converted only here, for drawing.
      bars.addValue(head.value().setScale(1, RoundingMode.HALF_UP).doubleValue(), "end of June 2023", kind.getValue() + growth);
      log.println(kind.getValue() + ": " + o.value() + growth);
    }
    JFreeChart chart = ChartFactory.createBarChart("Chifeng: livestock and poultry on hand, end of June 2023",
        "kind (year-on-year growth)", "10 000 head", bars, PlotOrientation.HORIZONTAL, false, false, false);
    CategoryPlot plot = chart.getCategoryPlot();
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
    ((NumberAxis) plot.getRangeAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    plot.getRangeAxis().setUpperMargin(0.12);
    BarRenderer renderer = (BarRenderer) plot.getRenderer();
    renderer.setSeriesPaint(0, new Color(0x2E, 0x7D, 0x32));
    renderer.setDefaultItemLabelGenerator(new org.jfree.chart.labels.StandardCategoryItemLabelGenerator());
    renderer.setDefaultItemLabelsVisible(true);
    try {
      if (out.getParent() != null) {
        Files.createDirectories(out.getParent());
      }
      ChartUtils.saveChartAsPNG(out.toFile(), chart, 900, 420);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + out + ": " + e.getMessage(), e);
    }
    log.println("wrote " + out);
  }
}
