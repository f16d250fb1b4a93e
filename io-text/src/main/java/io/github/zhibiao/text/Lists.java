package io.github.zhibiao.text;

import io.github.zhibiao.model.Change;
import io.github.zhibiao.model.Region;
import io.github.zhibiao.model.Status;
import io.github.zhibiao.unit.Quantity;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lists stage: several figures of several items. A、B分别… gives one fact per item (the words after 分别
 * appended when they name the measure: A、B分别出口 → A出口); regions before 分别 keep the words after it as
 * subject; a list of items named in the clause before (建立A库、B库,入库企业分别达…) takes the clause's head noun;
 * 答复率和满意度均达100% gives one figure to each subject; changes listed after a list of levels
 * (…分别增长27.7%、58.5%; 比上年增加28.9亿斤和2.1亿斤) go to those levels in order. A figure without a unit
 * in a list takes the unit of the list's last figure (6360.6亿、2004.4亿元).
 */
final class Lists {
  /** A count in apposition after the last item (巫峡·神女两大核心景区): it names the items' kind, not an item. */
  private static final Pattern APPOSITION = Pattern.compile(
      "(?<n>两|二|三|四|五|六|七|八|九|十|\\d{1,2})(?:大|个|家|座|类|项|所)[^、,;:]{1,8}$");

  private final Drafting drafting;
  private final Subjects subjects;
  private final Roles roles;
  private final ExtractionContext ctx;

  Lists(Drafting drafting, Subjects subjects, Roles roles, ExtractionContext ctx) {
    this.drafting = drafting;
    this.subjects = subjects;
    this.roles = roles;
    this.ctx = ctx;
  }

  private static boolean allPoints(List<Value> values) {
    for (Value v : values) {
      if (!v.mention().isPoints()) {
        return false;
      }
    }
    return true;
  }

  /** One figure of a list: its mention and its quantity, the list's unit given to a bare number. */
  private record Value(Mention mention, Quantity quantity) {}

