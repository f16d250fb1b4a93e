package io.github.zhibiao.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
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

  private static final String[] BREAKDOWN_CODES = {"SEX", "SEX", "AGE"};
  private static final String[] BREAKDOWN_LABELS = {"", "", "性别", "年龄"};
  private static final String[] CATEGORY_CODES = {"F", "F", "M", "_T", ""};
  private static final String[] CATEGORY_LABELS = {"", "", "女", "男", "合计"};

  /**
   * Breakdowns from texts, whichever are repeated instances, against a model of the rule: the
   * first pair that names a breakdown code (a category code of it) defines its label, a later
   * label must agree, and a record holds one category of a breakdown (the same pair twice is kept
   * once; an empty category code adds none).
   */
  @Test
  void breakdownTextsBindByTheFirstDefinitions() {
    qt().withExamples(200).forAll(longs().all()).checkAssert(seed -> {
      Random random = new Random(seed);
      ObservationBinder binder = ObservationBinder.of("t.csv", ReadOptions.defaults(), UnitPolicy.STRICT);
      java.util.Map<String, String> labels = new java.util.HashMap<>();
      java.util.Map<String, String> categoryLabels = new java.util.HashMap<>();
      for (int record = 0; record < 60; record++) {
        binder.begin(record + 2).set(Field.INDICATOR, "GRAIN", "indicator").set(Field.REGION, "150400", "region")
            .set(Field.PERIOD, "2023", "period").set(Field.VALUE, "130亿斤", "value");
        java.util.List<String> expected = new java.util.ArrayList<>();
        boolean refused = false;
        for (int pair = 0; pair < 2 && !refused; pair++) {
          String[] t = {pick(random, BREAKDOWN_CODES), pick(random, BREAKDOWN_LABELS), pick(random, CATEGORY_CODES),
              pick(random, CATEGORY_LABELS)};
          for (int i = 0; i < t.length; i++) {
            t[i] = random.nextInt(3) == 0 ? new String(t[i].toCharArray()) : t[i];
          }
          String code = t[0];
          String label = t[1];
          String category = t[2];
          String categoryLabel = t[3];
          String place = "by" + pair;
          // the model
          String why = null;
          if (category.isEmpty()) {
            why = categoryLabel.isEmpty() ? "" : "a category label without its code";
          } else if (labels.containsKey(code) && !label.isEmpty() && !labels.get(code).equals(label)) {
            why = "one code keeps one label";
          } else {
            labels.putIfAbsent(code, label.isEmpty() ? code : label);
            String key = code + "=" + category;
            if (categoryLabels.containsKey(key) && !categoryLabel.isEmpty()
                && !categoryLabels.get(key).equals(categoryLabel)) {
              why = "one code keeps one label";
            } else {
              categoryLabels.putIfAbsent(key, categoryLabel.isEmpty() ? category : categoryLabel);
              String entry = code + " " + labels.get(code) + " " + category + " " + categoryLabels.get(key);
              if (expected.contains(entry)) {
                why = ""; // the same pair again: kept once
              } else if (expected.stream().anyMatch(e -> e.startsWith(code + " "))) {
                why = "a second category";
              }
            }
          }
          if (why == null) {
            binder.breakdown(code, label, category, categoryLabel, place);
            expected.add(code + " " + labels.get(code) + " " + category + " " + categoryLabels.get(code + "=" + category));
          } else if (why.isEmpty()) {
            binder.breakdown(code, label, category, categoryLabel, place); // no breakdown, or the same again
          } else {
            DatasetReadException e = assertThrows(DatasetReadException.class,
                () -> binder.breakdown(code, label, category, categoryLabel, place), "record " + record + " of seed "
                    + seed + ": " + why);
            assertEquals(place, e.problem().field().orElseThrow());
            refused = true;
          }
        }
        if (!refused) {
          java.util.List<String> actual = binder.bind().breakdowns().entries().stream().map(e -> e.breakdown().code() + " "
              + e.breakdown().label() + " " + e.category().code() + " " + e.category().label()).toList();
          assertEquals(expected, actual, "record " + record + " of seed " + seed);
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
