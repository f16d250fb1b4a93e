package io.github.zhibiao.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The laws of {@link Breakdowns}: equality, hashing and order, and what with/without/of keep. */
class BreakdownsProperties {

  @Test
  void equalityIsAnEquivalenceAndHashesAgree() {
    qt().forAll(BreakdownGen.breakdowns(), BreakdownGen.breakdowns()).checkAssert((a, b) -> {
      assertEquals(a, a);
      assertEquals(a.equals(b), b.equals(a));
      if (a.equals(b)) {
        assertEquals(a.hashCode(), b.hashCode());
      }
      assertEquals(a.equals(b), a.entries().size() == b.entries().size()
          && a.entries().containsAll(b.entries()), "equal exactly when they hold the same pairs");
    });
  }

  @Test
  void compareToIsConsistentWithEqualsAndAntisymmetric() {
    qt().forAll(BreakdownGen.breakdowns(), BreakdownGen.breakdowns()).checkAssert((a, b) -> {
      assertEquals(a.equals(b), a.compareTo(b) == 0);
      assertEquals(Integer.signum(a.compareTo(b)), -Integer.signum(b.compareTo(a)));
    });
  }

  @Test
  void compareToIsTransitive() {
    qt().forAll(BreakdownGen.breakdowns(), BreakdownGen.breakdowns(), BreakdownGen.breakdowns())
        .checkAssert((a, b, c) -> {
          List<Breakdowns> sorted = new ArrayList<>(List.of(a, b, c));
          Collections.sort(sorted);
          assertTrue(sorted.get(0).compareTo(sorted.get(1)) <= 0);
          assertTrue(sorted.get(1).compareTo(sorted.get(2)) <= 0);
          assertTrue(sorted.get(0).compareTo(sorted.get(2)) <= 0, "sorted " + sorted);
        });
  }

  @Test
  void anyOrderOfThePairsGivesAnEqualValueThatIteratesInItsOwnOrder() {
    qt().forAll(BreakdownGen.breakdowns(), longs().all()).checkAssert((b, seed) -> {
      List<Breakdowns.Entry> shuffled = new ArrayList<>(b.entries());
      Collections.shuffle(shuffled, new Random(seed));
      Breakdowns other = Breakdowns.of(shuffled);
      assertEquals(b, other);
      assertEquals(b.hashCode(), other.hashCode());
      assertEquals(0, b.compareTo(other));
      assertEquals(shuffled, other.entries());
    });
  }

  @Test
  void withoutThenWithGivesAnEqualValue() {
    qt().forAll(BreakdownGen.breakdowns()).checkAssert(b -> {
      for (Breakdowns.Entry e : b.entries()) {
        Breakdowns rest = b.without(e.breakdown().code());
        assertEquals(b.size() - 1, rest.size());
        assertTrue(rest.category(e.breakdown().code()).isEmpty());
        assertEquals(b, rest.with(e.breakdown(), e.category()));
        assertTrue(rest.compareTo(b) != 0);
      }
      assertEquals(b.toString(), Breakdowns.of(b.entries()).toString());
    });
  }

  @Test
  void serializationGivesAnEqualValueInTheSameOrder() {
    qt().withExamples(200).forAll(BreakdownGen.breakdowns()).checkAssert(b -> {
      try {
        Object back = BreakdownsTest.roundTrip(b);
        assertEquals(b, back);
        assertEquals(b.entries(), ((Breakdowns) back).entries());
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    });
  }
}
