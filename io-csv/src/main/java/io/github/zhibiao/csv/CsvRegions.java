package io.github.zhibiao.csv;

import io.github.zhibiao.model.Observation;
import io.github.zhibiao.model.Region;
import io.github.zhibiao.model.RegionLevel;
import io.github.zhibiao.model.Regions;

/**
 * What of a region CSV can carry: a built-in region by its code; a region of your own only as
 * code and name, which a reader under the open region policy makes a region of level OTHER without
 * parent; a ranking's scope only as the code of a built-in region. The writers refuse the rest,
 * before writing anything, rather than write a region that reads back as another.
 */
final class CsvRegions {
  private CsvRegions() {}

  /**
   * Checks the regions of every observation.
   *
   * @throws IllegalArgumentException naming the first region CSV cannot carry and what would be lost
   */
  static void check(Iterable<Observation> observations) {
    Region last = null;
    for (Observation o : observations) {
      if (o.region() != last) {
        region(o.region());
        last = o.region();
      }
      o.ranking().flatMap(r -> r.scope()).ifPresent(CsvRegions::scope);
    }
  }

  private static void region(Region r) {
    Region builtIn = Regions.builtIn().byCode(r.code()).orElse(null);
    if (r.equals(builtIn)) {
      return;
    }
    if (builtIn != null) {
      throw new IllegalArgumentException("region " + r.code() + " (" + r.name() + ") differs from the built-in region of"
          + " that code (" + builtIn.name() + "): a reader gives back the built-in region; give your region a code of"
          + " its own");
    }
    if (!r.equals(Region.of(r.code(), r.name(), r.name(), RegionLevel.OTHER))) {
      throw new IllegalArgumentException("CSV keeps a region of your own as its code and name only, which a reader"
          + " reads as a region of level OTHER without parent; region " + r.code() + " (" + r.name() + ") has "
          + lost(r) + ", which would be lost: write native JSON or JSON-stat, which define regions");
    }
  }

  private static String lost(Region r) {
    StringBuilder b = new StringBuilder();
    if (!r.shortName().equals(r.name())) {
      b.append("the short name ").append(r.shortName()).append(", ");
    }
    if (r.level() != RegionLevel.OTHER) {
      b.append("the level ").append(r.level()).append(", ");
    }
    r.parent().ifPresent(p -> b.append("the parent ").append(p.code()).append(", "));
    r.englishName().ifPresent(e -> b.append("the English name ").append(e).append(", "));
    return b.substring(0, b.length() - 2);
  }

  private static void scope(Region scope) {
    if (!scope.equals(Regions.builtIn().byCode(scope.code()).orElse(null))) {
      throw new IllegalArgumentException("rank_scope holds the code of a region a reader finds in its registry;"
          + " the ranking's scope " + scope.code() + " (" + scope.name() + ") is not a built-in region, so it would"
          + " not read back: write native JSON or JSON-stat, which define regions");
    }
  }
}
