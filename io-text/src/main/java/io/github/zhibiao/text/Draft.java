package io.github.zhibiao.text;

import io.github.zhibiao.model.Change;
import io.github.zhibiao.model.Period;
import io.github.zhibiao.model.Ranking;
import io.github.zhibiao.model.Region;
import io.github.zhibiao.model.Share;
import io.github.zhibiao.model.Status;
import io.github.zhibiao.unit.Quantity;
import java.util.ArrayList;
import java.util.List;

/** A fact being assembled from the clauses of one sentence. Mutable, confined to one extraction. */
final class Draft {
  String subject;
  int start;
  int end;
  Mention mention;
  Quantity value;
  Region region;
  String ambiguousRegion; // led by a name several regions share: the message; gives no fact
  Period period; // null: the context's default for the kind
  boolean instantMark; // the period came from an instant phrase (截至6月末, 目前, 年末)
  boolean stockVerb; // 增加至, 增至
  Draft listHead;
  boolean cumulative; // 累计 before the figure in its clause: a flow under a month is from January
  boolean stockCue; // 拥有, 现有, 累计 … before the figure in its clause // the figure before this one in a list (A 2家、B 5家)
  Status status = Status.NORMAL;
  Change change;
  /** The words that stated {@link #change} (比上年增加74亿斤), kept as a note when a rate replaces it. */
  String changeText = "";
  Ranking ranking;
  Share share;
  Quantity plan;
  final List<String> notes = new ArrayList<>();
  Confidence confidence = Confidence.HIGH;
  /** For a budget, target or plan figure (年初预算数, 计划数): the draft it is the plan of. */
  Draft planOf;
  /** The indicator's name when it is not the subject (一般公共预算收入年初预算数 for 年初预算数), or null. */
  String indicatorName;
  /** For a change stated without a level: the indicator name (subject + 增速). */
  String changeOnlyName;
  /** The year of 由2000年的… when this draft opens a from-to comparison still waiting for its second level, or -1. */
  int fromYear = -1;
  /** The earlier year a comparison named (由2000年…到2009年, 比2000年的…), which a change after it is against, or -1. */
  int basisYear = -1;

  void extend(int newEnd) {
    end = Math.max(end, newEnd);
  }

  void lower(Confidence to) {
    if (to.ordinal() > confidence.ordinal()) {
      confidence = to;
    }
  }

  void note(String text) {
    String t = text.strip();
    if (!t.isEmpty() && !notes.contains(t)) {
      notes.add(t);
    }
  }
}
