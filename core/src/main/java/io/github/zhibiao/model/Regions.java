package io.github.zhibiao.model;

import io.github.zhibiao.ZhibiaoException;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An immutable, thread-safe registry of {@link Region}s with lookups by code, by name and within a
 * parent, and the changes of codes since 2010.
 *
 * <p>{@link #builtIn()} holds, from a resource read once on first use:
 *
 * <ul>
 *   <li>the nation, {@link Region#CHINA} ({@code CN}, level {@link RegionLevel#NATION}), parent of
 *       the 34 provincial-level divisions;
 *   <li>every GB/T 2260 division in force in the Ministry of Civil Affairs' list of county-level
 *       and higher codes as of 31 December 2024: 34 provincial-level (with 台湾省 {@code 710000},
 *       香港特别行政区 {@code 810000} and 澳门特别行政区 {@code 820000}), 333 prefecture-level and
 *       2,846 county-level divisions. A prefecture's parent is its province; a county's parent is
 *       its prefecture, or the province for a county-level division directly under it (仙桃市
 *       {@code 429004}, the districts of 北京市);
 *   <li>the other ISO 3166-1 countries, level NATION, by alpha-2 code ({@code DE}), with their
 *       Chinese name (德国) as full and short name and their English short name; {@link #byCode}
 *       also takes alpha-3 ({@code DEU}) and numeric ({@code 276}) codes, and {@code HK}/{@code
 *       HKG}/{@code 344}, {@code MO}/{@code MAC}/{@code 446} and {@code TW}/{@code TWN}/{@code 158}
 *       give the divisions 810000, 820000 and 710000;
 *   <li>the codes retired, merged, split or renamed since 2010, each with its successors in force
 *       and the year ({@link #successor}, {@link #formerlyNamed}).
 * </ul>
 *
 * <p><b>Names.</b> Codes are unique within a registry; names are not: 朝阳区 is {@code 110105} in
 * 北京 and {@code 220104} in 长春. A lookup by name never guesses. {@link #candidates} returns every
 * region with a name, {@link #byName(String, Region)} narrows them to a parent, and {@link
 * #byName(String)} and {@link #require} throw an {@link AmbiguousRegionException} listing the
 * candidates when more than one region has the name. A region is found by its full name, its short
 * name and its English name.
 *
 * <p>{@link #with(Region...)} gives a new registry with a user's regions added.
 *
 * <p><b>Not stated.</b> Every registry finds {@link Region#NOT_STATED} by its code {@code _Z}
 * ({@link #byCode}, {@link #require}) and by its names 未注明 and {@code Not stated} ({@link
 * #candidates}, {@link #byName(String)}), without counting it among its regions: {@link #all()},
 * {@link #size()} and {@link #children} leave it out, and {@link #with(Region...)} refuses it.
 *
 * <p><b>Loading.</b> The built-in registry is read once, on the first {@link #builtIn()} (a holder
 * class), from a 100 KB resource: every region and the code map then. The name and children
 * indexes, the list ordered by code and the index of changes are built on the first call that needs
 * each. All of it is immutable once built; a race between threads on a first call builds an index
 * twice at worst, never a different one.
 */
public final class Regions {

  /** Orders regions by code; a class, not a lambda, to keep the first load cheap. */
  private static final class ByCode implements Comparator<Region> {
    @Override
    public int compare(Region a, Region b) {
      return a.code().compareTo(b.code());
    }
  }

  private static final Comparator<Region> BY_CODE = new ByCode();

  /** The code of {@link Region#NOT_STATED}. */
  static final String NOT_STATED_CODE = "_Z";

  /** The built-in registry, read when first asked for (the holder-class idiom). */
  private static final class BuiltIn {
    static final Regions INSTANCE = fromData(BuiltInRegions.load());
  }

  private final Map<String, Region> byCode;
  private final Map<String, String> aliases;
  /** Every region in the order added: parents before children. */
  private final List<Region> inOrder;
  private final BuiltInRegions.Data rawChanges; // the resource's data, for its change section
  /** Names and children, indexed on the first lookup that needs them. */
  private volatile Index index;
  /** {@link #inOrder} ordered by code, on first use. */
  private volatile List<Region> all;
  /** The changes by old code and by old name, built from {@link #rawChanges} on first use. */
  private volatile Changes changes;

  /** The index of the changes: by old code (the latest change) and by old full name. */
  private static final class Changes {
    final Map<String, RegionChange> byCode;
    final Map<String, List<RegionChange>> byName;

    Changes(Map<String, RegionChange> byCode, Map<String, List<RegionChange>> byName) {
      this.byCode = byCode;
      this.byName = byName;
    }
  }

  /**
   * Names and children. A value is a Region, or an unmodifiable List of two or more ordered by
   * code: most names and many parents have one region.
   */
  private static final class Index {
    final Map<String, Object> byName;
    final Map<String, Object> children;

    Index(Map<String, Object> byName, Map<String, Object> children) {
      this.byName = byName;
      this.children = children;
    }
  }

  private Regions(Map<String, Region> byCode, Map<String, String> aliases, List<Region> inOrder,
      BuiltInRegions.Data rawChanges) {
    this.byCode = byCode;
    this.aliases = aliases;
    this.inOrder = inOrder;
    this.rawChanges = rawChanges;
  }

  static Regions fromData(BuiltInRegions.Data data) {
    Regions empty = new Regions(Map.of(), Collections.unmodifiableMap(data.aliases), List.of(), data);
    return empty.add(data.regions);
  }

  private Index index() {
    Index i = index;
    if (i == null) {
      i = buildIndex();
      index = i;
    }
    return i;
  }

  private Index buildIndex() {
    Map<String, Object> names = new HashMap<>(inOrder.size() * 3);
    Map<String, Object> kids = new HashMap<>(inOrder.size() / 4 + 16);
    List<String> multiNames = new ArrayList<>();
    List<String> multiKids = new ArrayList<>();
    for (Region r : inOrder) {
      Region parent = r.parentOrNull();
      if (parent != null) {
        addTo(kids, multiKids, parent.code(), r);
      }
      addTo(names, multiNames, r.name(), r);
      if (!r.shortName().equals(r.name())) {
        addTo(names, multiNames, r.shortName(), r);
      }
      String english = r.englishOrNull();
      if (english != null && !english.equals(r.name()) && !english.equals(r.shortName())) {
        addTo(names, multiNames, english, r);
      }
    }
    freeze(names, multiNames);
    freeze(kids, multiKids);
    return new Index(names, kids);
  }

  /** The changes, indexed on first use (most users never ask). */
  private Changes changes() {
    Changes c = changes;
    if (c == null) {
      c = indexChanges();
      changes = c;
    }
    return c;
  }

  private Changes indexChanges() {
    List<String[]> lines = BuiltInRegions.changes(rawChanges);
    Map<String, RegionChange> byOldCode = new HashMap<>(lines.size() * 2);
    Map<String, List<RegionChange>> byOldName = new HashMap<>(lines.size() * 2);
    for (String[] f : lines) {
      List<Region> successors = new ArrayList<>(2);
      for (String code : f[3].split(",")) {
        Region s = byCode.get(code);
        if (s == null) {
          throw new IllegalStateException(
              BuiltInRegions.RESOURCE + ": the successor " + code + " of " + f[0] + " is not in force");
        }
        successors.add(s);
      }
      RegionChange change = new RegionChange(f[0], f[1], successors, Integer.parseInt(f[2]));
      RegionChange before = byOldCode.get(f[0]);
      if (before == null || before.year() < change.year()) {
        byOldCode.put(f[0], change);
      }
      List<RegionChange> same = byOldName.get(f[1]);
      if (same == null) {
        byOldName.put(f[1], List.of(change));
      } else {
        List<RegionChange> more = new ArrayList<>(same);
        more.add(change);
        byOldName.put(f[1], List.copyOf(more));
      }
    }
    return new Changes(Map.copyOf(byOldCode), Map.copyOf(byOldName));
  }

  /**
   * The built-in registry described in the class documentation, read from a resource of
   * zhibiao-core on the first call.
   *
   * @return the built-in registry, always the same instance
   */
  public static Regions builtIn() {
    return BuiltIn.INSTANCE;
  }

  /**
   * The region with a code.
   *
   * @param code the code, such as {@code 150400}; for a country also its ISO 3166-1 alpha-3 or
   *     numeric code ({@code DEU}, {@code 276})
   * @return the region, or empty if none has this code; {@link Region#NOT_STATED} for {@code _Z}
   * @throws NullPointerException if {@code code} is null
   */
  public Optional<Region> byCode(String code) {
    Objects.requireNonNull(code, "code");
    if (code.equals(NOT_STATED_CODE)) {
      return Optional.of(Region.NOT_STATED);
    }
    Region r = byCode.get(code);
    if (r == null) {
      String alias = aliases.get(code);
      if (alias != null) {
        r = byCode.get(alias);
      }
    }
    return Optional.ofNullable(r);
  }

  /**
   * Every region with a full name (朝阳区), short name (朝阳) or English name (Germany).
   *
   * @param name the name, matched exactly
   * @return the regions with this name, ordered by code; empty if none has it. 未注明 and {@code
   *     Not stated} give {@link Region#NOT_STATED}, listed first, besides any user region of
   *     that name
   * @throws NullPointerException if {@code name} is null
   */
  public List<Region> candidates(String name) {
    Objects.requireNonNull(name, "name");
    List<Region> found = list(index().byName.get(name));
    if (name.equals(Region.NOT_STATED.name()) || Region.NOT_STATED.englishOrNull().equals(name)) {
      List<Region> with = new ArrayList<>(found.size() + 1);
      with.add(Region.NOT_STATED);
      with.addAll(found);
      return Collections.unmodifiableList(with);
    }
    return found;
  }

  /**
   * The region with a full, short or English name, when exactly one region has it.
   *
   * @param name the name, matched exactly: 赤峰市, 赤峰, 内蒙古
   * @return the region, or empty if none has this name
   * @throws NullPointerException if {@code name} is null
   * @throws AmbiguousRegionException listing the candidates if several regions have the name
   *     (朝阳区)
   */
  public Optional<Region> byName(String name) {
    List<Region> found = candidates(name);
    if (found.size() > 1) {
      throw new AmbiguousRegionException(name, found);
    }
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  /**
   * The region with a name that lies within {@code within}: 朝阳区 within 北京市 is {@code 110105},
   * within 吉林省 {@code 220104}.
   *
   * @param name the full, short or English name, matched exactly
   * @param within the region to look in; the region itself counts as within
   * @return the only candidate within {@code within}, or empty if none lies there
   * @throws NullPointerException if an argument is null
   * @throws AmbiguousRegionException listing them if several candidates lie within it
   */
  public Optional<Region> byName(String name, Region within) {
    Objects.requireNonNull(within, "within");
    List<Region> inside = new ArrayList<>(2);
    for (Region r : candidates(name)) {
      if (r.isWithin(within)) {
        inside.add(r);
      }
    }
    if (inside.size() > 1) {
      throw new AmbiguousRegionException(name, inside);
    }
    return inside.isEmpty() ? Optional.empty() : Optional.of(inside.get(0));
  }

  /**
   * The region with a code or, failing that, the only region with a full, short or English name.
   *
   * @param codeOrName a code such as {@code 150400} or a name such as 赤峰市 or 赤峰
   * @return the region
   * @throws NullPointerException if {@code codeOrName} is null
   * @throws AmbiguousRegionException listing every candidate if several regions have the name
   * @throws ZhibiaoException if no region in this registry has this code or name
   */
  public Region require(String codeOrName) {
    Objects.requireNonNull(codeOrName, "codeOrName");
    Optional<Region> r = byCode(codeOrName);
    if (r.isEmpty()) {
      r = byName(codeOrName);
    }
    return r.orElseThrow(() -> new ZhibiaoException(
        "unknown region '"
            + codeOrName
            + "': expected a GB/T 2260 code or a name in the registry"));
  }

  /**
   * What became of a code that changed since 2010: 崇文区 {@code 110103} → 东城区 (2010), 巢湖市
   * {@code 341400} → 合肥市, 芜湖市, 马鞍山市 (2011), 襄樊市 {@code 420600} → 襄阳市 (2010, a rename
   * under the same code). A reader may keep the old code; this tells the region it now belongs to.
   *
   * @param oldCode the old six-digit code
   * @return the latest change of that code, with its successors in force and the year; empty for
   *     a code that did not change since 2010
   * @throws NullPointerException if {@code oldCode} is null
   */
  public Optional<RegionChange> successor(String oldCode) {
    Objects.requireNonNull(oldCode, "oldCode");
    return Optional.ofNullable(changes().byCode.get(oldCode));
  }

  /**
   * The changes since 2010 of the divisions that had a full name: 襄樊市 → 襄阳市 (2010).
   *
   * @param oldName the full name before the change
   * @return the changes of every division that had that name, ordered by old code; empty if none
   * @throws NullPointerException if {@code oldName} is null
   */
  public List<RegionChange> formerlyNamed(String oldName) {
    Objects.requireNonNull(oldName, "oldName");
    return changes().byName.getOrDefault(oldName, List.of());
  }

  /**
   * The regions of this registry whose parent is {@code region}, ordered by code.
   *
   * @param region the parent region
   * @return the children, empty for a region without children or not in this registry
   * @throws NullPointerException if {@code region} is null
   */
  public List<Region> children(Region region) {
    Objects.requireNonNull(region, "region");
    if (!region.equals(byCode.get(region.code()))) {
      return List.of();
    }
    return list(index().children.get(region.code()));
  }

  /**
   * All regions of this registry, ordered by code.
   *
   * @return the regions
   */
  public List<Region> all() {
    List<Region> a = all;
    if (a == null) {
      List<Region> sorted = new ArrayList<>(inOrder);
      sortIfNeeded(sorted);
      a = Collections.unmodifiableList(sorted);
      all = a;
    }
    return a;
  }

  /**
   * The number of regions in this registry.
   *
   * @return the size
   */
  public int size() {
    return byCode.size();
  }

  /**
   * A new registry with this one's regions and {@code regions}, added in the order given (so a
   * region may have as parent one added before it in the same call). This registry is unchanged.
   * A name may repeat one already in the registry; lookups by that name then find both.
   *
   * @param regions the regions to add
   * @return the new registry
   * @throws NullPointerException if {@code regions} or one of them is null
   * @throws IllegalArgumentException if a region's code is already in the registry (or is another
   *     code of a built-in region, such as {@code DEU}), it has a parent that is not in the
   *     registry, or it is {@link Region#NOT_STATED}, which every registry already has
   */
  public Regions with(Region... regions) {
    Objects.requireNonNull(regions, "regions");
    List<Region> list = new ArrayList<>(regions.length);
    for (int i = 0; i < regions.length; i++) {
      list.add(Objects.requireNonNull(regions[i], "regions[" + i + "]"));
    }
    return add(list);
  }

  /** A value of the name or children index as a list. */
  @SuppressWarnings("unchecked")
  private static List<Region> list(Object value) {
    if (value == null) {
      return List.of();
    }
    return value instanceof Region ? List.of((Region) value) : (List<Region>) value;
  }

  private Regions add(List<Region> regions) {
    Map<String, Region> codes = new HashMap<>((byCode.size() + regions.size()) * 4 / 3 + 16);
    codes.putAll(byCode);
    for (Region r : regions) {
      if (!r.isStated()) {
        throw new IllegalArgumentException("region '" + r.code() + "' (" + r.name()
            + ") is Region.NOT_STATED, which every registry finds by its code; do not add it");
      }
      Region known = codes.put(r.code(), r);
      if (known == null && aliases.containsKey(r.code())) {
        known = codes.get(aliases.get(r.code()));
      }
      if (known != null) {
        throw new IllegalArgumentException(
            "region code '" + r.code() + "' (" + r.name() + ") is already in the registry as "
                + known.name());
      }
      Region parent = r.parentOrNull();
      if (parent != null && parent != codes.get(parent.code()) && !parent.equals(codes.get(parent.code()))) {
        throw new IllegalArgumentException(
            "parent '"
                + parent.code()
                + "' ("
                + parent.name()
                + ") of region '"
                + r.code()
                + "' is not in the registry: add the parent first");
      }
    }
    List<Region> order = new ArrayList<>(inOrder.size() + regions.size());
    order.addAll(inOrder);
    order.addAll(regions);
    return new Regions(Collections.unmodifiableMap(codes), aliases, Collections.unmodifiableList(order),
        rawChanges);
  }

  /**
   * Adds {@code r} under {@code key}: one {@code putIfAbsent} for the usual key of one region; a
   * second region makes the value a growing ArrayList of this call (a shared list is copied).
   */
  @SuppressWarnings("unchecked")
  private static void addTo(Map<String, Object> map, List<String> multi, String key, Region r) {
    Object before = map.putIfAbsent(key, r);
    if (before == null) {
      return;
    }
    ArrayList<Region> list;
    if (before instanceof ArrayList) {
      list = (ArrayList<Region>) before; // made by this call
    } else {
      list = new ArrayList<>(4);
      if (before instanceof Region) {
        list.add((Region) before);
      } else {
        list.addAll((List<Region>) before);
      }
      map.put(key, list);
      multi.add(key);
    }
    list.add(r);
  }

  /** Sorts by code unless already sorted, as the built-in resource and most additions are. */
  private static void sortIfNeeded(List<Region> list) {
    for (int i = 1; i < list.size(); i++) {
      if (list.get(i - 1).code().compareTo(list.get(i).code()) > 0) {
        list.sort(BY_CODE);
        return;
      }
    }
  }

  /** Orders the lists this call made by code and makes them unmodifiable. */
  @SuppressWarnings("unchecked")
  private static void freeze(Map<String, Object> map, List<String> multi) {
    for (String key : multi) {
      ArrayList<Region> list = (ArrayList<Region>) map.get(key);
      sortIfNeeded(list);
      list.trimToSize();
      map.put(key, Collections.unmodifiableList(list));
    }
  }
}
