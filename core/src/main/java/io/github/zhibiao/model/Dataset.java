package io.github.zhibiao.model;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * An immutable collection of observations and the indicators they use, with lookups by
 * indicator, region and period.
 *
 * <p>A dataset keeps every observation it is given, in order, including two different values for
 * the same indicator, region and period: finding such conflicts is the job of
 * {@code io.github.zhibiao.calc.Consistency}, not of the container. Two different indicator
 * definitions under one code are refused.
 */
public final class Dataset implements Serializable {
  private static final long serialVersionUID = 1L;

  private final List<Observation> observations;
  private final Map<String, Indicator> indicators;
  private final Map<String, List<Observation>> byIndicator;

  private Dataset(List<Observation> observations, Map<String, Indicator> indicators) {
    this.observations = observations;
    this.indicators = indicators;
    Map<String, List<Observation>> index = new LinkedHashMap<>();
    for (Observation o : observations) {
      index.computeIfAbsent(o.indicator().code(), k -> new ArrayList<>()).add(o);
    }
    index.replaceAll((k, v) -> Collections.unmodifiableList(v));
    this.byIndicator = Collections.unmodifiableMap(index);
  }

  /** The empty dataset. */
  public static Dataset empty() {
    return of(List.of());
  }

  /**
   * A dataset of these observations; the indicators are the observations' own.
   *
   * @throws IllegalArgumentException if two observations carry different indicators under one code
   */
  public static Dataset of(Collection<Observation> observations) {
    return builder().addAll(observations).build();
  }

  /** A builder that takes indicators and observations in any order. */
  public static Builder builder() {
    return new Builder();
  }

  /** Every observation, in the order given. */
  public List<Observation> observations() {
    return observations;
  }

  /** The indicators by code, in order of first appearance. */
  public Map<String, Indicator> indicators() {
    return indicators;
  }

  /** The indicator with this code, if any. */
  public Optional<Indicator> indicator(String code) {
    return Optional.ofNullable(indicators.get(code));
  }

  /** The observations of one indicator, in order; empty if there are none. */
  public List<Observation> byIndicator(String code) {
    return byIndicator.getOrDefault(code, List.of());
  }

  /** The observations for one region, in order. */
  public List<Observation> byRegion(Region region) {
    return observations.stream().filter(o -> o.region().equals(region)).collect(Collectors.toUnmodifiableList());
  }

  /** The observations for one period, in order. */
  public List<Observation> byPeriod(Period period) {
    return observations.stream().filter(o -> o.period().equals(period)).collect(Collectors.toUnmodifiableList());
  }

  /** The observations of one indicator, region and period: usually one, more when the data conflict. */
  public List<Observation> find(String indicatorCode, Region region, Period period) {
    return byIndicator(indicatorCode).stream()
        .filter(o -> o.region().equals(region) && o.period().equals(period))
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * The series of one indicator in one region, ordered by period.
   *
   * @throws IllegalArgumentException if two observations share a period
   */
  public Series series(String indicatorCode, Region region) {
    List<Observation> list = byIndicator(indicatorCode).stream()
        .filter(o -> o.region().equals(region)).collect(Collectors.toList());
    Indicator indicator = indicator(indicatorCode).orElseThrow(
        () -> new IllegalArgumentException("no indicator '" + indicatorCode + "' in the dataset"));
    return Series.of(indicator, region, list);
  }

  /** The number of observations. */
  public int size() {
    return observations.size();
  }

  /** Whether there are no observations. */
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

    private Builder() {}

    /**
     * Adds an indicator definition (one without observations is kept too).
     *
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

    /** Adds an observation and its indicator. */
    public Builder add(Observation observation) {
      Objects.requireNonNull(observation, "observation");
      addIndicator(observation.indicator());
      observations.add(observation);
      return this;
    }

    /** Adds observations in order. */
    public Builder addAll(Collection<Observation> more) {
      more.forEach(this::add);
      return this;
    }

    /** The dataset. */
    public Dataset build() {
      return new Dataset(List.copyOf(observations), Collections.unmodifiableMap(new LinkedHashMap<>(indicators)));
    }

    private static String describe(Indicator i) {
      return i.name() + " [" + i.unit() + ", " + i.kind() + i.sector().map(s -> ", " + s).orElse("") + "]";
    }
  }
}
