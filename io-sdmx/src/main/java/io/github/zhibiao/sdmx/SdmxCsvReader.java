package io.github.zhibiao.sdmx;

import io.github.zhibiao.csv.internal.CsvRows;
import io.github.zhibiao.model.Observation;
import io.github.zhibiao.sdmx.SdmxRecord.Role;
import io.github.zhibiao.spi.AbstractObservationCursor;
import io.github.zhibiao.spi.DatasetReadException;
import io.github.zhibiao.spi.DatasetReader;
import io.github.zhibiao.spi.ObservationCursor;
import io.github.zhibiao.spi.Problem;
import io.github.zhibiao.spi.ReadOptions;
import io.github.zhibiao.spi.TextCharsets;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Reads SDMX-CSV 1.0 ({@code DATAFLOW} first) and 2.0/2.1 ({@code STRUCTURE}, {@code
 * STRUCTURE_ID}, optional {@code ACTION}) one row at a time, split by io-csv's byte tokenizer
 * ({@link CsvRows}, exported to this module alone): RFC 4180 quoting, LF, CRLF or CR, blank lines
 * skipped, only fields with non-ASCII bytes decoded (strictly).
 *
 * <p>Which columns are dimensions: the DSD says, and the file does not carry it. SDMX-CSV puts the
 * dimensions before the measure, so the columns before {@code OBS_VALUE} are dimensions and those
 * after it attributes, except the cross-domain attributes {@code UNIT_MULT}, {@code OBS_STATUS},
 * {@code OBS_CONF}, {@code OBS_PRE_BREAK}, {@code OBS_COM}, {@code COMMENT_OBS}, {@code
 * DECIMALS}, {@code TIME_FORMAT}, {@code TITLE}, {@code TITLE_TS}, {@code TITLE_COMPL}, {@code
 * COLLECTION}, {@code AVAILABILITY}, {@code BASE_PER}, {@code CONF_STATUS}, {@code UPDATED}
 * wherever they stand. {@code labels=both} ({@code FREQ: Frequency}, {@code A: Annual}) is read;
 * {@code SERIES_KEY} and {@code OBS_KEY} repeat the dimensions and are skipped.
 */
final class SdmxCsvReader implements DatasetReader {
  private static final java.util.Set<String> ATTRIBUTES = java.util.Set.of("UNIT_MULT", "OBS_STATUS", "OBS_CONF",
      "OBS_PRE_BREAK", "OBS_COM", "COMMENT_OBS", "DECIMALS", "TIME_FORMAT", "TITLE", "TITLE_TS", "TITLE_COMPL",
      "COLLECTION", "AVAILABILITY", "BASE_PER", "CONF_STATUS", "UPDATED");

