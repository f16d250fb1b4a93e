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
import io.github.zhibiao.unit.Qualifier;
import io.github.zhibiao.unit.Quantity;
import io.github.zhibiao.unit.Unit;
import java.io.InputStream;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;

/** Reads the long format one row at a time. */
final class LongCsvReader implements DatasetReader {

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
      return new Cursor(source, options, rows, columns(source, header, options));
    } catch (RuntimeException e) {
      rows.close();
      throw e;
    }
  }

  /** The column of each header position; unknown, duplicate and missing columns end the read. */
  static CsvColumn[] columns(String source, String[] header, ReadOptions options) {
    CsvColumn[] columns = new CsvColumn[header.length];
    Map<CsvColumn, Integer> seen = new EnumMap<>(CsvColumn.class);
    for (int i = 0; i < header.length; i++) {
      String h = i == 0 && header[i].startsWith("\uFEFF") ? header[i].substring(1) : header[i];
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
    } catch (DateTimeParseException e) {
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
    private final int[] index = new int[CsvColumn.values().length];
    private final int width;
    private final Fields fields;
    private final IndicatorDetails details = new IndicatorDetails();

    Cursor(String source, ReadOptions options, CsvRows rows, CsvColumn[] columns) {
      super(source, options);
      this.rows = rows;
      this.width = columns.length;
      java.util.Arrays.fill(index, -1);
      for (int i = 0; i < columns.length; i++) {
        index[columns[i].ordinal()] = i;
      }
      this.fields = new Fields(source, options);
    }

    private String get(String[] row, CsvColumn c) {
      int i = index[c.ordinal()];
      return i < 0 || i >= row.length ? "" : row[i];
    }

    @Override
    protected Observation readRecord() {
      String[] row = nextRow();
      if (row == null) {
        return null;
      }
      fields.line = rows.line();
      if (row.length != width) {
        throw fields.problem(null, null, "the row has " + row.length + " fields but the header has " + width
            + "; quote fields that contain the delimiter");
      }
      return map(row);
    }

    private Observation map(String[] row) {
      Fields f = fields;
      String code = get(row, CsvColumn.INDICATOR);
      if (code.isEmpty()) {
        throw f.problem(CsvColumn.INDICATOR.header(), null, "the indicator code is empty");
      }
      Quantity value = f.quantity(CsvColumn.VALUE.header(), get(row, CsvColumn.VALUE), CsvColumn.UNIT.header(),
          get(row, CsvColumn.UNIT), null);
      Qualifier q = f.qualifier(CsvColumn.QUALIFIER.header(), get(row, CsvColumn.QUALIFIER), value.qualifier());
      if (q != value.qualifier()) {
        value = value.withQualifier(q);
      }
      String unitText = get(row, CsvColumn.INDICATOR_UNIT);
      Unit indicatorUnit = unitText.isBlank() ? null : f.unit(CsvColumn.INDICATOR_UNIT.header(), unitText);
      Indicator indicator = details.of(f.indicator(code, get(row, CsvColumn.INDICATOR_NAME), get(row, CsvColumn.KIND),
          get(row, CsvColumn.SECTOR), indicatorUnit == null ? value.unit() : indicatorUnit, CsvColumn.KIND.header(),
          CsvColumn.SECTOR.header(), CsvColumn.INDICATOR_NAME.header()), indicatorUnit, CsvColumn.INDICATOR_UNIT.header(),
          get(row, CsvColumn.INDICATOR_ENGLISH_NAME), get(row, CsvColumn.INDICATOR_DESCRIPTION), f);
      Region region = f.region(CsvColumn.REGION.header(), get(row, CsvColumn.REGION), CsvColumn.REGION_NAME.header(),
          get(row, CsvColumn.REGION_NAME));
      Period period = f.period(CsvColumn.PERIOD.header(), get(row, CsvColumn.PERIOD));
      Observation.Builder b = Observation.builder().indicator(indicator).region(region).period(period).value(value)
          .status(f.status(CsvColumn.STATUS.header(), get(row, CsvColumn.STATUS)));
      String change = get(row, CsvColumn.CHANGE);
      String basis = get(row, CsvColumn.CHANGE_BASIS);
      if (!change.isEmpty()) {
        b.change(f.change(CsvColumn.CHANGE.header(), change, CsvColumn.CHANGE_BASIS.header(), basis));
      } else if (!basis.isEmpty()) {
        throw f.problem(CsvColumn.CHANGE_BASIS.header(), basis, "a change basis without a change; fill change or clear the basis");
      }
      String rank = get(row, CsvColumn.RANK);
      String scope = get(row, CsvColumn.RANK_SCOPE);
      if (!rank.isEmpty()) {
        b.ranking(f.ranking(CsvColumn.RANK.header(), rank, CsvColumn.RANK_SCOPE.header(), scope));
      } else if (!scope.isEmpty()) {
        throw f.problem(CsvColumn.RANK_SCOPE.header(), scope, "a ranking scope without a rank; fill rank or clear the scope");
      }
      String share = get(row, CsvColumn.SHARE);
      String whole = get(row, CsvColumn.SHARE_OF);
      if (!share.isEmpty()) {
        b.share(f.share(CsvColumn.SHARE.header(), share, CsvColumn.SHARE_OF.header(), whole));
      } else if (!whole.isEmpty()) {
        throw f.problem(CsvColumn.SHARE_OF.header(), whole, "the whole of a share without the share; fill share or clear share_of");
      }
      String plan = get(row, CsvColumn.PLAN_COMPLETION);
      if (!plan.isEmpty()) {
        b.planCompletion(f.parseQuantity(CsvColumn.PLAN_COMPLETION.header(), plan));
      }
      String note = get(row, CsvColumn.NOTE);
      if (!note.isBlank()) {
        b.note(note);
      }
      try {
        return b.build();
      } catch (IllegalArgumentException e) {
        throw f.problem(null, null, e.getMessage());
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

  static List<String> headers() {
    List<String> h = new ArrayList<>();
    for (CsvColumn c : CsvColumn.values()) {
      h.add(c.header());
    }
    return h;
  }
}
