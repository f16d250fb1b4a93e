package io.github.zhibiao.model;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Reads the SDMX / ISO and Chinese forms of a {@link Period}; see {@link Period#parse}. A
 * hand-written scanner so that every error names the index where reading failed. Nobody's API.
 */
final class PeriodParser {

  private static final String[] AS_OF_PREFIXES = {"截止到", "截至", "截止"};
  private static final String DASHES = "\u2014\u2013-\uFF5E~\u301C\uFF0D至";
  private static final String CHINESE_QUARTERS = "一二三四";

  private final String text;
  /** The text with fullwidth digits mapped to ASCII; indices are those of {@link #text}. */
  private final String s;

  private int pos;

  PeriodParser(CharSequence text) {
    this.text = text.toString();
    StringBuilder b = new StringBuilder(this.text.length());
    for (int i = 0; i < this.text.length(); i++) {
      char c = this.text.charAt(i);
      b.append(c >= '\uFF10' && c <= '\uFF19' ? (char) (c - '\uFF10' + '0') : c);
    }
    this.s = b.toString();
  }

  Period parse() {
    boolean asOf = false;
    for (String prefix : AS_OF_PREFIXES) {
      if (s.startsWith(prefix)) {
        pos = prefix.length();
        asOf = true;
        break;
      }
    }
    Period p = body();
    if (pos != s.length()) {
      throw error("unexpected '" + s.substring(pos) + "' after a complete period", pos);
    }
    if (asOf && !p.isInstant()) {
      throw error(
          "截至/截止 must introduce an instant (…月末, …年末 or …日), not the interval " + p.toChinese(),
          0);
    }
    return p;
  }

  private Period body() {
    if (pos == 0 && s.length() == 6 && s.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
      // 202306: a month as the NBS data API codes it
      int year = check("year", Integer.parseInt(s.substring(0, 4)), Period.MIN_YEAR, Period.MAX_YEAR, 0);
      int month = Integer.parseInt(s.substring(4));
      pos = 6;
      return make(() -> Period.month(year, month), 4);
    }
    int year = year();
    if (atEnd()) {
      return Period.year(year);
    }
    char c = s.charAt(pos);
    if (c >= 'A' && c <= 'D' && pos + 1 == s.length()) {
      // 2023A to 2023D: a quarter as the NBS data API codes it
      pos++;
      return Period.quarter(year, c - 'A' + 1);
    }
    if (c == '-' && pos + 1 < s.length() && !isFourDigitsAt(pos + 1)) {
      pos++;
      return isoAfterDash(year);
    }
    if (c == '/') {
      pos++;
      int toAt = pos;
      int to = year();
      return yearRange(year, to, toAt);
    }
    if (c == '年') {
      pos++;
      return chineseAfterYear(year);
    }
    if (dash()) {
      int toAt = pos;
      int to = year();
      expect('年');
      return yearRange(year, to, toAt);
    }
    throw error("expected '-', '/', '年' or the end after the year " + year, pos);
  }

  private Period isoAfterDash(int year) {
    int at = pos;
    char c = s.charAt(pos);
    switch (c) {
      case 'S':
        pos++;
        return make(() -> Period.halfYear(year, number(1, 1)), pos);
      case 'Q':
        pos++;
        return make(() -> Period.quarter(year, number(1, 1)), pos);
      case 'A':
        pos++;
        expect('1');
        return Period.year(year);
      case 'W':
        pos++;
        int weekAt = pos;
        int week = number(2, 2);
        return make(() -> new WeekPeriod(year, week), weekAt);
      case 'T':
        pos++;
        int trimesterAt = pos;
        int trimester = number(1, 1);
        check("trimester", trimester, 1, 3, trimesterAt);
        return Period.months(year, trimester * 4 - 3, trimester * 4);
      case 'D':
        pos++;
        int dayAt = pos;
        int dayOfYear = number(3, 3);
        check("day", dayOfYear, 1, java.time.Year.of(year).length(), dayAt);
        return Period.instant(LocalDate.ofYearDay(year, dayOfYear));
      case 'M':
        pos++;
        return isoMonth(year);
      default:
        if (isDigit(c)) {
          return isoMonth(year);
        }
        throw error(
            "expected S (half-year), Q (quarter), A1 (year), M or a two-digit month after '-', or T (trimester),"
                + " W (week) or D (day of the year)", at);
    }
  }

  private Period isoMonth(int year) {
    int monthAt = pos;
    int month = number(2, 2);
    if (atEnd()) {
      return make(() -> Period.month(year, month), monthAt);
    }
    if (s.charAt(pos) == '-') {
      pos++;
      int dayAt = pos;
      int day = number(2, 2);
      check("month", month, 1, 12, monthAt);
      LocalDate date = day(year, month, day, dayAt);
      if (!atEnd() && s.charAt(pos) == '/') {
        if (pos + 1 < s.length() && s.charAt(pos + 1) == 'P') {
          return sdmxRange(date, dayAt);
        }
        pos++; // 2016-10-01/2016-10-04: an ISO interval of two days
        int toAt = pos;
        int toYear = year();
        expect('-');
        int toMonthAt = pos;
        int toMonth = number(2, 2);
        check("month", toMonth, 1, 12, toMonthAt);
        expect('-');
        int toDayAt = pos;
        LocalDate to = day(toYear, toMonth, number(2, 2), toDayAt);
        return make(() -> new DayRangePeriod(date, to), toAt);
      }
      return Period.instant(date);
    }
    if (s.charAt(pos) == '/') {
      pos++;
      int toYearAt = pos;
      int toYear = year();
      if (toYear != year) {
        throw error(
            "a month range lies inside one year: expected " + year + " after '/', found " + toYear,
            toYearAt);
      }
      expect('-');
      int toAt = pos;
      int to = number(2, 2);
      check("fromMonth", month, 1, 12, monthAt);
      return make(() -> Period.months(year, month, to), toAt);
    }
    throw error("expected '-', '/' or the end after the month", pos);
  }

  /**
   * The SDMX time range {@code start/duration} after its start date: whole months within a year
   * from the first of a month ({@code 2023-01-01/P11M}, 2023年1—11月) or whole years from 1 January
   * ({@code 2021-01-01/P5Y}, 2021—2025年).
   */
  private Period sdmxRange(LocalDate start, int dayAt) {
    pos++; // '/'
    expect('P');
    int countAt = pos;
    int count = number(1, 3);
    if (count == 0) {
      throw error("a time range lasts at least one month or year", countAt);
    }
    if (start.getDayOfMonth() != 1) {
      throw error("a time range must start on the first of a month, such as 2023-01-01/P11M", dayAt);
    }
    if (skip("M")) {
      int last = start.getMonthValue() + count - 1;
      if (last > 12) {
        throw error("the months of a range lie inside one year: " + start + " plus " + count + " months ends in "
            + start.plusMonths(count - 1L).getYear(), countAt);
      }
      return Period.months(start.getYear(), start.getMonthValue(), last);
    }
    if (skip("Y")) {
      if (start.getMonthValue() != 1) {
        throw error("a range of years must start on 1 January, such as 2021-01-01/P5Y", dayAt);
      }
      int last = start.getYear() + count - 1;
      return make(() -> Period.years(start.getYear(), last), countAt);
    }
    throw error("expected M (months) or Y (years) after the count of a duration", pos);
  }

  private Period chineseAfterYear(int year) {
    if (atEnd()) {
      return Period.year(year);
    }
    if (skip("全年")) {
      return Period.year(year);
    }
    if (skip("上半年")) {
      return Period.halfYear(year, 1);
    }
    if (skip("下半年")) {
      return Period.halfYear(year, 2);
    }
    if (skip("末") || skip("底")) {
      return Period.instant(LocalDate.of(year, 12, 31));
    }
    int at = pos;
    boolean ordinal = skip("第");
    if (!atEnd() && CHINESE_QUARTERS.indexOf(s.charAt(pos)) >= 0) {
      int quarter = CHINESE_QUARTERS.indexOf(s.charAt(pos)) + 1;
      pos++;
      expect("季度");
      return Period.quarter(year, quarter);
    }
    if (ordinal) {
      int quarterAt = pos;
      if (atEnd() || !isDigit(s.charAt(pos))) {
        throw error("expected a quarter (一, 二, 三, 四 or 1 to 4) after 第, or a week number before 周", pos);
      }
      int quarter = number(1, 2);
      if (skip("周")) {
        return make(() -> new WeekPeriod(year, quarter), quarterAt);
      }
      if (quarter > 9) {
        throw error("expected 周 after a week number, or a one-digit quarter", quarterAt);
      }
      expect("季度");
      return make(() -> Period.quarter(year, quarter), quarterAt);
    }
    if (!atEnd() && isDigit(s.charAt(pos))) {
      if (isFourDigitsAt(pos)) {
        throw error("expected a month, a quarter or a dash after 年", pos);
      }
      int n = number(1, 2);
      if (skip("季度")) {
        return make(() -> Period.quarter(year, n), at);
      }
      if (skip("月")) {
        check("month", n, 1, 12, at);
        return afterMonth(year, n, at);
      }
      if (dash()) {
        int toAt = pos;
        int to = number(1, 2);
        expect('月');
        check("fromMonth", n, 1, 12, at);
        return make(() -> Period.months(year, n, to), toAt);
      }
      throw error("expected 月, 季度 or a dash after the number " + n, pos);
    }
    if (dash()) {
      int toAt = pos;
      int to = year();
      expect('年');
      return yearRange(year, to, toAt);
    }
    throw error(
        "expected 全年, 上半年, 下半年, 末, 底, a quarter (第二季度), a month (6月) or a dash after 年",
        at);
  }

  private Period afterMonth(int year, int month, int monthAt) {
    if (atEnd()) {
      return Period.month(year, month);
    }
    if (skip("末") || skip("底")) {
      return Period.instant(YearMonth.of(year, month).atEndOfMonth());
    }
    if (dash()) {
      int toAt = pos;
      int to = number(1, 2);
      expect('月');
      return make(() -> Period.months(year, month, to), toAt);
    }
    if (isDigit(s.charAt(pos))) {
      int dayAt = pos;
      int day = number(1, 2);
      expect('日');
      LocalDate from = day(year, month, day, dayAt);
      if (dash()) {
        int toAt = pos; // 10月1日—4日, 9月30日—10月4日: a range of days
        int n = number(1, 2);
        int toMonth = month;
        if (skip("月")) {
          check("month", n, 1, 12, toAt);
          toMonth = n;
          n = number(1, 2);
        }
        expect('日');
        LocalDate to = day(year, toMonth, n, toAt);
        return make(() -> new DayRangePeriod(from, to), toAt);
      }
      return Period.instant(from);
    }
    throw error("expected 末, 底, a day (30日), a dash or the end after " + month + "月", pos);
  }

  private Period yearRange(int from, int to, int toAt) {
    return make(() -> Period.years(from, to), toAt);
  }

  /** Reads a four-digit year and checks its range. */
  private int year() {
    int at = pos;
    if (!isFourDigitsAt(pos) || (pos + 4 < s.length() && isDigit(s.charAt(pos + 4)))) {
      throw error("expected a four-digit year", at);
    }
    int year = number(4, 4);
    return check("year", year, Period.MIN_YEAR, Period.MAX_YEAR, at);
  }

  /** Reads {@code min..max} ASCII digits (after fullwidth mapping). */
  private int number(int min, int max) {
    int at = pos;
    int value = 0;
    while (pos < s.length() && pos - at < max && isDigit(s.charAt(pos))) {
      value = value * 10 + (s.charAt(pos) - '0');
      pos++;
    }
    int count = pos - at;
    if (count < min || (pos < s.length() && isDigit(s.charAt(pos)))) {
      throw error(
          min == max
              ? "expected " + min + (min == 1 ? " digit" : " digits")
              : "expected " + min + " to " + max + " digits",
          at);
    }
    return value;
  }

  /** Skips one dash (any of — – - ～ ~ 〜 － 至, or a doubled em dash) if present. */
  private boolean dash() {
    if (atEnd() || DASHES.indexOf(s.charAt(pos)) < 0) {
      return false;
    }
    if (s.charAt(pos) == '\u2014' && pos + 1 < s.length() && s.charAt(pos + 1) == '\u2014') {
      pos++;
    }
    pos++;
    return true;
  }

  private boolean skip(String word) {
    if (s.startsWith(word, pos)) {
      pos += word.length();
      return true;
    }
    return false;
  }

  private void expect(char c) {
    if (atEnd() || s.charAt(pos) != c) {
      throw error("expected '" + c + "'", pos);
    }
    pos++;
  }

  private void expect(String word) {
    if (!skip(word)) {
      throw error("expected '" + word + "'", pos);
    }
  }

  private boolean atEnd() {
    return pos >= s.length();
  }

  private boolean isFourDigitsAt(int i) {
    if (i + 4 > s.length()) {
      return false;
    }
    for (int k = i; k < i + 4; k++) {
      if (!isDigit(s.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private int check(String field, int value, int min, int max, int at) {
    try {
      return PeriodSupport.check(field, value, min, max);
    } catch (IllegalArgumentException e) {
      throw error(e.getMessage(), at, e);
    }
  }

  /** Runs a factory, turning its IllegalArgumentException into a parse error at {@code at}. */
  private Period make(Factory factory, int at) {
    try {
      return factory.make();
    } catch (IllegalArgumentException e) {
      throw error(e.getMessage(), at, e);
    }
  }

  /** The day, or an error in our words (the JDK's are "Invalid date 'FEBRUARY 30'"). */
  private LocalDate day(int year, int month, int day, int at) {
    int length = YearMonth.of(year, month).lengthOfMonth();
    if (day < 1 || day > length) {
      throw error("day (" + day + ") must be between 1 and " + length + ": " + year + "-"
          + (month < 10 ? "0" : "") + month + " has " + length + " days", at);
    }
    return LocalDate.of(year, month, day);
  }

  private PeriodFormatException error(String reason, int at) {
    return new PeriodFormatException(text, at, reason, null);
  }

  private PeriodFormatException error(String reason, int at, RuntimeException cause) {
    return new PeriodFormatException(text, at, reason, cause);
  }

  @FunctionalInterface
  private interface Factory {
    Period make();
  }
}
