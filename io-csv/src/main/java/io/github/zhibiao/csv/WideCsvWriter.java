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
 * Writes the wide format: one row per indicator, region and breakdowns in order of first
 * appearance, one column per period in period order. Each cell holds the level in the indicator's
 * unit, converted exactly (1吨 of an indicator in 万吨 is 0.0001), with its qualifier word where it
 * stands (超800, 800余); status, change, ranking, share, plan completion and note are not written
 * (the format holds levels). The indicators' English names and descriptions are written, in two
 * columns that are there only when an indicator has one; breakdowns in {@link BreakdownColumn}
 * columns.
 *
 * @throws IllegalArgumentException (from write) when two observations share indicator, region and
 *     period, when a level's conversion to its indicator's unit does not terminate (1亩 in 公顷 is
 *     0.0666…, which a cell could only hold rounded), for a region CSV cannot carry ({@link
 *     CsvRegions}), and for a text the charset cannot encode
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
    CsvRegions.check(dataset.observations());
    Map<Observation, String> cells = new java.util.IdentityHashMap<>();
    for (Observation o : dataset.observations()) {
      cells.put(o, cell(o));
    }
    // the English name and description columns only when an indicator has one, so the usual table keeps its shape
    boolean details = dataset.observations().stream().map(Observation::indicator)
        .anyMatch(i -> i.englishName().isPresent() || i.description().isPresent());
    CsvText csv = CsvText.open(out, options);
    List<String> header = new ArrayList<>(List.of(CsvColumn.INDICATOR.header(), CsvColumn.INDICATOR_NAME.header(),
        CsvColumn.KIND.header(), CsvColumn.UNIT.header(), CsvColumn.SECTOR.header(), CsvColumn.REGION.header(),
        CsvColumn.REGION_NAME.header()));
    if (details) {
      header.addAll(List.of(CsvColumn.INDICATOR_ENGLISH_NAME.header(), CsvColumn.INDICATOR_DESCRIPTION.header()));
    }
    List<io.github.zhibiao.model.Breakdown> breakdowns = List.copyOf(dataset.breakdowns().values());
    for (io.github.zhibiao.model.Breakdown b : breakdowns) {
      header.add(BreakdownColumn.header(b));
    }
    for (Period p : periods) {
      header.add(io.github.zhibiao.spi.ObservationBinder.periodText(p));
    }
    csv.row(header.toArray(new String[0]));
    for (Map<Period, Observation> row : rows.values()) {
      Observation first = row.values().iterator().next();
      Indicator ind = first.indicator();
      Region region = first.region();
      List<String> r = new ArrayList<>(List.of(ind.code(), ind.name(), ind.kind().name(), ind.unit().label(),
          ind.sector().map(Object::toString).orElse(""), region.code(), region.name()));
      if (details) {
        r.addAll(List.of(ind.englishName().orElse(""), ind.description().orElse("")));
      }
      for (io.github.zhibiao.model.Breakdown b : breakdowns) {
        r.add(first.breakdowns().category(b.code()).map(c -> BreakdownColumn.cell(b, c)).orElse(""));
      }
      for (Period p : periods) {
        Observation o = row.get(p);
        r.add(o == null ? "" : cells.get(o));
      }
      try {
        csv.row(r.toArray(new String[0]));
      } catch (IllegalArgumentException e) {
        csv.flush();
        throw new IllegalArgumentException("cannot write the row of " + ind.code() + " in " + region.code() + ": "
            + e.getMessage(), e);
      }
    }
    csv.flush();
  }

  /** The level in its indicator's unit with its qualifier word where it stands; refused when the conversion does not terminate. */
  private static String cell(Observation o) {
    Quantity q;
    try {
      q = o.value().to(o.indicator().unit(), java.math.MathContext.UNLIMITED);
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException("the wide format holds levels in their indicator's unit; "
          + o.value() + " (" + o.indicator().code() + ", " + o.region().code() + ", " + o.period() + ") is no"
          + " terminating decimal in " + o.indicator().unit().label() + " and would be rounded: write the long format,"
          + " which keeps each value's own unit", e);
    }
    return q.numberText();
  }
}
