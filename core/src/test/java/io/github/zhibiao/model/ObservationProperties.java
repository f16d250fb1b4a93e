package io.github.zhibiao.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.zhibiao.unit.Quantity;
import io.github.zhibiao.unit.Units;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Observations with breakdowns: equal exactly when their attributes are, whatever the order. */
class ObservationProperties {

  private static Observation observation(Breakdowns b, int value, int scale) {
    return Observation.builder().indicator(ObservationBreakdownsTest.EMPLOYED).region(Region.CHIFENG)
        .period(Period.year(2023)).breakdowns(b)
        .value(Quantity.of(BigDecimal.valueOf(value).setScale(scale), Units.of("万人"))).build();
  }

  @Test
  void equalExactlyWhenBreakdownsAndValuesAreEqual() {
    qt().forAll(BreakdownGen.breakdowns(), BreakdownGen.breakdowns(), integers().between(0, 3),
        integers().between(0, 3)).checkAssert((a, b, va, vb) -> {
          Observation x = observation(a, va, 1);
          Observation y = observation(b, vb, 2);
          assertEquals(a.equals(b) && va.equals(vb), x.equals(y));
          assertEquals(x.equals(y), y.equals(x));
          if (x.equals(y)) {
            assertEquals(x.hashCode(), y.hashCode());
          }
        });
  }

  @Test
  void theOrderOfTheBreakdownsDoesNotMatter() {
    qt().forAll(BreakdownGen.breakdowns(), longs().all()).checkAssert((b, seed) -> {
      List<Breakdowns.Entry> shuffled = new ArrayList<>(b.entries());
      Collections.shuffle(shuffled, new Random(seed));
      Observation x = observation(b, 1, 0);
      Observation y = observation(Breakdowns.of(shuffled), 1, 0);
      assertEquals(x, y);
      assertEquals(x.hashCode(), y.hashCode());
    });
  }

  @Test
  void copiesRoundTrip() {
    qt().forAll(BreakdownGen.breakdowns(), BreakdownGen.breakdowns()).checkAssert((a, b) -> {
      Observation x = observation(a, 1, 0);
      assertEquals(b, x.withBreakdowns(b).breakdowns());
      assertEquals(x, x.withBreakdowns(b).withBreakdowns(a));
      assertEquals(x, x.toBuilder().build());
    });
  }
}
