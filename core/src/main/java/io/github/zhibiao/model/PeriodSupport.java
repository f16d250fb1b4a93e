package io.github.zhibiao.model;

import java.time.LocalDate;
import java.time.YearMonth;

/** Checks and small helpers shared by the {@link Period} records. Nobody's API. */
final class PeriodSupport {

  private static final String[] CHINESE_ORDINALS = {"一", "二", "三", "四"};

  private PeriodSupport() {}

  /** Checks that {@code value} lies in {@code min..max}, naming the field otherwise. */
  static int check(String field, int value, int min, int max) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(
          field + " (" + value + ") must be between " + min + " and " + max);
    }
    return value;
  }

  static int checkYear(String field, int year) {
    return check(field, year, Period.MIN_YEAR, Period.MAX_YEAR);
  }

  /** {@code year + years}, checked to stay within the allowed years. */
  static int shiftYear(int year, int years) {
    long shifted = (long) year + years;
    if (shifted < Period.MIN_YEAR || shifted > Period.MAX_YEAR) {
      throw new IllegalArgumentException(
          "year ("
              + shifted
              + ") must be between "
              + Period.MIN_YEAR
              + " and "
              + Period.MAX_YEAR
              + ": cannot shift "
              + year
              + " by "
              + years
              + " years");
    }
    return (int) shifted;
  }

  /** Shifts a day by whole years, keeping a month's last day on the month's last day. */
  static LocalDate shiftDate(LocalDate date, int years) {
    int year = shiftYear(date.getYear(), years);
    YearMonth month = YearMonth.of(year, date.getMonthValue());
    if (isLastDayOfMonth(date)) {
      return month.atEndOfMonth();
    }
    return month.atDay(Math.min(date.getDayOfMonth(), month.lengthOfMonth()));
  }

  static boolean isLastDayOfMonth(LocalDate date) {
    return date.getDayOfMonth() == date.lengthOfMonth();
  }

  /** 一, 二, 三, 四 for 1..4. */
  static String chineseOrdinal(int n) {
    return CHINESE_ORDINALS[n - 1];
  }

  static String twoDigits(int n) {
    return n < 10 ? "0" + n : Integer.toString(n);
  }

  /** The tie-breaking rank of a period's kind in {@link Period#compareTo}. */
  static int rank(Period p) {
    if (p instanceof YearPeriod) {
      return 0;
    } else if (p instanceof YearRangePeriod) {
      return 1;
    } else if (p instanceof HalfYearPeriod) {
      return 2;
    } else if (p instanceof QuarterPeriod) {
      return 3;
    } else if (p instanceof MonthRangePeriod) {
      return 4;
    } else if (p instanceof MonthPeriod) {
      return 5;
    } else if (p instanceof WeekPeriod) {
      return 7; // a week never shares both ends with another kind: the rank only keeps the order total
    } else if (p instanceof DayRangePeriod) {
      return 8; // after the month, quarter or week with the same two ends
    } else {
      return 6;
    }
  }

  /**
   * The order of {@link Period#compareTo} when one period is labelled: dated periods first, then
   * labels by {@link String#compareTo}, then {@link Period#NOT_STATED}.
   */
  static int compareLabels(Period a, Period b) {
    if (a.isDated() != b.isDated()) {
      return a.isDated() ? -1 : 1;
    }
    if (a.isStated() != b.isStated()) {
      return a.isStated() ? -1 : 1;
    }
    return ((LabelledPeriod) a).label().compareTo(((LabelledPeriod) b).label());
  }

  /** The characters of the period forms, besides ASCII and fullwidth digits. */
  private static final String PERIOD_CHARS =
      "-/QSAMPYTWDBC年月日季度第上下半全末底截至止到一二三四周\u2014\u2013\uFF5E~\u301C\uFF0D";

  /**
   * Whether a text that did not parse looks like a mistyped period: it starts with four digits (a
   * year), has no whitespace, and has only characters of the period forms.
   */
  static boolean looksDated(String s) {
    if (s.length() < 4) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean digit = (c >= '0' && c <= '9') || (c >= '\uFF10' && c <= '\uFF19');
      if (i < 4 ? !digit : !digit && PERIOD_CHARS.indexOf(c) < 0) {
        return false;
      }
    }
    return true;
  }
}
