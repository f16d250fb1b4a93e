package io.github.zhibiao.model;

import io.github.zhibiao.TextFormatException;

/**
 * Thrown by {@link Period#parse} when text is not a period in one of its forms or names an
 * impossible one: {@code cannot parse '2023-13' as a period at index 5: month (13) must be between
 * 1 and 12}. It keeps the text, the 0-based index where reading failed ({@link #errorIndex()}) and
 * the reason ({@link #reason()}).
 *
 * <p>It replaces the JDK's {@code java.time.format.DateTimeParseException}, which {@code
 * Period.parse} threw before: catch this type, {@link TextFormatException} or {@code
 * ZhibiaoException} instead.
 */
public final class PeriodFormatException extends TextFormatException {
  private static final long serialVersionUID = 1L;

  /**
   * An exception for {@code text}, failing at {@code errorIndex} for {@code reason}.
   *
   * @param text the whole text that was being parsed, e.g. {@code 2023-13}
   * @param errorIndex the 0-based index in {@code text}, in chars, where parsing failed
   * @param reason what was wrong or expected, e.g. {@code month (13) must be between 1 and 12};
   *     not null
   * @param cause the exception that revealed the problem, such as the range check of a factory;
   *     may be null
   * @throws NullPointerException if {@code reason} is null
   */
  public PeriodFormatException(String text, int errorIndex, String reason, Throwable cause) {
    super(text, errorIndex, reason, "a period", cause);
  }
}
