package io.github.zhibiao.text;

import io.github.zhibiao.model.Region;
import io.github.zhibiao.model.RegionLevel;
import io.github.zhibiao.model.Regions;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;

/**
 * Finds region names in prose through the registry's name index, never by scanning every region:
 * the full names of the context region, its ancestors, the provincial-level divisions (also by their short
 * names: 辽宁, 内蒙古), the nation,
 * and the divisions inside the context's province (a report about 赤峰市 means 红山区 of 赤峰, not a
 * 城区 of 山西). A name that several of those share is decided by the context (the nearest
 * ancestor holding exactly one); otherwise it is ambiguous, and the reader makes no fact of it.
 */
final class RegionNames {
  /** Marks a lead whose region name is ambiguous. */
  static final Region AMBIGUOUS = Region.of("ambiguous", "ambiguous", "ambiguous", RegionLevel.OTHER);
  /** The longest name looked for, in characters (积石山保安族东乡族撒拉族自治县 has 15). */
  static final int MAX_NAME = 32;

  /** A name at the start of a text: its length, and its region, or null and the candidates when ambiguous. */
  record Found(int length, Region region, List<Region> candidates) {}

  /** The last characters of the full names of each registry seen, so that a lookup is tried only where a name can end. */
  private static final Map<Regions, BitSet> ENDINGS = Collections.synchronizedMap(new WeakHashMap<>());

  /** The provinces of each registry seen, by short name; a short name has 2 or 3 characters (辽宁, 黑龙江). */
  private static final Map<Regions, Map<String, Region>> PROVINCES = Collections.synchronizedMap(new WeakHashMap<>());
  private static final int PROVINCE_SHORT_MAX = 3;

  private final Regions regions;
  private final Region context;
  private final Region province; // nullable: the context's provincial-level ancestor
  private final BitSet endings;
  private final Map<String, Region> provincesByShortName;

  RegionNames(Regions regions, Region context) {
    this.regions = regions;
    this.context = context;
    this.endings = ENDINGS.computeIfAbsent(regions, RegionNames::endings);
    this.provincesByShortName = PROVINCES.computeIfAbsent(regions, RegionNames::provincesByShortName);
    Region p = context;
    while (p != null && p.level() != RegionLevel.PROVINCE) {
      p = p.parent().orElse(null);
    }
    this.province = p;
  }

  /**
   * The longest full name of a relevant region that {@code text} starts with and that leaves
   * text after it, or null.
   */
  Found leading(String text) {
    for (int len = Math.min(MAX_NAME, text.length() - 1); len >= 2; len--) {
      if (!endings.get(text.charAt(len - 1))) {
        continue; // no full name ends with this character: no lookup
      }
      String name = text.substring(0, len);
      List<Region> relevant = relevant(name);
      if (relevant.size() == 1) {
        return new Found(len, relevant.get(0), relevant);
      }
      if (relevant.size() > 1) {
        return new Found(len, decide(relevant), relevant);
      }
    }
    for (int len = Math.min(PROVINCE_SHORT_MAX, text.length() - 1); len >= 2; len--) {
      Region province = provincesByShortName.get(text.substring(0, len));
      if (province != null) {
        return new Found(len, province, List.of(province)); // 辽宁肉鸡养殖户, 山东全省…: a province by its short name
      }
    }
    return null;
  }

  /** The provincial-level divisions of each registry seen, by their short names (辽宁, 内蒙古): two lookups a text. */
  private static Map<String, Region> provincesByShortName(Regions regions) {
    Map<String, Region> out = new java.util.HashMap<>();
    for (Region r : regions.all()) {
      if (r.level() == RegionLevel.PROVINCE && r.shortName().length() >= 2 && !r.shortName().equals(r.name())) {
        out.put(r.shortName(), r);
      }
    }
    return out;
  }

  private static BitSet endings(Regions regions) {
    BitSet out = new BitSet(1 << 16);
    String notStated = Region.NOT_STATED.name();
    out.set(notStated.charAt(notStated.length() - 1));
    for (Region r : regions.all()) {
      String name = r.name();
      if (name.length() >= 2) {
        out.set(name.charAt(name.length() - 1));
      }
    }
    return out;
  }

  private List<Region> relevant(String name) {
    List<Region> candidates = regions.candidates(name);
    if (candidates.isEmpty()) {
      return candidates;
    }
    List<Region> out = new ArrayList<>(candidates.size());
    for (Region r : candidates) {
      if (r.name().equals(name) && isRelevant(r)) {
        out.add(r);
      }
    }
    return out;
  }

  private boolean isRelevant(Region r) {
    if (r.level() == RegionLevel.NATION || r.level() == RegionLevel.PROVINCE || context.isWithin(r)) {
      return true;
    }
    if (province != null) {
      return r.isWithin(province);
    }
    return r.parent().map(context::equals).orElse(false) || r.isWithin(context);
  }

  /** The only candidate inside the nearest ancestor of the context that holds exactly one, or null. */
  private Region decide(List<Region> candidates) {
    for (Region within = context; within != null; within = within.parent().orElse(null)) {
      Region only = null;
      int count = 0;
      for (Region r : candidates) {
        if (r.isWithin(within)) {
          only = r;
          count++;
        }
      }
      if (count == 1) {
        return only;
      }
      if (count > 1) {
        return null;
      }
    }
    return null;
  }

  /**
   * The first region named by its full name in {@code text}, the longest at the earliest
   * position, among names that only one region of the registry has; nations are passed over (a
   * report about 赤峰 may name 日本 first); empty if there is none.
   */
  static Optional<Region> first(CharSequence text, Regions regions) {
    String t = text.toString();
    for (int i = 0; i + 2 <= t.length(); i++) {
      for (int len = Math.min(MAX_NAME, t.length() - i); len >= 2; len--) {
        List<Region> c = regions.candidates(t.substring(i, i + len));
        if (c.size() == 1 && c.get(0).name().length() == len && c.get(0).level() != RegionLevel.NATION) {
          return Optional.of(c.get(0));
        }
      }
    }
    return Optional.empty();
  }
}
