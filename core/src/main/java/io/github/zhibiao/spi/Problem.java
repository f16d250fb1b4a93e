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

  private final String source;
  private final long line; // 0: unknown
  private final String path; // JSON path, nullable
  private final String field; // nullable
  private final String text; // nullable
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
   */
  public static Problem of(String source, String message) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(message, "message");
    return new Problem(source, 0, null, null, null, message);
  }

  /** This problem at a line (1-based). */
  public Problem atLine(long newLine) {
    if (newLine < 1) {
      throw new IllegalArgumentException("line (" + newLine + ") must be >= 1");
    }
    return new Problem(source, newLine, path, field, text, message);
  }

  /** This problem at a JSON path such as {@code $.observations[3].value}. */
  public Problem atPath(String jsonPath) {
    return new Problem(source, line, Objects.requireNonNull(jsonPath, "jsonPath"), field, text, message);
  }

  /** This problem in a field (a CSV column or a JSON property). */
  public Problem inField(String fieldName) {
    return new Problem(source, line, path, Objects.requireNonNull(fieldName, "fieldName"), text, message);
  }

  /** This problem with the offending text. */
  public Problem withText(String offending) {
    return new Problem(source, line, path, field, Objects.requireNonNull(offending, "offending"), message);
  }

  /** The source name: a file name, a URL, {@code <stdin>}. */
  public String source() {
    return source;
  }

  /** The 1-based line, if known. */
  public Optional<Long> line() {
    return line == 0 ? Optional.empty() : Optional.of(line);
  }

  /** The JSON path, if the input is JSON. */
  public Optional<String> path() {
    return Optional.ofNullable(path);
  }

  /** The field (column or property), if known. */
  public Optional<String> field() {
    return Optional.ofNullable(field);
  }

  /** The offending text, if any. */
  public Optional<String> text() {
    return Optional.ofNullable(text);
  }

  /** What is wrong and what was expected. */
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

  /** {@code seed.csv, line 4, field 'unit': '万阿巴' — unknown unit …}. */
  @Override
  public String toString() {
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
    sb.append(": ");
    if (text != null) {
      sb.append('\'').append(text).append("' — ");
    }
    return sb.append(message).toString();
  }
}
