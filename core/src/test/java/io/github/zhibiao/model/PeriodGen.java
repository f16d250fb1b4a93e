package io.github.zhibiao.model;

import static org.quicktheories.generators.SourceDSL.integers;

import java.time.YearMonth;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** QuickTheories generators of {@link Period}s of every kind, for reuse in property tests. */
final class PeriodGen {

  private PeriodGen() {}

  /** Years 1000..9999. */
  static Gen<Integer> years() {
    return integers().between(Period.MIN_YEAR, Period.MAX_YEAR);
  }

  static Gen<Period> yearPeriods() {
    return years().map(y -> (Period) Period.year(y));
  }

  static Gen<Period> halfYears() {
    return years().zip(integers().between(1, 2), (y, h) -> (Period) Period.halfYear(y, h));
  }

  static Gen<Period> quarters() {
    return years().zip(integers().between(1, 4), (y, q) -> (Period) Period.quarter(y, q));
  }

  static Gen<Period> monthPeriods() {
    return years().zip(integers().between(1, 12), (y, m) -> (Period) Period.month(y, m));
  }

  /** Month ranges of at least two months. */
  static Gen<Period> monthRanges() {
    return years()
        .zip(
            integers().between(1, 11),
            integers().between(1, 11),
            (y, from, length) -> Period.months(y, from, Math.min(12, from + length)));
  }

  /** Year ranges of at least two years. */
  static Gen<Period> yearRanges() {
    return integers()
        .between(Period.MIN_YEAR, Period.MAX_YEAR - 1)
        .zip(
            integers().between(1, 20),
            (from, length) -> Period.years(from, Math.min(Period.MAX_YEAR, from + length)));
  }

  /** Instants, with month ends (and so February 29) well represented. */
  static Gen<Period> instants() {
    Gen<Period> anyDay =
        years()
            .zip(
                integers().between(1, 12),
                integers().between(1, 31),
                (y, m, d) -> {
                  YearMonth ym = YearMonth.of(y, m);
                  return (Period) Period.instant(ym.atDay(Math.min(d, ym.lengthOfMonth())));
                });
    Gen<Period> monthEnd =
        years()
            .zip(
                integers().between(1, 12),
                (y, m) -> (Period) Period.instant(YearMonth.of(y, m).atEndOfMonth()));
    return anyDay.mix(monthEnd);
  }

  /**
   * Day ranges of 2 to 41 days inside a year, some across a month's end; never ending on 28 or 29 February of
   * a leap year, which a year earlier and back is not (as for instants: the month's last day stays last).
   */
  static Gen<Period> dayRanges() {
    return years()
        .zip(
            integers().between(1, 12),
            integers().between(1, 27),
            integers().between(1, 40),
            (y, m, d, length) -> {
              java.time.LocalDate from = java.time.LocalDate.of(y, m, d);
              java.time.LocalDate to = from.plusDays(length);
              if (to.getYear() != y) {
                to = java.time.LocalDate.of(y, 12, 31);
              }
              if (to.getMonthValue() == 2 && to.getDayOfMonth() >= 28 && to.isLeapYear()) {
                to = java.time.LocalDate.of(y, 3, 1);
              }
              return (Period) Period.days(from, to);
            });
  }

  /**
   * Labelled periods: short texts over an alphabet of survey-wave labels (letters, digits, comma,
   * space, slash, Chinese), kept only when they make a valid label, with {@link Period#NOT_STATED}
   * among them.
   */
  static Gen<Period> labelled() {
    String alphabet = "LFIab4, /-209年第一波季未注明_Z";
    Gen<String> texts = org.quicktheories.generators.SourceDSL.lists()
        .of(integers().between(0, alphabet.length() - 1)).ofSizeBetween(1, 8)
        .map(ix -> {
          StringBuilder b = new StringBuilder();
          ix.forEach(i -> b.append(alphabet.charAt(i)));
          return b.toString();
        });
    Gen<Period> labels = texts.assuming(PeriodGen::isLabel).map(t -> (Period) Period.labelled(t));
    return labels.mix(org.quicktheories.generators.Generate.constant(Period.NOT_STATED), 10);
  }

  /** Whether a text makes a valid label. */
  static boolean isLabel(String text) {
    try {
      Period.labelled(text);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** Dated periods of every kind and labelled periods. */
  static Gen<Period> datedOrLabelled() {
    return periods().mix(labelled(), 30);
  }

  /** Periods of every kind, each kind about equally likely. */
  @SuppressWarnings("unchecked")
  static Gen<Period> periods() {
    return Generate.oneOf(
        yearPeriods(),
        halfYears(),
        quarters(),
        monthPeriods(),
        monthRanges(),
        yearRanges(),
        instants(),
        dayRanges());
  }
}
