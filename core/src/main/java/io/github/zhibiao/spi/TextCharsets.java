package io.github.zhibiao.spi;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The character set of Chinese text input, as the CSV readers and the command line detect it: a
 * UTF-8 or UTF-16 byte-order mark decides; else UTF-8 if the leading bytes decode as strict
 * UTF-8 (a multi-byte sequence cut at the end of a full window of {@value #HEAD_BYTES} bytes does
 * not count against it); else GB18030, which covers GBK and GB2312 as Excel and Chinese Windows
 * write them. Pure ASCII is UTF-8.
 *
 * <p>It is a heuristic, right for real documents: a very short GB18030 text can happen to be valid
 * UTF-8 (全 is {@code C8 AB} in GB18030, which UTF-8 reads as ȫ), while a few lines of Chinese in
 * GB18030 practically never are. Callers who know the charset should say so
 * ({@link ReadOptions#withCharset}).
 *
 * <pre>{@code
 * byte[] head = in.readNBytes(TextCharsets.HEAD_BYTES);
 * Charset charset = TextCharsets.detect(head);          // UTF-8 or GB18030 (or UTF-16 by its mark)
 * in.skipNBytes(TextCharsets.bomLength(head));          // the mark is not text
 * }</pre>
 */
public final class TextCharsets {
  /** How many leading bytes {@link #detect} looks at, at most: 64 KiB. */
  public static final int HEAD_BYTES = 1 << 16;

  /** GB18030, the Chinese national character set. */
  public static final Charset GB18030 = Charset.forName("GB18030");

  private TextCharsets() {}

  /**
   * The length of the byte-order mark that {@code head} begins with.
   *
   * @param head the leading bytes of the input; not null
   * @return 3 for the UTF-8 mark {@code EF BB BF}, 2 for a UTF-16 mark ({@code FE FF} or
   *     {@code FF FE}), else 0
   * @throws NullPointerException if {@code head} is null
   */
  public static int bomLength(byte[] head) {
    byte[] b = Objects.requireNonNull(head, "head");
    if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      return 3;
    }
    if (b.length >= 2 && ((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF || (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE)) {
      return 2;
    }
    return 0;
  }

  /**
   * The text without the byte-order mark it begins with, when it was decoded with the mark: a
   * leading U+FEFF is the mark, not a character of the data (a first CSV header, a prose text).
   *
   * @param text decoded text; not null
   * @return {@code text} without its first character when that is U+FEFF, else {@code text}
   * @throws NullPointerException if {@code text} is null
   */
  public static String withoutBom(String text) {
    return Objects.requireNonNull(text, "text").startsWith("\uFEFF") ? text.substring(1) : text;
  }

  /**
   * The character set of an input that begins with {@code head}.
   *
   * @param head the first bytes of the input, up to {@value #HEAD_BYTES} (more are looked at too,
   *     but a cut sequence is forgiven only at the end of exactly {@value #HEAD_BYTES}); not null
   * @return the mark's charset (UTF-8, UTF-16BE, UTF-16LE) when there is one; else UTF-8 when the
   *     bytes decode as UTF-8 (an empty head included); else {@link #GB18030}
   * @throws NullPointerException if {@code head} is null
   */
  public static Charset detect(byte[] head) {
    int bom = bomLength(head);
    if (bom == 3) {
      return StandardCharsets.UTF_8;
    }
    if (bom == 2) {
      return (head[0] & 0xFF) == 0xFE ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
    }
    int end = head.length;
    // Do not let a multi-byte sequence cut by the 64 KiB window count against UTF-8.
    if (end == HEAD_BYTES) {
      int i = end - 1;
      while (i > end - 4 && i > 0 && (head[i] & 0xC0) == 0x80) {
        i--;
      }
      end = i;
    }
    try {
      StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(head, 0, end));
      return StandardCharsets.UTF_8;
    } catch (CharacterCodingException e) {
      return GB18030;
    }
  }
}
