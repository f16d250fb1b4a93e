package io.github.zhibiao.csv;

import io.github.zhibiao.spi.DatasetFormat;
import io.github.zhibiao.spi.DatasetReader;
import io.github.zhibiao.spi.DatasetWriter;
import java.util.List;
import java.util.Optional;

/**
 * The wide CSV format of statistical tables: one row an indicator (and region), one column a
 * period — {@code indicator,indicator_name,kind,unit,sector,region,region_name,2021,2022,2023}.
 * Id {@code csv-wide}, extension {@code .csv}, rank 5 (below the long format); found by id or by
 * sniffing a header whose other columns are periods.
 *
 * <p>Fixed columns (English or Chinese headers, any order): indicator (指标代码; without it, each
 * row's code is derived from its indicator_name by {@link
 * io.github.zhibiao.model.Indicator#derivedCode}, so that a yearbook table {@code
 * 指标,单位,2021,2022,2023} reads with a default region),
 * indicator_name (指标), kind (类型), unit (单位, required), sector (行业), region (地区代码,
 * required unless {@link io.github.zhibiao.spi.ReadOptions#withDefaultRegion} is set) and
 * region_name (地区). Every other column must be a period that
 * {@link io.github.zhibiao.model.Period#parse} reads (2023, 2023-Q1, 2023年1—11月). Each non-empty
 * cell is one observation holding only its level (qualifier words such as 超 are kept); an empty
 * cell is no figure. Encodings and delimiters as for {@link LongCsvFormat}.
 *
 * <p>Writing puts each level in its indicator's unit; status, change, ranking, share, plan
 * completion and notes are not part of the wide format and are left out. The period columns are
 * in date order ({@link io.github.zhibiao.model.Period#compareTo}: by the day a period ends, then
 * the day it starts, the longer first — 2023-06-30, 2023-01/2023-11, 2023, 2023-12-31), whatever
 * order the observations come in; rows are in order of first appearance.
 */
public final class WideCsvFormat implements DatasetFormat {
  private static final DatasetReader READER = new WideCsvReader();
  private static final DatasetWriter WRITER = new WideCsvWriter();

  /** The format; ServiceLoader needs this public constructor. */
  public WideCsvFormat() {}

  @Override
  public String id() {
    return "csv-wide";
  }

  @Override
  public String name() {
    return "zhibiao wide CSV (periods as columns)";
  }

  @Override
  public String mediaType() {
    return "text/csv";
  }

  @Override
  public List<String> fileExtensions() {
    return List.of("csv");
  }

  @Override
  public int rank() {
    return 5;
  }

  /** Whether the first line is a wide-format header: indicator and unit, and period columns. */
  @Override
  public boolean canRead(byte[] head) {
    String line = CsvInput.headerLine(head);
    if (line == null) {
      return false;
    }
    char d = CsvInput.detectDelimiter(line);
    boolean indicator = false;
    boolean unit = false;
    int periods = 0;
    for (String h : line.split(String.valueOf(d), -1)) {
      String name = h.strip();
      if (name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"")) {
        name = name.substring(1, name.length() - 1);
      }
      var c = CsvColumn.byHeader(name).filter(WideCsvReader.FIXED::contains);
      if (c.isPresent()) {
        indicator |= c.get() == CsvColumn.INDICATOR || c.get() == CsvColumn.INDICATOR_NAME;
        unit |= c.get() == CsvColumn.UNIT;
        continue;
      }
      try {
        io.github.zhibiao.model.Period.parse(name);
        periods++;
      } catch (io.github.zhibiao.model.PeriodFormatException e) {
        return false;
      }
    }
    return indicator && unit && periods > 0;
  }

  @Override
  public Optional<DatasetReader> reader() {
    return Optional.of(READER);
  }

  @Override
  public Optional<DatasetWriter> writer() {
    return Optional.of(WRITER);
  }
}
