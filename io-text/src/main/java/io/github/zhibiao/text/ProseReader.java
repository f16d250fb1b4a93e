package io.github.zhibiao.text;

import io.github.zhibiao.model.Change;
import io.github.zhibiao.model.Ranking;
import io.github.zhibiao.model.Region;
import io.github.zhibiao.model.Share;
import io.github.zhibiao.model.Status;
import io.github.zhibiao.unit.Quantity;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One extraction: reads a text sentence by sentence. A sentence is split into clauses (at , ; :),
 * its numbers are found ({@link MentionScanner}), and each number is given a role by the words
 * just before it: a change (同比增长), plan completion (完成年度计划的), a share (占…的), or else a
 * level whose subject is the phrase before it. Rankings, streaks and period phrases are found per
 * clause and attached to the figure they follow. Not thread-safe; {@link TextExtractor} makes one
 * per call.
 */
final class ProseReader {
  private static final int WINDOW = 40;
  /** How many of a sentence's latest figures a ranking or list may refer back to; keeps long sentences linear. */
  private static final int RECENT = 32;

  /** 月均, 日均, 年均 before a change: the change's average per month, day or year, no fact of its own. */
  private static final Pattern AVERAGE_PER = Pattern.compile("[月日年]均?");
  private static final Pattern ALL_REACH = Pattern.compile("均(?:达到|达|为|是|超过|在)$");
  private static final String[] RANK_VERBS = {"稳居", "位居", "位列", "居于", "排名", "排在", "位于", "进入", "跻身", "走在",
    "处于", "坐稳", "稳坐", "牢牢", "居", "排", "列", "均", "都"};
  private static final String[] GOVERNING = {"为", "给", "向", "对", "帮助", "与", "同", "和", "及"};

  private final WebText text;
  private final String src;
  private final String s;
  private final ExtractionContext ctx;
  private final Subjects subjects;
  private final Periods periods;
  private final Roles roles;
  private final Observations observations;
  private final List<ExtractedFact> facts = new ArrayList<>();
  private final List<UnreadSentence> unread = new ArrayList<>();

  /** An absolute change with a subject and no level yet, in the sentence being read (or null). */
  private Absolute absolute;

  /** 固定电话用户较上年底增加833.5万户: the subject, where it starts, the change, the text. */
  private record Absolute(String subject, int start, Change change, String text) {}

  /** A threshold (突破1亿大关) waiting for the exact figure beside it, in the sentence being read (or null). */
  private Threshold threshold;

  /** 全区牛存栏突破1亿大关: its subject, where the subject starts, the mention. */
  private record Threshold(String subject, int start, Mention mention, int clauseStart) {}

  /**
   * The period stated at the head of the paragraph's first sentence (上半年,…), which sentences after it in
   * the paragraph that state no period of their own take; null when it states none. A paragraph ends at a
   * line break.
   */
  private Periods.Mark paragraphPeriod;

  /** Whether the next sentence starts a paragraph. */
  private boolean paragraphStart = true;

  /** Told after each sentence, or null when nobody follows the extraction. */
  private final ExtractionProgress progress;

  ProseReader(CharSequence text, ExtractionContext ctx) {
    this(text, ctx, null);
  }

  ProseReader(CharSequence text, ExtractionContext ctx, ExtractionProgress progress) {
    this.text = new WebText(text);
    this.src = this.text.src;
    this.s = this.text.s;
    this.ctx = ctx;
    this.subjects = new Subjects(new RegionNames(ctx.regions(), ctx.region()));
    this.periods = new Periods(s, ctx.year());
    this.roles = new Roles(ctx);
    this.observations = new Observations(this.text, ctx, periods, facts, unread);
    this.progress = progress;
  }

  Extraction read() {
    int n = s.length();
    int i = 0;
    while (i < n) {
      int start = i;
      i = Sentences.end(s, i);
      boolean read = sentence(start, i);
      if (read) {
        paragraphStart = false;
      }
      if (i < n && (s.charAt(i) == '\n' || s.charAt(i) == '\r')) {
        paragraphStart = true;
      }
      i++;
      if (progress != null) {
        progress.readTo(text.caller(Math.min(i, n)), read);
      }
    }
    return Extraction.of(facts, unread);
  }

  // ---------------------------------------------------------------- sentence

