package io.github.zhibiao.text;

import io.github.zhibiao.model.IndicatorKind;
import io.github.zhibiao.model.Observation;
import io.github.zhibiao.model.Period;
import io.github.zhibiao.model.Status;
import io.github.zhibiao.spi.DatasetReadException;
import io.github.zhibiao.spi.ObservationBinder;
import io.github.zhibiao.spi.ReadOptions;
import io.github.zhibiao.unit.Dimension;
import io.github.zhibiao.unit.Unit;
import io.github.zhibiao.unit.UnitPolicy;
import java.util.List;

/**
 * The observations stage: turns each draft into an {@link Observation} through
 * {@link ObservationBinder}, as every reader does. The binder owns the indicators (one per name,
 * kind and dimension: the code is their hash, the first unit seen is the indicator's unit) and the
 * rules every reader shares. The kind (stock, flow, rate) is decided here from the draft's words,
 * and with it the period. A draft whose change or ranking does not fit is kept without it (at low
 * confidence); one the binder refuses outright is reported unread with the binder's message.
 */
final class Observations {
  private static final String PLACE_SUBJECT = "subject";
  private static final String PLACE_FIGURE = "figure";
  private static final String PLACE_CHANGE = "change";
  private static final String PLACE_RANKING = "ranking";
  private static final String PLACE_SHARE = "share";
  private static final String PLACE_PLAN = "plan completion";
  private static final String[] NEVER_FLOW = {"存栏", "余额", "人口"};

  /** Stock words that name a state, never a total over a period: under an interval, the state at its end. */
  private static final String[] STATE_WORDS = {"装机", "拥有", "现有", "共有", "实有", "保有", "存养", "在册", "在校"};

  /** Words of an addition: a figure they name is a flow even with a stock word (新增装机). */
  private static final String[] NEW_WORDS = {"新增", "新建", "新签"};

  /** States of the things a count counts: the count is a stock (在建项目, 在库项目). */
  private static final String[] COUNTED_STATES = {"在建", "在库", "储备"};

  /** Places and establishments: a count of them with no verb of making is a stock (奶牛场142个, 建制村899个). */
  private static final String[] PLACES = {"场", "小区", "基地", "园区", "中心", "站", "厂", "村", "镇", "景区", "合作社", "社区"};

  /** What turns a count of animals into a flow (出栏65万头, 饲养量182万头); without it the count is a herd, a stock. */
  private static final String[] ANIMAL_FLOWS = {"出栏", "饲养量", "屠宰", "出售", "销售", "调出", "上市", "出笼", "产", "引进", "新增", "繁育"};

  /** Rates of a state (覆盖率, 治理率): under a stated interval they are read at its end. */
  private static final String[] STATE_RATES = {"覆盖率", "治理率", "普及率", "达标率", "入园率", "参保率", "通达率", "覆盖面"};

  /** A change against the end of last year or the start of this one (比上年末增加1352条): its level is a stock. */
  private static final String[] STOCK_BASES = {"上年末", "上年底", "去年末", "去年底", "年初"};

  private final WebText text;
  private final Periods periods;
  private final ObservationBinder binder;
  private final String sector;
  private final List<ExtractedFact> facts;
  private final List<UnreadSentence> unread;

  Observations(WebText text, ExtractionContext ctx, Periods periods, List<ExtractedFact> facts,
      List<UnreadSentence> unread) {
    this.text = text;
    this.periods = periods;
    this.facts = facts;
    this.unread = unread;
    // prose names any reference a change is against (近5年平均): the basis is read from the wording
    this.binder = ObservationBinder.of("text",
        ReadOptions.defaults().withRegions(ctx.regions()).withUnits(ctx.units()).withAnyChangeReference(),
        UnitPolicy.STRICT);
    this.sector = ctx.sector().map(Object::toString).orElse("");
  }

  /** Adds the draft's fact, or its unread sentence; a draft led by an ambiguous region gives neither. */
  void build(Draft d) {
    if (d.ambiguousRegion != null) {
      return;
    }
    IndicatorKind kind = kind(d);
    Period period = periods.of(d.period, kind, d.notes.contains("截至目前"));
    if (d.planOf != null && period.isDated()) {
      period = Period.year(period.year()); // 4月,…完成年初预算数60999万元: a budget is the whole year's
    } else if ((kind == IndicatorKind.FLOW || d.changeOnlyName != null) && (d.cumulative || d.subject.contains("累计"))) {
      period = Periods.cumulative(period); // 4月,…累计完成: January to April; so is the growth rate of such a flow
    } else if (kind == IndicatorKind.RATE && d.changeOnlyName == null && d.instantMark && d.period.isInstant()
        && !hasAny(d.subject, Cues.FLOW_WORDS)) {
      period = d.period; // 目前…覆盖率达25.09%: a level rate of a state at an instant is read at that instant
    } else if (kind == IndicatorKind.RATE && d.changeOnlyName == null && d.period != null && !d.period.isInstant()
        && endsWithAny(d.subject, STATE_RATES)) {
      period = Period.instant(d.period.end()); // 2017年1至12月份,…覆盖率67%: the state at the interval's end
    }
    String name = d.changeOnlyName != null ? d.changeOnlyName : d.indicatorName != null ? d.indicatorName : d.subject;
    int start = Math.min(d.start, d.mention.start);
    int from = text.caller(start);
    int to = text.callerEnd(d.end);
    String span = text.callerText(from, to);
    Observation full;
    try {
      full = bind(d, name, kind, period, true);
    } catch (DatasetReadException e) {
      d.lower(Confidence.LOW); // a change in the wrong dimension: keep the level, drop what did not fit
      try {
        full = bind(d, name, kind, period, false);
      } catch (DatasetReadException again) {
        unread.add(new UnreadSentence(from, to, span, again.problem().message()));
        return;
      }
    }
    facts.add(ExtractedFact.of(full, from, to, span, d.subject, d.confidence));
  }

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

