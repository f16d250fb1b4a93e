package io.github.zhibiao.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zhibiao.model.Dataset;
import io.github.zhibiao.model.Indicator;
import io.github.zhibiao.model.IndicatorKind;
import io.github.zhibiao.model.Observation;
import io.github.zhibiao.model.Period;
import io.github.zhibiao.model.Ranking;
import io.github.zhibiao.model.Region;
import io.github.zhibiao.model.RegionLevel;
import io.github.zhibiao.spi.DatasetReadException;
import io.github.zhibiao.spi.ObservationCursor;
import io.github.zhibiao.spi.Problem;
import io.github.zhibiao.spi.ReadOptions;
import io.github.zhibiao.spi.ReadReport;
import io.github.zhibiao.spi.RegionPolicy;
import io.github.zhibiao.spi.WriteOptions;
import io.github.zhibiao.unit.Quantity;
import io.github.zhibiao.unit.Units;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 13: the native JSON reader turns every bad record into a problem that names its place
 * and reads on in lenient mode (huge exponents, duplicate keys), refuses what it cannot read
 * unambiguously (a version that is not 1, duplicate top-level properties), and user regions and
 * rankings scoped to them read back equal.
 */
class NativeJsonRobustnessTest {
  private static final String HEAD = "{\"format\":\"zhibiao\",\"version\":1,\"indicators\":[{\"code\":\"G\",\"name\":\"粮食\","
      + "\"unit\":\"亿斤\"}],\"observations\":[";
  private static final String GOOD = "{\"indicator\":\"G\",\"region\":\"150400\",\"period\":\"2022\",\"value\":\"125\"}";

  static ReadReport lenient(String text, List<Observation> into) {
    try (ObservationCursor c = new NativeJsonFormat().reader().orElseThrow().open(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "t.json", ReadOptions.defaults().lenient())) {
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

  static DatasetReadException failFast(String text) {
    return assertThrows(DatasetReadException.class, () -> new NativeJsonFormat().reader().orElseThrow()
        .open(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "t.json", ReadOptions.defaults())
        .toDataset());
  }

  private static String observations(String... records) {
    return HEAD + String.join(",", records) + "]}";
  }

  private static String withValue(String value) {
    return "{\"indicator\":\"G\",\"region\":\"150400\",\"period\":\"2023\",\"value\":" + value + "}";
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"1e2147483648", "1e-2147483648", "-1E+2147483648", "0.1e-2147483647", "\"1e2147483648\"",
      "\"1e-2147483648\"", "1e999999", "\"1e-999999\""})
  void anExponentBeyondAnyFigureIsAProblemAndTheNextRecordIsRead(String value) {
    List<Observation> read = new ArrayList<>();
    ReadReport r = lenient(observations(withValue(value), GOOD), read);
    assertEquals(1, r.accepted(), r.problems().toString());
    assertEquals(1, r.rejected());
    Problem p = r.problems().get(0);
    assertEquals("$.observations[0].value", p.path().orElseThrow());
    assertTrue(p.message().contains("out of range"), p.toString());
    assertEquals(new BigDecimal("125"), read.get(0).value().value());
    assertTrue(failFast(observations(withValue(value), GOOD)).getMessage().contains("out of range"));
  }

  @Test
  void aDuplicatePropertyOfAnObservationIsAProblemWhicheverComesFirst() {
    String twice = "{\"indicator\":\"G\",\"region\":\"150400\",\"period\":\"2023\",\"value\":\"1\",\"value\":\"2\"}";
    String twiceChange = "{\"indicator\":\"G\",\"region\":\"150400\",\"period\":\"2021\",\"value\":\"1\","
        + "\"change\":{\"amount\":\"3%\",\"amount\":\"4%\"}}";
    String twiceNested = "{\"indicator\":\"G\",\"region\":\"150400\",\"period\":\"2020\",\"value\":\"1\","
        + "\"change\":{\"amount\":\"3%\"},\"change\":{\"amount\":\"4%\"}}";
    List<Observation> read = new ArrayList<>();
    ReadReport r = lenient(observations(twice, twiceChange, twiceNested, GOOD), read);
    assertEquals(1, r.accepted(), r.problems().toString());
    assertEquals(3, r.rejected());
    assertEquals("$.observations[0].value", r.problems().get(0).path().orElseThrow());
    assertEquals("$.observations[1].change.amount", r.problems().get(1).path().orElseThrow());
    assertEquals("$.observations[2].change", r.problems().get(2).path().orElseThrow());
    for (Problem p : r.problems()) {
      assertTrue(p.message().contains("a second"), p.toString());
    }
  }

  @Test
  void aDuplicateTopLevelOrIndicatorPropertyEndsTheRead() {
    Problem top = failFast(HEAD.replace("\"version\":1", "\"version\":1,\"format\":\"zhibiao\"") + GOOD + "]}").problem();
    assertEquals("$.format", top.path().orElseThrow());
    Problem indicators = failFast(HEAD.replace("\"observations\":[", "\"indicators\":[],\"observations\":[") + GOOD + "]}")
        .problem();
    assertEquals("$.indicators", indicators.path().orElseThrow());
    Problem unit = failFast(HEAD.replace("\"unit\":\"亿斤\"", "\"unit\":\"亿斤\",\"unit\":\"万吨\"") + GOOD + "]}").problem();
    assertEquals("$.indicators[0].unit", unit.path().orElseThrow());
    assertTrue(unit.message().contains("a second unit"), unit.toString());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"4294967297", "-4294967295", "1.0", "1e0", "2", "\"1\""})
  void onlyTheVersionOneIsVersionOne(String version) {
    String doc = HEAD.replace("\"version\":1", "\"version\":" + version) + GOOD + "]}";
    DatasetReadException e = failFast(doc);
    assertEquals("$.version", e.problem().path().orElseThrow(), e.getMessage());
  }

