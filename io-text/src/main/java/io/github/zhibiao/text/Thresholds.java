package io.github.zhibiao.text;

import io.github.zhibiao.unit.Qualifier;
import io.github.zhibiao.unit.Quantity;
import java.util.List;
import java.util.regex.Matcher;

/**
 * The thresholds stage: a bound stated beside or instead of an exact figure. 突破1亿大关,达到10091.03万只 gives
 * the threshold (突破1亿只, MORE_THAN, in the exact figure's unit) and the exact value, both of the threshold's
 * subject; 粮食总产量连续8年稳定在1.3万亿斤以上 gives the bound held for a streak, the clause as its note. A
 * threshold waits for its exact figure within its sentence ({@link #begin} forgets it).
 */
final class Thresholds {
  /**
   * 全区牛存栏突破1亿大关: its subject, where the subject starts, the mention, its clause's start, and whether the
   * threshold is a fact already (it had a unit of its own: 突破1000万千瓦大关).
   */
  private record Pending(String subject, int start, Mention mention, int clauseStart, Draft drafted) {
    /** Whether the threshold is a fact already. */
    boolean isDrafted() {
      return drafted != null;
    }
  }

  /**
   * What the indicator of a threshold stated beside a figure of its subject is named after (牛存栏阈值): the two
   * are observations of one period, so they cannot be one indicator's.
   */
  static final String BOUND = "阈值";

  private final Drafting drafting;
  private final Subjects subjects;
  private final ExtractionContext ctx;
  private Pending pending;

  Thresholds(Drafting drafting, Subjects subjects, ExtractionContext ctx) {
    this.drafting = drafting;
    this.subjects = subjects;
    this.ctx = ctx;
  }

  /** Starts a sentence: no threshold waits. */
  void begin() {
    pending = null;
  }

  /**
   * Holds threshold {@code m} (突破1亿大关) with the subject of the words {@code pre} before it, starting at
   * {@code preStart}, for the exact figure beside it. A threshold with a unit of its own (新能源装机突破1000万千瓦大关)
   * is a fact already, MORE_THAN its bound: its draft is returned (else null).
   */
  Draft hold(Mention m, String pre, int preStart, int cs) {
    String subject = subjects.clean(pre);
    int at = subject.isEmpty() ? m.start : preStart + pre.lastIndexOf(subject);
    boolean ownUnit = m.quantity != null && !m.quantity.unit().withoutMagnitude().symbol().isEmpty();
    String named = drafting.orig(at, subject);
    m.used = true; // with a magnitude alone (1亿), a fact only with the exact figure that follows it
    if (!ownUnit || subject.isEmpty()) {
      pending = new Pending(named, at, m, cs, null);
      return null;
    }
    Draft d = drafting.create(m, named, at, cs);
    d.value = m.quantity.isExact() ? m.quantity.withQualifier(Qualifier.MORE_THAN) : m.quantity;
    d.note(drafting.src.substring(m.start, m.end));
    d.lower(Confidence.MEDIUM);
    drafting.add(d);
    pending = new Pending(named, at, m, cs, d);
    return d;
  }

  /** Whether a threshold with a subject waits for the exact figure beside it. */
  boolean waiting() {
    return pending != null && !pending.subject().isEmpty();
  }

  /**
   * The exact figure {@code m} after the waiting threshold: both are drafted, the threshold in the exact
   * figure's unit without its magnitude (突破1亿只); returns the exact figure's draft.
   */
  Draft beside(Mention m, int cs, int ce) {
    Pending t = pending;
    pending = null;
    String unit = m.quantity.unit().withoutMagnitude().symbol();
    if (t.isDrafted()) {
      t.drafted().indicatorName = t.subject() + BOUND; // 突破1000万千瓦大关,达到1050万千瓦: now beside its figure
    } else {
      mark(t, unit);
    }
    Draft d = drafting.create(m, t.subject(), t.start(), cs);
    d.lower(Confidence.MEDIUM);
    drafting.parenthetical(d, m.end, ce);
    m.used = true;
    drafting.add(d);
    return d;
  }

  /** The threshold {@code t} with a magnitude alone (突破1亿大关) in the exact figure's {@code unit}: 突破1亿只. */
  private void mark(Pending t, String unit) {
    Mention tm = t.mention();
    try {
      Quantity bound = Quantity.parse(drafting.s.substring(tm.start, tm.end - 2) + unit, ctx.units());
      Draft mark = drafting.create(tm, t.subject(), t.start(), t.clauseStart());
      mark.value = bound;
      mark.indicatorName = t.subject() + BOUND;
      mark.note(drafting.src.substring(tm.start, tm.end));
      mark.lower(Confidence.MEDIUM);
      drafting.add(mark);
    } catch (IllegalArgumentException | ArithmeticException e) {
      // a threshold whose unit does not join the figure's: only the exact figure is kept
    }
  }

  /**
   * 粮食总产量13731亿斤,…,连续8年稳定在1.3万亿斤以上: a bound held for a streak in a clause with no subject of its own
   * is a threshold of the figure in focus {@code current} (of the same dimension), the clause its note.
   */
  void streakOf(Draft current, List<Mention> in, int streakAt, int cs, int ce) {
    if (!subjects.clean(drafting.s.substring(cs, streakAt)).isEmpty() || current.changeOnlyName != null) {
      return;
    }
    for (Mention m : in) {
      if (m.start >= streakAt && m.quantity != null && !m.quantity.isExact() && !m.multiple
          && m.quantity.unit().dimension().equals(current.value.unit().dimension())) {
        Draft d = drafting.create(m, current.subject, current.start, cs);
        d.indicatorName = current.subject + BOUND; // one period, two observations: an indicator of its own
        d.region = current.region;
        d.note(drafting.src.substring(cs, ce));
        d.extend(ce);
        d.lower(Confidence.MEDIUM);
        drafting.add(d);
        return;
      }
    }
  }

  /** Where a streak (连续8年, 十一连丰) starts in the clause {@code [cs, ce)}, or -1. */
  int streakStart(int cs, int ce) {
    if (drafting.indexIn("连", cs, ce) < 0) {
      return -1;
    }
    Matcher m = Cues.STREAK.matcher(drafting.s).region(cs, ce);
    return m.find() ? m.start() : -1;
  }

  /**
   * 粮食总产量连续8年稳定在1.3万亿斤以上: a threshold (the figure with its 以上) held for a streak, a fact of
   * its subject when the clause names one before the streak; the clause is its note. Null when there is none.
   */
  Draft streak(List<Mention> in, int streakAt, int cs, int ce) {
    String s = drafting.s;
    String subject = subjects.clean(s.substring(cs, streakAt));
    Mention figure = null;
    for (Mention m : in) {
      if (m.start >= streakAt && m.quantity != null && !m.quantity.isExact() && !m.multiple && figure == null) {
        figure = m;
      }
    }
    if (subject.isEmpty() || figure == null) {
      return null;
    }
    int start = cs + s.substring(cs, streakAt).lastIndexOf(subject);
    Draft d = drafting.create(figure, drafting.orig(start, subject), start, cs);
    d.note(drafting.src.substring(cs, ce));
    d.extend(ce);
    d.lower(Confidence.MEDIUM);
    drafting.add(d);
    return d;
  }
}
