package io.github.zhibiao.text;

import io.github.zhibiao.spi.ReadProgress;
import java.util.function.Consumer;

/**
 * Follows one extraction for a listener, in {@link ReadProgress}'s terms: the records are the
 * sentences read (blank ones do not count), the bytes the UTF-8 length of the text read so far,
 * and the total the UTF-8 length of the whole text. It tells after a sentence when
 * {@value #SENTENCES} sentences or {@value #BYTES} bytes were read since it last told and text
 * remains, and once at the end ({@link #end()}), so the counts grow from one report to the next
 * and the last report is the only one marked done.
 */
final class ExtractionProgress {
  /** Sentences between two reports, at most. */
  static final int SENTENCES = 1000;
  /** Bytes of text (in UTF-8) between two reports, at most, or one sentence more. */
  static final int BYTES = 1 << 16;

  private final String text;
  private final String source;
  private final Consumer<ReadProgress> listener;
  private final long total;
  private int at; // the characters counted so far
  private long bytes;
  private long sentences;
  private long toldSentences;
  private long toldBytes;
  private boolean done;

  ExtractionProgress(String text, String source, Consumer<ReadProgress> listener) {
    this.text = text;
    this.source = source;
    this.listener = listener;
    this.total = utf8Length(text, 0, text.length());
  }

  /**
   * The reader has read the text up to {@code end} (exclusive), ending a sentence there or a
   * blank stretch.
   *
   * @param end the index up to which the text is read, at most the text's length
   * @param sentence whether a sentence (not blank) ended there
   */
  void readTo(int end, boolean sentence) {
    bytes += utf8Length(text, at, end);
    at = end;
    if (sentence) {
      sentences++;
    }
    if (end < text.length() && (sentences - toldSentences >= SENTENCES || bytes - toldBytes >= BYTES)) {
      tell(false);
    }
  }

  /** The extraction is over: tells the final counts, once. */
  void end() {
    if (!done) {
      done = true;
      bytes += utf8Length(text, at, text.length());
      at = text.length();
      tell(true);
    }
  }

  private void tell(boolean end) {
    toldSentences = sentences;
    toldBytes = bytes;
    listener.accept(new ReadProgress(source, sentences, bytes, total, end));
  }

  /**
   * The length in UTF-8 of {@code s[from, to)}, as {@link String#getBytes(java.nio.charset.Charset)}
   * with UTF-8 writes it: 1 byte below U+0080, 2 below U+0800, 4 for a surrogate pair, 3 for any
   * other character, and 1 for an unpaired surrogate (written as {@code ?}). A pair is counted
   * whole only inside {@code [from, to)}; the reader cuts the text after sentence ends, never inside
   * a pair, so the pieces add up to the whole.
   */
  static long utf8Length(CharSequence s, int from, int to) {
    long n = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        n++;
      } else if (c < 0x800) {
        n += 2;
      } else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(s.charAt(i + 1))) {
        n += 4;
        i++;
      } else if (Character.isSurrogate(c)) {
        n++;
      } else {
        n += 3;
      }
    }
    return n;
  }
}
