package io.github.zhibiao.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.zhibiao.model.AmbiguousRegionException;
import io.github.zhibiao.model.Region;
import io.github.zhibiao.model.RegionLevel;
import io.github.zhibiao.model.Regions;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One way for every reader to turn a code and a label into a region. */
class RegionResolverTest {
  private static final Regions REGIONS = Regions.builtIn();
  private static final RegionResolver OPEN = RegionResolver.of(ReadOptions.defaults());
  private static final RegionResolver STRICT =
      RegionResolver.of(ReadOptions.defaults().withRegionPolicy(RegionPolicy.STRICT));

  private static String message(Runnable r) {
    return assertThrows(IllegalArgumentException.class, r::run).getMessage();
  }

  @Test
  void theDefaultPolicyIsOpenAndCopiesKeepIt() {
    assertEquals(RegionPolicy.OPEN, ReadOptions.defaults().regionPolicy());
    ReadOptions strict = ReadOptions.defaults().withRegionPolicy(RegionPolicy.STRICT);
    assertEquals(RegionPolicy.STRICT, strict.regionPolicy());
    assertEquals(RegionPolicy.STRICT, strict.lenient().withMaxProblems(3).withDelimiter(';')
        .withCharset(java.nio.charset.StandardCharsets.UTF_8).withRegions(REGIONS)
        .withDefaultRegion(Region.CHIFENG).failFast().regionPolicy());
    assertSame(REGIONS, ReadOptions.defaults().regions());
    assertThrows(NullPointerException.class, () -> ReadOptions.defaults().withRegionPolicy(null));
    assertThrows(NullPointerException.class, () -> RegionResolver.of(null));
  }

  @Test
  void aKnownCodeGivesItsRegionAndTheLabelMustAgree() {
    assertSame(Region.CHIFENG, OPEN.resolve("150400", ""));
    assertSame(Region.CHIFENG, STRICT.resolve("150400", "赤峰市"));
    assertSame(Region.CHIFENG, STRICT.resolve("150400", "赤峰"));
    assertEquals("DE", STRICT.resolve("DEU", "Germany").code());
    assertEquals("DE", STRICT.resolve("276", "德国").code());
    assertEquals("region 150400 is 赤峰市; the name beside it ('北京市') must agree or be blank",
        message(() -> OPEN.resolve("150400", "北京市")));
    assertEquals("region DE is 德国; the name beside it ('Deutschland') must agree or be blank",
        message(() -> OPEN.resolve("DE", "Deutschland")));
  }

  @Test
  void unknownCodesFollowThePolicy() {
    assertEquals(Region.of("DE21", "Oberbayern", "Oberbayern", RegionLevel.OTHER), OPEN.resolve("DE21", "Oberbayern"));
    assertEquals("unknown region code; the region policy is STRICT: expected a GB/T 2260 code, an ISO 3166-1 "
        + "country code or a region added to the registry", message(() -> STRICT.resolve("DE21", "Oberbayern")));
    assertEquals("unknown region code; expected a GB/T 2260 code in the registry, or a name beside it to define "
        + "a region of your own", message(() -> OPEN.resolve("DE21", "")));
    assertEquals("unknown region code (崇文区, changed in 2010; now 110101 东城区); expected a GB/T 2260 code in "
        + "the registry, or a name beside it to define a region of your own", message(() -> OPEN.resolve("110103", "")));
    assertEquals("unknown region code (巢湖市, changed in 2011; now 340100 合肥市, 340200 芜湖市, 340500 马鞍山市); "
        + "the region policy is STRICT: expected a GB/T 2260 code, an ISO 3166-1 country code or a region added "
        + "to the registry", message(() -> STRICT.resolve("341400", "")));
    assertEquals("110103", OPEN.resolve("110103", "崇文区").code(), "a reader may keep the old code");
    assertEquals("code ('a b') must be a GB/T 2260 code such as 150400 or match [0-9A-Za-z][0-9A-Za-z._-]*",
        message(() -> OPEN.resolve("a b", "x")));
  }

  @Test
  void aLabelAloneIsANameOfTheRegistry() {
    assertEquals("211300", OPEN.resolve("", "朝阳").code());
    assertEquals("unknown region name; expected a code, or the full, short or English name of a region in "
        + "the registry", message(() -> STRICT.resolve("", "赤峰县")));
    AmbiguousRegionException e = assertThrows(AmbiguousRegionException.class, () -> OPEN.resolve("", "朝阳区"));
    assertEquals(2, e.candidates().size());
    assertEquals("110105", OPEN.resolve("", "朝阳区", REGIONS.require("北京市")).code());
    assertEquals("220104", OPEN.resolve("", "朝阳区", REGIONS.require("吉林省")).code());
    RegionResolver inChangchun = RegionResolver.of(ReadOptions.defaults().withDefaultRegion(REGIONS.require("长春市")));
    assertEquals("220104", inChangchun.resolve("", "朝阳区").code());
    assertEquals("220104", inChangchun.resolve("", "朝阳区", Region.INNER_MONGOLIA).code(),
        "a parent that holds none gives way to the default region");
    assertThrows(AmbiguousRegionException.class, () -> OPEN.resolve("", "朝阳区", Region.INNER_MONGOLIA));
    // 鼓楼区 has four districts; within 江苏省 two (南京, 徐州): still ambiguous, listing those two
    AmbiguousRegionException two = assertThrows(AmbiguousRegionException.class,
        () -> OPEN.resolve("", "鼓楼区", REGIONS.require("江苏省")));
    assertEquals(List.of("320106", "320302"), two.candidates().stream().map(Region::code).toList());
  }

  @Test
  void neitherCodeNorLabelTakesTheDefaultRegion() {
    assertEquals("the region code is empty; expected a GB/T 2260 code such as 150400", message(() -> OPEN.resolve("", "")));
    RegionResolver chifeng = RegionResolver.of(ReadOptions.defaults().withDefaultRegion(Region.CHIFENG));
    assertSame(Region.CHIFENG, chifeng.resolve("", ""));
    assertThrows(NullPointerException.class, () -> OPEN.resolve(null, ""));
    assertThrows(NullPointerException.class, () -> OPEN.resolve("", null));
  }
}