  /**
   * The enumeration of clause {@code c} around 分别 at {@code at}: its facts are drafted and its figures
   * used; returns the draft in focus after it ({@code current} when the clause is no enumeration).
   */
  Draft enumeration(List<Sentences.Clause> clauses, int c, int at, List<Mention> in, Draft current) {
    String s = drafting.s;
    int cs = clauses.get(c).start();
    List<Value> values = values(in, at);
    if (values.size() < 2) {
      return current;
    }
    int headStart = cs;
    for (Mention m : in) {
      if (m.end <= at) {
        headStart = Math.max(headStart, m.end);
      }
    }
    int firstValue = values.get(0).mention().start;
    String between = s.substring(at + 2, firstValue);
    Matcher dir = Cues.changeAtEnd(between);
    boolean change = dir.find() && dir.start() == 0 || between.endsWith("下降") || between.endsWith("增长");
    boolean down = change && Roles.isDown(dir.group("dir"));
    String head = s.substring(headStart, at);
    if (current != null && allPoints(values) && Cues.POINTS_LIST_ASIDE.matcher(head).find()) {
      for (Value v : values) {
        v.mention().used = true; // 降幅比上半年、一季度分别收窄3.6个、8.6个百分点: comparisons, noted on the figure in focus
      }
      Mention last = values.get(values.size() - 1).mention();
      current.note(drafting.src.substring(headStart, last.end));
      current.extend(last.end);
      return current;
    }
    String basisText = null;
    if (change) {
      basisText = basisAtEnd(head);
      if (basisText != null) {
        head = head.substring(0, head.length() - basisText.length());
      } else {
        Matcher basis = Cues.BASIS.matcher(between); // 分别比上年同期增长11.9%和18.86%
        if (basis.lookingAt()) {
          basisText = basis.group();
        }
      }
    }
    if (change && subjects.clean(head).isEmpty()) {
      String basis = basisText;
      // 分别增长27.7%、58.5%: the changes of the levels before
      return distribute(values, q -> listedChange(down ? q.negate() : q, basis), current);
    }
    if (!change && Roles.isPlan(between) && subjects.clean(head).isEmpty()) {
      return completions(values, current); // 分别占计划的102.4%、80.8%: the completions of the levels before
    }
    List<Region> regions = regionItems(head, values.size());
    if (regions != null && !change) {
      return byRegion(values, regions, at + 2, firstValue, cs, current);
    }
    Subjects.Lead headLead = subjects.subject(head);
    Status status = headLead.status();
    String cleaned = headLead.text();
    int cleanedStart = headStart + head.lastIndexOf(cleaned);
    cleaned = withoutApposition(cleaned, values.size());
    List<int[]> items = Drafting.items(cleaned, cleanedStart);
    List<String> names = new ArrayList<>();
    List<Integer> starts = new ArrayList<>();
    if (items.size() == values.size()) {
      for (int[] it : items) {
        names.add(drafting.src.substring(it[0], it[1]));
        starts.add(it[0]);
      }
      expandShortItems(names);
      String measure = change ? "" : measure(between);
      if (!measure.isEmpty()) {
        names.replaceAll(n -> n + measure); // 电工器材、汽车及其零配件分别出口 → 电工器材出口
      }
    } else if (items.size() == 1 && c > 0) {
      if (!namedBefore(clauses.get(c - 1), values.size(), cleaned, cleanedStart, names, starts)) {
        return current;
      }
    } else {
      return current;
    }
    Draft last = current;
    for (int k = 0; k < values.size(); k++) {
      Value v = values.get(k);
      Mention m = v.mention();
      m.used = true;
      Draft d = drafting.create(m, names.get(k), starts.get(k), cs);
      d.value = v.quantity();
      d.status = status == Status.NORMAL ? d.status : status;
      d.lower(Confidence.MEDIUM);
      if (change) {
        Change ch = listedChange(down ? v.quantity().negate() : v.quantity(), basisText);
        if (ch.kind() == Change.Kind.ABSOLUTE) {
          m.used = false;
          continue;
        }
        d.value = ch.amount();
        d.changeOnlyName = d.subject + (ch.kind() == Change.Kind.RATE ? "增速" : "变动");
        d.note((basisText == null ? "" : basisText) + (down ? "下降" : "增长"));
      } else {
        d.stockVerb = between.contains("增加至") || between.contains("增至") || between.contains("增加到");
      }
      drafting.add(d);
      last = d;
    }
    return last;
  }

  /**
   * A list of changes with no 分别 (比上年增加28.9亿斤和2.1亿斤) opening the clause that starts at {@code cs},
   * right after as many levels: each level takes its change, in order. Returns the draft in focus, or null
   * when the clause opens with no such list.
   */
  Draft changeList(int cs, List<Mention> in) {
    List<Value> values = values(in, cs - 1);
    if (values.size() < 2) {
      return null;
    }
    String pre = drafting.s.substring(cs, values.get(0).mention().start);
    Mention first = values.get(0).mention();
    Roles.ChangeCue cue = roles.change(pre, values.get(0).quantity(), first.isPoints() || first.isPercent());
    if (cue == null || !subjects.clean(pre.substring(0, cue.restEnd())).isEmpty()) {
      return null;
    }
    return distribute(values, q -> roles.change(pre, q, first.isPoints() || first.isPercent()).change(), null);
  }

  private Change listedChange(Quantity amount, String basisText) {
    return basisText == null ? Change.yearOnYear(amount) : roles.basisChange(amount, basisText);
  }

  /** Gives the changes of {@code values} to as many levels drafted last, in order; {@code current} when they do not fit. */
  private Draft distribute(List<Value> values, Function<Quantity, Change> changeOf, Draft current) {
    List<Draft> all = drafting.all();
    int n = values.size();
    if (all.size() < n) {
      return current;
    }
    List<Draft> levels = all.subList(all.size() - n, all.size());
    for (Draft d : levels) {
      if (d.change != null || d.changeOnlyName != null || d.planOf != null) {
        return current;
      }
    }
    Draft last = current;
    for (int k = 0; k < n; k++) {
      Value v = values.get(k);
      Draft d = levels.get(k);
      d.change = changeOf.apply(v.quantity());
      d.changeText = drafting.src.substring(v.mention().start, v.mention().end);
      d.extend(v.mention().end);
      v.mention().used = true;
      last = d;
    }
    return last;
  }

