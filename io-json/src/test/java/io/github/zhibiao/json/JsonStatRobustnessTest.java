package io.github.zhibiao.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zhibiao.model.Dataset;
import io.github.zhibiao.model.Indicator;
import io.github.zhibiao.model.IndicatorKind;
import io.github.zhibiao.model.Observation;
import io.github.zhibiao.model.Period;
import io.github.zhibiao.model.Ranking;
import io.github.zhibiao.model.Region;
import io.github.zhibiao.model.Status;
import io.github.zhibiao.spi.DatasetReadException;
import io.github.zhibiao.spi.DatasetReader;
import io.github.zhibiao.spi.ObservationCursor;
import io.github.zhibiao.spi.Problem;
import io.github.zhibiao.spi.ReadOptions;
import io.github.zhibiao.spi.ReadReport;
import io.github.zhibiao.spi.WriteOptions;
import io.github.zhibiao.unit.Quantity;
import io.github.zhibiao.unit.Units;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 13: the JSON-stat reader streams, bounds what it holds, refuses huge declared sizes
 * before allocating, turns every bad cell into a problem that names its place while a lenient read
 * goes on, and the writer keeps each value's own unit and digits.
 */
class JsonStatRobustnessTest {
  static final String HEAD = "{\"version\":\"2.0\",\"class\":\"dataset\",\"id\":[\"indicator\",\"region\",\"period\"],";
  static final String DIMS = "\"dimension\":{\"indicator\":{\"category\":{\"index\":[\"G\",\"P\"],"
      + "\"unit\":{\"G\":{\"label\":\"亿斤\"},\"P\":{\"label\":\"元/人\"}}}},"
      + "\"region\":{\"category\":{\"index\":[\"150400\"]}},\"period\":{\"category\":{\"index\":[\"2022\",\"2023\"]}}}";
  static final String SIZE = "\"size\":[2,1,2],";

  static String doc(String values) {
    return HEAD + SIZE + DIMS + ",\"value\":" + values + "}";
  }

  static ReadReport lenient(DatasetReader reader, String text, List<Observation> into) {
    try (ObservationCursor c = reader.open(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "t.json",
        ReadOptions.defaults().lenient())) {
      while (c.hasNext()) {
        into.add(c.next());
      }
      ReadReport r = c.report();
      assertEquals(r.read(), r.accepted() + r.rejected());
      assertEquals(r.rejected(), r.problems().size(), "every rejected record has its problem");
      for (Problem p : r.problems()) {
        assertTrue(p.path().isPresent(), "the problem names its place: " + p);
      }
      return r;
    }
  }

  static ReadReport lenient(String text, List<Observation> into) {
    return lenient(new JsonStatReader(), text, into);
  }

  static DatasetReadException fails(DatasetReader reader, String text) {
    return assertThrows(DatasetReadException.class, () -> reader.open(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "t.json", ReadOptions.defaults()).toDataset());
  }