  /** Reads the sentence in {@code [a, b)}; returns false when it is blank. */
  private boolean sentence(int a, int b) {
    while (a < b && Character.isWhitespace(s.charAt(a))) {
      a++;
    }
    while (b > a && Character.isWhitespace(s.charAt(b - 1))) {
      b--;
    }
    if (a >= b) {
      return false;
    }
    List<Sentences.Clause> clauses = Sentences.clauses(s, a, b);
    List<Periods.Mark> marks = periods.marks(clauses);
    if (paragraphStart) {
      Periods.Mark head = marks.isEmpty() ? null : marks.get(0);
      paragraphPeriod = head != null && head.start() < clauses.get(0).end() ? head : null;
    } else if (paragraphPeriod != null && (marks.isEmpty() || marks.get(0).start() >= clauses.get(0).end())) {
      // 今年1—11月,…。其中,地方级财政收入完成…: up to a period of its own, the paragraph's period holds
      Periods.Mark p = paragraphPeriod;
      List<Periods.Mark> withHead = new ArrayList<>(marks.size() + 1);
      withHead.add(new Periods.Mark(a, p.period(), p.instant(), p.asOfNow()));
      withHead.addAll(marks);
      marks = withHead;
    }
    MentionScanner.Scan scan = MentionScanner.scan(s, a, b, ctx.units());
    if (scan.numbers() == 0) {
      return true;
    }
    List<List<Mention>> byClause = byClause(scan.mentions(), clauses);
    List<Draft> drafts = new ArrayList<>();
    Draft current = null;
    absolute = null;
    threshold = null;
    for (int c = 0; c < clauses.size(); c++) {
      current = clause(clauses, c, byClause.get(c), marks, drafts, current);
    }
    int before = facts.size();
    String reason = UnreadSentence.NO_OBSERVATION;
    for (Draft d : drafts) {
      if (d.ambiguousRegion != null && reason.equals(UnreadSentence.NO_OBSERVATION)) {
        reason = d.ambiguousRegion;
      }
      observations.build(d);
    }
    if (facts.size() == before) {
      int from = text.caller(a);
      int to = text.callerEnd(b);
      unread.add(new UnreadSentence(from, to, text.callerText(from, to), reason));
    }
    return true;
  }

  /** The mentions of each clause; both lists are in text order, so one sweep assigns them. */
  private static List<List<Mention>> byClause(List<Mention> mentions, List<Sentences.Clause> clauses) {
    List<List<Mention>> out = new ArrayList<>(clauses.size());
    for (int c = 0; c < clauses.size(); c++) {
      out.add(new ArrayList<>());
    }
    int clauseIndex = 0;
    for (Mention m : mentions) {
      while (clauseIndex < clauses.size() - 1 && m.start >= clauses.get(clauseIndex).end()) {
        clauseIndex++;
      }
      m.clause = clauseIndex;
      out.get(clauseIndex).add(m);
    }
    return out;
  }

  /** Reads the figures, enumerations, rankings and streaks of clause {@code c}; returns the draft in focus. */
  private Draft clause(List<Sentences.Clause> clauses, int c, List<Mention> in, List<Periods.Mark> marks,
      List<Draft> drafts, Draft current) {
    int cs = clauses.get(c).start();
    int ce = clauses.get(c).end();
    int streakAt = streakStart(cs, ce);
    if (streakAt >= 0) {
      for (Mention m : in) {
        if (m.start >= streakAt) {
          m.used = true;
        }
      }
    }
    int enumAt = indexIn("分别", cs, ce);
    if (enumAt >= 0) {
      current = enumeration(clauses, c, enumAt, in, marks, drafts, current);
    }
    Mention previous = null;
    int segStart = cs;
    for (Mention m : in) {
      if (!m.used && m.quantity != null) {
        current = figure(m, previous, Math.max(segStart, cs), cs, ce, marks, drafts, current);
      }
      if (m.used || (m.quantity != null && !m.nounFollows)) {
        previous = m;
        segStart = m.end;
      } else if (m.nounFollows && m.classifier) {
        segStart = postNominalEnd(m.end, ce); // 为2962户企业|发放稳岗返还资金4785.03万元
      }
    }
    rankings(cs, ce, drafts, current);
    if (streakAt >= 0 && current == null) {
      current = streakThreshold(in, streakAt, cs, ce, marks, drafts);
    } else if (streakAt >= 0) {
      current.note(src.substring(cs, ce));
      current.extend(ce);
    }
    return current;
  }

  /**
   * 粮食总产量连续8年稳定在1.3万亿斤以上: a threshold (the figure with its 以上) held for a streak,
   * a fact of its subject when the clause names one before the streak; the clause is its note.
   */
  private Draft streakThreshold(List<Mention> in, int streakAt, int cs, int ce, List<Periods.Mark> marks,
      List<Draft> drafts) {
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
    Draft d = newDraft(figure, orig(start, subject), start, marks, cs);
    d.note(src.substring(cs, ce));
    d.extend(ce);
    d.lower(Confidence.MEDIUM);
    drafts.add(d);
    return d;
  }

  private int streakStart(int cs, int ce) {
    if (indexIn("连", cs, ce) < 0) {
      return -1;
    }
    Matcher m = Cues.STREAK.matcher(s).region(cs, ce);
    return m.find() ? m.start() : -1;
  }

  // ---------------------------------------------------------------- one figure

  /** The window before a figure: from the segment's start, at most {@link #WINDOW} characters. */
  private static int windowStart(Mention m, int segStart) {
    return Math.min(m.start, Math.max(segStart, m.start - WINDOW));
  }

