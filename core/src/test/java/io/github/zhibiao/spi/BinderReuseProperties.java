package io.github.zhibiao.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.zhibiao.model.Observation;
import io.github.zhibiao.model.Region;
import io.github.zhibiao.model.Status;
import io.github.zhibiao.spi.ObservationBinder.Field;
import io.github.zhibiao.unit.UnitPolicy;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Whatever the order of the records and whichever texts are repeated instances, a binder that
 * reuses what it read for an instance seen before binds each record as one that is handed a new
 * instance of every text: the same observation, or the same problem (field, text and message).
 */
class BinderReuseProperties {
  private static final String[] NAMES = {"粮食总产量", "粮食总产量", "粮食总产量", "粮食产量"};
  private static final String[] KINDS = {"", "", "", "FLOW", "STOCK"};
  private static final String[] PERIODS = {"2021", "2022", "2023", "2023-Q2", "2023-06", "_Z", "2023-13", "label:Aa",
      "label:BB"};
  private static final String[] STATUSES = {"", "E", "P", "A", "预计", "Q"};
  private static final String[] UNITS = {"亿斤", "亿斤", "万吨", "人"};
  private static final String[] REGIONS = {"150400", "150400", "150000", "15O400"};
  private static final String[] REGION_NAMES = {"", "", "赤峰市", "内蒙古自治区"};
  private static final String[] CHANGES = {"", "", "", "5.82%", "-3"};

  @Test
  void reusedInstancesBindAsNewOnes() {
    qt().withExamples(200).forAll(longs().all()).checkAssert(seed -> {
      Random random = new Random(seed);
      ObservationBinder reusing = ObservationBinder.of("t.csv", ReadOptions.defaults(), UnitPolicy.STRICT);
      ObservationBinder fresh = ObservationBinder.of("t.csv", ReadOptions.defaults(), UnitPolicy.STRICT);
      for (int record = 0; record < 60; record++) {
        String[] texts = {pick(random, NAMES), pick(random, KINDS), pick(random, PERIODS), pick(random, STATUSES),
            pick(random, UNITS), pick(random, CHANGES), pick(random, REGIONS), pick(random, REGION_NAMES)};
        boolean[] copied = new boolean[texts.length];
        for (int i = 0; i < texts.length; i++) {
          copied[i] = random.nextInt(4) == 0;
        }
        Object expected = outcome(fresh, record, texts, null);
        Object actual = outcome(reusing, record, texts, copied);
        assertEquals(expected, actual, "record " + record + " of seed " + seed);
        if (actual instanceof Observation o) { // and, apart from any binder, the period and status of its texts
          assertEquals(ObservationBinder.readPeriod(texts[2]), o.period(), "record " + record + " of seed " + seed);
          assertEquals(Status.parse(texts[3]), o.status(), "record " + record + " of seed " + seed);
          assertEquals(region(texts[6], texts[7]), o.region(), "record " + record + " of seed " + seed);
        }
      }
    });
  }

  /** The region the resolver gives for the texts alone, or null if it refuses them. */
  private static Region region(String code, String name) {
    try {
      return RegionResolver.of(ReadOptions.defaults()).resolve(code, name);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String pick(Random random, String[] pool) {
    return pool[random.nextInt(pool.length)];
  }

  /** The record bound from the pool's instances ({@code copied[i]}: a new one), or from new ones (null). */
  private static Object outcome(ObservationBinder b, long line, String[] texts, boolean[] copied) {
    String[] t = new String[texts.length];
    for (int i = 0; i < texts.length; i++) {
      t[i] = copied == null || copied[i] ? new String(texts[i].toCharArray()) : texts[i];
    }
    b.begin(line + 2).set(Field.INDICATOR, copied == null ? new String("GRAIN".toCharArray()) : "GRAIN", "indicator")
        .set(Field.INDICATOR_NAME, t[0], "指标").set(Field.INDICATOR_KIND, t[1], "kind")
        .set(Field.REGION, t[6], "region").set(Field.REGION_NAME, t[7], "regionName").set(Field.PERIOD, t[2], "period").set(Field.STATUS, t[3], "status")
        .set(Field.VALUE, "130", "value").set(Field.UNIT, t[4], "unit").set(Field.CHANGE, t[5], "change");
    try {
      return b.bind();
    } catch (DatasetReadException e) {
      return "problem " + e.problem().field().orElse("-") + " " + e.problem().text().orElse("-") + " "
          + e.problem().message();
    }
  }
}
