package io.github.zhibiao.report;

import java.util.Objects;

/**
 * The sentence an observation was read from, with the span of its figure: what a report shows
 * beside a finding about prose, the figure marked. Immutable.
 */
public final class Quote {
  private final String sentence;
  private final int start;
  private final int end;

  private Quote(String sentence, int start, int end) {
    this.sentence = sentence;
    this.start = start;
    this.end = end;
  }

  /**
   * A quote.
   *
   * @param sentence the sentence, as written
   * @param start the index of the figure's first character in the sentence
   * @param end the index after its last character
   * @return the quote
   * @throws IllegalArgumentException if the span is empty, unordered or outside the sentence
   */
  public static Quote of(String sentence, int start, int end) {
    Objects.requireNonNull(sentence, "sentence");
    if (start < 0 || end <= start || end > sentence.length()) {
      throw new IllegalArgumentException("quote span [" + start + ", " + end + ") must be non-empty and inside the "
          + sentence.length() + " characters of the sentence");
    }
    return new Quote(sentence, start, end);
  }

  /**
   * The sentence.
   * @return the sentence
   */
  public String sentence() {
    return sentence;
  }

  /**
   * Where the figure starts in the sentence.
   * @return the index of the figure's first character
   */
  public int start() {
    return start;
  }

  /**
   * Where the figure ends in the sentence.
   * @return the index after the figure's last character
   */
  public int end() {
    return end;
  }

  /**
   * The figure as written.
   * @return the marked span of the sentence
   */
  public String figure() {
    return sentence.substring(start, end);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Quote q && sentence.equals(q.sentence) && start == q.start && end == q.end;
  }

  @Override
  public int hashCode() {
    return Objects.hash(sentence, start, end);
  }

  /** The sentence with the figure in 【】. */
  @Override
  public String toString() {
    return sentence.substring(0, start) + "【" + figure() + "】" + sentence.substring(end);
  }
}
