package io.github.zhibiao.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.zhibiao.model.Observation;
import io.github.zhibiao.spi.ObservationCursor;
import io.github.zhibiao.spi.ReadOptions;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The native reader reads repeated codes, periods and units through a table of one String per
 * distinct value; these tests check that the table never changes what is read, also when it is full.
 */
class RepeatedStringsTest {

  @Test
  void theHashDependsOnTheCharactersNotWhereTheyStand() {
    qt().forAll(strings().allPossible().ofLengthBetween(0, 40)).checkAssert(s -> {
      char[] padded = ("xy" + s + "z").toCharArray();
      assertEquals(RepeatedStrings.hash(s.toCharArray(), 0, s.length()), RepeatedStrings.hash(padded, 2, s.length()), s);
    });
  }

  @Test
  void theCodesOfStatisticsFallInDifferentSlots() {
    String[] codes = {"110000", "120000", "150402", "150403", "2023", "2024", "2023-Q1", "2023-Q2", "亿元", "万元", "GDP",
        "GDP.PRIMARY", "GDP.SECONDARY"};
    java.util.Set<Integer> hashes = new java.util.HashSet<>();
    for (String c : codes) {
      hashes.add(RepeatedStrings.hash(c.toCharArray(), 0, c.length()));
    }
    assertEquals(codes.length, hashes.size());
  }

  @Test
  void moreDistinctValuesThanTheTableHoldsAreStillReadExactly() {
    int rows = RepeatedStrings.LIMIT * 2 + 7;
    StringBuilder json = new StringBuilder("{\"format\":\"zhibiao\",\"version\":1,\"indicators\":[")
        .append("{\"code\":\"GRAIN_AREA\",\"name\":\"粮食播种面积\",\"unit\":\"万亩\"}],\"observations\":[");
    for (int i = 0; i < rows; i++) {
      // every region is new (a code and a name of its own), every period a different day
      json.append(i > 0 ? "," : "").append("{\"indicator\":\"GRAIN_AREA\",\"region\":\"X").append(i)
          .append("\",\"regionName\":\"区").append(i).append("\",\"period\":\"")
          .append(java.time.LocalDate.of(2000, 1, 1).plusDays(i)).append("\",\"value\":").append(i)
          .append(".5,\"unit\":\"").append(i % 2 == 0 ? "万亩" : "公顷").append("\"}");
    }
    json.append("]}");
    List<Observation> read = new ArrayList<>();
    try (ObservationCursor c = new NativeJsonFormat().reader().orElseThrow().open(
        new ByteArrayInputStream(json.toString().getBytes(StandardCharsets.UTF_8)), "many.json", ReadOptions.defaults())) {
      c.forEachRemaining(read::add);
    }
    assertEquals(rows, read.size());
    for (int i = 0; i < rows; i++) {
      Observation o = read.get(i);
      assertEquals("X" + i, o.region().code());
      assertEquals("区" + i, o.region().name());
      assertEquals(java.time.LocalDate.of(2000, 1, 1).plusDays(i).toString(), o.period().toString());
      assertEquals(i + ".5", o.value().value().toPlainString());
      assertEquals(i % 2 == 0 ? "万亩" : "公顷", o.value().unit().symbol());
    }
    // a code read twice is one instance: the indicator's own code, seeded from $.indicators
    assertSame(read.get(0).indicator(), read.get(rows - 1).indicator());
  }
}