  @Override
  public ObservationCursor open(InputStream in, String source, ReadOptions options) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(options, "options");
    BufferedInputStream buffered = new BufferedInputStream(in, 1 << 16);
    String head;
    Charset charset = options.charset().orElse(StandardCharsets.UTF_8);
    try {
      buffered.mark(1 << 16);
      byte[] bytes = buffered.readNBytes(4096);
      buffered.reset();
      if (TextCharsets.bomLength(bytes) == 3) {
        buffered.skipNBytes(3);
        head = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
      } else {
        head = new String(bytes, charset);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source + ": " + e.getMessage(), e);
    }
    if (head.isBlank()) {
      throw new DatasetReadException(Problem.of(source, "the input is empty; expected an SDMX-CSV header row "
          + "starting with DATAFLOW (SDMX-CSV 1.0) or STRUCTURE (2.0)"));
    }
    char delimiter = options.delimiter().orElseGet(() -> SdmxCsvFormat.delimiter(head));
    if (delimiter == 0) {
      throw new DatasetReadException(Problem.of(source, SdmxCsvFormat.notSdmxCsv(head)).atLine(1)
          .withText(firstLine(head)));
    }
    if (delimiter != ',' && delimiter != ';' && delimiter != '\t') {
      throw new IllegalArgumentException("the delimiter of SDMX-CSV must be ',', ';' or a tab, not '" + delimiter + "'");
    }
    Cursor c = new Cursor(source, options, CsvRows.of(source, buffered, charset, delimiter));
    try {
      c.header();
    } catch (RuntimeException e) {
      c.close();
      throw e;
    }
    return c;
  }

  private static String firstLine(String head) {
    int nl = head.indexOf('\n');
    String line = nl < 0 ? head : head.substring(0, nl);
    return line.length() > 200 ? line.substring(0, 200) + "…" : line.strip();
  }

  /** A column: its id (without labels or multi-value brackets), label, role. */
  private record Column(String id, String label, Role role, boolean labelled, String header) {}

  private static final class Cursor extends AbstractObservationCursor {
    private final CsvRows rows;
    private final SdmxRecord record;
    private Column[] columns;
    private int structureAt = -1;
    private int actionAt = -1;
    private boolean v2;
    private long line;
    private final Map<String, String[]> structures = new HashMap<>();

    Cursor(String source, ReadOptions options, CsvRows rows) {
      super(source, options);
      this.rows = rows;
      this.record = new SdmxRecord(source, options);
    }

    void header() {
      String[] h;
      try {
        h = rows.next();
      } catch (DatasetReadException e) {
        throw new DatasetReadException(csvProblem(e), e);
      }
      if (h == null) {
        throw new DatasetReadException(Problem.of(source(), "the input is empty; expected an SDMX-CSV header row"));
      }
      columns = new Column[h.length];
      boolean afterValue = false;
      boolean value = false;
      for (int i = 0; i < h.length; i++) {
        String header = h[i].strip();
        int colon = header.indexOf(':'); // an id has no colon: FREQ: Frequency, or FREQ:Frequency as BIS writes it
        String id = colon < 0 ? header : header.substring(0, colon).strip();
        String label = colon < 0 ? "" : header.substring(colon + 1).strip();
        int bracket = id.indexOf('[');
        if (bracket > 0 && id.endsWith("]")) {
          id = id.substring(0, bracket);
        }
        String upper = id.toUpperCase(Locale.ROOT);
        Role role;
        if (i == 0 && (upper.equals("DATAFLOW") || upper.equals("STRUCTURE"))) {
          v2 = upper.equals("STRUCTURE");
          structureAt = v2 ? -1 : 0;
          role = null;
        } else if (v2 && upper.equals("STRUCTURE_ID")) {
          structureAt = i;
          role = null;
        } else if (v2 && upper.equals("STRUCTURE_NAME")) {
          throw new DatasetReadException(Problem.of(source(), "SDMX-CSV with labels=name (a name column after each"
              + " component) is not supported; supported are labels=id and labels=both (CODE: Name)").atLine(1)
              .withText(header));
        } else if (v2 && upper.equals("ACTION")) {
          actionAt = i;
          role = null;
        } else if (upper.equals("SERIES_KEY") || upper.equals("OBS_KEY")) {
          role = null;
        } else {
          boolean dimension = !afterValue && !ATTRIBUTES.contains(upper);
          role = SdmxRecord.role(id, dimension);
          if (role == Role.VALUE) {
            if (value) {
              throw new DatasetReadException(Problem.of(source(), "OBS_VALUE appears twice").atLine(1).withText(header));
            }
            value = true;
            afterValue = true;
          }
        }
        columns[i] = new Column(id, label, role, colon >= 0, header);
      }
      if (structureAt < 0) {
        throw new DatasetReadException(Problem.of(source(), "the SDMX-CSV 2.0 header has no STRUCTURE_ID column; "
            + "expected STRUCTURE,STRUCTURE_ID,… as SDMX-CSV 2.0 begins").atLine(1));
      }
      if (!value) {
        throw new DatasetReadException(Problem.of(source(), "the header has no OBS_VALUE column; only the primary "
            + "measure OBS_VALUE is read (several measures are not supported); the header has "
            + String.join(",", h)).atLine(1));
      }
    }

    @Override
    protected Observation readRecord() {
      while (true) {
        String[] row = nextRow();
        if (row == null) {
          return null;
        }
        if (row.length != columns.length) {
          throw record.begin(line).binder().problemAt(null, null, "the row has " + row.length
              + " fields but the header has " + columns.length + "; quote fields that contain the delimiter");
        }
        Observation o = map(row);
        if (o != null) {
          return o;
        }
      }
    }

    private Observation map(String[] row) {
      SdmxRecord r = record.begin(line);
      if (actionAt >= 0) {
        String action = row[actionAt].strip();
        if (action.equalsIgnoreCase("D")) {
          throw r.binder().problemAt(columns[actionAt].header, action, "a Delete row (ACTION D) deletes data and holds"
              + " no observation; supported actions are I (information), A (append), M (merge) and R (replace)");
        }
        if (!action.isEmpty() && !action.equalsIgnoreCase("I") && !action.equalsIgnoreCase("A")
            && !action.equalsIgnoreCase("M") && !action.equalsIgnoreCase("R")) {
          throw r.binder().problemAt(columns[actionAt].header, action, "unknown ACTION; expected I, A, M, R or D");
        }
      }
      String[] flow = structure(row[structureAt], columns[structureAt]);
      r.indicator(flow[0], flow[1], columns[structureAt].header);
      for (int i = 0; i < columns.length; i++) {
        Column c = columns[i];
        if (c.role == null) {
          continue;
        }
        String cell = row[i];
        String code = cell;
        String codeLabel = "";
        if (c.labelled && c.role != Role.VALUE) {
          int colon = cell.indexOf(": ");
          if (colon >= 0) {
            code = cell.substring(0, colon);
            codeLabel = cell.substring(colon + 2).strip();
          }
        }
        if (c.role == Role.BREAKDOWN && code.isEmpty()) {
          continue;
        }
        r.component(c.role, c.id, c.label, SdmxRecord.trim(code), codeLabel, c.header);
      }
      return r.bind();
    }

    /** Indicator code and name of a structure reference, AGENCY:ID(VERSION) with an optional ": Name". */
    private String[] structure(String text, Column column) {
      String[] known = structures.get(text);
      if (known != null) {
        return known;
      }
      String ref = text.strip();
      String name = "";
      int colon = ref.indexOf(": ");
      if (colon >= 0) {
        name = ref.substring(colon + 2).strip();
        ref = ref.substring(0, colon).strip();
      }
      String id = SdmxCsvFormat.structureId(ref);
      if (id == null) {
        throw record.binder().problemAt(column.header, text, "expected a structure reference AGENCY:ID(VERSION), "
            + "such as ECB:EXR(1.0)");
      }
      String[] r = {SdmxCsvFormat.indicatorCode(id), name.isEmpty() ? ref : name};
      if (structures.size() < 256) {
        structures.put(text, r);
      }
      return r;
    }

    private String[] nextRow() {
      try {
        String[] row = rows.next();
        line = rows.line();
        return row;
      } catch (DatasetReadException e) {
        throw fatal(csvProblem(e)); // the problem says all the tokenizer's exception does
      }
    }

    /** The tokenizer's problem (an unclosed quote, bytes that are not text), said for SDMX-CSV. */
    private static Problem csvProblem(DatasetReadException e) {
      Problem p = e.problem();
      String m = p.message();
      if (m.startsWith("bytes that are not valid text")) {
        return Problem.of(p.source(), m.substring(0, m.indexOf("; expected"))
            + "; SDMX-CSV is UTF-8 (choose another charset with ReadOptions.withCharset)").atLine(p.line().orElse(1L));
      }
      return Problem.of(p.source(), "malformed CSV: " + m).atLine(p.line().orElse(1L));
    }

    @Override
    public void close() {
      rows.close();
    }
  }
}
