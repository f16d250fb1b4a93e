package io.github.zhibiao.csv.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;

/**
 * Bytes in any charset as UTF-8 bytes: decoded strictly (a malformed or unmappable byte is a
 * {@link java.nio.charset.CharacterCodingException} from {@link #read}), then encoded. Lets the
 * byte tokenizer of {@link CsvRows} read UTF-16 and other charsets whose bytes are not ASCII
 * where their characters are.
 *
 * <p><b>Internal: not API.</b> Exported only to {@code io.github.zhibiao.sdmx}; may change in any
 * release.
 */
public final class Utf8Transcoder extends InputStream {
  private final Reader reader;
  private final CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
      .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
  private final CharBuffer chars = CharBuffer.allocate(8192);
  private final ByteBuffer bytes = ByteBuffer.allocate(8192 * 3 + 16);
  private boolean eof;

  /**
   * The UTF-8 bytes of {@code in}.
   *
   * @param in the bytes in {@code charset}
   * @param charset their charset, decoded strictly
   */
  public Utf8Transcoder(InputStream in, Charset charset) {
    this.reader = new InputStreamReader(in, charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT));
    bytes.flip(); // empty, ready to be read
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    while (!bytes.hasRemaining()) {
      if (eof) {
        return -1;
      }
      refill();
    }
    int n = Math.min(len, bytes.remaining());
    bytes.get(b, off, n);
    return n;
  }

  private void refill() throws IOException {
    bytes.clear();
    int read = reader.read(chars);
    if (read < 0) {
      eof = true;
    }
    chars.flip();
    CoderResult r = encoder.encode(chars, bytes, eof);
    if (r.isError()) {
      r.throwException();
    }
    if (eof) {
      encoder.flush(bytes);
    }
    chars.compact(); // a high surrogate waiting for its pair stays
    bytes.flip();
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
