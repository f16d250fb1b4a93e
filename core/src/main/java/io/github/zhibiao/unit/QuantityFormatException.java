package io.github.zhibiao.unit;

import io.github.zhibiao.TextFormatException;

/**
 * Thrown when text does not parse as a quantity or a unit. It keeps the text and the index
 * (0-based, in characters) where parsing went wrong, and its message says what was expected:
 * {@code cannot parse '12.3.4万亩' at index 4: expected a digit or a unit}. A text of more than 200
 * characters is shown by its first 80 and its length ({@code cannot parse '11111…' (40000
 * characters) at index 1000: …}); {@link #text()} keeps all of it.
 */
public class QuantityFormatException extends TextFormatException {
  private static final long serialVersionUID = 2L;

  /**
   * An exception for {@code text}, failing at {@code errorIndex}, with {@code problem} saying
   * what was wrong or expected.
   *
   * @param text the whole text that was being parsed, e.g. {@code 12.3.4万亩}
   * @param errorIndex the 0-based index in {@code text}, in chars, where parsing failed
   * @param problem what was wrong or expected, e.g. {@code expected a digit or a unit}; not null
   * @throws NullPointerException if {@code problem} is null
   */
  public QuantityFormatException(String text, int errorIndex, String problem) {
    super(text, errorIndex, problem);
  }

  /**
   * An exception for {@code text}, failing at {@code errorIndex}, revealed by {@code cause}.
   *
   * @param text the whole text that was being parsed
   * @param errorIndex the 0-based index in {@code text}, in chars, where parsing failed
   * @param problem what was wrong or expected; not null
   * @param cause the exception that revealed the problem, such as the JDK's refusal of an exponent
   *     beyond {@code int}; may be null
   * @throws NullPointerException if {@code problem} is null
   */
  public QuantityFormatException(String text, int errorIndex, String problem, Throwable cause) {
    super(text, errorIndex, problem, null, cause);
  }
}
