package io.github.zhibiao.spi;

import io.github.zhibiao.model.Dataset;
import io.github.zhibiao.model.Observation;
import java.util.Iterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A stream of observations read from one source, one record at a time. Close it (try-with-
 * resources) to release the input.
 *
 * <pre>{@code
 * try (ObservationCursor cursor = DatasetFormats.open(Path.of("seeds/chifeng-2023.csv"), ReadOptions.defaults())) {
 *   cursor.stream().filter(o -> o.region().equals(Region.CHIFENG)).forEach(System.out::println);
 *   System.out.println(cursor.report());
 * }
 * }</pre>
 *
 * <p>In fail-fast mode {@link #hasNext()} and {@link #next()} throw {@link DatasetReadException}
 * at the first bad record; in lenient mode bad records are skipped and reported in
 * {@link #report()}. Not thread-safe.
 */
public interface ObservationCursor extends Iterator<Observation>, AutoCloseable {

  /**
   * The counts and problems so far; final once {@link #hasNext()} has returned false.
   *
   * @return a snapshot of the counts and kept problems at the time of the call
   */
  ReadReport report();

  /** Releases the input; does not throw checked exceptions. */
  @Override
  void close();

  /**
   * The remaining observations as a sequential stream that closes this cursor when closed.
   *
   * @return a lazy, ordered stream of the observations not yet taken with {@link #next()}; in
   *     fail-fast mode its terminal operation throws {@link DatasetReadException} at a bad record
   */
  default Stream<Observation> stream() {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL), false)
        .onClose(this::close);
  }

  /**
   * Reads the rest into a {@link Dataset} and closes this cursor.
   *
   * @return a dataset of the observations not yet taken, in input order
   * @throws DatasetReadException in fail-fast mode at the first bad record, or in either mode
   *     when the input becomes unreadable, or when an observation's indicator differs from an
   *     earlier one with the same code (the problem names the observation's number, counted from
   *     1 among those taken here); the cursor is closed all the same
   */
  default Dataset toDataset() {
    try (ObservationCursor self = this) {
      Dataset.Builder builder = Dataset.builder();
      long n = 0;
      while (self.hasNext()) {
        Observation o = self.next();
        n++;
        try {
          builder.add(o);
        } catch (IllegalArgumentException e) {
          throw new DatasetReadException(Problem.of(self.report().source(), "observation " + n + " (" + o
              + ") cannot join the dataset: " + e.getMessage()), e);
        }
      }
      return builder.build();
    }
  }
}
