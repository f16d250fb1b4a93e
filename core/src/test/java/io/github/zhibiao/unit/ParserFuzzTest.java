package io.github.zhibiao.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.zhibiao.model.Period;
import io.github.zhibiao.model.Ranking;
import io.github.zhibiao.model.Sector;
import io.github.zhibiao.model.Status;
import io.github.zhibiao.model.PeriodFormatException;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Fuzzes every text parser of core with hostile texts ({@link HostileText}): only the parser's
 * documented exception may escape (a {@link QuantityFormatException} for quantities and units, a
 * {@link PeriodFormatException} for periods, a plain {@link IllegalArgumentException} for rankings,
 * sectors and statuses — never a {@code NumberFormatException}, an {@code ArithmeticException}, an
 * {@code Error}), and what a parser accepts reads back from its own {@code toString}.
 *
 * <p>Seeded and bounded by a number of runs, not by time. {@code -Dzhibiao.fuzz.seed=…} replays a
 * failure (the message names the seed, the run and the input); {@code -Dzhibiao.fuzz.runs=…} makes a
 * longer campaign.
 */
class ParserFuzzTest {
  static final long SEED = Long.getLong("zhibiao.fuzz.seed", 20260113L);
  static final int RUNS = Integer.getInteger("zhibiao.fuzz.runs", 3000);

  @Test
  void quantityParseThrowsOnlyQuantityFormatException() {
    fuzz("Quantity.parse", List.of("2210.6万头只", "超800座", "约3.5万人", "-3.2%", "7.5百分点", "30万吨以上",
        "一千二百三十四万亩", "1,532.4亿元", "３．５万吨", "3.2亿 斤", "12公斤/亩", "106.5(上年=100)", "二百余户"),
        Quantity::parse, QuantityFormatException.class, q -> assertEquals(q, Quantity.parse(q.toString())));
  }

  @Test
  void unitsOfThrowsOnlyQuantityFormatException() {
    fuzz("Units.of", List.of("万亩", "亿斤", "公斤/亩", "万元/人", "千瓦·时", "上年=100", "thousand persons",
        "Miles de personas", "每人", "%", "个百分点", "CHF", "微克/立方米", "Euro per inhabitant"),
        Units::of, QuantityFormatException.class, u -> assertEquals(u, Units.of(u.symbol())));
  }

  @Test
  void unitCatalogResolveThrowsOnlyQuantityFormatException() {
    UnitCatalog catalog = UnitCatalog.builtIn();
    fuzz("UnitCatalog.resolve(OPEN)", List.of("万亩", "antal", "kg/", "Euro Million", "元/人"),
        t -> catalog.resolve(t, UnitPolicy.OPEN), QuantityFormatException.class, u -> { });
    fuzz("UnitCatalog.resolve(STRICT)", List.of("万亩", "亿元", "元/人", "人次"),
        t -> catalog.resolve(t, UnitPolicy.STRICT), QuantityFormatException.class, u -> { });
  }

  @Test
  void periodParseThrowsOnlyPeriodFormatException() {
    fuzz("Period.parse", List.of("2023", "2023-Q2", "2023-06", "2023-01/2023-11", "2021/2025", "2023-06-30",
        "2023-01-01/P11M", "202306", "2023年", "2023年上半年", "2023年第二季度", "2023年1—11月", "截至2023年6月末",
        "2021—2025年", "２０２３年６月"),
        Period::parse, PeriodFormatException.class, p -> assertEquals(p, Period.parse(p.toString())));
  }

  @Test
  void rankingParseThrowsOnlyIllegalArgumentException() {
    fuzz("Ranking.parse", List.of("3", "3/12", "首位", "首位/12", "前列", "前10", "第3位", "第三", "排名第一",
        "前10强", "前十", "居全区第2位", "位居全国首位/12", "全区排名第3位", "头把交椅"),
        Ranking::parse, IllegalArgumentException.class, r -> assertEquals(r, Ranking.parse(r.toString())));
  }

  @Test
  void sectorParseThrowsOnlyIllegalArgumentException() {
    fuzz("Sector.parse", List.of("C", "SECONDARY", "第二产业", "制造业", "工业经济@C", "工业经济@第二产业", "A"),
        Sector::parse, IllegalArgumentException.class, s -> assertEquals(s, Sector.parse(s.toString())));
  }

