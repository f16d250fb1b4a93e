package io.github.zhibiao.model;

import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;

/**
 * A region a figure is about: a GB/T 2260 administrative division such as 赤峰市 ({@code 150400})
 * or a user's own region (a development zone, a group of banners).
 *
 * <p>A region has a code, a full name (全称: 赤峰市, 内蒙古自治区), a short name (简称: 赤峰, 内蒙古),
 * a {@link RegionLevel}, an optional parent and an optional English name (countries: {@code
 * Germany}). The built-in divisions and countries live in {@link Regions#builtIn()}; {@link #of}
 * makes others. The 34 provincial-level divisions have {@link #CHINA} as their parent.
 *
 * <p><b>Not stated.</b> {@link #NOT_STATED} ({@code _Z}, 未注明) is the region of a figure whose
 * data name no region, such as a table without a geographic dimension. Every registry finds it by
 * its code; {@link #isStated()} is false for it alone.
 *
 * <p><b>Equality.</b> Two regions are equal when all of code, full name, short name, level,
 * parent and English name are equal, so a region and a renamed one under the same code (襄樊市 and
 * 襄阳市, both {@code 420600}) are different values. {@link Regions} keeps codes unique within a
 * registry; names may repeat (朝阳区 in 北京 and in 长春).
 *
 * <p>Immutable, thread-safe and serializable.
 */
public final class Region implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The code pattern, as documented; {@link #isCode} implements it. */
  static final String CODE = "[0-9A-Za-z][0-9A-Za-z._-]*";

  /**
   * The nation: 中华人民共和国 (中国), code {@code CN} (ISO 3166-1; also found by {@code CHN} and
   * {@code 156}), the parent of the 34 provincial-level divisions, and what 全国 means.
   */
  public static final Region CHINA =
      new Region("CN", "中华人民共和国", "中国", RegionLevel.NATION, null, "China");

  /**
   * The region of a figure whose data state none (a national series without a geo dimension): code
   * {@code _Z} (the SDMX code for "not applicable"), full and short name 未注明, English name {@code
   * Not stated}, level {@link RegionLevel#OTHER}, no parent. It is not a place: nothing lies within
   * it but itself, it lies within nothing, and {@link #isStated()} is false. Its code starts with
   * {@code _}, which {@link #of} refuses, so no user region can take it; {@link
   * Regions#byCode(String)} finds it in every registry.
   */
  public static final Region NOT_STATED =
      new Region(Regions.NOT_STATED_CODE, "未注明", "未注明", RegionLevel.OTHER, null, "Not stated");

  /** 内蒙古自治区, {@code 150000}, in {@link #CHINA}. */
  public static final Region INNER_MONGOLIA =
      new Region("150000", "内蒙古自治区", "内蒙古", RegionLevel.PROVINCE, CHINA, null);

  /** 赤峰市, {@code 150400}, in Inner Mongolia. */
  public static final Region CHIFENG =
      new Region("150400", "赤峰市", "赤峰", RegionLevel.PREFECTURE, INNER_MONGOLIA, null);

  /** The code. */
  private final String code;
  /** The full name. */
  private final String name;
  /** The short name. */
  private final String shortName;
  /** The level. */
  private final RegionLevel level;
  /** The parent, or null when there is none. */
  private final Region parent;
  /** The English name, or null when there is none. */
  private final String englishName;

  private Region(
      String code, String name, String shortName, RegionLevel level, Region parent, String englishName) {
    this.code = code;
    this.name = name;
    this.shortName = shortName;
    this.level = level;
    this.parent = parent;
    this.englishName = englishName;
  }

  /**
   * A region without a parent.
   *
   * @param code a GB/T 2260 code or another code matching {@code [0-9A-Za-z][0-9A-Za-z._-]*}
   * @param name the full name (全称), such as 赤峰市
   * @param shortName the short name (简称), such as 赤峰; may equal {@code name}
   * @param level the administrative level
   * @return the region
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the code does not match the pattern or a name is blank or
   *     has surrounding whitespace
   */
  public static Region of(String code, String name, String shortName, RegionLevel level) {
    return create(code, name, shortName, level, null);
  }

