package io.github.zhibiao.model;

/**
 * The administrative level of a {@link Region}, from the top down. {@link #OTHER} is for regions
 * outside the administrative hierarchy, such as economic zones or a report's own groupings.
 */
public enum RegionLevel {
  /** The country (全国). */
  NATION,
  /** Provincial level (省级): province, autonomous region, municipality. */
  PROVINCE,
  /** Prefecture level (地级): prefecture-level city, prefecture, autonomous prefecture, league (盟). */
  PREFECTURE,
  /** County level (县级): district, county, county-level city, banner (旗). */
  COUNTY,
  /** Not an administrative level: a development zone, a group of counties, a report's region. */
  OTHER;

  /**
   * Whether a region of this level may have a parent of level {@code parent}: always for {@link
   * #OTHER} on either side, otherwise only when {@code parent} lies above this level.
   *
   * @param parent the parent's level
   * @return true if the nesting is allowed
   */
  boolean mayHaveParent(RegionLevel parent) {
    return this == OTHER || parent == OTHER || parent.ordinal() < ordinal();
  }
}