  @Test
  void statusParseThrowsOnlyIllegalArgumentException() {
    fuzz("Status.parse", List.of("NORMAL", "estimated", "E", "预计", "初步核算", "计划", "正常"),
        Status::parse, IllegalArgumentException.class, s -> assertEquals(s, Status.parse(s.name())));
  }

  /**
   * Issue 13 asked whether a long unit chain overflows the stack in a reader: the limits of {@link
   * UnitCatalog} ({@value UnitCatalog#MAX_UNIT_LENGTH} characters, {@value UnitCatalog#MAX_PARTS}
   * parts) refuse it before it is read, so nothing recurses deeper than 200 levels.
   */
  @Test
  void aLongUnitChainIsRefusedByTheLimitsNotByTheStack() {
    for (String chain : List.of("元" + "/元".repeat(100_000), "元" + "·人".repeat(100_000), "每".repeat(100_000) + "人",
        "万".repeat(100_000) + "亩", "(上年=100)".repeat(10_000), "元" + "/元".repeat(16))) {
      QuantityFormatException e = org.junit.jupiter.api.Assertions.assertThrows(QuantityFormatException.class,
          () -> Units.of(chain));
      org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("limit") || e.getMessage().contains("parts")
          || e instanceof UnknownUnitException, e.getMessage());
      org.junit.jupiter.api.Assertions.assertThrows(QuantityFormatException.class, () -> Quantity.parse("3" + chain));
      if (chain.length() > UnitCatalog.MAX_UNIT_LENGTH) {
        // beyond the limits not even the open policy keeps it as an opaque label
        org.junit.jupiter.api.Assertions.assertThrows(QuantityFormatException.class,
            () -> UnitCatalog.builtIn().resolve(chain, UnitPolicy.OPEN));
      }
    }
    assertEquals(Units.of("元/元/元/元/元/元/元/元/元/元/元/元/元/元/元/元").symbol(), "元" + "/元".repeat(15),
        "sixteen parts are read");
    // the deepest recursion the limits allow: 199 reciprocals (每), read and written without overflow
    Unit deep = Units.of("每".repeat(199) + "人");
    assertEquals(deep, Units.of(deep.symbol()));
    assertEquals(deep.hashCode(), Units.of("每".repeat(199) + "人").hashCode());
  }

  /**
   * Runs {@code parser} over {@link #RUNS} hostile texts: {@code allowed} (exactly, or a subclass of
   * it when it is a zhibiao type) is the only exception that may escape, and a parsed value passes
   * {@code readsBack}.
   */
  static <T> void fuzz(String name, List<String> samples, Function<String, T> parser,
      Class<? extends RuntimeException> allowed, java.util.function.Consumer<T> readsBack) {
    SplittableRandom random = new SplittableRandom(SEED);
    HostileText texts = new HostileText(random, samples);
    for (int run = 0; run < RUNS + HostileText.EDGES.size(); run++) {
      String text = run < HostileText.EDGES.size() ? HostileText.EDGES.get(run) : texts.next();
      T value;
      try {
        value = parser.apply(text);
      } catch (Throwable t) {
        if (!documented(t, allowed)) {
          throw new AssertionError(name + " let " + t.getClass().getName() + " escape (seed " + SEED + ", run " + run
              + ") for " + HostileText.shown(text) + ": " + t.getMessage(), t);
        }
        continue;
      }
      try {
        readsBack.accept(value);
      } catch (Throwable t) {
        fail(name + " accepted " + HostileText.shown(text) + " as " + HostileText.shown(String.valueOf(value))
            + ", which does not read back (seed " + SEED + ", run " + run + "): " + t, t);
      }
    }
  }

  /** Whether {@code t} is the parser's own exception: the class itself, or a zhibiao subclass of it. */
  private static boolean documented(Throwable t, Class<? extends RuntimeException> allowed) {
    return t.getClass() == allowed
        || allowed.isInstance(t) && t.getClass().getPackageName().startsWith("io.github.zhibiao");
  }
}
