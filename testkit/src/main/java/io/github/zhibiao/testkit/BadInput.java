package io.github.zhibiao.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * One bad input for {@link DatasetFormatContract#badInputs()}: its bytes, a fragment the
 * fail-fast error message must contain, the line the error must name, and how many records a
 * lenient read must reject (or {@code -1} when the input cannot be read leniently either).
 *
 * @param name a short name shown in test reports
 * @param bytes the input
 * @param expectedMessage a fragment of the fail-fast {@code DatasetReadException} message
 * @param line the line the problem must name; 0 when it must name none, -1 when not checked
 * @param rejectedWhenLenient records rejected by a lenient read; -1 when even a lenient read throws
 */
public record BadInput(String name, byte[] bytes, String expectedMessage, int line, int rejectedWhenLenient) {

  /**
   * Checks the components.
   *
   * @param name a short name shown in test reports
   * @param bytes the input, used as given (not copied)
   * @param expectedMessage a fragment of the fail-fast {@code DatasetReadException} message
   * @param line the line the problem must name; 0 when it must name none, -1 when not checked
   * @param rejectedWhenLenient records rejected by a lenient read; -1 when even a lenient read throws
   * @throws NullPointerException if {@code name}, {@code bytes} or {@code expectedMessage} is null
   */
  public BadInput {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(bytes, "bytes");
    Objects.requireNonNull(expectedMessage, "expectedMessage");
  }

  /**
   * A bad input given as UTF-8 text, its line not checked.
   *
   * @param name a short name shown in test reports, such as {@code ragged-row}
   * @param text the input, encoded as UTF-8
   * @param expectedMessage a fragment the fail-fast error message must contain, such as
   *     {@code line 2}
   * @param rejectedWhenLenient how many records a lenient read must reject; -1 when even a lenient
   *     read must throw
   * @return the bad input, with line -1 (not checked)
   * @throws NullPointerException if {@code name}, {@code text} or {@code expectedMessage} is null
   */
  public static BadInput of(String name, String text, String expectedMessage, int rejectedWhenLenient) {
    return new BadInput(name, text.getBytes(StandardCharsets.UTF_8), expectedMessage, -1, rejectedWhenLenient);
  }

  /**
   * A corpus of bad files: the resource folder {@code folder} holds the files
   * and a manifest {@code expected.tsv}, one line a file with four tab-separated fields — file name,
   * line (0: none), message fragment, rejected count when lenient (-1: even a lenient read fails).
   * Lines starting with {@code #} are comments. Pass your test class's resource lookup, so that the
   * resources are read from your module: {@code BadInput.corpus(getClass()::getResourceAsStream, "bad")}.
   *
   * @param resources the resource lookup: given a path such as {@code bad/expected.tsv}, the
   *     stream of that resource, or null if there is none; each stream is closed after reading
   * @param folder the resource folder, without a trailing {@code /}, relative to what
   *     {@code resources} resolves against
   * @return one bad input per manifest line, in manifest order
   * @throws IllegalStateException if the manifest or a file it names is missing, or a manifest
   *     line has not four fields, or its line or rejected-count field is not an integer
   * @throws java.io.UncheckedIOException if a resource cannot be read
   */
  public static List<BadInput> corpus(Function<String, InputStream> resources, String folder) {
    List<BadInput> cases = new ArrayList<>();
    for (String l : new String(read(resources, folder + "/expected.tsv"), StandardCharsets.UTF_8).split("\n")) {
      if (l.isBlank() || l.startsWith("#")) {
        continue;
      }
      String[] f = l.split("\t");
      if (f.length != 4) {
        throw new IllegalStateException(folder + "/expected.tsv: expected 4 tab-separated fields in: " + l);
      }
      cases.add(new BadInput(f[0], read(resources, folder + "/" + f[0]), f[2], integer(folder, l, f[1]),
          integer(folder, l, f[3].strip())));
    }
    return cases;
  }

  private static int integer(String folder, String line, String field) {
    if (!field.matches("-?[0-9]{1,9}")) {
      throw new IllegalStateException(folder + "/expected.tsv: '" + field + "' is not a whole number, in: " + line);
    }
    return Integer.parseInt(field);
  }

  private static byte[] read(Function<String, InputStream> resources, String resource) {
    try (InputStream in = resources.apply(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + resource);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String toString() {
    return name;
  }
}
