package io.github.zhibiao.model;

import java.time.LocalDate;

/**
 * A half-year: {@code 2023-S1} (2023年上半年, January–June) or {@code 2023-S2} (2023年下半年,
 * July–December).
 *
 * @param year the year, 1000..9999
 * @param half 1 or 2
 */
public record HalfYearPeriod(int year, int half) implements Period {

  private static final long serialVersionUID = 1L;

  /**
   * Creates a half-year.
   *
   * @param year the year, 1000..9999
   * @param half 1 or 2
   * @throws IllegalArgumentException if the year or half is out of range
   */
  public HalfYearPeriod {
    PeriodSupport.checkYear("year", year);
    PeriodSupport.check("half", half, 1, 2);
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
   * 1 January or 1 July.
   *
   * @return the first day
   */
  @Override
  public LocalDate start() {
    return LocalDate.of(year, half == 1 ? 1 : 7, 1);
  }

  /**
   * 30 June or 31 December.
   *
   * @return the last day
   */
  @Override
  public LocalDate end() {
    return half == 1 ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31);
  }

  /**
   * The same half of the year {@code years} later.
   *
   * @param years the years to add, negative to go back
   * @return the shifted half-year
   * @throws IllegalArgumentException if the result lies outside 1000..9999
   */
  @Override
  public HalfYearPeriod plusYears(int years) {
    return new HalfYearPeriod(PeriodSupport.shiftYear(year, years), half);
  }

  /**
   * The SDMX form, such as {@code 2023-S1}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return year + "-S" + half;
  }

  /**
   * The Chinese form, 2023年上半年 or 2023年下半年.
   *
   * @return the text
   */
  @Override
  public String toChinese() {
    return year + (half == 1 ? "年上半年" : "年下半年");
  }
}
