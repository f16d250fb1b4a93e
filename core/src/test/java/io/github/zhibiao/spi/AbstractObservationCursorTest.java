package io.github.zhibiao.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zhibiao.model.Dataset;
import io.github.zhibiao.model.Indicator;
import io.github.zhibiao.model.IndicatorKind;
import io.github.zhibiao.model.Observation;
import io.github.zhibiao.model.Period;
import io.github.zhibiao.model.Region;
import io.github.zhibiao.unit.Quantity;
import io.github.zhibiao.unit.Units;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class AbstractObservationCursorTest {

  static final Indicator GRAIN = Indicator.of("GRAIN_OUTPUT", "粮食总产量", Units.of("亿斤"), IndicatorKind.FLOW);

  static Observation grain(String period, String value) {
    return Observation.of(GRAIN, Region.CHIFENG, Period.parse(period), Quantity.parse(value));
  }

  /** Plays back a script: an Observation is returned, a Problem is thrown as a bad record, "REJECT:x" rejects, "FATAL" ends. */
  static final class Scripted extends AbstractObservationCursor {
    final Deque<Object> script;
    int closes;
    int reads;

    Scripted(ReadOptions options, Object... steps) {
      super("seed.csv", options);
      this.script = new ArrayDeque<>(List.of(steps));
    }

    @Override
    protected Observation readRecord() {
      reads++;
      while (true) {
        Object step = script.poll();
        if (step == null) {
          return null;
        }
        if (step instanceof Observation o) {
          return o;
        }
        if (step instanceof Problem p) {
          throw new DatasetReadException(p);
        }
        String s = (String) step;
        if (s.equals("FATAL")) {
          throw fatal(Problem.of(source(), "truncated input"));
        }
        if (s.startsWith("NOTE:")) {
          note(s.substring("NOTE:".length()));
          continue;
        }
        reject(Problem.of(source(), s).atLine(options().maxProblems() + 1L));
      }
    }

    @Override
    public void close() {
      closes++;
    }
  }

  private static Problem bad(int line) {
    return Problem.of("seed.csv", "unknown unit").atLine(line);
  }

  @Test
  void notesAreKeptInTheReportWithoutEndingAFailFastRead() {
    Observation a = grain("2022", "123亿斤");
    Scripted c = new Scripted(ReadOptions.defaults(), "NOTE:sheet 'x' is hidden", a, "NOTE:sheet 'y' is hidden");
    assertEquals(List.of(a), c.stream().toList());
    ReadReport r = c.report();
    assertEquals(List.of("sheet 'x' is hidden", "sheet 'y' is hidden"), r.notes());
    assertEquals(0, r.rejected());
    assertEquals(List.of(), r.problems());
    assertEquals("seed.csv: 1 read, 1 accepted, 0 rejected, 2 notes", r.toString());
    assertEquals(List.of(), new Scripted(ReadOptions.defaults(), a).report().notes());
    assertEquals(List.of("kept"), ReadReport.of("s", 0, 0, List.of()).withNotes(List.of("kept"))
        .withOpaqueUnits(java.util.Map.of("x", 1L)).notes()); // survives withOpaqueUnits
  }

  @Test
  void readsEveryRecordThenCloses() {
    Observation a = grain("2022", "123亿斤");
    Observation b = grain("2023", "130亿斤");
    Scripted c = new Scripted(ReadOptions.defaults(), a, b);
    assertTrue(c.hasNext());
    assertTrue(c.hasNext(), "hasNext does not consume");
    assertEquals(1, c.reads);
    assertSame(a, c.next());
    assertSame(b, c.next());
    assertFalse(c.hasNext());
    assertEquals(1, c.closes);
    assertFalse(c.hasNext());
    assertEquals(1, c.closes, "closed once");
    NoSuchElementException e = assertThrows(NoSuchElementException.class, c::next);
    assertEquals("no more observations in seed.csv", e.getMessage());
    ReadReport r = c.report();
    assertEquals(2, r.read());
    assertEquals(2, r.accepted());
    assertEquals(0, r.rejected());
    assertEquals("seed.csv", r.source());
  }

  @Test
  void failFastThrowsTheFirstBadRecordAndCountsIt() {
    Observation a = grain("2022", "123亿斤");
    Scripted c = new Scripted(ReadOptions.defaults(), a, bad(3), grain("2023", "130亿斤"));
    assertSame(a, c.next());
    DatasetReadException e = assertThrows(DatasetReadException.class, c::hasNext);
    assertEquals(bad(3), e.problem());
    assertEquals(1, c.closes);
    assertFalse(c.hasNext(), "done after the failure");
    assertEquals(1, c.report().accepted());
    assertEquals(1, c.report().rejected());
    assertEquals(List.of(), c.report().problems());
  }

  @Test
  void lenientSkipsBadRecordsAndKeepsTheirProblems() {
    Observation a = grain("2022", "123亿斤");
    Observation b = grain("2023", "130亿斤");
    Scripted c = new Scripted(ReadOptions.defaults().lenient(), bad(2), a, bad(4), b);
    List<Observation> all = c.stream().collect(Collectors.toList());
    assertEquals(List.of(a, b), all);
    ReadReport r = c.report();
    assertEquals(4, r.read());
    assertEquals(2, r.accepted());
    assertEquals(2, r.rejected());
    assertEquals(List.of(bad(2), bad(4)), r.problems());
  }

  @Test
  void lenientKeepsAtMostMaxProblemsButCountsAll() {
    Scripted c = new Scripted(ReadOptions.defaults().lenient().withMaxProblems(1), bad(2), bad(3), bad(4));
    assertFalse(c.hasNext());
    ReadReport r = c.report();
    assertEquals(3, r.rejected());
    assertEquals(0, r.accepted());
    assertEquals(List.of(bad(2)), r.problems());
    Scripted none = new Scripted(ReadOptions.defaults().lenient().withMaxProblems(0), bad(2));
    assertFalse(none.hasNext());
    assertEquals(1, none.report().rejected());
    assertEquals(List.of(), none.report().problems());
  }

  @Test
  void rejectCountsInLenientModeAndThrowsInFailFast() {
    Observation a = grain("2022", "123亿斤");
    Scripted lenient = new Scripted(ReadOptions.defaults().lenient().withMaxProblems(2), "empty value", "x", "y", a);
    assertSame(a, lenient.next());
    assertEquals(3, lenient.report().rejected());
    assertEquals(1, lenient.report().accepted());
    assertEquals(List.of(Problem.of("seed.csv", "empty value").atLine(3), Problem.of("seed.csv", "x").atLine(3)),
        lenient.report().problems());

    Scripted strict = new Scripted(ReadOptions.defaults(), "empty value", a);
    DatasetReadException e = assertThrows(DatasetReadException.class, strict::hasNext);
    assertEquals("seed.csv, line 1001: empty value", e.getMessage());
    assertEquals(1, strict.report().rejected());
    assertEquals(1, strict.closes);
  }

  @Test
  void fatalEndsALenientReadWithoutCountingARecord() {
    Observation a = grain("2022", "123亿斤");
    Scripted c = new Scripted(ReadOptions.defaults().lenient(), a, "FATAL", grain("2023", "130亿斤"));
    assertSame(a, c.next());
    DatasetReadException e = assertThrows(DatasetReadException.class, c::hasNext);
    assertEquals("seed.csv: truncated input", e.getMessage());
    assertEquals(1, c.closes);
    assertEquals(0, c.report().rejected());
    assertEquals(1, c.report().accepted());
    assertFalse(c.hasNext());
  }

  @Test
  void toDatasetReadsTheRestAndCloses() {
    Observation a = grain("2022", "123亿斤");
    Observation b = grain("2023", "130亿斤");
    Scripted c = new Scripted(ReadOptions.defaults(), a, b);
    Dataset d = c.toDataset();
    assertEquals(List.of(a, b), d.observations());
    assertTrue(c.closes >= 1);
    Scripted s = new Scripted(ReadOptions.defaults(), a);
    s.stream().close();
    assertEquals(1, s.closes);
  }

  @Test
  void toDatasetNamesTheSourceAndTheObservationWhenTwoIndicatorsShareACode() {
    Indicator grainInTonnes = Indicator.of("GRAIN_OUTPUT", "粮食总产量", Units.of("万吨"), IndicatorKind.FLOW);
    Observation second = Observation.of(grainInTonnes, Region.CHIFENG, Period.parse("2022"), Quantity.parse("650万吨"));
    Scripted cursor = new Scripted(ReadOptions.defaults(), grain("2023", "130亿斤"), second);
    DatasetReadException e = assertThrows(DatasetReadException.class, cursor::toDataset);
    assertEquals("seed.csv", e.problem().source());
    assertTrue(e.problem().message().startsWith("observation 2 (GRAIN_OUTPUT 150400 2022 = 650万吨) cannot join"),
        e.problem().message());
    assertTrue(e.problem().message().contains("two definitions of indicator GRAIN_OUTPUT"), e.problem().message());
    assertEquals(1, cursor.closes, "closed all the same");
  }
}