  /** RATE for a ratio or a change without a level; STOCK or FLOW by the words, the verb and the period. */
  static IndicatorKind kind(Draft d) {
    IndicatorKind own = ownKind(d);
    if (own != IndicatorKind.RATE && d.listHead != null && !d.stockCue && !d.stockVerb
        && !hasAny(d.subject, Cues.FLOW_WORDS) && !hasAny(d.subject, Cues.STOCK_WORDS)) {
      IndicatorKind head = kind(d.listHead);
      return head == IndicatorKind.RATE ? own : head; // 拥有A 2家、B 5家: the list shares its verb
    }
    return own;
  }

  private static boolean endsWithAny(String text, String[] words) {
    for (String w : words) {
      if (text.endsWith(w)) {
        return true;
      }
    }
    return false;
  }

  static boolean hasAny(String text, String[] words) {
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
    if (hasAny(d.subject, NEW_WORDS) && !hasAny(d.subject, NEVER_FLOW)) {
      return IndicatorKind.FLOW; // 新增装机, 新增入库企业: what was added over the period
    }
    Dimension countedThings = u.dimension();
    if (d.instantMark && (countedThings.equals(Dimension.ITEM) || countedThings.equals(Dimension.ENTERPRISE))) {
      return IndicatorKind.STOCK; // 截止5月底,全市开工项目295个: the things there are at that date
    }
    if (d.stockCue || hasAny(d.subject, Cues.STOCK_WORDS)) {
      // 全年累计实施临时救助: 累计 over a stated interval is a flow; so is 累计完成 to a month's end within the
      // year (截至5月底,累计实现到位资金: January to May), while 累计建成 with no period is a stock; the other stock
      // words that name a state (装机, 拥有, 现有, 在校…) give a stock at the interval's end (前7月,…装机容量约4.9亿千瓦:
      // at the end of July); 总数, 入库 and 参保 may total a flow (1-10月接待游客总数, 税收入库), and stay flows there
      boolean accrued = d.cumulative || d.subject.contains("累计");
      boolean interval = d.period != null && !d.instantMark && (accrued || !hasAny(d.subject, STATE_WORDS));
      boolean toDate = d.period != null && d.instantMark && d.period.end().getMonthValue() != 12
          && accrued && hasAny(d.subject, Cues.FLOW_WORDS);
      return (interval || toDate) && !hasAny(d.subject, NEVER_FLOW) ? IndicatorKind.FLOW : IndicatorKind.STOCK;
    }
    Dimension counted = u.dimension();
    boolean isCount = counted.equals(Dimension.ITEM) || counted.equals(Dimension.ENTERPRISE);
    if (isCount && hasAny(d.subject, COUNTED_STATES)) {
      return IndicatorKind.STOCK; // 在建项目194个, 在库统计投资项目数187个: a count of what stands at a date
    }
    if (hasAny(d.changeText, STOCK_BASES)) {
      return IndicatorKind.STOCK; // 邮路总条数2.5万条,比上年末增加1352条: compared with a stock at last year's end
    }
    String head = d.subject.substring(d.subject.lastIndexOf('的') + 1); // 实现垃圾有效治理的|建制村: the head noun
    if (isCount && endsWithAny(head, PLACES) && !hasAny(head, Cues.FLOW_WORDS) && !hasAny(head, NEW_WORDS)) {
      return IndicatorKind.STOCK; // 奶牛场142个, 实现垃圾有效治理的建制村899个: the places there are
    }
    if (counted.equals(Dimension.ANIMAL) && !hasAny(d.subject, ANIMAL_FLOWS) && !hasAny(d.subject, Cues.FLOW_WORDS)) {
      return IndicatorKind.STOCK; // 可繁母牛12.05万头, 山羊1403只: a herd
    }
    if (hasAny(d.subject, Cues.FLOW_WORDS)) {
      return IndicatorKind.FLOW;
    }
    Dimension dim = u.dimension();
    boolean entities = dim.equals(Dimension.ENTERPRISE) || dim.equals(Dimension.HOUSEHOLD);
    return d.instantMark || d.stockVerb || entities ? IndicatorKind.STOCK : IndicatorKind.FLOW;
  }

  /** "T" and the 32-bit FNV-1a hash of the key in hex: stable across runs and JVMs. */
  static String code(String key) {
    int h = 0x811c9dc5;
    for (int i = 0; i < key.length(); i++) {
      h ^= key.charAt(i);
      h *= 0x01000193;
    }
    String hex = Integer.toHexString(h).toUpperCase(java.util.Locale.ROOT);
    return "T" + "00000000".substring(hex.length()) + hex;
  }
}
