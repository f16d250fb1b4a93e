package io.github.zhibiao.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zhibiao.model.Change;
import io.github.zhibiao.model.Indicator;
import io.github.zhibiao.model.IndicatorKind;
import io.github.zhibiao.model.Observation;
import io.github.zhibiao.model.Period;
import io.github.zhibiao.model.Ranking;
import io.github.zhibiao.model.Region;
import io.github.zhibiao.model.RegionLevel;
import io.github.zhibiao.model.Regions;
import io.github.zhibiao.model.Sector;
import io.github.zhibiao.unit.Quantity;
import io.github.zhibiao.unit.Unit;
import io.github.zhibiao.unit.Units;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

/** A user's own JsonMapper writes and reads zhibiao's values through the module. */
class ZhibiaoModuleTest {
  private final JsonMapper mapper = JsonMapper.builder().addModule(new ZhibiaoModule()).build();

  @Test
  void valuesAsStrings() {
    List<Object> values = List.of(Quantity.parse("2210.6万头只"), Units.of("万亩"), Period.parse("2023年1—11月"), Region.CHIFENG);
    assertEquals("[\"2210.6万头只\",\"万亩\",\"2023-01/2023-11\",\"150400\"]", mapper.writeValueAsString(values));
    assertEquals(Quantity.parse("2210.6万头只"), mapper.readValue("\"2210.6万头只\"", Quantity.class));
    assertEquals(Units.of("万亩"), mapper.readValue("\"万亩\"", Unit.class));
    assertEquals(Region.CHIFENG, mapper.readValue("\"150400\"", Region.class));
    assertEquals(Period.months(2023, 1, 11), mapper.readValue("\"2023年1—11月\"", Period.class));
    assertEquals(Quantity.parse("超800座"), mapper.readValue("\"800余座\"", Quantity.class));
    Map<String, Quantity> byName = Map.of("粮食总产量", Quantity.parse("130亿斤"));
    assertEquals(byName, mapper.readValue(mapper.writeValueAsString(byName), new TypeReference<Map<String, Quantity>>() {}));
  }

  @Test
  void quantitiesAsObjectsOnRequest() {
    JsonMapper objects = JsonMapper.builder().addModule(new ZhibiaoModule().withQuantitiesAsObjects()).build();
    String json = objects.writeValueAsString(List.of(Quantity.parse("130亿斤"), Quantity.parse("约3.5万人")));
    assertEquals("[{\"value\":\"130\",\"unit\":\"亿斤\",\"qualifier\":\"EXACT\"},"
        + "{\"value\":\"3.5\",\"unit\":\"万人\",\"qualifier\":\"APPROXIMATE\"}]", json);
    List<Quantity> back = objects.readValue(json, new TypeReference<List<Quantity>>() {});
    assertEquals(List.of(Quantity.parse("130亿斤"), Quantity.parse("约3.5万人")), back);
    assertEquals(back, mapper.readValue(json, new TypeReference<List<Quantity>>() {}), "both forms are read either way");
  }

  @Test
  void observationsWithTheirIndicator() {
    Indicator livestock = Indicator.builder().code("LIVESTOCK_STOCK").name("牲畜存栏").unit(Units.of("万头只"))
        .kind(IndicatorKind.STOCK).sector(Sector.parse("现代农牧业@A")).build();
    Observation o = Observation.builder().indicator(livestock).region(Region.CHIFENG).period(Period.parse("2023-06-30"))
        .value(Quantity.parse("2210.6万头只")).change(Change.yearOnYear(Quantity.parse("5.82%")))
        .ranking(Ranking.first().within(Region.INNER_MONGOLIA)).note("截至6月末").build();
    String json = mapper.writeValueAsString(o);
    assertTrue(json.startsWith("{\"indicator\":{\"code\":\"LIVESTOCK_STOCK\""), json);
    assertEquals(o, mapper.readValue(json, Observation.class));
  }

  @Test
  void userRegionsThroughTheModulesRegistry() {
    Region park = Region.of("150400-GXQ", "赤峰高新区", "高新区", RegionLevel.OTHER, Region.CHIFENG);
    JsonMapper withPark = JsonMapper.builder().addModule(new ZhibiaoModule().withRegions(Regions.builtIn().with(park))).build();
    assertEquals(park, withPark.readValue("\"150400-GXQ\"", Region.class));
    assertThrows(DatabindException.class, () -> mapper.readValue("\"150400-GXQ\"", Region.class));
  }

