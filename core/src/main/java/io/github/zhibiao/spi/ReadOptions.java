package io.github.zhibiao.spi;

import io.github.zhibiao.model.Region;
import io.github.zhibiao.model.Regions;
import io.github.zhibiao.unit.QuantityFormatException;
import io.github.zhibiao.unit.Unit;
import io.github.zhibiao.unit.UnitCatalog;
import io.github.zhibiao.unit.UnitPolicy;
import java.nio.charset.Charset;
import java.util.Objects;
import java.util.Optional;

/**
 * How to read: fail fast (the default) or leniently, the character set (detected when not
 * given), the field delimiter for delimited text (detected when not given), the region
 * registry that resolves region codes and names, and the {@link RegionPolicy} for codes it does
 * not know, and the unit catalog and unit policy that read unit labels. Immutable; {@code with*}
 * returns a copy.
 *
 * <p><b>Units.</b> Every reader reads unit labels with {@link #units()} (the built-in catalog
 * unless you give your own) under a {@link UnitPolicy}: {@link UnitPolicy#STRICT} refuses a label
 * the catalog does not know, {@link UnitPolicy#OPEN} keeps it as an opaque unit and counts it in
 * {@link ReadReport#opaqueUnits()}. Unless set here, each reader applies its own documented
 * default (strict for CSV and native JSON, open for JSON-stat as offices publish it).
 */
public final class ReadOptions {
  private static final ReadOptions DEFAULTS = new ReadOptions(false, null, '\0', null, 1000, null, RegionPolicy.OPEN,
      UnitCatalog.builtIn(), null);

  private final boolean lenient;
  private final Charset charset; // null: detect
  private final char delimiter; // 0: detect
  private final Regions regions; // null: Regions.builtIn(), read when first asked for
  private final int maxProblems;
  private final Region defaultRegion; // nullable
  private final RegionPolicy regionPolicy;
  private final UnitCatalog units;
  private final UnitPolicy unitPolicy; // null: the reader's default

  private ReadOptions(boolean lenient, Charset charset, char delimiter, Regions regions, int maxProblems,
      Region defaultRegion, RegionPolicy regionPolicy, UnitCatalog units, UnitPolicy unitPolicy) {
    this.units = units;
    this.unitPolicy = unitPolicy;
    this.lenient = lenient;
    this.charset = charset;
    this.delimiter = delimiter;
    this.regions = regions;
    this.maxProblems = maxProblems;
    this.defaultRegion = defaultRegion;
    this.regionPolicy = regionPolicy;
  }

  /**
   * Fail fast, detect charset and delimiter, built-in regions with the {@link RegionPolicy#OPEN}
   * policy, keep up to 1000 problems.
   *
   * @return the shared default options, without a default region
   */
  public static ReadOptions defaults() {
    return DEFAULTS;
  }

  /**
   * These options in lenient mode: bad records are skipped and reported as problems.
   *
   * @return a copy of these options in lenient mode, the other settings unchanged
   */
  public ReadOptions lenient() {
    return new ReadOptions(true, charset, delimiter, regions, maxProblems, defaultRegion, regionPolicy, units, unitPolicy);
  }

  /**
   * These options in fail-fast mode.
   *
   * @return a copy of these options that throws a {@link DatasetReadException} at the first bad
   *     record, the other settings unchanged
   */
  public ReadOptions failFast() {
    return new ReadOptions(false, charset, delimiter, regions, maxProblems, defaultRegion, regionPolicy, units, unitPolicy);
  }

  /**
   * These options with a fixed character set instead of detection.
   *
   * @param newCharset the character set of the input, e.g. GB18030 for an old Excel export; not
   *     null
   * @return a copy of these options with that character set
   * @throws NullPointerException if {@code newCharset} is null
   */
  public ReadOptions withCharset(Charset newCharset) {
    return new ReadOptions(lenient, Objects.requireNonNull(newCharset, "charset"), delimiter, regions, maxProblems, defaultRegion, regionPolicy, units, unitPolicy);
  }

  /**
   * These options with a fixed field delimiter (',' ';' or tab) instead of detection.
   *
   * @param newDelimiter the delimiter: ',', ';' or '\t'
   * @return a copy of these options with that delimiter
   * @throws IllegalArgumentException for another character
   */
  public ReadOptions withDelimiter(char newDelimiter) {
    if (newDelimiter != ',' && newDelimiter != ';' && newDelimiter != '\t') {
      throw new IllegalArgumentException("delimiter '" + newDelimiter + "' must be ',', ';' or a tab");
    }
    return new ReadOptions(lenient, charset, newDelimiter, regions, maxProblems, defaultRegion, regionPolicy, units, unitPolicy);
  }

  /**
   * These options resolving regions with {@code newRegions} (built-in plus your own).
   *
   * @param newRegions the registry that resolves region codes and names; not null
   * @return a copy of these options with that registry
   * @throws NullPointerException if {@code newRegions} is null
   */
  public ReadOptions withRegions(Regions newRegions) {
    return new ReadOptions(lenient, charset, delimiter, Objects.requireNonNull(newRegions, "regions"), maxProblems, defaultRegion, regionPolicy, units, unitPolicy);
  }

