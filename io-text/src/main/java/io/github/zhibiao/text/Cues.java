package io.github.zhibiao.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The precompiled patterns of the extractor. Every pattern is matched against a short window (a
 * clause, or the text between two figures) and is free of nested quantifiers, so matching is
 * bounded by the window's length times a small constant.
 */
final class Cues {
  private Cues() {}

  static final Pattern PERIOD = Pattern.compile(
      "(?<y>\\d{4})年(?:(?<ydm>\\d{1,2})月(?<yd1>\\d{1,2})日[-~至](?:(?<ydm2>\\d{1,2})月)?(?<yd2>\\d{1,2})日"
          + "|(?<ym1>\\d{1,2})月?[-~至](?<ym2>\\d{1,2})月份?|(?<ymm>\\d{1,2})月(?<yme>末|底)?|(?<ye>末|底)"
          + "|(?<yh>[上下])半年|第?(?<yq>[一二三四1-4])季度|前(?<yn>\\d{1,2}|[一二三四五六七八九十]{1,2})个?月)?"
          + "|(?<m1>\\d{1,2}|元|[一二三四五六七八九十]{1,2})月?份?[-~至](?<m2>\\d{1,2}|[一二三四五六七八九十]{1,3})月份?"
          + "|前(?<n>\\d{1,2}|[一二三四五六七八九十]{1,2})个?月"
          + "|(?<q3>前三季度)"
          + "|(?<dm>\\d{1,2})月(?<d1>\\d{1,2})日[-~至](?:(?<dm2>\\d{1,2})月)?(?<d2>\\d{1,2})日"
          + "|(?<cut>截至|截止到|截止|到)?(?:今年)?(?<mm>\\d{1,2})月(?:末|底)"
          + "|(?<cm>\\d{1,2})月份?(?=当月)|(?<bm>\\d{1,2})月份?(?![\\d日])"
          + "|(?<now>目前|年末|年底)|(?<hour>(?:截至|截止|到)\\d{1,2}(?:时|点))"
          + "|(?<lastEnd>(?:截至|截止|到)?(?:去年|上年)(?:底|末))|(?<last>(?:去年|上年)全年)|(?<lastY>去年)(?!同期)"
          + "|(?<next>明年)|(?<full>全年)|(?<h>[上下])半年|第?(?<q>[一二三四])季度");

  /** After 明年 inside a clause: the target or plan it is the year of (明年就业再就业工作目标). */
  static final Pattern NEXT_YEAR_TARGET = Pattern.compile("[^,;:]{0,12}?(?:目标|计划|预期)");

  /** Words that may stand before a year at the start of a clause: 截至2023年6月末. */
  static final Pattern PERIOD_LEAD = Pattern.compile("(?:截至|截止到|截止|到|至|在|于|据统计|今年|全市|全区)?");

  static final Pattern BASIS = Pattern.compile(
      "同比|环比|比上年同期|比上年|比去年同期|比去年|较上年同期|较上年|较去年同期|较去年|与上年同期相比|与去年同期相比"
          + "|(?:与|同|和)(?:上年|去年)相比"
          + "|与(?<y1>\\d{4})年同期相比|比(?<y2>\\d{4})年同期|比(?<y3>\\d{4})年");

  static final Pattern CHANGE = Pattern.compile(
      "(?<dir>增长|增加|提高|提升|上升|升高|上涨|增幅|增速|净增加|净增|净减少|净减|下降|减少|降低|回落|下滑|降幅|减幅"
          + "|微增|略增|微降|略降|递增|递减|增收|减收|增支|减支|增产|减产|(?<=比上年|较上年|同比)扩大"
          + "|(?:^|(?<=[,;:比年]))[增降])(?:为|达到|达|了)?$");

  /** No match of {@link #CHANGE} is longer than this: a word of at most 3 characters and a suffix of at most 2. */
  static final int CHANGE_LONGEST = 5;

