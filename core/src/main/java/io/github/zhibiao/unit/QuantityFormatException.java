package io.github.zhibiao.unit;

/**
 * Thrown when text does not parse as a quantity or a unit. It keeps the text and the index
 * (0-based, in characters) where parsing went wrong, and its message says what was expected:
 * {@code cannot parse '12.3.4万亩' at index 4: expected a digit or a unit}. A text of more than 200
 * characters is shown by its first 80 and its length ({@code cannot parse '11111…' (40000
 * characters) at index 1000: …}); {@link #text()} keeps all of it.
 */
public class QuantityFormatException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The text that failed to parse. @serial */
  private final String text;
  /** The 0-based index in the text where parsing failed. @serial */
  private final int errorIndex;

  /**
   * An exception for {@code text}, failing at {@code errorIndex}, with {@code problem} saying
   * what was wrong or expected.
   *
   * @param text the whole text that was being parsed, e.g. {@code 12.3.4万亩}
   * @param errorIndex the 0-based index in {@code text}, in chars, where parsing failed
   * @param problem what was wrong or expected, e.g. {@code expected a digit or a unit}
   */
  public QuantityFormatException(String text, int errorIndex, String problem) {
    super("cannot parse " + shown(text) + " at index " + errorIndex + ": " + problem);
    this.text = text;
    this.errorIndex = errorIndex;
  }

  /** Texts longer than this are shown in the message by their first 80 characters and their length. */
  private static final int SHOWN = 200;

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
}