  /** Gives the plan completions {@code values} to as many levels drafted last, in order; {@code current} when they do not fit. */
  private Draft completions(List<Value> values, Draft current) {
    List<Draft> all = drafting.recent();
    int n = values.size();
    if (all.isEmpty()) {
      return current;
    }
    // 6个新农村建设项目完成投资93.3亿元,54个…: the levels of the last figure's dimension, passing over the counts between
    io.github.zhibiao.unit.Dimension dim = all.get(all.size() - 1).value.unit().dimension();
    List<Draft> levels = new ArrayList<>();
    for (int i = all.size() - 1; i >= 0 && levels.size() < n; i--) {
      if (all.get(i).value.unit().dimension().equals(dim)) {
        levels.add(0, all.get(i));
      }
    }
    if (levels.size() < n) {
      return current;
    }
    for (int k = 0; k < n; k++) {
      Draft d = levels.get(k);
      if (d.plan != null || d.changeOnlyName != null || d.planOf != null || !values.get(k).mention().isPercent()) {
        return current;
      }
    }
    for (int k = 0; k < n; k++) {
      Draft d = levels.get(k);
      d.plan = values.get(k).quantity();
      d.extend(values.get(k).mention().end);
      values.get(k).mention().used = true;
    }
    return levels.get(n - 1);
  }

  /** The basis of a change written at the end of {@code head} (农药、化肥施用量同比|分别下降), or null. */
  private static String basisAtEnd(String head) {
    Matcher basis = Cues.BASIS.matcher(head);
    String found = null;
    while (basis.find()) {
      if (basis.end() == head.length()) {
        found = basis.group();
      }
    }
    return found;
  }

  /**
   * The figures after {@code at} separated only by list separators; a bare number or a magnitude alone
   * (6360.6亿) takes the unit of the last figure (2004.4亿元, 1.66个百分点).
   */
  private List<Value> values(List<Mention> in, int at) {
    List<Mention> ms = new ArrayList<>();
    for (Mention m : in) {
      if (m.start > at && !m.used && !m.multiple && !m.threshold) {
        if (!ms.isEmpty() && !drafting.onlyListSeparators(ms.get(ms.size() - 1).end, m.start)) {
          break;
        }
        ms.add(m);
      }
    }
    List<Value> out = new ArrayList<>();
    if (ms.isEmpty()) {
      return out;
    }
    Quantity lastQ = ms.get(ms.size() - 1).quantity;
    String unit = lastQ == null ? "" : lastQ.unit().withoutMagnitude().symbol();
    for (Mention m : ms) {
      Quantity q = m.quantity;
      if ((q == null || q.unit().withoutMagnitude().symbol().isEmpty()) && !unit.isEmpty()) {
        q = withUnit(drafting.s.substring(m.start, m.end), unit);
      }
      if (q == null) {
        return out.size() >= 2 ? out : List.of();
      }
      out.add(new Value(m, q));
    }
    return out;
  }

  private Quantity withUnit(String figure, String unit) {
    try {
      return Quantity.parse(figure + unit, ctx.units());
    } catch (IllegalArgumentException | ArithmeticException e) {
      return null;
    }
  }

  /** The words after 分别 that name a measure (出口, 接待, 完成投资), without linking words (为, 达到, 增加至). */
  private static String measure(String between) {
    String t = Subjects.stripTrail(between.strip());
    for (String[] words : new String[][] {Cues.LINKING, Cues.TRAIL}) {
      for (String w : words) {
        if (t.equals(w)) {
          return ""; // 分别增加至30家、45家, 分别为…: the words only link the items to their figures
        }
      }
    }
    return t.length() >= 2 ? t : "";
  }

