package io.github.zhibiao.calc;

import io.github.zhibiao.model.Region;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * A relation between figures that a dataset cannot know by itself, declared for
 * {@link Consistency}: which indicators are the parts of which total, which regions make up a
 * region, what a share is a share of, which indicator holds a plan's target. Immutable.
 *
 * <pre>{@code
 * Relation.sum("BRAND_VALUE.TOTAL", "BRAND_VALUE.AOHAN_MILLET", "BRAND_VALUE.CHIFENG_MILLET", …);
 * Relation.regionalSum("GRAIN_OUTPUT", Region.CHIFENG, counties);
 * Relation.share("HIGH_STANDARD_FARMLAND.TASK", "HIGH_STANDARD_FARMLAND.TASK");
 * Relation.plan("URBAN_NEW_EMPLOYMENT", "URBAN_NEW_EMPLOYMENT.PLAN");
 * }</pre>
 */
public final class Relation {

  /** What a relation declares. */
  public enum Kind {
    /** Indicators that add up to a total, in each region and period. */
    SUM,
    /** Regions whose values of one indicator add up to an enclosing region's, in each period. */
    REGIONAL_SUM,
    /** The whole that an indicator's stated share is a share of. */
    SHARE,
    /** The indicator that holds the target of an indicator's stated plan completion. */
    PLAN
  }

  private final Kind kind;
  private final String code; // the total, the part, the actual; the indicator for REGIONAL_SUM
  private final List<String> others; // parts; whole; target
  private final Region region; // REGIONAL_SUM total
  private final List<Region> regions; // REGIONAL_SUM parts

  private Relation(Kind kind, String code, List<String> others, Region region, List<Region> regions) {
    this.kind = kind;
    this.code = code;
    this.others = others;
    this.region = region;
    this.regions = regions;
  }

  /**
   * The indicators {@code partCodes} add up to {@code totalCode}, in every region and period
   * where the total is stated.
   *
   * @param totalCode the total's indicator code
   * @param partCodes the parts' indicator codes
   * @return the relation
   * @throws IllegalArgumentException if there is no part, a code is blank, or a part repeats or
   *     is the total
   */
  public static Relation sum(String totalCode, String... partCodes) {
    Objects.requireNonNull(partCodes, "partCodes");
    return sum(totalCode, List.of(partCodes));
  }

