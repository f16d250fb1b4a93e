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
 * @param reason why it gave no observation: {@link #NO_OBSERVATION}, or a particular reason such
 *     as a region name several regions share, with the candidates
 */
public record UnreadSentence(int start, int end, String text, String reason) {

  /** The reason of a sentence with a number that gave no observation, when there is no other. */
  public static final String NO_OBSERVATION = "a sentence with a number that gave no observation";

  /**
   * A sentence unread for the general reason {@link #NO_OBSERVATION}.
   *
   * @param start the index of the sentence's first character in the text, 0 or more
   * @param end the index after its last character, at least {@code start}
   * @param text the sentence, as written, {@code end - start} characters long
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException as for the canonical constructor
   */
  public UnreadSentence(int start, int end, String text) {
    this(start, end, text, NO_OBSERVATION);
  }

  /**
   * Checks the span and the reason.
   *
   * @param start the index of the sentence's first character in the text, 0 or more
   * @param end the index after its last character, at least {@code start}
   * @param text the sentence, as written, {@code end - start} characters long
   * @param reason why it gave no observation, non-blank
   * @throws NullPointerException if {@code text} or {@code reason} is null
   * @throws IllegalArgumentException if {@code start} is negative or after {@code end}, the
   *     text's length is not {@code end - start}, or the reason is blank
   */
  public UnreadSentence {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(reason, "reason");
    if (reason.isBlank()) {
      throw new IllegalArgumentException("the reason of an unread sentence must be non-blank");
    }
    if (start < 0 || end < start || text.length() != end - start) {
      throw new IllegalArgumentException("unread sentence span [" + start + ", " + end
          + ") must be non-negative, ordered and as long as its text (" + text.length() + " chars)");
    }
  }
}