  /** The last item without a count in apposition naming the items' kind (…两大核心景区), when the count is theirs. */
  static String withoutApposition(String list, int count) {
    Matcher m = APPOSITION.matcher(list);
    if (!m.find() || m.start() == 0) {
      return list;
    }
    String n = m.group("n");
    int said = Character.isDigit(n.charAt(0)) ? Integer.parseInt(n) : Prose.smallNumber(n.equals("两") ? "二" : n);
    return said == count ? list.substring(0, m.start()) : list;
  }

  /** 建立A库、B库、C库,入库企业分别达…: the items named in the clause before, each with this clause's head noun. */
  private boolean namedBefore(Sentences.Clause before, int count, String cleaned, int cleanedStart, List<String> names,
      List<Integer> starts) {
    String s = drafting.s;
    String prev = s.substring(before.start(), before.end());
    String prevClean = subjects.lead(prev).text();
    for (String v : Cues.LIST_VERBS) {
      if (prevClean.startsWith(v)) {
        prevClean = prevClean.substring(v.length());
        break;
      }
    }
    int prevStart = before.start() + prev.lastIndexOf(prevClean);
    List<int[]> prevItems = Drafting.items(prevClean, prevStart);
    if (prevItems.size() != count) {
      return false;
    }
    for (int[] it : prevItems) {
      names.add(drafting.src.substring(it[0], it[1]) + drafting.orig(cleanedStart, cleaned));
      starts.add(it[0]);
    }
    return true;
  }

  /** The regions a list of region names before 分别 names (敖汉旗、宁城县), one per value, or null. */
  private List<Region> regionItems(String head, int count) {
    String cleaned = head.strip();
    List<Region> out = new ArrayList<>();
    for (int[] it : Drafting.items(cleaned, 0)) {
      Region r = subjects.regionOnly(subjects.leadWords(cleaned.substring(it[0], it[1])));
      if (r == null) {
        return null;
      }
      out.add(r);
    }
    return out.size() == count ? out : null;
  }

  /**
   * 敖汉旗、宁城县分别完成投资30亿元、45亿元: one fact per region, the subject the words after 分别
   * (完成投资), the region the item's.
   */
  private Draft byRegion(List<Value> values, List<Region> regions, int from, int to, int cs, Draft current) {
    String s = drafting.s;
    Subjects.Lead lead = subjects.subject(s.substring(from, to));
    String subject = lead.text();
    if (subject.isEmpty()) {
      return current;
    }
    int start = from + s.substring(from, to).lastIndexOf(subject);
    Draft last = current;
    for (int k = 0; k < values.size(); k++) {
      Value v = values.get(k);
      v.mention().used = true;
      Draft d = drafting.create(v.mention(), drafting.orig(start, subject), start, cs);
      d.value = v.quantity();
      d.region = regions.get(k);
      d.lower(Confidence.MEDIUM);
      drafting.add(d);
      last = d;
    }
    return last;
  }

  /** 答复率和群众满意度均达100%: one figure for each of several subjects. */
  Draft eachOf(Mention m, String subject, int subjectStart, Status status, int cs, Draft current) {
    List<int[]> items = Drafting.items(drafting.s.substring(subjectStart, subjectStart + subject.length()), subjectStart);
    Draft lastDraft = current;
    for (int[] it : items) {
      Draft e = drafting.create(m, drafting.src.substring(it[0], it[1]), it[0], cs);
      e.status = status == Status.NORMAL ? e.status : status;
      e.lower(Confidence.MEDIUM);
      drafting.add(e);
      lastDraft = e;
    }
    m.used = true;
    return lastDraft;
  }

  /** 农药、化肥施用量 → 农药施用量, 化肥施用量: short leading items share the last item's tail. */
  static void expandShortItems(List<String> names) {
    if (names.size() < 2) {
      return;
    }
    String lastItem = names.get(names.size() - 1);
    int len = names.get(0).length();
    for (int k = 0; k < names.size() - 1; k++) {
      if (names.get(k).length() != len || len > 4) {
        return;
      }
    }
    if (lastItem.length() <= len + 1) {
      return;
    }
    String tail = lastItem.substring(len);
    for (int k = 0; k < names.size() - 1; k++) {
      names.set(k, names.get(k) + tail);
    }
  }
}
