package io.github.zhibiao.csv;

import io.github.zhibiao.spi.WriteOptions;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Writing CSV text: RFC 4180 quoting, CRLF line ends, an optional UTF-8 byte-order mark. A field
 * the charset cannot encode (an unpaired surrogate, which no charset encodes; 🐄 in GBK) is refused
 * with an {@link IllegalArgumentException} instead of becoming {@code ?}.
 */
final class CsvText {
  private final Writer out;
  private final char delimiter;
  private final Charset charset;
  /** The encoder of a charset that cannot encode every character, else null. */
  private final CharsetEncoder partial;

  private CsvText(Writer out, char delimiter, Charset charset) {
    this.out = out;
    this.delimiter = delimiter;
    this.charset = charset;
    boolean unicode = charset.equals(StandardCharsets.UTF_8) || charset.name().startsWith("UTF-")
        || charset.equals(CsvInput.GB18030);
    this.partial = unicode ? null : charset.newEncoder();
  }

  static CsvText open(OutputStream stream, WriteOptions options) throws IOException {
    if (options.bom() && options.charset().equals(StandardCharsets.UTF_8)) {
      stream.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    }
    Writer w = new BufferedWriter(new OutputStreamWriter(stream, options.charset()), 1 << 16);
    return new CsvText(w, options.delimiter(), options.charset());
  }

  /** Writes one row; a field the charset cannot encode is refused before any of the row is written. */
  void row(String... fields) throws IOException {
    for (String f : fields) {
      check(f);
    }
    for (int i = 0; i < fields.length; i++) {
      if (i > 0) {
        out.write(delimiter);
      }
      field(fields[i]);
    }
    out.write("\r\n");
  }

  private void check(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
          i++;
        } else {
          throw new IllegalArgumentException("the text '" + s.replace(c, '\uFFFD') + "' has an unpaired surrogate (U+"
              + Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT) + ") at index " + i + ", which "
              + charset.name() + " cannot encode; CSV would write it as '?'");
        }
      }
    }
    if (partial != null && !partial.canEncode(s)) {
      throw new IllegalArgumentException("the text '" + s + "' has characters that " + charset.name()
          + " cannot encode; CSV would write them as '?': write UTF-8 or GB18030");
    }
  }

  private void field(String s) throws IOException {
    boolean quote = false;
    for (int i = 0; i < s.length() && !quote; i++) {
      char c = s.charAt(i);
      quote = c == delimiter || c == '"' || c == '\n' || c == '\r' || c == '\uFEFF';
    }
    if (!quote && !s.isEmpty() && (Character.isWhitespace(s.charAt(0)) || Character.isWhitespace(s.charAt(s.length() - 1)))) {
      quote = true;
    }
    if (!quote) {
      out.write(s);
      return;
    }
    out.write('"');
    out.write(s.replace("\"", "\"\""));
    out.write('"');
  }

  void flush() throws IOException {
    out.flush();
  }
}
