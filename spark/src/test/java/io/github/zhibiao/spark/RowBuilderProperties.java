package io.github.zhibiao.spark;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.zhibiao.model.Breakdown;
import io.github.zhibiao.model.Breakdowns;
import io.github.zhibiao.model.Category;
import io.github.zhibiao.model.Observation;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Whatever the order in which a partition meets observations and their breakdowns (instances seen
 * again, or equal values in other instances), one builder gives the rows fresh builders give.
 */
class RowBuilderProperties {
  static final List<Observation> SEED = Fixtures.seed().observations();
  static final List<Breakdowns> POOL = List.of(Breakdowns.empty(),
      Breakdowns.of(Breakdown.SEX, Category.FEMALE), Breakdowns.of(Breakdown.SEX, Category.MALE),
      Breakdowns.of(Breakdown.SEX, Category.FEMALE), // equal to the second, another instance
      Breakdowns.of(Breakdown.URBAN_RURAL, Category.URBAN, Breakdown.SEX, Category.TOTAL),
      Breakdowns.of(Breakdown.of("AREA", "地区", "Area"), Category.of("N", "北部")));

  @Test
  void aSharedBuilderEqualsFreshOnesForAnySequence() {
    qt().withExamples(40).forAll(lists().of(integers().between(0, SEED.size() * POOL.size() - 1)).ofSizeBetween(1, 60))
        .checkAssert(picks -> {
          List<Observation> sequence = new ArrayList<>();
          for (int p : picks) {
            Observation o = SEED.get(p % SEED.size());
            sequence.add(Observation.builder().from(o).breakdowns(POOL.get(p / SEED.size())).build());
          }
          RowBuilderTest.sameRows(sequence, ZhibiaoSchema.observations());
        });
  }
}
