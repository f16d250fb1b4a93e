package io.github.zhibiao.model;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The time a figure refers to: an interval for flows (a year, a half-year, a quarter, a month, a
 * cumulative month range such as 1—11月, a multi-year range such as 十四五) or an instant for stocks
 * (截至6月末, 年末).
 *
 * <p>Seven record types implement this interface, one for each kind: {@link YearPeriod} ({@code
 * 2023}, 2023年), {@link HalfYearPeriod} ({@code 2023-S1}, 2023年上半年), {@link QuarterPeriod}
 * ({@code 2023-Q2}, 2023年第二季度), {@link MonthPeriod} ({@code 2023-06}, 2023年6月), {@link
 * MonthRangePeriod} ({@code 2023-01/2023-11}, 2023年1—11月), {@link YearRangePeriod} ({@code
 * 2021/2025}, 2021—2025年) and {@link InstantPeriod} ({@code 2023-06-30}, 2023年6月末); an eighth,
 * {@link WeekPeriod} ({@code 2023-W05}, 2023年第5周), holds the ISO weeks SDMX data use, and a
 * ninth, {@link DayRangePeriod} ({@code 2016-10-01/2016-10-04}, 2016年10月1日—4日), a span of days
 * such as a holiday's.
 *
 * <p><b>Labels.</b> An eighth record, {@link LabelledPeriod}, keeps a time category that is not a
 * calendar period (a survey wave such as {@code LFI4b, 2009/13}) by its label, and {@link
 * #NOT_STATED} stands for a figure whose data state no time at all. They are not {@link #isDated()
 * dated}: their {@link #start()}, {@link #end()}, {@link #year()}, {@link #plusYears}, {@link
 * #yearEarlier()}, {@link #contains} and {@link #overlaps} throw an {@link
 * UnsupportedOperationException} naming the label. {@link #parse} never gives one; {@link
 * #labelled} and {@link #parseOrLabel} do.
 *
 * <p>Every year in a dated period lies between 1000 and 9999. Two periods are equal when they are of the
 * same kind and have the same components: {@code 2023} and {@code 2023-01/2023-12} cover the same
 * days but are not equal, because a report that says 1—12月 says something different from one
 * that says 全年.
 *
 * <p><b>Order.</b> Dated periods are ordered by their {@link #end() end} date, then by their {@link
 * #start() start} date (so among periods ending on the same day the longer one comes first: 2023,
 * 2023-S2, 2023-Q4, 2023-12, 2023-12-31), then by kind in the order year, year range, half-year,
 * quarter, month range, month, instant. Labelled periods come after every dated period, ordered by
 * label ({@link String#compareTo}), and {@link #NOT_STATED} comes last. The order is consistent
 * with {@code equals}.
 *
 * <p><b>Text.</b> {@link #toString()} gives the SDMX / ISO 8601 form and {@link #toChinese()} the
 * form Chinese reports use; {@link #parse(CharSequence)} reads both, so that {@code
 * parse(p.toString())} and {@code parse(p.toChinese())} both equal {@code p}.
 *
 * <p>All implementations are immutable, thread-safe and serializable.
 */
public sealed interface Period extends Comparable<Period>, Serializable
    permits YearPeriod,
        HalfYearPeriod,
        QuarterPeriod,
        MonthPeriod,
        MonthRangePeriod,
        YearRangePeriod,
        InstantPeriod,
        WeekPeriod,
        DayRangePeriod,
        LabelledPeriod {

  /** The smallest year a period may refer to. */
  int MIN_YEAR = 1000;

  /** The largest year a period may refer to. */
  int MAX_YEAR = 9999;

  /**
   * The period of a figure whose data state no time (a table without a time dimension): the
   * {@link LabelledPeriod} with label {@code _Z} (the SDMX code for "not applicable"), written
   * {@code _Z} by {@link #toString()} and 未注明 by {@link #toChinese()}; {@link #parseOrLabel} and
   * {@link #labelled} read both back to it. Not {@link #isDated() dated}, not {@link #isStated()
   * stated}; it sorts after every other period.
   */
  Period NOT_STATED = new LabelledPeriod(LabelledPeriod.NOT_STATED_LABEL);

  /**
   * The first day of this period; for an instant, the instant itself.
   *
   * @return the first day, never null
   * @throws UnsupportedOperationException naming the label, for a period that is not {@link
   *     #isDated() dated}
   */
  LocalDate start();

  /**
   * The last day of this period, inclusive; for an instant, the instant itself (equal to {@link
   * #start()}).
   *
   * @return the last day, never null
   * @throws UnsupportedOperationException naming the label, for a period that is not {@link
   *     #isDated() dated}
   */
  LocalDate end();

  /**
   * Whether this period has dates: true for the seven calendar kinds, false for a {@link
   * LabelledPeriod} and {@link #NOT_STATED}. Only a dated period has a {@link #start()}, an
   * {@link #end()}, a {@link #year()} and a {@link #yearEarlier()}.
   *
   * @return true unless this is a labelled period
   */
  default boolean isDated() {
    return true;
  }

  /**
   * Whether the data state this period: false only for {@link #NOT_STATED}.
   *
   * @return true unless this is {@link #NOT_STATED}
   */
  default boolean isStated() {
    return true;
  }

  /**
   * Whether this period is an instant (a stock's reference date, such as 6月末) rather than an
   * interval (a flow's reference period).
   *
   * @return true only for an {@link InstantPeriod}
   */
  default boolean isInstant() {
    return false;
  }

  /**
   * The year of this period's {@link #end() end}: 2023 for 2023-Q2, 2025 for 2021/2025.
   *
   * @return the year, between {@value #MIN_YEAR} and {@value #MAX_YEAR}
   * @throws UnsupportedOperationException naming the label, for a period that is not {@link
   *     #isDated() dated}
   */
  default int year() {
    return end().getYear();
  }

  /**
   * The same period shifted by whole years, of the same kind. An instant on the last day of a
   * month stays on the last day of its month (2023-02-28, which is 2023年2月末, plus one year is
   * 2024-02-29); any other instant keeps its month and day, clamped to the month's length
   * (2024-02-29 minus one year is 2023-02-28).
   *
   * @param years the number of years to add, negative to go back
   * @return the shifted period
   * @throws IllegalArgumentException if a year of the result would fall outside {@value
   *     #MIN_YEAR}..{@value #MAX_YEAR}
   * @throws UnsupportedOperationException naming the label, for a period that is not {@link
   *     #isDated() dated}
   */
  Period plusYears(int years);

  /**
   * The same period one year earlier, the basis of a 同比 comparison: 2023-01/2023-11 gives
   * 2022-01/2022-11 and the instant 2024-02-29 gives 2023-02-28. Equivalent to {@code
   * plusYears(-1)}.
   *
   * @return the period one year earlier
   * @throws IllegalArgumentException if this period includes the year {@value #MIN_YEAR}
   * @throws UnsupportedOperationException naming the label, for a period that is not {@link
   *     #isDated() dated}: a label has no year before it
   */
  default Period yearEarlier() {
    return plusYears(-1);
  }

  /**
   * Whether a day lies in this period (for an instant: whether it is that day).
   *
   * @param date the day
   * @return true if {@code start() <= date <= end()}
   * @throws NullPointerException if {@code date} is null
   * @throws UnsupportedOperationException naming the label, for a period that is not {@link
   *     #isDated() dated}
   */
  default boolean contains(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return !date.isBefore(start()) && !date.isAfter(end());
  }

  /**
   * Whether this period and another have at least one day in common. An instant overlaps a period
   * that contains its day.
   *
   * @param other the other period
   * @return true if the two periods share a day
   * @throws NullPointerException if {@code other} is null
   * @throws UnsupportedOperationException naming the label, if either period is not {@link
   *     #isDated() dated}
   */
  default boolean overlaps(Period other) {
    Objects.requireNonNull(other, "other");
    return !other.end().isBefore(start()) && !other.start().isAfter(end());
  }

  /**
   * Compares dated periods by end date, then start date (earlier start, that is the longer period,
   * first), then kind (year, year range, half-year, quarter, month range, month, instant, week); puts
   * labelled periods after dated ones, by label, and {@link #NOT_STATED} last. Consistent with
   * {@code equals}.
   *
   * @param other the period to compare with
   * @return negative, zero or positive as this period sorts before, with or after {@code other}
   * @throws NullPointerException if {@code other} is null
   */
  @Override
  default int compareTo(Period other) {
    Objects.requireNonNull(other, "other");
    if (!isDated() || !other.isDated()) {
      return PeriodSupport.compareLabels(this, other);
    }
    int c = end().compareTo(other.end());
    if (c == 0) {
      c = start().compareTo(other.start());
    }
    if (c == 0) {
      c = Integer.compare(PeriodSupport.rank(this), PeriodSupport.rank(other));
    }
    return c;
  }

  /**
   * The SDMX / ISO 8601 form: {@code 2023}, {@code 2023-S1}, {@code 2023-Q2}, {@code 2023-06},
   * {@code 2023-01/2023-11}, {@code 2021/2025} or {@code 2023-06-30}.
   *
   * @return the text, which {@link #parse(CharSequence)} reads back to an equal period; for a
   *     labelled period its label, which {@link #parseOrLabel} reads back
   */
  @Override
  String toString();

  /**
   * The form Chinese reports use: 2023年, 2023年上半年, 2023年第二季度, 2023年6月, 2023年1—11月 (with
   * an em dash, U+2014), 2021—2025年, and for an instant 2023年6月末 (the last day of a month),
   * 2023年末 (31 December) or 2023年6月15日 (any other day).
   *
   * @return the text, which {@link #parse(CharSequence)} reads back to an equal period; for a
   *     labelled period its label (未注明 for {@link #NOT_STATED}), which {@link #parseOrLabel}
   *     reads back
   */
  String toChinese();

  /**
   * A calendar year.
   *
   * @param year the year, 1000..9999
   * @return the year, such as {@code 2023}
   * @throws IllegalArgumentException if the year is out of range
   */
  static YearPeriod year(int year) {
    return new YearPeriod(year);
  }

  /**
   * A half-year: 1 is January–June (上半年), 2 is July–December (下半年).
   *
   * @param year the year, 1000..9999
   * @param half 1 or 2
   * @return the half-year, such as {@code 2023-S1}
   * @throws IllegalArgumentException if the year or half is out of range
   */
  static HalfYearPeriod halfYear(int year, int half) {
    return new HalfYearPeriod(year, half);
  }

  /**
   * A calendar quarter.
   *
   * @param year the year, 1000..9999
   * @param quarter 1..4
   * @return the quarter, such as {@code 2023-Q2}
   * @throws IllegalArgumentException if the year or quarter is out of range
   */
  static QuarterPeriod quarter(int year, int quarter) {
    return new QuarterPeriod(year, quarter);
  }

  /**
   * A calendar month.
   *
   * @param year the year, 1000..9999
   * @param month 1..12
   * @return the month, such as {@code 2023-06}
   * @throws IllegalArgumentException if the year or month is out of range
   */
  static MonthPeriod month(int year, int month) {
    return new MonthPeriod(year, month);
  }

  /**
   * The months {@code fromMonth} to {@code toMonth} of one year, inclusive, such as the cumulative
   * 1—11月. When {@code fromMonth == toMonth} the result is that single {@link MonthPeriod}.
   *
   * @param year the year, 1000..9999
   * @param fromMonth the first month, 1..12
   * @param toMonth the last month, 1..12, not before {@code fromMonth}
   * @return a {@link MonthRangePeriod}, or a {@link MonthPeriod} when the two months are equal
   * @throws IllegalArgumentException if a value is out of range or {@code fromMonth > toMonth}
   */
  static Period months(int year, int fromMonth, int toMonth) {
    if (fromMonth == toMonth) {
      return new MonthPeriod(year, fromMonth);
    }
    return new MonthRangePeriod(year, fromMonth, toMonth);
  }

  /**
   * The calendar years {@code fromYear} to {@code toYear}, inclusive, such as 2021—2025年 (十四五).
   * When {@code fromYear == toYear} the result is that single {@link YearPeriod}.
   *
   * @param fromYear the first year, 1000..9999
   * @param toYear the last year, 1000..9999, not before {@code fromYear}
   * @return a {@link YearRangePeriod}, or a {@link YearPeriod} when the two years are equal
   * @throws IllegalArgumentException if a year is out of range or {@code fromYear > toYear}
   */
  static Period years(int fromYear, int toYear) {
    if (fromYear == toYear) {
      return new YearPeriod(fromYear);
    }
    return new YearRangePeriod(fromYear, toYear);
  }

  /**
   * An instant: the day at whose end a stock is measured (截至6月末 is {@code 2023-06-30}, 年末 is
   * {@code 2023-12-31}).
   *
   * @param date the day, in a year 1000..9999
   * @return the instant
   * @throws NullPointerException if {@code date} is null
   * @throws IllegalArgumentException if the year is out of range
   */
  static InstantPeriod instant(LocalDate date) {
    return new InstantPeriod(date);
  }

  /**
   * The days {@code from} to {@code to}, both included: a {@link DayRangePeriod} ({@code
   * 2016-10-01/2016-10-04}), or the {@link InstantPeriod} of the day when the two are equal.
   *
   * @param from the first day, in a year 1000..9999
   * @param to the last day, not before {@code from}, in the same year
   * @return the period
   * @throws NullPointerException if a day is null
   * @throws IllegalArgumentException if the year is out of range, {@code to} is before {@code from}, or
   *     the days lie in different years
   */
  static Period days(LocalDate from, LocalDate to) {
    return from.equals(to) ? new InstantPeriod(from) : new DayRangePeriod(from, to);
  }

  /**
   * Reads a period in its SDMX / ISO form or its Chinese form.
   *
   * <p>SDMX / ISO: {@code 2023}, {@code 2023-A1}, {@code 2023-S1}, {@code 2023-Q2}, {@code
   * 2023-06}, {@code 2023-M06}, {@code 2023-01/2023-11}, {@code 2021/2025}, {@code 2023-06-30},
   * {@code 2016-10-01/2016-10-04} (a {@link DayRangePeriod}; 2016年10月1日—4日 in Chinese),
   * and SDMX time ranges of whole months or years: {@code 2023-01-01/P11M} (2023年1—11月),
   * {@code 2021-01-01/P5Y} (2021—2025年). The other SDMX reporting periods: the ISO week {@code
   * 2023-W05} (a {@link WeekPeriod}), the trimester {@code 2023-T2} (May to August, the month
   * range 2023-05/2023-08) and the reporting day {@code 2023-D032} (the instant 2023-02-01); all
   * reporting periods count from 1 January. The NBS data API's month codes: {@code 202306}, and
   * its quarter codes {@code 2023A} to {@code 2023D} (the first to the fourth quarter).
   *
   * <p>Chinese: 2023年, 2023年全年, 2023年上半年, 2023年下半年, 2023年第二季度 (also 2023年二季度,
   * 2023年第2季度, 2023年2季度), 2023年第5周 (an ISO week), 2023年6月, 2023年1—11月 and 2023年1月—11月 (the dash may be any of
   * — – - ～ ~ or 至), 2021—2025年 and 2021年—2025年, 2023年6月末 and 2023年6月底 (the last day of
   * June), 2023年末 and 2023年底 (31 December), 2023年6月30日. An instant may be introduced by 截至,
   * 截止 or 截止到. Fullwidth digits (０–９) are read as ASCII digits. Months and days may have one
   * or two digits in the Chinese forms; the ISO forms take exactly two. Surrounding whitespace is
   * not accepted.
   *
   * <p>A month range whose two months are equal gives a {@link MonthPeriod}, and a year range whose
   * two years are equal a {@link YearPeriod}, as {@link #months} and {@link #years} do.
   *
   * @param text the text
   * @return the period
   * @throws NullPointerException if {@code text} is null
   * @throws PeriodFormatException if the text is not a period in one of the forms above or names
   *     an impossible one (month 13, 2023-02-30, a year outside 1000..9999); the exception carries
   *     the text, the index where reading failed and the reason
   */
  static Period parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    return new PeriodParser(text).parse();
  }

  /**
   * A time category that is not a calendar period, kept by its label: a survey wave such as
   * {@code LFI4b, 2009/13}. 未注明 and {@code _Z} give {@link #NOT_STATED}.
   *
   * @param label the label: non-blank, without surrounding whitespace, control characters or
   *     unpaired surrogates, at most 200 characters
   * @return the labelled period
   * @throws NullPointerException if {@code label} is null
   * @throws IllegalArgumentException naming the label if it breaks these rules, reads as a dated
   *     period ({@code 2023} is a year: use {@link #parse}) or looks like a mistyped one ({@code
   *     2023-13}, as {@link #parseOrLabel} describes)
   */
  static LabelledPeriod labelled(String label) {
    return new LabelledPeriod(label);
  }

  /**
   * Reads a period as {@link #parse} does or, failing that, keeps the text as a {@link
   * #labelled labelled period}: what a reader does with a time category it must not drop.
   * {@code parseOrLabel(p.toString())} and {@code parseOrLabel(p.toChinese())} equal {@code p}
   * for every period, labelled ones and {@link #NOT_STATED} included.
   *
   * <p>A text that looks like a mistyped period is refused rather than kept as a label, so that a
   * typo does not silently leave the calendar: a text that starts with four digits (a year) and
   * goes on with digits and the characters of the period forms only ({@code - / Q S A M P Y},
   * dashes, 年月日季度第上下半全末底截至止到一二三四), without whitespace, gives the parser's error
   * ({@code 2023-13}, 2023年13月, {@code 2009/13}). {@code LFI4b, 2009/13}, {@code 2005 - 1} and
   * {@code 4} are labels.
   *
   * @param text the text
   * @return the dated period, or a labelled period with the text as label
   * @throws NullPointerException if {@code text} is null
   * @throws PeriodFormatException for a mistyped period as above, with the parser's message and
   *     index
   * @throws IllegalArgumentException naming the text if it is neither a period nor a valid label
   *     (blank, surrounding whitespace, control characters, longer than 200 characters)
   */
  static Period parseOrLabel(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = text.toString();
    try {
      return new PeriodParser(s).parse();
    } catch (PeriodFormatException e) {
      if (PeriodSupport.looksDated(s)) {
        throw e;
      }
    }
    return new LabelledPeriod(s);
  }
}
