package io.github.zhibiao.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An immutable, thread-safe registry of {@link Region}s with lookups by code and name.
 *
 * <p>{@link #builtIn()} holds the 31 provincial-level divisions, Inner Mongolia's 12
 * prefecture-level divisions and Chifeng's 12 county-level divisions, with their GB/T 2260 codes.
 * The nation is not included. {@link #with(Region...)} gives a new registry with a user's regions
 * added.
 *
 * <p>Within a registry codes are unique, and so are names: no full or short name belongs to two
 * regions, so that {@link #byName} is never ambiguous.
 */
public final class Regions {

  private static final Regions BUILT_IN = new Regions(Map.of(), Map.of()).add(BuiltInRegions.load());

  private final Map<String, Region> byCode;
  private final Map<String, Region> byName;

  private Regions(Map<String, Region> byCode, Map<String, Region> byName) {
    this.byCode = byCode;
    this.byName = byName;
  }

  /**
   * The built-in registry: the 31 provincial-level divisions (110000 北京市 … 650000
   * 新疆维吾尔自治区), Inner Mongolia's 12 prefecture-level divisions (150100 呼和浩特市 … 152900
   * 阿拉善盟) and Chifeng's 12 county-level divisions (150402 红山区 … 150430 敖汉旗).
   *
   * @return the built-in registry, always the same instance
   */
  public static Regions builtIn() {
    return BUILT_IN;
  }

  /**
   * The region with a code.
   *
   * @param code the code, such as {@code 150400}
   * @return the region, or empty if none has this code
   * @throws NullPointerException if {@code code} is null
   */
  public Optional<Region> byCode(String code) {
    Objects.requireNonNull(code, "code");
    return Optional.ofNullable(byCode.get(code));
  }

  /**
   * The region with a full name (赤峰市) or short name (赤峰).
   *
   * @param name the name, matched exactly
   * @return the region, or empty if none has this name
   * @throws NullPointerException if {@code name} is null
   */
  public Optional<Region> byName(String name) {
    Objects.requireNonNull(name, "name");
    return Optional.ofNullable(byName.get(name));
  }

  /**
   * The region with a code or, failing that, a full or short name.
   *
   * @param codeOrName a code such as {@code 150400} or a name such as 赤峰市 or 赤峰
   * @return the region
   * @throws NullPointerException if {@code codeOrName} is null
   * @throws IllegalArgumentException if no region in this registry has this code or name
   */
  public Region require(String codeOrName) {
    Objects.requireNonNull(codeOrName, "codeOrName");
    Region r = byCode.get(codeOrName);
    if (r == null) {
      r = byName.get(codeOrName);
    }
    if (r == null) {
      throw new IllegalArgumentException(
          "unknown region '"
              + codeOrName
              + "': expected a GB/T 2260 code or a name in the registry");
    }
    return r;
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
    List<Region> children = new ArrayList<>();
    for (Region r : byCode.values()) {
      if (r.parent().filter(region::equals).isPresent()) {
        children.add(r);
      }
    }
    children.sort(Comparator.comparing(Region::code));
    return Collections.unmodifiableList(children);
  }

  /**
   * All regions of this registry, ordered by code.
   *
   * @return the regions
   */
  public List<Region> all() {
    List<Region> all = new ArrayList<>(byCode.values());
    all.sort(Comparator.comparing(Region::code));
    return Collections.unmodifiableList(all);
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
   *
   * @param regions the regions to add
   * @return the new registry
   * @throws NullPointerException if {@code regions} or one of them is null
   * @throws IllegalArgumentException if a region's code is already in the registry, its full or
   *     short name is already another region's name, or it has a parent that is not in the
   *     registry
   */
  public Regions with(Region... regions) {
    Objects.requireNonNull(regions, "regions");
    List<Region> list = new ArrayList<>(regions.length);
    for (int i = 0; i < regions.length; i++) {
      list.add(Objects.requireNonNull(regions[i], "regions[" + i + "]"));
    }
    return add(list);
  }

  private Regions add(List<Region> regions) {
    Map<String, Region> codes = new LinkedHashMap<>(byCode);
    Map<String, Region> names = new HashMap<>(byName);
    for (Region r : regions) {
      Region known = codes.get(r.code());
      if (known != null) {
        throw new IllegalArgumentException(
            "region code '" + r.code() + "' (" + r.name() + ") is already in the registry as "
                + known.name());
      }
      Optional<Region> parent = r.parent();
      if (parent.isPresent() && !parent.get().equals(codes.get(parent.get().code()))) {
        throw new IllegalArgumentException(
            "parent '"
                + parent.get().code()
                + "' ("
                + parent.get().name()
                + ") of region '"
                + r.code()
                + "' is not in the registry: add the parent first");
      }
      for (String name : List.of(r.name(), r.shortName())) {
        Region other = names.get(name);
        if (other != null && other != r) {
          throw new IllegalArgumentException(
              "name '" + name + "' of region '" + r.code() + "' is already used by region '"
                  + other.code() + "' (" + other.name() + ")");
        }
        names.put(name, r);
      }
      codes.put(r.code(), r);
    }
    return new Regions(Collections.unmodifiableMap(codes), Collections.unmodifiableMap(names));
  }
}
