package io.github.zhibiao.csv;

import io.github.zhibiao.spi.DatasetReadException;
import io.github.zhibiao.spi.Problem;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Rows of a CSV text as {@code String[]}, read by Jackson 3 CSV, with the line each row starts
 * on. Blank lines are skipped. Malformed CSV (an unclosed quote) and undecodable bytes end the
 * read with a {@link DatasetReadException} naming the line.
 */
final class CsvRows implements Closeable {
  private static final CsvMapper MAPPER = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();

  private final String source;
  private final Reader reader;
  private final MappingIterator<String[]> rows;
  private long line;

  CsvRows(String source, Reader reader, char delimiter) {
    this.source = source;
    this.reader = reader;
    CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(delimiter);
    try {
      this.rows = MAPPER.readerFor(String[].class).with(schema).readValues(reader);
    } catch (JacksonException e) {
      throw failure(e, 1);
    }
  }

  /** The next non-blank row, or null at the end. */
  String[] next() {
    try {
      while (rows.hasNextValue()) {
        line = rows.parser().currentLocation().getLineNr();
        String[] row = rows.nextValue();
        if (row.length == 0 || row.length == 1 && row[0].isEmpty()) {
          continue;
        }
        return row;
      }
      return null;
    } catch (JacksonException e) {
      throw failure(e, Math.max(line, 1));
    }
  }

  /** The line the last row returned by {@link #next()} starts on (1-based). */
  long line() {
    return line;
  }

  private DatasetReadException failure(JacksonException e, long fallbackLine) {
    long at = e.getLocation() != null && e.getLocation().getLineNr() > 0 ? e.getLocation().getLineNr() : fallbackLine;
    Throwable cause = e.getCause();
    if (cause instanceof CharacterCodingException) {
      return new DatasetReadException(Problem.of(source,
          "bytes that are not valid text in the detected or chosen character set, after line " + fallbackLine
              + "; expected UTF-8 or GB18030 text (choose the charset with ReadOptions.withCharset)"), e);
    }
    String message = e.getOriginalMessage();
    if (message != null && message.contains("closing quote")) {
      message = "a quoted field starting on line " + fallbackLine
          + " is not closed; expected a closing '\"' before the end of the input";
      at = fallbackLine;
    } else {
      message = "malformed CSV: " + message;
    }
    return new DatasetReadException(Problem.of(source, message).atLine(at), e);
  }

  @Override
  public void close() {
    try {
      rows.close();
    } catch (JacksonException e) {
      // closing after a failure: the failure is what matters
    }
    try {
      reader.close();
    } catch (IOException e) {
      // as above
    }
  }
}
