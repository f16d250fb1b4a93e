package io.github.zhibiao.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zhibiao.model.Observation;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A read followed by a listener: records and bytes so far, the file's size, and the end. */
class ReadProgressTest {

  /** One observation a line, read line by line; a line "bad" is a bad record. */
  static final class Lines implements DatasetFormat {
    @Override public String id() { return "lines"; }
    @Override public String name() { return "lines"; }
    @Override public String mediaType() { return "text/plain"; }
    @Override public List<String> fileExtensions() { return List.of("lines"); }

    @Override
    public Optional<DatasetReader> reader() {
      return Optional.of((in, source, options) -> {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 16);
        return new AbstractObservationCursor(source, options) {
          long line;

          @Override
          protected Observation readRecord() {
            String l;
            try {
              l = r.readLine();
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
            line++;
            if (l == null) {
              return null;
            }
            if (l.equals("bad")) {
              throw new DatasetReadException(Problem.of(source, "a bad line").atLine(line));
            }
            return AbstractObservationCursorTest.grain("2023", l + "亿斤");
          }

          @Override
          public void close() {
            try {
              r.close();
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          }
        };
      });
    }

    @Override public Optional<DatasetWriter> writer() { return Optional.empty(); }
  }

  @TempDir
  Path dir;

  private Path file(int n, int badEvery) throws IOException {
    StringBuilder b = new StringBuilder();
    for (int i = 1; i <= n; i++) {
      b.append(badEvery > 0 && i % badEvery == 0 ? "bad" : String.valueOf(i)).append('\n');
    }
    Path f = dir.resolve("data.lines");
    Files.writeString(f, b);
    return f;
  }

  @Test
  void everyThousandRecordsAndOnceAtTheEnd() throws IOException {
    Path f = file(30_500, 0); // about 180 kB, more than the 64 kB read ahead
    List<ReadProgress> told = new ArrayList<>();
    try (ObservationCursor c = DatasetFormats.of(List.of(new Lines())).open(f, ReadOptions.defaults(), told::add)) {
      assertEquals(30_500, c.stream().count());
    }
    assertEquals(31, told.size(), told.toString());
    for (int i = 0; i < 30; i++) {
      assertEquals(1000L * (i + 1), told.get(i).records());
      assertFalse(told.get(i).done());
    }
    ReadProgress last = told.get(30);
    assertEquals(30_500, last.records());
    assertTrue(last.done());
    long size = Files.size(f);
    for (ReadProgress p : told) {
      assertEquals("data.lines", p.source());
      assertEquals(OptionalLong.of(size), p.total());
      assertTrue(p.bytes() > 0 && p.bytes() <= size, p.toString());
    }
    assertTrue(told.get(0).bytes() < size, "the first report comes before the whole file is read: " + told.get(0));
    assertTrue(told.get(0).perMille().getAsLong() < 1000, told.get(0).toString());
    assertTrue(told.get(29).bytes() >= told.get(0).bytes(), "bytes only grow");
    assertEquals(size, last.bytes(), "at the end every byte has been read");
    assertEquals(OptionalLong.of(1000), last.perMille());
  }

  @Test
  void skippedRecordsCountAndCloseEndsTheRead() throws IOException {
    Path f = file(3000, 10);
    List<ReadProgress> told = new ArrayList<>();
    try (ObservationCursor c = DatasetFormats.of(List.of(new Lines())).open(f, ReadOptions.defaults().lenient(),
        told::add)) {
      for (int i = 0; i < 1500; i++) {
        c.next();
      }
      assertEquals(1, told.size(), "a report after the first thousand records, bad ones included: " + told);
      assertTrue(told.get(0).records() >= 1000 && told.get(0).records() < 1010, told.toString());
    }
    assertEquals(2, told.size(), "closing ends the read: " + told);
    assertTrue(told.get(1).done());
    assertEquals(1666, told.get(1).records(), "1500 accepted and 166 skipped");
  }

  @Test
  void aFailedReadIsReportedAsEnded() throws IOException {
    Path f = file(20, 7);
    List<ReadProgress> told = new ArrayList<>();
    try (ObservationCursor c = DatasetFormats.of(List.of(new Lines())).open(f, ReadOptions.defaults(), told::add)) {
      assertThrows(DatasetReadException.class, () -> c.stream().count());
      assertEquals(1, told.size());
      assertTrue(told.get(0).done());
      assertEquals(7, told.get(0).records(), "six read and the seventh rejected");
    }
    assertEquals(1, told.size(), "told once");
  }

  @Test
  void argumentsAndValues() throws IOException {
    DatasetFormats formats = DatasetFormats.of(List.of(new Lines()));
    Path f = file(1, 0);
    assertThrows(NullPointerException.class, () -> formats.open(f, ReadOptions.defaults(), null));
    assertThrows(NullPointerException.class, () -> formats.open(null, ReadOptions.defaults(), p -> { }));
    assertThrows(NullPointerException.class, () -> formats.open(f, null, p -> { }));
    assertThrows(UncheckedIOException.class, () -> formats.open(dir.resolve("missing.lines"), ReadOptions.defaults(), p -> { }));
    assertEquals(OptionalLong.empty(), new ReadProgress("s", 1, 2, -1, false).total());
    assertEquals(OptionalLong.empty(), new ReadProgress("s", 1, 2, -1, false).perMille());
    assertEquals(OptionalLong.of(1000), new ReadProgress("s", 0, 0, 0, true).perMille(), "an empty input is all read");
    assertEquals(OptionalLong.of(333), new ReadProgress("s", 1, 1, 3, false).perMille());
    assertEquals(OptionalLong.of(1000), new ReadProgress("s", 1, 4, 3, false).perMille(), "at most 1000");
    assertEquals(OptionalLong.of(3), new ReadProgress("s", 1, 2, 3, false).total());
    assertThrows(IllegalArgumentException.class, () -> new ReadProgress("s", -1, 0, 0, false));
    assertThrows(IllegalArgumentException.class, () -> new ReadProgress("s", 0, -1, 0, false));
    assertThrows(IllegalArgumentException.class, () -> new ReadProgress("s", 0, 0, -2, false));
    assertThrows(NullPointerException.class, () -> new ReadProgress(null, 0, 0, 0, false));
    assertFalse(new ReadProgress("s", 0, 0, -1, false).done());
  }
}