  /**
   * These options keeping at most {@code max} problems (counts stay exact).
   *
   * @param max how many problems a lenient read keeps, 0 or more; 0 keeps none
   * @return a copy of these options with that limit
   * @throws IllegalArgumentException if {@code max} is negative
   */
  public ReadOptions withMaxProblems(int max) {
    if (max < 0) {
      throw new IllegalArgumentException("maxProblems (" + max + ") must be >= 0");
    }
    return new ReadOptions(lenient, charset, delimiter, regions, max, defaultRegion, regionPolicy, units, unitPolicy);
  }

  /**
   * These options with a region for records that name none (a table without a region column).
   *
   * @param region the region such records belong to, e.g. 广西壮族自治区 for a table from its
   *     statistical communiqué; not null
   * @return a copy of these options with that default region
   * @throws NullPointerException if {@code region} is null
   */
  public ReadOptions withDefaultRegion(Region region) {
    return new ReadOptions(lenient, charset, delimiter, regions, maxProblems, Objects.requireNonNull(region, "region"), regionPolicy, units, unitPolicy);
  }

  /**
   * These options with a policy for region codes the registry does not know.
   *
   * @param policy {@link RegionPolicy#STRICT} to refuse unknown codes, {@link RegionPolicy#OPEN}
   *     (the default) to make a region of the document's code and label
   * @return a copy of these options with that policy
   * @throws NullPointerException if {@code policy} is null
   */
  public ReadOptions withRegionPolicy(RegionPolicy policy) {
    return new ReadOptions(lenient, charset, delimiter, regions, maxProblems, defaultRegion,
        Objects.requireNonNull(policy, "policy"), units, unitPolicy);
  }

  /**
   * The policy for region codes the registry does not know.
   *
   * @return the policy, {@link RegionPolicy#OPEN} by default
   */
  public RegionPolicy regionPolicy() {
    return regionPolicy;
  }

  /**
   * These options reading unit labels with {@code newUnits}: the built-in catalog with your own
   * units and aliases ({@link UnitCatalog#with}).
   *
   * @param newUnits the catalog; not null
   * @return a copy of these options with that catalog
   * @throws NullPointerException if {@code newUnits} is null
   */
  public ReadOptions withUnits(UnitCatalog newUnits) {
    return new ReadOptions(lenient, charset, delimiter, regions, maxProblems, defaultRegion, regionPolicy,
        Objects.requireNonNull(newUnits, "units"), unitPolicy);
  }

  /**
   * These options with a unit policy for every reader, instead of each reader's default.
   *
   * @param newPolicy {@link UnitPolicy#STRICT} or {@link UnitPolicy#OPEN}; not null
   * @return a copy of these options with that policy
   * @throws NullPointerException if {@code newPolicy} is null
   */
  public ReadOptions withUnitPolicy(UnitPolicy newPolicy) {
    return new ReadOptions(lenient, charset, delimiter, regions, maxProblems, defaultRegion, regionPolicy, units,
        Objects.requireNonNull(newPolicy, "unitPolicy"));
  }

  /**
   * The unit catalog that readers read unit labels with.
   *
   * @return the catalog, {@link UnitCatalog#builtIn()} by default
   */
  public UnitCatalog units() {
    return units;
  }

  /**
   * The unit policy, if set.
   *
   * @return the policy, or an empty Optional when each reader applies its own default
   */
  public Optional<UnitPolicy> unitPolicy() {
    return Optional.ofNullable(unitPolicy);
  }

  /**
   * Reads a unit label with {@link #units()} under {@link #unitPolicy()}, or under {@code
   * readerDefault} when none is set: the one way every reader reads unit labels.
   *
   * @param text the label, such as 万吨 or {@code thousand persons}; not null
   * @param readerDefault the policy the calling reader documents as its default; not null
   * @return the unit; an opaque unit for an unknown label under the open policy
   * @throws NullPointerException if an argument is null
   * @throws QuantityFormatException if the label is blank (a reader decides what a missing unit
   *     means before it asks), too long, or unknown under the strict policy; the message names the
   *     label, the index and what was expected
   */
  public Unit unit(String text, UnitPolicy readerDefault) {
    Objects.requireNonNull(readerDefault, "readerDefault");
    return units.resolve(text, unitPolicy == null ? readerDefault : unitPolicy);
  }

  /**
   * The region for records that name none, if set.
   *
   * @return the default region, or an empty Optional when none was set
   */
  public Optional<Region> defaultRegion() {
    return Optional.ofNullable(defaultRegion);
  }

  /**
   * Whether bad records are skipped rather than thrown.
   *
   * @return true in lenient mode, false in fail-fast mode (the default)
   */
  public boolean isLenient() {
    return lenient;
  }

  /**
   * The fixed character set, if any.
   *
   * @return the character set, or an empty Optional when the reader detects it
   */
  public Optional<Charset> charset() {
    return Optional.ofNullable(charset);
  }

  /**
   * The fixed delimiter, if any.
   *
   * @return ',', ';' or '\t', or an empty Optional when the reader detects it
   */
  public Optional<Character> delimiter() {
    return delimiter == '\0' ? Optional.empty() : Optional.of(delimiter);
  }

  /**
   * The region registry.
   *
   * @return the registry, {@link Regions#builtIn()} by default
   */
  public Regions regions() {
    return regions == null ? Regions.builtIn() : regions;
  }

  /**
   * How many problems a lenient read keeps.
   *
   * @return the limit, 0 or more; 1000 by default
   */
  public int maxProblems() {
    return maxProblems;
  }
}