  /**
   * {@link #CHANGE} at the end of {@code pre}: the same match as {@code CHANGE.matcher(pre).find()}, searched
   * only over the last {@link #CHANGE_LONGEST} characters (its lookbehinds still see what comes before, and
   * {@code ^} is still the start of {@code pre}), so the cost does not grow with the text before a figure.
   */
  static Matcher changeAtEnd(CharSequence pre) {
    return CHANGE.matcher(pre).useTransparentBounds(true).useAnchoringBounds(false)
        .region(Math.max(0, pre.length() - CHANGE_LONGEST), pre.length());
  }

  /**
   * Before a figure: a comparison that is no level of its own, noted on the figure in focus — an increment against
   * a year ago (同比多增1209.08亿元, 同比少增), a ratio to an earlier level (恢复到2019年同期的119.09%), a gap to the
   * budget's schedule (超序时进度3.5个百分点), an average growth over years (两年平均增长2.5%), or a gap to another
   * series (快于城镇消费11.7个百分点).
   */
  static final Pattern COMPARISON_ASIDE = Pattern.compile(
      "(?:(?:同比|比上年|较上年)(?:多增|少增|多减|少减)了?"
          + "|(?:按可比口径)?恢复(?:到|至)[^,;:]{0,14}?的?"
          + "|超(?:过)?序时进度"
          + "|(?:\\d{1,2}|[两三四五六七八九十])年(?:平均|年均)(?:增长|增速为?|增幅为?|递增)"
          + "|(?:快于|慢于|高于|低于|高出|低出)[^,;:]{1,14}?"
          + "|为(?:19|20)\\d{2}年(?:同期)?的"
          + "|与[^,;:]{1,12}?相比,?年均(?:增长|递增|增速为?|增幅为?))$");

  /** 增长到2.5倍: the figure is a multiple of the base (×N). */
  static final Pattern MULTIPLE_TO = Pattern.compile("(?:增长|增加|提高|扩大|提升|上升)(?:到|至)了?$");

  /** 增长1.5倍: the base grew by N times itself (+N × 100 %). */
  static final Pattern MULTIPLE_BY = Pattern.compile("(?:增长|增加|提高|扩大|提升|上升)了?$");

  /** What a parenthesis states when it is a role of its own (a change, a share, a plan), not a note. */
  static final Pattern PAREN_ROLE = Pattern.compile("增长|增加|下降|减少|提高|降低|增幅|降幅|增速|回落|比|较|占|完成|为");

  /** A basis written as a comparison with last year: 与上年相比, 同去年相比. */
  static final Pattern LAST_YEAR_COMPARED = Pattern.compile("^(?:与|同|和)(?:上年|去年)相比$");

  static final Pattern REF_COMPARE = Pattern.compile(
      "(?<![同环])(?:较|比)(?<ref>[^,;:]{1,24}?)(?<dir>高出|高|低|多投产|少投产|多|少|净增加|净增|净减少|增加|减少|提高|下降|增长|降低|提升"
          + "|增收|减收|增支|减支|增产|减产)了?$");

  static final Pattern REF_OVER = Pattern.compile("(?<kw>超过|超出|高于|低于|高出|好于|优于)(?<ref>[^,;:]{1,24}?)$");

  /**
   * Plan completion in its phrasings: 完成年度计划的, 完成全年目标数的, 为年计划的, 完成年度计划开工的,
   * 完成年度目标任务的, 占年初预算数的 (a whole that is a plan or a budget makes a completion, not a
   * share; 总任务 stays a share of the whole task).
   */
  static final Pattern PLAN = Pattern.compile(
      "(?:完成|达到|为|占|相当于)了?(?<what>[^,;:总]{0,10}?)(?:预算|计划|目标|任务)(?!支出|收入)(?:数|任务)?[^,;:的总]{0,4}?的?"
          + "(?:比重|比例)?(?:为|达)?$");

  /** Plan completion stated as a rate after the figure it completes: 完成投资77.57亿元,投资完成率122.6%. */
  static final Pattern COMPLETION_RATE = Pattern.compile("^[,;:]?[^,;:]{0,6}完成率(?:为|达到|达)?$");

