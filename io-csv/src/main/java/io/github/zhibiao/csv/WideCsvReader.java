package io.github.zhibiao.csv;

import io.github.zhibiao.csv.internal.CsvRows;
import io.github.zhibiao.model.Observation;
import io.github.zhibiao.model.Period;
import io.github.zhibiao.spi.AbstractObservationCursor;
import io.github.zhibiao.spi.DatasetReadException;
import io.github.zhibiao.spi.DatasetReader;
import io.github.zhibiao.spi.ObservationCursor;
import io.github.zhibiao.spi.Problem;
import io.github.zhibiao.spi.ObservationBinder;
import io.github.zhibiao.spi.ObservationBinder.Field;
import io.github.zhibiao.spi.ReadOptions;
import io.github.zhibiao.spi.TextCharsets;
import io.github.zhibiao.unit.UnitPolicy;
import java.io.InputStream;
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
    CsvRows rows = input.rows(source);
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
    private final BreakdownColumn[] breakdowns; // non-null for a breakdown column
    private final int[] index = new int[CsvColumn.values().length];
    private final ObservationBinder binder;
    private final List<Object> pending = new ArrayList<>(); // Observation or DatasetReadException, per cell
    private int next;
    private boolean derivedCodes;

    Cursor(String source, ReadOptions options, CsvRows rows, String[] header) {
      super(source, options);
      this.rows = rows;
      this.header = header;
      this.fixed = new CsvColumn[header.length];
      this.periods = new Period[header.length];
      this.breakdowns = new BreakdownColumn[header.length];
      this.binder = ObservationBinder.of(source, options, UnitPolicy.STRICT);
      java.util.Arrays.fill(index, -1);
      Set<String> seen = new java.util.HashSet<>();
      for (int i = 0; i < header.length; i++) {
        String h = i == 0 ? TextCharsets.withoutBom(header[i]) : header[i];
        if (!seen.add(h.strip())) {
          throw new DatasetReadException(Problem.of(source, "column '" + h + "' appears twice").atLine(1).withText(h));
        }
        var bc = BreakdownColumn.of(h);
        if (bc.isPresent()) {
          breakdowns[i] = bc.get();
          continue;
        }
        var c = CsvColumn.byHeader(h).filter(FIXED::contains);
        if (c.isPresent()) {
          fixed[i] = c.get();
          index[c.get().ordinal()] = i;
          continue;
        }
        try {
          periods[i] = ObservationBinder.readPeriod(h.strip());
        } catch (IllegalArgumentException e) {
          throw new DatasetReadException(Problem.of(source, "column is neither a wide-format column (indicator, "
              + "indicator_name, kind, unit, sector, region, region_name, indicator_english_name, indicator_description)"
              + " nor a period such as 2023 or 2023年1—11月")
              .atLine(1).withText(h));
        }
      }
      if (index[CsvColumn.INDICATOR.ordinal()] < 0 && index[CsvColumn.INDICATOR_NAME.ordinal()] >= 0) {
        derivedCodes = true; // 指标,单位,2021,2022: codes derived from the names
      }
      for (CsvColumn required : derivedCodes ? List.of(CsvColumn.UNIT) : List.of(CsvColumn.INDICATOR, CsvColumn.UNIT)) {
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

    @Override
    protected Observation readRecord() {
      while (next >= pending.size()) {
        pending.clear();
        next = 0;
        String[] row = nextRow();
        if (row == null) {
          return null;
        }
        expand(row);
      }
      Object o = pending.get(next++);
      if (o instanceof DatasetReadException e) {
        throw e;
      }
      return (Observation) o;
    }

    /**
     * One pending entry per non-empty period cell, each bound from the row's fixed fields, the
     * column's period and the cell; a fault in a fixed field gives one problem for the row.
     */
    private void expand(String[] row) {
      long line = rows.line();
      if (row.length != header.length) {
        pending.add(binder.begin(line).problemAt(null, null, "the row has " + row.length + " fields but the header has "
            + header.length));
        return;
      }
      for (int i = 0; i < row.length; i++) {
        if (periods[i] == null || row[i].isEmpty()) {
          continue;
        }
        ObservationBinder b = binder.begin(line);
        for (int k = 0; k < row.length; k++) {
          if (fixed[k] != null) {
            b.set(fixed[k].field(), row[k], fixed[k].header());
            if (fixed[k] == CsvColumn.UNIT) {
              b.set(Field.INDICATOR_UNIT, row[k], fixed[k].header()); // the wide format's unit is the indicator's
            }
          } else if (breakdowns[k] != null && !row[k].isEmpty()) {
            b.breakdown(breakdowns[k].code, breakdowns[k].label, breakdowns[k].englishLabel, BreakdownColumn.categoryCode(row[k]),
                BreakdownColumn.categoryLabel(row[k]), header[k].strip());
          }
        }
        if (derivedCodes) {
          int k = index[CsvColumn.INDICATOR_NAME.ordinal()];
          if (row[k].isBlank()) {
            pending.add(b.problemAt(header[k], null, "the indicator's name is missing; a table without an indicator "
                + "column derives each code from the name"));
            return;
          }
          b.set(Field.INDICATOR, io.github.zhibiao.model.Indicator.derivedCode(row[k]), header[k]);
        }
        b.set(Field.PERIOD, header[i].strip(), header[i]).set(Field.VALUE, row[i], header[i]);
        try {
          pending.add(b.bind());
        } catch (DatasetReadException e) {
          pending.add(e);
          if (!e.problem().field().map(header[i]::equals).orElse(false)) {
            return; // the row's own fields are at fault: one problem for the row
          }
        }
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
