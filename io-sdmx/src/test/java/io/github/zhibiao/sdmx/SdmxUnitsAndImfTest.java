package io.github.zhibiao.sdmx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zhibiao.model.Observation;
import io.github.zhibiao.model.Period;
import io.github.zhibiao.spi.DatasetFormat;
import io.github.zhibiao.spi.ObservationCursor;
import io.github.zhibiao.spi.ReadOptions;
import io.github.zhibiao.unit.Units;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One dataflow with units of different dimensions (a currency and a percentage, hand-made
 * messages in both forms), and the IMF's SDMX-JSON 2.0 (a real response, see SOURCES.md).
 */
class SdmxUnitsAndImfTest {

  private static List<Observation> read(DatasetFormat f, String text) {
    List<Observation> out = new ArrayList<>();
    try (ObservationCursor c = f.reader().orElseThrow().open(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "hand-made", ReadOptions.defaults())) {
      c.forEachRemaining(out::add);
      assertEquals(0, c.report().rejected(), c.report().problems().toString());
    }
    return out;
  }

  @Test
  void aUnitDimensionMakesOneIndicatorPerUnit() {
    // UNIT_MEASURE before OBS_VALUE: a dimension of the key. USD amounts and percentage changes.
    String csv = "DATAFLOW,REF_AREA,UNIT_MEASURE: Unit of measure,TIME_PERIOD,OBS_VALUE,UNIT_MULT\n"
        + "TEST:TRADE(1.0),CN,USD: US dollar,2023,3380.2,9\n"
        + "TEST:TRADE(1.0),CN,PC: Percent,2023,-4.6,0\n"
        + "TEST:TRADE(1.0),CN,USD: US dollar,2022,3593.6,9\n";
    List<Observation> obs = read(new SdmxCsvFormat(), csv);
    assertEquals(3, obs.size());
    assertEquals("TRADE.USD", obs.get(0).indicator().code());
    assertEquals("TEST:TRADE(1.0) (US dollar)", obs.get(0).indicator().name());
    assertEquals("TRADE.PC", obs.get(1).indicator().code());
    assertEquals("TEST:TRADE(1.0) (Percent)", obs.get(1).indicator().name());
    assertEquals("TRADE.USD", obs.get(2).indicator().code());
    assertEquals(0, new BigDecimal("3380.2E9").compareTo(obs.get(0).value().to(Units.of("USD")).value()));
    assertEquals(new BigDecimal("-4.6"), obs.get(1).value().value());
    assertTrue(obs.get(1).breakdowns().entries().isEmpty(), "the unit is not also a breakdown");
  }

  @Test
  void aUnitAttributeKeepsTheDataflowForItsFirstUnitDimension() {
    // UNIT_MEASURE after OBS_VALUE: an attribute. The first unit dimension keeps the plain code.
    String csv = "STRUCTURE,STRUCTURE_ID,ACTION,REF_AREA,MEASURE,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE,UNIT_MULT\n"
        + "dataflow,TEST:GDP(1.0),I,CN,B1GQ,2023,126.06,CNY,12\n"
        + "dataflow,TEST:GDP(1.0),I,CN,B1GQ_GY,2023,5.2,PC,0\n"
        + "dataflow,TEST:GDP(1.0),I,CN,B1GQ,2022,1204.7,CNY,11\n";
    List<Observation> obs = read(new SdmxCsvFormat(), csv);
    assertEquals(List.of("GDP", "GDP.PC", "GDP"), obs.stream().map(o -> o.indicator().code()).toList());
    assertEquals(0, new BigDecimal("1204.7E11").compareTo(obs.get(2).value().to(Units.of("CNY")).value()));
    assertEquals(0, new BigDecimal("126.06E12").compareTo(obs.get(0).value().to(Units.of("CNY")).value()));
  }

  @Test
  void sdmxJsonUnitDimension() {
    String json = "{\"meta\":{},\"data\":{\"structures\":[{\"links\":[{\"rel\":\"dataflow\","
        + "\"urn\":\"urn:sdmx:org.sdmx.infomodel.datastructure.Dataflow=TEST:EXR(1.0)\"}],\"name\":\"Rates\","
        + "\"dimensions\":{\"series\":[{\"id\":\"UNIT_MEASURE\",\"name\":\"Unit\",\"values\":[{\"id\":\"HKD\",\"name\":"
        + "\"Hong Kong dollar\"},{\"id\":\"PC\",\"name\":\"Percent\"}]}],\"observation\":[{\"id\":\"TIME_PERIOD\","
        + "\"values\":[{\"value\":\"2023-M01\"}]}]},\"measures\":{\"observation\":[{\"id\":\"OBS_VALUE\"}]}}],"
        + "\"dataSets\":[{\"structure\":0,\"series\":{\"0\":{\"observations\":{\"0\":[7.8]}},"
        + "\"1\":{\"observations\":{\"0\":[0.25]}}}}]}}";
    List<Observation> obs = read(new SdmxJsonFormat(), json);
    assertEquals(List.of("EXR.HKD", "EXR.PC"), obs.stream().map(o -> o.indicator().code()).toList());
    assertEquals("Rates (Hong Kong dollar)", obs.get(0).indicator().name());
    assertEquals(Period.parse("2023-01"), obs.get(1).period());
  }

