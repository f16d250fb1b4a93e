package io.github.zhibiao.model;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A calendar quarter: {@code 2023-Q2}, 2023年第二季度.
 *
 * @param year the year, 1000..9999
 * @param quarter 1..4
 */
public record QuarterPeriod(int year, int quarter) implements Period {

  private static final long serialVersionUID = 1L;

  /**
   * Creates a quarter.
   *
   * @param year the year, 1000..9999
   * @param quarter 1..4
   * @throws IllegalArgumentException if the year or quarter is out of range
   */
  public QuarterPeriod {
    PeriodSupport.checkYear("year", year);
    PeriodSupport.check("quarter", quarter, 1, 4);
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
   * The first day of the quarter's first month.
   *
   * @return the first day
   */
  @Override
  public LocalDate start() {
    return LocalDate.of(year, quarter * 3 - 2, 1);
  }

  /**
   * The last day of the quarter's last month.
   *
   * @return the last day
   */
  @Override
  public LocalDate end() {
    return YearMonth.of(year, quarter * 3).atEndOfMonth();
  }

  /**
   * The same quarter of the year {@code years} later.
   *
   * @param years the years to add, negative to go back
   * @return the shifted quarter
   * @throws IllegalArgumentException if the result lies outside 1000..9999
   */
  @Override
  public QuarterPeriod plusYears(int years) {
    return new QuarterPeriod(PeriodSupport.shiftYear(year, years), quarter);
  }

  /**
   * The SDMX form, such as {@code 2023-Q2}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return year + "-Q" + quarter;
  }

  /**
   * The Chinese form, such as 2023年第二季度.
   *
   * @return the text
   */
  @Override
  public String toChinese() {
    return year + "年第" + PeriodSupport.chineseOrdinal(quarter) + "季度";
  }
}
