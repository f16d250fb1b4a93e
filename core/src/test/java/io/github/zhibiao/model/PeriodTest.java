package io.github.zhibiao.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.LocalDate;
import io.github.zhibiao.model.PeriodFormatException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeriodTest {

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  @Test
  void yearHalfQuarterMonthHaveTheirStartEndAndTextForms() {
    Period y = Period.year(2023);
    assertEquals(d("2023-01-01"), y.start());
    assertEquals(d("2023-12-31"), y.end());
    assertEquals("2023", y.toString());
    assertEquals("2023年", y.toChinese());

    Period h1 = Period.halfYear(2023, 1);
    Period h2 = Period.halfYear(2023, 2);
    assertEquals(d("2023-06-30"), h1.end());
    assertEquals(d("2023-07-01"), h2.start());
    assertEquals("2023-S1", h1.toString());
    assertEquals("2023年上半年", h1.toChinese());
    assertEquals("2023年下半年", h2.toChinese());

    Period q = Period.quarter(2023, 2);
    assertEquals(d("2023-04-01"), q.start());
    assertEquals(d("2023-06-30"), q.end());
    assertEquals("2023-Q2", q.toString());
    assertEquals("2023年第二季度", q.toChinese());

    Period m = Period.month(2024, 2);
    assertEquals(d("2024-02-29"), m.end());
    assertEquals("2024-02", m.toString());
    assertEquals("2024年2月", m.toChinese());
  }

  @Test
  void monthRangeIsACumulativeFlowInsideOneYear() {
    Period p = Period.months(2023, 1, 11);
    assertTrue(p instanceof MonthRangePeriod);
    assertEquals(d("2023-01-01"), p.start());
    assertEquals(d("2023-11-30"), p.end());
    assertEquals("2023-01/2023-11", p.toString());
    assertEquals("2023年1\u201411月", p.toChinese());
    assertEquals(Period.months(2022, 1, 11), p.yearEarlier());
    assertEquals(2023, p.year());
  }

  @Test
  void dayRangeIsASpanOfDaysInsideOneYear() {
    Period p = Period.days(d("2016-10-01"), d("2016-10-04"));
    assertTrue(p instanceof DayRangePeriod);
    assertEquals(d("2016-10-01"), p.start());
    assertEquals(d("2016-10-04"), p.end());
    assertFalse(p.isInstant());
    assertEquals("2016-10-01/2016-10-04", p.toString());
    assertEquals("2016年10月1日\u20144日", p.toChinese());
    assertEquals(p, Period.parse("2016-10-01/2016-10-04"));
    assertEquals(p, Period.parse("2016年10月1日-4日"));
    assertEquals(p, Period.parse("2016年10月1日至4日"));
    Period across = Period.parse("2016年9月30日—10月4日");
    assertEquals(Period.days(d("2016-09-30"), d("2016-10-04")), across);
    assertEquals("2016年9月30日\u201410月4日", across.toChinese());
    assertEquals(Period.days(d("2015-10-01"), d("2015-10-04")), p.yearEarlier());
    assertEquals(Period.instant(d("2016-10-01")), Period.days(d("2016-10-01"), d("2016-10-01")), "one day: an instant");
    assertTrue(Period.month(2016, 10).compareTo(Period.days(d("2016-10-01"), d("2016-10-31"))) < 0,
        "the same days written as days sort after the month");
    assertTrue(p.compareTo(Period.instant(d("2016-10-04"))) < 0, "a range before the instant of its last day");
    assertThrows(IllegalArgumentException.class, () -> Period.days(d("2016-10-04"), d("2016-10-01")));
    assertThrows(IllegalArgumentException.class, () -> Period.days(d("2016-12-30"), d("2017-01-02")));
    PeriodFormatException e = assertThrows(PeriodFormatException.class, () -> Period.parse("2016年10月4日-1日"));
    assertTrue(e.getMessage().contains("must be after"), e.getMessage());
    assertThrows(PeriodFormatException.class, () -> Period.parse("2016-10-01/2016-13-04"));
  }

  @Test
  void monthsWithEqualEndsIsAMonthAndYearsWithEqualEndsIsAYear() {
    assertEquals(Period.month(2023, 6), Period.months(2023, 6, 6));
    assertEquals(Period.year(2023), Period.years(2023, 2023));
  }

  @Test
  void yearRangeIsAPlan() {
    Period p = Period.years(2021, 2025);
    assertEquals(d("2021-01-01"), p.start());
    assertEquals(d("2025-12-31"), p.end());
    assertEquals("2021/2025", p.toString());
    assertEquals("2021\u20142025年", p.toChinese());
    assertEquals(2025, p.year());
    assertEquals(Period.years(2020, 2024), p.yearEarlier());
  }

  @Test
  void instantIsAStockDate() {
    Period p = Period.instant(d("2023-06-30"));
    assertTrue(p.isInstant());
    assertEquals(p.start(), p.end());
    assertEquals("2023-06-30", p.toString());
    assertEquals("2023年6月末", p.toChinese());
    assertEquals("2023年末", Period.instant(d("2023-12-31")).toChinese());
    assertEquals("2023年6月15日", Period.instant(d("2023-06-15")).toChinese());
    assertEquals("2024年2月末", Period.instant(d("2024-02-29")).toChinese());
    assertEquals("2023年2月末", Period.instant(d("2023-02-28")).toChinese());
    assertEquals("2024年2月28日", Period.instant(d("2024-02-28")).toChinese());
    assertFalse(Period.year(2023).isInstant());
  }

  @Test
  void yearEarlierOfALeapDayIsTheLastDayOfFebruary() {
    assertEquals(Period.instant(d("2023-02-28")), Period.instant(d("2024-02-29")).yearEarlier());
    assertEquals(Period.instant(d("2024-02-29")), Period.instant(d("2023-02-28")).plusYears(1));
    assertEquals(Period.instant(d("2023-02-28")), Period.instant(d("2024-02-28")).yearEarlier());
    assertEquals(Period.instant(d("2022-06-15")), Period.instant(d("2023-06-15")).yearEarlier());
    assertEquals(Period.halfYear(2022, 2), Period.halfYear(2023, 2).yearEarlier());
    assertEquals(Period.quarter(2022, 2), Period.quarter(2023, 2).yearEarlier());
    assertEquals(Period.month(2022, 6), Period.month(2023, 6).yearEarlier());
    assertEquals(Period.year(2022), Period.year(2023).yearEarlier());
  }

  @Test
  void yearEarlierBeforeTheFirstYearIsRefused() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Period.year(1000).yearEarlier());
    assertEquals(
        "year (999) must be between 1000 and 9999: cannot shift 1000 by -1 years", e.getMessage());
  }

  @Test
  void containsAndOverlaps() {
    Period q2 = Period.quarter(2023, 2);
    assertTrue(q2.contains(d("2023-04-01")));
    assertTrue(q2.contains(d("2023-06-30")));
    assertFalse(q2.contains(d("2023-07-01")));
    assertTrue(q2.overlaps(Period.halfYear(2023, 1)));
    assertTrue(q2.overlaps(Period.instant(d("2023-06-30"))));
    assertFalse(q2.overlaps(Period.quarter(2023, 3)));
    assertTrue(Period.years(2021, 2025).overlaps(Period.month(2023, 6)));
    assertFalse(Period.instant(d("2023-06-30")).overlaps(Period.instant(d("2023-07-01"))));
    assertThrows(NullPointerException.class, () -> q2.contains(null));
    assertThrows(NullPointerException.class, () -> q2.overlaps(null));
  }

  @Test
  void orderIsEndThenLongerFirstThenKind() {
    List<Period> expected =
        List.of(
            Period.quarter(2023, 2),
            Period.instant(d("2023-06-30")),
            Period.years(2021, 2023),
            Period.year(2023),
            Period.months(2023, 1, 12),
            Period.halfYear(2023, 2),
            Period.quarter(2023, 4),
            Period.months(2023, 10, 12),
            Period.month(2023, 12),
            Period.instant(d("2023-12-31")));
    List<Period> shuffled = new ArrayList<>(expected);
    Collections.reverse(shuffled);
    Collections.sort(shuffled);
    assertEquals(expected, shuffled);
  }

  @Test
  void sameDaysButDifferentKindsAreNotEqual() {
    assertFalse(Period.year(2023).equals(Period.months(2023, 1, 12)));
    assertTrue(Period.year(2023).compareTo(Period.months(2023, 1, 12)) < 0);
  }

  @ParameterizedTest
  @CsvSource({
    "2023, 2023",
    "2023-A1, 2023",
    "2023-S1, 2023-S1",
    "2023-S2, 2023-S2",
    "2023-Q2, 2023-Q2",
    "2023-06, 2023-06",
    "2023-M06, 2023-06",
    "2023-01/2023-11, 2023-01/2023-11",
    "2023-06/2023-06, 2023-06",
    "2021/2025, 2021/2025",
    "2023-06-30, 2023-06-30",
    "2024-02-29, 2024-02-29",
    "2023年, 2023",
    "2023年全年, 2023",
    "2023年上半年, 2023-S1",
    "2023年下半年, 2023-S2",
    "2023年第二季度, 2023-Q2",
    "2023年二季度, 2023-Q2",
    "2023年第2季度, 2023-Q2",
    "2023年2季度, 2023-Q2",
    "2023年一季度, 2023-Q1",
    "2023年第四季度, 2023-Q4",
    "2023年6月, 2023-06",
    "2023年06月, 2023-06",
    "2023年12月, 2023-12",
    "2023年1—11月, 2023-01/2023-11",
    "2023年1——11月, 2023-01/2023-11",
    "2023年1–11月, 2023-01/2023-11",
    "2023年1-11月, 2023-01/2023-11",
    "2023年1~11月, 2023-01/2023-11",
    "2023年1～11月, 2023-01/2023-11",
    "2023年1至11月, 2023-01/2023-11",
    "2023年1月至11月, 2023-01/2023-11",
    "2023年1月—11月, 2023-01/2023-11",
    "2021—2025年, 2021/2025",
    "2021-2025年, 2021/2025",
    "2021至2025年, 2021/2025",
    "2021年—2025年, 2021/2025",
    "2023年6月末, 2023-06-30",
    "2023年6月底, 2023-06-30",
    "2024年2月末, 2024-02-29",
    "2023年末, 2023-12-31",
    "2023年底, 2023-12-31",
    "2023年6月30日, 2023-06-30",
    "2023年6月5日, 2023-06-05",
    "截至2023年6月末, 2023-06-30",
    "截止2023年末, 2023-12-31",
    "截止到2023年6月30日, 2023-06-30",
    "截至2023-06-30, 2023-06-30",
    "２０２３年６月, 2023-06",
    "２０２３-Q２, 2023-Q2"
  })
  void parseReadsBothForms(String text, String iso) {
    assertEquals(iso, Period.parse(text).toString());
  }

  @Test
  void parseMapsFullwidthDigits() {
    assertEquals(Period.quarter(2023, 2), Period.parse("２０２３-Q２"));
    assertEquals(Period.months(2023, 1, 11), Period.parse("２０２３年１—１１月"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "''| 0| expected a four-digit year",
        "23| 0| expected a four-digit year",
        "20234| 0| expected a four-digit year",
        "0999| 0| year (999) must be between 1000 and 9999",
        "2023-13| 5| month (13) must be between 1 and 12",
        "2023-00| 5| month (0) must be between 1 and 12",
        "2023-6| 5| expected 2 digits",
        "2023-S3| 6| half (3) must be between 1 and 2",
        "2023-Q5| 6| quarter (5) must be between 1 and 4",
        "2023-Q| 6| expected 1 digit",
        "2023-X1| 5| expected S (half-year), Q (quarter), A1 (year), M or a two-digit month",
        "2023-A2| 6| expected '1'",
        "2023-02-30| 8| day (30) must be between 1 and 28: 2023-02 has 28 days",
        "2023-01/2024-11| 8| a month range lies inside one year: expected 2023 after '/', found 2024",
        "2023-11/2023-01| 13| toMonth (1) must be after fromMonth (11)",
        "2025/2021| 5| toYear (2021) must be after fromYear (2025)",
        "2023年13月| 5| month (13) must be between 1 and 12",
        "2023年第五季度| 6| expected a quarter (一, 二, 三, 四 or 1 to 4) after 第",
        "2023年春节| 5| expected 全年, 上半年, 下半年, 末, 底, a quarter (第二季度), a month (6月) or a dash after 年",
        "2023年5季度| 5| quarter (5) must be between 1 and 4",
        "2023年11—1月| 8| toMonth (1) must be after fromMonth (11)",
        "2023年6月31日| 7| day (31) must be between 1 and 30: 2023-06 has 30 days",
        "2023年6月中旬| 7| expected 末, 底, a day (30日), a dash or the end after 6月",
        "2023年6| 6| expected 月, 季度 or a dash after the number 6",
        "2023年上半年x| 8| unexpected 'x' after a complete period",
        "截至2023年| 0| 截至/截止 must introduce an instant (…月末, …年末 or …日), not the interval 2023年",
        "'2023 '| 4| expected '-', '/', '年' or the end after the year 2023",
        "' 2023'| 0| expected a four-digit year"
      })
  void parseErrorsNameTheTextIndexAndExpectation(String text, int index, String reason) {
    PeriodFormatException e =
        assertThrows(PeriodFormatException.class, () -> Period.parse(text));
    assertEquals(text, e.text());
    assertEquals(index, e.errorIndex());
    assertEquals("index " + index, e.place().orElseThrow());
    assertTrue(
        e.getMessage().startsWith("cannot parse '" + text + "' as a period at index " + index + ": "),
        e.getMessage());
    assertTrue(e.getMessage().contains(reason), e.getMessage());
    assertTrue(e.reason().contains(reason), e.reason());
    assertTrue(e instanceof io.github.zhibiao.ZhibiaoException, "catchable as the library's base type");
  }

  @Test
  void factoriesRejectOutOfRangeComponentsNamingTheField() {
    assertMessage("year (999) must be between 1000 and 9999", () -> Period.year(999));
    assertMessage("year (10000) must be between 1000 and 9999", () -> Period.month(10000, 1));
    assertMessage("half (0) must be between 1 and 2", () -> Period.halfYear(2023, 0));
    assertMessage("quarter (5) must be between 1 and 4", () -> Period.quarter(2023, 5));
    assertMessage("month (13) must be between 1 and 12", () -> Period.month(2023, 13));
    assertMessage("fromMonth (0) must be between 1 and 12", () -> Period.months(2023, 0, 5));
    assertMessage("toMonth (13) must be between 1 and 12", () -> Period.months(2023, 1, 13));
    assertMessage(
        "toMonth (3) must be after fromMonth (5): a month range covers at least two months of one year",
        () -> Period.months(2023, 5, 3));
    assertMessage(
        "toMonth (5) must be after fromMonth (5): a month range covers at least two months of one year",
        () -> new MonthRangePeriod(2023, 5, 5));
    assertMessage(
        "toYear (2021) must be after fromYear (2025): a year range covers at least two years",
        () -> Period.years(2025, 2021));
    assertMessage("fromYear (999) must be between 1000 and 9999", () -> Period.years(999, 2021));
    assertMessage("toYear (10000) must be between 1000 and 9999", () -> Period.years(2021, 10000));
    assertMessage(
        "year (999) must be between 1000 and 9999",
        () -> Period.instant(LocalDate.of(999, 1, 1)));
    assertThrows(NullPointerException.class, () -> Period.instant(null));
    assertThrows(NullPointerException.class, () -> Period.parse(null));
  }

  @Test
  void periodsSurviveJavaSerialization() throws Exception {
    for (Period p :
        List.of(
            Period.year(2023),
            Period.halfYear(2023, 1),
            Period.quarter(2023, 2),
            Period.month(2023, 6),
            Period.months(2023, 1, 11),
            Period.years(2021, 2025),
            Period.instant(d("2023-06-30")))) {
      assertEquals(p, roundTrip(p));
    }
  }

  static Object roundTrip(Object o) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(o);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return in.readObject();
    }
  }

  private static void assertMessage(String message, org.junit.jupiter.api.function.Executable call) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
    assertEquals(message, e.getMessage());
  }

  @Test
  void sdmxTimeRangesOfWholeMonthsOrYearsAndNbsMonthCodes() {
    assertEquals(Period.parse("2023年1—11月"), Period.parse("2023-01-01/P11M"));
    assertEquals(Period.parse("2023-03"), Period.parse("2023-03-01/P1M"));
    assertEquals(Period.parse("2021—2025年"), Period.parse("2021-01-01/P5Y"));
    assertEquals(Period.parse("2023"), Period.parse("2023-01-01/P1Y"));
    assertEquals(Period.parse("2024-12"), Period.parse("202412"));
  }

  @ParameterizedTest(name = "{0}: {2}")
  @CsvSource(delimiter = '|', value = {
    "2023-01-15/P11M | 8 | must start on the first of a month",
    "2023-03-01/P11M | 12 | lie inside one year",
    "2023-02-01/P2Y | 8 | must start on 1 January",
    "2023-01-01/P0M | 12 | at least one month or year",
    "2023-01-01/P3W | 13 | expected M (months) or Y (years)",
    "202313 | 4 | month",
  })
  void badRangesAndMonthCodesNameTheIndexAndTheReason(String text, int index, String reason) {
    PeriodFormatException e = assertThrows(PeriodFormatException.class, () -> Period.parse(text));
    assertEquals(index, e.errorIndex(), e.getMessage());
    assertTrue(e.getMessage().contains(reason), e.getMessage());
  }
}
