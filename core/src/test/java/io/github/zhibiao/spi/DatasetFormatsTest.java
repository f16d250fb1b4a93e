package io.github.zhibiao.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zhibiao.model.Dataset;
import io.github.zhibiao.model.Observation;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetFormatsTest {

  /** A configurable fake format: reads one fixed observation per line that starts with its magic. */
  static class Fake implements DatasetFormat {
    final String id;
    final int rank;
    final List<String> extensions;
    final String magic; // null: never sniffs
    final boolean readable;
    final boolean writable;
    final List<String> opened = new ArrayList<>();
    final List<String> written = new ArrayList<>();

    Fake(String id, int rank, List<String> extensions, String magic, boolean readable, boolean writable) {
      this.id = id;
      this.rank = rank;
      this.extensions = extensions;
      this.magic = magic;
      this.readable = readable;
      this.writable = writable;
    }

    @Override public String id() { return id; }
    @Override public String name() { return "fake " + id; }
    @Override public String mediaType() { return "text/x-" + id; }
    @Override public List<String> fileExtensions() { return extensions; }
    @Override public int rank() { return rank; }

    @Override
    public boolean canRead(byte[] head) {
      return magic != null && new String(head, StandardCharsets.UTF_8).startsWith(magic);
    }

    @Override
    public Optional<DatasetReader> reader() {
      if (!readable) {
        return Optional.empty();
      }
      return Optional.of((in, source, options) -> {
        String content;
        try (InputStream i = in) {
          content = new String(i.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        opened.add(source + ":" + content);
        Observation o = AbstractObservationCursorTest.grain("2023", "130亿斤");
        return new AbstractObservationCursor(source, options) {
          boolean given;

          @Override
          protected Observation readRecord() {
            if (given) {
              return null;
            }
            given = true;
            return o;
          }

          @Override
          public void close() {}
        };
      });
    }

    @Override
    public Optional<DatasetWriter> writer() {
      if (!writable) {
        return Optional.empty();
      }
      return Optional.of((dataset, out, options) -> {
        written.add(dataset.size() + " " + options.delimiter());
        out.write(("written by " + id).getBytes(StandardCharsets.UTF_8));
      });
    }
  }

  static final class Unavailable extends Fake {
    Unavailable() {
      super("gone", 100, List.of("csv"), "", true, true);
    }

    @Override
    public boolean isAvailable() {
      return false;
    }
  }

  @TempDir
  Path dir;

  @Test
  void defaultsOfTheInterface() {
    DatasetFormat plain = new DatasetFormat() {
      @Override public String id() { return "plain"; }
      @Override public String name() { return "plain"; }
      @Override public String mediaType() { return "text/plain"; }
      @Override public List<String> fileExtensions() { return List.of("txt"); }
      @Override public Optional<DatasetReader> reader() { return Optional.empty(); }
      @Override public Optional<DatasetWriter> writer() { return Optional.empty(); }
    };
    assertEquals(0, plain.rank());
    assertTrue(plain.isAvailable());
    assertFalse(plain.canRead("id,value".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void orderedByRankThenIdWithoutUnavailableOnes() {
    Fake b = new Fake("b", 0, List.of("csv"), null, true, true);
    Fake a = new Fake("a", 0, List.of("csv"), null, true, true);
    Fake high = new Fake("z", 5, List.of("csv"), null, true, true);
    Fake low = new Fake("c", -1, List.of("csv"), null, true, true);
    DatasetFormats f = DatasetFormats.of(List.of(b, low, new Unavailable(), a, high));
    assertEquals(List.of(high, a, b, low), f.all());
    assertEquals(Optional.of(high), f.byExtension(Path.of("seed.CSV")));
  }

  @Test
  void byIdIsCaseInsensitiveAndByExtensionNeedsADot() {
    Fake csv = new Fake("csv", 0, List.of("csv"), null, true, true);
    Fake json = new Fake("json", 0, List.of("json"), null, true, true);
    DatasetFormats f = DatasetFormats.of(List.of(csv, json));
    assertEquals(Optional.of(json), f.byId("JSON"));
    assertEquals(Optional.empty(), f.byId("xml"));
    assertEquals(Optional.of(json), f.byExtension(Path.of("dir", "chifeng.Json")));
    assertEquals(Optional.empty(), f.byExtension(Path.of("README")));
    assertEquals(Optional.of(csv), f.byExtension(Path.of(".csv")), "a dot file has an extension too");
    assertEquals(Optional.empty(), f.byExtension(Path.of("a.xml")));
  }

  @Test
  void theLongestExtensionWinsOverRank() {
    Fake json = new Fake("json", 10, List.of("json"), null, true, true);
    Fake stat = new Fake("json-stat", 5, List.of("json", "stat.json", "JSONSTAT"), null, true, true);
    Fake empty = new Fake("empty", 20, List.of(""), null, true, true);
    DatasetFormats f = DatasetFormats.of(List.of(json, stat, empty));
    assertEquals(Optional.of(stat), f.byExtension(Path.of("target", "chifeng.stat.json")));
    assertEquals(Optional.of(stat), f.byExtension(Path.of("chifeng.STAT.Json")));
    assertEquals(Optional.of(stat), f.byExtension(Path.of("chifeng.jsonstat")), "extensions compare in lower case");
    assertEquals(Optional.of(json), f.byExtension(Path.of("chifeng.json")), "same length: the higher rank");
    assertEquals(Optional.of(json), f.byExtension(Path.of("stat.json")), "stat.json needs a dot before it");
    assertEquals(Optional.of(json), f.byExtension(Path.of("chifeng.xstat.json")));
    assertEquals(Optional.empty(), f.byExtension(Path.of("chifeng.")), "an empty extension claims nothing");
    assertEquals(Optional.empty(), f.byExtension(Path.of("chifeng")));
    assertEquals(Optional.empty(), f.byExtension(Path.of("/")), "a path without a file name");
  }

  @Test
  void writeAndOpenFollowTheLongestExtension() throws IOException {
    Fake json = new Fake("json", 10, List.of("json"), null, true, true);
    Fake stat = new Fake("json-stat", 5, List.of("json", "stat.json"), null, true, true);
    Fake readOnly = new Fake("stat-reader", 1, List.of("stat.json"), null, true, false);
    DatasetFormats f = DatasetFormats.of(List.of(json, stat, readOnly));
    Path file = dir.resolve("chifeng.stat.json");
    f.write(Dataset.of(List.of(AbstractObservationCursorTest.grain("2023", "130亿斤"))), file, WriteOptions.defaults());
    assertEquals("written by json-stat", Files.readString(file));
    assertEquals(List.of(), json.written);
    try (ObservationCursor c = f.open(file, ReadOptions.defaults())) {
      assertEquals(1, c.toDataset().size());
    }
    assertEquals(List.of("chifeng.stat.json:written by json-stat"), stat.opened);
  }

  @Test
  void sniffTakesTheFirstThatSaysYes() {
    Fake csv = new Fake("csv", 1, List.of("csv"), "indicator,", true, true);
    Fake json = new Fake("json", 0, List.of("json"), "{", true, true);
    DatasetFormats f = DatasetFormats.of(List.of(csv, json));
    assertEquals(Optional.of(json), f.sniff("{\"observations\":[]}".getBytes(StandardCharsets.UTF_8)));
    assertEquals(Optional.of(csv), f.sniff("indicator,region".getBytes(StandardCharsets.UTF_8)));
    assertEquals(Optional.empty(), f.sniff("<xml/>".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void aFailingFormatIsNamed() {
    Fake broken = new Fake("broken", 0, List.of("csv"), null, true, true) {
      @Override
      public boolean canRead(byte[] head) {
        throw new IllegalStateException("no sniffing today");
      }
    };
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> DatasetFormats.of(List.of(broken)).sniff(new byte[] {1}));
    assertTrue(e.getMessage().startsWith("format 'broken' (" + broken.getClass().getName() + ") failed in canRead(): "),
        e.getMessage());
    assertTrue(e.getMessage().contains("no sniffing today"), e.getMessage());

    Fake unavailable = new Fake("flaky", 0, List.of("csv"), null, true, true) {
      @Override
      public boolean isAvailable() {
        throw new IllegalStateException("library missing");
      }
    };
    IllegalStateException e2 = assertThrows(IllegalStateException.class, () -> DatasetFormats.of(List.of(unavailable)));
    assertTrue(e2.getMessage().startsWith("format 'flaky' ("), e2.getMessage());
    assertTrue(e2.getMessage().contains(") failed in isAvailable(): "), e2.getMessage());
    assertTrue(e2.getMessage().contains("library missing"), e2.getMessage());

    Fake nameless = new Fake("x", 0, List.of("csv"), null, true, true) {
      @Override
      public String id() {
        throw new IllegalStateException("no id");
      }

      @Override
      public boolean isAvailable() {
        throw new IllegalStateException("library missing");
      }
    };
    IllegalStateException e3 = assertThrows(IllegalStateException.class, () -> DatasetFormats.of(List.of(nameless)));
    assertTrue(e3.getMessage().startsWith("format '?' ("), e3.getMessage());
  }

  @Test
  void openPrefersTheExtensionWhenItsFormatAlsoSniffsYes() throws IOException {
    Fake csv = new Fake("csv", 0, List.of("csv"), "indicator", true, true);
    Fake other = new Fake("other", 9, List.of("txt"), "indicator", true, true);
    Path file = dir.resolve("seed.csv");
    Files.writeString(file, "indicator,value");
    try (ObservationCursor c = DatasetFormats.of(List.of(csv, other)).open(file, ReadOptions.defaults())) {
      assertTrue(c.hasNext());
    }
    assertEquals(List.of("seed.csv:indicator,value"), csv.opened, "the whole stream, from its start");
    assertEquals(List.of(), other.opened);
  }

  @Test
  void openFallsBackToSniffingThenToTheExtension() throws IOException {
    Fake json = new Fake("json", 0, List.of("json"), "{", true, true);
    Fake csv = new Fake("csv", 0, List.of("csv"), "indicator", true, true);
    Path misnamed = dir.resolve("seed.csv");
    Files.writeString(misnamed, "{\"a\":1}");
    DatasetFormats f = DatasetFormats.of(List.of(json, csv));
    Dataset d = f.open(misnamed, ReadOptions.defaults()).toDataset();
    assertEquals(1, d.size());
    assertEquals(List.of("seed.csv:{\"a\":1}"), json.opened);

    Path odd = dir.resolve("odd.csv");
    Files.writeString(odd, "neither");
    f.open(odd, ReadOptions.defaults()).close();
    assertEquals(List.of("odd.csv:neither"), csv.opened);
  }

  @Test
  void openSkipsFormatsWithoutAReader() throws IOException {
    Fake writeOnly = new Fake("chart", 9, List.of("csv"), "", false, true);
    Fake csv = new Fake("csv", 0, List.of("csv"), null, true, true);
    Path file = dir.resolve("seed.csv");
    Files.writeString(file, "x");
    DatasetFormats.of(List.of(writeOnly, csv)).open(file, ReadOptions.defaults()).close();
    assertEquals(List.of("seed.csv:x"), csv.opened);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> DatasetFormats.of(List.of(writeOnly)).open(file, ReadOptions.defaults()));
    assertEquals("no format reads " + file + "; installed: chart (csv)", e.getMessage());
  }

  @Test
  void openNamesWhatIsInstalledAndAMissingFile() {
    Path missing = dir.resolve("nope.csv");
    UncheckedIOException e = assertThrows(UncheckedIOException.class,
        () -> DatasetFormats.of(List.of()).open(missing, ReadOptions.defaults()));
    assertTrue(e.getMessage().startsWith("cannot open " + missing + ": "), e.getMessage());
  }

  @Test
  void noFormatAtAllSaysWhatToAdd() throws IOException {
    Path file = dir.resolve("seed.csv");
    Files.writeString(file, "x");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> DatasetFormats.of(List.of()).open(file, ReadOptions.defaults()));
    assertEquals("no format reads " + file + "; installed: none (add zhibiao-io-csv or zhibiao-io-json)", e.getMessage());
    Fake two = new Fake("json", 0, List.of("json", "jsonl"), null, true, false);
    Fake csv = new Fake("csv", 0, List.of("csv", "tsv"), null, false, true);
    IllegalArgumentException w = assertThrows(IllegalArgumentException.class,
        () -> DatasetFormats.of(List.of(two, csv)).write(Dataset.empty(), dir.resolve("out.json"), WriteOptions.defaults()));
    assertEquals("no format writes files like out.json; installed: csv (csv, tsv), json (json, jsonl)", w.getMessage());
  }

  @Test
  void writeUsesTheExtensionsWriter() throws IOException {
    Fake readOnly = new Fake("ro", 9, List.of("csv"), null, true, false);
    Fake csv = new Fake("csv", 0, List.of("csv"), null, true, true);
    Path out = dir.resolve("chifeng.csv");
    Dataset d = Dataset.of(List.of(AbstractObservationCursorTest.grain("2023", "130亿斤")));
    DatasetFormats.of(List.of(readOnly, csv)).write(d, out, WriteOptions.defaults().withDelimiter(';'));
    assertEquals("written by csv", Files.readString(out));
    assertEquals(List.of("1 ;"), csv.written);
  }

  @Test
  void installedFindsNoFormatInCoreAlone() throws IOException {
    assertEquals(List.of(), DatasetFormats.installed().all());
    assertEquals(List.of(), DatasetFormats.installed(DatasetFormatsTest.class.getClassLoader()).all());
    Path file = dir.resolve("seed.csv");
    Files.writeString(file, "x");
    assertThrows(IllegalArgumentException.class, () -> DatasetFormats.read(file));
    assertThrows(IllegalArgumentException.class, () -> DatasetFormats.write(Dataset.empty(), dir.resolve("o.csv")));
    assertFalse(Files.exists(dir.resolve("o.csv")));
  }

  @Test
  void formatsSeenThroughTheListAreTheSameObjects() {
    Fake csv = new Fake("csv", 0, List.of("csv"), null, true, true);
    assertSame(csv, DatasetFormats.of(List.of(csv)).all().get(0));
  }

  /** What a deliberately broken format does wrong. */
  enum Fault {
    NONE, ID_NULL, ID_BLANK, EXTENSIONS_NULL, EXTENSION_NULL, RANK_THROWS, READER_THROWS, READER_NULL, OPEN_THROWS,
    OPEN_NULL, OPEN_UNPLACED, HAS_NEXT_THROWS, NEXT_NULL, NEXT_THROWS, REPORT_NULL, CLOSE_THROWS, WRITER_NULL,
    WRITE_THROWS
  }

  /** A third-party format that breaks its contract in one way: it throws a RuntimeException, or returns null. */
  static final class Broken extends Fake {
    final Fault fault;

    Broken(Fault fault) {
      super("broken", 0, List.of("brk"), "BRK", true, true);
      this.fault = fault;
    }

    @Override public String id() { return fault == Fault.ID_NULL ? null : fault == Fault.ID_BLANK ? " " : super.id(); }

    @Override
    public List<String> fileExtensions() {
      if (fault == Fault.EXTENSION_NULL) {
        List<String> withNull = new ArrayList<>();
        withNull.add(null);
        return withNull;
      }
      return fault == Fault.EXTENSIONS_NULL ? null : super.fileExtensions();
    }

    @Override
    public int rank() {
      if (fault == Fault.RANK_THROWS) {
        throw new UnsupportedOperationException("rank not decided");
      }
      return 0;
    }

    @Override
    @SuppressWarnings("OptionalAssignedToNull")
    public Optional<DatasetReader> reader() {
      if (fault == Fault.READER_THROWS) {
        throw new IllegalStateException("reader not ready");
      }
      if (fault == Fault.READER_NULL) {
        return null;
      }
      return Optional.of((in, source, options) -> {
        switch (fault) {
          case OPEN_THROWS -> throw new NullPointerException("oops in open");
          case OPEN_NULL -> {
            return null;
          }
          case OPEN_UNPLACED -> throw new IllegalArgumentException("bad magic number 7");
          default -> { }
        }
        return new ObservationCursor() {
          boolean given;

          @Override
          public boolean hasNext() {
            if (fault == Fault.HAS_NEXT_THROWS) {
              throw new ArrayIndexOutOfBoundsException("index 3");
            }
            return !given;
          }

          @Override
          public Observation next() {
            if (given) {
              throw new java.util.NoSuchElementException();
            }
            given = true;
            if (fault == Fault.NEXT_THROWS) {
              throw new ClassCastException("not an observation");
            }
            return fault == Fault.NEXT_NULL ? null : AbstractObservationCursorTest.grain("2023", "130亿斤");
          }

          @Override
          public ReadReport report() {
            return fault == Fault.REPORT_NULL ? null : ReadReport.of(source, given ? 1 : 0, 0, List.of());
          }

          @Override
          public void close() {
            if (fault == Fault.CLOSE_THROWS) {
              throw new IllegalStateException("already closed");
            }
          }
        };
      });
    }

    @Override
    @SuppressWarnings("OptionalAssignedToNull")
    public Optional<DatasetWriter> writer() {
      if (fault == Fault.WRITER_NULL) {
        return null;
      }
      return Optional.of((dataset, out, options) -> {
        if (fault == Fault.WRITE_THROWS) {
          throw new NullPointerException("no out");
        }
        out.write('x');
      });
    }
  }

  private Path brk() throws IOException {
    Path file = dir.resolve("seed.brk");
    Files.writeString(file, "BRK 1");
    return file;
  }

  /** Reads the whole file through the lookup's cursor. */
  private static long readAll(DatasetFormats formats, Path file) {
    try (ObservationCursor c = formats.open(file, ReadOptions.defaults())) {
      long n = 0;
      while (c.hasNext()) {
        c.next();
        n++;
      }
      c.report();
      return n;
    }
  }

  @Test
  void theBrokenFormatWorksWhenItHasNoFault() throws IOException {
    assertEquals(1, readAll(DatasetFormats.of(List.of(new Broken(Fault.NONE))), brk()));
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.EnumSource(value = Fault.class, names = {"ID_NULL", "ID_BLANK", "EXTENSIONS_NULL",
      "EXTENSION_NULL", "RANK_THROWS"})
  void aFormatWithoutIdExtensionsOrRankIsRefusedWhenInstalled(Fault fault) {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> DatasetFormats.of(List.of(new Broken(fault))));
    assertTrue(e.getMessage().contains(Broken.class.getName()), e.getMessage());
    if (fault != Fault.ID_NULL && fault != Fault.ID_BLANK) {
      assertTrue(e.getMessage().startsWith("format 'broken' ("), e.getMessage());
    }
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.EnumSource(value = Fault.class, names = {"READER_THROWS", "READER_NULL", "OPEN_THROWS",
      "OPEN_NULL", "HAS_NEXT_THROWS", "NEXT_NULL", "NEXT_THROWS", "REPORT_NULL", "CLOSE_THROWS"})
  void aFormatThatBreaksItsContractWhileReadingIsNamed(Fault fault) throws IOException {
    DatasetFormats formats = DatasetFormats.of(List.of(new Broken(fault)));
    Path file = brk();
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> readAll(formats, file));
    assertTrue(e.getMessage().startsWith("format 'broken' (" + Broken.class.getName() + ") failed in "), e.getMessage());
    if (fault != Fault.READER_THROWS && fault != Fault.READER_NULL) {
      assertTrue(e.getMessage().contains("seed.brk"), "names the source: " + e.getMessage());
    }
    assertTrue(e.getMessage().contains("null") || e.getCause() != null, "says what went wrong: " + e.getMessage());
  }

  @Test
  void aReaderThatThrowsAPlainIllegalArgumentGivesAPlacedReadError() throws IOException {
    DatasetFormats formats = DatasetFormats.of(List.of(new Broken(Fault.OPEN_UNPLACED)));
    Path file = brk();
    DatasetReadException e = assertThrows(DatasetReadException.class, () -> readAll(formats, file));
    assertEquals("seed.brk: format 'broken' refused the input: bad magic number 7", e.getMessage());
    assertEquals("seed.brk", e.place().orElseThrow());
    assertTrue(e.getCause() instanceof IllegalArgumentException);
  }

  @Test
  void aBrokenFormatIsNamedWhenSniffingPicksIt() throws IOException {
    Path file = dir.resolve("seed.txt");
    Files.writeString(file, "BRK 1");
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> DatasetFormats.of(List.of(new Broken(Fault.READER_NULL))).open(file, ReadOptions.defaults()));
    assertTrue(e.getMessage().startsWith("format 'broken' (" + Broken.class.getName() + ") failed in reader(): "
        + "returned null"), e.getMessage());
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.EnumSource(value = Fault.class, names = {"WRITER_NULL", "WRITE_THROWS"})
  void aFormatThatBreaksItsContractWhileWritingIsNamed(Fault fault) {
    DatasetFormats formats = DatasetFormats.of(List.of(new Broken(fault)));
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> formats.write(Dataset.empty(), dir.resolve("out.brk"), WriteOptions.defaults()));
    assertTrue(e.getMessage().startsWith("format 'broken' (" + Broken.class.getName() + ") failed in "), e.getMessage());
  }

  @Test
  void noNoSuchElementIsTurnedIntoAFault() throws IOException {
    try (ObservationCursor c = DatasetFormats.of(List.of(new Broken(Fault.NONE))).open(brk(), ReadOptions.defaults())) {
      c.next();
      assertThrows(java.util.NoSuchElementException.class, c::next, "past the end is the Iterator's contract");
    }
  }

  @SuppressWarnings("unused")
  private static void unused(OutputStream o) {}
}
