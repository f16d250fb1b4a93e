package io.github.zhibiao.testkit;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * One bad input for {@link DatasetFormatContract#badInputs()}: its bytes, a fragment the
 * fail-fast error message must contain, and how many records a lenient read must reject
 * (or {@code -1} when the input cannot be read leniently either and must throw in both modes).
 *
 * @param name a short name shown in test reports
 * @param bytes the input
 * @param expectedMessage a fragment of the fail-fast {@code DatasetReadException} message
 * @param rejectedWhenLenient records rejected by a lenient read; -1 when even a lenient read throws
 */
public record BadInput(String name, byte[] bytes, String expectedMessage, int rejectedWhenLenient) {

  /** Checks the components. */
  public BadInput {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(bytes, "bytes");
    Objects.requireNonNull(expectedMessage, "expectedMessage");
  }

  /** A bad input given as UTF-8 text. */
  public static BadInput of(String name, String text, String expectedMessage, int rejectedWhenLenient) {
    return new BadInput(name, text.getBytes(StandardCharsets.UTF_8), expectedMessage, rejectedWhenLenient);
  }

  @Override
  public String toString() {
    return name;
  }
}
