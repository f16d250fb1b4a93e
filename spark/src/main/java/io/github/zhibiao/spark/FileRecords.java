package io.github.zhibiao.spark;

import io.github.zhibiao.ZhibiaoException;
import io.github.zhibiao.model.Observation;
import io.github.zhibiao.spi.DatasetFormat;
import io.github.zhibiao.spi.DatasetFormats;
import io.github.zhibiao.spi.DatasetReadException;
import io.github.zhibiao.spi.DatasetReader;
import io.github.zhibiao.spi.ObservationCursor;
import io.github.zhibiao.spi.Problem;
import io.github.zhibiao.spi.ReadOptions;
import io.github.zhibiao.spi.ReadReport;
import io.github.zhibiao.spi.TextCharsets;
import io.github.zhibiao.text.ExtractedFact;
import io.github.zhibiao.text.Extraction;
import io.github.zhibiao.text.ExtractionContext;
import io.github.zhibiao.text.TextExtractor;
import io.github.zhibiao.text.UnreadSentence;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The observations of one file, one at a time, with where each stands, and the problems of the
 * read. The format is the one the options name, else the one {@link DatasetFormats#readerFor}
 * chooses from the file's name and first bytes (the choice {@code DatasetFormats.open} makes).
 * Prose ({@code text}) is read with {@link TextExtractor}, so that each fact keeps its span.
 */
abstract class FileRecords implements AutoCloseable {
  private static final int SNIFF_BYTES = 4096;

  /** The installed formats, found once per JVM through this module's class loader. */
  private static final class Installed {
    static final DatasetFormats FORMATS = DatasetFormats.installed(FileRecords.class.getClassLoader());
  }

  final String formatId;

  FileRecords(String formatId) {
    this.formatId = formatId;
  }

  /** Advances to the next observation; false at the end. In strict mode a bad record throws. */
  abstract boolean next();

  abstract Observation observation();

  /** The 1-based line of the current observation, or null where the format does not say. */
  abstract Long line();

  /** The span of the current observation in the text (start inclusive, end exclusive), or null. */
  abstract Integer start();

  abstract Integer end();

  /** The reader's problems; complete once {@link #next()} has returned false. */
  abstract List<Problem> problems();

  @Override
  public abstract void close();

  /** The installed format ids, for messages. */
  static List<String> formatIds() {
    List<String> ids = new ArrayList<>();
    for (DatasetFormat f : Installed.FORMATS.all()) {
      ids.add(f.id());
    }
    return ids;
  }

  /** Checks on the driver that a named format is installed and readable. */
  static void requireReadable(String formatId) {
    DatasetFormat f = Installed.FORMATS.byId(formatId).orElseThrow(() -> new ZhibiaoException(
        "option format: no installed format has the id '" + formatId + "'; installed: " + formatIds()));
    if (f.reader().isEmpty()) {
      throw new ZhibiaoException("option format: '" + formatId + "' can be written but not read");
    }
  }

  /**
   * Opens {@code in}, the content of the file {@code name}; takes ownership of the stream.
   *
   * @throws DatasetReadException if the file cannot be read at all
   * @throws ZhibiaoException if no format reads it
   */
  static FileRecords open(InputStream raw, String name, SourceOptions options) {
    BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
    try {
      DatasetFormat format;
      if (options.format != null) {
        format = Installed.FORMATS.byId(options.format).orElseThrow(() -> new ZhibiaoException(
            "option format: no installed format has the id '" + options.format + "'; installed: " + formatIds()));
      } else {
        in.mark(SNIFF_BYTES);
        byte[] head = in.readNBytes(SNIFF_BYTES);
        in.reset();
        format = Installed.FORMATS.readerFor(Path.of(name), head).orElseThrow(() -> new ZhibiaoException(
            "no format reads " + name + " (by its name or first bytes); give option format, one of " + formatIds()));
      }
      DatasetReader reader = format.reader().orElseThrow(() -> new ZhibiaoException(
          "format '" + format.id() + "' can be written but not read"));
      ReadOptions read = options.readOptions();
      if (format.id().equals("text")) {
        return Prose.read(in, name, read, reader);
      }
      return new Cursor(format.id(), reader.open(in, name, read));
    } catch (IOException e) {
      close(in);
      throw new UncheckedIOException("cannot read " + name + ": " + e.getMessage(), e);
    } catch (RuntimeException e) {
      close(in);
      throw e;
    }
  }

  private static void close(InputStream in) {
    try {
      in.close();
    } catch (IOException ignored) {
      // the first failure is the one to report
    }
  }

  /** Any format but prose: the format's own cursor. */
  private static final class Cursor extends FileRecords {
    private final ObservationCursor cursor;
    private Observation current;

    Cursor(String formatId, ObservationCursor cursor) {
      super(formatId);
      this.cursor = cursor;
    }

    @Override
    boolean next() {
      if (!cursor.hasNext()) {
        current = null;
        return false;
      }
      current = cursor.next();
      return true;
    }

    @Override
    Observation observation() {
      return current;
    }

    @Override
    Long line() {
      return null;
    }

    @Override
    Integer start() {
      return null;
    }

    @Override
    Integer end() {
      return null;
    }

    @Override
    List<Problem> problems() {
      ReadReport report = cursor.report();
      List<Problem> problems = new ArrayList<>(report.problems());
      long untold = report.rejected() - problems.size();
      if (untold > 0) {
        problems.add(Problem.of(report.source(), untold + " more rejected records were counted but not kept by the reader"));
      }
      return problems;
    }

    @Override
    public void close() {
      cursor.close();
    }
  }

  /** Prose, read with the extractor so that every fact keeps its span and line. */
  private static final class Prose extends FileRecords {
    private final String text;
    private final Iterator<ExtractedFact> facts;
    private final List<Problem> problems = new ArrayList<>();
    private ExtractedFact current;
    private int lineAt;
    private long line = 1;

    private Prose(String text, Extraction extraction, String name, boolean lenient) {
      super("text");
      this.text = text;
      this.facts = extraction.facts().iterator();
      if (lenient) { // as the text format does: unread sentences are problems of a lenient read only
        for (UnreadSentence u : extraction.unread()) {
          problems.add(Problem.of(name, u.reason()).atLine(lineOf(u.start())).inField("sentence").withText(u.text()));
        }
        lineAt = 0;
        line = 1;
      }
    }

    static FileRecords read(InputStream in, String name, ReadOptions options, DatasetReader reader) throws IOException {
      byte[] bytes;
      try (InputStream input = in) {
        bytes = input.readAllBytes();
      }
      Charset charset = options.charset().orElse(StandardCharsets.UTF_8);
      String text;
      try {
        text = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
      } catch (CharacterCodingException e) {
        throw new DatasetReadException(Problem.of(name, "the text is not valid " + charset.name()
            + "; give option charset (GB18030 for Chinese Windows files)"), e);
      }
      text = TextCharsets.withoutBom(text);
      ExtractionContext context = ExtractionContext.fromText(text, options.regions()).orElse(null);
      if (context == null) {
        // the text format refuses such a text with its own message: let it say why
        reader.open(new ByteArrayInputStream(bytes), name, options).close();
        throw new DatasetReadException(Problem.of(name, "the text names no region or no year (such as 赤峰市 and 2023年)"));
      }
      Extraction extraction = TextExtractor.create().extract(text, context.withUnits(options.units()));
      return new Prose(text, extraction, name, options.isLenient());
    }

    /** The 1-based line of {@code index}; indexes come in increasing order. */
    private long lineOf(int index) {
      for (; lineAt < index; lineAt++) {
        if (text.charAt(lineAt) == '\n') {
          line++;
        }
      }
      return line;
    }

    @Override
    boolean next() {
      if (!facts.hasNext()) {
        current = null;
        return false;
      }
      current = facts.next();
      return true;
    }

    @Override
    Observation observation() {
      return current.observation();
    }

    @Override
    Long line() {
      return lineOf(current.start());
    }

    @Override
    Integer start() {
      return current.start();
    }

    @Override
    Integer end() {
      return current.end();
    }

    @Override
    List<Problem> problems() {
      return problems;
    }

    @Override
    public void close() {
      // the text was read whole when the file was opened
    }
  }
}
