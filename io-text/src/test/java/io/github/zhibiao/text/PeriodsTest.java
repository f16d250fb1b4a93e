package io.github.zhibiao.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.zhibiao.model.IndicatorKind;
import io.github.zhibiao.model.Period;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PeriodsTest {
  private static Period first(String text) {
    String s = new WebText(text).s;
    List<Periods.Mark> marks = new Periods(s, 2023).marks(Sentences.clauses(s, 0, s.length()));
    return marks.isEmpty() ? null : marks.get(0).period();
  }

  @Test
  void periodPhrasesResolveInTheContextYear() {
    assertEquals(Period.months(2023, 1, 5), first("今年前5个月,税收收入50亿元"));
    assertEquals(Period.months(2023, 1, 10), first("1—10 月份,工业增加值增长7.2%"));
    assertEquals(Period.year(2022), first("去年全年,接待游客2800万人次"));
    assertEquals(Period.instant(LocalDate.of(2023, 6, 30)), first("截至6月末,牛存栏362万头"));
    assertEquals(Period.instant(LocalDate.of(2023, 12, 31)), first("截至17时,接待游客12万人次"));
    assertEquals(null, first("比去年全年增长"), "去年全年 inside a clause is a basis");
    assertEquals(null, first("于4月底上线"));
  }

  @Test
  void stocksAtAnInstantFlowsOverAnInterval() {
    Periods p = new Periods("", 2023);
    Period june = Period.instant(LocalDate.of(2023, 6, 30));
    assertEquals(june, p.of(june, IndicatorKind.STOCK, false));
    assertEquals(Period.halfYear(2023, 1), p.of(june, IndicatorKind.FLOW, false), "截至6月末 for a flow: the first half");
    assertEquals(Period.quarter(2023, 1), p.of(Period.instant(LocalDate.of(2023, 3, 31)), IndicatorKind.FLOW, false));
    assertEquals(Period.months(2023, 1, 5), p.of(Period.instant(LocalDate.of(2023, 5, 31)), IndicatorKind.FLOW, false));
    assertEquals(Period.year(2023), p.of(june, IndicatorKind.FLOW, true));
    assertEquals(Period.instant(LocalDate.of(2023, 12, 31)), p.of(null, IndicatorKind.STOCK, false));
    assertEquals(Period.instant(LocalDate.of(2023, 6, 30)), p.of(Period.halfYear(2023, 1), IndicatorKind.STOCK, false));
  }
}
