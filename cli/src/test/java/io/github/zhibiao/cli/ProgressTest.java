package io.github.zhibiao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zhibiao.spi.ReadProgress;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The progress bar of a 50 MB input, through the events it draws from. */
class ProgressTest {
  static final long SIZE = 50L * 1000 * 1000;

  @TempDir
  static Path dir;

  static Path big;
  static long rows;

  @BeforeAll
  static void writeFiftyMegabytes() throws IOException {
    List<String> seed = Files.readAllLines(Run.SEED);
    big = dir.resolve("big.csv");
    try (BufferedWriter w = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
      w.write(seed.get(0));
      w.write('\n');
      long written = seed.get(0).getBytes(StandardCharsets.UTF_8).length + 1;
      String row = seed.get(2) + "\n";
      int n = row.getBytes(StandardCharsets.UTF_8).length;
      while (written < SIZE) {
        w.write(row);
        written += n;
        rows++;
      }
    }
  }

  @Test
  void aTerminalSeesGrowingEventsEndingInOneDoneWithTheWholeFile() throws IOException {
    Run r = Run.onTerminal("read", big.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains(rows + " read, " + rows + " accepted, 0 rejected"), r.out());
    List<ReadProgress> events = r.events();
    assertTrue(events.size() > 100, "events: " + events.size());
    long size = Files.size(big);
    for (int i = 1; i < events.size(); i++) {
      assertTrue(events.get(i).records() >= events.get(i - 1).records(), "records grow at " + i);
      assertTrue(events.get(i).bytes() >= events.get(i - 1).bytes(), "bytes grow at " + i);
      assertEquals(size, events.get(i).totalBytes());
    }
    for (int i = 0; i < events.size() - 1; i++) {
      assertFalse(events.get(i).done(), "only the last is done: " + i);
    }
    ReadProgress last = events.get(events.size() - 1);
    assertTrue(last.done());
    assertEquals(rows, last.records());
    assertEquals(size, last.bytes());
    // the bar: redrawn in place, at 100 % at the end, with the speed
    assertTrue(r.err().startsWith("\rbig.csv ["), r.err().substring(0, Math.min(80, r.err().length())));
    String end = r.err().substring(r.err().lastIndexOf('\r') + 1);
    String mb = java.util.regex.Pattern.quote(ProgressBar.megabytes(size));
    assertTrue(end.matches("big\\.csv \\[#{24}\\] 100%  " + mb + "/" + mb + " MB  " + rows
        + " records  \\d+\\.\\d MB/s\\R"), end);
  }

  @Test
  void notATerminalDrawsNothing() {
    Run r = Run.of("read", big.toString());
    assertEquals(0, r.code());
    assertTrue(r.events().isEmpty());
    assertEquals("", r.err());
  }

  @Test
  void aSmallFileOnATerminalDrawsNothing() {
    Run r = Run.onTerminal("read", Run.SEED.toString());
    assertTrue(r.events().isEmpty());
    assertEquals("", r.err());
  }

  @Test
  void aDirectoryOfTextsOnATerminalIsFollowedPerFile() throws IOException {
    Path texts = dir.resolve("texts");
    Files.createDirectories(texts);
    Files.copy(Run.SAMPLE, texts.resolve("a.txt"));
    Files.copy(Run.SAMPLE, texts.resolve("b.txt"));
    Run r = Run.onTerminal("extract", texts.toString());
    assertEquals(0, r.code(), r.err());
    List<ReadProgress> done = r.events().stream().filter(ReadProgress::done).toList();
    assertEquals(List.of("a.txt", "b.txt"), done.stream().map(ReadProgress::source).toList());
    long size = Files.size(Run.SAMPLE);
    for (ReadProgress p : done) {
      assertEquals(size, p.bytes()); // the sample is UTF-8 without a BOM
      assertEquals(size, p.totalBytes());
    }
  }

  @Test
  void megabytesAreRoundedDownToATenth() {
    assertEquals("0.0", ProgressBar.megabytes(99_999));
    assertEquals("14.6", ProgressBar.megabytes(14_699_999));
    assertEquals("50.0", ProgressBar.megabytes(50_000_000));
  }
}