  private Draft figure(Mention m, Mention previous, int segStart, int cs, int ce, List<Periods.Mark> marks,
      List<Draft> drafts, Draft current) {
    int preStart = windowStart(m, segStart);
    String pre = s.substring(preStart, m.start);
    if (m.threshold) {
      String subject = subjects.clean(pre);
      int at = subject.isEmpty() ? m.start : preStart + pre.lastIndexOf(subject);
      threshold = new Threshold(orig(at, subject), at, m, cs);
      m.used = true; // a fact only with the exact figure that follows it
      return current;
    }
    if (m.multiple) {
      Roles.ChangeCue times = roles.multipleChange(pre, m.quantity);
      return times == null ? current : change(m, times, pre, preStart, cs, marks, drafts, current);
    }
    Quantity perUnit = null;
    Matcher per = Cues.PER_UNIT.matcher(pre);
    if (per.find() && !m.quantity.unit().dimension().isNone()) {
      Quantity q = m.quantity;
      perUnit = Quantity.of(q.value(), q.unit().per(ctx.units().parse(per.group("per"))), q.qualifier()); // 每亩420公斤
      pre = pre.substring(0, per.start());
    }
    if (m.isPercent() && attachRatio(m, previous, pre, preStart, drafts, current)) {
      return current;
    }
    Matcher aside = m.isPoints() ? Cues.POINTS_ASIDE.matcher(pre) : null;
    if (aside != null && aside.find()) {
      m.used = true; // 降幅比1-10月收窄0.9个百分点, 低于全省平均增速2.1个百分点: a comparison, noted
      if (current != null) {
        current.note(src.substring(preStart + aside.start(), m.end));
        current.extend(m.end);
      }
      return current;
    }
    Roles.ChangeCue cue = roles.change(pre, m.quantity, m.isPoints() || m.isPercent());
    if (cue != null) {
      return change(m, cue, pre, preStart, cs, marks, drafts, current);
    }
    return level(m, previous, pre, preStart, perUnit, cs, ce, marks, drafts, current);
  }

  /** Plan completion (完成年度计划的117.10%) or a share (占全区总任务的17%) of the draft in focus. */
  private boolean attachRatio(Mention m, Mention previous, String pre, int preStart, List<Draft> drafts,
      Draft current) {
    Draft budget = previous == null ? null : draftOf(drafts, previous);
    if (budget != null && budget.planOf != null && budget.planOf.plan == null
        && Cues.PLAN_OF_FIGURE.matcher(pre.strip()).matches()) {
      budget.planOf.plan = m.quantity; // 占计划数60亿元的83.3%: the completion of what the plan is for
      budget.extend(m.end);
      m.used = true;
      return true;
    }
    boolean free = current != null && current.changeOnlyName == null;
    if (Roles.isPlan(pre) && free && current.plan == null) {
      current.plan = m.quantity;
      current.extend(m.end);
      m.used = true;
      return true;
    }
    Roles.ShareCue share = Roles.share(pre);
    if (share != null && ownShare(m, pre, share, current)) {
      return false; // 第三产业增加值占GDP的比重为48.6%: a share of its own subject, read as a level
    }
    if (share != null && free && current.share == null) {
      try {
        current.share = Share.of(m.quantity, src.substring(preStart + share.wholeStart(), preStart + share.wholeEnd()));
        current.extend(m.end);
      } catch (IllegalArgumentException e) {
        current.lower(Confidence.LOW);
      }
      m.used = true;
      return true;
    }
    return false;
  }

  /**
   * Whether a share names its own subject before 占 (第三产业增加值占GDP的比重为48.6%) and no figure of
   * its clause stands before it for it to belong to.
   */
  private boolean ownShare(Mention m, String pre, Roles.ShareCue share, Draft current) {
    int at = pre.lastIndexOf('占', share.wholeStart());
    if (at <= 0 || subjects.clean(pre.substring(0, at)).isEmpty()) {
      return false;
    }
    return current == null || current.mention.clause != m.clause;
  }

