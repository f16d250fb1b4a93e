package io.github.zhibiao.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An instant: the day at whose end a stock is measured, such as {@code 2023-06-30} (截至2023年6月末)
 * or {@code 2023-12-31} (2023年末).
 *
 * @param date the day, in a year 1000..9999
 */
public record InstantPeriod(LocalDate date) implements Period {

  private static final long serialVersionUID = 1L;

  /**
   * Creates an instant.
   *
   * @param date the day, in a year 1000..9999
   * @throws NullPointerException if {@code date} is null
   * @throws IllegalArgumentException if the year is out of range
   */
  public InstantPeriod {
    Objects.requireNonNull(date, "date");
    PeriodSupport.checkYear("year", date.getYear());
  }

  /**
   * The day itself.
   *
   * @return {@link #date()}
   */
  @Override
  public LocalDate start() {
    return date;
  }

  /**
   * The day itself.
   *
   * @return {@link #date()}
   */
  @Override
  public LocalDate end() {
    return date;
  }

  /**
   * Always true.
   *
   * @return true
   */
  @Override
  public boolean isInstant() {
    return true;
  }

  /**
   * The same day {@code years} later; the last day of a month stays the last day of its month
   * (2023-02-28 plus one year is 2024-02-29), any other day is clamped to the month's length
   * (2024-02-29 is the last day of February, so minus one year it is 2023-02-28).
   *
   * @param years the years to add, negative to go back
   * @return the shifted instant
   * @throws IllegalArgumentException if the result lies outside 1000..9999
   */
  @Override
  public InstantPeriod plusYears(int years) {
    return new InstantPeriod(PeriodSupport.shiftDate(date, years));
  }

  /**
   * The ISO date, such as {@code 2023-06-30}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return date.toString();
  }

  /**
   * The Chinese form: 2023年末 for 31 December, 2023年6月末 for the last day of another month, and
   * 2023年6月15日 otherwise.
   *
   * @return the text
   */
  @Override
  public String toChinese() {
    int y = date.getYear();
    int m = date.getMonthValue();
    if (m == 12 && date.getDayOfMonth() == 31) {
      return y + "年末";
    }
    if (PeriodSupport.isLastDayOfMonth(date)) {
      return y + "年" + m + "月末";
    }
    return y + "年" + m + "月" + date.getDayOfMonth() + "日";
  }
}
