package io.github.zhibiao.model;

import java.io.Serializable;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One indicator in one region with one set of {@link Breakdowns} over ordered periods: the input
 * of streak and growth checks. Immutable; periods are unique and ordered as {@link Period} orders
 * them, so labelled periods come after the dated ones.
 */
public final class Series implements Serializable {
  private static final long serialVersionUID = 1L;

  private final Indicator indicator;
  private final Region region;
  private final Breakdowns breakdowns;
  private final TreeMap<Period, Observation> byPeriod;

  private Series(Indicator indicator, Region region, Breakdowns breakdowns, TreeMap<Period, Observation> byPeriod) {
    this.indicator = indicator;
    this.region = region;
    this.breakdowns = breakdowns;
    this.byPeriod = byPeriod;
  }

  /**
   * The series of these observations, none of them broken down: {@code of(indicator, region,
   * Breakdowns.empty(), observations)}.
   *
   * @param indicator the series' indicator; observations must have its code
   * @param region the series' region
   * @param observations the observations, in any order; neither the collection nor its elements
   *     may be null
   * @return the series, ordered by period
   * @throws NullPointerException if an argument or an observation is null
   * @throws IllegalArgumentException if an observation has another indicator or region, has
   *     breakdowns, or two share a period
   */
  public static Series of(Indicator indicator, Region region, Collection<Observation> observations) {
    return of(indicator, region, Breakdowns.empty(), observations);
  }

  /**
   * The series of these observations, all with the same breakdowns.
   *
   * @param indicator the series' indicator; observations must have its code
   * @param region the series' region
   * @param breakdowns the series' breakdowns, such as {@code 性别=F 女}; observations must have
   *     equal ones
   * @param observations the observations, in any order; neither the collection nor its elements
   *     may be null
   * @return the series, ordered by period
   * @throws NullPointerException if an argument or an observation is null
   * @throws IllegalArgumentException if an observation has another indicator, region or
   *     breakdowns, or two share a period
   */
  public static Series of(Indicator indicator, Region region, Breakdowns breakdowns,
      Collection<Observation> observations) {
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(breakdowns, "breakdowns");
    Objects.requireNonNull(observations, "observations");
    TreeMap<Period, Observation> map = new TreeMap<>();
    for (Observation o : observations) {
      Objects.requireNonNull(o, "observation");
      if (!o.indicator().code().equals(indicator.code()) || !o.region().equals(region)
          || !o.breakdowns().equals(breakdowns)) {
        throw new IllegalArgumentException("observation " + o + " does not belong to the series of "
            + name(indicator, region, breakdowns));
      }
      Observation before = map.put(o.period(), o);
      if (before != null) {
        throw new IllegalArgumentException("two observations of " + name(indicator, region, breakdowns)
            + " for " + o.period() + ": " + before.value() + " and " + o.value());
      }
    }
    return new Series(indicator, region, breakdowns, map);
  }

  private static String name(Indicator indicator, Region region, Breakdowns breakdowns) {
    return indicator.code() + " in " + region.code() + (breakdowns.isEmpty() ? "" : " {" + breakdowns + "}");
  }

  /**
   * The indicator.
   *
   * @return the indicator every observation of the series has
   */
  public Indicator indicator() {
    return indicator;
  }

  /**
   * The region.
   *
   * @return the region every observation of the series is in
   */
  public Region region() {
    return region;
  }

  /**
   * The breakdowns.
   *
   * @return the breakdowns every observation of the series has; {@link Breakdowns#empty()} for a
   *     series of the whole
   */
  public Breakdowns breakdowns() {
    return breakdowns;
  }

  /**
   * The observations by period, in period order.
   *
   * @return an unmodifiable view from period to observation, iterating in period order
   */
  public Map<Period, Observation> observations() {
    return Collections.unmodifiableMap(byPeriod);
  }

  /**
   * The periods, in order.
   *
   * @return the periods, earliest first, as an unmodifiable list
   */
  public List<Period> periods() {
    return List.copyOf(byPeriod.keySet());
  }

  /**
   * The observation for a period, if present.
   *
   * @param period the period, compared as {@link Period} orders periods
   * @return the observation, or empty if the series has none for the period
   * @throws NullPointerException if {@code period} is null
   */
  public Optional<Observation> get(Period period) {
    return Optional.ofNullable(byPeriod.get(period));
  }

  /**
   * The number of periods.
   *
   * @return the number of periods, which is the number of observations
   */
  public int size() {
    return byPeriod.size();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Series s && indicator.equals(s.indicator) && region.equals(s.region)
        && breakdowns.equals(s.breakdowns) && byPeriod.equals(s.byPeriod);
  }

  @Override
  public int hashCode() {
    return Objects.hash(indicator, region, breakdowns, byPeriod);
  }

  /** {@code Series[GRAIN_OUTPUT 150400, 2 periods]}, {@code Series[EMPLOYED 150400 {性别=F 女}, 2 periods]}. */
  @Override
  public String toString() {
    return "Series[" + indicator.code() + " " + region.code() + (breakdowns.isEmpty() ? "" : " {" + breakdowns + "}")
        + ", " + byPeriod.size() + " periods]";
  }
}
