package io.github.zhibiao.text;

import io.github.zhibiao.model.Change;
import io.github.zhibiao.model.Period;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stage of earlier levels stated in a comparison. A level written with the year it is from and the year it
 * went to (奶业总产值由2000年的195.4亿元增加到2009年的1668.1亿元,增长753.7%) is two facts of one subject, one a year,
 * and the change after them is against the earlier year (753.7% against 2000年). A level named as the basis of a
 * change (奶牛存栏1260.3万头,比2000年的488.7万头增长了157.9%; 人均纯收入1996元,比上年人均纯收入1848元增长8%) is a fact of
 * its own in that earlier year, of the figure in focus's subject, and the change after it goes on the figure in
 * focus, against that year.
 */
final class Comparisons {
  /** Before the first figure of a from-to comparison: 由2000年的, 从2015年末的人均. */
  static final Pattern FROM = Pattern.compile("(?:由|从)(?<y>(?:19|20)\\d{2})年(?:末|底)?的?(?:人均)?$");

  /** Before the second: 增加到2009年的, 提高至2020年末的. */
  private static final Pattern TO = Pattern.compile(
      "^(?:增加|增长|提高|上升|扩大|提升|发展|下降|减少|降低|缩小|下滑)?(?:到|至)(?<y>(?:19|20)\\d{2})年(?:末|底)?的?(?:人均)?$");

  /** Before a level named as a basis: 比2000年的, 较上年, 比上年人均纯收入 (the name of the figure in focus). */
  private static final Pattern BASE = Pattern.compile(
      "(?:比|较)(?:(?<y>(?:19|20)\\d{2})年|(?<last>上年|去年))(?:末|底)?的?(?<name>[^,;:比较]{0,12}?)$");

  private final Drafting drafting;

  Comparisons(Drafting drafting) {
    this.drafting = drafting;
  }

  /** The year of the from-to comparison the window {@code pre} ends in (由2000年的), or -1. */
  static int fromYear(String pre) {
    Matcher from = FROM.matcher(pre);
    return from.find() ? Integer.parseInt(from.group("y")) : -1;
  }

  /** Where the from-to comparison the window {@code pre} ends in starts (before 由). */
  static int fromStart(String pre) {
    Matcher from = FROM.matcher(pre);
    return from.find() ? from.start() : pre.length();
  }

  /** Marks {@code d}, read from {@code 由<year>年的}, as the level of that year, the start of a from-to comparison. */
  static void startFrom(Draft d, int year) {
    d.period = Period.year(year);
    d.instantMark = false;
    d.fromYear = year;
  }

  /**
   * The second level of a from-to comparison ({@code pre} = 增加到2009年的), of the subject of the first
   * ({@code current}), or null when {@code pre} is no such phrase or no comparison is open.
   */
  Draft to(Mention m, String pre, int cs, Draft current) {
    if (current == null || current.fromYear < 0) {
      return null;
    }
    Matcher to = TO.matcher(pre);
    if (!to.find() || !sameDimension(m, current)) {
      return null;
    }
    Draft d = drafting.create(m, current.subject, m.start, cs);
    d.region = current.region;
    d.period = Period.year(Integer.parseInt(to.group("y")));
    d.basisYear = current.fromYear; // the change after it is against the year the comparison started from
    current.fromYear = -1;
    m.used = true;
    drafting.add(d);
    return d;
  }

  /**
   * A level named as the basis of a change ({@code pre} = 比2000年的), a fact of its own of the subject of
   * {@code current} in that year; returns true when it read one. The change after it goes on {@code current}.
   */
  boolean base(Mention m, String pre, int cs, Draft current, int year) {
    if (current == null || current.changeOnlyName != null || current.value == null) {
      return false;
    }
    Matcher base = BASE.matcher(pre);
    if (!base.find() || !sameDimension(m, current)) {
      return false;
    }
    String name = base.group("name");
    if (!name.isEmpty() && !name.equals("人均") && !current.subject.endsWith(name)) {
      return false; // 比上年的产量…: a name that is not the figure in focus's
    }
    int y = base.group("y") != null ? Integer.parseInt(base.group("y")) : year - 1;
    Draft d = drafting.create(m, current.subject, m.start, cs);
    d.region = current.region;
    d.period = Period.year(y);
    d.instantMark = false;
    d.lower(Confidence.MEDIUM);
    if (base.group("y") != null) {
      current.basisYear = y; // 比2000年的488.7万头增长了157.9%: against 2000
    }
    m.used = true;
    drafting.add(d);
    return true;
  }

  /**
   * The change of {@code d} against the year its comparison names, when its cue wrote no basis of its own
   * ({@code pre} without 同比, 比上年…): 增长753.7% after 由2000年的…到2009年的 is against 2000年.
   */
  static void againstItsYear(Draft d, String pre) {
    if (d == null || d.basisYear < 0 || d.change == null || d.change.basis() != Change.Basis.YEAR_ON_YEAR
        || Cues.BASIS.matcher(pre).find()) {
      return;
    }
    d.change = Change.against(d.change.amount(), d.basisYear + "年");
    d.basisYear = -1;
  }

  private static boolean sameDimension(Mention m, Draft current) {
    return current.value != null && m.quantity.unit().dimension().equals(current.value.unit().dimension());
  }
}
