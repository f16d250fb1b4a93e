package io.github.zhibiao.text;

import io.github.zhibiao.model.Share;
import io.github.zhibiao.model.Status;
import io.github.zhibiao.unit.Dimension;
import io.github.zhibiao.unit.Quantity;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One extraction: runs the stages over the text sentence by sentence. A sentence is split into clauses
 * ({@link Sentences}), its period phrases marked ({@link Periods}) and its numbers found ({@link MentionScanner});
 * each number is given a role by the words just before it ({@link Roles}): a change (同比增长), plan completion
 * ({@link Plans}), a share (占…的), a budget ({@link Budgets}), a threshold ({@link Thresholds}), or else a level
 * whose subject is the phrase before it ({@link Subjects}). Lists and enumerations ({@link Lists}) and rankings
 * ({@link Rankings}) are read per clause; the drafts ({@link Drafting}) become observations ({@link Observations}).
 * Not thread-safe; {@link TextExtractor} makes one per call.
 */
final class ProseReader {
  private static final int WINDOW = Drafting.WINDOW;

  private static final Pattern ALL_REACH = Pattern.compile("均(?:达到|达|为|是|超过|在)$");
  private static final String[] GOVERNING = {"为", "给", "向", "对", "帮助", "与", "同", "和", "及", "据", "占"};

  private final WebText text;
  private final String src;
  private final String s;
  private final ExtractionContext ctx;
  private final Subjects subjects;
  private final Periods periods;
  private final Roles roles;
  private final Observations observations;
  private final Drafting drafting;
  private final Lists lists;
  private final Thresholds thresholds;
  private final Budgets budgets;
  private final Rankings rankings;
  private final Changes changes;
  private final Comparisons comparisons;
  private final List<ExtractedFact> facts = new ArrayList<>();
  private final List<UnreadSentence> unread = new ArrayList<>();


  /**
   * The period that frames the paragraph's first sentence (上半年,…; 记者从…获悉,前三季度,…), which sentences after
   * it in the paragraph that state no period of their own take; the text's running period when it states none;
   * null when neither is known. A paragraph ends at a line break.
   */
  private Periods.Mark paragraphPeriod;

  /**
   * The text's running period: the period that framed the first sentence of the latest paragraph that stated one
   * (a page's 1-11月 or 上半年, stated once at its head), which a later paragraph that states none takes. A 目前 or
   * 截至17时 frames its own paragraph only: it has no calendar span of its own to hand on. Null until a paragraph
   * states a period.
   */
  private Periods.Mark textPeriod;

