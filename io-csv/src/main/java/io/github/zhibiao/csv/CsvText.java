package io.github.zhibiao.csv;

import io.github.zhibiao.spi.WriteOptions;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/** Writing CSV text: RFC 4180 quoting, CRLF line ends, an optional UTF-8 byte-order mark. */
final class CsvText {
  private final Writer out;
  private final char delimiter;

  private CsvText(Writer out, char delimiter) {
    this.out = out;
    this.delimiter = delimiter;
  }

  static CsvText open(OutputStream stream, WriteOptions options) throws IOException {
    if (options.bom() && options.charset().equals(StandardCharsets.UTF_8)) {
      stream.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    }
    Writer w = new BufferedWriter(new OutputStreamWriter(stream, options.charset()), 1 << 16);
    return new CsvText(w, options.delimiter());
  }

  void row(String... fields) throws IOException {
    for (int i = 0; i < fields.length; i++) {
      if (i > 0) {
        out.write(delimiter);
      }
      field(fields[i]);
    }
    out.write("\r\n");
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
