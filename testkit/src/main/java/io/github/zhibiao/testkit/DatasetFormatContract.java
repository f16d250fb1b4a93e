package io.github.zhibiao.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zhibiao.model.Dataset;
import io.github.zhibiao.model.Indicator;
import io.github.zhibiao.model.IndicatorKind;
import io.github.zhibiao.model.Observation;
import io.github.zhibiao.model.Period;
import io.github.zhibiao.model.Region;
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

  /** Write then read gives back an equal dataset, over 200 generated datasets. */
  @Test
  default void writeThenReadGivesAnEqualDataset() {
    if (format().writer().isEmpty() || format().reader().isEmpty()) {
      return;
    }
    SplittableRandom random = new SplittableRandom(seed());
    Generator<Dataset> datasets = datasets();
    for (int example = 0; example < 200; example++) {
      Dataset d = datasets.next(random);
      Dataset expected = comparable(d);
      Dataset actual = comparable(read(write(d), ReadOptions.defaults()));
      assertEquals(expected, actual, "example " + example + " of seed " + seed() + " does not round-trip: " + d);
    }
  }

  /** A written dataset is recognised by the format's own {@link DatasetFormat#canRead(byte[])}. */
  @Test
  default void writtenBytesSniffAsTheFormat() {
    if (format().writer().isEmpty()) {
      return;
    }
    byte[] bytes = write(Dataset.of(List.of(sample(1))));
    assertTrue(format().canRead(bytes), "canRead refuses what the writer wrote");
  }

  /** Zero bytes read as an empty dataset, or fail with a message that says the input is empty. */
  @Test
  default void emptyInput() {
    if (format().reader().isEmpty()) {
      return;
    }
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

  /** A large input streams through the cursor: 100,000 observations read one at a time. */
  @Test
  default void largeInputStreams() {
    if (format().writer().isEmpty() || format().reader().isEmpty()) {
      return;
    }
    int n = 100_000;
    Dataset.Builder b = Dataset.builder();
    for (int i = 0; i < n; i++) {
      b.add(sample(i));
    }
    byte[] bytes = write(b.build());
    long count = 0;
    BigDecimal sum = BigDecimal.ZERO;
    try (ObservationCursor c = format().reader().orElseThrow()
        .open(new ByteArrayInputStream(bytes), "large", ReadOptions.defaults())) {
      while (c.hasNext()) {
        sum = sum.add(c.next().value().value());
        count++;
      }
      assertEquals(n, c.report().accepted());
    }
    assertEquals(n, count);
    assertEquals(new BigDecimal(n).multiply(new BigDecimal(n - 1)).divide(BigDecimal.valueOf(2)).movePointLeft(1), sum);
  }

  /** The format is found by id through {@link DatasetFormats#installed()}. */
  @Test
  default void registeredWithTheServiceLoader() {
    assertTrue(DatasetFormats.installed().byId(format().id()).isPresent(),
        "format '" + format().id() + "' is not registered (module-info provides and META-INF/services)");
  }

  /** A simple observation, value i/10 万头只, one per year from 1000. */
  private static Observation sample(int i) {
    Indicator ind = Indicator.of("LIVESTOCK_STOCK", "牲畜存栏", Units.of("万头只"), IndicatorKind.STOCK);
    return Observation.of(ind, Region.CHIFENG, Period.instant(java.time.LocalDate.of(1000 + i / 365, 1, 1).plusDays(i % 365)),
        Quantity.of(BigDecimal.valueOf(i, 1), Units.of("万头只")));
  }
}
