package io.github.zhibiao.calc;

import io.github.zhibiao.model.Observation;
import io.github.zhibiao.model.Period;
import io.github.zhibiao.model.Series;
import io.github.zhibiao.unit.Qualifier;
import io.github.zhibiao.unit.Quantity;
import java.util.List;
import java.util.Objects;

/**
 * Streaks: 连续11年保持在100亿斤以上 — whether a series stayed at or above a level for N
 * consecutive years.
 *
 * <p>Periods are consecutive when each is the one before {@link Period#plusYears moved a year on}
 * (2013, 2014, …, 2023; or 2022年1—11月, 2023年1—11月); a missing year breaks a streak. 以上 is
 * inclusive, as Chinese usage reads it: a value equal to the level counts. Values are compared
 * exactly across units of one dimension ({@link Quantity#compareTo}). A value stated with
 * {@link Qualifier#LESS_THAN} or {@link Qualifier#AT_MOST} (近, 不到) never counts, since its true
 * value may lie below the level; other qualifiers count by their stated value (100余 ≥ 100).
 *
 * <p>A period that is not {@link Period#isDated() dated} (a labelled period, {@link
 * Period#NOT_STATED}) is no year: it is in no streak, and a streak ending with the series' last
 * period ends with its last dated one.
 */
public final class Streaks {
  private Streaks() {}

  /**
   * The length of the streak at or above {@code level} that ends with the series' last period.
   *
   * @param series the series
   * @param level the level, in any unit of the series' dimension
   * @return the number of consecutive years ending with the last dated period, 0 if its value is
   *     below the level or the series has no dated period
   * @throws io.github.zhibiao.unit.IncompatibleUnitsException if the level's dimension is not the series'
   */
  public static int run(Series series, Quantity level) {
    Objects.requireNonNull(series, "series");
    List<Period> periods = series.periods();
    for (int i = periods.size() - 1; i >= 0; i--) {
      if (periods.get(i).isDated()) {
        return run(series, level, periods.get(i));
      }
    }
    Objects.requireNonNull(level, "level");
    Exact.requireSameDimension("compare", series.indicator().unit(), level.unit());
    return 0;
  }

  /**
   * The length of the streak at or above {@code level} that ends with {@code end}.
   *
   * @param series the series
   * @param level the level, in any unit of the series' dimension
   * @param end the last period of the streak
   * @return the number of consecutive years ending at {@code end}; 0 if {@code end} is not in
   *     the series, is not dated, or its value is below the level
   * @throws io.github.zhibiao.unit.IncompatibleUnitsException if the level's dimension is not the series'
   */
  public static int run(Series series, Quantity level, Period end) {
    Objects.requireNonNull(series, "series");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(end, "end");
    Exact.requireSameDimension("compare", series.indicator().unit(), level.unit());
    int n = 0;
    Period p = end;
    if (!p.isDated()) {
      return 0;
    }
    while (true) {
      Observation o = series.get(p).orElse(null);
      if (o == null || !atOrAbove(o.value(), level)) {
        return n;
      }
      n++;
      p = p.yearEarlier();
    }
  }

  /**
   * The longest streak at or above {@code level} anywhere in the series.
   *
   * @param series the series
   * @param level the level, in any unit of the series' dimension
   * @return the longest streak at or above {@code level} anywhere in the series
   * @throws io.github.zhibiao.unit.IncompatibleUnitsException if the level's dimension is not the series'
   */
  public static int longest(Series series, Quantity level) {
    Objects.requireNonNull(series, "series");
    int best = 0;
    for (Period p : series.periods()) {
      best = Math.max(best, run(series, level, p));
    }
    return best;
  }

  /**
   * Whether the series stayed at or above {@code level} for at least {@code years} consecutive
   * years ending with its last period: 连续11年保持在100亿斤以上.
   *
   * @param series the series
   * @param level the level, in any unit of the series' dimension
   * @param years the number of years
   * @return true when the streak ending at the last period is at least {@code years} long
   * @throws IllegalArgumentException if {@code years < 1}
   * @throws io.github.zhibiao.unit.IncompatibleUnitsException if the level's dimension is not the series'
   */
  public static boolean holds(Series series, Quantity level, int years) {
    if (years < 1) {
      throw new IllegalArgumentException("streak length (" + years + ") must be >= 1");
    }
    return run(series, level) >= years;
  }

  private static boolean atOrAbove(Quantity value, Quantity level) {
    if (value.qualifier() == Qualifier.LESS_THAN || value.qualifier() == Qualifier.AT_MOST) {
      return false;
    }
    return value.compareTo(level) >= 0;
  }
}