  @Test
  void badValuesGiveJacksonErrorsWithTheirLocation() {
    DatabindException unit = assertThrows(DatabindException.class,
        () -> mapper.readValue("[\"万亩\",\n \"万阿巴\"]", new TypeReference<List<Unit>>() {}));
    assertTrue(unit.getMessage().contains("unknown unit '阿巴'"), unit.getMessage());
    assertTrue(unit.getMessage().contains("at [line 2, column 2]"), unit.getMessage());
    DatabindException period = assertThrows(DatabindException.class, () -> mapper.readValue("\"2023-13\"", Period.class));
    assertTrue(period.getMessage().contains("month (13) must be between 1 and 12"), period.getMessage());
    DatabindException type = assertThrows(DatabindException.class, () -> mapper.readValue("[1]", Quantity.class));
    assertTrue(type.getMessage().contains("a quantity is a string"), type.getMessage());
    assertThrows(DatabindException.class, () -> mapper.readValue("{\"indicator\":\"X\"}", Observation.class));
  }

  @Test
  void foundByServiceLoader() {
    JsonMapper found = JsonMapper.builder().findAndAddModules().build();
    assertEquals("\"130亿斤\"", found.writeValueAsString(Quantity.parse("130亿斤")));
    assertEquals(Map.of("a", Quantity.parse("1%")),
        found.readValue("{\"a\":\"1%\"}", new TypeReference<Map<String, Quantity>>() {}));
  }

  @Test
  void aUsersCatalogReadsTheirUnitsAndAnEmptyUnitIsRefused() {
    io.github.zhibiao.unit.UnitCatalog mine = io.github.zhibiao.unit.UnitCatalog.builtIn().with(
        Unit.of("担", "dan", io.github.zhibiao.unit.Dimension.MASS, io.github.zhibiao.unit.Rational.of(50)));
    JsonMapper withMine = JsonMapper.builder().addModule(new ZhibiaoModule().withUnits(mine)).build();
    assertEquals(Quantity.parse("3万担", mine), withMine.readValue("\"3万担\"", Quantity.class));
    assertEquals(mine.parse("担"), withMine.readValue("\"担\"", Unit.class));
    assertThrows(DatabindException.class, () -> mapper.readValue("\"3万担\"", Quantity.class));
    JsonMapper objects = JsonMapper.builder().addModule(new ZhibiaoModule().withQuantitiesAsObjects()).build();
    DatabindException empty = assertThrows(DatabindException.class,
        () -> objects.readValue("{\"value\":\"3\",\"unit\":\"\"}", Quantity.class));
    assertTrue(empty.getMessage().contains("the unit is empty"), empty.getMessage());
    assertEquals("\"1\"", mapper.writeValueAsString(Units.ONE));
    assertEquals(Units.ONE, mapper.readValue("\"1\"", Unit.class));
  }

