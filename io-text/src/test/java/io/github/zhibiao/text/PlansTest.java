package io.github.zhibiao.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zhibiao.unit.Quantity;
import org.junit.jupiter.api.Test;

class PlansTest {
  private static Mention percent(String figure) {
    return new Mention(0, 0, figure.length(), Quantity.parse(figure), false, false);
  }

  private static Draft level(String subject) {
    Draft d = new Draft();
    d.subject = subject;
    d.value = Quantity.parse("85亿元");
    return d;
  }

  @Test
  void aPercentageAfterAPlanWordCompletesTheFigureInFocus() {
    for (String pre : new String[] {"完成年度计划的", "为年计划的", "完成全年目标数的", "完成年度计划开工的", "完成年度目标任务的", "占年初预算数的"}) {
      Draft current = level("固定资产投资");
      Mention m = percent("95.3%");
      assertTrue(Plans.complete(m, pre, null, current), pre);
      assertEquals(Quantity.parse("95.3%"), current.plan, pre);
      assertTrue(m.used);
    }
  }

  @Test
  void aCompletionRateCompletesTheFigureBeforeIt() {
    Draft invested = level("完成投资");
    assertTrue(Plans.complete(percent("122.6%"), ",投资完成率", null, invested));
    assertEquals(Quantity.parse("122.6%"), invested.plan);
    assertFalse(Plans.complete(percent("95%"), ",新签约项目开工率", null, level("签约项目")), "a rate of its own");
  }

  @Test
  void aBudgetExpenditureIsAWholeNotAPlan() {
    assertFalse(Plans.complete(percent("91%"), ",占公共财政预算支出的", null, level("民生支出")));
    assertFalse(Plans.complete(percent("91%"), ",占一般公共预算收入的", null, level("税收收入")));
  }

  @Test
  void aShareOfAWholeIsNoPlanAndAPlanIsCompletedOnce() {
    Draft current = level("造林面积");
    assertFalse(Plans.complete(percent("17%"), "占全区总任务的", null, current), "总任务 is a whole, a share");
    assertNull(current.plan);
    current.plan = Quantity.parse("90%");
    assertFalse(Plans.complete(percent("95%"), "完成年度计划的", null, current));
    Draft rateOnly = level("工业增加值");
    rateOnly.changeOnlyName = "工业增加值增速";
    assertFalse(Plans.complete(percent("95%"), "完成年度计划的", null, rateOnly), "a growth rate has no plan");
    assertFalse(Plans.complete(percent("95%"), "完成年度计划的", null, null));
  }

  @Test
  void aPercentageRightAfterABudgetFigureCompletesWhatTheBudgetIsFor() {
    Draft invested = level("完成投资");
    Draft budget = level("完成投资计划数");
    budget.planOf = invested;
    assertTrue(Plans.complete(percent("83.3%"), "的", budget, null));
    assertEquals(Quantity.parse("83.3%"), invested.plan);
  }
}
