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
    assertEquals(Period.months(2023, 1, 7), first("前7月,新增装机1.7亿千瓦"));
    assertEquals(Period.months(2023, 1, 9), first("元至九月,生产总值56.7亿"));
    assertEquals(Period.month(2023, 4), first("4月,一般公共预算收入累计完成24627万元"));
    assertEquals(null, first("于4月上线运行"), "a month inside a clause is an event's date");
    assertEquals(Period.days(LocalDate.of(2023, 10, 1), LocalDate.of(2023, 10, 4)), first("10月1日-4日,接待游客597.4万人次"));
    assertEquals(Period.days(LocalDate.of(2016, 9, 30), LocalDate.of(2016, 10, 4)), first("2016年9月30日—10月4日,接待游客597.4万人次"));
    assertEquals(null, first("10月4日-1日,接待游客597.4万人次"), "backwards: no period");
    assertEquals(Period.month(2023, 11), first("其中11月份当月完成产值444.8亿元"));
    assertEquals(Period.year(2022), first("去年全国城镇新增就业1184万人"));
    assertEquals(Period.year(2024), first("明年就业目标是城镇新增就业1000万人"));
    assertEquals(Period.year(2024), first("部里还公布了明年就业再就业工作目标:城镇新增就业1000万人"), "before the target it names");
    assertEquals(null, first("部里公布了明年将举办的活动"), "明年 inside a clause, naming no target");
    assertEquals(null, first("增长4.5%,比去年提高0.5个百分点"), "去年 not at the head");
    assertEquals(Period.instant(LocalDate.of(2022, 12, 31)), first("截至去年底,森林面积达1.27亿亩"));
    assertEquals(Period.instant(LocalDate.of(2023, 3, 31)), first("截至今年3月底,邮电业务收入完成1692.5亿元"));
    assertEquals(null, first("较上年末增加1352条"), "a basis after 较");
    assertEquals(null, first("比1-10月提高0.5个百分点"), "a basis after 比");
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
    assertEquals(Period.months(2023, 1, 4), Periods.cumulative(Period.month(2023, 4)), "a cumulative flow to April");
    assertEquals(Period.quarter(2023, 1), Periods.cumulative(Period.month(2023, 3)));
    assertEquals(Period.month(2023, 1), Periods.cumulative(Period.month(2023, 1)));
    assertEquals(Period.year(2023), Periods.cumulative(Period.year(2023)));
  }
}