  @Test
  void sdmxJsonUnitAttribute() {
    // UNIT_MEASURE and UNIT_MULT as series attributes: 亿元 first, then 亿斤 (another dimension)
    String json = "{\"meta\":{},\"data\":{\"structures\":[{\"links\":[{\"rel\":\"dataflow\","
        + "\"urn\":\"urn:sdmx:org.sdmx.infomodel.datastructure.Dataflow=TEST:REG(1.0)\"}],"
        + "\"dimensions\":{\"series\":[{\"id\":\"MEASURE\",\"values\":[{\"id\":\"GDP\"},{\"id\":\"GRAIN\"}]}],"
        + "\"observation\":[{\"id\":\"TIME_PERIOD\",\"values\":[{\"value\":\"2023\"}]}]},"
        + "\"attributes\":{\"series\":[{\"id\":\"UNIT_MEASURE\",\"values\":[{\"id\":\"CNY\"},{\"id\":\"斤\"}]},"
        + "{\"id\":\"UNIT_MULT\",\"values\":[{\"id\":\"8\"}]}]},"
        + "\"measures\":{\"observation\":[{\"id\":\"OBS_VALUE\"}]}}],"
        + "\"dataSets\":[{\"structure\":0,\"series\":{\"0\":{\"attributes\":[0,0],\"observations\":{\"0\":[130.5]}},"
        + "\"1\":{\"attributes\":[1,0],\"observations\":{\"0\":[198.6]}}}}]}}";
    List<Observation> obs = read(new SdmxJsonFormat(), json);
    assertEquals(List.of("REG", "REG._65A4"), obs.stream().map(o -> o.indicator().code()).toList());
    assertEquals(io.github.zhibiao.unit.Quantity.parse("198.6亿斤"), obs.get(1).value());
  }

  @Test
  void unitCodesBecomeIndicatorCodeParts() {
    assertEquals("USD", SdmxRecord.unitCode("USD"));
    assertEquals("PT_B1GQ", SdmxRecord.unitCode("PT_B1GQ"));
    assertEquals("XDC_40USD", SdmxRecord.unitCode("XDC@USD"));
    assertEquals("X_24", SdmxRecord.unitCode("X$"));
    assertEquals("_25", SdmxRecord.unitCode("%"));
    assertEquals("_4E07_65A4", SdmxRecord.unitCode("万斤")); // distinct codes stay distinct
  }

  @Test
  void imfConsumerPricesOfTheUnitedStates() {
    String name = "json/imf-cpi-usa.json";
    List<Observation> obs = SdmxFixturesTest.read(new SdmxJsonFormat(), name, ReadOptions.defaults());
    List<BigDecimal> expected = SdmxFixturesTest.independentValues(name);
    assertEquals(2, expected.size());
    assertEquals(expected, obs.stream().map(o -> o.value().value().stripTrailingZeros()).toList());
    assertEquals(new BigDecimal("151.4352997287388"), obs.get(0).value().value()); // a string value, exact
    for (Observation o : obs) {
      assertEquals("CPI", o.indicator().code());
      assertEquals("US", o.region().code()); // COUNTRY USA, ISO 3166 alpha-3
      assertEquals("_T", o.breakdowns().category("COICOP_1999").orElseThrow().code());
      assertEquals("IX", o.breakdowns().category("TYPE_OF_TRANSFORMATION").orElseThrow().code());
      assertEquals(Units.NOT_STATED, o.value().unit()); // UNIT is a dimension-group attribute without values here
      // series attributes given as values (strings) are kept, as are the coded ones
      assertEquals("SCALE=0; OVERLAP=OL; COMMON_REFERENCE_PERIOD=2010A; IFS_FLAG=true; DERIVATION_TYPE=O;"
          + " REFERENCE_PERIOD=2010A", o.note().orElseThrow());
    }
    assertEquals(List.of(Period.parse("2026-03"), Period.parse("2026-04")), obs.stream().map(Observation::period).toList());
  }
}
