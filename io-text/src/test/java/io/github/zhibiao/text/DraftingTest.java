package io.github.zhibiao.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zhibiao.model.Period;
import io.github.zhibiao.model.Region;
import io.github.zhibiao.model.Status;
import io.github.zhibiao.unit.Quantity;
import java.util.List;
import org.junit.jupiter.api.Test;

class DraftingTest {
  private static final ExtractionContext CTX = ExtractionContext.of(Region.CHIFENG, 2023);

  private static Mention figure(String text, String figure) {
    int at = text.indexOf(figure);
    return new Mention(at, at, at + figure.length(), Quantity.parse(figure), false, false);
  }

  @Test
  void aDraftTakesThePeriodBeforeItTheContextsRegionAndItsClausesStatus() {
    String text = "上半年,预计规模以上服务业实现营业收入50.6亿元";
    Drafting drafting = new Drafting(new WebText(text), CTX);
    drafting.begin(List.of(new Periods.Mark(0, Period.halfYear(2023, 1), false, false)));
    Mention m = figure(text, "50.6亿元");
    Draft d = drafting.create(m, "规模以上服务业实现营业收入", text.indexOf("规模"), 4);
    assertEquals("规模以上服务业营业收入", d.subject, "a linking verb inside the subject is cut out");
    assertEquals(Period.halfYear(2023, 1), d.period);
    assertEquals(Region.CHIFENG, d.region);
    assertEquals(Status.ESTIMATED, d.status);
    assertTrue(drafting.all().isEmpty(), "made, not added");
    drafting.add(d);
    assertSame(d, drafting.of(m));
    drafting.begin(List.of());
    assertNull(drafting.of(m), "a new sentence has no drafts");
  }

  @Test
  void scansStayWithinTheirBounds() {
    Drafting drafting = new Drafting(new WebText("A、B和C增长,分别"), CTX);
    assertEquals(-1, drafting.indexIn("分别", 0, 8), "分别 starts inside the bound but ends past it");
    assertEquals(8, drafting.indexIn("分别", 0, 10));
    assertTrue(drafting.onlyListSeparators(1, 2));
    assertFalse(drafting.onlyListSeparators(1, 1), "an empty span separates nothing");
    assertFalse(drafting.onlyListSeparators(1, 4));
  }

  @Test
  void aNoteInParenthesesGoesOnTheDraftButARoleInsideIsLeftToBeRead() {
    String text = "空气优良天数比例93.6%(剔除沙尘影响)";
    Drafting drafting = new Drafting(new WebText(text), CTX);
    Draft d = drafting.create(figure(text, "93.6%"), "空气优良天数比例", 0, 0);
    drafting.parenthetical(d, text.indexOf('('), text.length());
    assertEquals(List.of("剔除沙尘影响"), d.notes);
    String role = "存款余额3250.5亿元(同比增长11.1%)";
    Drafting other = new Drafting(new WebText(role), CTX);
    Draft e = other.create(figure(role, "3250.5亿元"), "存款余额", 0, 0);
    other.parenthetical(e, role.indexOf('('), role.length());
    assertEquals(List.of(), e.notes);
  }
}