  /** A budget, target or plan figure of its own: 年初预算数为116.4亿元, 占计划数60亿元的83.3%. */
  static final Pattern BUDGET = Pattern.compile(
      "^(?:占|为|比|完成|较)?(?<word>(?:年初|全年|年度|年)?(?:预算数|预算|计划数|计划|目标数|考核目标|目标任务|目标|任务数))\\(?$");

  /** What stands between a plan figure and its completion: 占计划数60亿元的83.3%. */
  static final Pattern PLAN_OF_FIGURE = Pattern.compile("^\\)?的(?:比重|比例)?(?:为|达)?$");

  /** A share inside a subject: 第三产业增加值占GDP的比重, 粮食产量占同期全国粮食产量. */
  static final Pattern SHARE_IN_SUBJECT = Pattern.compile("占(?<whole>[^,;:]{1,24}?)的?(?:比重|比例|份额)?$");

  /**
   * The end of the words before a ranking's verb that name the set it ranks among, not a subject: what follows 在 or
   * 于 (在全省, 在中心城区, 在17个省份中; not 在建, 在库…, which name things), or a count or a collective of regions
   * alone (六县市排名第五).
   */
  static final Pattern RANK_SET = Pattern.compile(
      "(?:在|于)(?![建库校册岗职编线])[^,;:]{1,12}?(?:中|之中|内)?$"
          + "|(?:全[国省市区县州])?(?:\\d{1,3}|[一二三四五六七八九十两]{1,3})?个?"
          + "(?:县市区|县市|县区|区县|旗县区|旗县|市州|地州市|地市|省区市|省市区|省区|省份|城区|城市|市县|区市)(?:中|之中|内)?$");

  /**
   * A section number at the head of a phrase (一、, (二), 三), 2., 4、, ①): the page's outline, no part of a subject.
   * A digit after the dot makes a decimal (2.5万), not a number of a section.
   */
  static final Pattern SECTION_NUMBER = Pattern.compile(
      "(?:[一二三四五六七八九十]{1,3}、|\\(?[一二三四五六七八九十]{1,3}\\)|\\(?\\d{1,2}\\)|\\d{1,2}(?:、|\\.(?!\\d))|[①-⑳])\\s*");

  /** Whether a section number ({@link #SECTION_NUMBER}) may start with {@code c}: a look before the pattern. */
  static boolean mayStartSection(char c) {
    return c == '(' || (c >= '0' && c <= '9') || (c >= '①' && c <= '⑳') || "一二三四五六七八九十".indexOf(c) >= 0;
  }

  /** Subjects that name the growth rate of the figure before: a ranking of them ranks the rate. */
  static final java.util.Set<String> RATE_WORDS = java.util.Set.of("增速", "增幅", "增长速度");

  static final Pattern SHARE = Pattern.compile(
      "占(?!比(?:为|达到|达)?$)(?<whole>[^,;:]{1,24}?)(?:的?(?:比重|比例|份额)的?|的)?"
          + "(?:为|达到|达|升至|提高到|提高至|上升到|上升至|降至)?$");

  /** A change of the share in focus, in points, at a clause's start: 占比较上年上升28.5个百分点. */
  static final Pattern SHARE_CHANGE = Pattern.compile("^[,;:]?(?:其)?占比(?<rest>(?:比|较)[^,;:]{1,10})$");

  /** Ranks given for a list: 分别居全区第一位和第三位, 分别排名全省第2、第5位, 分别位列第一、二、三位. */
  static final Pattern RANK_LIST = Pattern.compile(
      "分别(?:稳居|位居|位列|名列|居于|排名|排在|居|排|列)(?<scope>[^,;:第首]{0,16}?)"
          + "(?<ranks>第(?:\\d{1,3}|[一二三四五六七八九十]{1,3})(?:位|名)?"
          + "(?:[、和及与]第?(?:\\d{1,3}|[一二三四五六七八九十]{1,3})(?:位|名)?)+)");

  /** One position in {@link #RANK_LIST}'s ranks. */
  static final Pattern RANK_LIST_POSITION = Pattern.compile("(?<pos>\\d{1,3}|[一二三四五六七八九十]{1,3})");