  /** The whole of the sentence's last share (占进出口总值的15.3%), which a share naming none (占13.7%) takes; or null. */
  private String lastWhole;

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
    this.drafting = new Drafting(this.text, ctx);
    this.lists = new Lists(drafting, subjects, roles, ctx);
    this.thresholds = new Thresholds(drafting, subjects, ctx);
    this.budgets = new Budgets(drafting);
    this.rankings = new Rankings(drafting, subjects, roles);
    this.changes = new Changes(drafting, subjects);
    this.comparisons = new Comparisons(drafting);
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
    MentionScanner.Scan scan = MentionScanner.scan(s, a, b, ctx.units());
    Periods.Mark frame = Periods.before(marks, firstFigure(scan.mentions(), b));
    if (paragraphStart) {
      paragraphPeriod = frame != null ? frame : textPeriod;
      if (frame != null && !frame.asOfNow()) {
        textPeriod = frame;
      }
    }
    if (frame == null && paragraphPeriod != null) {
      // 今年1—11月,…。其中,地方级财政收入完成…: up to a period of its own, the paragraph's (or the text's) period holds
      Periods.Mark p = paragraphPeriod;
      List<Periods.Mark> withHead = new ArrayList<>(marks.size() + 1);
      withHead.add(new Periods.Mark(a, p.period(), p.instant(), p.asOfNow()));
      withHead.addAll(marks);
      marks = withHead;
    }
    if (scan.numbers() == 0) {
      return true;
    }
    List<List<Mention>> byClause = byClause(scan.mentions(), clauses);
    drafting.begin(marks);
    thresholds.begin();
    Draft current = null;
    changes.begin();
    lastWhole = null;
    for (int c = 0; c < clauses.size(); c++) {
      current = clause(clauses, c, byClause.get(c), current);
    }
    int before = facts.size();
    String reason = UnreadSentence.NO_OBSERVATION;
    for (Draft d : drafting.all()) {
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

  /**
   * Whether {@code m} is a bound (…以上, …以下) that qualifies the noun after it (1000万人次以上的运输机场, 存栏100头以上规模
   * 养殖比重, 增速在10%以上的企业): part of a subject, no figure of its own.
   */
  private boolean boundsANoun(Mention m, int ce) {
    if (m.end + 1 >= ce || m.end < 2) {
      return false;
    }
    if (s.charAt(m.end - 2) != '以' || (s.charAt(m.end - 1) != '上' && s.charAt(m.end - 1) != '下')) {
      return false;
    }
    return s.charAt(m.end) == '的' || MentionScanner.nounAt(s, ce, m.end);
  }

  /** Where the sentence's first figure starts, or {@code end} when it has none (a headline). */
  private static int firstFigure(List<Mention> mentions, int end) {
    for (Mention m : mentions) {
      if (m.quantity != null) {
        return m.start;
      }
    }
    return end;
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
  private Draft clause(List<Sentences.Clause> clauses, int c, List<Mention> in, Draft current) {
    int cs = clauses.get(c).start();
    int ce = clauses.get(c).end();
    int streakAt = thresholds.streakStart(cs, ce);
    if (streakAt >= 0) {
      for (Mention m : in) {
        if (m.start >= streakAt) {
          m.used = true;
        }
      }
    }
    int enumAt = drafting.indexIn("分别", cs, ce);
    if (enumAt >= 0) {
      current = lists.enumeration(clauses, c, enumAt, in, current);
    } else if (c > 0) {
      Draft listed = lists.changeList(cs, in); // …分别为2948.1亿斤和562.5亿斤,比上年增加28.9亿斤和2.1亿斤
      current = listed == null ? current : listed;
    }
    Mention previous = null;
    int segStart = cs;
    for (Mention m : in) {
      if (!m.used && m.quantity != null && boundsANoun(m, ce)) {
        m.used = true; // 年旅客吞吐量1000万人次以上的运输机场有39个: a bound inside the next figure's subject
        continue;
      }
      if (!m.used && m.quantity != null) {
        current = figure(m, previous, Math.max(segStart, cs), cs, ce, current);
      }
      if (m.used || (m.quantity != null && !m.nounFollows)) {
        previous = m;
        segStart = m.end;
      } else if (m.nounFollows && m.classifier) {
        segStart = postNominalEnd(m.end, ce); // 为2962户企业|发放稳岗返还资金4785.03万元
      }
    }
    rankings.read(cs, ce, current);
    if (streakAt >= 0 && current == null) {
      current = thresholds.streak(in, streakAt, cs, ce);
    } else if (streakAt >= 0) {
      current.note(src.substring(cs, ce));
      current.extend(ce);
      thresholds.streakOf(current, in, streakAt, cs, ce); // …13731亿斤,…,连续8年稳定在1.3万亿斤以上: the bound of the figure before
    }
    return current;
  }

  // ---------------------------------------------------------------- one figure

  /** The window before a figure: from the segment's start, at most {@link #WINDOW} characters. */
  private static int windowStart(Mention m, int segStart) {
    return Math.min(m.start, Math.max(segStart, m.start - WINDOW));
  }

  private Draft figure(Mention m, Mention previous, int segStart, int cs, int ce, Draft current) {
    int preStart = windowStart(m, segStart);
    String pre = s.substring(preStart, m.start);
    if (m.threshold) {
      Draft bound = thresholds.hold(m, pre, preStart, cs);
      return bound == null ? current : bound;
    }
    if (m.multiple) {
      Roles.ChangeCue times = roles.multipleChange(pre, m.quantity);
      return times == null ? current : changes.read(m, times, pre, preStart, cs, current);
    }
    Quantity perUnit = null;
    Matcher per = Cues.PER_UNIT.matcher(pre);
    if (per.find() && !m.quantity.unit().dimension().isNone()) {
      Quantity q = m.quantity;
      perUnit = Quantity.of(q.value(), q.unit().per(ctx.units().parse(per.group("per"))), q.qualifier()); // 每亩420公斤
      pre = pre.substring(0, per.start());
    }
    if (m.isPercent() && attachRatio(m, previous, pre, preStart, current)) {
      return current;
    }
    Matcher ofShare = m.isPoints() ? Cues.SHARE_CHANGE.matcher(pre) : null;
    if (ofShare != null && ofShare.find() && current != null && current.share != null && current.change == null) {
      Roles.ChangeCue cue = roles.change(pre.substring(ofShare.start("rest")), m.quantity, true);
      if (cue != null) {
        current.change = cue.change(); // 占…的81.3%,占比较上年上升28.5个百分点: the share's change in points
        current.changeText = src.substring(preStart + ofShare.start(), m.end);
        current.extend(m.end);
        m.used = true;
        return current;
      }
    }
    Matcher aside = m.isPoints() ? Cues.POINTS_ASIDE.matcher(pre) : null;
    if (aside != null && aside.find()) {
      m.used = true; // 降幅比1-10月收窄0.9个百分点, 低于全省平均增速2.1个百分点: a comparison, noted
      Matcher earlier = Cues.RATE_VS_PERIOD.matcher(pre);
      if (current != null && current.changeOnlyName != null && current.change == null && earlier.find()) {
        // 增长4.8%,增速比1-9月份回落0.3个百分点: the rate's own change against the earlier period
        boolean down = Roles.isDown(earlier.group("dir")) || earlier.group("dir").equals("放缓");
        current.change = roles.basisChange(down ? m.quantity.negate() : m.quantity, earlier.group("ref"));
        current.changeText = src.substring(preStart + earlier.start(), m.end);
        current.extend(m.end);
        return current;
      }
      if (current != null) {
        current.note(src.substring(preStart + aside.start(), m.end));
        current.extend(m.end);
      }
      return current;
    }
    // every comparison aside is at most 24 characters long: matched over the window's end only
    Matcher comparison = Cues.COMPARISON_ASIDE.matcher(pre).region(Math.max(0, pre.length() - 24), pre.length());
    if (comparison.find() && (m.isPercent() || m.isPoints() || m.quantity.unit().dimension().equals(previousDimension(current)))) {
      m.used = true; // 同比多增1209.08亿元, 恢复到2019年同期的119.09%: a comparison, noted on the figure in focus
      if (current != null) {
        current.note(src.substring(preStart + comparison.start(), m.end));
        current.extend(m.end);
      }
      return current;
    }
    Roles.ChangeCue cue = roles.change(pre, m.quantity, m.isPoints() || m.isPercent());
    if (cue != null) {
      Draft changed = changes.read(m, cue, pre, preStart, cs, current);
      Comparisons.againstItsYear(changed, pre); // 由2000年的…增加到2009年的…,增长753.7%: against 2000年
      return changed;
    }
    if (pre.indexOf('年') < 0) {
      return level(m, previous, pre, preStart, perUnit, cs, ce, current); // every comparison names a year
    }
    Draft compared = comparisons.to(m, pre, cs, current);
    if (compared != null) {
      return compared; // …增加到2009年的1668.1亿元: the second level of a from-to comparison
    }
    int year = current != null && current.period != null ? current.period.year() : ctx.year();
    if (comparisons.base(m, pre, cs, current, year)) {
      return current; // 比2000年的488.7万头增长了157.9%: the earlier level, a fact of its own; the focus stays
    }
    int fromYear = Comparisons.fromYear(pre);
    if (fromYear > 0) {
      Draft first = level(m, previous, pre.substring(0, Comparisons.fromStart(pre)), preStart, perUnit, cs, ce, current);
      if (first != null && first.mention == m) {
        Comparisons.startFrom(first, fromYear); // 奶业总产值由2000年的195.4亿元: the level of 2000
      }
      return first;
    }
    return level(m, previous, pre, preStart, perUnit, cs, ce, current);
  }

  /** The dimension of the figure in focus, or null. */
  private static Dimension previousDimension(Draft current) {
    return current == null || current.value == null ? null : current.value.unit().dimension();
  }

  /** Plan completion (完成年度计划的117.10%) or a share (占全区总任务的17%) of the draft in focus. */
  private boolean attachRatio(Mention m, Mention previous, String pre, int preStart, Draft current) {
    Draft budget = previous == null ? null : drafting.of(previous);
    if (Plans.complete(m, pre, budget, current)) {
      return true;
    }
    boolean free = current != null && current.changeOnlyName == null;
    Roles.ShareCue share = Roles.share(pre);
    if (share != null && ownShare(m, pre, share, current)) {
      return false; // 第三产业增加值占GDP的比重为48.6%: a share of its own subject, read as a level
    }
    String whole = share != null ? src.substring(preStart + share.wholeStart(), preStart + share.wholeEnd())
        : Cues.SHARE_NO_WHOLE.matcher(pre.strip()).matches() ? wholeOf(current) : null; // 对欧盟进出口…,占13.7%
    if (whole != null && free && current.share == null) {
      try {
        current.share = Share.of(m.quantity, whole);
        current.extend(m.end);
        lastWhole = whole;
      } catch (IllegalArgumentException e) {
        current.lower(Confidence.LOW);
      }
      m.used = true;
      return true;
    }
    return false;
  }

  /**
   * The whole of a share that names none (占13.7%, 占比68.0%): the whole of the sentence's share before, else, for a
   * part stated after 其中, the figure before 其中 in the same unit (项目316个,…,其中亿元以上项目215个,占比68.0%).
   */
  private String wholeOf(Draft current) {
    if (lastWhole != null || current == null || current.value == null) {
      return lastWhole;
    }
    int of = s.lastIndexOf("其中", current.start);
    if (of < 0 || current.start - of > 8) {
      return null;
    }
    List<Draft> recent = drafting.recent();
    for (int i = recent.size() - 1; i >= 0; i--) {
      Draft d = recent.get(i);
      if (d != current && d.value != null && d.mention.end <= of && d.value.unit().equals(current.value.unit())) {
        return d.subject;
      }
    }
    return null;
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

  /** A level: its subject is the phrase before it (or the noun after a count). */
  private Draft level(Mention m, Mention previous, String pre, int preStart, Quantity perUnit, int cs, int ce,
      Draft current) {
    boolean listed = previous != null && previous.quantity != null && drafting.onlyListSeparators(previous.end, m.start);
    Draft listHead = listed ? drafting.of(previous) : null;
    Subjects.Lead lead = subjects.subject(pre);
    String subject = lead.text();
    int subjectStart = subject.isEmpty() ? m.start : preStart + pre.lastIndexOf(subject);
    subject = drafting.orig(subjectStart, subject);
    Draft budgetOf = budgets.of(m, subject, subjectStart, cs, current);
    if (budgetOf != null) {
      return budgetOf; // 年初预算数为116.4亿元: a fact of its own; the focus stays on the figure it is the budget of
    }
    Draft d;
    if (m.nounFollows) {
      d = postNominal(m, pre, subject, subjectStart, ce, cs);
      if (d == null) {
        return current;
      }
    } else {
      if (isOneOf(subject, Cues.VERB_ONLY) || isOneOf(subject, Cues.LINKING)) {
        subject = "";
      }
      if (subject.isEmpty() && thresholds.waiting() && listHead == null) {
        return thresholds.beside(m, cs, ce); // 突破1亿大关,达到10091.03万只
      }
      if (subject.isEmpty() && changes.absoluteWaits() && listHead == null) {
        return changes.level(m, cs, ce); // …增加833.5万户,达到3.58亿户
      }
      if (subject.isEmpty()) {
        if (listHead != null) {
          drafting.remove(listHead); // A达到116万吨、37万吨和57万吨: one subject, several figures
          return null;
        }
        return current;
      }
      if (ALL_REACH.matcher(pre).find() && (subject.contains("和") || subject.contains("、"))) {
        return lists.eachOf(m, subject, subjectStart, lead.status(), cs, current);
      }
      if (subject.startsWith("占") && current != null && current.mention.clause >= m.clause - 1) {
        subject = current.subject + subject; // 产业投资同比增长15.9%,占全县投资比重为78.8%: the share's holder is the figure before
        subjectStart = Math.min(subjectStart, current.start);
      }
      d = drafting.create(m, subject, subjectStart, cs);
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
      d.listHead = drafting.of(previous); // 现有儿童督导员183人、儿童主任2497人
    }
    d.stockCue = Observations.hasAny(s.substring(Math.max(cs, m.start - WINDOW), m.start), Cues.STOCK_WORDS);
    String stockVerbZone = s.substring(Math.max(cs, m.start - 4), m.start);
    d.stockVerb = stockVerbZone.endsWith("增加至") || stockVerbZone.endsWith("增至") || stockVerbZone.endsWith("增加到")
        || stockVerbZone.endsWith("发展到");
    drafting.parenthetical(d, m.end, ce);
    m.used = true;
    drafting.add(d);
    return d;
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
    if (share.find() && !share.group("whole").equals("比")) { // 第一产业投资占比1.2%: 占比 names no whole
      try {
        d.share = Share.of(m.quantity, share.group("whole"));
      } catch (IllegalArgumentException e) {
        d.lower(Confidence.LOW);
      }
    }
  }

  /**
   * A count whose noun follows it: 175个项目开工建设, 签约了262个投资类重大项目. Left out when a
   * preposition governs the count (为2962户企业发放…), when it is a per-unit figure (每个旗县区建成1个),
   * when the items are distributed over a list (3家国家级、8家自治区级…平台), or when the noun is
   * shorter than three characters.
   */
  private Draft postNominal(Mention m, String pre, String subject, int subjectStart, int ce, int cs) {
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
    if (postNorm.endsWith("中") || postNorm.endsWith("当中")) {
      m.used = true; // 在17个夏粮主产省份中, 60家调查企业中: the set the sentence speaks of, no fact
      return null;
    }
    for (String noun : Cues.REGION_NOUNS) {
      if (postNorm.startsWith(noun)) {
        return null;
      }
    }
    if (ratioFollows(postEnd, ce)) {
      m.used = true; // 325个地级以上城市达标比例为40.9%: the count is the set a rate is over, the rate the fact
      return null;
    }
    if (Cues.SCOPE_AVERAGE.matcher(s.substring(m.end, Math.min(ce, m.end + 24))).find()) {
      m.used = true; // 339个地级及以上城市平均…: the count is the scope of an average, the figure after has the subject
      return null;
    }
    String post = drafting.orig(m.end + s.substring(m.end, postEnd).indexOf(postNorm), postNorm);
    boolean verbLead = !modifier && (subject.isEmpty() || isOneOf(subject, Cues.SHORT_VERBS));
    Draft d = drafting.create(m, verbLead ? subject + post : post, verbLead && !subject.isEmpty() ? subjectStart : m.start, cs);
    d.extend(m.end + postNorm.length());
    d.lower(Confidence.MEDIUM);
    return d;
  }

  /**
   * Whether the clause's next figure after {@code from} (within {@code ce} and 24 characters) is a percentage: the
   * count before it then names the set that percentage is over (13个主产区粮食产量占全国的78%).
   */
  private boolean ratioFollows(int from, int ce) {
    int end = Math.min(ce, from + 24);
    int k = from;
    while (k < end && !Prose.isDigit(s.charAt(k))) {
      k++;
    }
    if (k == end) {
      return false;
    }
    while (k < ce && (Prose.isDigit(s.charAt(k)) || s.charAt(k) == '.')) {
      k++;
    }
    return k < ce && s.charAt(k) == '%';
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

  private static boolean isOneOf(String subject, String[] words) {
    for (String v : words) {
      if (v.equals(subject)) {
        return true;
      }
    }
    return false;
  }
}
