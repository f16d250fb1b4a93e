package io.github.zhibiao.csv.internal;

import io.github.zhibiao.spi.DatasetReadException;
import io.github.zhibiao.spi.Problem;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Rows of CSV bytes as {@code String[]}, with the line each row starts on, as RFC 4180 reads
 * them: fields split at the delimiter; a field that starts with {@code "} is quoted, may hold the
 * delimiter and line breaks, and writes a quote as {@code ""}; text after a closing quote up to the
 * delimiter belongs to the field; a quote inside an unquoted field is a plain character. Lines end
 * at LF, CRLF or CR. Blank lines (and a line holding only {@code ""}) are skipped. Malformed CSV (an
 * unclosed quote) and bytes that are not valid in the charset end the read with a {@link
 * DatasetReadException} naming the line.
 *
 * <p>The tokenizer works on bytes: the delimiters (',', ';', tab), the quote and CR and LF are
 * ASCII bytes that never occur inside a multi-byte character of UTF-8 or GB18030 (whose trail bytes
 * are 0x30 and above), so a field's bytes are found without decoding, and only a field with a byte
 * above 0x7F is decoded, strictly. Any other charset (UTF-16) is first re-encoded as UTF-8
 * ({@link #of}). It does no more than this class promises, which makes it about twice as fast as a
 * general CSV library's row mapping, and io-csv needs no dependency beyond core.
 *
 * <p><b>Internal: not API.</b> The package is exported only to {@code io.github.zhibiao.sdmx}
 * (a qualified export), so that the SDMX-CSV reader splits rows with this tokenizer rather than
 * with a second CSV parser; it may change in any release. Not thread-safe: one reader, one thread.
 */
public final class CsvRows implements Closeable {
  private static final int BUFFER = 1 << 16;

  private final String source;
  private final InputStream in;
  private final byte delimiter;
  private final Charset charset;
  private final boolean utf8;
  private final CharsetDecoder decoder; // null for UTF-8, which is checked by wellFormedUtf8
  private final byte[] buf = new byte[BUFFER];
  private int pos;
  private int end;
  private boolean eof;
  /** The line the byte at {@link #pos} is on. */
  private long lineAt = 1;
  /** The line the last row started on. */
  private long line;
  private String[] fields = new String[32];
  private ColumnCache[] caches = new ColumnCache[32];
  /** The bytes of a field that spans buffers or is quoted. */
  private byte[] field = new byte[256];
  private int fieldLength;

  private CsvRows(String source, InputStream in, Charset charset, char delimiter) {
    this.source = source;
    this.in = in;
    this.charset = charset;
    this.utf8 = charset.equals(StandardCharsets.UTF_8);
    this.decoder = utf8 ? null : charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    if (delimiter != ',' && delimiter != ';' && delimiter != '\t') {
      throw new IllegalArgumentException("delimiter must be ',', ';' or a tab");
    }
    this.delimiter = (byte) delimiter;
  }

  /**
   * Rows of {@code in}, text in {@code charset} (any byte-order mark already skipped).
   *
   * @param source the input's name, for problems
   * @param in the bytes
   * @param charset their charset; UTF-8, US-ASCII, ISO-8859-1 and the GB family are tokenized as
   *     they are, any other is re-encoded as UTF-8 first
   * @param delimiter ',', ';' or a tab
   * @return the rows
   * @throws IllegalArgumentException if the delimiter is none of ',', ';' and tab
   */
  public static CsvRows of(String source, InputStream in, Charset charset, char delimiter) {
    if (tokenizesAsIs(charset)) {
      return new CsvRows(source, in, charset, delimiter);
    }
    return new CsvRows(source, new Utf8Transcoder(in, charset), StandardCharsets.UTF_8, delimiter);
  }

  /** Charsets in which the ASCII bytes below 0x30 stand only for themselves. */
  private static boolean tokenizesAsIs(Charset c) {
    String n = c.name();
    return c.equals(StandardCharsets.UTF_8) || c.equals(StandardCharsets.US_ASCII) || c.equals(StandardCharsets.ISO_8859_1)
        || n.equals("GB18030") || n.equals("GBK") || n.equals("GB2312");
  }

  /**
   * The next non-blank row.
   *
   * @return its fields, never null inside; null at the end of the input
   * @throws DatasetReadException for an unclosed quote or bytes that are not valid text, naming
   *     the line
   * @throws UncheckedIOException if the input cannot be read
   */
  public String[] next() {
    try {
      while (true) {
        if (pos >= end && !fill()) {
          return null;
        }
        byte c = buf[pos];
        if (c == '\n' || c == '\r') { // a blank line
          pos++;
          lineBreak(c);
          continue;
        }
        line = lineAt;
        String[] row = row();
        if (row.length == 1 && row[0].isEmpty()) { // a line of "" alone holds nothing either
          continue;
        }
        return row;
      }
    } catch (IOException e) {
      throw failure(e);
    }
  }

  /**
   * The line the last row returned by {@link #next()} starts on.
   *
   * @return the line, 1-based; 0 before the first row
   */
  public long line() {
    return line;
  }

  /** Reads one row from {@link #pos}, which holds its first byte. */
  private String[] row() throws IOException {
    int n = 0;
    while (true) {
      if (n == fields.length) {
        fields = Arrays.copyOf(fields, n * 2);
      }
      int ended = readField(n);
      n++;
      if (ended != delimiter) { // a line break or the end of the input
        return Arrays.copyOf(fields, n);
      }
    }
  }

  /**
   * Reads the field at {@link #pos} into {@code fields[n]} and consumes the byte that ends it;
   * returns that byte, or -1 at the end of the input.
   */
  private int readField(int n) throws IOException {
    if (pos >= end && !fill()) {
      fields[n] = "";
      return -1;
    }
    if (buf[pos] == '"') {
      pos++;
      return quoted(n);
    }
    int start = pos;
    boolean ascii = true;
    int hash = 0;
    while (true) {
      while (pos < end) {
        byte c = buf[pos];
        if (c == delimiter || c == '\n' || c == '\r') {
          fields[n] = fieldLength == 0 ? cached(n, start, pos - start, hash, ascii) : spanned(start, pos, ascii);
          pos++;
          if (c != delimiter) {
            lineBreak(c);
          }
          return c;
        }
        ascii &= c >= 0;
        hash = 31 * hash + c;
        pos++;
      }
      // the buffer ends inside the field: keep what was read and go on
      keep(buf, start, pos - start);
      if (!fill()) {
        fields[n] = spanned(0, 0, ascii);
        return -1;
      }
      start = pos;
    }
  }

  /**
   * The text of {@code buf[start, start + len)} in column {@code n}, the same instance as the last
   * time the column held these bytes. Most columns repeat a few texts (codes, names, units,
   * periods): these are then neither decoded nor allocated again, and the binder's lookups find
   * their hash already computed. A column whose texts rarely repeat (the values) stops being
   * cached after its first rows.
   */
  private String cached(int n, int start, int len, int hash, boolean ascii) throws CharacterCodingException {
    if (len == 0) {
      return "";
    }
    if (n >= caches.length) {
      caches = Arrays.copyOf(caches, Math.max(n + 1, caches.length * 2));
    }
    ColumnCache cache = caches[n];
    if (cache == null) {
      cache = caches[n] = new ColumnCache();
    }
    if (cache.off) {
      return text(buf, start, len, ascii);
    }
    int slot = hash & (ColumnCache.SLOTS - 1);
    byte[] key = cache.keys[slot];
    if (key != null && key.length == len && same(key, buf, start)) {
      cache.hits++;
      return cache.texts[slot];
    }
    String text = text(buf, start, len, ascii);
    cache.keys[slot] = Arrays.copyOfRange(buf, start, start + len);
    cache.texts[slot] = text;
    if (++cache.misses == ColumnCache.TRIAL && cache.hits < ColumnCache.TRIAL) {
      cache.off = true; // fewer hits than misses: the texts do not repeat
      cache.keys = null;
      cache.texts = null;
    }
    return text;
  }

  /**
   * Whether {@code b[start, start + key.length)} holds the bytes of {@code key}. A plain loop:
   * the texts are short (codes, periods, units), for which {@code Arrays.equals}' vectorized
   * mismatch costs more in its set-up than it saves (a quarter of an SDMX-CSV read's profile).
   */
  private static boolean same(byte[] key, byte[] b, int start) {
    for (int i = 0; i < key.length; i++) {
      if (key[i] != b[start + i]) {
        return false;
      }
    }
    return true;
  }

  /** The last texts of one column, by the hash of their bytes. */
  private static final class ColumnCache {
    static final int SLOTS = 256;
    static final int TRIAL = 512;
    byte[][] keys = new byte[SLOTS][];
    String[] texts = new String[SLOTS];
    int hits;
    int misses;
    boolean off;
  }

  /** The kept bytes and then {@code buf[start, stop)}, as text; clears what was kept. */
  private String spanned(int start, int stop, boolean ascii) throws CharacterCodingException {
    keep(buf, start, stop - start);
    String s = text(field, 0, fieldLength, ascii);
    fieldLength = 0;
    return s;
  }

  private void keep(byte[] from, int start, int length) {
    if (fieldLength + length > field.length) {
      field = Arrays.copyOf(field, Math.max(field.length * 2, fieldLength + length));
    }
    System.arraycopy(from, start, field, fieldLength, length);
    fieldLength += length;
  }

  private void keep(byte b) {
    if (fieldLength == field.length) {
      field = Arrays.copyOf(field, field.length * 2);
    }
    field[fieldLength++] = b;
  }

  /** A quoted field, its opening quote consumed. */
  private int quoted(int n) throws IOException {
    long startLine = lineAt;
    boolean ascii = true;
    while (true) {
      if (pos >= end && !fill()) {
        fieldLength = 0;
        throw new DatasetReadException(Problem.of(source, "a quoted field starting on line " + startLine
            + " is not closed; expected a closing '\"' before the end of the input").atLine(startLine));
      }
      byte c = buf[pos++];
      if (c == '"') {
        if (pos >= end && !fill()) {
          fields[n] = spanned(0, 0, ascii);
          return -1;
        }
        if (buf[pos] == '"') { // "" is a quote
          keep((byte) '"');
          pos++;
          continue;
        }
        return afterQuote(n, ascii);
      }
      if (c == '\n' || (c == '\r' && !followedByLf())) {
        lineAt++;
      }
      ascii &= c >= 0;
      keep(c);
    }
  }

  /** After a closing quote: text up to the delimiter or line break still belongs to the field. */
  private int afterQuote(int n, boolean asciiSoFar) throws IOException {
    boolean ascii = asciiSoFar;
    while (true) {
      if (pos >= end && !fill()) {
        fields[n] = spanned(0, 0, ascii);
        return -1;
      }
      byte c = buf[pos++];
      if (c == delimiter || c == '\n' || c == '\r') {
        fields[n] = spanned(0, 0, ascii);
        if (c != delimiter) {
          lineBreak(c);
        }
        return c;
      }
      ascii &= c >= 0;
      keep(c);
    }
  }

  /** Counts a line break whose first byte was consumed, taking the LF of a CRLF along. */
  private void lineBreak(byte c) throws IOException {
    lineAt++;
    if (c == '\r' && (pos < end || fill()) && buf[pos] == '\n') {
      pos++;
    }
  }

  /** Whether the byte at {@link #pos} is a LF (a CRLF inside a quoted field is one line break). */
  private boolean followedByLf() throws IOException {
    return (pos < end || fill()) && buf[pos] == '\n';
  }

  /** Refills the buffer; false at the end of the input. */
  private boolean fill() throws IOException {
    if (eof) {
      return false;
    }
    int read;
    do {
      read = in.read(buf, 0, buf.length);
    } while (read == 0);
    if (read < 0) {
      eof = true;
      pos = end = 0;
      return false;
    }
    pos = 0;
    end = read;
    return true;
  }

  /** The text of {@code b[off, off + len)}: ASCII copied, anything else decoded strictly. */
  private String text(byte[] b, int off, int len, boolean ascii) throws CharacterCodingException {
    if (len == 0) {
      return "";
    }
    if (ascii) {
      return new String(b, off, len, StandardCharsets.ISO_8859_1); // ASCII is its own Latin-1
    }
    if (utf8) {
      if (!wellFormedUtf8(b, off, len)) {
        throw new CharacterCodingException();
      }
      return new String(b, off, len, StandardCharsets.UTF_8);
    }
    return decoder.decode(ByteBuffer.wrap(b, off, len)).toString();
  }

  /**
   * Whether the bytes are well-formed UTF-8 (RFC 3629): no overlong forms, no surrogates, nothing
   * above U+10FFFF, no sequence cut short. The JDK's UTF-8 string constructor would turn such bytes
   * into U+FFFD silently.
   */
  private static boolean wellFormedUtf8(byte[] b, int off, int len) {
    int i = off;
    int stop = off + len;
    while (i < stop) {
      int c = b[i] & 0xFF;
      if (c < 0x80) {
        i++;
        continue;
      }
      int need;
      int min;
      if (c >= 0xC2 && c <= 0xDF) {
        need = 1;
        min = 0x80;
      } else if (c >= 0xE0 && c <= 0xEF) {
        need = 2;
        min = 0x800;
      } else if (c >= 0xF0 && c <= 0xF4) {
        need = 3;
        min = 0x10000;
      } else {
        return false;
      }
      if (i + need >= stop) {
        return false; // the sequence is cut short
      }
      int cp = c & (0x3F >> need);
      for (int k = 1; k <= need; k++) {
        int t = b[i + k] & 0xFF;
        if ((t & 0xC0) != 0x80) {
          return false;
        }
        cp = (cp << 6) | (t & 0x3F);
      }
      if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        return false;
      }
      i += need + 1;
    }
    return true;
  }

  private RuntimeException failure(IOException e) {
    if (e instanceof CharacterCodingException) {
      return new DatasetReadException(Problem.of(source,
          "bytes that are not valid text in the detected or chosen character set (" + charset.name() + "), in or after"
              + " the row on line " + Math.max(line, 1)
              + "; expected UTF-8 or GB18030 text (choose the charset with ReadOptions.withCharset)").atLine(Math.max(line, 1)), e);
    }
    return new UncheckedIOException("cannot read " + source, e);
  }

  /** Closes the input; a failure to close is ignored (a read that failed already said why). */
  @Override
  public void close() {
    try {
      in.close();
    } catch (IOException e) {
      // closing after a failure: the failure is what matters
    }
  }
}
