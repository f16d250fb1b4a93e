package io.github.zhibiao.spark;

import io.github.zhibiao.ZhibiaoException;
import io.github.zhibiao.spi.DatasetReadException;
import io.github.zhibiao.spi.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.connector.read.PartitionReader;

/**
 * The rows of one file. Strict: any failure propagates, and fails the task and the job with it.
 * Lenient: a record the reader skips, a number that does not fit and a file that cannot be read at
 * all become problems, counted in {@link #problemCount()} and given by {@link Problems}.
 */
abstract class FileReader implements PartitionReader<InternalRow> {
  final String file;
  final String name;
  final SourceOptions options;
  private final Configuration conf;
  private final Rows.Builder rows;
  FileRecords records; // null until opened, and after a lenient failure to open
  private boolean opened;
  private boolean finished; // the file's end, or a lenient read that could not go on
  private long record;
  final Deque<InternalRow> problems = new ArrayDeque<>();
  private long problemCount;

  FileReader(String file, SourceOptions options, Configuration conf, Rows.Builder rows) {
    this.file = file;
    this.rows = rows;
    this.name = new Path(file).getName();
    this.options = options;
    this.conf = conf;
  }

  /** The observation row after the next good record, or null at the end; problems are queued. */
  final InternalRow nextObservation() {
    if (!opened) {
      opened = true;
      open();
    }
    if (records == null || finished) {
      return null;
    }
    while (true) {
      boolean more;
      try {
        more = records.next();
      } catch (DatasetReadException e) {
        if (!options.lenient) {
          throw e;
        }
        // a lenient reader throws only when the input became unreadable: the problems so far, then why the rest is lost
        finished = true;
        for (Problem p : records.problems()) {
          problem(p);
        }
        problem(e.problem());
        return null;
      }
      if (!more) {
        finished = true;
        for (Problem p : records.problems()) {
          problem(p);
        }
        return null;
      }
      record++;
      Rows.Place at = new Rows.Place(file, records.formatId, record, records.line(), records.start(), records.end());
      try {
        return rows.observation(records.observation(), at, name);
      } catch (DatasetReadException e) {
        if (!options.lenient) {
          throw e;
        }
        problem(e.problem());
      }
    }
  }

  /**
   * Opens the file. A local file is read through Hadoop's raw local file system, not the checksum
   * file system in front of it, which looks for a {@code .name.crc} file beside every file and reads
   * through a checker of 512-byte chunks: such a checksum file (which Hadoop writes beside files it
   * writes itself) is not checked. The readers still check every record they read.
   */
  private void open() {
    InputStream in;
    try {
      Path path = new Path(file);
      FileSystem fs = path.getFileSystem(conf);
      if (fs instanceof LocalFileSystem local) {
        fs = local.getRaw();
      }
      in = fs.open(path);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open " + file + ": " + e.getMessage(), e);
    }
    try {
      records = FileRecords.open(in, name, options);
    } catch (ZhibiaoException e) { // a DatasetReadException too
      if (!options.lenient) {
        throw e;
      }
      problem(e instanceof DatasetReadException d ? d.problem() : Problem.of(name, e.getMessage()));
    }
  }

  private void problem(Problem p) {
    problemCount++;
    problems.add(Rows.problem(p, file, records == null ? null : records.formatId));
  }

  /** How many problems this file had so far. */
  final long problemCount() {
    return problemCount;
  }

  @Override
  public void close() {
    if (records != null) {
      records.close();
    }
  }

  /** The observations of the file. */
  static final class Observations extends FileReader {
    private InternalRow current;

    Observations(String file, SourceOptions options, Configuration conf, Rows.Builder rows) {
      super(file, options, conf, rows);
    }

    @Override
    public boolean next() {
      current = nextObservation();
      problems.clear(); // they are the problems output's
      return current != null;
    }

    @Override
    public InternalRow get() {
      return current;
    }
  }

  /** The problems of the file: the file is read through as for observations, and its problems given. */
  static final class Problems extends FileReader {
    private InternalRow current;
    private boolean done;

    Problems(String file, SourceOptions options, Configuration conf, Rows.Builder rows) {
      super(file, options, conf, rows);
    }

    @Override
    public boolean next() {
      while (problems.isEmpty() && !done) {
        done = nextObservation() == null;
      }
      current = problems.poll();
      return current != null;
    }

    @Override
    public InternalRow get() {
      return current;
    }
  }
}