  @Test
  void changesRankingsSharesAndStatusesHaveTheirOwnJson() {
    assertEquals("{\"amount\":\"5.82%\",\"basis\":\"YEAR_ON_YEAR\"}",
        mapper.writeValueAsString(Change.yearOnYear(Quantity.parse("5.82%"))));
    assertEquals("{\"amount\":\"6.31亿斤\",\"basis\":\"REFERENCE\",\"reference\":\"近5年平均\"}",
        mapper.writeValueAsString(Change.against(Quantity.parse("6.31亿斤"), "近5年平均")));
    Change namedLikeABasis = Change.against(Quantity.parse("1%"), "同比");
    assertEquals(namedLikeABasis, mapper.readValue(mapper.writeValueAsString(namedLikeABasis), Change.class),
        "a reference named 同比 stays a reference");
    Ranking first = Ranking.first().withPeers(12).withScopeWord(io.github.zhibiao.model.RegionScope.REGION)
        .within(Region.INNER_MONGOLIA);
    assertEquals("{\"kind\":\"POSITION\",\"position\":1,\"firstInWords\":true,\"peers\":12,\"scopeWord\":\"全区\","
        + "\"scope\":\"150000\"}", mapper.writeValueAsString(first));
    assertEquals(Ranking.topN(10).withPeers(12), mapper.readValue("{\"kind\":\"TOP_N\",\"topSize\":10,\"peers\":12}",
        Ranking.class), "a top-N ranking keeps its peers, which its text form drops");
    assertEquals(Ranking.position(3).withScopeWord(io.github.zhibiao.model.RegionScope.REGION),
        mapper.readValue("\"居全区第3位\"", Ranking.class), "a ranking's text is read too");
    assertEquals("{\"rate\":\"17%\",\"of\":\"全区总任务\"}",
        mapper.writeValueAsString(io.github.zhibiao.model.Share.of(Quantity.parse("17%"), "全区总任务")));
    assertEquals("\"ESTIMATED\"", mapper.writeValueAsString(io.github.zhibiao.model.Status.ESTIMATED));
    assertEquals(io.github.zhibiao.model.Status.ESTIMATED, mapper.readValue("\"预计\"", io.github.zhibiao.model.Status.class));
    JsonMapper objects = JsonMapper.builder().addModule(new ZhibiaoModule().withQuantitiesAsObjects()).build();
    assertEquals("{\"amount\":{\"value\":\"-0.28\",\"unit\":\"%\",\"qualifier\":\"EXACT\"},\"basis\":\"PREVIOUS_PERIOD\"}",
        objects.writeValueAsString(Change.previousPeriod(Quantity.parse("-0.28%"))));
  }

  @Test
  void objectsAreReadStrictlyWithThePathAndTheLocation() {
    DatabindException typo = assertThrows(DatabindException.class,
        () -> mapper.readValue("{\"amount\":\"5%\",\"basis\":\"YEAR_ON_YAER\"}", Change.class));
    assertTrue(typo.getMessage().startsWith("cannot read a change: $.basis: 'YEAR_ON_YAER' — expected YEAR_ON_YEAR, "
        + "PREVIOUS_PERIOD or REFERENCE at [line 1, column 1]"), typo.getMessage());
    DatabindException unknown = assertThrows(DatabindException.class,
        () -> mapper.readValue("[\n {\"amount\":\"5%\",\"basis\":\"YEAR_ON_YEAR\",\"bassis\":1}]",
            new TypeReference<List<Change>>() {}));
    assertTrue(unknown.getMessage().contains("$.bassis: unknown property; expected amount, basis, reference"
        + " at [line 2, column 2]"), unknown.getMessage());
    DatabindException twice = assertThrows(DatabindException.class,
        () -> mapper.readValue("{\"rate\":\"17%\",\"rate\":\"18%\",\"of\":\"x\"}", io.github.zhibiao.model.Share.class));
    assertTrue(twice.getMessage().contains("Duplicate Object property \"rate\""), twice.getMessage());
    DatabindException missing = assertThrows(DatabindException.class,
        () -> mapper.readValue("{\"kind\":\"POSITION\"}", Ranking.class));
    assertTrue(missing.getMessage().contains("$: missing required property position"), missing.getMessage());
    DatabindException huge = assertThrows(DatabindException.class,
        () -> mapper.readValue("{\"kind\":\"TOP_N\",\"topSize\":99999999999}", Ranking.class));
    assertTrue(huge.getMessage().contains("$.topSize: expected a whole number from 1 to 2147483647, found 99999999999"),
        huge.getMessage());
    DatabindException over = assertThrows(DatabindException.class,
        () -> mapper.readValue("{\"rate\":\"117%\",\"of\":\"x\"}", io.github.zhibiao.model.Share.class));
    assertTrue(over.getMessage().contains("must lie between 0% and 100%"), over.getMessage());
    DatabindException qualifier = assertThrows(DatabindException.class,
        () -> mapper.readValue("{\"value\":\"3\",\"unit\":\"万人\",\"qualifier\":\"ABOUT\"}", Quantity.class));
    assertTrue(qualifier.getMessage().contains("$.qualifier: 'ABOUT' — expected EXACT, APPROXIMATE"), qualifier.getMessage());
    assertTrue(!qualifier.getMessage().contains("No enum constant"), qualifier.getMessage());
    DatabindException number = assertThrows(DatabindException.class,
        () -> mapper.readValue("{\"value\":\"3,5\",\"unit\":\"万人\"}", Quantity.class));
    assertTrue(number.getMessage().contains("$.value: '3,5' — expected a decimal number"), number.getMessage());
    DatabindException finding = assertThrows(DatabindException.class, () -> mapper.readValue("{\"check\":\"SUM\","
        + "\"outcome\":\"PASSED\",\"severity\":\"ERROR\",\"messageZh\":\"一致。\",\"messageEn\":\"Agrees.\","
        + "\"arithmetic\":\"1 = 1\",\"observations\":[]}", io.github.zhibiao.calc.Finding.class));
    assertTrue(finding.getMessage().contains("$.severity: severity ERROR does not fit outcome PASSED"), finding.getMessage());
  }

