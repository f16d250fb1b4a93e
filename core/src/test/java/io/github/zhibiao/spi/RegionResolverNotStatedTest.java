package io.github.zhibiao.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.zhibiao.model.Region;
import org.junit.jupiter.api.Test;

/** {@link Region#NOT_STATED} through the resolver every reader uses. */
class RegionResolverNotStatedTest {

  @Test
  void theCodeOrTheNameGivesNotStatedUnderEitherPolicy() {
    for (RegionPolicy policy : RegionPolicy.values()) {
      RegionResolver r = RegionResolver.of(ReadOptions.defaults().withRegionPolicy(policy));
      assertSame(Region.NOT_STATED, r.resolve("_Z", ""), policy.name());
      assertSame(Region.NOT_STATED, r.resolve("_Z", "未注明"), policy.name());
      assertSame(Region.NOT_STATED, r.resolve("_Z", "Not stated"), policy.name());
      assertSame(Region.NOT_STATED, r.resolve("", "未注明"), policy.name());
    }
  }

  @Test
  void aLabelThatDisagreesIsRefused() {
    RegionResolver r = RegionResolver.of(ReadOptions.defaults());
    assertEquals("region _Z is 未注明; the name beside it ('赤峰市') must agree or be blank",
        assertThrows(IllegalArgumentException.class, () -> r.resolve("_Z", "赤峰市")).getMessage());
  }

  @Test
  void anEmptyCodeAndLabelIsStillAnErrorWithoutADefault() {
    RegionResolver r = RegionResolver.of(ReadOptions.defaults());
    assertThrows(IllegalArgumentException.class, () -> r.resolve("", ""));
  }
}
