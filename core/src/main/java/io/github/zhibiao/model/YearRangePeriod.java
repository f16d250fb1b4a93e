package io.github.zhibiao.model;

import java.time.LocalDate;

/**
 * Two or more consecutive calendar years, such as a five-year plan: {@code 2021/2025},
 * 2021—2025年 (十四五). Use {@link Period#years(int, int)} to get a {@link YearPeriod} when the two
 * years may be equal.
 *
 * @param fromYear the first year, 1000..9998
 * @param toYear the last year, after {@code fromYear}, up to 9999
 */
public record YearRangePeriod(int fromYear, int toYear) implements Period {

  private static final long serialVersionUID = 1L;

  /**
   * Creates a year range.
   *
   * @param fromYear the first year, 1000..9999
   * @param toYear the last year, 1000..9999, after {@code fromYear}
   * @throws IllegalArgumentException if a year is out of range or {@code fromYear >= toYear}
   */
  public YearRangePeriod {
    PeriodSupport.checkYear("fromYear", fromYear);
    PeriodSupport.checkYear("toYear", toYear);
    if (fromYear >= toYear) {
      throw new IllegalArgumentException(
          "toYear ("
              + toYear
              + ") must be after fromYear ("
              + fromYear
              + "): a year range covers at least two years");
    }
  }

  /**
   * The last year, {@code toYear}.
   *
   * @return the year of the end
   */
  @Override
  public int year() {
    return toYear;
  }

  /**
   * 1 January of {@code fromYear}.
   *
   * @return the first day
   */
  @Override
  public LocalDate start() {
    return LocalDate.of(fromYear, 1, 1);
  }

  /**
   * 31 December of {@code toYear}.
   *
   * @return the last day
   */
  @Override
  public LocalDate end() {
    return LocalDate.of(toYear, 12, 31);
  }

  /**
   * The range shifted by {@code years}, keeping its length: 2021/2025 minus one year is
   * 2020/2024.
   *
   * @param years the years to add, negative to go back
   * @return the shifted range
   * @throws IllegalArgumentException if the result lies outside 1000..9999
   */
  @Override
  public YearRangePeriod plusYears(int years) {
    return new YearRangePeriod(
        PeriodSupport.shiftYear(fromYear, years), PeriodSupport.shiftYear(toYear, years));
  }

  /**
   * The ISO interval form, such as {@code 2021/2025}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return fromYear + "/" + toYear;
  }

  /**
   * The Chinese form with an em dash (U+2014), such as 2021—2025年.
   *
   * @return the text
   */
  @Override
  public String toChinese() {
    return fromYear + "\u2014" + toYear + "年";
  }
}
