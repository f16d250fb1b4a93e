package io.github.zhibiao.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RegionNotStatedTest {

  @Test
  void notStatedIsADocumentedValueOutsideTheHierarchy() {
    Region z = Region.NOT_STATED;
    assertEquals("_Z", z.code());
    assertEquals("未注明", z.name());
    assertEquals("未注明", z.shortName());
    assertEquals(Optional.of("Not stated"), z.englishName());
    assertEquals(RegionLevel.OTHER, z.level());
    assertEquals(Optional.empty(), z.parent());
    assertFalse(z.isStated());
    assertTrue(Region.CHIFENG.isStated());
    assertTrue(z.isWithin(z));
    assertFalse(z.isWithin(Region.CHINA));
    assertFalse(Region.CHIFENG.isWithin(z));
  }

  @Test
  void noUserRegionCanTakeItsCode() {
    assertThrows(IllegalArgumentException.class, () -> Region.of("_Z", "未注明", "未注明", RegionLevel.OTHER));
  }

  @Test
  void everyRegistryFindsItByCodeAndNameWithoutCountingIt() {
    Regions builtIn = Regions.builtIn();
    Region park = Region.of("ZONE1", "开发区", "开发区", RegionLevel.OTHER, Region.CHIFENG);
    Regions mine = builtIn.with(park);
    for (Regions r : List.of(builtIn, mine)) {
      assertSame(Region.NOT_STATED, r.byCode("_Z").orElseThrow());
      assertSame(Region.NOT_STATED, r.require("_Z"));
      assertSame(Region.NOT_STATED, r.require("未注明"));
      assertEquals(Optional.of(Region.NOT_STATED), r.byName("Not stated"));
      assertFalse(r.all().contains(Region.NOT_STATED));
    }
    assertEquals(builtIn.size() + 1, mine.size());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> builtIn.with(Region.NOT_STATED));
    assertEquals("region '_Z' (未注明) is Region.NOT_STATED, which every registry finds by its code; do not add it",
        e.getMessage());
  }

  @Test
  void aUserRegionNamed未注明IsACandidateBesideIt() {
    Region odd = Region.of("X1", "未注明", "未注明", RegionLevel.OTHER);
    Regions r = Regions.builtIn().with(odd);
    assertEquals(List.of(Region.NOT_STATED, odd), r.candidates("未注明"));
    assertThrows(AmbiguousRegionException.class, () -> r.byName("未注明"));
  }

  @Test
  void serializationGivesTheSameInstance() throws Exception {
    assertSame(Region.NOT_STATED, BreakdownsTest.roundTrip(Region.NOT_STATED));
  }
}