  /** The head of a list of 百分点 comparisons with earlier periods, before 分别: 降幅比上半年、一季度. */
  static final Pattern POINTS_LIST_ASIDE = Pattern.compile("(?:增速|增幅|降幅|涨幅|跌幅)(?:比|较)[^,;:]{1,16}$");

  /** A share that names no whole: 占, 占比, 占比为. */
  static final Pattern SHARE_NO_WHOLE = Pattern.compile("^[,;:]?占(?:比(?:为|达到|达)?)?$");

  static final Pattern RANK = Pattern.compile(
      "(?<all>均|都)?(?:连续(?:\\d{1,3}|多|[一二三四五六七八九十]{1,3})年)?"
          + "(?:稳居|位居|位列|名列|居于|排名|排位|排在|位于|进入|跻身|走在|处于|跃居|跃升至|跃升到|上升至|上升到|提升至|提升到|升至|升到|前移至"
          + "|居(?!民)|排|列|占据|占(?=首位))"
          + "(?<scope>[^,;:第首前]{0,16}?)"
          + "(?:第(?<pos>\\d{1,3}|[一二三四五六七八九十]{1,3})(?!产业|季度)(?:位|名)?|(?<first>首位|首)|(?<lead>前列|前茅)"
          + "|前(?<top>\\d{1,3}|[一二三四五六七八九十]{1,3})(?:强|名|位|(?=[,;:]|$)))");

  /**
   * Before a figure in 百分点: a comparison that is no fact of its own — a change of a change against an
   * earlier period (降幅比1-10月收窄0.9个百分点, 比1—2月份增速回升) or a gap to another region or an average
   * (低于全省平均增速2.1个百分点, 高出全市平均水平36.5个百分点, 比全市平均水平高3.0个百分点), or a contribution
   * (拉动规模以上工业经济增长13.9个百分点). It becomes the note of the figure before, except that a rate stated alone
   * takes its change against an earlier period ({@link #RATE_VS_PERIOD}).
   */
  static final Pattern POINTS_ASIDE = Pattern.compile(
      "(?:(?:增速|增幅|降幅|涨幅|跌幅)?(?:比|较)[^,;:]{1,12}?(?:份)?(?:增速|增幅|降幅)?(?:收窄|扩大|加快|放缓|回升|回落|缩小)了?"
          + "|(?:增速|增幅|降幅|涨幅|跌幅)(?:比|较)[^,;:]{1,12}?(?:提高|降低|上升|下降|提升)了?"
          + "|拉动[^,;:]{0,16}?(?:增长|下降)?"
          + "|(?:仍)?(?:高于|低于|高出|低出|快于|慢于)[^,;:]{0,16}?(?:平均|全省|全国|全市|全区|全州|全县)[^,;:]{0,10}?"
          + "|(?:比|较)[^,;:]{0,10}?平均[^,;:]{0,6}?(?:高|低)出?了?)$");

  /**
   * A growth rate compared with an earlier period's (增速比1-9月份回落0.3个百分点): for a rate stated alone, its
   * change against that period; the reference is what stands between 比 and the verb.
   */
  static final Pattern RATE_VS_PERIOD = Pattern.compile(
      "(?:增速|增幅|涨幅)(?:比|较)(?<ref>[^,;:]{1,12}?)(?<dir>回落|回升|提高|加快|放缓|下降|上升|提升)了?$");

  static final Pattern STREAK = Pattern.compile(
      "连续(?:\\d{1,3}|多|[一二三四五六七八九十]{1,3})年|[一二三四五六七八九十]{1,3}连(?:丰|增|涨|冠|胜|升)");

  /**
   * What a news text puts before its statement: a dateline and byline (新华社呼和浩特1月5日电(记者…)),
   * an attribution (据国家统计局数据显示, 统计数据显示, 据悉, 记者从…获悉). Matched at a subject's head.
   */
  static final Pattern ATTRIBUTION = Pattern.compile(
      "(?:据[^,;:]{1,16}?(?:数据显示|统计显示|显示|测算|监测|统计(?=[,;:]|$))|据悉|(?:统计|监测|调查)?数据显示"
          + "|(?:新华社|中新社|中新网|本报)[^,;:(]{0,16}?电(?:\\([^)]{0,20}\\))?"
          + "|(?:记者|本报讯)[^,;:]{0,16}?(?:获悉|了解到|报道))");

