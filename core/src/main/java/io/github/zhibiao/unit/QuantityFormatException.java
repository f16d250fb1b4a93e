package io.github.zhibiao.unit;

/**
 * Thrown when text does not parse as a quantity or a unit. It keeps the text and the index
 * (0-based, in characters) where parsing went wrong, and its message says what was expected:
 * {@code cannot parse '12.3.4万亩' at index 4: expected a digit or a unit}.
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
    super("cannot parse '" + text + "' at index " + errorIndex + ": " + problem);
    this.text = text;
    this.errorIndex = errorIndex;
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
