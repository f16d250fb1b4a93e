package io.github.zhibiao.spi;

import io.github.zhibiao.model.Observation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * The bookkeeping every reader needs, so that formats only read records: look-ahead, the counts
 * of read, accepted and rejected records, fail-fast versus lenient handling, and the problem
 * list.
 *
 * <p>A subclass implements {@link #readRecord()}: return the next observation, {@code null} at
 * the end of input, or throw {@link DatasetReadException} for a bad record (the cursor counts it
 * and, in lenient mode, moves on). When the input cannot be read any further (malformed JSON, a
 * truncated file), throw {@link #fatal(Problem)}: that ends the read in both modes.
 */
public abstract class AbstractObservationCursor implements ObservationCursor {
  private static final System.Logger LOG = System.getLogger(AbstractObservationCursor.class.getName());
  private final String source;
  private final ReadOptions options;
  private final List<Problem> problems = new ArrayList<>();
  private long accepted;
  private long rejected;
  private Observation next;
  private boolean done;
  private boolean fatal;
  private Map<String, Long> opaqueUnits; // null until one is seen
  private Map<String, long[]> missingValues; // null until one is seen; a count per marker, kept unboxed
  private List<String> notes; // null until one is made

  /**
   * A cursor over {@code source}, read with {@code options}.
   *
   * @param source the name used in problems and in the report: a file name, a URL,
   *     {@code <stdin>}; not null
   * @param options the options of this read; {@link ReadOptions#isLenient()} and
   *     {@link ReadOptions#maxProblems()} govern the bookkeeping here; not null
   * @throws NullPointerException if an argument is null
   */
  protected AbstractObservationCursor(String source, ReadOptions options) {
    this.source = Objects.requireNonNull(source, "source");
    this.options = Objects.requireNonNull(options, "options");
  }

  /**
   * Reads the next record.
   *
   * @return the observation, or {@code null} at the end of input
   * @throws DatasetReadException for a bad record, or from {@link #fatal(Problem)} when reading
   *     cannot go on
   */
  protected abstract Observation readRecord();

  /**
   * The source name, for problems.
   *
   * @return the source name given to the constructor
   */
  protected final String source() {
    return source;
  }

  /**
   * The options of this read.
   *
   * @return the options given to the constructor
   */
  protected final ReadOptions options() {
    return options;
  }

  /**
   * An exception that ends the read in either mode; throw what it returns.
   *
   * @param problem where the input became unreadable and why, e.g. malformed JSON at
   *     {@code $.observations[12]}
   * @return the exception to throw from {@link #readRecord()}; the cursor is marked so that
   *     {@link #hasNext()} rethrows it even in lenient mode, without counting a rejected record
   */
  protected final DatasetReadException fatal(Problem problem) {
    fatal = true;
    return new DatasetReadException(problem);
  }

  /**
   * Records a bad record that the subclass skipped by itself (a problem that does not come as an
   * exception); in fail-fast mode it throws instead.
   *
   * @param problem where the skipped record is and what is wrong with it
   * @throws DatasetReadException in fail-fast mode, carrying {@code problem}
   */
  protected final void reject(Problem problem) {
    if (!options.isLenient()) {
      throw new DatasetReadException(problem); // counted where the read stops, in hasNext
    }
    rejected++;
    keep(problem);
    LOG.log(System.Logger.Level.DEBUG, () -> "skipped in lenient mode: " + problem);
  }

  /**
   * Notes in the report what the subclass left out on purpose, which is no problem (a hidden
   * sheet skipped by default); in either mode the read goes on. Kept up to
   * {@link ReadOptions#maxProblems()} notes.
   *
   * @param note one sentence naming the part of the input and how to read it after all; not null
   * @throws NullPointerException if {@code note} is null
   */
  protected final void note(String note) {
    Objects.requireNonNull(note, "note");
    if (notes == null) {
      notes = new ArrayList<>();
    }
    if (notes.size() < options.maxProblems()) {
      notes.add(note);
    }
  }

  private void keep(Problem problem) {
    if (problems.size() < options.maxProblems()) {
      problems.add(problem);
    }
  }

  /**
   * Counts a cell that has no figure (a null, or a marker such as {@code ..} or {@code :}): not an
   * observation and not a bad record, but reported in {@link ReadReport#missingValues()} so that
   * nothing passes unseen.
   *
   * @param marker the marker that said the figure is missing, {@code null} for a bare null; not null
   * @throws NullPointerException if {@code marker} is null
   */
  protected final void missing(String marker) {
    Objects.requireNonNull(marker, "marker");
    if (missingValues == null) {
      missingValues = new HashMap<>();
    }
    long[] count = missingValues.get(marker);
    if (count == null) {
      missingValues.put(marker, count = new long[1]);
    }
    count[0]++;
  }

  @Override
  public final boolean hasNext() {
    while (next == null && !done) {
      Observation o;
      try {
        o = readRecord();
      } catch (DatasetReadException e) {
        if (fatal || !options.isLenient()) {
          if (!fatal) {
            rejected++;
          }
          done = true;
          close();
          throw e;
        }
        rejected++;
        keep(e.problem());
        LOG.log(System.Logger.Level.DEBUG, () -> "skipped in lenient mode: " + e.getMessage());
        continue;
      }
      if (o == null) {
        done = true;
        close();
      } else {
        accepted++;
        next = o;
        if (o.value().unit().isOpaque()) {
          if (opaqueUnits == null) {
            opaqueUnits = new HashMap<>();
          }
          opaqueUnits.merge(o.value().unit().symbol(), 1L, Long::sum);
        }
      }
    }
    return next != null;
  }

  @Override
  public final Observation next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more observations in " + source);
    }
    Observation o = next;
    next = null;
    return o;
  }

  @Override
  public final ReadReport report() {
    ReadReport report = ReadReport.of(source, accepted, rejected, problems);
    report = opaqueUnits == null ? report : report.withOpaqueUnits(opaqueUnits);
    ReadReport r = report;
    if (missingValues != null) {
      Map<String, Long> counts = new HashMap<>();
      missingValues.forEach((marker, count) -> counts.put(marker, count[0]));
      r = report.withMissingValues(counts);
    }
    return notes == null ? r : r.withNotes(notes);
  }
}
