package io.github.zhibiao.text;

import io.github.zhibiao.model.Change;
import io.github.zhibiao.model.Ranking;
import io.github.zhibiao.model.RegionScope;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * The rankings stage: a ranking (居全区第3位, 位居全区首位, 排名第一, 均居全区第一, 坐稳…头把交椅) goes on the figure it
 * ranks: the last figure before it in its clause; in a clause without figures, the figures its subject names
 * (by name, or by a longer form of it), the figure before when the clause has no subject of its own or one
 * sharing two characters with that figure's; a ranking of 增速 goes on the growth rate, a fact of its own.
 */
final class Rankings {
  private static final String[] RANK_VERBS = {"稳居", "位居", "位列", "名列", "居于", "排名", "排位", "排在", "位于", "进入", "跻身", "走在",
    "处于", "坐稳", "稳坐", "牢牢", "跃居", "跃升至", "跃升到", "上升至", "上升到", "提升至", "提升到", "升至", "升到", "前移至", "占据", "居", "排", "列", "占",
    "均", "都"};

  private final Drafting drafting;
  private final Subjects subjects;
  private final Roles roles;

  Rankings(Drafting drafting, Subjects subjects, Roles roles) {
    this.drafting = drafting;
    this.subjects = subjects;
    this.roles = roles;
  }

  /** Reads the rankings of the clause {@code [cs, ce)} onto the drafts they rank; {@code current} is in focus. */
  void read(int cs, int ce, Draft current) {
    boolean chair = drafting.indexIn("头把交椅", cs, ce) >= 0;
    if (!chair && drafting.indexIn("第", cs, ce) < 0 && drafting.indexIn("首", cs, ce) < 0
        && drafting.indexIn("前", cs, ce) < 0) {
      return;
    }
    int listEnd = listed(cs, ce);
    Matcher m = Cues.RANK.matcher(drafting.s).region(cs, ce);
    while (m.find()) {
      if (m.start() < listEnd) {
        continue; // read by the list of ranks
      }
      Ranking r = Roles.ranking(m);
      if (r == null) {
        continue;
      }
      String scope = m.group("scope") == null ? "" : m.group("scope");
      if (RegionScope.find(scope).isEmpty()) {
        // 在全省排名第四: the scope stands before the verb, in the set ranked among
        Matcher set = Cues.RANK_SET.matcher(drafting.s).region(Math.max(cs, m.start() - Drafting.WINDOW), m.start());
        scope = set.find() ? set.group() : scope;
      }
      r = roles.scoped(r, scope);
      if (m.group("all") != null) {
        for (Draft d : drafting.recent()) {
          if (d.ranking == null && d.mention.start < m.start() && d.changeOnlyName == null) {
            d.ranking = r;
            d.extend(m.end());
          }
        }
        continue;
      }
      for (Draft target : targets(cs, m.start(), current)) {
        if (target.ranking == null) {
          target.ranking = r;
          target.extend(m.end());
        }
      }
    }
    if (chair) {
      int at = drafting.indexIn("头把交椅", cs, ce);
      Ranking first = roles.scoped(Ranking.first(), drafting.s.substring(Math.max(cs, at - Drafting.WINDOW), ce));
      for (Draft target : targets(cs, at, current)) {
        if (target.ranking == null) {
          target.ranking = first;
          target.extend(ce);
        }
      }
    }
  }

  /**
   * Ranks given for a list (…130亿斤、牛存栏362万头,分别居全区第一位和第三位): one rank for each of as many figures
   * before, in order, when there are as many without a ranking. Returns the end of the list of ranks read, or
   * {@code cs} when there is none.
   */
  private int listed(int cs, int ce) {
    int at = drafting.indexIn("分别", cs, ce);
    if (at < 0) {
      return cs;
    }
    Matcher list = Cues.RANK_LIST.matcher(drafting.s).region(at, ce);
    if (!list.lookingAt()) {
      return cs;
    }
    List<Ranking> ranks = new ArrayList<>();
    Matcher pos = Cues.RANK_LIST_POSITION.matcher(drafting.s).region(list.start("ranks"), list.end());
    while (pos.find()) {
      int p = Prose.smallNumber(pos.group("pos"));
      if (p < 1) {
        return cs;
      }
      ranks.add(roles.scoped(Ranking.position(p), list.group("scope")));
    }
    List<Draft> before = new ArrayList<>();
    for (Draft d : drafting.recent()) {
      if (d.mention.start < at && d.changeOnlyName == null && d.ranking == null) {
        before.add(d);
      }
    }
    if (ranks.size() < 2 || before.size() < ranks.size()) {
      return cs;
    }
    List<Draft> targets = before.subList(before.size() - ranks.size(), before.size());
    for (int i = 0; i < ranks.size(); i++) {
      targets.get(i).ranking = ranks.get(i);
      targets.get(i).extend(list.end());
    }
    return list.end();
  }

