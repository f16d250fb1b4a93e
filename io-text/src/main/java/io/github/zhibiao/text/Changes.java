package io.github.zhibiao.text;

import io.github.zhibiao.model.Change;
import java.util.regex.Pattern;

/**
 * The changes stage: a change (同比增长12.08%, 比上年增加74亿斤, 提高0.8个百分点) goes on the draft in focus when no
 * subject stands before it; with an absolute and a relative change together the relative one is the change and
 * the absolute a note; a change with a subject of its own and no level is a rate fact (规模以上工业增加值同比增长8.5%
 * → 规模以上工业增加值增速); an absolute change with a subject (固定电话用户较上年底增加833.5万户) waits for the level
 * after it (达到3.58亿户), which takes its subject. A change per month (月均增长) is a note. {@link #begin} starts a
 * sentence.
 */
final class Changes {
  /** 月均, 日均, 年均 before a change: the change's average per month, day or year, no fact of its own. */
  private static final Pattern AVERAGE_PER = Pattern.compile("[月日年]均?");

  /** 固定电话用户较上年底增加833.5万户: the subject, where it starts, the change, the text. */
  private record Absolute(String subject, int start, Change change, String text) {}

  private final Drafting drafting;
  private final Subjects subjects;

  /** An absolute change with a subject and no level yet, in the sentence being read (or null). */
  private Absolute absolute;

  Changes(Drafting drafting, Subjects subjects) {
    this.drafting = drafting;
    this.subjects = subjects;
  }

  /** Starts a sentence: no absolute change waits. */
  void begin() {
    absolute = null;
  }

  /**
   * Change {@code m} with its cue, after the words {@code pre} (from {@code preStart}): the change of the draft in
   * focus {@code current} when no subject stands before it, else a change without a level (a rate fact of its
   * subject), or an absolute change held for the level after it. Returns the draft in focus.
   */
  Draft read(Mention m, Roles.ChangeCue cue, String pre, int preStart, int cs, Draft current) {
    String restZone = pre.substring(0, cue.restEnd());
    String rest = subjects.clean(restZone);
    int restStartAbs = rest.isEmpty() ? m.start : preStart + restZone.lastIndexOf(rest);
    rest = drafting.orig(restStartAbs, rest);
    if (rest.equals("增速") || rest.equals("增幅") || rest.equals("涨幅") || rest.equals("降幅")) {
      rest = ""; // 增速高于全区平均水平2.3个百分点: about the change already stated
    }
    if (rest.equals("可比") || rest.equals("按可比价格计算") || rest.equals("按可比口径")) {
      rest = ""; // 实现工业总产值83.55亿元,可比增长29.8%: at comparable prices, the figure's own change
    }
    if (AVERAGE_PER.matcher(rest).matches()) {
      m.used = true; // 较上年底增加833.5万户,月均增长277.83万户: a rate per month of the change, noted
      if (current != null) {
        current.note(drafting.src.substring(restStartAbs, m.end));
      }
      return current;
    }
    m.used = true;
    String cueText = drafting.src.substring(preStart + cue.cueStart(), m.end);
    boolean rate = cue.change().kind() == Change.Kind.RATE;
    if (rest.isEmpty() && current != null && current.changeOnlyName == null) {
      if (current.change == null) {
        current.change = cue.change();
        current.changeText = cueText;
        current.extend(m.end);
        return current;
      }
      if (rate && current.change.kind() == Change.Kind.ABSOLUTE) {
        current.note(current.changeText); // 比上年增加74亿斤,增长0.5%: the relative one is the change
        current.change = cue.change();
        current.extend(m.end);
        return current;
      }
    }
    if (rest.isEmpty() && current != null && current.changeOnlyName != null && current.change == null
        && m.isPoints()) {
      // 同比增加4.5%,比1-10月提高0.5个百分点: the rate's change against 1-10月; 比上年同期提高2.9个百分点: a year ago
      current.change = cue.change();
      current.changeText = cueText;
      current.extend(m.end);
      return current;
    }
    if (rest.isEmpty() && current == null && absolute != null && rate) {
      rest = absolute.subject; // 粮食产量比上年增加74亿斤,增长0.5%: no level, the rate with the amount as note
      restStartAbs = absolute.start;
      cueText = absolute.text + "," + cueText;
    }
    if (rest.isEmpty()) {
      m.used = false;
      return current;
    }
    if (!rate && cue.change().kind() == Change.Kind.ABSOLUTE) {
      absolute = new Absolute(rest, restStartAbs, cue.change(), drafting.src.substring(restStartAbs, m.end));
      return current; // 较上年底增加833.5万户,…达到3.58亿户: the level that follows may take it
    }
    Draft d = drafting.create(m, rest, restStartAbs, cs);
    d.value = cue.change().amount();
    d.changeOnlyName = rest + (rate ? "增速" : "变动");
    d.note(cueText.substring(0, cueText.length() - (m.end - m.start)));
    d.lower(Confidence.MEDIUM);
    drafting.add(d);
    return d;
  }

  /** Whether an absolute change with a subject waits for its level (较上年底增加833.5万户,…达到3.58亿户). */
  boolean absoluteWaits() {
    return absolute != null;
  }

  /** The level {@code m} after an absolute change with a subject: the subject and the change are the change's. */
  Draft level(Mention m, int cs, int ce) {
    Absolute a = absolute;
    absolute = null;
    Draft d = drafting.create(m, a.subject, a.start, cs);
    d.change = a.change;
    d.changeText = a.text;
    d.lower(Confidence.MEDIUM);
    drafting.parenthetical(d, m.end, ce);
    m.used = true;
    drafting.add(d);
    return d;
  }
}
