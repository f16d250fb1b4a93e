package io.github.zhibiao.csv;

import io.github.zhibiao.model.Indicator;
import io.github.zhibiao.model.Observation;
import io.github.zhibiao.model.Period;
import io.github.zhibiao.model.Region;
import io.github.zhibiao.spi.AbstractObservationCursor;
import io.github.zhibiao.spi.DatasetReadException;
import io.github.zhibiao.spi.DatasetReader;
import io.github.zhibiao.spi.ObservationCursor;
import io.github.zhibiao.spi.Problem;
import io.github.zhibiao.spi.ReadOptions;
import io.github.zhibiao.unit.Quantity;
import io.github.zhibiao.unit.Unit;
import java.io.InputStream;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Reads the wide format: one row an indicator and region, one column a period, one record a cell. */
final class WideCsvReader implements DatasetReader {
  static final Set<CsvColumn> FIXED = EnumSet.of(CsvColumn.INDICATOR, CsvColumn.INDICATOR_NAME, CsvColumn.KIND,
      CsvColumn.UNIT, CsvColumn.SECTOR, CsvColumn.REGION, CsvColumn.REGION_NAME, CsvColumn.INDICATOR_ENGLISH_NAME,
      CsvColumn.INDICATOR_DESCRIPTION);

  @Override
  public ObservationCursor open(InputStream in, String source, ReadOptions options) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(options, "options");
    CsvInput input = CsvInput.open(in, source, options);
    CsvRows rows = new CsvRows(source, input.reader, input.delimiter);
    try {
      String[] header = rows.next();
      if (header == null) {
        throw new DatasetReadException(Problem.of(source, "the input is empty; expected a header row"));
      }
      return new Cursor(source, options, rows, header);
    } catch (RuntimeException e) {
      rows.close();
      throw e;
    }
  }

  private static final class Cursor extends AbstractObservationCursor {
    private final CsvRows rows;
    private final String[] header;
    private final CsvColumn[] fixed; // null for a period column
    private final Period[] periods; // null for a fixed column
    private final int[] index = new int[CsvColumn.values().length];
    private final Fields fields;
    private final IndicatorDetails details = new IndicatorDetails();
    private final List<Object> pending = new ArrayList<>(); // Observation or DatasetReadException, per cell
    private int next;

    Cursor(String source, ReadOptions options, CsvRows rows, String[] header) {
      super(source, options);
      this.rows = rows;
      this.header = header;
      this.fixed = new CsvColumn[header.length];
      this.periods = new Period[header.length];
      this.fields = new Fields(source, options);
      java.util.Arrays.fill(index, -1);
      Set<String> seen = new java.util.HashSet<>();
      for (int i = 0; i < header.length; i++) {
        String h = i == 0 && header[i].startsWith("\uFEFF") ? header[i].substring(1) : header[i];
        if (!seen.add(h.strip())) {
          throw new DatasetReadException(Problem.of(source, "column '" + h + "' appears twice").atLine(1).withText(h));
        }
        var c = CsvColumn.byHeader(h).filter(FIXED::contains);
        if (c.isPresent()) {
          fixed[i] = c.get();
          index[c.get().ordinal()] = i;
          continue;
        }
        try {
          periods[i] = Period.parse(h.strip());
        } catch (DateTimeParseException e) {
          throw new DatasetReadException(Problem.of(source, "column is neither a wide-format column (indicator, "
              + "indicator_name, kind, unit, sector, region, region_name, indicator_english_name, indicator_description)"
              + " nor a period such as 2023 or 2023年1—11月")
              .atLine(1).withText(h));
        }
      }
      for (CsvColumn required : List.of(CsvColumn.INDICATOR, CsvColumn.UNIT)) {
        if (index[required.ordinal()] < 0) {
          throw new DatasetReadException(Problem.of(source, "missing required column " + required.header() + " ("
              + String.join(", ", required.aliases()) + ")").atLine(1));
        }
      }
      if (index[CsvColumn.REGION.ordinal()] < 0 && options.defaultRegion().isEmpty()) {
        throw new DatasetReadException(Problem.of(source, "missing column region (地区代码); add it, or read with "
            + "ReadOptions.withDefaultRegion").atLine(1));
      }
    }

    private String get(String[] row, CsvColumn c) {
      int i = index[c.ordinal()];
      return i < 0 || i >= row.length ? "" : row[i];
    }

    @Override
    protected Observation readRecord() {
      while (next >= pending.size()) {
        pending.clear();
        next = 0;
        String[] row = nextRow();
        if (row == null) {
          return null;
        }
        fields.line = rows.line();
        expand(row);
      }
      Object o = pending.get(next++);
      if (o instanceof DatasetReadException e) {
        throw e;
      }
      return (Observation) o;
    }

    /** One pending entry per non-empty period cell; a bad row gives one problem. */
    private void expand(String[] row) {
      Fields f = fields;
      try {
        if (row.length != header.length) {
          throw f.problem(null, null, "the row has " + row.length + " fields but the header has " + header.length);
        }
        String code = get(row, CsvColumn.INDICATOR);
        if (code.isEmpty()) {
          throw f.problem(CsvColumn.INDICATOR.header(), null, "the indicator code is empty");
        }
        Unit unit = f.unit(CsvColumn.UNIT.header(), get(row, CsvColumn.UNIT));
        Indicator indicator = details.of(f.indicator(code, get(row, CsvColumn.INDICATOR_NAME), get(row, CsvColumn.KIND),
            get(row, CsvColumn.SECTOR), unit, CsvColumn.KIND.header(), CsvColumn.SECTOR.header(),
            CsvColumn.INDICATOR_NAME.header()), unit, CsvColumn.UNIT.header(), get(row, CsvColumn.INDICATOR_ENGLISH_NAME),
            get(row, CsvColumn.INDICATOR_DESCRIPTION), f);
        Region region = f.region(CsvColumn.REGION.header(), get(row, CsvColumn.REGION),
            CsvColumn.REGION_NAME.header(), get(row, CsvColumn.REGION_NAME));
        for (int i = 0; i < row.length; i++) {
          if (periods[i] == null || row[i].isEmpty()) {
            continue;
          }
          try {
            Quantity q = f.quantity(header[i], row[i], CsvColumn.UNIT.header(), "", unit);
            pending.add(Observation.of(indicator, region, periods[i], q));
          } catch (DatasetReadException e) {
            pending.add(e);
          } catch (IllegalArgumentException e) {
            pending.add(f.problem(header[i], row[i], e.getMessage()));
          }
        }
      } catch (DatasetReadException e) {
        pending.add(e);
      }
    }

    /** The next row; malformed CSV ends the read in either mode. */
    private String[] nextRow() {
      try {
        return rows.next();
      } catch (DatasetReadException e) {
        throw fatal(e.problem());
      }
    }

    @Override
    public void close() {
      rows.close();
    }
  }
}
