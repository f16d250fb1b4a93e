package io.github.zhibiao.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.zhibiao.model.Dataset;
import io.github.zhibiao.model.Observation;
import io.github.zhibiao.spi.DatasetFormats;
import io.github.zhibiao.spi.WriteOptions;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import org.junit.jupiter.api.Test;

/**
 * The seed's native JSON and JSON-stat files are what the library writes from the seed CSV, and
 * read back to the same data: the three files cannot drift apart. Regenerate them with
 * {@code ./mvnw -q -pl examples -am compile exec:java -Dexample=io.github.zhibiao.examples.FormatsTour -Dexec.args=seeds}
 * (then delete the round-trip CSV and the wide CSV it also writes).
 */
class SeedFormatsTest {
  static final Path DIR = Path.of("../seeds");

  private static byte[] written(String id, Dataset d) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DatasetFormats.installed().byId(id).orElseThrow().writer().orElseThrow()
        .write(d, out, WriteOptions.defaults().withPrettyPrinting(true));
    return out.toByteArray();
  }

  private static Dataset rowMajor(Dataset d) {
    return Dataset.of(d.observations().stream().sorted(Comparator.comparing((Observation o) -> o.indicator().code())
        .thenComparing(o -> o.region().code()).thenComparing(Observation::period)).toList());
  }

  @Test
  void theJsonFilesAreWhatTheLibraryWritesFromTheCsv() throws Exception {
    Dataset csv = DatasetFormats.read(DIR.resolve("chifeng-2023.csv"));
    assertArrayEquals(Files.readAllBytes(DIR.resolve("chifeng-2023.json")), written("json", csv),
        "seeds/chifeng-2023.json drifted from the CSV; regenerate it (see this class's javadoc)");
    assertArrayEquals(Files.readAllBytes(DIR.resolve("chifeng-2023.stat.json")), written("json-stat", csv),
        "seeds/chifeng-2023.stat.json drifted from the CSV; regenerate it");
  }

  @Test
  void allThreeReadToTheSameData() {
    Dataset csv = DatasetFormats.read(DIR.resolve("chifeng-2023.csv"));
    assertEquals(csv, DatasetFormats.read(DIR.resolve("chifeng-2023.json")));
    assertEquals(rowMajor(csv), rowMajor(DatasetFormats.read(DIR.resolve("chifeng-2023.stat.json"))));
  }
}
