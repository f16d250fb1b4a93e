package io.github.zhibiao.calc;

import io.github.zhibiao.calc.Finding.Check;
import io.github.zhibiao.calc.Finding.Outcome;
import io.github.zhibiao.calc.Finding.Severity;
import io.github.zhibiao.model.Breakdowns;
import io.github.zhibiao.model.Change;
import io.github.zhibiao.model.Dataset;
import io.github.zhibiao.model.IndicatorKind;
import io.github.zhibiao.model.Observation;
import io.github.zhibiao.model.Period;
import io.github.zhibiao.model.Ranking;
import io.github.zhibiao.model.Region;
import io.github.zhibiao.model.Regions;
import io.github.zhibiao.model.Share;
import io.github.zhibiao.model.Status;
import io.github.zhibiao.unit.Quantity;
import io.github.zhibiao.unit.Rational;
import io.github.zhibiao.unit.Unit;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks that a dataset's figures agree with each other, and returns {@link Finding}s.
 *
 * <pre>{@code
 * List<Finding> findings = Consistency.check(dataset);              // automatic checks only
 * List<Finding> more = Consistency.builder()
 *     .relation(Relation.sum("BRAND_VALUE.TOTAL", "BRAND_VALUE.AOHAN_MILLET", …))
 *     .ascending("UNEMPLOYMENT_RATE")
 *     .build()
 *     .run(dataset);
 * }</pre>
 *
 * <h2>Checks</h2>
 * <ul>
 *   <li><b>Conflicts</b> (automatic): two observations of one indicator, region, period,
 *       breakdowns and status with different values (92.6% and 93.6% for 2023年1—11月). Values
 *       equal across units (130亿斤 and 650万吨) pass; values whose printed intervals overlap
 *       (2210.6万 and 2211万) pass as agreeing within precision. A value with a qualifier against one
 *       without (130亿斤 and 超132亿斤), apart beyond their precision, remains a conflict, a {@link
 *       Severity#WARNING}; two qualified values are not compared. A conflict's message names notes
 *       that differ.</li>
 *   <li><b>Breakdown totals</b> (automatic): the categories of one breakdown add up to its total
 *       category ({@link io.github.zhibiao.model.Category#isTotal() 合计, 总计, Total …}) when all
 *       other breakdowns, the indicator, region, period and status are equal (女 and 男 of
 *       城镇 add up to 合计 of 城镇), for additive indicators only: {@link IndicatorKind#STOCK
 *       stocks} and {@link IndicatorKind#FLOW flows}, not rates or indices. The categories present
 *       are taken to be all the others, with no overlap; for a table that lists only some (其中)
 *       or mixes levels (第二产业 and 制造业), declare the breakdown {@link
 *       Builder#partialBreakdown partial} and it is not checked. Judged as sums are, below.</li>
 *   <li><b>Growth</b> (automatic): a year-on-year change (rate, 百分点 or absolute) against the
 *       observation of the same indicator, region and breakdowns for {@link Period#yearEarlier()},
 *       when the dataset has it. A change stated for a period that is not dated (a {@link
 *       io.github.zhibiao.model.LabelledPeriod labelled period} or {@link Period#NOT_STATED}) has
 *       no year before it: it gives a SKIPPED finding.</li>
 *   <li><b>Plan completion</b> (automatic with a TARGET observation of the same indicator, region
 *       and period, or through {@link Relation#plan}).</li>
 *   <li><b>Shares</b> (through {@link Relation#share}).</li>
 *   <li><b>Sums</b> (through {@link Relation#sum} and {@link Relation#regionalSum}).</li>
 *   <li><b>Rankings</b> (automatic): a ranking with a scope (全区) against the observations of the
 *       same indicator, period, breakdowns and status in the regions of the subject's level within
 *       that scope, when the dataset has at least one such peer; largest first unless the
 *       indicator is declared {@link Builder#ascending ascending}. See {@link
 *       Rankings.Check#consistent()}. A subject or peer whose region is {@link
 *       Region#NOT_STATED} is not ranked.</li>
 *   <li><b>Duplicates with different wording</b> (automatic): an observation whose code is another's
 *       with a suffix and whose name is the other's with a parenthesised remark, or the same name
 *       with a different note (环境空气质量优良天数比例 92.6% and 环境空气质量优良天数比例（剔除沙尘影响） 93.6%), for
 *       the same region, period, breakdowns and status. Values that differ remain a conflict, a
 *       {@link Severity#WARNING} naming the remark.</li>
 *   <li><b>Regional totals</b> (automatic): where the dataset holds a region and every child the
 *       {@link Builder#regions region registry} lists for it, the children add up to it; judged as
 *       sums are.</li>
 *   <li><b>Counts behind rates</b> (through {@link Relation#rateOf}): a rate over a count n is k/n
 *       for a whole k within the rate's printed precision (24.3% of 598 is not: 145/598 =
 *       24.247%, 146/598 = 24.415%).</li>
 *   <li><b>Subsets and wholes</b> (through {@link Relation#partOf}, {@link Relation#oneToOne} and
 *       {@link Relation#onePerChildRegion}): a subset's figure is at most the whole's; counts
 *       declared one-to-one are equal.</li>
 *   <li><b>Parts inside a whole</b> (through {@link Relation#parts}): no part larger than the whole;
 *       the remainder they leave, and its change implied by the stated year-on-year rates (INFO
 *       when plausible, WARNING when negative a year earlier or beyond ±50%).</li>
 *   <li><b>Targets</b> (automatic, for a plan completion without a target in the data): the target
 *       implied by the level and the completion, as a round figure when the printed figures allow
 *       it (2.05万人 at 117.10% → 1.75万人), else as the exact implied figure with the round figure's
 *       completion beside it.</li>
 *   <li><b>Claims in notes</b> (automatic): a streak (连续11年保持在100亿斤以上) against the series, and a
 *       rank claim (连续11年位居自治区前列) against the stated ranking ({@link Rankings#compatible}).</li>
 * </ul>
 * Every check that looks up a related figure (the parts of a sum, the figure a year earlier, the
 * whole of a share, the target of a plan) looks it up with the same breakdowns.
 * A check passes with an {@link Severity#INFO} finding, so that a user sees what was verified.
 * A check that cannot be made because a declared figure is missing or a figure is not exact
 * (800余座, 约3.5万) gives an INFO finding with outcome {@link Outcome#SKIPPED}.
 *
 * <h2>Tolerance: the precision of the figures as printed</h2>
 * No epsilon is used. A figure printed as 754.49 stands for every value that rounds to it, the
 * interval {@code 754.49 ± 0.005} (half a unit of its last printed digit, {@code ulp / 2}).
 * <ul>
 *   <li><b>Derived figures</b> (a growth rate, a share, a plan completion, a 百分点 change, and
 *       equality of two statements of one figure): the interval of the derived figure is computed
 *       exactly from the intervals of its inputs (interval arithmetic over rationals). The check
 *       <em>passes</em> when that interval and the stated figure's interval overlap, that is, when
 *       some true values that round to every printed figure satisfy the relation exactly; it
 *       fails with {@link Severity#ERROR} otherwise. 2.05万人 at 117.10% of a plan of 1.75万人
 *       passes: {@code 2.045/1.755 … 2.055/1.745} is {@code 116.52% … 117.77%}, which contains
 *       117.10%.</li>
 *   <li><b>Sums</b> (parts against a total, an absolute change against two levels): published
 *       parts and totals are balanced so that the printed parts add up to the printed total.
 *       The check passes when the exact sum of the printed parts lies within the total's
 *       interval (754.49 = 273.15 + 176.36 + 135.73 + 106.94 + 62.31 passes exactly). A total
 *       off by 0.01 fails: with {@link Severity#WARNING} when the parts' own intervals still
 *       reach the total's (the gap could come from rounding unpublished parts, ±0.025 here),
 *       and with {@link Severity#ERROR} when no rounding explains it.</li>
 * </ul>
 *
 * <p>Instances are immutable and thread-safe. Findings come in the order conflicts, duplicates,
 * sums, breakdown totals, regional totals, parts, subsets and one-to-one counts (in the order the
 * relations were declared), growth, shares and counts behind rates, plan completion and targets,
 * rankings, rank claims, streaks; within each, in dataset order.
 */
public final class Consistency {
  private static final MathContext SHOW = new MathContext(12, RoundingMode.HALF_EVEN);
  private static final MathContext WIDE = new MathContext(60, RoundingMode.HALF_EVEN);

  private final List<Relation> relations;
  private final Set<String> ascending;
  private final Set<String> partialBreakdowns;

  private final Regions regions;

  private Consistency(List<Relation> relations, Set<String> ascending, Set<String> partialBreakdowns,
      Regions regions) {
    this.relations = relations;
    this.ascending = ascending;
    this.partialBreakdowns = partialBreakdowns;
    this.regions = regions;
  }

  /**
   * The automatic checks (conflicts, breakdown totals, growth, plan completion against TARGET
   * observations, rankings) of a dataset, with no declared relations.
   * @param dataset the dataset to check
   * @return the findings, passed ones included
   */
  public static List<Finding> check(Dataset dataset) {
    return builder().build().run(dataset);
  }

  /**
   * A builder for checks with declared relations.
   * @return a builder for checks with declared relations
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The declared relations.
   * @return the declared relations
   */
  public List<Relation> relations() {
    return relations;
  }

  /**
   * Runs every check on {@code dataset}.
   *
   * @param dataset the dataset to check
   * @return the findings, passed ones included; empty when nothing could be checked
   */
  public List<Finding> run(Dataset dataset) {
    Objects.requireNonNull(dataset, "dataset");
    List<Finding> out = new ArrayList<>();
    conflicts(dataset, out);
    Duplicates.check(dataset, out);
    Set<List<Object>> declaredRegional = new HashSet<>();
    for (Relation r : relations) {
      if (r.kind() == Relation.Kind.SUM) {
        sums(dataset, r, out);
      } else if (r.kind() == Relation.Kind.REGIONAL_SUM) {
        regionalSums(dataset, r, out);
        declaredRegional.add(List.of(r.code(), r.totalRegion().orElseThrow()));
      }
    }
    BreakdownTotals.check(dataset, partialBreakdowns, out);
    RegionalTotals.check(dataset, regions, declaredRegional, out);
    for (Relation r : relations) {
      switch (r.kind()) {
        case PARTS -> Remainders.check(dataset, r, out);
        case PART_OF -> Subsets.partOf(dataset, r, out);
        case ONE_TO_ONE -> Subsets.oneToOne(dataset, r, out);
        case ONE_PER_CHILD_REGION -> Subsets.onePerChild(dataset, r, regions, out);
        default -> { }
      }
    }
    growth(dataset, out);
    for (Relation r : relations) {
      if (r.kind() == Relation.Kind.SHARE) {
        shares(dataset, r, out);
      } else if (r.kind() == Relation.Kind.RATE_OF_COUNT) {
        CountRates.check(dataset, r, out);
      }
    }
    plans(dataset, out);
    rankings(dataset, out);
    Claims.ranks(dataset, regions, out);
    Claims.streaks(dataset, out);
    return List.copyOf(out);
  }

  /** Builds a {@link Consistency}; not thread-safe. */
  public static final class Builder {
    private final List<Relation> relations = new ArrayList<>();
    private final Set<String> ascending = new HashSet<>();
    private final Set<String> partialBreakdowns = new HashSet<>();
    private Regions regions = Regions.builtIn();

    private Builder() {}

    /**
     * The region registry whose children the automatic regional sums and {@link
     * Relation#onePerChildRegion} count, and whose children of a ranking's scope give the peer
     * count of a rank claim without one; {@link Regions#builtIn()} unless set.
     *
     * @param registry the registry
     * @return this builder
     */
    public Builder regions(Regions registry) {
      this.regions = Objects.requireNonNull(registry, "regions");
      return this;
    }

    /**
     * Adds a declared relation.
     * @param relation the relation
     * @return this builder
     */
    public Builder relation(Relation relation) {
      relations.add(Objects.requireNonNull(relation, "relation"));
      return this;
    }

    /**
     * Adds declared relations.
     * @param more the relations
     * @return this builder
     */
    public Builder relations(Collection<Relation> more) {
      Objects.requireNonNull(more, "relations").forEach(this::relation);
      return this;
    }

    /**
     * Declares that rankings of this indicator put the smallest value first (an unemployment
     * rate, PM2.5).
     *
     * @param indicatorCode the indicator's code
     * @return this builder
     * @throws IllegalArgumentException if the code is blank
     */
    public Builder ascending(String indicatorCode) {
      Objects.requireNonNull(indicatorCode, "indicatorCode");
      if (indicatorCode.isBlank()) {
        throw new IllegalArgumentException("indicator code must not be blank");
      }
      ascending.add(indicatorCode);
      return this;
    }

    /**
     * Declares that the categories of a breakdown in the data need not add up to its total: a
     * table that lists only some of them (其中), or one that mixes levels (第二产业 beside 制造业).
     * Its breakdown totals are then not checked.
     *
     * @param breakdownCode the breakdown's code, such as {@code INDUSTRY}
     * @return this builder
     * @throws IllegalArgumentException if the code is blank
     */
    public Builder partialBreakdown(String breakdownCode) {
      Objects.requireNonNull(breakdownCode, "breakdownCode");
      if (breakdownCode.isBlank()) {
        throw new IllegalArgumentException("breakdown code must not be blank");
      }
      partialBreakdowns.add(breakdownCode);
      return this;
    }

    /**
     * The checker.
     * @return the checker
     */
    public Consistency build() {
      return new Consistency(List.copyOf(relations), Set.copyOf(ascending), Set.copyOf(partialBreakdowns), regions);
    }
  }

  // ---------------------------------------------------------------- conflicts

  private void conflicts(Dataset dataset, List<Finding> out) {
    Map<List<Object>, List<Observation>> groups = new LinkedHashMap<>();
    for (Observation o : dataset.observations()) {
      groups.computeIfAbsent(List.of(o.indicator().code(), o.region(), o.period(), o.breakdowns(), o.status()),
          k -> new ArrayList<>()).add(o);
    }
    for (List<Observation> group : groups.values()) {
      if (group.size() < 2) {
        continue;
      }
      Observation first = group.get(0);
      for (Observation other : group.subList(1, group.size())) {
        out.add(conflict(first, other));
      }
    }
  }

  private static Finding conflict(Observation a, Observation b) {
    List<Observation> obs = List.of(a, b);
    String key = key(a);
    String zhKey = zhKey(a);
    if (!a.value().isExact() || !b.value().isExact()) {
      boolean same = a.value().compareTo(b.value()) == 0 && a.qualifier() == b.qualifier();
      if (same) {
        return new Finding(Check.CONFLICT, Outcome.PASSED, Severity.INFO,
            zhKey + "两次给出相同数值 " + a.value() + "。",
            key + " is stated twice with the same value " + a.value() + ".", obs,
            a.value() + " = " + b.value());
      }
      if (a.value().isExact() != b.value().isExact()
          && !Interval.stated(a.value()).overlaps(Interval.stated(b.value()))) {
        Observation q = a.value().isExact() ? b : a;
        return new Finding(Check.CONFLICT, Outcome.FAILED, Severity.WARNING,
            zhKey + "有两个不同的数值：" + a.value() + " 与 " + b.value() + "；只有 " + q.value() + " 带限定词，措辞不同，仍是冲突。"
                + notes(a, b, true),
            key + " has two different values: " + a.value() + " and " + b.value() + "; only " + q.value()
                + " carries a qualifier. The wording differs, the conflict remains." + notes(a, b, false), obs,
            a.value() + " vs " + b.value() + ": printed intervals do not overlap; qualifier " + q.value().qualifier());
      }
      return skipped(Check.CONFLICT, obs, zhKey + "的两个数值 " + a.value() + " 与 " + b.value() + " 不是精确值，无法比较。",
          key + ": " + a.value() + " and " + b.value() + " are not both exact; not compared.");
    }
    Unit u = a.value().unit();
    Interval ia = Interval.stated(a.value());
    Interval ib = Interval.stated(b.value());
    String arithmetic = a.value() + " (" + ia.format(u, SHOW) + ") vs " + b.value() + " (" + ib.format(u, SHOW)
        + (u.equals(b.value().unit()) ? "" : " " + u.symbol()) + ")";
    if (a.value().compareTo(b.value()) == 0) {
      return new Finding(Check.CONFLICT, Outcome.PASSED, Severity.INFO,
          zhKey + "两次给出的数值 " + a.value() + " 与 " + b.value() + " 相等。",
          key + " is stated twice; " + a.value() + " and " + b.value() + " are equal.", obs,
          a.value() + " = " + b.value());
    }
    if (ia.overlaps(ib)) {
      return new Finding(Check.CONFLICT, Outcome.PASSED, Severity.INFO,
          zhKey + "两次给出的数值 " + a.value() + " 与 " + b.value() + " 在印刷精度内一致。",
          key + " is stated as " + a.value() + " and as " + b.value() + "; they agree within their printed precision.",
          obs, arithmetic + ": intervals overlap");
    }
    return new Finding(Check.CONFLICT, Outcome.FAILED, Severity.ERROR,
        zhKey + "有两个不同的数值：" + a.value() + " 与 " + b.value() + "。" + notes(a, b, true),
        key + " has two different values: " + a.value() + " and " + b.value() + "." + notes(a, b, false), obs,
        arithmetic + ": intervals do not overlap");
  }

  /** The difference in the notes of two statements of one figure, or nothing when they agree. */
  private static String notes(Observation a, Observation b, boolean zh) {
    if (a.note().equals(b.note())) {
      return "";
    }
    String x = a.note().orElse(zh ? "无" : "none");
    String y = b.note().orElse(zh ? "无" : "none");
    return zh ? "备注不同：“" + x + "”与“" + y + "”。" : " The notes differ: “" + x + "” and “" + y + "”.";
  }

  // ---------------------------------------------------------------- sums

  private void sums(Dataset dataset, Relation r, List<Finding> out) {
    for (Observation total : dataset.byIndicator(r.code())) {
      if (total.status() == Status.TARGET) {
        continue;
      }
      List<Observation> parts = new ArrayList<>();
      List<String> missing = new ArrayList<>();
      for (String code : r.related()) {
        Observation p = find(dataset, code, total.region(), total.period(), total.breakdowns(), total.status());
        if (p == null) {
          missing.add(code);
        } else {
          parts.add(p);
        }
      }
      out.add(sum(total, parts, missing));
    }
  }

  private void regionalSums(Dataset dataset, Relation r, List<Finding> out) {
    Region totalRegion = r.totalRegion().orElseThrow();
    for (Observation total : dataset.byIndicator(r.code())) {
      if (!total.region().equals(totalRegion) || total.status() == Status.TARGET) {
        continue;
      }
      List<Observation> parts = new ArrayList<>();
      List<String> missing = new ArrayList<>();
      for (Region region : r.partRegions()) {
        Observation p = find(dataset, r.code(), region, total.period(), total.breakdowns(), total.status());
        if (p == null) {
          missing.add(r.code() + "@" + region.code());
        } else {
          parts.add(p);
        }
      }
      out.add(sum(total, parts, missing));
    }
  }

  private static Finding sum(Observation total, List<Observation> parts, List<String> missing) {
    List<Observation> obs = new ArrayList<>();
    obs.add(total);
    obs.addAll(parts);
    String key = key(total);
    String zhKey = zhKey(total);
    if (!missing.isEmpty()) {
      return skipped(Check.SUM, obs, zhKey + "：缺少分项 " + String.join("、", missing) + "，未核对合计。",
          key + ": parts " + String.join(", ", missing) + " are missing; the total was not checked.");
    }
    Observation inexact = firstInexact(obs);
    if (inexact != null) {
      return notExact(Check.SUM, obs, inexact);
    }
    Unit u = total.value().unit();
    Rational sum = Rational.ZERO;
    Interval sumInterval = Interval.point(Rational.ZERO);
    List<String> terms = new ArrayList<>();
    for (Observation p : parts) {
      sum = sum.add(Exact.base(p.value()));
      sumInterval = sumInterval.add(Interval.stated(p.value()));
      terms.add(show(Exact.base(p.value()), u));
    }
    return additive(Check.SUM, obs, total.value(), sum, sumInterval, String.join(" + ", terms),
        zhKey + "：分项之和", key + ": the parts add up to", "合计", "the total");
  }

  /**
   * The verdict of an additive relation: {@code computed} (exact, from printed figures) and its
   * interval against a stated figure.
   */
  static Finding additive(Check check, List<Observation> obs, Quantity stated, Rational computed,
      Interval computedInterval, String expression, String zhLead, String enLead, String zhWhat, String enWhat) {
    Unit u = stated.unit();
    Interval statedInterval = Interval.stated(stated);
    String half = Exact.plain(Exact.decimal(Interval.halfUlp(stated.value()), SHOW));
    String lhs = expression + " = " + show(computed, u) + " " + u.symbol();
    String statedText = "stated " + Exact.plain(stated.value()) + " ± " + half;
    if (statedInterval.contains(computed)) {
      return new Finding(check, Outcome.PASSED, Severity.INFO,
          zhLead + " " + show(computed, u) + u.symbol() + "，与" + zhWhat + " " + stated + " 一致。",
          enLead + " " + show(computed, u) + " " + u.symbol() + ", in agreement with " + enWhat + " " + stated + ".",
          obs, lhs + " (" + statedText + ")");
    }
    boolean explainable = computedInterval.overlaps(statedInterval);
    String arithmetic = lhs + " ≠ " + Exact.plain(stated.value()) + " " + u.symbol() + " (" + statedText
        + "; the printed parts allow " + computedInterval.format(u, SHOW) + ")";
    String diff = show(Exact.base(stated).subtract(computed), u);
    if (explainable) {
      return new Finding(check, Outcome.FAILED, Severity.WARNING,
          zhLead + " " + show(computed, u) + u.symbol() + "，与" + zhWhat + " " + stated + " 相差 " + diff + u.symbol()
              + "；差额在各分项的四舍五入范围内，但按印刷数值并不相符。",
          enLead + " " + show(computed, u) + " " + u.symbol() + ", not " + enWhat + " " + stated + " (off by " + diff
              + "); rounding of the parts could explain the gap, but the printed figures do not add up.",
          obs, arithmetic);
    }
    return new Finding(check, Outcome.FAILED, Severity.ERROR,
        zhLead + " " + show(computed, u) + u.symbol() + "，与" + zhWhat + " " + stated + " 相差 " + diff + u.symbol()
            + "，超出印刷精度所能解释的范围。",
        enLead + " " + show(computed, u) + " " + u.symbol() + ", not " + enWhat + " " + stated + " (off by " + diff
            + "), more than the printed precision allows.",
        obs, arithmetic);
  }

  // ---------------------------------------------------------------- growth

  private void growth(Dataset dataset, List<Finding> out) {
    for (Observation o : dataset.observations()) {
      Change c = o.change().orElse(null);
      if (c == null || c.basis() != Change.Basis.YEAR_ON_YEAR || o.status() == Status.TARGET) {
        continue;
      }
      if (!o.period().isDated()) {
        out.add(skipped(Check.GROWTH, List.of(o), zhKey(o) + "：时期“" + o.period().toChinese()
            + "”不是日历时期，没有上年同期，未核对同比变化 " + c.amount() + "。", key(o) + ": the period '" + o.period()
            + "' is " + (o.period().isStated() ? "a label" : "not stated") + ", not a dated period, so it has no year"
            + " before it; the year-on-year change " + c.amount() + " was not checked."));
        continue;
      }
      Observation prev = find(dataset, o.indicator().code(), o.region(), o.period().yearEarlier(), o.breakdowns(),
          o.status());
      if (prev == null) {
        continue;
      }
      out.add(growth(o, prev, c));
    }
  }

  private static Finding growth(Observation o, Observation prev, Change c) {
    List<Observation> obs = List.of(o, prev);
    String key = key(o);
    String zhKey = zhKey(o);
    Observation inexact = firstInexact(obs);
    if (inexact != null || !c.amount().isExact()) {
      return inexact != null ? notExact(Check.GROWTH, obs, inexact)
          : skipped(Check.GROWTH, obs, zhKey + "的增幅 " + c.amount() + " 不是精确值，未核对。",
              key + ": the stated change " + c.amount() + " is not exact; not checked.");
    }
    Interval now = Interval.stated(o.value());
    Interval before = Interval.stated(prev.value());
    Unit u = o.value().unit();
    String nowText = show(Exact.base(o.value()), u);
    String prevText = show(Exact.base(prev.value()), u);
    switch (c.kind()) {
      case ABSOLUTE: {
        Rational d = Exact.base(o.value()).subtract(Exact.base(prev.value()));
        Unit cu = c.amount().unit();
        return additive(Check.GROWTH, obs, c.amount(), d, now.subtract(before),
            show(Exact.base(o.value()), cu) + " − " + show(Exact.base(prev.value()), cu),
            zhKey + "：与上年同期相比增加", key + ": the change on a year earlier is", "所述增量", "the stated change");
      }
      case POINTS: {
        Rational d = Exact.base(o.value()).subtract(Exact.base(prev.value()));
        return derived(Check.GROWTH, obs, c.amount(), d, now.subtract(before),
            nowText + " − " + prevText, zhKey + "：比上年同期变化", key + ": the change on a year earlier is",
            "所述变化", "the stated change");
      }
      default: {
        if (before.containsZero()) {
          return skipped(Check.GROWTH, obs, zhKey + "：上年同期数值 " + prev.value() + " 可能为零，无法核对增幅。",
              key + ": the previous value " + prev.value() + " may be zero; the rate was not checked.");
        }
        Rational rate = Exact.base(o.value()).divide(Exact.base(prev.value())).subtract(Rational.ONE);
        Interval rates = now.divide(before).subtract(Interval.point(Rational.ONE));
        return derived(Check.GROWTH, obs, c.amount(), rate, rates, nowText + " / " + prevText + " − 1",
            zhKey + "：同比增长", key + ": the growth on a year earlier is", "所述增幅", "the stated rate");
      }
    }
  }

  /**
   * The verdict of a derived figure: {@code computed} (from the printed figures) and its interval
   * (from their precision) against a stated figure.
   */
  private static Finding derived(Check check, List<Observation> obs, Quantity stated, Rational computed,
      Interval computedInterval, String expression, String zhLead, String enLead, String zhWhat, String enWhat) {
    Unit u = stated.unit();
    Interval statedInterval = Interval.stated(stated);
    String half = Exact.plain(Exact.decimal(Interval.halfUlp(stated.value()), SHOW));
    int scale = Math.max(stated.value().scale() + 2, 0);
    String value = round(computed, u, scale);
    String arithmetic = expression + " = " + value + u.symbol() + " (stated " + Exact.plain(stated.value()) + u.symbol()
        + " ± " + half + "; the printed figures allow " + rounded(computedInterval, u, scale) + u.symbol() + ")";
    if (computedInterval.overlaps(statedInterval)) {
      return new Finding(check, Outcome.PASSED, Severity.INFO,
          zhLead + " " + value + u.symbol() + "，与" + zhWhat + " " + stated + " 在印刷精度内一致。",
          enLead + " " + value + u.symbol() + ", in agreement with " + enWhat + " " + stated
              + " within the printed precision.", obs, arithmetic);
    }
    return new Finding(check, Outcome.FAILED, Severity.ERROR,
        zhLead + " " + value + u.symbol() + "，与" + zhWhat + " " + stated + " 不符，超出印刷精度所能解释的范围。",
        enLead + " " + value + u.symbol() + ", which contradicts " + enWhat + " " + stated
            + " beyond the printed precision.", obs, arithmetic);
  }

  // ---------------------------------------------------------------- shares

  private void shares(Dataset dataset, Relation r, List<Finding> out) {
    String wholeCode = r.related().get(0);
    for (Observation part : dataset.byIndicator(r.code())) {
      Share share = part.share().orElse(null);
      if (share == null) {
        continue;
      }
      Observation whole = null;
      Region region = wholeCode.equals(part.indicator().code()) ? part.region().parent().orElse(null) : part.region();
      for (; region != null && whole == null; region = region.parent().orElse(null)) {
        whole = find(dataset, wholeCode, region, part.period(), part.breakdowns(), part.status());
      }
      String key = key(part);
      String zhKey = zhKey(part);
      if (whole == null) {
        out.add(skipped(Check.SHARE, List.of(part), zhKey + "：数据中没有" + wholeCode + "，未核对占比 " + share.rate() + "。",
            key + ": no " + wholeCode + " in the dataset for this period; the share " + share.rate() + " was not checked."));
        continue;
      }
      out.add(ratio(Check.SHARE, part, whole, share.rate(), "占比", "the share", "the stated share"));
    }
  }

  // ---------------------------------------------------------------- plan completion

  private void plans(Dataset dataset, List<Finding> out) {
    Map<String, String> targets = new LinkedHashMap<>();
    for (Relation r : relations) {
      if (r.kind() == Relation.Kind.PLAN) {
        targets.put(r.code(), r.related().get(0));
      }
    }
    for (Observation o : dataset.observations()) {
      Quantity rate = o.planCompletion().orElse(null);
      if (rate == null || o.status() == Status.TARGET) {
        continue;
      }
      String code = o.indicator().code();
      Observation target = null;
      if (targets.containsKey(code)) {
        target = dataset.find(targets.get(code), o.region(), o.period(), o.breakdowns()).stream().findFirst()
            .orElse(null);
      }
      if (target == null) {
        target = dataset.find(code, o.region(), o.period(), o.breakdowns()).stream()
            .filter(t -> t.status() == Status.TARGET).findFirst().orElse(null);
      }
      if (target == null) {
        if (!targets.containsKey(code)) {
          out.add(Targets.implied(o, rate));
        } else {
          String key = key(o);
          out.add(skipped(Check.PLAN_COMPLETION, List.of(o),
              o.indicator().name() + "：数据中没有计划目标 " + targets.get(code) + "，未核对完成率 " + rate + "。",
              key + ": no target " + targets.get(code) + " in the dataset; the completion " + rate + " was not checked."));
        }
        continue;
      }
      out.add(ratio(Check.PLAN_COMPLETION, o, target, rate, "完成计划", "plan completion", "the stated completion"));
    }
  }

  private static Finding ratio(Check check, Observation part, Observation whole, Quantity stated, String zhWhat,
      String enWhat, String enStated) {
    List<Observation> obs = List.of(part, whole);
    String key = key(part);
    String zhKey = zhKey(part);
    Observation inexact = firstInexact(obs);
    if (inexact != null || !stated.isExact()) {
      return inexact != null ? notExact(check, obs, inexact)
          : skipped(check, obs, zhKey + "：" + stated + " 不是精确值，未核对。", key + ": " + stated + " is not exact; not checked.");
    }
    if (!part.value().unit().isConvertibleTo(whole.value().unit())) {
      return skipped(check, obs, zhKey + "：" + part.value() + " 与 " + whole.value() + " 量纲不同，无法计算" + zhWhat + "。",
          key + ": " + part.value() + " and " + whole.value() + " have different dimensions; no " + enWhat + " exists.");
    }
    Interval w = Interval.stated(whole.value());
    if (w.containsZero()) {
      return skipped(check, obs, zhKey + "：基数 " + whole.value() + " 可能为零，未核对。",
          key + ": the base " + whole.value() + " may be zero; not checked.");
    }
    Unit u = part.value().unit();
    Rational r = Exact.base(part.value()).divide(Exact.base(whole.value()));
    Interval ri = Interval.stated(part.value()).divide(w);
    String expr = show(Exact.base(part.value()), u) + " / " + show(Exact.base(whole.value()), u);
    return derived(check, obs, stated, r, ri, expr, zhKey + "：" + zhWhat, key + ": " + enWhat + " is",
        "所述" + zhWhat, enStated);
  }

  // ---------------------------------------------------------------- rankings

  private void rankings(Dataset dataset, List<Finding> out) {
    for (Observation o : dataset.observations()) {
      Ranking ranking = o.ranking().orElse(null);
      if (ranking == null || ranking.scope().isEmpty()) {
        continue;
      }
      Region scope = ranking.scope().get();
      if (!o.region().isStated() || !scope.isStated()) {
        continue;
      }
      Map<Region, Observation> peers = new LinkedHashMap<>();
      for (Observation p : dataset.byIndicator(o.indicator().code())) {
        if (p != o && p.period().equals(o.period()) && p.breakdowns().equals(o.breakdowns())
            && p.status() == o.status() && !p.region().equals(o.region()) && p.region().isStated()
            && p.region().level() == o.region().level() && p.region().isWithin(scope)) {
          peers.putIfAbsent(p.region(), p);
        }
      }
      if (peers.isEmpty()) {
        continue;
      }
      boolean asc = ascending.contains(o.indicator().code());
      Rankings.Check c = Rankings.check(o, ranking, peers.values(),
          asc ? Rankings.Order.ASCENDING : Rankings.Order.DESCENDING);
      out.add(ranking(c, asc));
    }
  }

  private static Finding ranking(Rankings.Check c, boolean ascending) {
    Observation o = c.subject();
    List<Observation> sorted = new ArrayList<>(c.peers());
    sorted.sort((a, b) -> ascending ? a.value().compareTo(b.value()) : b.value().compareTo(a.value()));
    String order = sorted.stream().map(p -> p.region().code() + " " + p.value())
        .collect(Collectors.joining(ascending ? " < " : " > "));
    String position = c.bestPosition() == c.worstPosition() ? Integer.toString(c.bestPosition())
        : c.bestPosition() + "–" + c.worstPosition();
    String scope = c.stated().scope().map(Region::code).orElse("");
    String arithmetic = order + ": position " + position + " of " + c.peers().size()
        + (c.complete() ? "" : " known (of " + c.peerCount() + ")") + " (stated " + c.stated() + " in " + scope + ")";
    String key = key(o);
    String zhKey = zhKey(o);
    String partial = c.complete() ? "" : "（数据仅含 " + c.peers().size() + " / " + c.peerCount() + " 个地区）";
    String partialEn = c.complete() ? "" : " (only " + c.peers().size() + " of " + c.peerCount() + " peers in the data)";
    if (c.consistent()) {
      return new Finding(Check.RANKING, Outcome.PASSED, Severity.INFO,
          zhKey + "：按数值排第 " + position + " 位，与所述排名 " + c.stated() + " 相符" + partial + "。",
          key + ": ranks " + position + " by value, in agreement with the stated ranking " + c.stated() + partialEn + ".",
          c.peers(), arithmetic);
    }
    return new Finding(Check.RANKING, Outcome.FAILED, Severity.ERROR,
        zhKey + "：按数值排第 " + position + " 位，与所述排名 " + c.stated() + " 不符" + partial + "。",
        key + ": ranks " + position + " by value, not " + c.stated() + partialEn + ".", c.peers(), arithmetic);
  }

  // ---------------------------------------------------------------- helpers

  /**
   * The observation of a code, region, period and breakdowns: the same status preferred, never a
   * TARGET unless asked.
   */
  static Observation find(Dataset dataset, String code, Region region, Period period, Breakdowns breakdowns,
      Status status) {
    List<Observation> found = dataset.find(code, region, period, breakdowns);
    Observation fallback = null;
    for (Observation o : found) {
      if (o.status() == status) {
        return o;
      }
      if (fallback == null && o.status() != Status.TARGET) {
        fallback = o;
      }
    }
    return status == Status.TARGET ? null : fallback;
  }

  /** {@code GRAIN_OUTPUT 150400 2023} and the breakdowns in braces, for English messages. */
  static String key(Observation o) {
    return o.indicator().code() + " " + o.region().code() + " " + o.period()
        + (o.breakdowns().isEmpty() ? "" : " {" + o.breakdowns() + "}");
  }

  /** 粮食总产量（赤峰市，2023年） with the breakdowns after the period, for Chinese messages. */
  static String zhKey(Observation o) {
    return o.indicator().name() + "（" + o.region().name() + "，" + o.period().toChinese()
        + (o.breakdowns().isEmpty() ? "" : "，" + o.breakdowns()) + "）";
  }

  static Observation firstInexact(List<Observation> obs) {
    for (Observation o : obs) {
      if (!o.value().isExact()) {
        return o;
      }
    }
    return null;
  }

  static Finding notExact(Check check, List<Observation> obs, Observation inexact) {
    return skipped(check, obs,
        inexact.indicator().name() + " " + inexact.value() + " 不是精确值，未核对。",
        key(inexact) + ": " + inexact.value()
            + " is not exact; not checked.");
  }

  static Finding skipped(Check check, List<Observation> obs, String zh, String en) {
    return new Finding(check, Outcome.SKIPPED, Severity.INFO, zh, en, obs, "not computed");
  }

  /** An exact coherent amount in {@code unit}: exact when it terminates, else to 12 significant digits. */
  static String show(Rational coherent, Unit unit) {
    return Exact.plain(Exact.decimal(coherent.divide(unit.factor()), SHOW));
  }

  private static String round(Rational coherent, Unit unit, int scale) {
    Rational v = coherent.divide(unit.factor());
    BigDecimal d = Exact.decimal(v, WIDE);
    BigDecimal r = d.setScale(scale, RoundingMode.HALF_UP);
    return (r.compareTo(d) == 0 ? "" : "≈") + r.toPlainString();
  }

  private static String rounded(Interval i, Unit unit, int scale) {
    BigDecimal lo = Exact.decimal(i.lo().divide(unit.factor()), WIDE)
        .setScale(scale, RoundingMode.FLOOR);
    BigDecimal hi = Exact.decimal(i.hi().divide(unit.factor()), WIDE)
        .setScale(scale, RoundingMode.CEILING);
    return lo.toPlainString() + " … " + hi.toPlainString();
  }

}
