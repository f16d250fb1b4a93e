package io.github.zhibiao;

import java.util.Optional;

/**
 * The unchecked base type of everything zhibiao throws on bad input: text that does not parse
 * ({@link TextFormatException}), units that do not convert ({@code IncompatibleUnitsException}),
 * a bad file ({@code DatasetReadException}), an ambiguous region name, an unknown word. Catch this
 * one type to handle them all.
 *
 * <p>The message is complete: it names the offending text, the place where it is known and what
 * was expected ({@code cannot parse '12.3.4万亩' at index 4: expected a digit or a unit}). {@link
 * #place()} gives the place alone, for logs and user interfaces that show it apart.
 *
 * <p>It extends {@link IllegalArgumentException}, so code that caught the JDK type before this one
 * existed keeps working. It is not thrown for programming errors: a null argument is a {@link
 * NullPointerException}, an argument outside its documented range a plain {@code
 * IllegalArgumentException}.
 */
public class ZhibiaoException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** Where the bad input is, or null when the thrower does not know. @serial */
  private final String place;

  /**
   * An exception with a complete message and no known place.
   *
   * @param message what is wrong, with the offending text and what was expected, e.g. {@code
   *     unknown status 'Z': expected NORMAL, ESTIMATED …}; not null
   * @throws NullPointerException if {@code message} is null
   */
  public ZhibiaoException(String message) {
    this(message, null, null);
  }

  /**
   * An exception with a complete message, the place of the bad input and the exception that
   * revealed it.
   *
   * @param message what is wrong, with the offending text, the place and what was expected; not
   *     null
   * @param place where the bad input is, as a reader would say it ({@code index 4}, {@code
   *     seed.csv, line 4, field 'unit'}, {@code $.observations[3].value}); null when not known.
   *     A blank place counts as not known
   * @param cause the exception that revealed the problem; may be null
   * @throws NullPointerException if {@code message} is null
   */
  public ZhibiaoException(String message, String place, Throwable cause) {
    super(java.util.Objects.requireNonNull(message, "message"), cause);
    this.place = place == null || place.isBlank() ? null : place;
  }

  /**
   * Where the bad input is, if known.
   *
   * @return the place as the message states it: {@code index 4} for text, {@code seed.csv, line
   *     4, field 'unit'} or {@code chifeng.json, at $.observations[3].value} for a file; empty when
   *     the input has no place (two units that do not convert, a name looked up)
   */
  public Optional<String> place() {
    return Optional.ofNullable(place);
  }
}
