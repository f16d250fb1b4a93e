package io.github.zhibiao.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.github.zhibiao.model.Region;
import io.github.zhibiao.unit.Quantity;
import java.util.List;
import org.junit.jupiter.api.Test;

class BudgetsTest {
  private static final ExtractionContext CTX = ExtractionContext.of(Region.CHIFENG, 2023);

  private static Mention figure(String text, String figure) {
    int at = text.indexOf(figure);
    return new Mention(at, at, at + figure.length(), Quantity.parse(figure), false, false);
  }

  @Test
  void aBudgetWordBesideAFigureIsTheBudgetOfTheFigureInFocus() {
    String text = "一般公共预算收入120.5亿元,年初预算数为116.4亿元";
    Drafting drafting = new Drafting(new WebText(text), CTX);
    drafting.begin(List.of());
    Budgets budgets = new Budgets(drafting);
    Mention income = figure(text, "120.5亿元");
    Draft current = drafting.create(income, "一般公共预算收入", 0, 0);
    drafting.add(current);
    Mention budget = figure(text, "116.4亿元");
    int wordAt = text.indexOf("年初预算数");
    assertSame(current, budgets.of(budget, "年初预算数", wordAt, text.indexOf(',') + 1, current), "the focus stays");
    Draft b = drafting.all().get(1);
    assertEquals("一般公共预算收入年初预算数", b.subject);
    assertEquals("一般公共预算收入年初预算数", b.indicatorName);
    assertSame(current, b.planOf);
    assertEquals(true, budget.used);
  }

  @Test
  void noBudgetWithoutAFigureInFocusOrWithAnotherSubject() {
    String text = "年初预算数为116.4亿元";
    Drafting drafting = new Drafting(new WebText(text), CTX);
    drafting.begin(List.of());
    Budgets budgets = new Budgets(drafting);
    assertNull(budgets.of(figure(text, "116.4亿元"), "年初预算数", 0, 0, null));
    Draft other = drafting.create(figure(text, "116.4亿元"), "粮食产量", 0, 0);
    assertNull(budgets.of(figure(text, "116.4亿元"), "粮食产量", 0, 0, other), "not a budget word");
  }

  @Test
  void aBudgetStatedBesideItsFigureIsAFactOfItsOwn() {
    List<ExtractedFact> f = TextExtractor.create().extract("完成投资50亿元,考核目标为60亿元。", CTX).facts();
    assertEquals(2, f.size());
    assertEquals("完成投资考核目标", f.get(1).subject());
    assertEquals(Quantity.parse("60亿元"), f.get(1).observation().value());
  }
}
