package io.github.zhibiao.model;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A calendar month: {@code 2023-06}, 2023年6月.
 *
 * @param year the year, 1000..9999
 * @param month 1..12
 */
public record MonthPeriod(int year, int month) implements Period {

  private static final long serialVersionUID = 1L;

  /**
   * Creates a month.
   *
   * @param year the year, 1000..9999
   * @param month 1..12
   * @throws IllegalArgumentException if the year or month is out of range
   */
  public MonthPeriod {
    PeriodSupport.checkYear("year", year);
    PeriodSupport.check("month", month, 1, 12);
  }

  /**
   * The year.
   *
   * @return the year, 1000..9999
   */
  @Override
  public int year() {
    return year;
  }

  /**
   * The first day of the month.
   *
   * @return the first day
   */
  @Override
  public LocalDate start() {
    return LocalDate.of(year, month, 1);
  }

  /**
   * The last day of the month.
   *
   * @return the last day
   */
  @Override
  public LocalDate end() {
    return YearMonth.of(year, month).atEndOfMonth();
  }

  /**
   * The same month of the year {@code years} later.
   *
   * @param years the years to add, negative to go back
   * @return the shifted month
   * @throws IllegalArgumentException if the result lies outside 1000..9999
   */
  @Override
  public MonthPeriod plusYears(int years) {
    return new MonthPeriod(PeriodSupport.shiftYear(year, years), month);
  }

  /**
   * The ISO form, such as {@code 2023-06}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return year + "-" + PeriodSupport.twoDigits(month);
  }

  /**
   * The Chinese form, such as 2023年6月.
   *
   * @return the text
   */
  @Override
  public String toChinese() {
    return year + "年" + month + "月";
  }
}
