package io.github.zhibiao.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/**
 * An ISO 8601 week, Monday to Sunday: {@code 2023-W05}, 2023年第5周. Weeks are numbered within
 * their week-based year by the ISO rule (week 1 holds the year's first Thursday), so week 1 may
 * start in December of the year before and week 52 or 53 end in January of the year after; {@link
 * #year()} is the calendar year of the week's end, as for every period, and {@link #weekYear()}
 * the year the week is numbered in.
 *
 * @param weekYear the ISO week-based year, 1000..9999
 * @param week the week, 1..52, or 53 in a year that has 53 weeks
 */
public record WeekPeriod(int weekYear, int week) implements Period {

  private static final long serialVersionUID = 1L;

  /**
   * Creates a week.
   *
   * @param weekYear the ISO week-based year, 1000..9999
   * @param week the week, 1..52, or 53 in a year that has 53 weeks (2020, 2026)
   * @throws IllegalArgumentException if the year is out of range, the year has no such week, or the
   *     week has days outside 1000..9999
   */
  public WeekPeriod {
    PeriodSupport.checkYear("weekYear", weekYear);
    PeriodSupport.check("week", week, 1, weeksIn(weekYear));
    LocalDate monday = monday(weekYear, week);
    if (monday.getYear() < Period.MIN_YEAR || monday.plusDays(6).getYear() > Period.MAX_YEAR) {
      throw new IllegalArgumentException("week (" + week + ") of " + weekYear + " has days outside the years "
          + Period.MIN_YEAR + ".." + Period.MAX_YEAR);
    }
  }

  /** 52 or 53: the number of ISO weeks in a week-based year. */
  static int weeksIn(int weekYear) {
    return (int) LocalDate.of(weekYear, 6, 1).range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum();
  }

  private static LocalDate monday(int weekYear, int week) {
    // 4 January always lies in week 1
    return LocalDate.of(weekYear, 1, 4).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
        .plusWeeks(week - 1L);
  }

  /**
   * The Monday the week starts on.
   *
   * @return the first day
   */
  @Override
  public LocalDate start() {
    return monday(weekYear, week);
  }

  /**
   * The Sunday the week ends on.
   *
   * @return the last day
   */
  @Override
  public LocalDate end() {
    return start().plusDays(6);
  }

  /**
   * The same week number {@code years} week-based years later.
   *
   * @param years the years to add, negative to go back
   * @return the shifted week
   * @throws IllegalArgumentException if the result lies outside 1000..9999, or this is week 53
   *     and the target year has only 52 weeks
   */
  @Override
  public WeekPeriod plusYears(int years) {
    return new WeekPeriod(PeriodSupport.shiftYear(weekYear, years), week);
  }

  /**
   * The SDMX form, such as {@code 2023-W05}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return weekYear + "-W" + PeriodSupport.twoDigits(week);
  }

  /**
   * The Chinese form, such as 2023年第5周.
   *
   * @return the text
   */
  @Override
  public String toChinese() {
    return weekYear + "年第" + week + "周";
  }
}
