package io.github.zhibiao.csv;

import io.github.zhibiao.csv.internal.CsvRows;
import io.github.zhibiao.model.Indicator;
import io.github.zhibiao.model.Observation;
import io.github.zhibiao.model.Period;
import io.github.zhibiao.model.Region;
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
import io.github.zhibiao.unit.Qualifier;
import io.github.zhibiao.unit.Quantity;
import io.github.zhibiao.unit.Unit;
import java.io.InputStream;
import io.github.zhibiao.model.PeriodFormatException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.StringJoiner;

/** Reads the long format one row at a time. */
final class LongCsvReader implements DatasetReader {

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
      return new Cursor(source, options, rows, columns(source, header, options), header);
    } catch (RuntimeException e) {
      rows.close();
      throw e;
    }
  }

  /**
   * The column of each header position, null for a breakdown column ({@link BreakdownColumn});
   * unknown, duplicate and missing columns end the read.
   */
  static CsvColumn[] columns(String source, String[] header, ReadOptions options) {
    CsvColumn[] columns = new CsvColumn[header.length];
    Map<CsvColumn, Integer> seen = new EnumMap<>(CsvColumn.class);
    for (int i = 0; i < header.length; i++) {
      String h = i == 0 ? TextCharsets.withoutBom(header[i]) : header[i];
      if (BreakdownColumn.of(h).isPresent()) {
        continue; // a breakdown column: see BreakdownColumn
      }
      CsvColumn c = CsvColumn.byHeader(h).orElseThrow(() -> new DatasetReadException(Problem.of(source,
          "unknown column; expected one of " + known() + " (or their Chinese aliases)" + wideHint(h, header))
          .atLine(1).withText(h)));
      Integer before = seen.put(c, i);
      if (before != null) {
        throw new DatasetReadException(Problem.of(source, "column " + c.header() + " appears twice (columns "
            + (before + 1) + " and " + (i + 1) + ")").atLine(1).withText(h));
      }
      columns[i] = c;
    }
    for (CsvColumn c : CsvColumn.values()) {
      if (c.isRequired() && !seen.containsKey(c) && !(c == CsvColumn.REGION && options.defaultRegion().isPresent())) {
        throw new DatasetReadException(Problem.of(source, "missing required column " + c.header() + " ("
            + String.join(", ", c.aliases()) + "); the header has " + String.join(", ", header)).atLine(1));
      }
    }
    return columns;
  }

  /**
   * When an unknown column is a period (2021, 2023年1—11月), the header looks like a wide table: say
   * so, and how to read one.
   */
  private static String wideHint(String column, String[] header) {
    if (!isPeriod(column)) {
      return "";
    }
    List<String> periods = new ArrayList<>();
    for (String h : header) {
      if (isPeriod(h)) {
        periods.add(h.strip());
      }
    }
    return "; the header looks like a wide table, with periods as columns (" + String.join(", ", periods)
        + "): read it with the csv-wide format, DatasetFormats.installed().byId(\"csv-wide\"), which needs"
        + " the columns indicator and unit, and region unless ReadOptions.withDefaultRegion is set";
  }

  private static boolean isPeriod(String header) {
    try {
      Period.parse(header.strip());
      return true;
    } catch (PeriodFormatException e) {
      return false;
    }
  }

  private static String known() {
    StringJoiner j = new StringJoiner(", ");
    for (CsvColumn c : CsvColumn.values()) {
      j.add(c.header());
    }
    return j.toString();
  }

  private static final class Cursor extends AbstractObservationCursor {
    private final CsvRows rows;
    private final CsvColumn[] columns;
    private final BreakdownColumn[] breakdowns; // null where the column is not a breakdown
    private final String[] headers;
    private final int width;
    private final ObservationBinder binder;

    Cursor(String source, ReadOptions options, CsvRows rows, CsvColumn[] columns, String[] header) {
      super(source, options);
      this.rows = rows;
      this.columns = columns;
      this.width = columns.length;
      this.breakdowns = new BreakdownColumn[columns.length];
      this.headers = new String[columns.length];
      this.binder = ObservationBinder.of(source, options, UnitPolicy.STRICT);
      Set<String> seen = new java.util.HashSet<>();
      for (int i = 0; i < columns.length; i++) {
        headers[i] = header[i].strip();
        if (columns[i] == null) {
          breakdowns[i] = BreakdownColumn.of(header[i]).orElseThrow();
          if (!seen.add(breakdowns[i].code)) {
            throw new DatasetReadException(Problem.of(source, "breakdown " + breakdowns[i].code + " has two columns")
                .atLine(1).withText(header[i]));
          }
        }
      }
    }

    @Override
    protected Observation readRecord() {
      String[] row = nextRow();
      if (row == null) {
        return null;
      }
      if (row.length != width) {
        throw binder.begin(rows.line()).problemAt(null, null, "the row has " + row.length + " fields but the header has "
            + width + "; quote fields that contain the delimiter");
      }
      return map(row);
    }

    private Observation map(String[] row) {
      ObservationBinder b = binder.begin(rows.line());
      for (int c = 0; c < columns.length; c++) {
        if (columns[c] != null) {
          b.set(columns[c].field(), row[c], columns[c].header());
        } else if (!row[c].isEmpty()) {
          BreakdownColumn bc = breakdowns[c];
          b.breakdown(bc.code, bc.label, bc.englishLabel, BreakdownColumn.categoryCode(row[c]), BreakdownColumn.categoryLabel(row[c]),
              headers[c]);
        }
      }
      return b.bind();
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

  static List<String> headers() {
    List<String> h = new ArrayList<>();
    for (CsvColumn c : CsvColumn.values()) {
      h.add(c.header());
    }
    return h;
  }
}
