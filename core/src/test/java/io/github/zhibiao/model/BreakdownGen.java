package io.github.zhibiao.model;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.quicktheories.core.Gen;

/**
 * QuickTheories generators of {@link Breakdowns} from small pools, so that equal values, values
 * that differ in one pair, and two definitions of one code (SEX 性别 / SEX 性別) come up often.
 */
final class BreakdownGen {

  private BreakdownGen() {}

  static final List<Breakdown> BREAKDOWNS = List.of(Breakdown.SEX, Breakdown.AGE, Breakdown.INDUSTRY,
      Breakdown.of("SEX", "性別"), Breakdown.of("sexo", "Sexo"), Breakdown.of("AGE", "年龄", "Age group"));

  static final List<Category> CATEGORIES = List.of(Category.FEMALE, Category.MALE, Category.TOTAL,
      Category.of("F", "女性"), Category.from(Sector.section('C')), Category.of("1", "Hombres"));

  /** Up to four pairs from the pools; a pair whose code is already taken is left out. */
  static Gen<Breakdowns> breakdowns() {
    Gen<int[]> pair = integers().between(0, BREAKDOWNS.size() - 1)
        .zip(integers().between(0, CATEGORIES.size() - 1), (b, c) -> new int[] {b, c});
    return lists().of(pair).ofSizeBetween(0, 4).map(BreakdownGen::build);
  }

  private static Breakdowns build(List<int[]> pairs) {
    Breakdowns b = Breakdowns.empty();
    for (int[] p : pairs) {
      Breakdown breakdown = BREAKDOWNS.get(p[0]);
      if (b.category(breakdown.code()).isEmpty()) {
        b = b.with(breakdown, CATEGORIES.get(p[1]));
      }
    }
    return b;
  }
}
