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
    PLAN,
    /** A rate (开工率 50.2%) that is a count of some whole count (598 projects) divided by it. */
    RATE_OF_COUNT,
    /** A figure of a subset (262 projects, their 2474.4亿元) that cannot exceed the whole's. */
    PART_OF,
    /** Two counts that must match (one station per township, one supervisor per township). */
    ONE_TO_ONE,
    /** A count that must match the number of child regions of its region (one per 旗县区). */
    ONE_PER_CHILD_REGION,
    /** Parts inside a whole that need not exhaust it (cattle, sheep, pigs in 牲畜): the rest is a remainder. */
    PARTS
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

  /**
   * The values of {@code rateCode} are {@code k / n} for a whole number {@code k} of the count
   * {@code countCode} holds ({@code n}) in the same region and period: 开工率 50.2% of 598 signed
   * projects is 300/598 = 50.17%. Shares of a count and per-cents of persons or enterprises are
   * declared the same way.
   *
   * @param rateCode the rate's indicator code
   * @param countCode the count's indicator code
   * @return the relation
   * @throws IllegalArgumentException if a code is blank or they are equal
   */
  public static Relation rateOf(String rateCode, String countCode) {
    return pair(Kind.RATE_OF_COUNT, rateCode, countCode, "rateCode", "countCode");
  }

  /**
   * {@code partCode} measures a subset of what {@code wholeCode} measures, so it is at most the
   * whole in the same region: the count of the 262 projects signed at the major events is at
   * most the count of all signed projects, and so is each additive figure (their planned
   * investment) against the whole's. Declare one relation for each pair of figures. The whole
   * is looked up in the part's period, or else in a period that overlaps it (2023 and
   * 2023年1—11月), which the finding names.
   *
   * @param partCode the subset's indicator code
   * @param wholeCode the whole's indicator code
   * @return the relation
   * @throws IllegalArgumentException if a code is blank or they are equal
   */
  public static Relation partOf(String partCode, String wholeCode) {
    return pair(Kind.PART_OF, partCode, wholeCode, "partCode", "wholeCode");
  }

  /**
   * The counts of {@code code} and {@code otherCode} must be equal in every region and period
   * where both are stated: one child protection station per township and one child supervisor per
   * township give as many stations as supervisors.
   *
   * @param code the first count's indicator code
   * @param otherCode the second count's indicator code
   * @return the relation
   * @throws IllegalArgumentException if a code is blank or they are equal
   */
  public static Relation oneToOne(String code, String otherCode) {
    return pair(Kind.ONE_TO_ONE, code, otherCode, "code", "otherCode");
  }

  /**
   * The count {@code code} is one per child region: in each region, it equals the number of that
   * region's children in the {@link io.github.zhibiao.model.Regions} the checker is given (12
   * 旗县区 of 赤峰市, one minor protection centre each).
   *
   * @param code the count's indicator code
   * @return the relation
   * @throws IllegalArgumentException if the code is blank
   */
  public static Relation onePerChildRegion(String code) {
    requireCode(code, "code");
    return new Relation(Kind.ONE_PER_CHILD_REGION, code, List.of(), null, List.of());
  }

  /**
   * The indicators {@code partCodes} are disjoint parts inside {@code wholeCode} that need not
   * exhaust it (牛, 羊 and 猪 inside 牲畜存栏, which holds other livestock too): each part and
   * their sum are at most the whole, the difference is an implied remainder, and where every
   * figure states a year-on-year rate the remainder's implied change is reported.
   *
   * @param wholeCode the whole's indicator code
   * @param partCodes the parts' indicator codes
   * @return the relation
   * @throws IllegalArgumentException if there is no part, a code is blank, or a part repeats or
   *     is the whole
   */
  public static Relation parts(String wholeCode, String... partCodes) {
    Objects.requireNonNull(partCodes, "partCodes");
    return parts(wholeCode, List.of(partCodes));
  }

  /**
   * The indicators {@code partCodes} are disjoint parts inside {@code wholeCode}; see
   * {@link #parts(String, String...)}.
   *
   * @param wholeCode the whole's indicator code
   * @param partCodes the parts' indicator codes
   * @return the relation
   * @throws IllegalArgumentException if there is no part, a code is blank, or a part repeats or
   *     is the whole
   */
  public static Relation parts(String wholeCode, Collection<String> partCodes) {
    Relation sum = sum(wholeCode, partCodes);
    return new Relation(Kind.PARTS, sum.code, sum.others, null, List.of());
  }

  private static Relation pair(Kind kind, String code, String other, String name, String otherName) {
    requireCode(code, name);
    requireCode(other, otherName);
    if (code.equals(other)) {
      throw new IllegalArgumentException(kind + " relation: " + otherName + " must differ from " + name + " ("
          + code + ")");
    }
    return new Relation(kind, code, List.of(other), null, List.of());
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
   * The total's code (SUM), the indicator (REGIONAL_SUM, ONE_PER_CHILD_REGION), the part's (SHARE,
   * PART_OF), the actual's (PLAN), the rate's (RATE_OF_COUNT), the first count's (ONE_TO_ONE) or
   * the whole's (PARTS).
   * @return the indicator code the relation is about
   */
  public String code() {
    return code;
  }

  /**
   * The parts' codes (SUM, PARTS), the whole's code (SHARE, PART_OF), the target's code (PLAN), the
   * count's (RATE_OF_COUNT), the second count's (ONE_TO_ONE); empty for REGIONAL_SUM and
   * ONE_PER_CHILD_REGION.
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
