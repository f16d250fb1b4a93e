package io.github.zhibiao.text;

import io.github.zhibiao.model.AmbiguousRegionException;
import io.github.zhibiao.model.Change;
import io.github.zhibiao.model.Indicator;
import io.github.zhibiao.model.IndicatorKind;
import io.github.zhibiao.model.Observation;
import io.github.zhibiao.model.Period;
import io.github.zhibiao.model.Ranking;
import io.github.zhibiao.model.Region;
import io.github.zhibiao.model.RegionLevel;
import io.github.zhibiao.model.RegionScope;
import io.github.zhibiao.model.Share;
import io.github.zhibiao.model.Status;
import io.github.zhibiao.spi.DatasetReadException;
import io.github.zhibiao.spi.ObservationBinder;
import io.github.zhibiao.spi.ReadOptions;
import io.github.zhibiao.unit.Dimension;
import io.github.zhibiao.unit.Quantity;
import io.github.zhibiao.unit.Unit;
import io.github.zhibiao.unit.UnitPolicy;
import io.github.zhibiao.unit.Units;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

  private final String src;
  private final String s;
  private final ExtractionContext ctx;
  private final RegionNames regionNames;
  private static final String PLACE_SUBJECT = "subject";
  private static final String PLACE_FIGURE = "figure";
  private static final String PLACE_CHANGE = "change";
  private static final String PLACE_RANKING = "ranking";
  private static final String PLACE_SHARE = "share";
  private static final String PLACE_PLAN = "plan completion";

  private final ObservationBinder binder;
  private final String sector;
  private final List<ExtractedFact> facts = new ArrayList<>();
  private final List<UnreadSentence> unread = new ArrayList<>();
  /** The message of the latest ambiguous region name cleanLead met. */
  private String ambiguity;

  /** Told after each sentence, or null when nobody follows the extraction. */
  private final ExtractionProgress progress;

  ProseReader(CharSequence text, ExtractionContext ctx) {
    this(text, ctx, null);
  }

  ProseReader(CharSequence text, ExtractionContext ctx, ExtractionProgress progress) {
    this.src = text.toString();
    this.s = Prose.normalize(src);
    this.ctx = ctx;
    this.regionNames = new RegionNames(ctx.regions(), ctx.region());
    this.progress = progress;
    // prose names any reference a change is against (近5年平均): the basis is read from the wording
    this.binder = ObservationBinder.of("text",
        ReadOptions.defaults().withRegions(ctx.regions()).withUnits(ctx.units()).withAnyChangeReference(),
        UnitPolicy.STRICT);
    this.sector = ctx.sector().map(Object::toString).orElse("");
  }

  Extraction read() {
    int n = s.length();
    int i = 0;
    while (i < n) {
      int start = i;
      while (i < n && !endsSentence(i)) {
        i++;
      }
      boolean read = sentence(start, i);
      i++;
      if (progress != null) {
        progress.readTo(Math.min(i, n), read);
      }
    }
    return Extraction.of(facts, unread);
  }

  /** A line break ends a sentence unless the line ends in a clause separator (a wrapped line). */
  private boolean endsSentence(int i) {
    char c = s.charAt(i);
    if (c != '\n' && c != '\r') {
      return Prose.isSentenceEnd(c);
    }
    int k = i - 1;
    while (k >= 0 && (s.charAt(k) == ' ' || s.charAt(k) == '\t' || s.charAt(k) == '\n' || s.charAt(k) == '\r')) {
      k--;
    }
    return k < 0 || !(s.charAt(k) == ',' || s.charAt(k) == ';' || s.charAt(k) == ':' || s.charAt(k) == '、');
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
    int[] numeric = {0};
    List<Mention> mentions = MentionScanner.scan(s, a, b, numeric, ctx.units());
    if (numeric[0] == 0) {
      return true;
    }
    List<int[]> clauses = clauses(a, b);
    List<List<Mention>> byClause = new ArrayList<>(clauses.size());
    for (int c = 0; c < clauses.size(); c++) {
      byClause.add(new ArrayList<>());
    }
    int clauseIndex = 0;
    for (Mention m : mentions) { // both in text order: one sweep
      while (clauseIndex < clauses.size() - 1 && m.start >= clauses.get(clauseIndex)[1]) {
        clauseIndex++;
      }
      m.clause = clauseIndex;
      byClause.get(clauseIndex).add(m);
    }
    List<PeriodMark> marks = periodMarks(clauses);
    List<Draft> drafts = new ArrayList<>();
    Draft current = null;
    for (int c = 0; c < clauses.size(); c++) {
      int cs = clauses.get(c)[0];
      int ce = clauses.get(c)[1];
      List<Mention> in = byClause.get(c);
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
      if (streakAt >= 0 && current != null) {
        current.note(src.substring(cs, ce));
        current.extend(ce);
      }
    }
    int before = facts.size();
    String reason = UnreadSentence.NO_OBSERVATION;
    for (Draft d : drafts) {
      if (d.ambiguousRegion != null && reason.equals(UnreadSentence.NO_OBSERVATION)) {
        reason = d.ambiguousRegion;
      }
      build(d);
    }
    if (facts.size() == before) {
      unread.add(new UnreadSentence(a, b, src.substring(a, b), reason));
    }
    return true;
  }

  private List<int[]> clauses(int a, int b) {
    List<int[]> out = new ArrayList<>();
    int start = a;
    for (int i = a; i < b; i++) {
      if (Prose.isClauseSeparator(s, i)) {
        out.add(new int[] {start, i});
        start = i + 1;
      }
    }
    out.add(new int[] {start, b});
    return out;
  }

  private int streakStart(int cs, int ce) {
    if (indexIn("连", cs, ce) < 0) {
      return -1;
    }
    Matcher m = Cues.STREAK.matcher(s).region(cs, ce);
    return m.find() ? m.start() : -1;
  }

  // ---------------------------------------------------------------- one figure

  private Draft figure(Mention m, Mention previous, int segStart, int cs, int ce, List<PeriodMark> marks,
      List<Draft> drafts, Draft current) {
    int preStart = Math.min(m.start, Math.max(segStart, m.start - WINDOW));
    String pre = s.substring(preStart, m.start);
    Quantity perUnit = null;
    Matcher per = Cues.PER_UNIT.matcher(pre);
    if (per.find() && m.quantity != null && !m.quantity.unit().dimension().isNone()) {
      Quantity q = m.quantity;
      perUnit = Quantity.of(q.value(), q.unit().per(ctx.units().parse(per.group("per"))), q.qualifier()); // 每亩420公斤
      pre = pre.substring(0, per.start());
    }
    // plan completion: 完成年度计划的117.10%
    if (m.isPercent()) {
      Matcher plan = Cues.PLAN.matcher(pre);
      if (plan.find() && current != null && current.plan == null && current.changeOnlyName == null) {
        current.plan = m.quantity;
        current.extend(m.end);
        m.used = true;
        return current;
      }
      Matcher share = Cues.SHARE.matcher(pre);
      if (share.find() && current != null && current.share == null && current.changeOnlyName == null) {
        try {
          current.share = Share.of(m.quantity, src.substring(preStart + share.start("whole"), preStart + share.end("whole")));
          current.extend(m.end);
        } catch (IllegalArgumentException e) {
          current.lower(Confidence.LOW);
        }
        m.used = true;
        return current;
      }
    }
    // changes: 同比增长12.08%, 较近5年平均高6.31亿斤, 超过考核要求7.5个百分点
    ChangeCue cue = changeCue(pre, m);
    if (cue != null) {
      String restZone = pre.substring(0, cue.restEnd);
      String rest = stripTrail(cleanLead(restZone, null), null);
      int restStartAbs = rest.isEmpty() ? m.start : preStart + restZone.lastIndexOf(rest);
      rest = orig(restStartAbs, rest);
      if (rest.equals("增速") || rest.equals("增幅") || rest.equals("涨幅") || rest.equals("降幅")) {
        rest = ""; // 增速高于全区平均水平2.3个百分点: about the change already stated
      }
      m.used = true;
      if (rest.isEmpty() && current != null && current.change == null && current.changeOnlyName == null) {
        current.change = cue.change;
        current.extend(m.end);
        return current;
      }
      if (rest.isEmpty() || cue.change.kind() == Change.Kind.ABSOLUTE) {
        m.used = false;
        return current;
      }
      Draft d = newDraft(m, rest, restStartAbs, marks, cs);
      d.value = cue.change.amount();
      d.changeOnlyName = rest + (cue.change.kind() == Change.Kind.RATE ? "增速" : "变动");
      d.note(src.substring(preStart + cue.cueStart, preStart + cue.cueEnd));
      d.lower(Confidence.MEDIUM);
      drafts.add(d);
      return d;
    }
    // a level
    boolean listed = previous != null && previous.quantity != null && onlyListSeparators(previous.end, m.start);
    Draft listHead = listed ? draftOf(drafts, previous) : null;
    Region[] region = {null};
    Status[] status = {Status.NORMAL};
    String lead = cleanLead(pre, region, status);
    String subject = stripTrail(lead, status);
    int subjectStart = subject.isEmpty() ? m.start : preStart + pre.lastIndexOf(subject);
    subject = orig(subjectStart, subject);
    Draft d;
    if (m.nounFollows) {
      d = postNominal(m, pre, subject, subjectStart, ce, marks, cs);
      if (d == null) {
        return current;
      }
    } else {
      if (isOneOf(subject, Cues.VERB_ONLY)) {
        subject = "";
      }
      if (subject.isEmpty()) {
        if (listHead != null) {
          drafts.remove(drafts.lastIndexOf(listHead)); // A达到116万吨、37万吨和57万吨: one subject, several figures
          return null;
        }
        return current;
      }
      // 答复率和群众满意度均达100%: one figure for each of several subjects
      String before = pre.substring(0, pre.length() - 0);
      if (before.matches(".*均(?:达到|达|为|是|超过|在)$") && (subject.contains("和") || subject.contains("、"))) {
        List<int[]> items = splitItems(s.substring(subjectStart, subjectStart + subject.length()), subjectStart);
        Draft lastDraft = current;
        for (int[] it : items) {
          Draft e = newDraft(m, src.substring(it[0], it[1]), it[0], marks, cs);
          e.status = status[0] == Status.NORMAL ? e.status : status[0];
          e.lower(Confidence.MEDIUM);
          drafts.add(e);
          lastDraft = e;
        }
        m.used = true;
        return lastDraft;
      }
      d = newDraft(m, subject, subjectStart, marks, cs);
      if (perUnit != null) {
        d.value = perUnit;
      }
      if (subject.length() > 24) {
        d.lower(Confidence.LOW);
      } else if (subject.length() > 16 || subject.length() < 2) {
        d.lower(Confidence.MEDIUM);
      }
    }
    if (region[0] == RegionNames.AMBIGUOUS) {
      d.ambiguousRegion = ambiguity; // a name several regions of the province share: no fact, never a guess
    } else if (region[0] != null) {
      d.region = region[0];
    }
    if (status[0] != Status.NORMAL) {
      d.status = status[0];
    }
    d.listHead = listHead;
    if (listHead == null && previous != null && subjectStart > previous.end
        && s.substring(previous.end, subjectStart).strip().matches("[、和及]")) {
      d.listHead = draftOf(drafts, previous); // 现有儿童督导员183人、儿童主任2497人
    }
    d.stockCue = hasAny(s.substring(Math.max(cs, m.start - WINDOW), m.start), Cues.STOCK_WORDS);
    String stockVerbZone = s.substring(Math.max(cs, m.start - 4), m.start);
    d.stockVerb = stockVerbZone.endsWith("增加至") || stockVerbZone.endsWith("增至") || stockVerbZone.endsWith("增加到")
        || stockVerbZone.endsWith("发展到");
    parenthetical(d, m.end, ce);
    m.used = true;
    drafts.add(d);
    return d;
  }

  /**
   * A count whose noun follows it: 175个项目开工建设, 签约了262个投资类重大项目. Left out when a
   * preposition governs the count (为2962户企业发放…), when it is a per-unit figure (每个旗县区建成1个),
   * when the items are distributed over a list (3家国家级、8家自治区级…平台), or when the noun is
   * shorter than three characters.
   */
  private Draft postNominal(Mention m, String pre, String subject, int subjectStart, int ce, List<PeriodMark> marks,
      int cs) {
    String raw = pre.strip();
    boolean modifier = raw.endsWith("的"); // 下达的288万亩人工饲草种植任务
    if (!m.classifier && !modifier) {
      return null;
    }
    for (String p : new String[] {"为", "给", "向", "对", "帮助", "与", "同", "和", "及"}) {
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
    String postNorm = stripTrail(s.substring(m.end, postEnd), null);
    if (postNorm.length() < 3) {
      return null;
    }
    for (String noun : Cues.REGION_NOUNS) {
      if (postNorm.startsWith(noun)) {
        return null;
      }
    }
    String post = orig(m.end + s.substring(m.end, postEnd).indexOf(postNorm), postNorm);
    boolean verbLead = !modifier && (subject.isEmpty() || isOneOf(subject, Cues.SHORT_VERBS));
    Draft d = newDraft(m, verbLead ? subject + post : post, verbLead && !subject.isEmpty() ? subjectStart : m.start,
        marks, cs);
    d.extend(m.end + postNorm.length());
    d.lower(Confidence.MEDIUM);
    return d;
  }

  private Draft newDraft(Mention m, String subject, int start, List<PeriodMark> marks, int cs) {
    Draft d = new Draft();
    d.subject = subject;
    d.mention = m;
    d.value = m.quantity;
    d.start = Math.min(start, m.start);
    d.end = m.end;
    d.region = ctx.region();
    PeriodMark mark = markBefore(marks, m.start);
    if (mark != null) {
      d.period = mark.period;
      d.instantMark = mark.instant;
      if (mark.asOfNow) {
        d.note("截至目前");
      }
    }
    String clauseHead = s.substring(Math.max(cs, m.start - WINDOW), m.start);
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
      if (close > at + 1) {
        d.note(src.substring(at + 1, close));
        d.extend(close + 1);
      }
    }
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

  // ---------------------------------------------------------------- changes

  private static final class ChangeCue {
    Change change;
    int restEnd; // where the subject part of the window ends
    int cueStart;
    int cueEnd;
  }

  private ChangeCue changeCue(String pre, Mention m) {
    Quantity q = m.quantity;
    Matcher cmp = Cues.REF_COMPARE.matcher(pre);
    if (cmp.find()) {
      boolean down = isDown(cmp.group("dir"));
      ChangeCue cue = new ChangeCue();
      cue.restEnd = cmp.start();
      cue.cueStart = cmp.start();
      cue.cueEnd = pre.length();
      String ref = cmp.group("ref");
      cue.change = basisChange(down ? q.negate() : q, ref);
      return cue;
    }
    Matcher dir = Cues.CHANGE.matcher(pre);
    if (dir.find()) {
      boolean down = isDown(dir.group("dir"));
      ChangeCue cue = new ChangeCue();
      cue.restEnd = dir.start();
      cue.cueStart = dir.start();
      cue.cueEnd = pre.length();
      Matcher basis = Cues.BASIS.matcher(pre).region(0, dir.start());
      int bStart = -1;
      String bText = null;
      while (basis.find()) {
        bStart = basis.start();
        bText = basis.group();
      }
      Quantity amount = down ? q.negate() : q;
      if (bText == null) {
        cue.change = Change.yearOnYear(amount);
      } else {
        cue.restEnd = bStart;
        cue.cueStart = bStart;
        cue.change = basisChange(amount, bText);
      }
      return cue;
    }
    Matcher over = Cues.REF_OVER.matcher(pre);
    if (over.find() && (m.isPoints() || m.isPercent())) {
      boolean down = over.group("kw").equals("低于");
      ChangeCue cue = new ChangeCue();
      cue.restEnd = over.start();
      cue.cueStart = over.start();
      cue.cueEnd = pre.length();
      cue.change = Change.against(down ? q.negate() : q, over.group("ref"));
      return cue;
    }
    return null;
  }

  private static boolean isDown(String dir) {
    switch (dir) {
      case "下降": case "减少": case "降低": case "回落": case "下滑": case "降幅": case "减幅": case "低": case "少":
        return true;
      default:
        return false;
    }
  }

  private Change basisChange(Quantity amount, String basis) {
    String b = basis.strip();
    java.util.Optional<Change.Basis> known = Change.basisOf(b); // the one vocabulary of core
    if (known.isPresent()) {
      return known.get() == Change.Basis.YEAR_ON_YEAR ? Change.yearOnYear(amount) : Change.previousPeriod(amount);
    }
    Matcher y = YEAR_IN_BASIS.matcher(b);
    if (y.find()) {
      int year = Integer.parseInt(y.group(1));
      if (year == ctx.year() - 1) {
        return Change.yearOnYear(amount);
      }
      return Change.against(amount, year + "年");
    }
    String ref = b.startsWith("比") || b.startsWith("较") ? b.substring(1) : b;
    return Change.against(amount, ref.isBlank() ? b : ref);
  }

  private static final Pattern YEAR_IN_BASIS = Pattern.compile("^(?:与|比|较)?(\\d{4})年(?:同期)?(?:相比)?$");

  // ---------------------------------------------------------------- enumerations (分别)

  private Draft enumeration(List<int[]> clauses, int c, int at, List<Mention> in, List<PeriodMark> marks,
      List<Draft> drafts, Draft current) {
    int cs = clauses.get(c)[0];
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
    boolean down = change && isDown(dir.group("dir"));
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
    Status[] status = {Status.NORMAL};
    String cleaned = stripTrail(cleanLead(head, null, status), status);
    int cleanedStart = headStart + head.lastIndexOf(cleaned);
    List<int[]> items = splitItems(cleaned, cleanedStart);
    List<String> subjects = new ArrayList<>();
    List<Integer> starts = new ArrayList<>();
    if (items.size() == values.size()) {
      for (int[] it : items) {
        subjects.add(src.substring(it[0], it[1]));
        starts.add(it[0]);
      }
      expandShortItems(subjects);
    } else if (items.size() == 1 && c > 0) {
      int ps = clauses.get(c - 1)[0];
      int pe = clauses.get(c - 1)[1];
      String prev = s.substring(ps, pe);
      String prevClean = cleanLead(prev, null, null);
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
        subjects.add(src.substring(it[0], it[1]) + orig(cleanedStart, cleaned));
        starts.add(it[0]);
      }
    } else {
      return current;
    }
    Draft last = current;
    for (int k = 0; k < values.size(); k++) {
      Mention m = values.get(k);
      m.used = true;
      Draft d = newDraft(m, subjects.get(k), starts.get(k), marks, cs);
      d.status = status[0] == Status.NORMAL ? d.status : status[0];
      d.lower(Confidence.MEDIUM);
      if (change) {
        Quantity amount = down ? m.quantity.negate() : m.quantity;
        Change ch = basisText == null ? Change.yearOnYear(amount) : basisChange(amount, basisText);
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
      Ranking r = ranking(m);
      if (r == null) {
        continue;
      }
      r = scoped(r, m.group("scope") == null ? "" : m.group("scope"));
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
      Ranking first = scoped(Ranking.first(), s.substring(Math.max(cs, indexIn("头把交椅", cs, ce) - WINDOW), ce));
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
    head = stripTrail(cleanLead(head, null), null);
    for (String verb : new String[] {"稳居", "位居", "位列", "居于", "排名", "排在", "位于", "进入", "跻身", "走在", "处于",
        "坐稳", "稳坐", "牢牢", "居", "排", "列", "均", "都"}) {
      if (head.endsWith(verb)) {
        head = stripTrail(head.substring(0, head.length() - verb.length()), null);
      }
    }
    if (head.isEmpty()) {
      return current == null || current.changeOnlyName != null ? List.of() : List.of(current);
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
    if (!named.isEmpty()) {
      return named;
    }
    if (current != null && current.changeOnlyName == null && sharesBigram(head, current.subject)) {
      return List.of(current);
    }
    return List.of();
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

  private static Ranking ranking(Matcher m) {
    try {
      if (m.group("pos") != null) {
        int p = Prose.smallNumber(m.group("pos"));
        return p >= 1 ? Ranking.position(p) : null;
      }
      if (m.group("first") != null) {
        return Ranking.first();
      }
      if (m.group("lead") != null) {
        return Ranking.leading();
      }
      int n = Prose.smallNumber(m.group("top"));
      return n >= 1 ? Ranking.topN(n) : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** The region a ranking is within: 全区 / 自治区 / 全省 the province, 全市 / 全盟 the prefecture. */
  /** The ranking with the scope word of {@code text} (全区 in 居全区第2位), resolved against the context. */
  private Ranking scoped(Ranking r, String text) {
    Optional<RegionScope> word = RegionScope.find(text);
    if (word.isPresent()) {
      return r.withScopeWord(word.get()).resolveScope(ctx.region());
    }
    if (text.contains("自治区")) {
      return RegionScope.REGION.resolve(ctx.region()).filter(p -> p.level() == RegionLevel.PROVINCE)
          .map(r::within).orElse(r);
    }
    return r;
  }

  // ---------------------------------------------------------------- periods

  private static final class PeriodMark {
    int start;
    Period period;
    boolean instant;
    boolean asOfNow;
  }

  private List<PeriodMark> periodMarks(List<int[]> clauses) {
    List<PeriodMark> out = new ArrayList<>();
    for (int[] cl : clauses) {
      Matcher m = Cues.PERIOD.matcher(s).region(cl[0], cl[1]);
      while (m.find()) {
        if (m.start() > 0 && Prose.isDigit(s.charAt(m.start() - 1))) {
          continue;
        }
        PeriodMark mark = mark(m, cl[0]);
        if (mark != null) {
          mark.start = m.start();
          out.add(mark);
        }
      }
    }
    return out;
  }

  private PeriodMark mark(Matcher m, int clauseStart) {
    int year = ctx.year();
    PeriodMark mark = new PeriodMark();
    try {
      if (m.group("y") != null) {
        String lead = s.substring(clauseStart, m.start()).strip();
        if (!Cues.PERIOD_LEAD.matcher(lead).matches()) {
          return null; // 2024年项目, 与2022年同期相比: a label or a basis, not the period
        }
        int y = Integer.parseInt(m.group("y"));
        if (m.group("ym1") != null) {
          mark.period = Period.months(y, Integer.parseInt(m.group("ym1")), Integer.parseInt(m.group("ym2")));
        } else if (m.group("ymm") != null) {
          int month = Integer.parseInt(m.group("ymm"));
          if (m.group("yme") != null || lead.startsWith("截")) {
            mark.period = Period.instant(YearMonth.of(y, month).atEndOfMonth());
            mark.instant = true;
          } else {
            mark.period = Period.month(y, month);
          }
        } else if (m.group("ye") != null) {
          mark.period = Period.instant(LocalDate.of(y, 12, 31));
          mark.instant = true;
        } else if (m.group("yh") != null) {
          mark.period = Period.halfYear(y, m.group("yh").equals("上") ? 1 : 2);
        } else if (m.group("yq") != null) {
          mark.period = Period.quarter(y, quarter(m.group("yq")));
        } else if (m.group("yn") != null) {
          mark.period = Period.months(y, 1, Prose.smallNumber(m.group("yn")));
        } else {
          mark.period = Period.year(y);
        }
      } else if (m.group("m1") != null) {
        mark.period = Period.months(year, Integer.parseInt(m.group("m1")), Integer.parseInt(m.group("m2")));
      } else if (m.group("n") != null) {
        mark.period = Period.months(year, 1, Prose.smallNumber(m.group("n")));
      } else if (m.group("q3") != null) {
        mark.period = Period.months(year, 1, 9);
      } else if (m.group("mm") != null) {
        boolean atStart = s.substring(clauseStart, m.start()).isBlank();
        if (m.group("cut") == null && !atStart) {
          return null; // 于4月底上线: an event's date, not the period of a figure
        }
        mark.period = Period.instant(YearMonth.of(year, Integer.parseInt(m.group("mm"))).atEndOfMonth());
        mark.instant = true;
      } else if (m.group("now") != null) {
        mark.period = Period.instant(LocalDate.of(year, 12, 31));
        mark.instant = true;
        mark.asOfNow = m.group("now").equals("目前");
      } else if (m.group("full") != null) {
        mark.period = Period.year(year);
      } else if (m.group("h") != null) {
        mark.period = Period.halfYear(year, m.group("h").equals("上") ? 1 : 2);
      } else if (m.group("q") != null) {
        mark.period = Period.quarter(year, quarter(m.group("q")));
      } else {
        return null;
      }
    } catch (RuntimeException e) {
      return null; // month 13 and the like: not a period
    }
    return mark;
  }

  private static int quarter(String q) {
    int n = Prose.smallNumber(q);
    return n < 1 || n > 4 ? -1 : n;
  }

  /** The last mark starting before {@code pos}; marks are in text order, so a binary search finds it. */
  private static PeriodMark markBefore(List<PeriodMark> marks, int pos) {
    int lo = 0;
    int hi = marks.size() - 1;
    PeriodMark best = null;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (marks.get(mid).start < pos) {
        best = marks.get(mid);
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return best;
  }

  // ---------------------------------------------------------------- subjects

  private String cleanLead(String text, Region[] region) {
    return cleanLead(text, region, null);
  }

  /** Strips connectors, period phrases, region words and status words from the front. */
  private String cleanLead(String text, Region[] region, Status[] status) {
    String t = text.strip();
    boolean changed = true;
    while (changed && !t.isEmpty()) {
      changed = false;
      for (String w : Cues.LEAD) {
        if (t.startsWith(w)) {
          if (status != null && w.equals("预计")) {
            status[0] = Status.ESTIMATED;
          } else if (status != null && w.equals("初步")) {
            status[0] = Status.PROVISIONAL;
          }
          t = t.substring(w.length()).strip();
          changed = true;
          break;
        }
      }
      if (changed) {
        continue;
      }
      Matcher p = Cues.PERIOD.matcher(t);
      if (p.lookingAt() && p.end() > 0) {
        t = t.substring(p.end()).strip();
        changed = true;
        continue;
      }
      RegionNames.Found named = regionNames.leading(t);
      if (named != null) {
        if (region != null) {
          if (named.region() == null) {
            region[0] = RegionNames.AMBIGUOUS;
            ambiguity = new AmbiguousRegionException(t.substring(0, named.length()), named.candidates()).getMessage();
          } else {
            region[0] = named.region();
          }
        }
        t = t.substring(named.length()).strip();
        changed = true;
      }
      if (!t.isEmpty() && (t.charAt(0) == ',' || t.charAt(0) == '、')) {
        t = t.substring(1).strip();
        changed = true;
      }
    }
    return t;
  }

  /** Strips linking verbs and qualifier words from the end: 达到, 为, 以, 预计. */
  private static String stripTrail(String text, Status[] status) {
    String t = text.strip();
    boolean changed = true;
    while (changed && !t.isEmpty()) {
      changed = false;
      for (String w : Cues.TRAIL) {
        if (t.endsWith(w) && t.length() > w.length()) {
          if (status != null && w.equals("预计")) {
            status[0] = Status.ESTIMATED;
          } else if (status != null && w.equals("初步")) {
            status[0] = Status.PROVISIONAL;
          }
          t = t.substring(0, t.length() - w.length()).strip();
          changed = true;
          break;
        }
      }
    }
    return t;
  }

  // ---------------------------------------------------------------- building

  private void build(Draft d) {
    if (d.ambiguousRegion != null) {
      return;
    }
    IndicatorKind kind = kind(d);
    Period period = period(d, kind);
    String name = d.changeOnlyName != null ? d.changeOnlyName : d.subject;
    int start = Math.min(d.start, d.mention.start);
    String span = src.substring(start, d.end);
    Observation full;
    try {
      full = bind(d, name, kind, period, true);
    } catch (DatasetReadException e) {
      d.lower(Confidence.LOW); // a change in the wrong dimension: keep the level, drop what did not fit
      try {
        full = bind(d, name, kind, period, false);
      } catch (DatasetReadException again) {
        unread.add(new UnreadSentence(start, d.end, span, again.problem().message()));
        return;
      }
    }
    facts.add(ExtractedFact.of(full, start, d.end, span, d.subject, d.confidence));
  }

  /**
   * Hands the draft's fields to the binder, which owns the indicators (one per name, kind and
   * dimension: the code is their hash, and the first unit seen is the indicator's unit) and the
   * rules every reader shares.
   */
  private Observation bind(Draft d, String name, IndicatorKind kind, Period period, boolean attachments) {
    String key = name + "|" + kind + "|" + d.value.unit().dimension();
    binder.begin(0)
        .set(ObservationBinder.Field.INDICATOR, code(key), PLACE_SUBJECT)
        .set(ObservationBinder.Field.INDICATOR_NAME, name, PLACE_SUBJECT)
        .set(ObservationBinder.Field.INDICATOR_KIND, kind.name(), PLACE_SUBJECT)
        .set(ObservationBinder.Field.SECTOR, sector, PLACE_SUBJECT)
        .set(d.region).set(period).set(d.value, PLACE_FIGURE)
        .set(ObservationBinder.Field.STATUS, d.status == Status.NORMAL ? "" : d.status.name(), PLACE_FIGURE);
    if (!d.notes.isEmpty()) {
      binder.set(ObservationBinder.Field.NOTE, String.join("; ", d.notes), PLACE_FIGURE);
    }
    if (attachments) {
      if (d.change != null) {
        binder.set(d.change, PLACE_CHANGE);
      }
      if (d.ranking != null) {
        binder.set(d.ranking, PLACE_RANKING);
      }
      if (d.share != null) {
        binder.set(d.share, PLACE_SHARE);
      }
      if (d.plan != null) {
        binder.planCompletion(d.plan, PLACE_PLAN);
      }
    }
    return binder.bind();
  }

  private static IndicatorKind kind(Draft d) {
    IndicatorKind own = ownKind(d);
    if (own != IndicatorKind.RATE && d.listHead != null && !d.stockCue && !d.stockVerb
        && !hasAny(d.subject, Cues.FLOW_WORDS) && !hasAny(d.subject, Cues.STOCK_WORDS)) {
      IndicatorKind head = kind(d.listHead);
      return head == IndicatorKind.RATE ? own : head; // 拥有A 2家、B 5家: the list shares its verb
    }
    return own;
  }

  private static boolean hasAny(String text, String[] words) {
    for (String w : words) {
      if (text.contains(w)) {
        return true;
      }
    }
    return false;
  }

  private static IndicatorKind ownKind(Draft d) {
    Unit u = d.value.unit();
    if (d.changeOnlyName != null || (u.dimension().isNone() && !u.symbol().isEmpty())) {
      return IndicatorKind.RATE;
    }
    if (d.stockCue || hasAny(d.subject, Cues.STOCK_WORDS)) {
      // 全年累计实施临时救助: 累计 over a stated interval is a flow
      boolean interval = d.period != null && !d.instantMark;
      return interval && !hasAny(d.subject, new String[] {"存栏", "余额", "人口"}) ? IndicatorKind.FLOW : IndicatorKind.STOCK;
    }
    for (String w : Cues.FLOW_WORDS) {
      if (d.subject.contains(w)) {
        return IndicatorKind.FLOW;
      }
    }
    Dimension dim = u.dimension();
    boolean entities = dim.equals(Dimension.ENTERPRISE) || dim.equals(Dimension.HOUSEHOLD);
    return d.instantMark || d.stockVerb || entities ? IndicatorKind.STOCK : IndicatorKind.FLOW;
  }

  /**
   * A stock is read at an instant (the end of the period in force, or the year's end); a flow over
   * an interval (a flow "截至6月末" covers January to June, "截至目前" the year).
   */
  private Period period(Draft d, IndicatorKind kind) {
    int year = ctx.year();
    Period p = d.period;
    if (kind == IndicatorKind.STOCK) {
      if (p == null) {
        return Period.instant(LocalDate.of(year, 12, 31));
      }
      return p.isInstant() ? p : Period.instant(p.end());
    }
    if (p == null) {
      return Period.year(year);
    }
    if (p.isInstant() && kind == IndicatorKind.FLOW) {
      LocalDate end = p.end();
      if (end.getMonthValue() == 12 || d.notes.contains("截至目前")) {
        return Period.year(end.getYear());
      }
      return Period.months(end.getYear(), 1, end.getMonthValue());
    }
    return p;
  }

  /** "T" and the 32-bit FNV-1a hash of the key in hex: stable across runs and JVMs. */
  static String code(String key) {
    int h = 0x811c9dc5;
    for (int i = 0; i < key.length(); i++) {
      h ^= key.charAt(i);
      h *= 0x01000193;
    }
    return String.format("T%08X", h);
  }

  static boolean isPercentUnit(Unit u) {
    return u.equals(Units.PERCENT) || u.equals(Units.PER_MILLE);
  }
}
