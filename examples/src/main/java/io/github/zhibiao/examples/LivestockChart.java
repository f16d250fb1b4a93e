package io.github.zhibiao.examples;

import io.github.zhibiao.examples.ChartStyle.Drawn;
import io.github.zhibiao.examples.ChartStyle.Language;
import io.github.zhibiao.model.Dataset;
import io.github.zhibiao.model.Observation;
import io.github.zhibiao.spi.DatasetFormats;
import io.github.zhibiao.unit.Quantity;
import io.github.zhibiao.unit.Units;
import java.awt.Color;
import java.io.PrintStream;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Renders a PNG of livestock and poultry on hand in Chifeng at the end of June 2023, by kind, in
 * 万头（只）, each bar labelled with its year-on-year growth — drawn with JFreeChart from the seed
 * data. Labels are Chinese (the indicators' own names) when a CJK font is installed, and English
 * with {@code en} as second argument or when none is.
 *
 * <pre>./mvnw -q -pl examples -am compile exec:java -Dexample=io.github.zhibiao.examples.LivestockChart -Dexec.args="target/livestock.png [en]"</pre>
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

  /**
   * Draws the chart.
   *
   * @param args the PNG to write (target/chifeng-livestock.png by default), then {@code en} for English labels
   */
  public static void main(String[] args) {
    Path out = Path.of(args.length > 0 ? args[0] : "target/chifeng-livestock.png");
    run(DatasetFormats.read(ChifengReport.SEED), out, System.out, ChartStyle.language(args, 1));
  }

  /** The chart in Chinese where a CJK font allows. */
  static Drawn run(Dataset data, Path out, PrintStream log) {
    return run(data, out, log, Language.CHINESE);
  }

  static Drawn run(Dataset data, Path out, PrintStream log, Language wanted) {
    Drawn style = ChartStyle.choose(wanted, log);
    boolean zh = style.language() == Language.CHINESE;
    DefaultCategoryDataset bars = new DefaultCategoryDataset();
    String series = zh ? "2023年6月末" : "end of June 2023";
    for (Map.Entry<String, String> kind : KINDS.entrySet()) {
      Observation o = data.byIndicator(kind.getKey()).get(0);
      Quantity head = o.value().to(Units.of("万头只"));
      String rate = o.change().map(c -> "+" + c.amount().value().toPlainString() + "%").orElse("");
      String growth = rate.isEmpty() ? "" : zh ? "（同比" + rate + "）" : " (" + rate + " y/y)";
      String name = zh ? o.indicator().name() : kind.getValue();
      // JFreeChart plots doubles: the exact value is converted only here, for drawing.
      bars.addValue(head.value().setScale(1, RoundingMode.HALF_UP).doubleValue(), series, name + growth);
      log.println(name + ": " + o.value() + growth);
    }
    JFreeChart chart = ChartFactory.createBarChart(
        zh ? "赤峰市牲畜存栏（2023年6月末，按畜种）" : "Chifeng: livestock and poultry on hand, end of June 2023",
        zh ? "畜种（同比增长）" : "kind (year-on-year growth)",
        zh ? "万头（只）" : "10 000 head",
        bars, PlotOrientation.HORIZONTAL, false, false, false);
    ChartStyle.apply(chart, style.fontFamily());
    CategoryPlot plot = chart.getCategoryPlot();
    ((NumberAxis) plot.getRangeAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    plot.getRangeAxis().setUpperMargin(0.12);
    BarRenderer renderer = (BarRenderer) plot.getRenderer();
    renderer.setSeriesPaint(0, new Color(0x2E, 0x7D, 0x32));
    renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator());
    renderer.setDefaultItemLabelsVisible(true);
    return ChartStyle.write(chart, style, out, 900, 420, log);
  }
}