  /** A change: of the draft in focus when no subject stands before it, else a change without a level. */
  private Draft change(Mention m, Roles.ChangeCue cue, String pre, int preStart, int cs, List<Periods.Mark> marks,
      List<Draft> drafts, Draft current) {
    String restZone = pre.substring(0, cue.restEnd());
    String rest = subjects.clean(restZone);
    int restStartAbs = rest.isEmpty() ? m.start : preStart + restZone.lastIndexOf(rest);
    rest = orig(restStartAbs, rest);
    if (rest.equals("增速") || rest.equals("增幅") || rest.equals("涨幅") || rest.equals("降幅")) {
      rest = ""; // 增速高于全区平均水平2.3个百分点: about the change already stated
    }
    if (AVERAGE_PER.matcher(rest).matches()) {
      m.used = true; // 较上年底增加833.5万户,月均增长277.83万户: a rate per month of the change, noted
      if (current != null) {
        current.note(src.substring(restStartAbs, m.end));
      }
      return current;
    }
    m.used = true;
    String cueText = src.substring(preStart + cue.cueStart(), m.end);
    boolean rate = cue.change().kind() == Change.Kind.RATE;
    if (rest.isEmpty() && current != null && current.changeOnlyName == null) {
      if (current.change == null) {
        current.change = cue.change();
        current.changeText = cueText;
        current.extend(m.end);
        return current;
      }
      if (rate && current.change.kind() == Change.Kind.ABSOLUTE) {
        current.note(current.changeText); // 比上年增加74亿斤,增长0.5%: the relative one is the change
        current.change = cue.change();
        current.extend(m.end);
        return current;
      }
    }
    if (rest.isEmpty() && current != null && current.changeOnlyName != null && current.change == null
        && m.isPoints() && cue.change().basis() != Change.Basis.YEAR_ON_YEAR) {
      current.change = cue.change(); // 同比增加4.5%,比1-10月提高0.5个百分点: the rate's change against 1-10月
      current.changeText = cueText;
      current.extend(m.end);
      return current;
    }
    if (rest.isEmpty() && current == null && absolute != null && rate) {
      rest = absolute.subject; // 粮食产量比上年增加74亿斤,增长0.5%: no level, the rate with the amount as note
      restStartAbs = absolute.start;
      cueText = absolute.text + "," + cueText;
    }
    if (rest.isEmpty()) {
      m.used = false;
      return current;
    }
    if (!rate && cue.change().kind() == Change.Kind.ABSOLUTE) {
      absolute = new Absolute(rest, restStartAbs, cue.change(), src.substring(restStartAbs, m.end));
      return current; // 较上年底增加833.5万户,…达到3.58亿户: the level that follows may take it
    }
    Draft d = newDraft(m, rest, restStartAbs, marks, cs);
    d.value = cue.change().amount();
    d.changeOnlyName = rest + (rate ? "增速" : "变动");
    d.note(cueText.substring(0, cueText.length() - (m.end - m.start)));
    d.lower(Confidence.MEDIUM);
    drafts.add(d);
    return d;
  }

  /** A level: its subject is the phrase before it (or the noun after a count). */
  private Draft level(Mention m, Mention previous, String pre, int preStart, Quantity perUnit, int cs, int ce,
      List<Periods.Mark> marks, List<Draft> drafts, Draft current) {
    boolean listed = previous != null && previous.quantity != null && onlyListSeparators(previous.end, m.start);
    Draft listHead = listed ? draftOf(drafts, previous) : null;
    Subjects.Lead lead = subjects.subject(pre);
    String subject = lead.text();
    int subjectStart = subject.isEmpty() ? m.start : preStart + pre.lastIndexOf(subject);
    subject = orig(subjectStart, subject);
    Matcher budget = Cues.BUDGET.matcher(subject);
    if ((!m.nounFollows || s.charAt(m.end) == '的') && budget.matches() && current != null && current.changeOnlyName == null
        && current.planOf == null) {
      return budget(m, budget.group("word"), subjectStart + budget.start("word"), cs, marks, drafts, current);
    }
    Draft d;
    if (m.nounFollows) {
      d = postNominal(m, pre, subject, subjectStart, ce, marks, cs);
      if (d == null) {
        return current;
      }
    } else {
      if (isOneOf(subject, Cues.VERB_ONLY) || isOneOf(subject, Cues.LINKING)) {
        subject = "";
      }
      if (subject.isEmpty() && threshold != null && !threshold.subject().isEmpty() && listHead == null) {
        return beside(m, cs, ce, marks, drafts); // 突破1亿大关,达到10091.03万只
      }
      if (subject.isEmpty() && absolute != null && listHead == null) {
        return fromAbsolute(m, cs, ce, marks, drafts); // …增加833.5万户,达到3.58亿户
      }
      if (subject.isEmpty()) {
        if (listHead != null) {
          drafts.remove(drafts.lastIndexOf(listHead)); // A达到116万吨、37万吨和57万吨: one subject, several figures
          return null;
        }
        return current;
      }
      if (ALL_REACH.matcher(pre).find() && (subject.contains("和") || subject.contains("、"))) {
        return eachOf(m, subject, subjectStart, lead.status(), cs, marks, drafts, current);
      }
      if (subject.startsWith("占") && current != null && current.mention.clause >= m.clause - 1) {
        subject = current.subject + subject; // 产业投资同比增长15.9%,占全县投资比重为78.8%: the share's holder is the figure before
        subjectStart = Math.min(subjectStart, current.start);
      }
      d = newDraft(m, subject, subjectStart, marks, cs);
      shareOfOwn(d, m, subject);
      if (perUnit != null) {
        d.value = perUnit;
      }
      if (subject.length() > 24) {
        d.lower(Confidence.LOW);
      } else if (subject.length() > 16 || subject.length() < 2) {
        d.lower(Confidence.MEDIUM);
      }
    }
    if (lead.ambiguous()) {
      d.ambiguousRegion = lead.ambiguity(); // a name several regions of the province share: no fact, never a guess
    } else if (lead.region() != null) {
      d.region = lead.region();
    }
    if (lead.status() != Status.NORMAL) {
      d.status = lead.status();
    }
    d.listHead = listHead;
    if (listHead == null && previous != null && subjectStart == previous.end + 1
        && "、和及".indexOf(s.charAt(previous.end)) >= 0) {
      d.listHead = draftOf(drafts, previous); // 现有儿童督导员183人、儿童主任2497人
    }
    d.stockCue = Observations.hasAny(s.substring(Math.max(cs, m.start - WINDOW), m.start), Cues.STOCK_WORDS);
    String stockVerbZone = s.substring(Math.max(cs, m.start - 4), m.start);
    d.stockVerb = stockVerbZone.endsWith("增加至") || stockVerbZone.endsWith("增至") || stockVerbZone.endsWith("增加到")
        || stockVerbZone.endsWith("发展到");
    parenthetical(d, m.end, ce);
    m.used = true;
    drafts.add(d);
    return d;
  }

