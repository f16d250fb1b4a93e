package io.github.zhibiao.text;

import java.util.Objects;

/**
 * A sentence that holds a number the extractor could not turn into an observation: the caller
 * can look at it, transcribe it by hand, or report it. Numbers that are labels (5G, 3A级, 十四五),
 * years, dates, ordinals and durations do not count as numbers here.
 *
 * @param start the index of the sentence's first character in the text
 * @param end the index after its last character
 * @param text the sentence, as written
 */
public record UnreadSentence(int start, int end, String text) {

  /**
   * Checks the span.
   *
   * @param start the index of the sentence's first character in the text, 0 or more
   * @param end the index after its last character, at least {@code start}
   * @param text the sentence, as written, {@code end - start} characters long
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if {@code start} is negative or after {@code end}, or the
   *     text's length is not {@code end - start}
   */
  public UnreadSentence {
    Objects.requireNonNull(text, "text");
    if (start < 0 || end < start || text.length() != end - start) {
      throw new IllegalArgumentException("unread sentence span [" + start + ", " + end
          + ") must be non-negative, ordered and as long as its text (" + text.length() + " chars)");
    }
  }
}
