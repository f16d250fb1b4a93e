package io.github.zhibiao.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zhibiao.model.Indicator;
import io.github.zhibiao.model.Observation;
import io.github.zhibiao.model.Region;
import io.github.zhibiao.spi.DatasetReadException;
import io.github.zhibiao.spi.ObservationCursor;
import io.github.zhibiao.spi.ReadOptions;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A yearbook table saved as CSV, 指标,单位,2021,2022,2023: no codes, no regions, given a default region. */
class WideWithoutCodesTest {
  private static final String TABLE = "指标,单位,2021,2022,2023\n地区生产总值,亿元,1975.1,2061.4,2166.4\n粮食总产量,万吨,,690.5,703.1\n";

  private static List<Observation> read(String csv, ReadOptions options) {
    List<Observation> all = new ArrayList<>();
    try (ObservationCursor c = new WideCsvFormat().reader().orElseThrow()
        .open(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "yearbook.csv", options)) {
      c.forEachRemaining(all::add);
    }
    return all;
  }

  @Test
  void readsWithDerivedCodesAndTheDefaultRegion() {
    Region chifeng = io.github.zhibiao.model.Regions.builtIn().require("150400");
    List<Observation> all = read(TABLE, ReadOptions.defaults().withDefaultRegion(chifeng));
    List<String> lines = new ArrayList<>();
    for (Observation o : all) {
      lines.add(o.indicator().code() + " " + o.indicator().name() + " " + o.region().code() + " " + o.period() + " "
          + o.value().value().toPlainString() + " " + o.value().unit().label());
    }
    String gdp = Indicator.derivedCode("地区生产总值");
    String grain = Indicator.derivedCode("粮食总产量");
    assertEquals(List.of(
        gdp + " 地区生产总值 150400 2021 1975.1 亿元", gdp + " 地区生产总值 150400 2022 2061.4 亿元",
        gdp + " 地区生产总值 150400 2023 2166.4 亿元", grain + " 粮食总产量 150400 2022 690.5 万吨",
        grain + " 粮食总产量 150400 2023 703.1 万吨"), lines);
  }

  @Test
  void isSniffedAsWideCsv() {
    assertTrue(new WideCsvFormat().canRead(TABLE.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void withoutADefaultRegionTheErrorSaysHowToGiveOne() {
    DatasetReadException e = assertThrows(DatasetReadException.class, () -> read(TABLE, ReadOptions.defaults()));
    assertTrue(e.getMessage().contains("withDefaultRegion"), e.getMessage());
  }

  @Test
  void aRowWithoutANameIsAProblem() {
    Region chifeng = io.github.zhibiao.model.Regions.builtIn().require("150400");
    DatasetReadException e = assertThrows(DatasetReadException.class,
        () -> read("指标,单位,2023\n,亿元,1\n", ReadOptions.defaults().withDefaultRegion(chifeng)));
    assertTrue(e.getMessage().contains("line 2") && e.getMessage().contains("name is missing"), e.getMessage());
  }
}