  /**
   * A budget, target or plan figure (年初预算数为116.4亿元, 占计划数60亿元): a level of its own, its
   * subject and indicator named after the figure it is the plan of (一般公共预算收入年初预算数); the focus stays on that figure,
   * so that a completion after it (完成全年目标数的103.5%) completes it.
   */
  private Draft budget(Mention m, String word, int wordStart, int cs, List<Periods.Mark> marks, List<Draft> drafts,
      Draft current) {
    Draft d = newDraft(m, current.subject + orig(wordStart, word), wordStart, marks, cs);
    d.indicatorName = d.subject;
    d.planOf = current;
    d.region = current.region;
    d.lower(Confidence.MEDIUM);
    m.used = true;
    drafts.add(d);
    return current;
  }

  /** 第三产业增加值占GDP的比重 = 48.6%: the subject's 占…的 gives the share; the subject stays as written. */
  private static void shareOfOwn(Draft d, Mention m, String subject) {
    if (!m.isPercent()) {
      return;
    }
    Subjects.OwnShare plain = Subjects.plainShare(d.subject);
    if (plain != null) {
      try {
        d.share = Share.of(m.quantity, plain.whole()); // 乡村旅游接待量占全县假日旅游接待总人数41%
        d.subject = plain.own();
      } catch (IllegalArgumentException e) {
        d.lower(Confidence.LOW);
      }
      return;
    }
    Matcher share = Cues.SHARE_IN_SUBJECT.matcher(subject);
    if (share.find()) {
      try {
        d.share = Share.of(m.quantity, share.group("whole"));
      } catch (IllegalArgumentException e) {
        d.lower(Confidence.LOW);
      }
    }
  }

  /**
   * The exact figure after a threshold (突破1亿大关,达到10091.03万只): both are facts of the threshold's
   * subject, the threshold in the exact figure's unit without its magnitude (突破1亿只, MORE_THAN).
   */
  private Draft beside(Mention m, int cs, int ce, List<Periods.Mark> marks, List<Draft> drafts) {
    Threshold t = threshold;
    threshold = null;
    Mention tm = t.mention();
    String unit = m.quantity.unit().withoutMagnitude().symbol();
    try {
      Quantity bound = Quantity.parse(s.substring(tm.start, tm.end - 2) + unit, ctx.units());
      Draft mark = newDraft(tm, t.subject(), t.start(), marks, t.clauseStart());
      mark.value = bound;
      mark.note(src.substring(tm.start, tm.end));
      mark.lower(Confidence.MEDIUM);
      drafts.add(mark);
    } catch (IllegalArgumentException | ArithmeticException e) {
      // a threshold whose unit does not join the figure's: only the exact figure is kept
    }
    Draft d = newDraft(m, t.subject(), t.start(), marks, cs);
    d.lower(Confidence.MEDIUM);
    parenthetical(d, m.end, ce);
    m.used = true;
    drafts.add(d);
    return d;
  }

  /** The level after an absolute change with a subject: the subject and the change are the change's. */
  private Draft fromAbsolute(Mention m, int cs, int ce, List<Periods.Mark> marks, List<Draft> drafts) {
    Absolute a = absolute;
    absolute = null;
    Draft d = newDraft(m, a.subject, a.start, marks, cs);
    d.change = a.change;
    d.changeText = a.text;
    d.lower(Confidence.MEDIUM);
    parenthetical(d, m.end, ce);
    m.used = true;
    drafts.add(d);
    return d;
  }

  /** 答复率和群众满意度均达100%: one figure for each of several subjects. */
  private Draft eachOf(Mention m, String subject, int subjectStart, Status status, int cs, List<Periods.Mark> marks,
      List<Draft> drafts, Draft current) {
    List<int[]> items = splitItems(s.substring(subjectStart, subjectStart + subject.length()), subjectStart);
    Draft lastDraft = current;
    for (int[] it : items) {
      Draft e = newDraft(m, src.substring(it[0], it[1]), it[0], marks, cs);
      e.status = status == Status.NORMAL ? e.status : status;
      e.lower(Confidence.MEDIUM);
      drafts.add(e);
      lastDraft = e;
    }
    m.used = true;
    return lastDraft;
  }

