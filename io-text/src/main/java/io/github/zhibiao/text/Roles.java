package io.github.zhibiao.text;

import io.github.zhibiao.model.Change;
import io.github.zhibiao.model.Ranking;
import io.github.zhibiao.model.Region;
import io.github.zhibiao.model.RegionLevel;
import io.github.zhibiao.model.RegionScope;
import io.github.zhibiao.unit.Quantity;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The roles stage: what a figure is, read from the words just before it (its window). Plan
 * completion (完成年度计划的117.10%), a share (占全区总任务的17%), a change (同比增长12.08%,
 * 较近5年平均高6.31亿斤, 超过考核要求7.5个百分点), or else a level; and the rankings of a clause
 * (居全区第3位, 前10强), with their scope resolved against the context region. Bases come from
 * core's one vocabulary ({@link Change#basisOf}).
 */
final class Roles {
  /** A change cue in a window: the change, where the subject part ends, and the cue's own span. */
  record ChangeCue(Change change, int restEnd, int cueStart, int cueEnd) {}

  /** A share cue in a window: the whole's span within the window. */
  record ShareCue(int wholeStart, int wholeEnd) {}

  private static final Pattern YEAR_IN_BASIS = Pattern.compile("^(?:与|比|较)?(\\d{4})年(?:同期)?(?:相比)?$");

  private final int year;
  private final Region region;

  Roles(ExtractionContext ctx) {
    this.year = ctx.year();
    this.region = ctx.region();
  }

  /** Whether the window ends in a plan-completion cue: 完成年度计划的, 为年计划的, 完成全年目标数. */
  static boolean isPlan(String pre) {
    return Cues.PLAN.matcher(pre).find();
  }

  /** The share cue the window ends in (占…的比重为), or null. */
  static ShareCue share(String pre) {
    Matcher share = Cues.SHARE.matcher(pre);
    return share.find() ? new ShareCue(share.start("whole"), share.end("whole")) : null;
  }

  /** The change cue the window {@code pre} of the figure {@code q} ends in, or null. */
  ChangeCue change(String pre, Quantity q, boolean ratio) {
    Matcher cmp = Cues.REF_COMPARE.matcher(pre);
    if (cmp.find()) {
      boolean down = isDown(cmp.group("dir"));
      return new ChangeCue(basisChange(down ? q.negate() : q, cmp.group("ref")), cmp.start(), cmp.start(), pre.length());
    }
    Matcher dir = Cues.changeAtEnd(pre);
    if (dir.find()) {
      Quantity amount = multiple(isDown(dir.group("dir")) ? q.negate() : q);
      Matcher basis = Cues.BASIS.matcher(pre).region(0, dir.start());
      int bStart = -1;
      String bText = null;
      while (basis.find()) {
        bStart = basis.start();
        bText = basis.group();
      }
      if (bText == null) {
        return new ChangeCue(Change.yearOnYear(amount), dir.start(), dir.start(), pre.length());
      }
      return new ChangeCue(basisChange(amount, bText), bStart, bStart, pre.length());
    }
    Matcher over = Cues.REF_OVER.matcher(pre);
    if (over.find() && ratio) {
      boolean down = over.group("kw").equals("低于");
      return new ChangeCue(Change.against(down ? q.negate() : q, over.group("ref")), over.start(), over.start(),
          pre.length());
    }
    return null;
  }

  /** A multiple as a growth rate: 增长1.5倍 is +150 %; other amounts as they are. */
  static Quantity multiple(Quantity q) {
    return q;
  }

  /**
   * The change a multiple states, as core's {@code calc.Growth} reads them: 增长1.5倍 (增加, 提高)
   * is the base increased by 1.5 times itself, +150 %; 增长到2.5倍 (增加到, 提高到, 扩大到) is 2.5 times
   * the base, +150 % as well. Exact: N × 100 % or (N − 1) × 100 %. Null for a multiple no growth verb
   * governs (相当于上年的1.3倍 states a ratio, not a figure this reader keeps).
   */
  ChangeCue multipleChange(String pre, Quantity times) {
    Matcher to = Cues.MULTIPLE_TO.matcher(pre);
    boolean timesAs = to.find();
    Matcher by = timesAs ? to : Cues.MULTIPLE_BY.matcher(pre);
    if (!timesAs && !by.find()) {
      return null;
    }
    java.math.BigDecimal n = times.value();
    java.math.BigDecimal rate = (timesAs ? n.subtract(java.math.BigDecimal.ONE) : n).movePointRight(2);
    Quantity amount = Quantity.of(rate, io.github.zhibiao.unit.Units.PERCENT);
    Matcher basis = Cues.BASIS.matcher(pre).region(0, by.start());
    int bStart = -1;
    String bText = null;
    while (basis.find()) {
      bStart = basis.start();
      bText = basis.group();
    }
    if (bText == null) {
      return new ChangeCue(Change.yearOnYear(amount), by.start(), by.start(), pre.length());
    }
    return new ChangeCue(basisChange(amount, bText), bStart, bStart, pre.length());
  }

  static boolean isDown(String dir) {
    switch (dir) {
      case "下降": case "减少": case "降低": case "回落": case "下滑": case "降幅": case "减幅": case "低": case "少":
      case "减收": case "减支": case "减产": case "少投产": case "微降": case "略降": case "递减": case "降":
        return true;
      default:
        return false;
    }
  }

  /** The change of {@code amount} against the basis text (同比, 比上年, 与2022年同期相比, 较近5年平均). */
  Change basisChange(Quantity amount, String basis) {
    String b = basis.strip();
    if (Cues.LAST_YEAR_COMPARED.matcher(b).matches()) {
      return Change.yearOnYear(amount);
    }
    Optional<Change.Basis> known = Change.basisOf(b); // the one vocabulary of core
    if (known.isPresent()) {
      return known.get() == Change.Basis.YEAR_ON_YEAR ? Change.yearOnYear(amount) : Change.previousPeriod(amount);
    }
    Matcher y = YEAR_IN_BASIS.matcher(b);
    if (y.find()) {
      int basisYear = Integer.parseInt(y.group(1));
      if (basisYear == year - 1) {
        return Change.yearOnYear(amount);
      }
      return Change.against(amount, basisYear + "年");
    }
    String ref = b.startsWith("比") || b.startsWith("较") ? b.substring(1) : b;
    return Change.against(amount, ref.isBlank() ? b : ref);
  }

  /** The ranking a {@link Cues#RANK} match states, or null when its number is no position. */
  static Ranking ranking(Matcher m) {
    try {
      if (m.group("pos") != null) {
        int p = Prose.smallNumber(m.group("pos"));
        return p >= 1 ? Ranking.position(p) : null;
      }
      if (m.group("first") != null) {
        return Ranking.first();
      }
      if (m.group("lead") != null) {
        return Ranking.leading();
      }
      int n = Prose.smallNumber(m.group("top"));
      return n >= 1 ? Ranking.topN(n) : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** The ranking with the scope word of {@code text} (全区 in 居全区第2位), resolved against the context. */
  Ranking scoped(Ranking r, String text) {
    Optional<RegionScope> word = RegionScope.find(text);
    if (word.isPresent()) {
      return r.withScopeWord(word.get()).resolveScope(region);
    }
    if (text.contains("自治区")) {
      return RegionScope.REGION.resolve(region).filter(p -> p.level() == RegionLevel.PROVINCE)
          .map(r::within).orElse(r);
    }
    return r;
  }
}
