package io.github.zhibiao.spi;

import io.github.zhibiao.model.Region;
import io.github.zhibiao.model.Regions;
import java.nio.charset.Charset;
import java.util.Objects;
import java.util.Optional;

/**
 * How to read: fail fast (the default) or leniently, the character set (detected when not
 * given), the field delimiter for delimited text (detected when not given), and the region
 * registry that resolves region codes and names. Immutable; {@code with*} returns a copy.
 */
public final class ReadOptions {
  private static final ReadOptions DEFAULTS = new ReadOptions(false, null, '\0', Regions.builtIn(), 1000, null);

  private final boolean lenient;
  private final Charset charset; // null: detect
  private final char delimiter; // 0: detect
  private final Regions regions;
  private final int maxProblems;
  private final Region defaultRegion; // nullable

  private ReadOptions(boolean lenient, Charset charset, char delimiter, Regions regions, int maxProblems,
      Region defaultRegion) {
    this.lenient = lenient;
    this.charset = charset;
    this.delimiter = delimiter;
    this.regions = regions;
    this.maxProblems = maxProblems;
    this.defaultRegion = defaultRegion;
  }

  /** Fail fast, detect charset and delimiter, built-in regions, keep up to 1000 problems. */
  public static ReadOptions defaults() {
    return DEFAULTS;
  }

  /** These options in lenient mode: bad records are skipped and reported as problems. */
  public ReadOptions lenient() {
    return new ReadOptions(true, charset, delimiter, regions, maxProblems, defaultRegion);
  }

  /** These options in fail-fast mode. */
  public ReadOptions failFast() {
    return new ReadOptions(false, charset, delimiter, regions, maxProblems, defaultRegion);
  }

  /** These options with a fixed character set instead of detection. */
  public ReadOptions withCharset(Charset newCharset) {
    return new ReadOptions(lenient, Objects.requireNonNull(newCharset, "charset"), delimiter, regions, maxProblems, defaultRegion);
  }

  /**
   * These options with a fixed field delimiter (',' ';' or tab) instead of detection.
   *
   * @throws IllegalArgumentException for another character
   */
  public ReadOptions withDelimiter(char newDelimiter) {
    if (newDelimiter != ',' && newDelimiter != ';' && newDelimiter != '\t') {
      throw new IllegalArgumentException("delimiter '" + newDelimiter + "' must be ',', ';' or a tab");
    }
    return new ReadOptions(lenient, charset, newDelimiter, regions, maxProblems, defaultRegion);
  }

  /** These options resolving regions with {@code newRegions} (built-in plus your own). */
  public ReadOptions withRegions(Regions newRegions) {
    return new ReadOptions(lenient, charset, delimiter, Objects.requireNonNull(newRegions, "regions"), maxProblems, defaultRegion);
  }

  /**
   * These options keeping at most {@code max} problems (counts stay exact).
   *
   * @throws IllegalArgumentException if {@code max} is negative
   */
  public ReadOptions withMaxProblems(int max) {
    if (max < 0) {
      throw new IllegalArgumentException("maxProblems (" + max + ") must be >= 0");
    }
    return new ReadOptions(lenient, charset, delimiter, regions, max, defaultRegion);
  }

  /**
   * These options with a region for records that name none (a table without a region column).
   */
  public ReadOptions withDefaultRegion(Region region) {
    return new ReadOptions(lenient, charset, delimiter, regions, maxProblems, Objects.requireNonNull(region, "region"));
  }

  /** The region for records that name none, if set. */
  public Optional<Region> defaultRegion() {
    return Optional.ofNullable(defaultRegion);
  }

  /** Whether bad records are skipped rather than thrown. */
  public boolean isLenient() {
    return lenient;
  }

  /** The fixed character set, if any. */
  public Optional<Charset> charset() {
    return Optional.ofNullable(charset);
  }

  /** The fixed delimiter, if any. */
  public Optional<Character> delimiter() {
    return delimiter == '\0' ? Optional.empty() : Optional.of(delimiter);
  }

  /** The region registry. */
  public Regions regions() {
    return regions;
  }

  /** How many problems a lenient read keeps. */
  public int maxProblems() {
    return maxProblems;
  }
}