  /**
   * The indicators {@code partCodes} add up to {@code totalCode}, in every region and period
   * where the total is stated.
   *
   * @param totalCode the total's indicator code
   * @param partCodes the parts' indicator codes
   * @return the relation
   * @throws IllegalArgumentException if there is no part, a code is blank, or a part repeats or
   *     is the total
   */
  public static Relation sum(String totalCode, Collection<String> partCodes) {
    requireCode(totalCode, "totalCode");
    Objects.requireNonNull(partCodes, "partCodes");
    List<String> parts = new ArrayList<>();
    for (String p : partCodes) {
      requireCode(p, "part code");
      if (p.equals(totalCode) || parts.contains(p)) {
        throw new IllegalArgumentException("part code '" + p + "' repeats or is the total " + totalCode);
      }
      parts.add(p);
    }
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("sum relation for " + totalCode + " needs at least one part");
    }
    return new Relation(Kind.SUM, totalCode, List.copyOf(parts), null, List.of());
  }

  /**
   * The values of {@code code} in {@code parts} add up to its value in {@code total}, in every
   * period where the total is stated (the 12 counties make 赤峰市).
   *
   * @param code the indicator's code
   * @param total the total
   * @param parts the parts
   * @return the relation
   * @throws IllegalArgumentException if there is no part, a part repeats or is the total, or the
   *     total or a part is {@link Region#NOT_STATED}, which is no place to add up
   */
  public static Relation regionalSum(String code, Region total, Collection<Region> parts) {
    requireCode(code, "code");
    Objects.requireNonNull(total, "total");
    Objects.requireNonNull(parts, "parts");
    requireStated(total, "total");
    List<Region> list = new ArrayList<>();
    for (Region r : parts) {
      Objects.requireNonNull(r, "part region");
      requireStated(r, "part");
      if (r.equals(total) || list.contains(r)) {
        throw new IllegalArgumentException("part region " + r.code() + " repeats or is the total " + total.code());
      }
      list.add(r);
    }
    if (list.isEmpty()) {
      throw new IllegalArgumentException("regional sum of " + code + " in " + total.code() + " needs at least one part");
    }
    return new Relation(Kind.REGIONAL_SUM, code, List.of(), total, List.copyOf(list));
  }

  /**
   * The shares stated on observations of {@code partCode} are shares of {@code wholeCode}. The
   * whole is looked up in the same period, in the part's region or else the nearest enclosing
   * region that has it (占全区… is a share of the province's figure). Part and whole may be the
   * same indicator.
   *
   * @param partCode the part's indicator code
   * @param wholeCode the whole's indicator code
   * @return the relation
   * @throws IllegalArgumentException if a code is blank
   */
  public static Relation share(String partCode, String wholeCode) {
    requireCode(partCode, "partCode");
    requireCode(wholeCode, "wholeCode");
    return new Relation(Kind.SHARE, partCode, List.of(wholeCode), null, List.of());
  }

  /**
   * The plan completion stated on observations of {@code actualCode} is measured against the
   * target held by {@code targetCode} in the same region and period. Without this relation,
   * {@link Consistency} takes as target an observation of the same indicator with status
   * {@link io.github.zhibiao.model.Status#TARGET}.
   *
   * @param actualCode the actual's indicator code
   * @param targetCode the target's indicator code
   * @return the relation
   * @throws IllegalArgumentException if a code is blank or they are equal
   */
  public static Relation plan(String actualCode, String targetCode) {
    requireCode(actualCode, "actualCode");
    requireCode(targetCode, "targetCode");
    if (actualCode.equals(targetCode)) {
      throw new IllegalArgumentException("plan target code must differ from the actual's (" + actualCode
          + "); a target under the same code is found by its status TARGET without a relation");
    }
    return new Relation(Kind.PLAN, actualCode, List.of(targetCode), null, List.of());
  }

  private static void requireStated(Region r, String role) {
    if (!r.isStated()) {
      throw new IllegalArgumentException("regional sum: the " + role + " region must be stated, not "
          + r.code() + " (" + r.name() + ")");
    }
  }

  private static void requireCode(String code, String name) {
    Objects.requireNonNull(code, name);
    if (code.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
  }

  /**
   * What the relation declares.
   * @return what the relation declares
   */
  public Kind kind() {
    return kind;
  }

  /**
   * The total's code (SUM), the indicator (REGIONAL_SUM), the part's (SHARE) or the actual's (PLAN).
   * @return the total's code (SUM), the indicator (REGIONAL_SUM), the part's (SHARE) or the actual's (PLAN)
   */
  public String code() {
    return code;
  }

  /**
   * The parts' codes (SUM), the whole's code (SHARE), the target's code (PLAN); empty for REGIONAL_SUM.
   * @return the related indicator codes
   */
  public List<String> related() {
    return others;
  }

  /**
   * The total region, for REGIONAL_SUM.
   * @return the total region, for REGIONAL_SUM
   */
  public java.util.Optional<Region> totalRegion() {
    return java.util.Optional.ofNullable(region);
  }

  /**
   * The part regions, for REGIONAL_SUM; empty otherwise.
   * @return the part regions
   */
  public List<Region> partRegions() {
    return regions;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Relation r && kind == r.kind && code.equals(r.code) && others.equals(r.others)
        && Objects.equals(region, r.region) && regions.equals(r.regions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, code, others, region, regions);
  }

  /** {@code SUM BRAND_VALUE.TOTAL = [BRAND_VALUE.AOHAN_MILLET, …]}. */
  @Override
  public String toString() {
    return kind == Kind.REGIONAL_SUM
        ? kind + " " + code + " " + region.code() + " = " + regions
        : kind + " " + code + " " + others;
  }
}
