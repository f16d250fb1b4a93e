package io.github.zhibiao.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.zhibiao.spi.DatasetFormatsTest.Fake;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link DatasetFormats#readerFor} names the format {@link DatasetFormats#open} reads with. */
class ReaderForTest {
  @TempDir
  Path dir;

  final Fake csv = new Fake("csv", 1, List.of("csv"), "indicator,", true, true);
  final Fake json = new Fake("json", 0, List.of("json"), "{", true, true);
  final Fake writeOnly = new Fake("wide", 5, List.of("csv"), "indicator,", false, true);
  final Fake loose = new Fake("loose", -1, List.of("txt"), null, true, false);
  final DatasetFormats formats = DatasetFormats.of(List.of(csv, json, writeOnly, loose));

  private Optional<DatasetFormat> chosen(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, content, StandardCharsets.UTF_8);
    Optional<DatasetFormat> said = formats.readerFor(file, content.getBytes(StandardCharsets.UTF_8));
    List<Fake> fakes = List.of(csv, json, loose);
    fakes.forEach(f -> f.opened.clear());
    try (ObservationCursor c = formats.open(file, ReadOptions.defaults())) {
      c.toDataset();
    } catch (IllegalArgumentException e) {
      assertEquals(Optional.empty(), said, "open found no format, so readerFor finds none");
      return said;
    }
    Fake opened = fakes.stream().filter(f -> !f.opened.isEmpty()).findFirst().orElseThrow();
    assertEquals(Optional.of(opened), said, name + ": readerFor and open agree");
    return said;
  }

  @Test
  void extensionAndContentThenContentThenExtension() throws IOException {
    assertEquals(Optional.of(csv), chosen("a.csv", "indicator,value"), "extension and content; the writer is passed over");
    assertEquals(Optional.of(json), chosen("a.csv", "{\"observations\": []}"), "content over a wrong extension");
    assertEquals(Optional.of(json), chosen("a.dat", "{}"), "content alone");
    assertEquals(Optional.of(loose), chosen("notes.txt", "粮食总产量130亿斤"), "the extension when no content matches");
    assertEquals(Optional.empty(), chosen("a.dat", "<xml/>"));
  }

  @Test
  void nullsAreRefused() {
    assertThrows(NullPointerException.class, () -> formats.readerFor(null, new byte[0]));
    assertThrows(NullPointerException.class, () -> formats.readerFor(Path.of("a.csv"), null));
  }
}
