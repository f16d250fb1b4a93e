package io.github.zhibiao.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zhibiao.model.Dataset;
import io.github.zhibiao.model.IndicatorKind;
import io.github.zhibiao.model.Observation;
import io.github.zhibiao.model.Regions;
import io.github.zhibiao.spi.DatasetFormats;
import io.github.zhibiao.spi.ObservationCursor;
import io.github.zhibiao.spi.ReadOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The seed CSV obeys the rules of seeds/README.md. */
class SeedDataTest {

  @Test
  void everyRowParsesWithoutProblems() {
    try (ObservationCursor c = DatasetFormats.installed().open(ExamplesTest.SEED, ReadOptions.defaults().lenient())) {
      Dataset d = c.toDataset();
      assertEquals(0, c.report().rejected(), () -> c.report().problems().toString());
      assertEquals(c.report().read(), d.size());
      assertTrue(d.size() > 100, "well over a hundred figures");
    }
  }

  @Test
  void unitsPeriodsAndRegionsAreValid() {
    Dataset d = DatasetFormats.read(ExamplesTest.SEED);
    Regions builtIn = Regions.builtIn();
    for (Observation o : d.observations()) {
      assertTrue(o.value().unit().isConvertibleTo(o.indicator().unit()), o::toString);
      assertTrue(o.period().year() >= 2023 && o.period().year() <= 2024, o::toString);
      if (o.indicator().kind() == IndicatorKind.STOCK) {
        assertTrue(o.period().isInstant(), () -> "a stock is stated at an instant: " + o);
      }
      boolean known = builtIn.byCode(o.region().code()).isPresent();
      assertTrue(known || o.region().code().startsWith("150400-"), () -> "region " + o.region().code());
      o.ranking().flatMap(r -> r.scope()).ifPresent(s -> assertEquals("150000", s.code()));
      assertTrue(o.indicator().sector().isPresent(), () -> "every figure has its chapter: " + o);
    }
  }

  @Test
  void countsPerChapterAreAsDocumented() throws IOException {
    String readme = Files.readString(Path.of("../seeds/README.md"), StandardCharsets.UTF_8);
    Matcher m = Pattern.compile("^\\| (\\S+@[A-T]|total) \\| (\\d+) \\|$", Pattern.MULTILINE).matcher(readme);
    Map<String, Integer> documented = new TreeMap<>();
    while (m.find()) {
      documented.put(m.group(1), Integer.parseInt(m.group(2)));
    }
    assertFalse(documented.isEmpty(), "seeds/README.md has the rows-per-chapter table");
    Dataset d = DatasetFormats.read(ExamplesTest.SEED);
    Map<String, Integer> actual = d.observations().stream().collect(Collectors.groupingBy(
        o -> o.indicator().sector().orElseThrow().toString(), TreeMap::new, Collectors.summingInt(o -> 1)));
    actual.put("total", d.size());
    assertEquals(documented, actual);
  }
}
