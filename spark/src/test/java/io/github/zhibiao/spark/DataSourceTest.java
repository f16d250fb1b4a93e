package io.github.zhibiao.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zhibiao.model.Observation;
import io.github.zhibiao.spi.DatasetFormats;
import io.github.zhibiao.spi.ObservationBinder;
import io.github.zhibiao.spi.ObservationCursor;
import io.github.zhibiao.spi.ReadOptions;
import io.github.zhibiao.unit.UnitConverter;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every format through the data source, against zhibiao's own reader over the same file. */
class DataSourceTest {
  @TempDir static Path dir;
  static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = SparkSessions.shared();
  }

  static Stream<Arguments> files() {
    return Fixtures.everyFormat(dir);
  }

  /** What zhibiao's own reader gives for the file, read with the format {@code id}. */
  static List<Observation> direct(String id, Path file) throws IOException {
    List<Observation> out = new ArrayList<>();
    try (ObservationCursor c = DatasetFormats.installed().byId(id).orElseThrow().reader().orElseThrow()
        .open(Files.newInputStream(file), file.getFileName().toString(), ReadOptions.defaults())) {
      c.forEachRemaining(out::add);
    }
    return out;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void eachFormatGivesWhatItsReaderGives(String id, Path file) throws IOException {
    List<Observation> expected = direct(id, file);
    assertFalse(expected.isEmpty(), "the fixture of " + id + " has observations");
    List<Row> rows = spark.read().format("zhibiao").option("format", id).load(file.toString()).collectAsList();
    assertEquals(expected.size(), rows.size(), id);
    for (int i = 0; i < rows.size(); i++) {
      Row r = rows.get(i);
      Observation o = expected.get(i);
      String where = id + " observation " + (i + 1) + " " + o;
      assertEquals(o.indicator().code(), r.getAs("indicator_code"), where);
      assertEquals(o.indicator().name(), r.getAs("indicator_name"), where);
      assertEquals(o.indicator().unit().label(), r.getAs("indicator_unit"), where);
      assertEquals(o.region().code(), r.getAs("region_code"), where);
      assertEquals(o.region().name(), r.getAs("region_name"), where);
      assertEquals(ObservationBinder.periodText(o.period()), r.getAs("period"), where);
      if (o.period().isDated()) {
        assertEquals(o.period().start(), ((java.sql.Date) r.getAs("period_start")).toLocalDate(), where);
        assertEquals(o.period().end(), ((java.sql.Date) r.getAs("period_end")).toLocalDate(), where);
      } else {
        assertNull(r.getAs("period_start"), where);
      }
      assertEquals(0, o.value().value().compareTo(r.getAs("value")), where + ": value " + r.getAs("value"));
      assertEquals(o.value().unit().label(), r.getAs("value_unit"), where);
      if (o.value().unit().isOpaque()) {
        assertNull(r.getAs("base_value"), where);
      } else {
        BigDecimal base = UnitConverter.of(o.value().unit().factor()).convert(o.value().value())
            .setScale(ZhibiaoSchema.SCALE, RoundingMode.HALF_EVEN);
        assertEquals(0, base.compareTo(r.getAs("base_value")), where + ": base " + r.getAs("base_value"));
      }
      assertEquals(o.status().name(), r.getAs("status"), where);
      assertEquals(o.value().isExact() ? null : o.value().qualifierText(), r.getAs("qualifier"), where);
      assertEquals(o.change().map(c -> c.amount().value().stripTrailingZeros()).orElse(null),
          r.getAs("change_value") == null ? null : ((BigDecimal) r.getAs("change_value")).stripTrailingZeros(), where);
      assertEquals(o.ranking().map(Object::toString).orElse(null), r.getAs("ranking"), where);
      assertEquals(o.share().map(s -> s.whole()).orElse(null), r.getAs("share_of"), where);
      Map<String, String> breakdowns = new TreeMap<>();
      o.breakdowns().entries().forEach(e -> breakdowns.put(e.breakdown().code(), e.category().code()));
      assertEquals(breakdowns, new TreeMap<>(r.<String, String>getJavaMap(r.fieldIndex("breakdowns"))), where);
      assertEquals(id, r.getAs("source_format"), where);
      assertEquals(i + 1L, (long) r.getAs("source_record"), where);
      assertTrue(((String) r.getAs("source_file")).endsWith(file.getFileName().toString()), where);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void rowsBindBackToTheSameObservations(String id, Path file) throws IOException {
    List<Observation> expected = direct(id, file);
    List<Row> rows = spark.read().format("zhibiao").option("format", id).load(file.toString()).collectAsList();
    RowObservations back = new RowObservations("test " + id);
    for (int i = 0; i < rows.size(); i++) {
      Observation o = expected.get(i);
      Observation b = back.observation(rows.get(i));
      String where = id + " observation " + (i + 1);
      assertEquals(o.indicator().code(), b.indicator().code(), where);
      assertEquals(o.region(), b.region(), where);
      assertEquals(o.period(), b.period(), where);
      assertEquals(o.value(), b.value(), where);
      assertEquals(o.value().statedDigits(), b.value().statedDigits(), where + ": stated digits");
      assertEquals(o.value().value().scale(), b.value().value().scale(), where + ": stated scale");
      assertEquals(o.status(), b.status(), where);
      assertEquals(o.change(), b.change(), where);
      assertEquals(o.ranking(), b.ranking(), where);
      assertEquals(o.share(), b.share(), where);
      assertEquals(o.planCompletion(), b.planCompletion(), where);
      assertEquals(o.breakdowns(), b.breakdowns(), where);
    }
  }

  @Test
  void withoutFormatEachFileIsSniffedAsOpenWould() throws IOException {
    Path mixed = dir.resolve("mixed");
    Fixtures.written(mixed, "chifeng.csv", "csv");
    Fixtures.written(mixed, "chifeng.json", "json");
    Fixtures.written(mixed.resolve("sub"), "chifeng.stat.json", "json-stat");
    Fixtures.prose(mixed, "bulletin.txt");
    Fixtures.real(mixed, "oecd-g20-prices.csv");
    Files.writeString(mixed.resolve("_SUCCESS"), "");
    Files.writeString(mixed.resolve(".hidden.csv"), "not read");
    List<Row> rows = spark.read().format("zhibiao").load(mixed.toString()).collectAsList();
    long total = 0;
    try (Stream<Path> listed = Files.walk(mixed)) {
      for (Path f : listed.filter(Files::isRegularFile).toList()) {
        String name = f.getFileName().toString();
        if (name.startsWith("_") || name.startsWith(".")) {
          continue;
        }
        byte[] head = Files.readAllBytes(f);
        String chosen = DatasetFormats.installed().readerFor(f, java.util.Arrays.copyOf(head, Math.min(head.length, 4096)))
            .orElseThrow().id();
        List<Observation> expected = direct(chosen, f);
        long inSpark = rows.stream().filter(r -> ((String) r.getAs("source_file")).endsWith("/" + name)).count();
        assertEquals(expected.size(), inSpark, name + " read as " + chosen);
        assertTrue(rows.stream().filter(r -> ((String) r.getAs("source_file")).endsWith("/" + name))
            .allMatch(r -> chosen.equals(r.getAs("source_format"))), name);
        total += expected.size();
      }
    }
    assertEquals(total, rows.size());
  }

  @Test
  void severalPathsAndGlobsAreRead() throws IOException {
    Path a = Fixtures.written(dir.resolve("several"), "a.csv", "csv");
    Path b = Fixtures.written(dir.resolve("several"), "b.json", "json");
    long each = direct("csv", a).size();
    assertEquals(2 * each, spark.read().format("zhibiao").load(a.toString(), b.toString()).count());
    assertEquals(each, spark.read().format("zhibiao").load(dir.resolve("several") + "/*.csv").count());
    Exception missing = org.junit.jupiter.api.Assertions.assertThrows(Exception.class,
        () -> spark.read().format("zhibiao").load(dir.resolve("nowhere").toString()).count());
    assertTrue(LenientTest.messages(missing).contains("nowhere"), LenientTest.messages(missing));
  }

  @Test
  void proseRowsCarryTheirSpanAndLine() throws IOException {
    Path file = Fixtures.prose(dir.resolve("span"), "bulletin.txt");
    String text = Files.readString(file);
    List<Row> rows = spark.read().format("zhibiao").load(file.toString()).collectAsList();
    assertFalse(rows.isEmpty());
    for (Row r : rows) {
      int start = r.getAs("source_start");
      int end = r.getAs("source_end");
      assertTrue(0 <= start && start < end && end <= text.length(), start + ".." + end);
      long line = text.substring(0, start).chars().filter(c -> c == '\n').count() + 1;
      assertEquals(line, (long) r.getAs("source_line"));
    }
    Row cattle = rows.stream().filter(r -> text.substring(r.<Integer>getAs("source_start"), r.<Integer>getAs("source_end"))
        .contains("362.2")).findFirst().orElseThrow();
    assertEquals(0, new BigDecimal("362.2").compareTo(cattle.getAs("value")));
    assertEquals(2, (int) cattle.getAs("ranking_position"));
  }
}
