package io.github.zhibiao.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zhibiao.model.Region;
import io.github.zhibiao.model.Regions;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OptionsTest {

  private static final Charset GB18030 = Charset.forName("GB18030");

  @Test
  void readDefaultsFailFastAndDetectEverything() {
    ReadOptions d = ReadOptions.defaults();
    assertFalse(d.isLenient());
    assertEquals(Optional.empty(), d.charset());
    assertEquals(Optional.empty(), d.delimiter());
    assertEquals(1000, d.maxProblems());
    assertEquals(Optional.empty(), d.defaultRegion());
    assertSame(Regions.builtIn(), d.regions());
  }

  @Test
  void readWithersChangeOneThingAndKeepTheRest() {
    Regions regions = Regions.builtIn();
    ReadOptions o = ReadOptions.defaults().lenient().withCharset(GB18030).withDelimiter(';').withMaxProblems(5)
        .withDefaultRegion(Region.CHIFENG).withRegions(regions);
    assertTrue(o.isLenient());
    assertEquals(Optional.of(GB18030), o.charset());
    assertEquals(Optional.of(';'), o.delimiter());
    assertEquals(5, o.maxProblems());
    assertEquals(Optional.of(Region.CHIFENG), o.defaultRegion());
    assertSame(regions, o.regions());

    ReadOptions strict = o.failFast();
    assertFalse(strict.isLenient());
    assertEquals(Optional.of(GB18030), strict.charset());
    assertEquals(Optional.of(';'), strict.delimiter());
    assertEquals(5, strict.maxProblems());
    assertEquals(Optional.of(Region.CHIFENG), strict.defaultRegion());

    ReadOptions back = strict.lenient();
    assertTrue(back.isLenient());
    assertEquals(Optional.of(';'), back.delimiter());
    assertEquals(5, back.maxProblems());
    assertEquals(Optional.of(GB18030), back.charset());
    assertEquals(Optional.of(Region.CHIFENG), back.defaultRegion());

    ReadOptions tab = back.withDelimiter('\t').withCharset(StandardCharsets.UTF_8).withMaxProblems(0);
    assertEquals(Optional.of('\t'), tab.delimiter());
    assertEquals(0, tab.maxProblems());
    assertTrue(tab.isLenient());
    assertEquals(Optional.of(Region.CHIFENG), tab.defaultRegion());
    assertEquals(Optional.of(StandardCharsets.UTF_8), tab.charset());
    assertEquals(Optional.of(','), tab.withDelimiter(',').delimiter());
    ReadOptions r = ReadOptions.defaults().lenient().withDelimiter(',').withCharset(GB18030).withMaxProblems(3)
        .withDefaultRegion(Region.CHIFENG);
    ReadOptions r2 = r.withRegions(regions);
    assertTrue(r2.isLenient());
    assertEquals(Optional.of(','), r2.delimiter());
    assertEquals(3, r2.maxProblems());
    assertEquals(Optional.of(GB18030), r2.charset());
    assertEquals(Optional.of(Region.CHIFENG), r2.defaultRegion());
    ReadOptions r3 = r.withMaxProblems(9);
    assertTrue(r3.isLenient());
    assertEquals(Optional.of(','), r3.delimiter());
    assertEquals(Optional.of(Region.CHIFENG), r3.defaultRegion());
    ReadOptions r4 = r.withCharset(StandardCharsets.UTF_8);
    assertTrue(r4.isLenient());
    assertEquals(3, r4.maxProblems());
    assertEquals(Optional.of(Region.CHIFENG), r4.defaultRegion());
    ReadOptions r5 = r.withDelimiter(';');
    assertTrue(r5.isLenient());
    assertEquals(3, r5.maxProblems());
    assertEquals(Optional.of(GB18030), r5.charset());
  }

  @Test
  void readRefusesOtherDelimitersAndNegativeMaxima() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ReadOptions.defaults().withDelimiter('|'));
    assertEquals("delimiter '|' must be ',', ';' or a tab", e.getMessage());
    IllegalArgumentException m = assertThrows(IllegalArgumentException.class,
        () -> ReadOptions.defaults().withMaxProblems(-1));
    assertEquals("maxProblems (-1) must be >= 0", m.getMessage());
  }

  @Test
  void writeDefaultsAndWithers() {
    WriteOptions d = WriteOptions.defaults();
    assertEquals(StandardCharsets.UTF_8, d.charset());
    assertFalse(d.bom());
    assertEquals(',', d.delimiter());
    assertFalse(d.prettyPrinting());

    WriteOptions o = d.withCharset(GB18030).withBom(true).withDelimiter('\t').withPrettyPrinting(true);
    assertEquals(GB18030, o.charset());
    assertTrue(o.bom());
    assertEquals('\t', o.delimiter());
    assertTrue(o.prettyPrinting());
    WriteOptions semi = o.withDelimiter(';');
    assertEquals(';', semi.delimiter());
    assertTrue(semi.bom());
    assertTrue(semi.prettyPrinting());
    assertEquals(GB18030, semi.charset());
    assertEquals(',', semi.withDelimiter(',').delimiter());
    WriteOptions noBom = o.withBom(false);
    assertFalse(noBom.bom());
    assertEquals('\t', noBom.delimiter());
    assertTrue(noBom.prettyPrinting());
    assertEquals(GB18030, noBom.charset());
    WriteOptions compact = o.withPrettyPrinting(false);
    assertFalse(compact.prettyPrinting());
    assertTrue(compact.bom());
    assertEquals('\t', compact.delimiter());
    assertEquals(GB18030, compact.charset());
    WriteOptions utf = o.withCharset(StandardCharsets.UTF_8);
    assertEquals(StandardCharsets.UTF_8, utf.charset());
    assertTrue(utf.bom());
    assertTrue(utf.prettyPrinting());
    assertEquals('\t', utf.delimiter());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> d.withDelimiter(':'));
    assertEquals("delimiter ':' must be ',', ';' or a tab", e.getMessage());
  }

  @Test
  void reportCountsAddUp() {
    List<Problem> problems = new ArrayList<>(List.of(Problem.of("seed.csv", "bad unit").atLine(4)));
    ReadReport r = ReadReport.of("seed.csv", 128, 2, problems);
    assertEquals("seed.csv", r.source());
    assertEquals(130, r.read());
    assertEquals(128, r.accepted());
    assertEquals(2, r.rejected());
    assertEquals(problems, r.problems());
    assertEquals("seed.csv: 130 read, 128 accepted, 2 rejected", r.toString());
    problems.clear();
    assertEquals(1, r.problems().size(), "a snapshot");
    assertEquals(0, ReadReport.of("e.csv", 0, 0, List.of()).read());
  }

  @Test
  void reportRefusesNegativeCounts() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ReadReport.of("seed.csv", -1, 0, List.of()));
    assertEquals("counts must not be negative: accepted -1, rejected 0", e.getMessage());
    IllegalArgumentException e2 = assertThrows(IllegalArgumentException.class,
        () -> ReadReport.of("seed.csv", 3, -2, List.of()));
    assertEquals("counts must not be negative: accepted 3, rejected -2", e2.getMessage());
  }
}