  /**
   * A count whose noun follows it: 175个项目开工建设, 签约了262个投资类重大项目. Left out when a
   * preposition governs the count (为2962户企业发放…), when it is a per-unit figure (每个旗县区建成1个),
   * when the items are distributed over a list (3家国家级、8家自治区级…平台), or when the noun is
   * shorter than three characters.
   */
  private Draft postNominal(Mention m, String pre, String subject, int subjectStart, int ce, List<Periods.Mark> marks,
      int cs) {
    String raw = pre.strip();
    boolean modifier = raw.endsWith("的"); // 下达的288万亩人工饲草种植任务
    if (!m.classifier && !modifier) {
      return null;
    }
    for (String p : GOVERNING) {
      if (raw.endsWith(p)) {
        return null;
      }
    }
    if (raw.contains("每")) {
      return null;
    }
    int postEnd = postNominalEnd(m.end, ce);
    if (postEnd < ce && s.charAt(postEnd) == '、' && postEnd + 1 < ce && Prose.isDigit(s.charAt(postEnd + 1))) {
      return null;
    }
    String postNorm = Subjects.stripTrail(s.substring(m.end, postEnd));
    if (postNorm.length() < 3) {
      return null;
    }
    for (String noun : Cues.REGION_NOUNS) {
      if (postNorm.startsWith(noun)) {
        return null;
      }
    }
    if (Cues.SCOPE_AVERAGE.matcher(s.substring(m.end, Math.min(ce, m.end + 24))).find()) {
      m.used = true; // 339个地级及以上城市平均…: the count is the scope of an average, the figure after has the subject
      return null;
    }
    String post = orig(m.end + s.substring(m.end, postEnd).indexOf(postNorm), postNorm);
    boolean verbLead = !modifier && (subject.isEmpty() || isOneOf(subject, Cues.SHORT_VERBS));
    Draft d = newDraft(m, verbLead ? subject + post : post, verbLead && !subject.isEmpty() ? subjectStart : m.start,
        marks, cs);
    d.extend(m.end + postNorm.length());
    d.lower(Confidence.MEDIUM);
    return d;
  }

  private Draft newDraft(Mention m, String subject, int start, List<Periods.Mark> marks, int cs) {
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

  /** The draft of a mention among the last few drafts (a list's head is always recent), or null. */
  private static Draft draftOf(List<Draft> drafts, Mention m) {
    for (int i = drafts.size() - 1; i >= Math.max(0, drafts.size() - RECENT); i--) {
      if (drafts.get(i).mention == m) {
        return drafts.get(i);
      }
    }
    return null;
  }

  private void parenthetical(Draft d, int at, int ce) {
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

  private int postNominalEnd(int from, int ce) {
    int end = Math.min(ce, from + 16);
    for (int i = from; i < end; i++) {
      char c = s.charAt(i);
      if (c == '、' || Prose.isDigit(c) || c == '(' || c == ' ') {
        return i;
      }
      if ((c == '和' || c == '及') && i + 1 < ce && Prose.isDigit(s.charAt(i + 1))) {
        return i;
      }
      for (String v : Cues.CUT_VERBS) {
        if (i > from && s.startsWith(v, i)) {
          return i;
        }
      }
      if (i > from + 1 && (c == '共' && Cues.TOTAL_OF.matcher(s).region(i, end).lookingAt() || s.startsWith("累计", i))) {
        return i; // 119个直报景区|共接待游客: the count's noun ends where the total starts
      }
    }
    return end;
  }

  private boolean onlyListSeparators(int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c != '、' && c != '和' && c != '及' && c != '与' && c != ' ') {
        return false;
      }
    }
    return to > from;
  }

