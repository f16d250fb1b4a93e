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
import java.util.Set;

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
 *
 * <p><b>Dimension roles.</b> A cube format (JSON-stat) tells which of its dimensions holds the
 * indicators ({@code metric}), the regions ({@code geo}) and the periods ({@code time}) by a role,
 * or a reader guesses it from conventional ids ({@code unit}, {@code geo}, {@code TIME_PERIOD} …).
 * {@link #withDimensionRole} names the dimension yourself when a file has neither.
 */
public final class ReadOptions {
  private static final ReadOptions DEFAULTS = new ReadOptions(new Settings());

  /** The settings; copied for every {@code with*}, never changed once an instance holds them. */
  private static final class Settings implements Cloneable {
    boolean lenient;
    Charset charset; // null: detect
    char delimiter; // 0: detect
    Regions regions; // null: Regions.builtIn(), read when first asked for
    int maxProblems = 1000;
    Region defaultRegion; // nullable
    RegionPolicy regionPolicy = RegionPolicy.OPEN;
    UnitCatalog units = UnitCatalog.builtIn();
    UnitPolicy unitPolicy; // null: the reader's default
    Set<String> changeReferences = Set.of();
    boolean anyChangeReference;
    java.util.Map<String, String> dimensionRoles = java.util.Map.of(); // role -> dimension id

    Settings copy() {
      try {
        return (Settings) clone();
      } catch (CloneNotSupportedException e) {
        throw new AssertionError(e);
      }
    }
  }

  private final Settings s;

  private ReadOptions(Settings settings) {
    this.s = settings;
  }

  private ReadOptions with(java.util.function.Consumer<Settings> change) {
    Settings copy = s.copy();
    change.accept(copy);
    return new ReadOptions(copy);
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

  /** The roles a cube's dimension can have: indicators, regions, periods. */
  private static final Set<String> ROLES = Set.of("metric", "geo", "time");

  /**
   * These options with the dimension of a role named, for cube formats such as JSON-stat: it
   * takes precedence over the file's {@code role} and over the reader's guess from conventional
   * ids. A dimension id that the file does not have is an error of the read.
   *
   * @param role {@code metric} (the indicators), {@code geo} (the regions) or {@code time} (the
   *     periods)
   * @param dimension the id of the dimension with that role, as the file writes it
   *     ({@code Tiempo}, {@code TIME_PERIOD}); not blank
   * @return a copy of these options with that role given
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the role is not one of the three, or the id is blank
   */
  public ReadOptions withDimensionRole(String role, String dimension) {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(dimension, "dimension");
    if (!ROLES.contains(role)) {
      throw new IllegalArgumentException("role '" + role + "' must be metric, geo or time");
    }
    if (dimension.isBlank()) {
      throw new IllegalArgumentException("the dimension of role " + role + " must not be blank");
    }
    return with(c -> {
      java.util.Map<String, String> roles = new java.util.HashMap<>(c.dimensionRoles);
      roles.put(role, dimension);
      c.dimensionRoles = java.util.Map.copyOf(roles);
    });
  }

  /**
   * The dimension given for a role with {@link #withDimensionRole}.
   *
   * @param role {@code metric}, {@code geo} or {@code time}; not null
   * @return the dimension id, or empty when the reader is to take the file's role or guess
   * @throws NullPointerException if {@code role} is null
   */
  public Optional<String> dimensionRole(String role) {
    Objects.requireNonNull(role, "role");
    return Optional.ofNullable(s.dimensionRoles.get(role));
  }

  /**
   * These options in lenient mode: bad records are skipped and reported as problems.
   *
   * @return a copy of these options in lenient mode, the other settings unchanged
   */
  public ReadOptions lenient() {
    return with(c -> c.lenient = true);
  }

  /**
   * These options in fail-fast mode.
   *
   * @return a copy of these options that throws a {@link DatasetReadException} at the first bad
   *     record, the other settings unchanged
   */
  public ReadOptions failFast() {
    return with(c -> c.lenient = false);
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
    Objects.requireNonNull(newCharset, "charset");
    return with(c -> c.charset = newCharset);
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
    return with(c -> c.delimiter = newDelimiter);
  }

  /**
   * These options resolving regions with {@code newRegions} (built-in plus your own).
   *
   * @param newRegions the registry that resolves region codes and names; not null
   * @return a copy of these options with that registry
   * @throws NullPointerException if {@code newRegions} is null
   */
  public ReadOptions withRegions(Regions newRegions) {
    Objects.requireNonNull(newRegions, "regions");
    return with(c -> c.regions = newRegions);
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
    return with(c -> c.maxProblems = max);
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
    Objects.requireNonNull(region, "region");
    return with(c -> c.defaultRegion = region);
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
    Objects.requireNonNull(policy, "policy");
    return with(c -> c.regionPolicy = policy);
  }

  /**
   * The policy for region codes the registry does not know.
   *
   * @return the policy, {@link RegionPolicy#OPEN} by default
   */
  public RegionPolicy regionPolicy() {
    return s.regionPolicy;
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
    Objects.requireNonNull(newUnits, "units");
    return with(c -> c.units = newUnits);
  }

  /**
   * These options with a unit policy for every reader, instead of each reader's default.
   *
   * @param newPolicy {@link UnitPolicy#STRICT} or {@link UnitPolicy#OPEN}; not null
   * @return a copy of these options with that policy
   * @throws NullPointerException if {@code newPolicy} is null
   */
  public ReadOptions withUnitPolicy(UnitPolicy newPolicy) {
    Objects.requireNonNull(newPolicy, "unitPolicy");
    return with(c -> c.unitPolicy = newPolicy);
  }

  /**
   * The unit catalog that readers read unit labels with.
   *
   * @return the catalog, {@link UnitCatalog#builtIn()} by default
   */
  public UnitCatalog units() {
    return s.units;
  }

  /**
   * The unit policy, if set.
   *
   * @return the policy, or an empty Optional when each reader applies its own default
   */
  public Optional<UnitPolicy> unitPolicy() {
    return Optional.ofNullable(s.unitPolicy);
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
    return s.units.resolve(text, s.unitPolicy == null ? readerDefault : s.unitPolicy);
  }

  /**
   * The region for records that name none, if set.
   *
   * @return the default region, or an empty Optional when none was set
   */
  public Optional<Region> defaultRegion() {
    return Optional.ofNullable(s.defaultRegion);
  }

  /**
   * Whether bad records are skipped rather than thrown.
   *
   * @return true in lenient mode, false in fail-fast mode (the default)
   */
  public boolean isLenient() {
    return s.lenient;
  }

  /**
   * The fixed character set, if any.
   *
   * @return the character set, or an empty Optional when the reader detects it
   */
  public Optional<Charset> charset() {
    return Optional.ofNullable(s.charset);
  }

  /**
   * The fixed delimiter, if any.
   *
   * @return ',', ';' or '\t', or an empty Optional when the reader detects it
   */
  public Optional<Character> delimiter() {
    return s.delimiter == '\0' ? Optional.empty() : Optional.of(s.delimiter);
  }

  /**
   * The region registry.
   *
   * @return the registry, {@link Regions#builtIn()} by default
   */
  public Regions regions() {
    return s.regions == null ? Regions.builtIn() : s.regions;
  }

  /**
   * How many problems a lenient read keeps.
   *
   * @return the limit, 0 or more; 1000 by default
   */
  public int maxProblems() {
    return s.maxProblems;
  }

  /**
   * These options accepting, besides the change bases {@link io.github.zhibiao.model.Change}
   * knows and the references its vocabulary recognises, these named references (an office's own
   * 考核基数, say).
   *
   * @param references reference names, compared after stripping white space; not null, none blank
   * @return a copy of these options that also accepts these references
   * @throws NullPointerException if the array or an element is null
   * @throws IllegalArgumentException if a name is blank
   */
  public ReadOptions withChangeReferences(String... references) {
    java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>(s.changeReferences);
    for (String r : references) {
      Objects.requireNonNull(r, "reference");
      if (r.isBlank()) {
        throw new IllegalArgumentException("a change reference must not be blank");
      }
      all.add(r.strip());
    }
    Set<String> kept = Set.copyOf(all);
    return with(c -> c.changeReferences = kept);
  }

  /**
   * These options accepting any non-blank change basis as a named reference, as zhibiao 0.1 did.
   * A misspelt basis ({@code YEAR_ON_YAER}) then reads as a reference, so prefer
   * {@link #withChangeReferences}.
   *
   * @return a copy of these options that accepts any reference
   */
  public ReadOptions withAnyChangeReference() {
    return with(c -> c.anyChangeReference = true);
  }

  /**
   * Whether a change basis that names no known basis may stand as a named reference: it is one of
   * {@link #withChangeReferences}, any reference is allowed, or the vocabulary of {@code Change}
   * recognises it as a reference (近5年平均, 考核要求, 全国平均, 2019年).
   *
   * @param reference the basis text, stripped; not null
   * @return true if a reader may take it as a named reference
   */
  public boolean allowsChangeReference(String reference) {
    return s.anyChangeReference || s.changeReferences.contains(reference.strip())
        || io.github.zhibiao.model.Change.isReferenceName(reference);
  }
}
