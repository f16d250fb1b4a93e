package io.github.zhibiao.unit;

/**
 * Thrown when text does not parse as a quantity or a unit. It keeps the text and the index
 * (0-based, in characters) where parsing went wrong, and its message says what was expected:
 * {@code cannot parse '12.3.4万亩' at index 4: expected a digit or a unit}.
 */
public class QuantityFormatException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String text;
  private final int errorIndex;

  /**
   * An exception for {@code text}, failing at {@code errorIndex}, with {@code problem} saying
   * what was wrong or expected.
   */
  public QuantityFormatException(String text, int errorIndex, String problem) {
    super("cannot parse '" + text + "' at index " + errorIndex + ": " + problem);
    this.text = text;
    this.errorIndex = errorIndex;
  }

  /** The text that failed to parse. */
  public String text() {
    return text;
  }

  /** The 0-based index in {@link #text()} where parsing failed. */
  public int errorIndex() {
    return errorIndex;
  }
}
