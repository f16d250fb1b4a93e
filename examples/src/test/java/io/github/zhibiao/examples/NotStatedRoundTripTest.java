package io.github.zhibiao.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zhibiao.model.Dataset;
import io.github.zhibiao.model.Indicator;
import io.github.zhibiao.model.Observation;
import io.github.zhibiao.model.Period;
import io.github.zhibiao.model.Region;
import io.github.zhibiao.spi.DatasetFormats;
import io.github.zhibiao.spi.DatasetReadException;
import io.github.zhibiao.spi.ReadOptions;
import io.github.zhibiao.spi.WriteOptions;
import io.github.zhibiao.unit.Quantity;
import io.github.zhibiao.unit.Units;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A region or period that the data do not state (Region.NOT_STATED, Period.NOT_STATED) and a time
 * category that is not a period (a survey wave) are written by every text format so that they read
 * back equal; an unmarked text is never taken for a label.
 */
class NotStatedRoundTripTest {
  private static final Indicator RATE = Indicator.of("LFS_RATE", "劳动参与率", Units.PERCENT,
      io.github.zhibiao.model.IndicatorKind.RATE);

  private static Dataset dataset() {
    return Dataset.of(List.of(
        Observation.of(RATE, Region.NOT_STATED, Period.labelled("LFI4b, 2009/13"), Quantity.parse("61.2%")),
        Observation.of(RATE, Region.NOT_STATED, Period.NOT_STATED, Quantity.parse("60.8%")),
        Observation.of(RATE, Region.CHIFENG, Period.year(2023), Quantity.parse("59.9%"))));
  }

  private static Dataset roundTrip(String format, Dataset d) throws Exception {
    var f = DatasetFormats.installed().byId(format).orElseThrow();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    f.writer().orElseThrow().write(d, out, WriteOptions.defaults());
    return f.reader().orElseThrow().open(new ByteArrayInputStream(out.toByteArray()), "t", ReadOptions.defaults())
        .toDataset();
  }

  @ParameterizedTest
  @ValueSource(strings = {"csv", "json", "csv-wide"})
  void notStatedAndLabelledPeriodsReadBackEqual(String format) throws Exception {
    Dataset d = dataset();
    Dataset back = roundTrip(format, d);
    assertEquals(new java.util.HashSet<>(d.observations()), new java.util.HashSet<>(back.observations()), format);
  }

  @Test
  void anUnmarkedTextIsNotALabel() {
    String csv = "indicator,region,period,value,unit\nLFS_RATE,150400,LFI4b,61.2,%\nLFS_RATE,150400,label:LFI4b,61.2,%\n";
    var reader = DatasetFormats.installed().byId("csv").orElseThrow().reader().orElseThrow();
    var cursor = reader.open(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "t.csv",
        ReadOptions.defaults().lenient());
    Dataset d = cursor.toDataset();
    assertEquals(1, d.size(), "label:LFI4b is a label");
    assertEquals(Period.labelled("LFI4b"), d.observations().get(0).period());
    assertEquals("period", cursor.report().problems().get(0).field().orElseThrow(), "LFI4b alone is refused");
    assertThrows(DatasetReadException.class, () -> reader.open(new ByteArrayInputStream(
        "indicator,region,period,value,unit\nX,150400,2023-13,1,%\n".getBytes(StandardCharsets.UTF_8)), "t.csv",
        ReadOptions.defaults()).toDataset());
    assertTrue(io.github.zhibiao.spi.ObservationBinder.readPeriod("未注明").equals(Period.NOT_STATED));
  }
}
