package io.github.zhibiao.model;

import java.util.Objects;

/**
 * The rule for the codes and labels of breakdowns, categories and labelled periods, in one place:
 * non-blank, no surrounding whitespace, no control characters, no unpaired surrogates, at most
 * {@value #MAX_LENGTH} characters (code points), any script. Nobody's API.
 */
final class Texts {

  /** The longest code or label, in Unicode code points. */
  static final int MAX_LENGTH = 200;

  /** How much of an offending text an error message shows. */
  private static final int SHOWN = 60;

  private Texts() {}

  /**
   * Checks a code or label.
   *
   * @param field what the text is, for the message: {@code breakdown code}
   * @param text the text
   * @return the text
   * @throws NullPointerException if {@code text} is null, naming the field
   * @throws IllegalArgumentException naming the field, the text and the rule it breaks
   */
  static String check(String field, String text) {
    Objects.requireNonNull(text, field);
    if (text.isBlank()) {
      throw new IllegalArgumentException(field + " ('" + show(text) + "') must not be blank");
    }
    if (!text.strip().equals(text)) {
      throw new IllegalArgumentException(field + " ('" + show(text) + "') must not have surrounding whitespace");
    }
    int points = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c)) {
        throw new IllegalArgumentException(field + " ('" + show(text) + "') must not contain control characters: "
            + String.format("U+%04X", (int) c) + " at index " + i);
      }
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw new IllegalArgumentException(field + " ('" + show(text) + "') must not contain an unpaired surrogate: "
            + String.format("U+%04X", (int) c) + " at index " + i);
      }
      points++;
    }
    if (points > MAX_LENGTH) {
      throw new IllegalArgumentException(field + " ('" + show(text) + "') must have at most " + MAX_LENGTH
          + " characters, not " + points);
    }
    return text;
  }

  /**
   * The text for an error message: control characters and surrogates escaped as {@code \\uXXXX},
   * cut after {@value #SHOWN} characters with the full length appended.
   */
  static String show(String text) {
    StringBuilder b = new StringBuilder();
    int n = Math.min(text.length(), SHOWN);
    if (n < text.length() && Character.isHighSurrogate(text.charAt(n - 1))) {
      n--; // do not cut a pair
    }
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c) || Character.isSurrogate(c)
          && !(Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1)))
          && !(Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1)))) {
        b.append(String.format("\\u%04X", (int) c));
      } else {
        b.append(c);
      }
    }
    if (n < text.length()) {
      b.append("… (").append(text.length()).append(" chars)");
    }
    return b.toString();
  }
}
