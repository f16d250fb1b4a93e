package io.github.zhibiao.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProblemTest {

  private static final String UNKNOWN = "unknown unit '万阿巴'";

  @Test
  void bareProblemHasOnlySourceAndMessage() {
    Problem p = Problem.of("seed.csv", UNKNOWN);
    assertEquals("seed.csv", p.source());
    assertEquals(UNKNOWN, p.message());
    assertEquals(Optional.empty(), p.line());
    assertEquals(Optional.empty(), p.path());
    assertEquals(Optional.empty(), p.field());
    assertEquals(Optional.empty(), p.text());
    assertEquals("seed.csv: " + UNKNOWN, p.toString());
  }

  @Test
  void everyPartAppearsInToStringInOrder() {
    Problem p = Problem.of("seed.csv", UNKNOWN).atLine(4).inField("unit").withText("万阿巴");
    assertEquals(Optional.of(4L), p.line());
    assertEquals(Optional.of("unit"), p.field());
    assertEquals(Optional.of("万阿巴"), p.text());
    assertEquals("seed.csv, line 4, field 'unit': '万阿巴' — " + UNKNOWN, p.toString());

    Problem json = Problem.of("seed.json", "expected a number").atPath("$.observations[3].value").withText("x");
    assertEquals(Optional.of("$.observations[3].value"), json.path());
    assertEquals("seed.json, at $.observations[3].value: 'x' — expected a number", json.toString());
  }

  @Test
  void lineOneIsTheFirstAndZeroIsRefused() {
    assertEquals(Optional.of(1L), Problem.of("a.csv", "m").atLine(1).line());
    assertEquals("a.csv, line 1: m", Problem.of("a.csv", "m").atLine(1).toString());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Problem.of("a.csv", "m").atLine(0));
    assertEquals("line (0) must be >= 1", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Problem.of("a.csv", "m").atLine(-3));
  }

  @Test
  void withersKeepTheOtherParts() {
    Problem p = Problem.of("s", "m").atLine(7).atPath("$.a").inField("f").withText("t");
    Problem relined = p.atLine(8);
    assertEquals(Optional.of("$.a"), relined.path());
    assertEquals(Optional.of("f"), relined.field());
    assertEquals(Optional.of("t"), relined.text());
    assertEquals("m", relined.message());
    assertEquals("s", relined.source());
    assertEquals(Optional.of(7L), p.atPath("$.b").line());
    assertEquals(Optional.of("t"), p.inField("g").text());
    assertEquals(Optional.of("f"), p.withText("u").field());
    assertEquals(Optional.of("$.a"), p.withText("u").path());
    assertEquals(Optional.of(7L), p.withText("u").line());
    assertEquals(Optional.of(7L), p.inField("g").line());
    assertEquals(Optional.of("$.a"), p.inField("g").path());
    assertEquals(Optional.of("f"), p.atPath("$.b").field());
    assertEquals(Optional.of("t"), p.atPath("$.b").text());
  }

  @Test
  void equalityLooksAtEveryPart() {
    Problem p = Problem.of("s", "m").atLine(7).atPath("$.a").inField("f").withText("t");
    Problem same = Problem.of("s", "m").atLine(7).atPath("$.a").inField("f").withText("t");
    assertEquals(p, same);
    assertEquals(p.hashCode(), same.hashCode());
    assertEquals(p, p);
    List<Problem> others = List.of(
        Problem.of("s2", "m").atLine(7).atPath("$.a").inField("f").withText("t"),
        Problem.of("s", "m2").atLine(7).atPath("$.a").inField("f").withText("t"),
        Problem.of("s", "m").atLine(8).atPath("$.a").inField("f").withText("t"),
        Problem.of("s", "m").atLine(7).atPath("$.b").inField("f").withText("t"),
        Problem.of("s", "m").atLine(7).atPath("$.a").inField("g").withText("t"),
        Problem.of("s", "m").atLine(7).atPath("$.a").inField("f").withText("u"));
    for (Problem o : others) {
      assertNotEquals(p, o, o.toString());
      assertNotEquals(p.hashCode(), o.hashCode(), o.toString());
    }
    assertFalse(p.equals("s, line 7"));
  }

  @Test
  void exceptionCarriesTheProblemAndItsText() {
    Problem p = Problem.of("seed.csv", UNKNOWN).atLine(4);
    DatasetReadException e = new DatasetReadException(p);
    assertSame(p, e.problem());
    assertEquals("seed.csv, line 4: " + UNKNOWN, e.getMessage());
    RuntimeException cause = new IllegalStateException("boom");
    DatasetReadException withCause = new DatasetReadException(p, cause);
    assertSame(cause, withCause.getCause());
    assertSame(p, withCause.problem());
    assertTrue(withCause.getMessage().contains("万阿巴"));
  }
}
