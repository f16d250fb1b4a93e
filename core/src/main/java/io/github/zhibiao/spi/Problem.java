package io.github.zhibiao.spi;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing wrong with the input: where it is (source, line and column or JSON path, field), the
 * offending text, and what was expected. Immutable.
 *
 * <p>{@link #toString()} reads: {@code seed.csv, line 4, field 'unit': '万阿巴' — unknown unit …}.
 */
public final class Problem implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The source name: a file name, a URL, {@code <stdin>}. @serial */
  private final String source;
  /** The 1-based line, or 0 when it is not known. @serial */
  private final long line; // 0: unknown
  /** The JSON path such as {@code $.observations[3].value}, or null for other input. @serial */
  private final String path; // JSON path, nullable
  /** The CSV column or JSON property, or null when not known. @serial */
  private final String field; // nullable
  /** The offending text, or null when there is none to show. @serial */
  private final String text; // nullable
  /** What is wrong and what was expected. @serial */
  private final String message;

  private Problem(String source, long line, String path, String field, String text, String message) {
    this.source = source;
    this.line = line;
    this.path = path;
    this.field = field;
    this.text = text;
    this.message = message;
  }

  /**
   * A problem in {@code source} described by {@code message} (what is wrong and what was expected).
   *
   * @param source the source name: a file name, a URL, {@code <stdin>}; not null
   * @param message what is wrong and what was expected, e.g. {@code unknown unit '阿巴'; expected
   *     a catalog unit such as 元, 亩 …}; not null
   * @return a problem without line, path, field or offending text; add them with
   *     {@link #atLine}, {@link #atPath}, {@link #inField} and {@link #withText}
   * @throws NullPointerException if an argument is null
   */
  public static Problem of(String source, String message) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(message, "message");
    return new Problem(source, 0, null, null, null, message);
  }

  /**
   * This problem at a line (1-based).
   *
   * @param newLine the 1-based line number in the source
   * @return a copy of this problem at that line, the other parts unchanged
   * @throws IllegalArgumentException if {@code newLine} is less than 1
   */
  public Problem atLine(long newLine) {
    if (newLine < 1) {
      throw new IllegalArgumentException("line (" + newLine + ") must be >= 1");
    }
    return new Problem(source, newLine, path, field, text, message);
  }

  /**
   * This problem at a JSON path such as {@code $.observations[3].value}.
   *
   * @param jsonPath the JSON path of the offending value; not null
   * @return a copy of this problem at that path, the other parts unchanged
   * @throws NullPointerException if {@code jsonPath} is null
   */
  public Problem atPath(String jsonPath) {
    return new Problem(source, line, Objects.requireNonNull(jsonPath, "jsonPath"), field, text, message);
  }

  /**
   * This problem in a field (a CSV column or a JSON property).
   *
   * @param fieldName the column header or property name, e.g. {@code unit}; not null
   * @return a copy of this problem in that field, the other parts unchanged
   * @throws NullPointerException if {@code fieldName} is null
   */
  public Problem inField(String fieldName) {
    return new Problem(source, line, path, Objects.requireNonNull(fieldName, "fieldName"), text, message);
  }

  /**
   * This problem with the offending text.
   *
   * @param offending the text as it appeared in the input, e.g. {@code 万阿巴}; not null
   * @return a copy of this problem with that text, the other parts unchanged
   * @throws NullPointerException if {@code offending} is null
   */
  public Problem withText(String offending) {
    return new Problem(source, line, path, field, Objects.requireNonNull(offending, "offending"), message);
  }

  /**
   * The source name: a file name, a URL, {@code <stdin>}.
   *
   * @return the source name; never null
   */
  public String source() {
    return source;
  }

  /**
   * The 1-based line, if known.
   *
   * @return the line number, or an empty Optional when no line was set (JSON input, for one)
   */
  public Optional<Long> line() {
    return line == 0 ? Optional.empty() : Optional.of(line);
  }

  /**
   * The JSON path, if the input is JSON.
   *
   * @return the path such as {@code $.observations[3].value}, or an empty Optional when none
   *     was set
   */
  public Optional<String> path() {
    return Optional.ofNullable(path);
  }

  /**
   * The field (column or property), if known.
   *
   * @return the column header or property name, or an empty Optional when none was set
   */
  public Optional<String> field() {
    return Optional.ofNullable(field);
  }

  /**
   * The offending text, if any.
   *
   * @return the text as it appeared in the input, or an empty Optional when none was set
   */
  public Optional<String> text() {
    return Optional.ofNullable(text);
  }

  /**
   * What is wrong and what was expected.
   *
   * @return the message, without the location that {@link #toString()} adds; never null
   */
  public String message() {
    return message;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Problem p && source.equals(p.source) && line == p.line && Objects.equals(path, p.path)
        && Objects.equals(field, p.field) && Objects.equals(text, p.text) && message.equals(p.message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(source, line, path, field, text, message);
  }

  /**
   * Where the problem is, as {@link #toString()} begins: the source, then the line, the JSON path
   * and the field where they are known.
   *
   * @return {@code seed.csv, line 4, field 'unit'}, {@code chifeng.json, at
   *     $.observations[3].value}, or the source alone
   */
  public String place() {
    StringBuilder sb = new StringBuilder(source);
    if (line > 0) {
      sb.append(", line ").append(line);
    }
    if (path != null) {
      sb.append(", at ").append(path);
    }
    if (field != null) {
      sb.append(", field '").append(field).append('\'');
    }
    return sb.toString();
  }

  /** {@code seed.csv, line 4, field 'unit': '万阿巴' — unknown unit …}. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(place());
    sb.append(": ");
    if (text != null) {
      sb.append('\'').append(text).append("' — ");
    }
    return sb.append(message).toString();
  }
}