  static final String[] LEAD = {
    "其中", "同时", "此外", "另外", "并且", "而且", "这一年", "一年来", "今年以来", "今年", "全年", "年内", "当年",
    "截至目前", "截止目前", "目前", "截至", "截止到", "截止", "据统计", "初步统计", "经初步核算", "全市", "全区", "全旗",
    "全县", "全盟", "全省", "全国", "全乡", "全镇", "我市", "本市", "我省", "我区", "我县", "我旗", "我州", "我盟", "我乡", "我镇",
    "我国", "中国",
    "去年", "明年", "共有", "总共", "已经", "年末", "年底", "预计", "初步", "共", "已",
    "并", "还", "另", "在", "将", "和", "及", "与", "均", "现有", "拥有", "辖内", "辖区内",
  };

  static final String[] TRAIL = {
    "达到了", "可达到", "达到", "累计达到", "累计达", "可达", "达", "累计", "为", "是", "有", "共计", "合计", "总计", "以", "分别", "增加至", "增加到", "增至",
    "(", ")", "提高到", "提高至", "上升到", "上升至", "提升至", "提升到", "稳定在", "保持在", "实现了", "了", "预计", "初步",
    "已", "的", "共", "均", "仍", "完成", "控制在", "发展到", "稳定在", "实现", "就",
  };

  /**
   * Linking and modal verbs that never start a subject (issue 16): 实现, 引进, 达到, 可达, 为 (实现旅游收入
   * is 旅游收入; 可达120万吨 has no subject of its own). Taken from a subject's head when at least two
   * characters are left.
   */
  static final String[] LINKING = {"累计完成", "累计实现", "实现了", "实现", "引进了", "引进", "达到了", "达到", "可实现", "可达到", "可达", "为"};

  /**
   * Verbs that act on the measure named after them and are no part of its name (统筹各类涉农资金5.3亿元,
   * 注入风险金, 撬动扶贫小额贷款, 安排中央投资, 争取林业投入, 缴纳工业实缴税金, 上报完成固定资产投资额, 使全省森林覆盖率
   * 达到50%): taken from a subject's head when at least two characters are left.
   */
  static final String[] OBJECT_VERBS = {"统筹", "注入", "撬动", "安排", "争取", "缴纳", "上报", "使"};

  /**
   * Inside a subject, a linking verb between the indicator's holder and its measure, or a count of days
   * before 接待: 规模以上服务业实现营业收入, 限上法人企业完成消费品零售额, 重点景区累计接待游客, 遵义会议会址1日接待游客.
   * Cut out of the subject (the words on both sides are kept).
   */
  static final Pattern INNER_LINK = Pattern.compile(
      "(?<days>(?:\\d{1,3}(?:天|日))(?:累计)?|累计)(?=接待)"
          + "|(?:累计完成|累计实现|实现|完成)(?=[^,;:]{0,12}?(?:总值|产值|交货值|收入|总量|总额|额|用电量)$)");

  /**
   * 共 before the verb of a total inside a subject (119个直报景区共接待游客, 云南共接待游客): the words before it
   * name what is counted or where, not the indicator; the subject starts after it.
   */
  static final Pattern TOTAL_OF = Pattern.compile(
      "(?<![公总一合])共(?=接待|实现|完成|签约|引进|建成|新增|发放|办理|培训|吸纳|落实|争取|安排|达成|销售|投入|减免)");

  /** 就业再就业工作目标是城镇新增就业: the target's own words follow 目标是. */
  static final Pattern TARGET_IS = Pattern.compile("目标(?:是|为)");

