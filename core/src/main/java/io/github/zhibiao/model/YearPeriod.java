package io.github.zhibiao.model;

import java.time.LocalDate;

/**
 * A calendar year: {@code 2023}, 2023年 (全年).
 *
 * @param year the year, 1000..9999
 */
public record YearPeriod(int year) implements Period {

  private static final long serialVersionUID = 1L;

  /**
   * Creates a calendar year.
   *
   * @param year the year, 1000..9999
   * @throws IllegalArgumentException if the year is out of range
   */
  public YearPeriod {
    PeriodSupport.checkYear("year", year);
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
   * 1 January of the year.
   *
   * @return the first day
   */
  @Override
  public LocalDate start() {
    return LocalDate.of(year, 1, 1);
  }

  /**
   * 31 December of the year.
   *
   * @return the last day
   */
  @Override
  public LocalDate end() {
    return LocalDate.of(year, 12, 31);
  }

  /**
   * The year {@code years} later.
   *
   * @param years the years to add, negative to go back
   * @return the shifted year
   * @throws IllegalArgumentException if the result lies outside 1000..9999
   */
  @Override
  public YearPeriod plusYears(int years) {
    return new YearPeriod(PeriodSupport.shiftYear(year, years));
  }

  /**
   * The SDMX form, such as {@code 2023}.
   *
   * @return the four-digit year
   */
  @Override
  public String toString() {
    return Integer.toString(year);
  }

  /**
   * The Chinese form, such as 2023年.
   *
   * @return the year followed by 年
   */
  @Override
  public String toChinese() {
    return year + "年";
  }
}