  /**
   * A region inside a parent region.
   *
   * @param code a GB/T 2260 code or another code matching {@code [0-9A-Za-z][0-9A-Za-z._-]*}
   * @param name the full name (全称), such as 红山区
   * @param shortName the short name (简称), such as 红山; may equal {@code name}
   * @param level the administrative level
   * @param parent the region this one lies in, such as {@link #CHIFENG}
   * @return the region
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the code does not match the pattern, a name is blank or
   *     has surrounding whitespace, the parent's level is not above {@code level} (either may be
   *     {@link RegionLevel#OTHER}), or the code already appears among the parent's ancestors
   */
  public static Region of(
      String code, String name, String shortName, RegionLevel level, Region parent) {
    return create(code, name, shortName, level, Objects.requireNonNull(parent, "parent"));
  }

  private static Region create(
      String code, String name, String shortName, RegionLevel level, Region parent) {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(shortName, "shortName");
    Objects.requireNonNull(level, "level");
    if (!isCode(code)) {
      throw new IllegalArgumentException(
          "code ('"
              + code
              + "') must be a GB/T 2260 code such as 150400 or match [0-9A-Za-z][0-9A-Za-z._-]*");
    }
    checkName("name", name);
    checkName("shortName", shortName);
    if (parent != null) {
      if (!level.mayHaveParent(parent.level)) {
        throw new IllegalArgumentException(
            "level ("
                + level
                + ") of region "
                + code
                + " must lie below its parent "
                + parent.code
                + "'s level ("
                + parent.level
                + ")");
      }
      for (Region r = parent; r != null; r = r.parent) {
        if (r.code.equals(code)) {
          throw new IllegalArgumentException(
              "parent (" + parent.code + ") of region " + code + " must not have code " + code
                  + " among its ancestors");
        }
      }
    }
    return new Region(code, name, shortName, level, parent, null);
  }

  /**
   * A built-in region, from the generated resource, without the checks of {@link #of}: the
   * registry builds thousands on first use, and a test checks every one against {@link #of}.
   */
  static Region trusted(
      String code, String name, String shortName, RegionLevel level, Region parent, String englishName) {
    return new Region(code, name, shortName, level, parent, englishName);
  }

  /**
   * This region with an English name, such as {@code Germany} for 德国 or {@code Hong Kong} for
   * 香港特别行政区; {@link Regions} finds a region by it as by its other names.
   *
   * @param newEnglishName the English name, non-blank without surrounding whitespace
   * @return a copy of this region with that English name, replacing any it had
   * @throws NullPointerException if {@code newEnglishName} is null
   * @throws IllegalArgumentException if it is blank or has surrounding whitespace
   */
  public Region withEnglishName(String newEnglishName) {
    Objects.requireNonNull(newEnglishName, "englishName");
    checkName("englishName", newEnglishName);
    return new Region(code, name, shortName, level, parent, newEnglishName);
  }

  /** Whether {@code code} matches {@link #CODE}, without a regex: the registry builds thousands. */
  private static boolean isCode(String code) {
    if (code.isEmpty() || !isAlnum(code.charAt(0))) {
      return false;
    }
    for (int i = 1; i < code.length(); i++) {
      char c = code.charAt(i);
      if (!isAlnum(c) && c != '.' && c != '_' && c != '-') {
        return false;
      }
    }
    return true;
  }

  private static boolean isAlnum(char c) {
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }

  private static void checkName(String field, String value) {
    if (value.isBlank() || !value.strip().equals(value)) {
      throw new IllegalArgumentException(
          field + " ('" + value + "') must be non-blank without surrounding whitespace");
    }
  }

  /**
   * The code: six GB/T 2260 digits for the built-in divisions ({@code 150400}), or a user's code.
   *
   * @return the code
   */
  public String code() {
    return code;
  }

  /**
   * The full name (全称), such as 赤峰市 or 内蒙古自治区.
   *
   * @return the full name
   */
  public String name() {
    return name;
  }

