package io.github.zhibiao.text;

import io.github.zhibiao.model.IndicatorKind;
import io.github.zhibiao.model.Period;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * The periods stage. {@link #marks} finds the period phrases of a sentence's clauses (2023年1—11月,
 * 前11个月, 截至6月末, 年末, 全年, 上半年, 一季度, 10月1日-4日) and resolves them in the context year;
 * {@link #before} gives the phrase in force at a figure; {@link #of} turns it into the period of an
 * observation of a kind: a stock at an instant, a flow over an interval.
 */
final class Periods {
  /** A period phrase: where it starts, its period, whether it names an instant, whether it is 目前. */
  record Mark(int start, Period period, boolean instant, boolean asOfNow) {}

  /** Characters that, right before a period phrase, make it the basis of a change (比1-10月, 较上年末). */
  private static final String BASIS_BEFORE = "比较";

  private final String s;
  private final int year;

  Periods(String normalized, int year) {
    this.s = normalized;
    this.year = year;
  }

  /** The marks of the clauses, in text order. */
  List<Mark> marks(List<Sentences.Clause> clauses) {
    List<Mark> out = new ArrayList<>();
    for (Sentences.Clause cl : clauses) {
      if (!mayHoldPeriod(cl.start(), cl.end())) {
        continue; // every period phrase has one of 年 月 季 目 时 点: a clause without them has none
      }
      Matcher m = Cues.PERIOD.matcher(s).region(cl.start(), cl.end());
      while (m.find()) {
        if (m.start() > 0 && Prose.isDigit(s.charAt(m.start() - 1))) {
          continue;
        }
        if (m.start() > 0 && BASIS_BEFORE.indexOf(s.charAt(m.start() - 1)) >= 0) {
          continue; // 比1-10月提高, 较上年末增加: the basis of a change, not the period of the figure
        }
        Mark mark = mark(m, cl.start(), cl.end());
        if (mark != null) {
          out.add(mark);
        }
      }
    }
    return out;
  }

  private boolean mayHoldPeriod(int from, int to) {
    for (int i = from; i < to; i++) {
      switch (s.charAt(i)) {
        case '年', '月', '季', '目', '时', '点' -> {
          return true;
        }
        default -> { }
      }
    }
    return false;
  }

  private Mark mark(Matcher m, int clauseStart, int clauseEnd) {
    try {
      if (m.group("y") != null) {
        return yearMark(m, clauseStart);
      }
      boolean atStart = s.substring(clauseStart, m.start()).isBlank();
      if (m.group("m1") != null) {
        String from = m.group("m1");
        if (from.equals("元") && !atStart) {
          return null; // 亿元至…月 is no range; 元至九月 (元月 = January) only at a clause's head
        }
        int first = from.equals("元") ? 1 : Prose.smallNumber(from);
        return interval(m, Period.months(year, first, Prose.smallNumber(m.group("m2"))));
      }
      if (m.group("n") != null) {
        return interval(m, Period.months(year, 1, Prose.smallNumber(m.group("n"))));
      }
      if (m.group("dm") != null) {
        return interval(m, days(year, m.group("dm"), m.group("d1"), m.group("dm2"), m.group("d2")));
      }
      if (m.group("q3") != null) {
        return interval(m, Period.months(year, 1, 9));
      }
      if (m.group("mm") != null) {
        if (m.group("cut") == null && !atStart) {
          return null; // 于4月底上线: an event's date, not the period of a figure
        }
        return new Mark(m.start(), Period.instant(YearMonth.of(year, Integer.parseInt(m.group("mm"))).atEndOfMonth()),
            true, false);
      }
      if (m.group("cm") != null) {
        return interval(m, Period.month(year, Integer.parseInt(m.group("cm")))); // 11月份当月: that month alone
      }
      if (m.group("bm") != null) {
        // 4月,一般公共预算收入累计完成…: a month alone as a clause's head; mid-clause it is an event's date
        boolean alone = s.substring(m.end(), clauseEnd).replaceAll("[,;:、\\s]", "").isEmpty();
        return atStart && alone ? interval(m, Period.month(year, Integer.parseInt(m.group("bm")))) : null;
      }
      if (m.group("hour") != null) {
        return new Mark(m.start(), Period.instant(LocalDate.of(year, 12, 31)), true, true); // 截至17时: as of now
      }
      if (m.group("lastEnd") != null) {
        boolean cut = m.group("lastEnd").length() > 3;
        return atStart || cut ? new Mark(m.start(), Period.instant(LocalDate.of(year - 1, 12, 31)), true, false) : null;
      }
      if (m.group("last") != null || m.group("lastY") != null) {
        return atStart ? interval(m, Period.year(year - 1)) : null; // 去年全年, 去年 at a clause's head
      }
      if (m.group("next") != null) {
        // 明年…目标是: the year ahead, at a clause's head or before the target it names (公布了明年就业再就业工作目标:)
        return atStart || Cues.NEXT_YEAR_TARGET.matcher(s).region(m.end(), clauseEnd).lookingAt()
            ? interval(m, Period.year(year + 1)) : null;
      }
      if (m.group("now") != null) {
        return new Mark(m.start(), Period.instant(LocalDate.of(year, 12, 31)), true, m.group("now").equals("目前"));
      }
      if (m.group("full") != null) {
        return interval(m, Period.year(year));
      }
      if (m.group("h") != null) {
        return interval(m, Period.halfYear(year, m.group("h").equals("上") ? 1 : 2));
      }
      if (m.group("q") != null) {
        return interval(m, Period.quarter(year, quarter(m.group("q"))));
      }
      return null;
    } catch (RuntimeException e) {
      return null; // month 13 and the like: not a period
    }
  }

  /** 10月1日-4日, 9月30日-10月4日: the days of {@code year}, both included (core's day range). */
  private static Period days(int year, String month, String day, String toMonth, String toDay) {
    int m1 = Integer.parseInt(month);
    LocalDate from = LocalDate.of(year, m1, Integer.parseInt(day));
    LocalDate to = LocalDate.of(year, toMonth == null ? m1 : Integer.parseInt(toMonth), Integer.parseInt(toDay));
    return Period.days(from, to);
  }

  private static Mark interval(Matcher m, Period p) {
    return new Mark(m.start(), p, false, false);
  }

  private Mark yearMark(Matcher m, int clauseStart) {
    String lead = s.substring(clauseStart, m.start()).strip();
    if (!Cues.PERIOD_LEAD.matcher(lead).matches()) {
      return null; // 2024年项目, 与2022年同期相比: a label or a basis, not the period
    }
    int y = Integer.parseInt(m.group("y"));
    if (m.group("ydm") != null) {
      return interval(m, days(y, m.group("ydm"), m.group("yd1"), m.group("ydm2"), m.group("yd2")));
    }
    if (m.group("ym1") != null) {
      return interval(m, Period.months(y, Integer.parseInt(m.group("ym1")), Integer.parseInt(m.group("ym2"))));
    }
    if (m.group("ymm") != null) {
      int month = Integer.parseInt(m.group("ymm"));
      if (m.group("yme") != null || lead.startsWith("截")) {
        return new Mark(m.start(), Period.instant(YearMonth.of(y, month).atEndOfMonth()), true, false);
      }
      return interval(m, Period.month(y, month));
    }
    if (m.group("ye") != null) {
      return new Mark(m.start(), Period.instant(LocalDate.of(y, 12, 31)), true, false);
    }
    if (m.group("yh") != null) {
      return interval(m, Period.halfYear(y, m.group("yh").equals("上") ? 1 : 2));
    }
    if (m.group("yq") != null) {
      return interval(m, Period.quarter(y, quarter(m.group("yq"))));
    }
    if (m.group("yn") != null) {
      return interval(m, Period.months(y, 1, Prose.smallNumber(m.group("yn"))));
    }
    return interval(m, Period.year(y));
  }

  private static int quarter(String q) {
    int n = Prose.smallNumber(q);
    return n < 1 || n > 4 ? -1 : n;
  }

  /** The last mark starting before {@code pos}; marks are in text order, so a binary search finds it. */
  static Mark before(List<Mark> marks, int pos) {
    int lo = 0;
    int hi = marks.size() - 1;
    Mark best = null;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (marks.get(mid).start() < pos) {
        best = marks.get(mid);
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return best;
  }

  /**
   * A flow from January to the end of {@code month} (截至3月末): the first quarter or half when it is
   * one (2023-Q1, 2023-S1), else the months (2023-01/2023-05). A range the text writes as months
   * (1—3月) stays months.
   */
  private static Period sinceJanuary(int year, int month) {
    if (month == 3) {
      return Period.quarter(year, 1);
    }
    if (month == 6) {
      return Period.halfYear(year, 1);
    }
    return Period.months(year, 1, month);
  }

  /**
   * The period of a cumulative flow (累计完成) under {@code p}: a month alone (4月) is the months from
   * January to it (2024-01/2024-04), as monthly reports state year-to-date totals; other periods stay.
   */
  static Period cumulative(Period p) {
    if (p instanceof io.github.zhibiao.model.MonthPeriod mp) {
      return mp.month() == 1 ? p : sinceJanuary(mp.year(), mp.month());
    }
    return p;
  }

  /**
   * The period of an observation of {@code kind} under the phrase's {@code p} (null: none). A stock
   * is read at an instant (the end of the period in force, or the year's end); a flow over an
   * interval (a flow "截至6月末" covers January to June, "截至目前" the year).
   */
  Period of(Period p, IndicatorKind kind, boolean asOfNow) {
    if (kind == IndicatorKind.STOCK) {
      if (p == null) {
        return Period.instant(LocalDate.of(year, 12, 31));
      }
      return p.isInstant() ? p : Period.instant(p.end());
    }
    if (p == null) {
      return Period.year(year);
    }
    if (p.isInstant()) {
      LocalDate end = p.end();
      if (end.getMonthValue() == 12 || asOfNow) {
        return Period.year(end.getYear());
      }
      return sinceJanuary(end.getYear(), end.getMonthValue());
    }
    return p;
  }
}
