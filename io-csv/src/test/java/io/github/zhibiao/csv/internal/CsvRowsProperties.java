package io.github.zhibiao.csv.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.zhibiao.spi.DatasetReadException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * The row tokenizer reads what Jackson CSV reads (an independent implementation of the same
 * rules), on texts made of the characters that matter: delimiters, quotes, CR, LF, and text; and
 * in UTF-8, GB18030 and UTF-16 (re-encoded), and through a stream that hands out one byte at a time, so that every field and line break
 * also crosses a buffer's end.
 */
class CsvRowsProperties {
  private static final Charset GB18030 = Charset.forName("GB18030");
  private static final String[] PIECES = {"a", "名", "1.5", " ", ",", ";", "\"", "\"\"", "\n", "\r\n", "\r", "\t", "x\"y"};

  /** A well-formed CSV text: rows of fields, each plain or quoted (with anything inside). */
  static Gen<String> texts(char delimiter) {
    Gen<String> plain = lists().of(integers().between(0, 3)).ofSizeBetween(0, 4).map(ps -> {
      StringBuilder b = new StringBuilder();
      ps.forEach(p -> b.append(new String[] {"a", "名", "1.5", " "}[p]));
      return b.toString();
    });
    Gen<String> quoted = lists().of(integers().between(0, PIECES.length - 1)).ofSizeBetween(0, 5).map(ps -> {
      StringBuilder b = new StringBuilder("\"");
      ps.forEach(p -> b.append(PIECES[p].equals("\"") || PIECES[p].equals("x\"y") ? PIECES[p].replace("\"", "\"\"") : PIECES[p]));
      return b.append('"').toString();
    });
    Gen<String> field = integers().between(0, 2).zip(plain, quoted, (k, p, q) -> k == 0 ? q : p);
    Gen<String> row = lists().of(field).ofSizeBetween(1, 5).map(fs -> String.join(String.valueOf(delimiter), fs));
    Gen<String> eol = integers().between(0, 2).map(k -> new String[] {"\n", "\r\n", "\r"}[k]);
    return lists().of(row.zip(eol, (r, e) -> r + e)).ofSizeBetween(1, 6).map(rs -> String.join("", rs));
  }

  @Test
  void readsWhatJacksonReads() {
    for (char delimiter : new char[] {',', ';', '\t'}) {
      qt().withExamples(600).forAll(texts(delimiter)).checkAssert(text -> {
        List<String[]> expected = jackson(text, delimiter);
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        assertRows(expected, ours(new ByteArrayInputStream(utf8), StandardCharsets.UTF_8, delimiter), text);
        assertRows(expected, ours(new OneByteStream(utf8), StandardCharsets.UTF_8, delimiter), text);
        assertRows(expected, ours(new ByteArrayInputStream(text.getBytes(GB18030)), GB18030, delimiter), text);
        assertRows(expected, ours(new OneByteStream(text.getBytes(StandardCharsets.UTF_16LE)), StandardCharsets.UTF_16LE,
            delimiter), text);
      });
    }
  }

  @Test
  void eachRowKnowsItsFirstLine() {
    CsvRows rows = rows("a,b\n\n\"x\ny\",z\r\nlast,\"\"\rend");
    long[] lines = new long[4];
    for (int i = 0; i < 4; i++) {
      rows.next();
      lines[i] = rows.line();
    }
    assertArrayEquals(new long[] {1, 3, 5, 6}, lines);
    assertNull(rows.next());
  }

  @Test
  void anUnclosedQuoteNamesTheLineItStartsOn() {
    CsvRows rows = rows("a,b\nc,\"open\nmore\n");
    rows.next();
    DatasetReadException e = assertThrows(DatasetReadException.class, rows::next);
    assertEquals(2L, e.problem().line().orElseThrow());
    assertTrue(e.getMessage().contains("not closed"), e::getMessage);
  }

  @Test
  void aTrailingDelimiterGivesAnEmptyLastFieldAndTextAfterAClosingQuoteStaysInTheField() {
    CsvRows rows = rows("a,\n\"q\"x,b");
    assertArrayEquals(new String[] {"a", ""}, rows.next());
    assertArrayEquals(new String[] {"qx", "b"}, rows.next());
  }

  private static void assertRows(List<String[]> expected, List<String[]> actual, String text) {
    assertEquals(expected.size(), actual.size(), () -> "rows of " + text.replace("\r", "\\r").replace("\n", "\\n"));
    for (int i = 0; i < expected.size(); i++) {
      assertArrayEquals(expected.get(i), actual.get(i), "row " + i + " of " + text.replace("\r", "\\r").replace("\n", "\\n"));
    }
  }

  private static CsvRows rows(String text) {
    return CsvRows.of("t.csv", new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
        StandardCharsets.UTF_8, ',');
  }

  private static List<String[]> ours(InputStream in, java.nio.charset.Charset charset, char delimiter) {
    List<String[]> out = new ArrayList<>();
    try (CsvRows rows = CsvRows.of("t.csv", in, charset, delimiter)) {
      for (String[] r = rows.next(); r != null; r = rows.next()) {
        out.add(r);
      }
    }
    return out;
  }

  /** Jackson's rows, with blank rows (no field, or one empty field) left out as CsvRows does. */
  private static List<String[]> jackson(String text, char delimiter) {
    List<String[]> out = new ArrayList<>();
    CsvMapper mapper = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();
    try (MappingIterator<String[]> it = mapper.readerFor(String[].class)
        .with(CsvSchema.emptySchema().withColumnSeparator(delimiter)).readValues(text)) {
      while (it.hasNextValue()) {
        String[] r = it.nextValue();
        if (!(r.length == 0 || r.length == 1 && r[0].isEmpty())) {
          out.add(r);
        }
      }
    }
    return out;
  }

  /** A stream that returns one byte per read. */
  private static final class OneByteStream extends InputStream {
    private final byte[] bytes;
    private int at;

    OneByteStream(byte[] bytes) {
      this.bytes = bytes;
    }

    @Override
    public int read() {
      return at < bytes.length ? bytes[at++] & 0xFF : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (at >= bytes.length) {
        return -1;
      }
      b[off] = bytes[at++];
      return 1;
    }
  }
}
