package io.github.zhibiao.calc;

import io.github.zhibiao.ZhibiaoException;
import io.github.zhibiao.calc.Finding.Check;
import io.github.zhibiao.calc.Finding.Outcome;
import io.github.zhibiao.calc.Finding.Severity;
import io.github.zhibiao.model.Dataset;
import io.github.zhibiao.model.Observation;
import io.github.zhibiao.model.Period;
import io.github.zhibiao.model.Ranking;
import io.github.zhibiao.model.Region;
import io.github.zhibiao.model.Regions;
import io.github.zhibiao.model.Series;
import io.github.zhibiao.unit.Quantity;
import io.github.zhibiao.unit.UnitCatalog;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Claims over time that a note states beside a figure: streaks (连续11年保持在100亿斤以上, checked with
 * {@link Streaks}) and rank claims (连续11年位居自治区前列 beside a stated 首位, checked with {@link
 * Rankings#compatible}). Nobody's API.
 *
 * <p>A streak claim of N years at or above a level ends with the observation's period. It passes
 * when the series of the indicator, region and breakdowns holds N consecutive years at or above
 * the level; fails with ERROR when a year in the data falls below it (the claim breaks there);
 * and is SKIPPED when the data holds fewer of the years, all of them at or above the level. A
 * note's rank claim for the national scope (全国) is not compared with a provincial ranking.
 */
final class Claims {
  private static final Pattern STREAK = Pattern.compile(
      "连续([0-9]{1,4}|[一二两三四五六七八九十]{1,3})年(?:保持在|稳定在|保持|稳定|达到|在)?([0-9]+(?:\\.[0-9]+)?[^0-9以;；,，。、()（）]{1,6}?)以上");
  private static final Pattern RANK = Pattern.compile(
      "(?:稳居|位居|位列|居于|名列|居)(全国|全区|全省|全市|自治区)?(首位|前列|前[0-9]+(?:强|位|名)?|第[0-9一二三四五六七八九十]+(?:位|名)?)");

  private Claims() {}

  static void streaks(Dataset dataset, List<Finding> out) {
    for (Observation o : dataset.observations()) {
      String note = o.note().orElse("");
      Matcher m = STREAK.matcher(note);
      while (m.find()) {
        Quantity level;
        try {
          level = Quantity.parse(m.group(2), UnitCatalog.builtIn());
        } catch (ZhibiaoException e) {
          continue; // not a level this library reads: no claim
        }
        if (!level.unit().isConvertibleTo(o.value().unit()) || !o.period().isDated()) {
          continue;
        }
        int years = years(m.group(1));
        if (years < 1) {
          continue; // 连续零年, or a numeral the grammar does not read: no claim
        }
        out.add(streak(dataset.series(o.indicator().code(), o.region(), o.breakdowns()), o, m.group(), years, level));
      }
    }
  }

  /** The years of a streak, 11 or 十一, through the one numeral grammar of core; 0 if it reads as no whole count. */
  private static int years(String count) {
    try {
      java.math.BigDecimal v = Quantity.parse(count, UnitCatalog.builtIn()).value();
      return v.signum() > 0 && v.stripTrailingZeros().scale() <= 0 ? v.intValueExact() : 0;
    } catch (ZhibiaoException | ArithmeticException e) {
      return 0;
    }
  }

  static Finding streak(Series series, Observation o, String claim, int years, Quantity level) {
    String zhKey = Consistency.zhKey(o);
    String key = Consistency.key(o);
    int run = Streaks.run(series, level, o.period());
    Period p = o.period();
    for (int i = 0; i < run; i++) {
      p = p.yearEarlier();
    }
    List<Observation> obs = List.copyOf(series.observations().values());
    String arithmetic = "run at or above " + level + " ending " + o.period() + ": " + run + " year" + (run == 1 ? "" : "s")
        + " in the data (claimed " + years + ")";
    if (run >= years) {
      return new Finding(Check.STREAK, Outcome.PASSED, Severity.INFO,
          zhKey + "：“" + claim + "”与数据相符（连续 " + run + " 年不低于 " + level + "）。",
          key + ": the claim “" + claim + "” holds: " + run + " consecutive years at or above " + level + ".", obs,
          arithmetic);
    }
    Observation breaker = series.get(p).orElse(null);
    if (breaker != null) {
      return new Finding(Check.STREAK, Outcome.FAILED, Severity.ERROR,
          zhKey + "：“" + claim + "”与数据不符：" + p.toChinese() + "为 " + breaker.value() + "，低于 " + level + "。",
          key + ": the claim “" + claim + "” fails: " + p + " has " + breaker.value() + ", below " + level + ".", obs,
          arithmetic + "; " + p + ": " + breaker.value() + " < " + level);
    }
    return Consistency.skipped(Check.STREAK, obs,
        zhKey + "：“" + claim + "”只能部分核对：数据中仅有连续 " + run + " 年（均不低于 " + level + "），不足 " + years + " 年。",
        key + ": the claim “" + claim + "” can be checked only in part: the data holds " + run + " of the " + years
            + " years, " + (run == 0 ? "none" : "all") + " at or above " + level + ".");
  }

  static void ranks(Dataset dataset, Regions regions, List<Finding> out) {
    for (Observation o : dataset.observations()) {
      Ranking stated = o.ranking().orElse(null);
      String note = o.note().orElse("");
      if (stated == null || note.isEmpty()) {
        continue;
      }
      Matcher m = RANK.matcher(note);
      while (m.find()) {
        if ("全国".equals(m.group(1))) {
          continue;
        }
        Ranking claim;
        try {
          claim = Ranking.parse(m.group(2));
        } catch (ZhibiaoException e) {
          continue;
        }
        out.add(rank(o, stated, claim, m.group(), peerCount(stated, claim, regions)));
      }
    }
  }

  /** The stated peer count, else the number of children of the ranking's scope, else 1. */
  private static int peerCount(Ranking stated, Ranking claim, Regions regions) {
    if (stated.peers().isPresent()) {
      return stated.peers().getAsInt();
    }
    if (claim.peers().isPresent()) {
      return claim.peers().getAsInt();
    }
    Region scope = stated.scope().orElse(null);
    int n = scope == null || !scope.isStated() ? 0 : regions.children(scope).size();
    return Math.max(n, 1);
  }

  static Finding rank(Observation o, Ranking stated, Ranking claim, String text, int peerCount) {
    String zhKey = Consistency.zhKey(o);
    String key = Consistency.key(o);
    String arithmetic = stated + " and " + claim + " among " + peerCount + " peers"
        + (claim.kind() == Ranking.Kind.LEADING || stated.kind() == Ranking.Kind.LEADING
            ? " (前列: positions 1–" + Math.max(1, (peerCount + 2) / 3) + ")" : "");
    if (Rankings.compatible(stated, claim, peerCount)) {
      return new Finding(Check.RANK_CLAIM, Outcome.PASSED, Severity.INFO,
          zhKey + "：所述排名 " + stated + " 与备注中的“" + text + "”相容。",
          key + ": the stated ranking " + stated + " is compatible with the note's “" + text + "”.", List.of(o),
          arithmetic + ": compatible");
    }
    return new Finding(Check.RANK_CLAIM, Outcome.FAILED, Severity.ERROR,
        zhKey + "：所述排名 " + stated + " 与备注中的“" + text + "”不能同时成立。",
        key + ": the stated ranking " + stated + " and the note's “" + text + "” cannot both hold.", List.of(o),
        arithmetic + ": no position satisfies both");
  }
}