  @Test
  void numbersAreReadAsWrittenWhateverTheMapper() {
    JsonMapper plain = JsonMapper.builder().addModule(new ZhibiaoModule()).build();
    assertEquals(new java.math.BigDecimal("1.000000000000000001"),
        plain.readValue("{\"value\":1.000000000000000001,\"unit\":\"万亩\"}", Quantity.class).value());
    String obs = "{\"indicator\":{\"code\":\"G\",\"name\":\"粮食\",\"unit\":\"亿斤\",\"kind\":\"FLOW\"},"
        + "\"region\":\"150400\",\"period\":\"2023\",\"value\":130.000000000000000001}";
    assertEquals(new java.math.BigDecimal("130.000000000000000001"), plain.readValue(obs, Observation.class).value().value());
  }

  @Test
  void datasetsAreTheNativeDocument() {
    io.github.zhibiao.model.Dataset d = io.github.zhibiao.model.Dataset.of(List.of(Observation.of(
        Indicator.of("GRAIN_OUTPUT", "粮食总产量", Units.of("亿斤"), IndicatorKind.FLOW), Region.CHIFENG,
        Period.year(2023), Quantity.parse("130亿斤"))));
    String json = mapper.writeValueAsString(d);
    assertTrue(json.startsWith("{\"format\":\"zhibiao\",\"version\":1,\"indicators\":[{\"code\":\"GRAIN_OUTPUT\""), json);
    assertEquals(d, mapper.readValue(json, io.github.zhibiao.model.Dataset.class));
    DatabindException bad = assertThrows(DatabindException.class, () -> mapper.readValue("{\"wrapper\":\n  "
        + json.replace("\"2023\"", "\"2023-13\"") + "}", new TypeReference<Map<String, io.github.zhibiao.model.Dataset>>() {}));
    assertTrue(bad.getMessage().startsWith("cannot read a dataset: $.observations[0].period: '2023-13' — cannot parse "
        + "'2023-13' as a period at index 5"), bad.getMessage());
    assertTrue(bad.getMessage().contains("at [line 2, column 3]"), bad.getMessage());
  }

  @Test
  void theModuleIsImmutableAndEachInstanceRegisters() {
    assertEquals(tools.jackson.databind.JacksonModule.class, ZhibiaoModule.class.getSuperclass(),
        "not a SimpleModule, which can be changed after construction (addSerializer)");
    assertTrue(java.lang.reflect.Modifier.isFinal(ZhibiaoModule.class.getModifiers()));
    for (java.lang.reflect.Field f : ZhibiaoModule.class.getDeclaredFields()) {
      assertTrue(java.lang.reflect.Modifier.isFinal(f.getModifiers()), f.getName() + " is final");
    }
    Region park = Region.of("150400-GXQ", "赤峰高新区", "高新区", RegionLevel.OTHER, Region.CHIFENG);
    JsonMapper both = JsonMapper.builder().findAndAddModules()
        .addModule(new ZhibiaoModule().withRegions(Regions.builtIn().with(park))).build();
    assertEquals(park, both.readValue("\"150400-GXQ\"", Region.class), "the configured module is not dropped");
    ZhibiaoModule m = new ZhibiaoModule();
    assertTrue(!m.withQuantitiesAsObjects().equals(m) && !m.quantitiesAsObjects());
  }
}
