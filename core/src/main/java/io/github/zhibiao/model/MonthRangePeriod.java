package io.github.zhibiao.model;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Two or more consecutive months inside one year, such as the cumulative flow 2023年1—11月
 * ({@code 2023-01/2023-11}). Use {@link Period#months(int, int, int)} to get a {@link MonthPeriod}
 * when the two months may be equal.
 *
 * @param year the year, 1000..9999
 * @param fromMonth the first month, 1..11
 * @param toMonth the last month, 2..12, after {@code fromMonth}
 */
public record MonthRangePeriod(int year, int fromMonth, int toMonth) implements Period {

  private static final long serialVersionUID = 1L;

  /**
   * Creates a month range.
   *
   * @param year the year, 1000..9999
   * @param fromMonth the first month, 1..12
   * @param toMonth the last month, 1..12, after {@code fromMonth}
   * @throws IllegalArgumentException if a value is out of range or {@code fromMonth >= toMonth}
   */
  public MonthRangePeriod {
    PeriodSupport.checkYear("year", year);
    PeriodSupport.check("fromMonth", fromMonth, 1, 12);
    PeriodSupport.check("toMonth", toMonth, 1, 12);
    if (fromMonth >= toMonth) {
      throw new IllegalArgumentException(
          "toMonth ("
              + toMonth
              + ") must be after fromMonth ("
              + fromMonth
              + "): a month range covers at least two months of one year");
    }
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
   * The first day of {@code fromMonth}.
   *
   * @return the first day
   */
  @Override
  public LocalDate start() {
    return LocalDate.of(year, fromMonth, 1);
  }

  /**
   * The last day of {@code toMonth}.
   *
   * @return the last day
   */
  @Override
  public LocalDate end() {
    return YearMonth.of(year, toMonth).atEndOfMonth();
  }

  /**
   * The same months of the year {@code years} later.
   *
   * @param years the years to add, negative to go back
   * @return the shifted range
   * @throws IllegalArgumentException if the result lies outside 1000..9999
   */
  @Override
  public MonthRangePeriod plusYears(int years) {
    return new MonthRangePeriod(PeriodSupport.shiftYear(year, years), fromMonth, toMonth);
  }

  /**
   * The ISO interval form, such as {@code 2023-01/2023-11}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return year
        + "-"
        + PeriodSupport.twoDigits(fromMonth)
        + "/"
        + year
        + "-"
        + PeriodSupport.twoDigits(toMonth);
  }

  /**
   * The Chinese form with an em dash (U+2014), such as 2023年1—11月.
   *
   * @return the text
   */
  @Override
  public String toChinese() {
    return year + "年" + fromMonth + "\u2014" + toMonth + "月";
  }
}
