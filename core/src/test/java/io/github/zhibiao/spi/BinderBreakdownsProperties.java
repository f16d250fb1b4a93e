package io.github.zhibiao.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.zhibiao.model.Breakdown;
import io.github.zhibiao.model.Breakdowns;
import io.github.zhibiao.model.Category;
import io.github.zhibiao.spi.ObservationBinder.Field;
import io.github.zhibiao.unit.UnitPolicy;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The binder reuses the breakdowns of the record before while a record adds the same pairs in the same
 * order: whatever the sequence of records, each observation's breakdowns are those made afresh from its
 * own pairs, and a record that breaks the rule (a second category of a breakdown) is refused as before.
 */
class BinderBreakdownsProperties {
  private static final Breakdown[] BREAKDOWNS = {Breakdown.of("SEX", "性别"), Breakdown.of("AGE", "年龄"),
      Breakdown.of("SECTOR", "行业")};
  private static final Category[][] CATEGORIES = {
      {Category.of("F", "女"), Category.of("M", "男"), Category.of("_T", "合计")},
      {Category.of("Y15", "15岁以上"), Category.of("Y65", "65岁以上"), Category.of("_T", "合计")},
      {Category.of("A", "农业"), Category.of("C", "制造业"), Category.of("_T", "合计")}};

  @Test
  void eachRecordGetsTheBreakdownsOfItsOwnPairs() {
    qt().withExamples(200).forAll(longs().all()).checkAssert(seed -> {
      Random random = new Random(seed);
      ObservationBinder binder = ObservationBinder.of("t.csv", ReadOptions.defaults(), UnitPolicy.STRICT);
      for (int record = 0; record < 40; record++) {
        binder.begin(record + 2).set(Field.INDICATOR, "GRAIN", "indicator").set(Field.INDICATOR_NAME, "粮食总产量", "指标")
            .set(Field.REGION, "150400", "region").set(Field.PERIOD, "2023", "period").set(Field.VALUE, "130", "value")
            .set(Field.UNIT, "亿斤", "unit");
        Breakdowns expected = Breakdowns.empty();
        boolean refused = false;
        int pairs = random.nextInt(5);
        for (int i = 0; i < pairs && !refused; i++) {
          // mostly the pair of the same position in the record before, sometimes another: series and their breaks
          int b = random.nextInt(10) < 7 ? i % BREAKDOWNS.length : random.nextInt(BREAKDOWNS.length);
          int c = random.nextInt(10) < 7 ? 0 : random.nextInt(3);
          Breakdown breakdown = BREAKDOWNS[b];
          Category category = CATEGORIES[b][c];
          try {
            expected = expected.with(breakdown, category);
          } catch (IllegalArgumentException e) {
            refused = true;
            assertThrows(DatasetReadException.class, () -> binder.breakdown(breakdown, category, "by"));
            continue;
          }
          binder.breakdown(breakdown, category, "by");
        }
        if (!refused) {
          Breakdowns actual = binder.bind().breakdowns();
          assertEquals(expected.entries(), actual.entries(), "record " + record + " of seed " + seed);
        }
      }
    });
  }
}
