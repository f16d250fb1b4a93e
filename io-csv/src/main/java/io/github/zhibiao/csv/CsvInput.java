package io.github.zhibiao.csv;

import io.github.zhibiao.csv.internal.CsvRows;
import io.github.zhibiao.spi.DatasetReadException;
import io.github.zhibiao.spi.Problem;
import io.github.zhibiao.spi.ReadOptions;
import io.github.zhibiao.spi.TextCharsets;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Opens CSV bytes as text: detects the character set (a UTF-8 or UTF-16 byte-order mark; else
 * UTF-8 if the first 64 KiB decode as UTF-8; else GB18030, which covers GBK and GB2312 as Excel
 * writes them on Chinese Windows) and the delimiter (the most frequent of comma, tab and
 * semicolon outside quotes on the header line), unless the options fix them. Decoding is strict:
 * bytes that are not valid in the charset end the read with an error instead of becoming U+FFFD.
 */
final class CsvInput {
  private static final System.Logger LOG = System.getLogger(CsvInput.class.getName());
  static final int HEAD = TextCharsets.HEAD_BYTES;
  static final Charset GB18030 = TextCharsets.GB18030;

  final InputStream in;
  final Charset charset;
  final char delimiter;

  private CsvInput(InputStream in, Charset charset, char delimiter) {
    this.in = in;
    this.charset = charset;
    this.delimiter = delimiter;
  }

  /** The rows of this input. */
  CsvRows rows(String source) {
    return CsvRows.of(source, in, charset, delimiter);
  }

  static CsvInput open(InputStream raw, String source, ReadOptions options) {
    BufferedInputStream in = raw instanceof BufferedInputStream b ? b : new BufferedInputStream(raw, HEAD);
    try {
      in.mark(HEAD + 4);
      byte[] head = in.readNBytes(HEAD);
      in.reset();
      if (head.length == 0) {
        throw new DatasetReadException(Problem.of(source, "the input is empty; expected a header row"));
      }
      int bom = bomLength(head);
      Charset charset = options.charset().orElseGet(() -> detect(head));
      if (bom > 0 && options.charset().isEmpty()) {
        charset = bomCharset(head);
      }
      in.skipNBytes(bom > 0 && (charset.equals(bomCharset(head))) ? bom : 0);
      String text = decodeHead(head, bom, charset);
      char delimiter = options.delimiter().orElseGet(() -> detectDelimiter(text));
      Charset chosen = charset;
      LOG.log(System.Logger.Level.DEBUG, () -> source + ": charset " + chosen.name()
          + (options.charset().isPresent() ? " (given)" : bom > 0 ? " (byte-order mark)" : " (detected)")
          + ", delimiter " + (delimiter == '\t' ? "tab" : "'" + delimiter + "'")
          + (options.delimiter().isPresent() ? " (given)" : " (detected)"));
      return new CsvInput(in, charset, delimiter);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source + ": " + e.getMessage(), e);
    }
  }

  /** The header line of {@code head} (charset and BOM detected), or null if the bytes are empty. */
  static String headerLine(byte[] head) {
    if (head.length == 0) {
      return null;
    }
    int bom = bomLength(head);
    Charset charset = bom > 0 ? bomCharset(head) : detect(head);
    String text = decodeHead(head, bom, charset);
    int nl = text.indexOf('\n');
    String line = nl < 0 ? text : text.substring(0, nl);
    return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
  }

  static int bomLength(byte[] b) {
    return TextCharsets.bomLength(b);
  }

  private static Charset bomCharset(byte[] b) {
    if (bomLength(b) == 3) {
      return StandardCharsets.UTF_8;
    }
    return (b[0] & 0xFF) == 0xFE ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
  }

  /** Core's detection: UTF-8 when the head decodes as UTF-8, else GB18030 ({@link TextCharsets#detect}). */
  static Charset detect(byte[] head) {
    return TextCharsets.detect(head);
  }

  private static String decodeHead(byte[] head, int bom, Charset charset) {
    int from = charset.equals(StandardCharsets.UTF_8) || charset.name().startsWith("UTF-16") ? bom : 0;
    return charset.decode(ByteBuffer.wrap(head, from, head.length - from)).toString();
  }

  /** The most frequent of ',', '\t', ';' outside quotes on the first line; ',' when none occurs. */
  static char detectDelimiter(String text) {
    int comma = 0;
    int tab = 0;
    int semicolon = 0;
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && (c == '\n' || c == '\r')) {
        break;
      } else if (!quoted) {
        if (c == ',') {
          comma++;
        } else if (c == '\t') {
          tab++;
        } else if (c == ';') {
          semicolon++;
        }
      }
    }
    if (tab > comma && tab >= semicolon) {
      return '\t';
    }
    return semicolon > comma ? ';' : ',';
  }
}
