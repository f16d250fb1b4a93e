package io.github.zhibiao;

/**
 * Text that does not parse. It keeps the whole text, the 0-based index (in chars) where reading
 * went wrong and the reason, and its message names all three: {@code cannot parse '12.3.4万亩' at
 * index 4: expected a digit or a unit}, {@code cannot parse '2023-13' as a period at index 5: month
 * (13) must be between 1 and 12}.
 *
 * <p>A text of more than 200 characters is shown in the message by its first 80 and its length
 * ({@code cannot parse '11111…' (40000 characters) at index 1000: …}); {@link #text()} keeps all
 * of it. {@link #place()} is {@code index N}.
 */
public class TextFormatException extends ZhibiaoException {
  private static final long serialVersionUID = 1L;

  /** Texts longer than this are shown in the message by their first 80 characters and their length. */
  private static final int SHOWN = 200;

  /** The text that failed to parse. @serial */
  private final String text;
  /** The 0-based index in the text where parsing failed. @serial */
  private final int errorIndex;
  /** What was wrong or expected. @serial */
  private final String reason;

  /**
   * An exception for {@code text}, failing at {@code errorIndex} for {@code reason}.
   *
   * @param text the whole text that was being parsed, e.g. {@code 12.3.4万亩}
   * @param errorIndex the 0-based index in {@code text}, in chars, where parsing failed
   * @param reason what was wrong or expected, e.g. {@code expected a digit or a unit}; not null
   * @throws NullPointerException if {@code reason} is null
   */
  public TextFormatException(String text, int errorIndex, String reason) {
    this(text, errorIndex, reason, null, null);
  }

  /**
   * An exception for {@code text} read as {@code what}, failing at {@code errorIndex} for {@code
   * reason}, revealed by {@code cause}.
   *
   * @param text the whole text that was being parsed
   * @param errorIndex the 0-based index in {@code text}, in chars, where parsing failed
   * @param reason what was wrong or expected; not null
   * @param what what the text was read as, for the message: {@code a period} gives {@code cannot
   *     parse '2023-13' as a period at index 5: …}; null or empty for no such words
   * @param cause the exception that revealed the problem; may be null
   * @throws NullPointerException if {@code reason} is null
   */
  public TextFormatException(String text, int errorIndex, String reason, String what, Throwable cause) {
    super("cannot parse " + shown(text) + (what == null || what.isEmpty() ? "" : " as " + what) + " at index "
        + errorIndex + ": " + java.util.Objects.requireNonNull(reason, "reason"), "index " + errorIndex, cause);
    this.text = text;
    this.errorIndex = errorIndex;
    this.reason = reason;
  }

  private static String shown(String text) {
    return text == null || text.length() <= SHOWN ? "'" + text + "'"
        : "'" + text.substring(0, 80) + "…' (" + text.length() + " characters)";
  }

  /**
   * The text that failed to parse.
   *
   * @return the whole text as given to the parser
   */
  public String text() {
    return text;
  }

  /**
   * The 0-based index in {@link #text()} where parsing failed.
   *
   * @return the index in chars, between 0 and the text's length
   */
  public int errorIndex() {
    return errorIndex;
  }

  /**
   * What was wrong or expected, without the text and the index: for a reader that names the text
   * and its place itself.
   *
   * @return the reason, e.g. {@code expected a digit or a unit}
   */
  public String reason() {
    return reason;
  }
}