  /**
   * An average over a set of places or units at a subject's head (339个地级及以上城市平均空气质量优良天数比例, “2+26”城市平均…):
   * the set is the scope, the subject starts at 平均.
   */
  static final Pattern SCOPE_AVERAGE = Pattern.compile("(?:城市|地区|省份|景区|企业|县区|区县)(?=平均.{2})");

  /**
   * A share written into its subject without 比重, 比例 or 份额 (乡村旅游接待量占全县假日旅游接待总人数41%,
   * 园区规模工业增加值总量占全市规模工业的81.2%): the subject is what stands before 占, the rest the whole.
   */
  static final Pattern OWN_SHARE_PLAIN = Pattern.compile("^(?<own>[^占]{2,}?)占(?<whole>[^占]{2,24}?)的?$");

  /** Words that start with a LEAD word and are not that word: 在建, 在校. */
  static final String[] NOT_LEAD = {"在建", "在校", "在册", "在岗", "在库", "在园", "在读", "共享", "并网", "还款", "当年计划"};

  /** Subjects that are only a verb: the figure's subject is elsewhere. */
  /**
   * What 完成 is followed by when it only links a subject to its figure: a measure (完成生产总值, 完成出口交货值,
   * 完成国土绿化任务) loses the 完成; an activity (完成防沙治沙, 完成造林绿化面积, 完成投资) keeps it.
   */
  static final Pattern DONE_MEASURE = Pattern.compile("完成(?<rest>.*(?:总值|产值|交货值|收入|总量|额|任务|用电量|用电总量))");

  static final String[] VERB_ONLY = {"可", "可达", "实现", "完成", "新增", "累计", "拥有", "建成", "新建", "达成", "签约", "创建", "认定", "培育"};

  /** Verbs that end a subject written after its figure: 9名业务骨干担任…. */
  static final String[] CUT_VERBS = {
    "担任", "提供", "发放", "兑现", "解决", "参加", "开展", "获得", "纳入", "完成", "进行", "建成", "通过", "入选", "实现",
    "荣登", "建立", "的",
  };

  /** Short verbs that may lead a subject written after its figure: 签约了262个投资类重大项目. */
  static final String[] SHORT_VERBS = {
    "签约", "完成", "新建", "建成", "认定", "培育", "创建", "抽调", "聘任", "引进", "举办", "开展", "实施", "新增", "累计",
    "新签", "落地", "建设", "招聘", "帮扶", "培训", "安置", "吸纳", "服务",
  };

  /** Verbs before a list of items: 建立A、B、C. */
  static final String[] LIST_VERBS = {"建立", "设立", "建设", "创建", "组建", "培育", "认定", "新建", "拥有", "成立", "实施", "打造"};

  static final String[] STOCK_WORDS = {
    "存栏", "存养", "累计", "拥有", "现有", "共有", "实有", "保有", "余额", "参保", "在册", "在校", "入库", "常住人口", "总人口",
    "装机", "总数",
  };

  /** Nouns after a count that name the regions counted, not a statistic: 12个旗县区全部完成…. */
  static final String[] REGION_NOUNS = {"旗县区", "旗县", "盟市", "苏木乡镇", "乡镇", "嘎查村", "省市", "省区市", "地区",
    "县市区", "县市", "县区", "区县", "市州", "地州市", "地市", "市县", "省份"};

  /** 每亩420公斤: a per-unit figure; the unit after 每 becomes the denominator. */
  static final Pattern PER_UNIT = Pattern.compile("每(?<per>亩|人|户|公顷|平方米|平方公里|吨|头|只)$");

  static final String[] FLOW_WORDS = {
    "新建", "新增", "新签", "签约", "完成", "发放", "支出", "实施", "举办", "开展", "引进", "到位", "产量", "产值", "增加值",
    "收入", "投资", "播种", "种植", "接待", "招聘", "达成", "治理", "改造", "认证", "解决", "减负", "救助", "开工", "竣工",
    "创建", "争创", "对接", "新设", "认定", "培育", "引进", "建成", "获批", "入选", "生产总值", "零售额", "销售额", "营业额",
    "出口", "进口", "利润", "税金", "用电", "业务量",
  };
}