  static DatasetReadException fails(String text) {
    return fails(new JsonStatReader(), text);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"[2,1,99999999999]", "[2,1,4294967297]", "[1000000,1000000,1000000]",
      "[4294967296,4294967296,4294967296]", "[2,1,123456789012345678901234567890]", "[2,1,-1]", "[2,1,2.5]", "[2,1,\"2\"]"})
  void aHugeOrBadSizeIsRefusedWhenItIsRead(String size) {
    // the size comes first, the dimensions after it: the refusal comes before they are read
    String text = HEAD + "\"size\":" + size + "," + DIMS + ",\"value\":[1,2,3,4]}";
    DatasetReadException e = fails(text);
    assertTrue(e.problem().path().orElseThrow().startsWith("$.size"), e.getMessage());
    assertThrows(DatasetReadException.class, () -> lenient(text, new ArrayList<>()), "fatal in lenient mode too");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"1e2147483648", "1e-2147483648", "-1E+2147483648", "\"1e2147483648\"", "1e999999"})
  void anExponentBeyondAnyFigureIsAProblemOfItsCell(String value) {
    List<Observation> read = new ArrayList<>();
    ReadReport r = lenient(doc("[" + value + ",125,null,null]"), read);
    assertEquals(1, r.rejected(), r.problems().toString());
    assertEquals("$.value[0]", r.problems().get(0).path().orElseThrow());
    assertTrue(r.problems().get(0).message().contains("out of range"), r.problems().toString());
    assertEquals(1, read.size());
    assertEquals(Quantity.parse("125亿斤"), read.get(0).value());
  }

  @Test
  void aMultiplierOnAQuotientUnitRejectsTheCellsOfItsIndicatorOnly() {
    String text = doc("[130,125,1,2]").replace("{\"label\":\"元/人\"}", "{\"label\":\"元/人\",\"multiplier\":4}");
    List<Observation> read = new ArrayList<>();
    ReadReport r = lenient(text, read);
    assertEquals(2, r.accepted(), r.problems().toString());
    assertEquals(2, r.rejected());
    Problem p = r.problems().get(0);
    assertEquals("$.dimension.indicator.category.unit.P.multiplier", p.path().orElseThrow());
    assertTrue(p.message().contains("元/人"), p.toString());
    assertEquals("亿斤", read.get(1).value().unit().symbol());
  }

  @ParameterizedTest(name = "[{index}] key {0}")
  @ValueSource(strings = {"+0", "00", "-0", " 1", "1.0", "0x1", "１", "3e0", ""})
  void onlyCanonicalKeysNameCells(String key) {
    List<Observation> read = new ArrayList<>();
    ReadReport r = lenient(doc("{\"0\":130,\"" + key + "\":131}"), read);
    assertEquals(1, r.accepted(), r.problems().toString());
    assertEquals(1, r.rejected());
    assertEquals(key, r.problems().get(0).text().orElse(""));
    assertTrue(r.problems().get(0).message().contains("is not a cell index"), r.problems().toString());
    assertEquals(Quantity.parse("130亿斤"), read.get(0).value());
  }

  @Test
  void aLongUnitChainRejectsTheCellsOfItsIndicatorNotTheStack() {
    for (String chain : List.of("元" + "/元".repeat(100_000), "每".repeat(100_000) + "人")) {
      List<Observation> read = new ArrayList<>();
      ReadReport r = lenient(doc("[1,2,3,4]").replace("\"label\":\"元/人\"", "\"label\":\"" + chain + "\""), read);
      assertEquals(2, r.accepted(), r.problems().toString());
      assertEquals(2, r.rejected());
      assertTrue(r.problems().get(0).message().contains("longer than the limit of 200"), r.problems().toString());
    }
  }

  @Test
  void aCellGivenTwiceIsAProblemAndTheFirstIsKept() {
    List<Observation> read = new ArrayList<>();
    ReadReport r = lenient(doc("{\"1\":125,\"0\":130,\"1\":126}"), read);
    assertEquals(2, r.accepted());
    assertEquals("$.value[1]", r.problems().get(0).path().orElseThrow());
    assertTrue(r.problems().get(0).message().contains("a second value for cell 1"), r.problems().toString());
  }

  @Test
  void aKeyGivenTwiceElsewhereEndsTheRead() {
    assertTrue(fails(doc("[1,2,3,4]").replace("\"class\":\"dataset\",", "\"class\":\"dataset\",\"class\":\"dataset\","))
        .getMessage().contains("a second class property"));
    assertTrue(fails(doc("[1,2,3,4]").replace("\"index\":[\"150400\"]", "\"index\":[\"150400\"],\"index\":[\"150400\"]"))
        .getMessage().contains("malformed JSON"));
    assertTrue(fails(doc("[1,2,3,4]") .replace("}}}},\"region\"", "}}}},\"region\":{},\"region\""))
        .getMessage().contains("malformed JSON"));
    assertTrue(fails(doc("[1,2,3,4]").replace("\"value\"", "\"status\":{\"0\":\"E\",\"0\":\"P\"},\"value\""))
        .getMessage().contains("a second status for cell 0"));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"2", "2.0", "4294967297", "\"2.00\"", "\"1.0\"", "null"})
  void onlyTheVersionStringTwoPointZeroIsRead(String version) {
    DatasetReadException e = fails(doc("[1,2,3,4]").replace("\"version\":\"2.0\"", "\"version\":" + version));
    assertEquals("$.version", e.problem().path().orElseThrow(), e.getMessage());
  }

  @Test
  void foundByFuzzing() {
    // a dataset without its dimension object gave a NullPointerException
    DatasetReadException noDimension = fails(HEAD + SIZE + "\"value\":[1,2,3,4]}");
    assertEquals("$.dimension", noDimension.problem().path().orElseThrow(), noDimension.getMessage());
    // a number beyond BigDecimal inside a tree (the dimension, the extension) gave a NumberFormatException
    DatasetReadException inTree = fails(doc("[1,2,3,4]").replace("{\"label\":\"亿斤\"}", "{\"label\":\"亿斤\",\"decimals\":1e2147483648}"));
    assertTrue(inTree.getMessage().contains("a number beyond the range of a decimal"), inTree.getMessage());
    DatasetReadException inExtension = fails(doc("[1,2,3,4]").replace("\"value\"",
        "\"extension\":{\"zhibiao\":{\"cells\":{\"0\":{\"note\":1e-2147483648}}}},\"value\""));
    assertTrue(inExtension.getMessage().contains("a number beyond the range of a decimal"), inExtension.getMessage());
  }

  @Test
  void aDatasetOfACollectionThatCannotBeReadIsOneBadRecordAndTheNextIsRead() {
    String good = doc("[1,2,3,4]");
    for (String bad : List.of(good.replace("[2,1,2]", "[2,1,99999999999]"), good.replace("[1,2,3,4]", "[1,2,3]"),
        good.replace("\"version\":\"2.0\"", "\"version\":\"1.0\""), "{\"label\":\"a link\",\"href\":\"x\"}")) {
      String collection = "{\"version\":\"2.0\",\"class\":\"collection\",\"link\":{\"item\":[" + bad + "," + good + "]}}";
      List<Observation> read = new ArrayList<>();
      ReadReport r = lenient(collection, read);
      assertEquals(4, r.accepted(), r.problems().toString());
      assertEquals(1, r.rejected(), r.problems().toString());
      assertTrue(r.problems().get(0).path().orElseThrow().startsWith("$.link.item[0]"), r.problems().toString());
      assertTrue(fails(collection).problem().path().orElseThrow().startsWith("$.link.item[0]"), "fail-fast stops there");
    }
  }

  @Test
  void trailingContentEndsTheRead() {
    assertTrue(fails(doc("[1,2,3,4]") + "{}").getMessage().contains("after the JSON-stat object"));
  }

  /** The bytes a reader has taken from its input. */
  static final class Counting extends FilterInputStream {
    long read;

    Counting(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      read += b < 0 ? 0 : 1;
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      read += Math.max(n, 0);
      return n;
    }
  }

  /** 20 indicators × 100 regions × 50 years: many cells, small dimensions. */
  static Dataset large() {
    List<Region> regions = io.github.zhibiao.model.Regions.builtIn().all().subList(0, 100);
    Dataset.Builder b = Dataset.builder();
    for (int k = 0; k < 20; k++) {
      Indicator ind = Indicator.of("IND_" + k, "指标" + k, Units.of("万头只"), IndicatorKind.STOCK);
      for (Region region : regions) {
        for (int y = 1970; y < 2020; y++) {
          b.add(Observation.of(ind, region, Period.year(y), Quantity.of(java.math.BigDecimal.valueOf(y, 1), ind.unit())));
        }
      }
    }
    return b.build();
  }

  static byte[] write(Dataset d) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new JsonStatFormat().writer().orElseThrow().write(d, out, WriteOptions.defaults());
    return out.toByteArray();
  }

  @Test
  void valuesAfterStatusAndExtensionStream() throws IOException {
    byte[] bytes = write(large());
    Counting in = new Counting(new ByteArrayInputStream(bytes));
    try (ObservationCursor c = new JsonStatReader().open(in, "large", ReadOptions.defaults())) {
      assertTrue(c.hasNext());
      assertEquals(Quantity.parse("197.0万头只"), c.next().value());
      assertTrue(in.read < bytes.length / 2, "the first observation comes before the input is read: " + in.read
          + " of " + bytes.length + " bytes");
      long n = 1;
      while (c.hasNext()) {
        c.next();
        n++;
      }
      assertEquals(100_000, n);
    }
  }

  @Test
  void valuesBeforeTheStatusAreHeldAndGetTheirStatus() {
    List<Observation> read = new ArrayList<>();
    ReadReport r = lenient(doc("[1,2,3,4]") .replace("]}", "],\"status\":{\"3\":\"E\"}}"), read);
    assertEquals(4, r.accepted(), r.problems().toString());
    assertEquals(Status.ESTIMATED, read.get(3).status());
    assertEquals(Status.NORMAL, read.get(2).status());
  }

  @Test
  void pastTheBoundValuesAfterTheDimensionsStreamAndALaterStatusEndsTheRead() {
    DatasetReader small = new JsonStatReader(3);
    List<Observation> read = new ArrayList<>();
    assertEquals(4, lenient(small, doc("[1,2,3,4]"), read).accepted(), "no status follows: all four are read");
    DatasetReadException e = fails(small, doc("[1,2,3,4]").replace("]}", "],\"status\":{\"3\":\"E\"}}"));
    assertEquals("$.status", e.problem().path().orElseThrow());
    assertTrue(e.getMessage().contains("put status before value"), e.getMessage());
    String valuesFirst = HEAD + "\"value\":[1,2,3,4]," + SIZE + DIMS + "}";
    assertEquals(4, lenient(new JsonStatReader(), valuesFirst, new ArrayList<>()).accepted(), "held, then read");
    DatasetReadException first = fails(small, valuesFirst);
    assertEquals("$.value", first.problem().path().orElseThrow());
    assertTrue(first.getMessage().contains("put the dimensions before the values"), first.getMessage());
    String rolesLater = doc("[1,2,3,4]").replace("]}", "],\"role\":{\"metric\":[\"indicator\"]}}");
    assertEquals(4, lenient(small, rolesLater, new ArrayList<>()).accepted(), "the roles agree");
    String rolesDisagree = doc("[1,2,3,4]").replace("]}", "],\"role\":{\"time\":[\"region\"],\"geo\":[\"period\"]}}");
    assertTrue(fails(small, rolesDisagree).getMessage().contains("put role before value"));
  }

  @Test
  void eachValueKeepsItsOwnUnitAndDigits() throws IOException {
    Indicator area = Indicator.of("AREA", "面积", Units.of("公顷"), IndicatorKind.STOCK);
    Dataset d = Dataset.of(List.of(
        Observation.of(area, Region.CHIFENG, Period.year(2022), Quantity.parse("1亩")),
        Observation.of(area, Region.CHIFENG, Period.year(2023), Quantity.parse("1.50公顷")),
        Observation.of(area, Region.CHIFENG, Period.year(2021), Quantity.parse("2.500万亩"))));
    byte[] bytes = write(d);
    String text = new String(bytes, StandardCharsets.UTF_8);
    assertTrue(text.contains("0.06666666666666666666666666666666667"), "a plain JSON-stat reader sees hectares: " + text);
    Dataset back = new JsonStatReader().open(new ByteArrayInputStream(bytes), "t", ReadOptions.defaults()).toDataset();
    assertEquals(JsonStatContract.sorted(d), JsonStatContract.sorted(back));
    Observation mu = back.find("AREA", Region.CHIFENG, Period.year(2022)).get(0);
    assertEquals(Units.of("亩"), mu.value().unit());
    assertEquals("2.500", back.find("AREA", Region.CHIFENG, Period.year(2021)).get(0).value().value().toString());
    assertEquals("1.50", back.find("AREA", Region.CHIFENG, Period.year(2023)).get(0).value().value().toString());
    // a cell edited after writing no longer matches its own value: a problem, not a silent choice
    String edited = text.replace("0.06666666666666666666666666666666667", "0.07");
    List<Observation> read = new ArrayList<>();
    ReadReport r = lenient(edited, read);
    assertEquals(1, r.rejected(), r.problems().toString());
    assertTrue(r.problems().get(0).message().contains("one of them was changed"), r.problems().toString());
  }

  @Test
  void userRegionsAndRankingsScopedToThemReadBackEqual() throws IOException {
    Dataset d = NativeJsonRobustnessTest.userRegions();
    Dataset back = new JsonStatReader().open(new ByteArrayInputStream(write(d)), "t", ReadOptions.defaults()).toDataset();
    assertEquals(JsonStatContract.sorted(d), JsonStatContract.sorted(back));
    Observation park = back.find("GRAIN", NativeJsonRobustnessTest.PARK, Period.year(2023)).get(0);
    assertEquals(NativeJsonRobustnessTest.ZONE, park.ranking().flatMap(Ranking::scope).orElseThrow());
  }

  @Test
  void theWriterRefusesWhatAReaderWouldRefuse() {
    // 2 indicators × 10001 regions × 5001 periods = 100,030,002 cells, beyond the bound
    Indicator g = Indicator.of("G", "g", Units.of("亿斤"), IndicatorKind.FLOW);
    Indicator h = Indicator.of("H", "h", Units.of("亿斤"), IndicatorKind.FLOW);
    Dataset.Builder b = Dataset.builder();
    Region first = null;
    for (int i = 0; i <= 10_000; i++) {
      Region r = Region.of("R" + i, "区" + i, "区" + i, io.github.zhibiao.model.RegionLevel.OTHER);
      first = first == null ? r : first;
      b.add(Observation.of(g, r, Period.year(1000), Quantity.parse("1亿斤")));
    }
    for (int j = 1; j <= 5_000; j++) {
      b.add(Observation.of(g, first, Period.instant(java.time.LocalDate.of(2000, 1, 1).plusDays(j)), Quantity.parse("1亿斤")));
    }
    b.add(Observation.of(h, first, Period.year(1000), Quantity.parse("1亿斤")));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> write(b.build()));
    assertTrue(e.getMessage().contains("more than the 100000000 a reader takes"), e.getMessage());
  }

  @Test
  void aLenientReadAccountsForEveryCell() {
    String text = HEAD + "\"size\":[2,1,3]," + DIMS.replace("\"2022\",\"2023\"", "\"2022\",\"2023\",\"2023-13\"")
        + ",\"status\":{\"1\":\":\"},\"value\":[1,2,3,\"abc\",true,null]}";
    List<Observation> read = new ArrayList<>();
    ReadReport r = lenient(text, read);
    assertEquals(5, r.read(), "the null cell is no record");
    assertEquals(java.util.Map.of("null", 1L), r.missingValues(), "but it is counted");
    assertEquals(1, r.accepted());
    assertEquals(List.of("$.status[1]", "$.dimension.period.category.index", "$.value[3]", "$.value[4]"),
        r.problems().stream().map(p -> p.path().orElseThrow()).toList());
    assertFalse(read.isEmpty());
  }

  @Test
  void aRegionDefinitionThatContradictsTheRegistryEndsTheRead() {
    String text = doc("[1,2,3,4]").replace("\"value\"",
        "\"extension\":{\"zhibiao\":{\"regions\":{\"150400\":{\"name\":\"别的\"}}}},\"value\"");
    DatasetReadException e = fails(text);
    assertEquals("$.extension.zhibiao.regions.150400", e.problem().path().orElseThrow());
  }
}
