package io.github.zhibiao.text;

import java.util.regex.Matcher;

/**
 * The budgets stage: a budget, target or plan figure stated beside the figure it is for (年初预算数为116.4亿元,
 * 考核目标为110亿元, 占计划数60亿元的83.3%) is a level of its own, named after that figure (一般公共预算收入年初预算数);
 * the focus stays on that figure, so that a completion after it (完成全年目标数的103.5%) completes it.
 */
final class Budgets {
  private final Drafting drafting;

  Budgets(Drafting drafting) {
    this.drafting = drafting;
  }

  /**
   * The budget figure {@code m} whose subject {@code subject} (starting at {@code subjectStart}) names only a
   * budget or plan word, of the draft in focus {@code current}: drafted, and {@code current} returned; null
   * when {@code m} is no such figure.
   */
  Draft of(Mention m, String subject, int subjectStart, int cs, Draft current) {
    Matcher budget = Cues.BUDGET.matcher(subject);
    boolean figure = !m.nounFollows || drafting.s.charAt(m.end) == '的'; // 占计划数60亿元的83.3%
    if (!figure || !budget.matches() || current == null || current.changeOnlyName != null || current.planOf != null) {
      return null;
    }
    int wordStart = subjectStart + budget.start("word");
    Draft d = drafting.create(m, current.subject + drafting.orig(wordStart, budget.group("word")), wordStart, cs);
    d.indicatorName = d.subject;
    d.planOf = current;
    d.region = current.region;
    d.lower(Confidence.MEDIUM);
    m.used = true;
    drafting.add(d);
    return current;
  }
}
