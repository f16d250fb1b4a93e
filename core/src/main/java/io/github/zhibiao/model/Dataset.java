package io.github.zhibiao.model;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * An immutable collection of observations and the indicators they use, with lookups by
 * indicator, region, period and breakdowns.
 *
 * <p>A dataset keeps every observation it is given, in order, including two different values for
 * the same indicator, region, period and breakdowns: finding such conflicts is the job of
 * {@code io.github.zhibiao.calc.Consistency}, not of the container. One code has one meaning:
 * two different indicator definitions under one code are refused, and so are two definitions of
 * a breakdown code ({@link Breakdown#equals}) and two labels for one category code of a
 * breakdown.
 *
 * <p><b>Breakdowns.</b> An observation is identified by its indicator, region, period and
 * {@link Breakdowns}: {@link #find(String, Region, Period, Breakdowns)} and {@link
 * #series(String, Region, Breakdowns)} match all four, and the shorter {@link #find(String,
 * Region, Period)} and {@link #series(String, Region)} mean the figure of the whole, {@link
 * Breakdowns#empty()}. {@link #byIndicator}, {@link #byRegion} and {@link #byPeriod} filter on
 * one attribute and return every breakdown. {@link #breakdowns()} and {@link #categories} list
 * what the observations are broken down by.
 */
public final class Dataset implements Serializable {
  private static final long serialVersionUID = 1L;

  private final List<Observation> observations;
  private final Map<String, Indicator> indicators;
  private final Map<String, Breakdown> breakdowns;
  private final Map<String, List<Category>> categories;
  private final Map<String, List<Observation>> byIndicator;
  /** Observations by indicator code, region, period and breakdowns, built on first use. */
  private transient volatile Map<Cell, List<Observation>> cells;

  /** The identity of a figure: indicator code, region, period and breakdowns. */
  private record Cell(String code, Region region, Period period, Breakdowns breakdowns) {}

  private Dataset(List<Observation> observations, Map<String, Indicator> indicators,
      Map<String, Breakdown> breakdowns, Map<String, List<Category>> categories) {
    this.observations = observations;
    this.indicators = indicators;
    this.breakdowns = breakdowns;
    this.categories = categories;
    Map<String, List<Observation>> index = new LinkedHashMap<>();
    for (Observation o : observations) {
      index.computeIfAbsent(o.indicator().code(), k -> new ArrayList<>()).add(o);
    }
    index.replaceAll((k, v) -> Collections.unmodifiableList(v));
    this.byIndicator = Collections.unmodifiableMap(index);
  }

  /**
   * The empty dataset.
   *
   * @return a dataset with no observations and no indicators
   */
  public static Dataset empty() {
    return of(List.of());
  }

  /**
   * A dataset of these observations; the indicators are the observations' own.
   *
   * @param observations the observations, kept in iteration order, duplicates and conflicting
   *     values included; neither the collection nor its elements may be null
   * @return a dataset of the observations and of their indicators, in order of first appearance
   * @throws NullPointerException if the collection or one of its observations is null
   * @throws IllegalArgumentException if two observations carry different indicators under one code
   */
  public static Dataset of(Collection<Observation> observations) {
    return builder().addAll(observations).build();
  }

  /**
   * A builder that takes indicators and observations in any order.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Every observation, in the order given.
   *
   * @return the observations, unmodifiable; empty for an empty dataset
   */
  public List<Observation> observations() {
    return observations;
  }

  /**
   * The indicators by code, in order of first appearance.
   *
   * @return an unmodifiable map from indicator code to indicator, including indicators added
   *     without observations
   */
  public Map<String, Indicator> indicators() {
    return indicators;
  }

  /**
   * The indicator with this code, if any.
   *
   * @param code the indicator code, as in {@link Indicator#code()}; matched exactly
   * @return the indicator, or empty if the dataset has none with this code
   */
  public Optional<Indicator> indicator(String code) {
    return Optional.ofNullable(indicators.get(code));
  }

  /**
   * The breakdowns the observations use, by code, in order of first appearance.
   *
   * @return an unmodifiable map from breakdown code to breakdown; empty when no observation is
   *     broken down
   */
  public Map<String, Breakdown> breakdowns() {
    return breakdowns;
  }

  /**
   * The categories of one breakdown that the observations use, in order of first appearance.
   *
   * @param breakdownCode the breakdown's code, matched exactly
   * @return the categories, unmodifiable; empty if no observation has a breakdown of that code
   */
  public List<Category> categories(String breakdownCode) {
    return categories.getOrDefault(breakdownCode, List.of());
  }

  /**
   * The observations of one indicator, in order; empty if there are none.
   *
   * @param code the indicator code, matched exactly
   * @return the indicator's observations, in the order given, unmodifiable
   */
  public List<Observation> byIndicator(String code) {
    return byIndicator.getOrDefault(code, List.of());
  }

  /**
   * The observations for one region, in order.
   *
   * @param region the region, compared with {@link Region#equals}
   * @return the region's observations of every indicator, in the order given, unmodifiable; empty
   *     if there are none
   */
  public List<Observation> byRegion(Region region) {
    return observations.stream().filter(o -> o.region().equals(region)).collect(Collectors.toUnmodifiableList());
  }

  /**
   * The observations for one period, in order.
   *
   * @param period the period, compared with {@code equals}: 2023年 does not match 2023年1-6月
   * @return the period's observations of every indicator and region, in the order given,
   *     unmodifiable; empty if there are none
   */
  public List<Observation> byPeriod(Period period) {
    return observations.stream().filter(o -> o.period().equals(period)).collect(Collectors.toUnmodifiableList());
  }

  /**
   * The observations of one indicator, region and period that are not broken down: {@code
   * find(indicatorCode, region, period, Breakdowns.empty())}.
   *
   * @param indicatorCode the indicator code, matched exactly
   * @param region the region
   * @param period the period, compared with {@code equals}
   * @return the matching observations without breakdowns, in the order given, unmodifiable; empty
   *     if there are none
   */
  public List<Observation> find(String indicatorCode, Region region, Period period) {
    return find(indicatorCode, region, period, Breakdowns.empty());
  }

  /**
   * The observations of one indicator, region, period and breakdowns: usually one, more when the
   * data conflict. Looked up in an index built on the first call.
   *
   * @param indicatorCode the indicator code, matched exactly
   * @param region the region
   * @param period the period, compared with {@code equals}
   * @param breakdowns the breakdowns, compared with {@link Breakdowns#equals} (whatever their
   *     order); {@link Breakdowns#empty()} for the figure of the whole
   * @return the matching observations, in the order given, unmodifiable; empty if there are none
   * @throws NullPointerException if an argument is null
   */
  public List<Observation> find(String indicatorCode, Region region, Period period, Breakdowns breakdowns) {
    Cell key = new Cell(Objects.requireNonNull(indicatorCode, "indicatorCode"), Objects.requireNonNull(region, "region"),
        Objects.requireNonNull(period, "period"), Objects.requireNonNull(breakdowns, "breakdowns"));
    return cells().getOrDefault(key, List.of());
  }

  private Map<Cell, List<Observation>> cells() {
    Map<Cell, List<Observation>> c = cells;
    if (c == null) {
      Map<Cell, List<Observation>> index = new HashMap<>(observations.size() * 4 / 3 + 16);
      for (Observation o : observations) {
        index.computeIfAbsent(new Cell(o.indicator().code(), o.region(), o.period(), o.breakdowns()),
            k -> new ArrayList<>(1)).add(o);
      }
      index.replaceAll((k, v) -> Collections.unmodifiableList(v));
      c = Collections.unmodifiableMap(index);
      cells = c;
    }
    return c;
  }

  /**
   * The series of one indicator in one region, not broken down, ordered by period: {@code
   * series(indicatorCode, region, Breakdowns.empty())}.
   *
   * @param indicatorCode the indicator code, matched exactly
   * @param region the region
   * @return the indicator's observations in the region without breakdowns, by period; empty (but
   *     with the indicator) if the region has none
   * @throws IllegalArgumentException if the dataset has no indicator with this code, or two
   *     observations share a period
   */
  public Series series(String indicatorCode, Region region) {
    return series(indicatorCode, region, Breakdowns.empty());
  }

  /**
   * The series of one indicator, region and breakdowns, ordered by period.
   *
   * @param indicatorCode the indicator code, matched exactly
   * @param region the region
   * @param breakdowns the breakdowns, compared with {@link Breakdowns#equals}
   * @return the matching observations, by period; empty (but with the indicator) if there are none
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the dataset has no indicator with this code, or two
   *     observations share a period
   */
  public Series series(String indicatorCode, Region region, Breakdowns breakdowns) {
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(breakdowns, "breakdowns");
    List<Observation> list = byIndicator(indicatorCode).stream()
        .filter(o -> o.region().equals(region) && o.breakdowns().equals(breakdowns)).collect(Collectors.toList());
    Indicator indicator = indicator(indicatorCode).orElseThrow(
        () -> new IllegalArgumentException("no indicator '" + indicatorCode + "' in the dataset"));
    return Series.of(indicator, region, breakdowns, list);
  }

  /**
   * The number of observations.
   *
   * @return the number of observations, conflicting duplicates counted
   */
  public int size() {
    return observations.size();
  }

  /**
   * Whether there are no observations.
   *
   * @return true if the dataset has no observations (it may still have indicators)
   */
  public boolean isEmpty() {
    return observations.isEmpty();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Dataset d && observations.equals(d.observations) && indicators.equals(d.indicators);
  }

  @Override
  public int hashCode() {
    return Objects.hash(observations, indicators);
  }

  /** {@code Dataset[130 observations, 120 indicators]}. */
  @Override
  public String toString() {
    return "Dataset[" + observations.size() + " observations, " + indicators.size() + " indicators]";
  }

  /** Collects indicators and observations; not thread-safe. */
  public static final class Builder {
    private final List<Observation> observations = new ArrayList<>();
    private final Map<String, Indicator> indicators = new LinkedHashMap<>();
    private final Map<String, Breakdown> breakdowns = new LinkedHashMap<>();
    /** By breakdown code, the categories by category code. */
    private final Map<String, Map<String, Category>> categories = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Adds an indicator definition (one without observations is kept too).
     *
     * @param indicator the indicator; adding an equal definition again does nothing
     * @return this builder
     * @throws NullPointerException if {@code indicator} is null
     * @throws IllegalArgumentException if a different indicator has the same code
     */
    public Builder addIndicator(Indicator indicator) {
      Objects.requireNonNull(indicator, "indicator");
      Indicator known = indicators.putIfAbsent(indicator.code(), indicator);
      if (known != null && !known.equals(indicator)) {
        throw new IllegalArgumentException("two definitions of indicator " + indicator.code() + ": "
            + describe(known) + " and " + describe(indicator));
      }
      return this;
    }

    /**
     * Adds an observation and its indicator.
     *
     * @param observation the observation, appended after those added before
     * @return this builder
     * @throws NullPointerException if {@code observation} is null
     * @throws IllegalArgumentException if a different indicator has the observation's indicator
     *     code, a different breakdown one of its breakdown codes, or a category of another label
     *     one of its category codes; nothing is added then
     */
    public Builder add(Observation observation) {
      Objects.requireNonNull(observation, "observation");
      checkBreakdowns(observation.breakdowns());
      addIndicator(observation.indicator());
      for (Breakdowns.Entry e : observation.breakdowns().entries()) {
        breakdowns.putIfAbsent(e.breakdown().code(), e.breakdown());
        categories.computeIfAbsent(e.breakdown().code(), k -> new LinkedHashMap<>())
            .putIfAbsent(e.category().code(), e.category());
      }
      observations.add(observation);
      return this;
    }

    private void checkBreakdowns(Breakdowns b) {
      for (Breakdowns.Entry e : b.entries()) {
        String code = e.breakdown().code();
        Breakdown known = breakdowns.get(code);
        if (known != null && !known.equals(e.breakdown())) {
          throw new IllegalArgumentException("two definitions of breakdown " + code + ": " + describe(known)
              + " and " + describe(e.breakdown()));
        }
        Category knownCategory = categories.getOrDefault(code, Map.of()).get(e.category().code());
        if (knownCategory != null && !knownCategory.equals(e.category())) {
          throw new IllegalArgumentException("two labels for category " + e.category().code() + " of breakdown "
              + code + ": " + knownCategory.label() + " and " + e.category().label());
        }
      }
    }

    private static String describe(Breakdown b) {
      return b.label() + b.englishLabel().map(e -> " / " + e).orElse("");
    }

    /**
     * Adds observations in order.
     *
     * @param more the observations, appended in iteration order
     * @return this builder
     * @throws NullPointerException if the collection or one of its observations is null; the
     *     observations before it have been added
     * @throws IllegalArgumentException if an observation's indicator differs from another under its
     *     code; the observations before it have been added
     */
    public Builder addAll(Collection<Observation> more) {
      more.forEach(this::add);
      return this;
    }

    /**
     * The dataset.
     *
     * @return an immutable dataset of what was added so far; the builder can go on being used
     */
    public Dataset build() {
      Map<String, List<Category>> cats = new LinkedHashMap<>();
      categories.forEach((code, byCode) -> cats.put(code, List.copyOf(byCode.values())));
      return new Dataset(List.copyOf(observations), Collections.unmodifiableMap(new LinkedHashMap<>(indicators)),
          Collections.unmodifiableMap(new LinkedHashMap<>(breakdowns)), Collections.unmodifiableMap(cats));
    }

    private static String describe(Indicator i) {
      return i.name() + " [" + i.unit() + ", " + i.kind() + i.sector().map(s -> ", " + s).orElse("") + "]";
    }
  }
}
