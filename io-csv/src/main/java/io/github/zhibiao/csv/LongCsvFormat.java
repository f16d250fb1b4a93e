package io.github.zhibiao.csv;

import io.github.zhibiao.spi.DatasetFormat;
import io.github.zhibiao.spi.DatasetReader;
import io.github.zhibiao.spi.DatasetWriter;
import java.util.List;
import java.util.Optional;

/**
 * The long CSV format: one observation a row, with the columns of {@link CsvColumn} (English
 * headers or their Chinese aliases). Id {@code csv}, extension {@code .csv}, rank 10.
 *
 * <p>Reading detects the character set (UTF-8 with or without a byte-order mark, UTF-16 with one,
 * else GB18030/GBK) and the delimiter (comma, tab or semicolon) unless the read options fix them,
 * and streams one row at a time. Fail-fast reads stop at the first bad row with a
 * {@link io.github.zhibiao.spi.DatasetReadException} that names the source, line, column, text
 * and what was expected; lenient reads skip bad rows and count them. A file with only a header is
 * an empty dataset; an empty file is an error.
 *
 * <p>Writing puts out every column, RFC 4180 quoting and CRLF line ends, UTF-8 by default
 * (with a byte-order mark on request, for Excel), and reads back into an equal dataset.
 */
public final class LongCsvFormat implements DatasetFormat {
  private static final DatasetReader READER = new LongCsvReader();
  private static final DatasetWriter WRITER = new LongCsvWriter();

  /** The format; ServiceLoader needs this public constructor. */
  public LongCsvFormat() {}

  @Override
  public String id() {
    return "csv";
  }

  @Override
  public String name() {
    return "zhibiao long CSV (one observation a row)";
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
    return 10;
  }

  /** Whether the first line is a long-format header: known columns, among them indicator and value. */
  @Override
  public boolean canRead(byte[] head) {
    String line = CsvInput.headerLine(head);
    if (line == null) {
      return false;
    }
    char d = CsvInput.detectDelimiter(line);
    boolean indicator = false;
    boolean value = false;
    for (String h : line.split(String.valueOf(d), -1)) {
      String name = h.strip();
      if (name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"")) {
        name = name.substring(1, name.length() - 1);
      }
      var c = CsvColumn.byHeader(name);
      if (c.isEmpty()) {
        return false;
      }
      indicator |= c.get() == CsvColumn.INDICATOR;
      value |= c.get() == CsvColumn.VALUE;
    }
    return indicator && value;
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
