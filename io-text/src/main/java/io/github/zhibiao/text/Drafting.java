package io.github.zhibiao.text;

import io.github.zhibiao.model.Status;
import java.util.ArrayList;
import java.util.List;

/**
 * The facts being drafted from one sentence, shared by the stages that make them (levels, changes, lists,
 * budgets, thresholds, rankings): the text, the sentence's period marks and drafts, and how a draft is
 * made. {@link #begin} starts a sentence. Not thread-safe; one per extraction.
 */
final class Drafting {
  /** The window before a figure: at most this many characters of its clause. */
  static final int WINDOW = 40;

  /** How many of a sentence's latest drafts a ranking or list may refer back to; keeps long sentences linear. */
  static final int RECENT = 32;

  /** The normalized text: what patterns are matched on. */
  final String s;

  /** The caller's text, index for index with {@link #s}: what subjects and notes are cut from. */
  final String src;

  private final ExtractionContext ctx;
  private List<Periods.Mark> marks = List.of();
  private final List<Draft> drafts = new ArrayList<>();

  Drafting(WebText text, ExtractionContext ctx) {
    this.s = text.s;
    this.src = text.src;
    this.ctx = ctx;
  }

  /** Starts a sentence whose period phrases are {@code marks} (in text order). */
  void begin(List<Periods.Mark> sentenceMarks) {
    this.marks = sentenceMarks;
    drafts.clear();
  }

  /** The drafts of the sentence, in the order they were made. */
  List<Draft> all() {
    return drafts;
  }

  /** The latest {@link #RECENT} drafts. */
  List<Draft> recent() {
    return drafts.subList(Math.max(0, drafts.size() - RECENT), drafts.size());
  }

  void add(Draft d) {
    drafts.add(d);
  }

  void remove(Draft d) {
    drafts.remove(drafts.lastIndexOf(d));
  }

  /**
   * A draft of figure {@code m} named {@code subject} (its linking verbs inside cut out), starting at
   * {@code start}: the context's region, the period phrase before it, 累计 and 预计 from its clause
   * ({@code cs} is the clause's start). Not added.
   */
  Draft create(Mention m, String subject, int start, int cs) {
    Draft d = new Draft();
    d.subject = Subjects.withoutInnerLink(subject);
    d.mention = m;
    d.value = m.quantity;
    d.start = Math.min(start, m.start);
    d.end = m.end;
    d.region = ctx.region();
    Periods.Mark mark = Periods.before(marks, m.start);
    if (mark != null) {
      d.period = mark.period();
      d.instantMark = mark.instant();
      if (mark.asOfNow()) {
        d.note("截至目前");
      }
    }
    String clauseHead = s.substring(Math.max(cs, m.start - WINDOW), m.start);
    d.cumulative = clauseHead.contains("累计");
    if (clauseHead.contains("预计")) {
      d.status = Status.ESTIMATED;
    }
    return d;
  }

  /** The draft of a mention among the recent drafts (a list's head is always recent), or null. */
  Draft of(Mention m) {
    for (int i = drafts.size() - 1; i >= Math.max(0, drafts.size() - RECENT); i--) {
      if (drafts.get(i).mention == m) {
        return drafts.get(i);
      }
    }
    return null;
  }

  /** The caller's characters for a normalized piece found at {@code start} (fullwidth forms stay fullwidth). */
  String orig(int start, String normalizedPiece) {
    return src.substring(start, start + normalizedPiece.length());
  }

  /** Where {@code what} first starts in {@code [from, to)}, or -1: a bounded scan, not to the text's end. */
  int indexIn(String what, int from, int to) {
    for (int i = from; i + what.length() <= to; i++) {
      if (s.startsWith(what, i)) {
        return i;
      }
    }
    return -1;
  }

  /** Whether {@code [from, to)} is not empty and holds only list separators (、 和 及 与 and spaces). */
  boolean onlyListSeparators(int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c != '、' && c != '和' && c != '及' && c != '与' && c != ' ') {
        return false;
      }
    }
    return to > from;
  }

  /** A note in parentheses right after a figure (93.6%(剔除沙尘影响)) goes on its draft; a role inside is read instead. */
  void parenthetical(Draft d, int at, int ce) {
    if (at < ce && s.charAt(at) == '(') {
      int close = indexIn(")", at, Math.min(ce, at + 30));
      if (close > at + 1 && !holdsRole(at + 1, close)) {
        d.note(src.substring(at + 1, close));
        d.extend(close + 1);
      }
    }
  }

  /** Whether {@code [from, to)} holds a figure with a role (比上年增长11.1%): read, not kept as a note. */
  private boolean holdsRole(int from, int to) {
    boolean digit = false;
    for (int i = from; i < to && !digit; i++) {
      digit = Prose.isDigit(s.charAt(i));
    }
    return digit && Cues.PAREN_ROLE.matcher(s).region(from, to).find();
  }

  /**
   * The items of a list (A、B和C): their {start, end} in {@code text}, shifted by {@code offset}. With a 、 in
   * the list, 和, 及 and 与 join only its last two items (服装及衣着附件、塑料制品、鞋靴 has three); 及其 never splits.
   */
  static List<int[]> items(String text, int offset) {
    List<int[]> out = new ArrayList<>();
    int lastComma = text.lastIndexOf('、');
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      char c = i == text.length() ? '、' : text.charAt(i);
      boolean joins = (c == '和' || c == '及' || c == '与') && i > lastComma && !text.startsWith("及其", i);
      if (c == '、' || joins) {
        if (i > start) {
          out.add(new int[] {offset + start, offset + i});
        }
        start = i + 1;
      }
    }
    return out;
  }
}
