package io.github.zhibiao.text;

/**
 * The plan-completion stage: a percentage after a plan word (完成年度计划的117.10%, 为年计划的95.6%, 完成全年目标数的,
 * 完成年度计划开工的, 占年初预算数的; {@link Roles#isPlan}) or stated as a completion rate (投资完成率122.6%) completes
 * the draft in focus; one right after a budget
 * figure (占计划数60亿元的83.3%) completes the figure that budget is for.
 */
final class Plans {
  private Plans() {}

  /**
   * Whether percentage {@code m}, after the words {@code pre}, completes a plan: the plan of the figure the
   * draft of the figure before ({@code budget}, or null) is the budget of, or else of the draft in focus
   * {@code current}. Sets the completion and uses the mention when it does.
   */
  static boolean complete(Mention m, String pre, Draft budget, Draft current) {
    if (budget != null && budget.planOf != null && budget.planOf.plan == null
        && Cues.PLAN_OF_FIGURE.matcher(pre.strip()).matches()) {
      budget.planOf.plan = m.quantity; // 占计划数60亿元的83.3%: the completion of what the plan is for
      budget.extend(m.end);
      m.used = true;
      return true;
    }
    boolean free = current != null && current.changeOnlyName == null;
    boolean rate = Cues.COMPLETION_RATE.matcher(pre.strip()).matches(); // 完成投资77.57亿元,投资完成率122.6%
    if (free && current.plan == null && (Roles.isPlan(pre) || rate && current.planOf == null)) {
      current.plan = m.quantity;
      current.extend(m.end);
      m.used = true;
      return true;
    }
    return false;
  }
}