  static final Region ZONE = Region.of("ZONE1", "赤峰高新技术产业开发区", "赤峰高新区", RegionLevel.COUNTY, Region.CHIFENG)
      .withEnglishName("Chifeng High-tech Zone");
  static final Region PARK = Region.of("ZONE1.P", "园区一", "一园", RegionLevel.OTHER, ZONE);

  static Dataset userRegions() {
    Indicator g = Indicator.of("GRAIN", "粮食总产量", Units.of("亿斤"), IndicatorKind.FLOW);
    return Dataset.of(List.of(
        Observation.builder().indicator(g).region(PARK).period(Period.year(2023)).value(Quantity.parse("1.5亿斤"))
            .ranking(Ranking.position(2).withPeers(5).within(ZONE)).build(),
        Observation.builder().indicator(g).region(Region.CHIFENG).period(Period.year(2023))
            .value(Quantity.parse("130亿斤")).ranking(Ranking.first().within(PARK)).build()));
  }

  static byte[] write(Dataset d) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new NativeJsonFormat().writer().orElseThrow().write(d, out, WriteOptions.defaults());
    return out.toByteArray();
  }

  @Test
  void userRegionsAndRankingsScopedToThemReadBackEqual() throws IOException {
    Dataset d = userRegions();
    byte[] bytes = write(d);
    assertTrue(new String(bytes, StandardCharsets.UTF_8).contains("\"regions\""));
    Dataset back = new NativeJsonFormat().reader().orElseThrow()
        .open(new ByteArrayInputStream(bytes), "t.json", ReadOptions.defaults()).toDataset();
    assertEquals(d, back);
    assertEquals(ZONE, back.observations().get(0).region().parent().orElseThrow());
  }

  @Test
  void underTheStrictPolicyTheDocumentsRegionsAreNotAddedAndItsObservationsAreRefused() throws IOException {
    byte[] bytes = write(userRegions());
    try (ObservationCursor c = new NativeJsonFormat().reader().orElseThrow().open(new ByteArrayInputStream(bytes),
        "t.json", ReadOptions.defaults().withRegionPolicy(RegionPolicy.STRICT).lenient())) {
      while (c.hasNext()) {
        c.next();
      }
      assertEquals(2, c.report().rejected(), c.report().problems().toString());
      assertTrue(c.report().problems().get(0).message().contains("STRICT"), c.report().problems().toString());
    }
  }

  @Test
  void theWriterRefusesARegionThatDiffersFromTheBuiltInRegionOfItsCode() {
    Indicator g = Indicator.of("GRAIN", "粮食总产量", Units.of("亿斤"), IndicatorKind.FLOW);
    Region impostor = Region.of("150400", "赤峰市", "赤峰", RegionLevel.PREFECTURE); // no parent
    Dataset d = Dataset.of(List.of(Observation.of(g, impostor, Period.year(2023), Quantity.parse("1亿斤"))));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> write(d));
    assertTrue(e.getMessage().contains("differs from the built-in region"), e.getMessage());
    Region twin = Region.of("ZONE1", "另一个", "另一个", RegionLevel.OTHER);
    Dataset two = Dataset.of(List.of(Observation.of(g, ZONE, Period.year(2023), Quantity.parse("1亿斤")),
        Observation.of(g, twin, Period.year(2022), Quantity.parse("1亿斤"))));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> write(two)).getMessage()
        .contains("two different regions have the code ZONE1"));
  }

  @Test
  void aRegionDefinitionMustAgreeWithTheRegistryAndComeBeforeTheObservations() {
    String clash = HEAD.replace("\"indicators\"", "\"regions\":[{\"code\":\"150400\",\"name\":\"别的\"}],\"indicators\"")
        + GOOD + "]}";
    Problem p = failFast(clash).problem();
    assertEquals("$.regions[0]", p.path().orElseThrow());
    assertTrue(p.message().contains("the registry has it as 赤峰市"), p.toString());
    String late = HEAD + GOOD + "],\"regions\":[]}";
    assertEquals("$.regions", failFast(late).problem().path().orElseThrow());
    String unknownParent = HEAD.replace("\"indicators\"",
        "\"regions\":[{\"code\":\"Z\",\"name\":\"区\",\"parent\":\"NOPE\"}],\"indicators\"") + GOOD + "]}";
    assertEquals("$.regions[0].parent", failFast(unknownParent).problem().path().orElseThrow());
  }

  @Test
  void aNumberBeyondADecimalInARegionDefinitionIsAParseError() {
    String doc = HEAD.replace("\"indicators\"", "\"regions\":[{\"code\":\"Z\",\"name\":1e2147483648}],\"indicators\"")
        + GOOD + "]}";
    assertTrue(failFast(doc).getMessage().contains("a number beyond the range of a decimal"));
  }

  @Test
  void anUnpairedSurrogateIsWrittenAsAnEscapeAndReadsBack() throws IOException {
    Indicator g = Indicator.builder().code("G").name("粮\uD800食").unit(Units.of("亿斤")).build();
    Dataset d = Dataset.of(List.of(Observation.builder().indicator(g).region(Region.CHIFENG).period(Period.year(2023))
        .value(Quantity.parse("1亿斤")).note("a\uDC00b").build()));
    byte[] bytes = write(d);
    assertTrue(new String(bytes, StandardCharsets.UTF_8).contains("\\uD800"));
    assertEquals(d, new NativeJsonFormat().reader().orElseThrow()
        .open(new ByteArrayInputStream(bytes), "t.json", ReadOptions.defaults()).toDataset());
  }

  @Test
  void aLongUnitChainIsAProblemOfItsRecordNotAStackOverflow() {
    String chain = "元" + "/元".repeat(100_000);
    List<Observation> read = new ArrayList<>();
    ReadReport r = lenient(observations(withValue("1").replace("}", ",\"unit\":\"" + chain + "\"}"), GOOD), read);
    assertEquals(1, r.accepted());
    assertEquals("$.observations[0].unit", r.problems().get(0).path().orElseThrow());
    assertTrue(r.problems().get(0).message().contains("longer than the limit of 200"), r.problems().toString());
    DatasetReadException e = failFast(HEAD.replace("亿斤", "每".repeat(100_000) + "人") + GOOD + "]}");
    assertEquals("$.indicators[0].unit", e.problem().path().orElseThrow(), e.getMessage());
  }

  @Test
  void aLenientReadAccountsForEveryRecord() {
    String bad = withValue("true");
    String notObject = "[1,2]";
    String unknownRegion = GOOD.replace("150400", "NOPE");
    List<Observation> read = new ArrayList<>();
    ReadReport r = lenient(observations(GOOD, bad, notObject, unknownRegion, withValue("1e2147483648"),
        GOOD.replace("2022", "2021")), read);
    assertEquals(6, r.read());
    assertEquals(2, r.accepted());
    assertEquals(List.of("$.observations[1].value", "$.observations[2]", "$.observations[3].region",
        "$.observations[4].value"), r.problems().stream().map(p -> p.path().orElseThrow()).toList());
  }
}
