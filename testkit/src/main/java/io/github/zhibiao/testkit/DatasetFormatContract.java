package io.github.zhibiao.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.zhibiao.model.Dataset;
import io.github.zhibiao.model.Indicator;
import io.github.zhibiao.model.Observation;
import io.github.zhibiao.model.Period;
import io.github.zhibiao.spi.DatasetFormat;
import io.github.zhibiao.spi.DatasetFormats;
import io.github.zhibiao.spi.DatasetReadException;
import io.github.zhibiao.spi.ObservationCursor;
import io.github.zhibiao.spi.ReadOptions;
import io.github.zhibiao.spi.ReadReport;
import io.github.zhibiao.spi.WriteOptions;
import io.github.zhibiao.unit.Quantity;
import io.github.zhibiao.unit.Units;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The contract every {@link DatasetFormat} passes: round trips over generated datasets, empty
 * input, bad inputs (fail fast with a message; counted when lenient), a large input read as a
 * stream, and registration with {@link java.util.ServiceLoader}.
 *
 * <pre>{@code
 * class MyFormatContract implements DatasetFormatContract {
 *   public DatasetFormat format() { return new MyFormat(); }
 *   public List<BadInput> badInputs() { return List.of(BadInput.of("ragged", "a,b\n1", "line 2", 1)); }
 * }
 * }</pre>
 *
 * <p>Override the hooks where a format carries less than the full model (a wide table has no
 * rankings): {@link #datasets()} to generate only what it carries, {@link #comparable(Dataset)}
 * to compare only that.
 *
 * <p><b>What a format does not support is skipped, not passed.</b> A check that needs a writer, a
 * reader, sniffing ({@link #sniffs()}) or streaming ({@link #streams()}) is aborted with a JUnit
 * assumption when the format lacks it, so a test report shows it as skipped, with the reason.
 *
 * <p><b>Streaming.</b> {@link #largeInputStreams()} detects a reader that holds its whole input:
 * see there for how it measures and what it tolerates.
 */
public interface DatasetFormatContract {

  /**
   * The format under test.
   *
   * @return the format; it is called for every check, so it may return a new instance each time
   */
  DatasetFormat format();

  /**
   * Bad inputs with the errors they must give; at least one.
   *
   * @return the bad inputs, such as those of {@link BadInput#corpus}; the contract fails on an
   *     empty list
   */
  List<BadInput> badInputs();

  /**
   * The datasets the round trip is checked over; all of {@link Generators#datasets()} by default.
   *
   * @return the generator of datasets the round trip is checked over
   */
  default Generator<Dataset> datasets() {
    return Generators.datasets();
  }

  /**
   * What of a dataset the format keeps; the dataset itself by default.
   *
   * @param dataset a generated dataset, or one read back
   * @return the part of the dataset the format keeps, compared with {@code equals} after a round
   *     trip
   */
  default Dataset comparable(Dataset dataset) {
    return dataset;
  }

  /**
   * Whether an input of zero bytes reads as an empty dataset (true) or is refused (false).
   *
   * @return false by default: the reader must throw a {@code DatasetReadException} saying the input
   *     is empty
   */
  default boolean emptyInputIsEmptyDataset() {
    return false;
  }

  /**
   * Write options for the round trip.
   *
   * @return the options {@link #write(Dataset)} uses; {@link WriteOptions#defaults()} by default
   */
  default WriteOptions writeOptions() {
    return WriteOptions.defaults();
  }

  /**
   * Writes with the format's writer.
   *
   * @param dataset the dataset to write
   * @return the bytes written with {@link #writeOptions()}
   * @throws java.util.NoSuchElementException if the format has no writer
   * @throws java.io.UncheckedIOException if the writer throws an {@link IOException}
   */
  default byte[] write(Dataset dataset) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      format().writer().orElseThrow().write(dataset, out, writeOptions());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /**
   * Reads with the format's reader.
   *
   * @param bytes the input; the source is named {@code contract-input} in messages
   * @param options the read options, such as {@code ReadOptions.defaults().lenient()}
   * @return the dataset read
   * @throws java.util.NoSuchElementException if the format has no reader
   * @throws DatasetReadException if the reader refuses the input
   */
  default Dataset read(byte[] bytes, ReadOptions options) {
    return format().reader().orElseThrow().open(new ByteArrayInputStream(bytes), "contract-input", options).toDataset();
  }

  /**
   * The seed of the random numbers {@link #writeThenReadGivesAnEqualDataset} draws its datasets
   * from; a failure names the seed and the example, so it can be replayed.
   *
   * @return a fixed seed by default, so every run checks the same 200 datasets
   */
  default long seed() {
    return 20231231L;
  }

  /**
   * Whether the format recognises its own output by its leading bytes ({@link
   * DatasetFormat#canRead(byte[])}).
   *
   * @return true by default; false for a format found only by id and extension, which skips {@link
   *     #writtenBytesSniffAsTheFormat()}
   */
  default boolean sniffs() {
    return true;
  }

  /**
   * Whether the format's reader streams: holds a bounded amount of its input, whatever its size.
   *
   * @return true by default; false for a format that cannot be read without holding it whole,
   *     which skips {@link #largeInputStreams()} (and says so in the test report)
   */
  default boolean streams() {
    return true;
  }

  /** Write then read gives back an equal dataset, over 200 generated datasets; skipped without a reader and a writer. */
  @Test
  default void writeThenReadGivesAnEqualDataset() {
    assumeReadsAndWrites();
    SplittableRandom random = new SplittableRandom(seed());
    Generator<Dataset> datasets = datasets();
    for (int example = 0; example < 200; example++) {
      Dataset d = datasets.next(random);
      Dataset expected = comparable(d);
      Dataset actual = comparable(read(write(d), ReadOptions.defaults()));
      assertEquals(expected, actual, "example " + example + " of seed " + seed() + " does not round-trip: " + d);
    }
  }

  /**
   * A written dataset is recognised by the format's own {@link DatasetFormat#canRead(byte[])};
   * skipped without a writer or when the format does not sniff ({@link #sniffs()}).
   */
  @Test
  default void writtenBytesSniffAsTheFormat() {
    assumeTrue(format().writer().isPresent(), () -> "format '" + format().id() + "' has no writer: nothing to sniff");
    assumeTrue(sniffs(), () -> "format '" + format().id() + "' does not sniff (sniffs() is false)");
    byte[] bytes = write(Dataset.of(List.of(writable(sample(1)))));
    assertTrue(format().canRead(bytes), "canRead refuses what the writer wrote");
  }

  /** Zero bytes read as an empty dataset, or fail with a message that says the input is empty; skipped without a reader. */
  @Test
  default void emptyInput() {
    assumeTrue(format().reader().isPresent(), () -> "format '" + format().id() + "' has no reader");
    if (emptyInputIsEmptyDataset()) {
      assertTrue(read(new byte[0], ReadOptions.defaults()).isEmpty());
    } else {
      DatasetReadException e = assertThrows(DatasetReadException.class, () -> read(new byte[0], ReadOptions.defaults()));
      assertTrue(e.getMessage().contains("empty"), e.getMessage());
      assertTrue(e.getMessage().contains("contract-input"), "the message names the source: " + e.getMessage());
    }
  }

  /**
   * Each bad input fails fast with its message, and a lenient read rejects the stated count.
   *
   * @return one dynamic test per bad input, named after it
   */
  @TestFactory
  default List<DynamicTest> badInputsFailFastAndAreCountedWhenLenient() {
    assumeTrue(format().reader().isPresent(), () -> "format '" + format().id() + "' has no reader");
    List<BadInput> inputs = badInputs();
    assertFalse(inputs.isEmpty(), "a format contract needs bad inputs");
    return inputs.stream().map(b -> DynamicTest.dynamicTest(b.name(), () -> {
      DatasetReadException e = assertThrows(DatasetReadException.class, () -> read(b.bytes(), ReadOptions.defaults()),
          b.name() + " must fail fast");
      assertTrue(e.getMessage().contains(b.expectedMessage()),
          b.name() + ": expected the message to contain '" + b.expectedMessage() + "' but was: " + e.getMessage());
      assertTrue(e.getMessage().startsWith("contract-input"), "the message names the source: " + e.getMessage());
      if (b.line() == 0) {
        assertTrue(e.problem().line().isEmpty(), b.name() + ": names no line: " + e.getMessage());
      } else if (b.line() > 0) {
        assertEquals(b.line(), e.problem().line().orElse(-1L), b.name() + ": the line: " + e.getMessage());
      }
      if (b.rejectedWhenLenient() < 0) {
        assertThrows(DatasetReadException.class, () -> read(b.bytes(), ReadOptions.defaults().lenient()));
      } else {
        try (ObservationCursor c = format().reader().orElseThrow()
            .open(new ByteArrayInputStream(b.bytes()), "contract-input", ReadOptions.defaults().lenient())) {
          while (c.hasNext()) {
            c.next();
          }
          ReadReport r = c.report();
          assertEquals(b.rejectedWhenLenient(), r.rejected(), b.name() + ": " + r + " " + r.problems());
          assertEquals(r.read(), r.accepted() + r.rejected());
          assertEquals(r.rejected(), r.problems().size(), "every rejected record has its problem");
          if (r.rejected() > 0) {
            assertTrue(r.problems().get(0).toString().contains(b.expectedMessage()),
                b.name() + ": the first problem: " + r.problems().get(0));
          }
        }
      }
    })).toList();
  }

  /**
   * The observations {@link #largeInputStreams()} reads.
   *
   * @return 100,000 by default; more makes the check stricter for a compact format, and slower
   */
  default int largeInputSize() {
    return 100_000;
  }

  /**
   * A large input streams through the cursor, and the reader does not hold it: {@link
   * #largeInputSize()} observations (10 indicators × 100 regions × 100 year-ends, so that a cube
   * format such as JSON-stat needs only 210 categories) are written to a temporary file and read
   * back one at a time, their count and exact sum checked.
   *
   * <p><b>How holding is detected.</b> The heap the read retains is measured in this JVM: after a
   * small warm-up read (so that lazily loaded registries and caches are not counted), the live heap
   * is taken before the file is opened, after the first observation (a reader that slurps its input
   * holds it all then) and after the last one, before closing (a reader that keeps what it has read
   * holds it all then). Each figure is the least of three readings, each taken after {@link
   * System#gc()} and a check, with a weakly held sentinel, that a collection ran. The check fails
   * when the read retains more than {@link #retainedHeapLimit(long) the limit} for the file's size:
   * a quarter of it, or 1 MB, whichever is larger. A streaming reader retains its buffers and
   * bounded caches, far less; one that holds the records, their text or a tree of them retains
   * more than the file. The check needs no second JVM and no timing, and takes a few seconds on two
   * cores. When the JVM ignores {@code System.gc()} ({@code -XX:+DisableExplicitGC}) it is skipped,
   * not passed; so it is when the format has no reader or writer, or {@link #streams()} is false.
   *
   * @throws IOException if the temporary files cannot be written, read or deleted
   */
  @Test
  default void largeInputStreams() throws IOException {
    assumeReadsAndWrites();
    assumeTrue(streams(), () -> "format '" + format().id() + "' does not stream (streams() is false)");
    assumeTrue(Heap.collects(), "System.gc() does not collect in this JVM (-XX:+DisableExplicitGC?)");
    int n = largeInputSize();
    java.nio.file.Path small = Files.createTempFile("zhibiao-contract-warmup", ".input");
    java.nio.file.Path file = Files.createTempFile("zhibiao-contract-large", ".input");
    try {
      writeSamples(small, 100);
      readCountingAndSumming(small, 100, null);
      writeSamples(file, n);
      long size = Files.size(file);
      long[] live = new long[3];
      readCountingAndSumming(file, n, live);
      long retained = Math.max(live[1], live[2]) - live[0];
      long limit = retainedHeapLimit(size);
      assertTrue(retained <= limit, "format '" + format().id() + "' holds its input: reading " + n
          + " observations from " + size + " bytes retained " + retained + " bytes of heap (" + (live[1] - live[0])
          + " after the first observation, " + (live[2] - live[0]) + " after the last), over the limit of " + limit);
    } finally {
      Files.deleteIfExists(small);
      Files.deleteIfExists(file);
    }
  }

  /**
   * The most heap {@link #largeInputStreams()} lets a read of {@code inputBytes} retain.
   *
   * @param inputBytes the size of the input file
   * @return a quarter of {@code inputBytes}, or 1 MB (1,048,576 bytes) if that is larger; the
   *     readers of zhibiao's own formats retain about 100 KB
   */
  default long retainedHeapLimit(long inputBytes) {
    return Math.max(inputBytes / 4, 1L << 20);
  }

  private void assumeReadsAndWrites() {
    assumeTrue(format().reader().isPresent(), () -> "format '" + format().id() + "' has no reader");
    assumeTrue(format().writer().isPresent(), () -> "format '" + format().id() + "' has no writer");
  }

  /** Writes {@code n} samples to {@code file}; the dataset is garbage once this returns. */
  private void writeSamples(java.nio.file.Path file, int n) throws IOException {
    Dataset.Builder b = Dataset.builder();
    for (int i = 0; i < n; i++) {
      b.add(writable(sample(i)));
    }
    try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      format().writer().orElseThrow().write(b.build(), out, writeOptions());
    }
  }

  /** Reads {@code file}, checking the count and the exact sum; with {@code live}, measures the heap at three points. */
  private void readCountingAndSumming(java.nio.file.Path file, int n, long[] live) throws IOException {
    if (live != null) {
      live[0] = Heap.live();
    }
    long count = 0;
    BigDecimal sum = BigDecimal.ZERO;
    try (ObservationCursor c = format().reader().orElseThrow()
        .open(Files.newInputStream(file), "large", ReadOptions.defaults())) {
      while (c.hasNext()) {
        sum = sum.add(c.next().value().value());
        count++;
        if (count == 1 && live != null) {
          live[1] = Heap.live();
        }
      }
      if (live != null) {
        live[2] = Heap.live();
      }
      assertEquals(n, c.report().accepted());
    }
    assertEquals(n, count);
    assertEquals(new BigDecimal(n).multiply(new BigDecimal(n - 1)).divide(BigDecimal.valueOf(2)).movePointLeft(1), sum);
  }

  /**
   * What the format's writer can hold of a sample observation that {@link #largeInputStreams()}
   * and {@link #writtenBytesSniffAsTheFormat()} write; the sample itself by default.
   *
   * @param sample observation {@code i} of the samples: value i/10 万头只 of one of ten indicators
   *     (with their kinds) in a built-in prefecture at a year end
   * @return the sample as the format holds it, such as without its indicator's kind for a format
   *     whose writer refuses one; it must keep the value, which the large input sums
   */
  default Observation writable(Observation sample) {
    return sample;
  }

  /** The format is found by id through {@link DatasetFormats#installed()}. */
  @Test
  default void registeredWithTheServiceLoader() {
    assertTrue(DatasetFormats.installed().byId(format().id()).isPresent(),
        "format '" + format().id() + "' is not registered (module-info provides and META-INF/services)");
  }

  /**
   * Observation {@code i} of a large input, value i/10 万头只: indicator {@code i % 10}, region {@code
   * i / 10 % 100} of the built-in prefectures, the end of year 1901 + {@code i / 1000}; distinct for
   * {@code i} below 100,000, and beyond that distinct up to year 9999.
   */
  private static Observation sample(int i) {
    Indicator ind = Samples.INDICATORS.get(i % 10);
    return Observation.of(ind, Samples.REGIONS.get(i / 10 % 100),
        Period.instant(java.time.LocalDate.of(1901 + i / 1000, 12, 31)),
        Quantity.of(BigDecimal.valueOf(i, 1), Units.of("万头只")));
  }
}