  /**
   * The short name (简称), such as 赤峰 or 内蒙古.
   *
   * @return the short name
   */
  public String shortName() {
    return shortName;
  }

  /**
   * The administrative level.
   *
   * @return the level
   */
  public RegionLevel level() {
    return level;
  }

  /**
   * The region this one lies in, if any: Inner Mongolia for 赤峰市, {@link #CHINA} for a built-in
   * provincial-level division, nothing for a nation.
   *
   * @return the parent, or empty
   */
  public Optional<Region> parent() {
    return Optional.ofNullable(parent);
  }

  /** The parent or null, without an Optional: for the registry's loops. */
  Region parentOrNull() {
    return parent;
  }

  /** The English name or null, without an Optional: for the registry's loops. */
  String englishOrNull() {
    return englishName;
  }

  /**
   * The English name, if known: the ISO 3166-1 English short name for the built-in countries
   * ({@code Germany}), {@code Hong Kong}, {@code Macao} and {@code Taiwan} for 810000, 820000 and
   * 710000.
   *
   * @return the English name, or empty
   */
  public Optional<String> englishName() {
    return Optional.ofNullable(englishName);
  }

  /**
   * Whether the data state this region: false only for {@link #NOT_STATED}.
   *
   * @return true unless this is {@link #NOT_STATED}
   */
  public boolean isStated() {
    return !code.equals(Regions.NOT_STATED_CODE);
  }

  /**
   * Whether this region is {@code other} or lies inside it, following parents.
   *
   * @param other the possibly enclosing region
   * @return true if {@code other} is this region or one of its ancestors
   * @throws NullPointerException if {@code other} is null
   */
  public boolean isWithin(Region other) {
    Objects.requireNonNull(other, "other");
    for (Region r = this; r != null; r = r.parent) {
      if (r.equals(other)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Equal when code, full name, short name, level, parent and English name are all equal.
   *
   * @param o the other object
   * @return true if {@code o} is an equal region
   */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Region)) {
      return false;
    }
    Region r = (Region) o;
    return code.equals(r.code)
        && name.equals(r.name)
        && shortName.equals(r.shortName)
        && level == r.level
        && Objects.equals(parent, r.parent)
        && Objects.equals(englishName, r.englishName);
  }

  /**
   * A hash of the code and full name, consistent with {@link #equals}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return code.hashCode() * 31 + name.hashCode();
  }

  /**
   * The code, such as {@code 150400}.
   *
   * @return the code
   */
  @Override
  public String toString() {
    return code;
  }

  /**
   * Serializes through {@code SerialForm}, which checks the components again when read.
   *
   * @return the serial form
   */
  private Object writeReplace() {
    return new SerialForm(code, name, shortName, level, parent, englishName);
  }

  /**
   * Refuses a stream that bypasses the serial form.
   *
   * @param in the stream
   * @throws InvalidObjectException always
   */
  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw new InvalidObjectException("a Region is read through its serial form");
  }

  /** The serial form: the components, checked again through {@link Region#of} when read. */
  private static final class SerialForm implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The code. */
    private final String code;
    /** The full name. */
    private final String name;
    /** The short name. */
    private final String shortName;
    /** The level. */
    private final RegionLevel level;
    /** The parent, or null. */
    private final Region parent;
    /** The English name, or null. */
    private final String englishName;

    SerialForm(
        String code, String name, String shortName, RegionLevel level, Region parent, String englishName) {
      this.code = code;
      this.name = name;
      this.shortName = shortName;
      this.level = level;
      this.parent = parent;
      this.englishName = englishName;
    }

    private Object readResolve() throws InvalidObjectException {
      if (code != null && code.equals(Regions.NOT_STATED_CODE)) {
        return NOT_STATED;
      }
      try {
        Region r = create(code, name, shortName, level, parent);
        return englishName == null ? r : r.withEnglishName(englishName);
      } catch (RuntimeException e) {
        InvalidObjectException ex = new InvalidObjectException("invalid Region: " + e.getMessage());
        ex.initCause(e);
        throw ex;
      }
    }
  }
}
