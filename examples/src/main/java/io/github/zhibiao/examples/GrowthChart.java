package io.github.zhibiao.examples;

import io.github.zhibiao.calc.Growth;
import io.github.zhibiao.calc.Rounding;
import io.github.zhibiao.examples.ChartStyle.Drawn;
import io.github.zhibiao.examples.ChartStyle.Language;
import io.github.zhibiao.model.Dataset;
import io.github.zhibiao.model.Observation;
import io.github.zhibiao.model.Period;
import io.github.zhibiao.model.Series;
import io.github.zhibiao.spi.DatasetFormats;
import io.github.zhibiao.unit.Quantity;
import java.awt.BasicStroke;
import java.awt.Color;
import java.io.PrintStream;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.HashMap;
import java.util.Map;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Renders a PNG of one indicator over time, read from a wide table (periods as columns), each
 * point labelled with its level and its growth over the year before (computed exactly with
 * {@link Growth#rate}, printed to two decimals). The first series of the table is drawn; labels are
 * Chinese where a CJK font is installed, English with {@code en} as third argument.
 *
 * <pre>./mvnw -q -pl examples -am compile exec:java -Dexample=io.github.zhibiao.examples.GrowthChart -Dexec.args="examples/data/grain-output-wide.csv target/grain.png [en]"</pre>
 */
public final class GrowthChart {
  static final Path DEFAULT_TABLE = Path.of("examples/data/grain-output-wide.csv");

  private GrowthChart() {}

  /**
   * Draws the chart.
   *
   * @param args the wide CSV (examples/data/grain-output-wide.csv by default), the PNG to write
   *     (target/growth.png), then {@code en} for English labels
   */
  public static void main(String[] args) {
    Path table = args.length > 0 ? Path.of(args[0]) : DEFAULT_TABLE;
    Path out = Path.of(args.length > 1 ? args[1] : "target/growth.png");
    run(DatasetFormats.read(table), out, System.out, ChartStyle.language(args, 2));
  }

  static Drawn run(Dataset table, Path out, PrintStream log, Language wanted) {
    if (table.isEmpty()) {
      throw new IllegalArgumentException("the table has no figures to draw");
    }
    Observation first = table.observations().get(0);
    Series series = Series.of(first.indicator(), first.region(), table.observations().stream()
        .filter(o -> o.indicator().code().equals(first.indicator().code()) && o.region().equals(first.region()))
        .toList());
    Drawn style = ChartStyle.choose(wanted, log);
    boolean zh = style.language() == Language.CHINESE;
    String english = first.indicator().unit().englishName();
    String unit = zh || english.isEmpty() ? first.indicator().unit().symbol() : english;
    DefaultCategoryDataset points = new DefaultCategoryDataset();
    Map<String, String> labels = new HashMap<>();
    String name = zh ? first.region().name() + first.indicator().name() : first.indicator().code();
    for (Period p : series.periods()) {
      Quantity level = series.get(p).orElseThrow().value().to(first.indicator().unit());
      String growth = series.get(p.yearEarlier())
          .map(before -> Rounding.rate(Growth.rate(level, before.value())).value())
          .map(r -> (r.signum() >= 0 ? "+" : "") + r.toPlainString() + "%")
          .orElse("");
      String column = zh ? p.toChinese() : p.toString();
      // JFreeChart plots doubles: the exact value is converted only here, for drawing.
      points.addValue(level.value().doubleValue(), name, column);
      labels.put(column, level.value().toPlainString() + (growth.isEmpty() ? "" : zh ? "（" + growth + "）" : " (" + growth + ")"));
      log.println(column + ": " + level + (growth.isEmpty() ? "" : zh ? "，比上年" + growth : ", " + growth + " on the year before"));
    }
    JFreeChart chart = ChartFactory.createLineChart(
        zh ? name + "（" + unit + "，比上年增长）" : name + " (" + unit + ", growth on the year before)",
        zh ? "年份" : "year", unit, points, PlotOrientation.VERTICAL, false, false, false);
    ChartStyle.apply(chart, style.fontFamily());
    CategoryPlot plot = chart.getCategoryPlot();
    ((org.jfree.chart.axis.NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(false);
    plot.getRangeAxis().setUpperMargin(0.15);
    LineAndShapeRenderer renderer = (LineAndShapeRenderer) plot.getRenderer();
    renderer.setSeriesPaint(0, new Color(0xC6, 0x28, 0x28));
    renderer.setSeriesStroke(0, new BasicStroke(2.5f));
    renderer.setDefaultShapesVisible(true);
    renderer.setDefaultItemLabelGenerator(new Labels(labels));
    renderer.setDefaultItemLabelsVisible(true);
    return ChartStyle.write(chart, style, out, 900, 480, log);
  }

  /** Each point's label: its exact level and its growth, as computed, not JFreeChart's double. */
  private record Labels(Map<String, String> byColumn) implements CategoryItemLabelGenerator {
    @Override
    public String generateRowLabel(CategoryDataset dataset, int row) {
      return dataset.getRowKey(row).toString();
    }

    @Override
    public String generateColumnLabel(CategoryDataset dataset, int column) {
      return dataset.getColumnKey(column).toString();
    }

    @Override
    public String generateLabel(CategoryDataset dataset, int row, int column) {
      return byColumn.getOrDefault(dataset.getColumnKey(column).toString(),
          NumberFormat.getInstance().format(dataset.getValue(row, column)));
    }
  }
}