  private static boolean isOneOf(String subject, String[] words) {
    for (String v : words) {
      if (v.equals(subject)) {
        return true;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------- enumerations (分别)

  private Draft enumeration(List<Sentences.Clause> clauses, int c, int at, List<Mention> in, List<Periods.Mark> marks,
      List<Draft> drafts, Draft current) {
    int cs = clauses.get(c).start();
    List<Mention> values = new ArrayList<>();
    for (Mention m : in) {
      if (m.start > at && m.quantity != null && !m.used) {
        if (!values.isEmpty() && !onlyListSeparators(values.get(values.size() - 1).end, m.start)) {
          break;
        }
        values.add(m);
      }
    }
    if (values.size() < 2) {
      return current;
    }
    int headStart = cs;
    for (Mention m : in) {
      if (m.end <= at) {
        headStart = Math.max(headStart, m.end);
      }
    }
    String between = s.substring(at + 2, values.get(0).start);
    Matcher dir = Cues.CHANGE.matcher(between);
    boolean change = dir.find() && dir.start() == 0 || between.endsWith("下降") || between.endsWith("增长");
    boolean down = change && Roles.isDown(dir.group("dir"));
    String head = s.substring(headStart, at);
    String basisText = null;
    if (change) {
      Matcher basis = Cues.BASIS.matcher(head);
      int bStart = -1;
      while (basis.find()) {
        if (basis.end() == head.length()) {
          bStart = basis.start();
          basisText = basis.group();
        }
      }
      if (bStart >= 0) {
        head = head.substring(0, bStart);
      }
    }
    List<Region> regions = regionItems(head, values.size());
    if (regions != null && !change) {
      return byRegion(values, regions, at + 2, values.get(0).start, cs, marks, drafts, current);
    }
    Subjects.Lead headLead = subjects.subject(head);
    Status status = headLead.status();
    String cleaned = headLead.text();
    int cleanedStart = headStart + head.lastIndexOf(cleaned);
    List<int[]> items = splitItems(cleaned, cleanedStart);
    List<String> names = new ArrayList<>();
    List<Integer> starts = new ArrayList<>();
    if (items.size() == values.size()) {
      for (int[] it : items) {
        names.add(src.substring(it[0], it[1]));
        starts.add(it[0]);
      }
      expandShortItems(names);
    } else if (items.size() == 1 && c > 0) {
      int ps = clauses.get(c - 1).start();
      int pe = clauses.get(c - 1).end();
      String prev = s.substring(ps, pe);
      String prevClean = subjects.lead(prev).text();
      for (String v : Cues.LIST_VERBS) {
        if (prevClean.startsWith(v)) {
          prevClean = prevClean.substring(v.length());
          break;
        }
      }
      int prevStart = ps + prev.lastIndexOf(prevClean);
      List<int[]> prevItems = splitItems(prevClean, prevStart);
      if (prevItems.size() != values.size()) {
        return current;
      }
      for (int[] it : prevItems) {
        names.add(src.substring(it[0], it[1]) + orig(cleanedStart, cleaned));
        starts.add(it[0]);
      }
    } else {
      return current;
    }
    Draft last = current;
    for (int k = 0; k < values.size(); k++) {
      Mention m = values.get(k);
      m.used = true;
      Draft d = newDraft(m, names.get(k), starts.get(k), marks, cs);
      d.status = status == Status.NORMAL ? d.status : status;
      d.lower(Confidence.MEDIUM);
      if (change) {
        Quantity amount = down ? m.quantity.negate() : m.quantity;
        Change ch = basisText == null ? Change.yearOnYear(amount) : roles.basisChange(amount, basisText);
        if (ch.kind() == Change.Kind.ABSOLUTE) {
          m.used = false;
          continue;
        }
        d.value = ch.amount();
        d.changeOnlyName = d.subject + (ch.kind() == Change.Kind.RATE ? "增速" : "变动");
        d.note((basisText == null ? "" : basisText) + (down ? "下降" : "增长"));
      } else {
        String zone = s.substring(at, values.get(0).start);
        d.stockVerb = zone.contains("增加至") || zone.contains("增至") || zone.contains("增加到");
      }
      drafts.add(d);
      last = d;
    }
    return last;
  }

  /** The regions a list of region names before 分别 names (敖汉旗、宁城县), one per value, or null. */
  private List<Region> regionItems(String head, int count) {
    String cleaned = head.strip();
    List<Region> out = new ArrayList<>();
    for (int[] it : splitItems(cleaned, 0)) {
      Region r = subjects.regionOnly(subjects.leadWords(cleaned.substring(it[0], it[1])));
      if (r == null) {
        return null;
      }
      out.add(r);
    }
    return out.size() == count ? out : null;
  }

  /**
   * 敖汉旗、宁城县分别完成投资30亿元、45亿元: one fact per region, the subject the words after 分别
   * (完成投资), the region the item's.
   */
  private Draft byRegion(List<Mention> values, List<Region> regions, int from, int to, int cs,
      List<Periods.Mark> marks, List<Draft> drafts, Draft current) {
    Subjects.Lead lead = subjects.subject(s.substring(from, to));
    String subject = lead.text();
    if (subject.isEmpty()) {
      return current;
    }
    int start = from + s.substring(from, to).lastIndexOf(subject);
    Draft last = current;
    for (int k = 0; k < values.size(); k++) {
      Mention m = values.get(k);
      m.used = true;
      Draft d = newDraft(m, orig(start, subject), start, marks, cs);
      d.region = regions.get(k);
      d.lower(Confidence.MEDIUM);
      drafts.add(d);
      last = d;
    }
    return last;
  }

  /** The caller's characters for a normalized piece found at {@code start} (fullwidth forms stay fullwidth). */
  private String orig(int start, String normalizedPiece) {
    return src.substring(start, start + normalizedPiece.length());
  }

  private List<int[]> splitItems(String text, int offset) {
    List<int[]> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '、' || text.charAt(i) == '和' || text.charAt(i) == '及'
          || text.charAt(i) == '与') {
        if (i > start) {
          out.add(new int[] {offset + start, offset + i});
        }
        start = i + 1;
      }
    }
    return out;
  }

  /** 农药、化肥施用量 → 农药施用量, 化肥施用量: short leading items share the last item's tail. */
  private static void expandShortItems(List<String> subjects) {
    if (subjects.size() < 2) {
      return;
    }
    String lastItem = subjects.get(subjects.size() - 1);
    int len = subjects.get(0).length();
    for (int k = 0; k < subjects.size() - 1; k++) {
      if (subjects.get(k).length() != len || len > 4) {
        return;
      }
    }
    if (lastItem.length() <= len + 1) {
      return;
    }
    String tail = lastItem.substring(len);
    for (int k = 0; k < subjects.size() - 1; k++) {
      subjects.set(k, subjects.get(k) + tail);
    }
  }

  // ---------------------------------------------------------------- rankings

  private void rankings(int cs, int ce, List<Draft> drafts, Draft current) {
    boolean chair = indexIn("头把交椅", cs, ce) >= 0;
    if (!chair && indexIn("第", cs, ce) < 0 && indexIn("首", cs, ce) < 0 && indexIn("前", cs, ce) < 0) {
      return;
    }
    Matcher m = Cues.RANK.matcher(s).region(cs, ce);
    while (m.find()) {
      Ranking r = Roles.ranking(m);
      if (r == null) {
        continue;
      }
      r = roles.scoped(r, m.group("scope") == null ? "" : m.group("scope"));
      if (m.group("all") != null) {
        for (Draft d : drafts.subList(Math.max(0, drafts.size() - RECENT), drafts.size())) {
          if (d.ranking == null && d.mention.start < m.start() && d.changeOnlyName == null) {
            d.ranking = r;
            d.extend(m.end());
          }
        }
        continue;
      }
      for (Draft target : targets(cs, m.start(), drafts, current)) {
        if (target.ranking == null) {
          target.ranking = r;
          target.extend(m.end());
        }
      }
    }
    if (chair) {
      Ranking first = roles.scoped(Ranking.first(), s.substring(Math.max(cs, indexIn("头把交椅", cs, ce) - WINDOW), ce));
      for (Draft target : targets(cs, indexIn("头把交椅", cs, ce), drafts, current)) {
        if (target.ranking == null) {
          target.ranking = first;
          target.extend(ce);
        }
      }
    }
  }

  /**
   * What a ranking at {@code at} ranks: the last figure before it in its clause; else, in a clause
   * without figures, the figures its own subject names (敖汉小米、赤峰小米位列…前10强), or the figure
   * before when the clause has no subject of its own or one sharing two characters with the
   * figure's subject (总任务量居全区首位 after 落实高标准农田建设任务349.15万亩).
   */
  private List<Draft> targets(int cs, int at, List<Draft> drafts, Draft current) {
    List<Draft> recent = drafts.subList(Math.max(0, drafts.size() - RECENT), drafts.size());
    Draft inClause = null;
    for (Draft d : recent) {
      if (d.mention.start >= cs && d.mention.start < at && d.changeOnlyName == null) {
        inClause = d;
      }
    }
    if (inClause != null) {
      return List.of(inClause);
    }
    String head = s.substring(Math.max(cs, at - WINDOW), at);
    Matcher streak = Cues.STREAK.matcher(head);
    if (streak.find()) {
      head = head.substring(0, streak.start());
    }
    head = subjects.clean(head);
    for (String verb : RANK_VERBS) {
      if (head.endsWith(verb)) {
        head = Subjects.stripTrail(head.substring(0, head.length() - verb.length()));
      }
    }
    if (head.isEmpty()) {
      return current == null ? List.of() : List.of(current); // 增长4.5%,排名全市第二: a rate's rank is the rate's
    }
    if (current != null && Cues.RATE_WORDS.contains(head)) {
      return growthRate(current, drafts); // 增速位居全省第四位: the rank of the growth rate
    }
    List<Draft> named = new ArrayList<>();
    for (int[] it : splitItems(head, 0)) {
      String item = head.substring(it[0], it[1]);
      for (Draft d : recent) {
        if (d.subject.equals(item) && d.changeOnlyName == null) {
          named.add(d);
        }
      }
    }
    if (named.isEmpty() && head.length() >= 3) {
      Draft prefix = null; // 粮食总产量…位居全国第一 after 粮食总产1573.5亿斤: the same name, written longer
      for (Draft d : recent) {
        if (d.changeOnlyName == null && d.subject.length() >= 3 && (head.startsWith(d.subject) || d.subject.startsWith(head))) {
          prefix = d;
        }
      }
      if (prefix != null) {
        named.add(prefix);
      }
    }
    if (!named.isEmpty()) {
      return named;
    }
    if (current != null && current.changeOnlyName == null && sharesBigram(head, current.subject)) {
      return List.of(current);
    }
    return List.of();
  }

  /**
   * The growth-rate fact a ranking of 增速 belongs to: the change stated without a level, or, for a
   * level with its change, a 增速 fact of its own (value the change's rate), made here.
   */
  private List<Draft> growthRate(Draft current, List<Draft> drafts) {
    if (current.changeOnlyName != null) {
      return List.of(current);
    }
    if (current.change == null || current.change.kind() != Change.Kind.RATE) {
      return List.of();
    }
    Draft rate = newDraft(current.mention, current.subject, current.start, List.of(), current.start);
    rate.period = current.period;
    rate.instantMark = current.instantMark;
    rate.region = current.region;
    rate.value = current.change.amount();
    rate.changeOnlyName = current.subject + "增速";
    rate.end = current.end;
    rate.lower(Confidence.MEDIUM);
    drafts.add(rate);
    return List.of(rate);
  }

  private static boolean sharesBigram(String a, String b) {
    for (int i = 0; i + 2 <= a.length(); i++) {
      if (b.contains(a.substring(i, i + 2))) {
        return true;
      }
    }
    return false;
  }

  private int indexIn(String what, int cs, int ce) {
    // a bounded scan: String.indexOf would run on to the end of the text
    for (int i = cs; i + what.length() <= ce; i++) {
      if (s.startsWith(what, i)) {
        return i;
      }
    }
    return -1;
  }

}