package io.github.zhibiao.model;

import java.time.LocalDate;

/**
 * Two or more consecutive days inside one year, such as a holiday's flow 2016年10月1日—4日 ({@code
 * 2016-10-01/2016-10-04}, the ISO 8601 interval of two dates). Both days are included. Use {@link
 * Period#days(LocalDate, LocalDate)} to get an {@link InstantPeriod} when the two days are equal.
 *
 * <p>Among periods with the same two ends (10月1日—31日 and 2016-10 cover the same days) a day range
 * sorts last: the text said days, not the month.
 *
 * @param from the first day, in a year 1000..9999
 * @param to the last day, after {@code from}, in the same year
 */
public record DayRangePeriod(LocalDate from, LocalDate to) implements Period {

  private static final long serialVersionUID = 1L;

  /**
   * Creates a day range.
   *
   * @param from the first day
   * @param to the last day
   * @throws NullPointerException if a day is null
   * @throws IllegalArgumentException if the year is out of range, {@code to} is not after {@code
   *     from}, or the days lie in different years
   */
  public DayRangePeriod {
    java.util.Objects.requireNonNull(from, "from");
    java.util.Objects.requireNonNull(to, "to");
    PeriodSupport.checkYear("year", from.getYear());
    if (!to.isAfter(from)) {
      throw new IllegalArgumentException("to (" + to + ") must be after from (" + from
          + "): a day range covers at least two days");
    }
    if (to.getYear() != from.getYear()) {
      throw new IllegalArgumentException("a day range lies inside one year: " + from + " and " + to
          + " are in different years");
    }
  }

  /**
   * The first day.
   *
   * @return {@code from}
   */
  @Override
  public LocalDate start() {
    return from;
  }

  /**
   * The last day.
   *
   * @return {@code to}
   */
  @Override
  public LocalDate end() {
    return to;
  }

  /**
   * The same days {@code years} later; a day on the last of its month stays on the last of its
   * month (2023-02-27/2023-02-28 plus one year is 2024-02-27/2024-02-29), others are clamped to
   * the month's length.
   *
   * @param years the years to add, negative to go back
   * @return the shifted range
   * @throws IllegalArgumentException if the result lies outside 1000..9999 or shrinks to one day
   */
  @Override
  public DayRangePeriod plusYears(int years) {
    return new DayRangePeriod(PeriodSupport.shiftDate(from, years), PeriodSupport.shiftDate(to, years));
  }

  /**
   * The ISO 8601 interval of the two days, such as {@code 2016-10-01/2016-10-04}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return from + "/" + to;
  }

  /**
   * The Chinese form with an em dash (U+2014): 2016年10月1日—4日, or 2016年9月30日—10月4日 across a
   * month's end.
   *
   * @return the text
   */
  @Override
  public String toChinese() {
    String head = from.getYear() + "年" + from.getMonthValue() + "月" + from.getDayOfMonth() + "日\u2014";
    if (to.getMonthValue() == from.getMonthValue()) {
      return head + to.getDayOfMonth() + "日";
    }
    return head + to.getMonthValue() + "月" + to.getDayOfMonth() + "日";
  }
}