  /** What a ranking at {@code at} in the clause starting at {@code cs} ranks (see the class comment). */
  private List<Draft> targets(int cs, int at, Draft current) {
    List<Draft> recent = drafting.recent();
    Draft inClause = null;
    for (Draft d : recent) {
      if (d.mention.start >= cs && d.mention.start < at && d.changeOnlyName == null) {
        inClause = d;
      }
    }
    if (inClause != null) {
      return List.of(inClause);
    }
    String head = drafting.s.substring(Math.max(cs, at - Drafting.WINDOW), at);
    Matcher streak = Cues.STREAK.matcher(head);
    if (streak.find()) {
      head = head.substring(0, streak.start());
    }
    head = subjects.clean(head);
    for (String verb : RANK_VERBS) {
      if (head.endsWith(verb)) {
        head = Subjects.stripTrail(head.substring(0, head.length() - verb.length()));
      }
    }
    Matcher set = Cues.RANK_SET.matcher(head);
    if (set.find()) {
      head = subjects.clean(head.substring(0, set.start())); // 六县市排名第五: the set ranked among, no subject
    }
    if (head.isEmpty()) {
      return current == null ? List.of() : List.of(current); // 增长4.5%,排名全市第二: a rate's rank is the rate's
    }
    if (current != null && Cues.RATE_WORDS.contains(head)) {
      return growthRate(current); // 增速位居全省第四位: the rank of the growth rate
    }
    Draft rated = rateOf(head, recent);
    if (rated != null) {
      List<Draft> rate = growthRate(rated); // 税收收入增幅在中心城区排位第八: the rate of the figure the head names
      rate.forEach(r -> r.subject = r.changeOnlyName != null ? r.changeOnlyName : r.subject); // named so, as written
      return rate;
    }
    List<Draft> named = new ArrayList<>();
    for (int[] it : Drafting.items(head, 0)) {
      String item = head.substring(it[0], it[1]);
      for (Draft d : recent) {
        if (d.subject.equals(item) && d.changeOnlyName == null) {
          named.add(d);
        }
      }
    }
    if (named.isEmpty() && head.length() >= 3) {
      Draft prefix = null; // 粮食总产量…位居全国第一 after 粮食总产1573.5亿斤: the same name, written longer
      for (Draft d : recent) {
        if (d.changeOnlyName == null && d.subject.length() >= 3 && (head.startsWith(d.subject) || d.subject.startsWith(head))) {
          prefix = d;
        }
      }
      if (prefix != null) {
        named.add(prefix);
      }
    }
    if (!named.isEmpty()) {
      return named;
    }
    if (current != null && current.changeOnlyName == null && sharesBigram(head, current.subject)) {
      return List.of(current);
    }
    return List.of();
  }

  /** The recent figure whose growth rate {@code head} names (税收收入增幅 for 税收收入), or null. */
  private static Draft rateOf(String head, List<Draft> recent) {
    for (String word : Cues.RATE_WORDS) {
      if (head.length() > word.length() && head.endsWith(word)) {
        String name = head.substring(0, head.length() - word.length());
        Draft found = null;
        for (Draft d : recent) {
          if (d.changeOnlyName == null && d.subject.equals(name)) {
            found = d;
          }
        }
        return found;
      }
    }
    return null;
  }

  /**
   * The growth-rate fact a ranking of 增速 belongs to: the change stated without a level, or, for a level
   * with its change, a 增速 fact of its own (value the change's rate), drafted here.
   */
  private List<Draft> growthRate(Draft current) {
    if (current.changeOnlyName != null) {
      return List.of(current);
    }
    if (current.change == null || current.change.kind() != Change.Kind.RATE) {
      return List.of();
    }
    Draft rate = drafting.create(current.mention, current.subject, current.start, current.start);
    rate.period = current.period;
    rate.instantMark = current.instantMark;
    rate.cumulative = current.cumulative; // 6月,…累计完成…,增长17.2%: the rate is over the same months
    rate.region = current.region;
    rate.value = current.change.amount();
    rate.changeOnlyName = current.subject + "增速";
    rate.end = current.end;
    rate.lower(Confidence.MEDIUM);
    drafting.add(rate);
    return List.of(rate);
  }

  static boolean sharesBigram(String a, String b) {
    for (int i = 0; i + 2 <= a.length(); i++) {
      if (b.contains(a.substring(i, i + 2))) {
        return true;
      }
    }
    return false;
  }
}
