package io.github.zhibiao.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import org.junit.jupiter.api.Test;

/** The SDMX reporting periods (weeks, trimesters, days of the year) and the NBS quarter codes. */
class SdmxPeriodFormsTest {

  @Test
  void weeksFollowTheIsoRule() {
    WeekPeriod w = (WeekPeriod) Period.parse("2023-W05");
    assertEquals(LocalDate.of(2023, 1, 30), w.start());
    assertEquals(LocalDate.of(2023, 2, 5), w.end());
    assertEquals("2023-W05", w.toString());
    assertEquals("2023年第5周", w.toChinese());
    assertEquals(w, Period.parse("2023年第5周"));
    // week 1 of 2020 starts in 2019, week 53 of 2020 ends in 2021
    assertEquals(LocalDate.of(2019, 12, 30), Period.parse("2020-W01").start());
    assertEquals(LocalDate.of(2021, 1, 3), Period.parse("2020-W53").end());
    assertEquals(2021, Period.parse("2020-W53").year());
  }

  @Test
  void aWeekThatTheYearDoesNotHaveIsRefused() {
    PeriodFormatException e = assertThrows(PeriodFormatException.class, () -> Period.parse("2023-W53"));
    assertTrue(e.getMessage().contains("week"), e.getMessage());
    assertThrows(PeriodFormatException.class, () -> Period.parse("2023-W00"));
    assertThrows(PeriodFormatException.class, () -> Period.parse("2023-W5"));
    assertThrows(IllegalArgumentException.class, () -> new WeekPeriod(2020, 53).plusYears(1));
  }

  @Test
  void weeksReadBackAndAgreeWithTheJdk() {
    qt().forAll(integers().between(1001, 9998), integers().between(1, 53))
        .assuming((y, w) -> w <= WeekPeriod.weeksIn(y))
        .checkAssert((y, w) -> {
          WeekPeriod p = new WeekPeriod(y, w);
          assertEquals(p, Period.parse(p.toString()));
          assertEquals(p, Period.parse(p.toChinese()));
          assertEquals(y.intValue(), p.start().get(IsoFields.WEEK_BASED_YEAR));
          assertEquals(w.intValue(), p.start().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
          assertEquals(w.intValue(), p.end().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
          assertEquals(6, p.end().toEpochDay() - p.start().toEpochDay());
        });
  }

  @Test
  void weeksSortBetweenMonthsAndInstants() {
    Period month = Period.parse("2023-04");
    Period week = Period.parse("2023-W17"); // 24 to 30 April
    Period day = Period.parse("2023-04-30");
    assertTrue(month.compareTo(week) < 0);
    assertTrue(week.compareTo(day) < 0);
  }

  @Test
  void trimestersAreFourMonthRanges() {
    assertEquals(Period.months(2023, 1, 4), Period.parse("2023-T1"));
    assertEquals(Period.months(2023, 9, 12), Period.parse("2023-T3"));
    assertThrows(PeriodFormatException.class, () -> Period.parse("2023-T4"));
  }

  @Test
  void reportingDaysAreInstants() {
    assertEquals(Period.instant(LocalDate.of(2023, 2, 1)), Period.parse("2023-D032"));
    assertEquals(Period.instant(LocalDate.of(2024, 12, 31)), Period.parse("2024-D366"));
    assertThrows(PeriodFormatException.class, () -> Period.parse("2023-D366"));
  }

  @Test
  void nbsQuarterCodesAreQuarters() {
    assertEquals(Period.quarter(2023, 1), Period.parse("2023A"));
    assertEquals(Period.quarter(2023, 4), Period.parse("2023D"));
    assertThrows(PeriodFormatException.class, () -> Period.parse("2023E"));
  }
}
