package io.github.zhibiao.csv;

import io.github.zhibiao.model.Dataset;
import io.github.zhibiao.model.Indicator;
import io.github.zhibiao.model.Observation;
import io.github.zhibiao.model.Period;
import io.github.zhibiao.model.Region;
import io.github.zhibiao.spi.DatasetWriter;
import io.github.zhibiao.spi.WriteOptions;
import io.github.zhibiao.unit.Quantity;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Writes the wide format: one row per indicator, region and breakdowns in order of first appearance, one
 * column per period in period order. Each cell holds the level in the indicator's unit (an exact
 * conversion where it terminates, else 34 significant digits) with its qualifier words (超800);
 * status, change, ranking, share, plan completion and note are not written.
 *
 * @throws IllegalArgumentException (from write) when two observations share indicator, region and period
 */
final class WideCsvWriter implements DatasetWriter {

  @Override
  public void write(Dataset dataset, OutputStream out, WriteOptions options) throws IOException {
    Objects.requireNonNull(dataset, "dataset");
    TreeSet<Period> periods = new TreeSet<>();
    Map<String, Map<Period, Observation>> rows = new LinkedHashMap<>();
    for (Observation o : dataset.observations()) {
      periods.add(o.period());
      Observation before = rows.computeIfAbsent(o.indicator().code() + '\u0000' + o.region().code() + '\u0000'
          + o.breakdowns(), k -> new LinkedHashMap<>()).put(o.period(), o);
      if (before != null) {
        throw new IllegalArgumentException("the wide format holds one value per indicator, region and period; "
            + o.indicator().code() + " " + o.region().code() + " " + o.period()
            + (o.breakdowns().isEmpty() ? "" : " " + o.breakdowns()) + " has two");
      }
    }
    CsvText csv = CsvText.open(out, options);
    List<String> header = new ArrayList<>(List.of(CsvColumn.INDICATOR.header(), CsvColumn.INDICATOR_NAME.header(),
        CsvColumn.KIND.header(), CsvColumn.UNIT.header(), CsvColumn.SECTOR.header(), CsvColumn.REGION.header(),
        CsvColumn.REGION_NAME.header()));
    List<io.github.zhibiao.model.Breakdown> breakdowns = List.copyOf(dataset.breakdowns().values());
    for (io.github.zhibiao.model.Breakdown b : breakdowns) {
      header.add(BreakdownColumn.header(b));
    }
    for (Period p : periods) {
      header.add(p.toString());
    }
    csv.row(header.toArray(new String[0]));
    for (Map<Period, Observation> row : rows.values()) {
      Observation first = row.values().iterator().next();
      Indicator ind = first.indicator();
      Region region = first.region();
      List<String> r = new ArrayList<>(List.of(ind.code(), ind.name(), ind.kind().name(), ind.unit().label(),
          ind.sector().map(Object::toString).orElse(""), region.code(), region.name()));
      for (io.github.zhibiao.model.Breakdown b : breakdowns) {
        r.add(first.breakdowns().category(b.code()).map(c -> BreakdownColumn.cell(b, c)).orElse(""));
      }
      for (Period p : periods) {
        Observation o = row.get(p);
        r.add(o == null ? "" : cell(o.value().to(ind.unit())));
      }
      csv.row(r.toArray(new String[0]));
    }
    csv.flush();
  }

  /** The value with its qualifier word where it stands (超800, 800余, 800以上), without the unit. */
  private static String cell(Quantity q) {
    String number = q.value().toPlainString();
    String w = q.qualifierWord();
    if (w.isEmpty()) {
      return number;
    }
    return io.github.zhibiao.unit.Qualifier.placement(w) == io.github.zhibiao.unit.Qualifier.Placement.BEFORE
        ? w + number : number + w;
  }
}
