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
}
