package io.github.zhibiao.text;

import io.github.zhibiao.unit.Quantity;
import io.github.zhibiao.unit.Unit;
import io.github.zhibiao.unit.UnitCatalog;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the numbers of a sentence in one left-to-right pass and reads each with
 * {@link Quantity#parse}. Years (2023年), months and dates (4月底, 1—11月), durations (11年),
 * ordinals (第3位), labels (5G, 3A级, 二十大, 十四五) and Chinese numerals that are words (一批,
 * 两项补贴, 十一连丰) are skipped; they are not numbers in the sense of {@link UnreadSentence}.
 * Linear in the sentence: each character is looked at a bounded number of times.
 */
final class MentionScanner {
  private MentionScanner() {}

  private static final String[] MAGNITUDES = {"十", "百", "千", "万", "十万", "百万", "千万", "亿", "十亿", "百亿", "千亿", "万亿"};
  private static final String CLASSIFIERS = "个家座处场条项所种辆套次户名人头只件台张株羽匹班笔份";
  /**
   * Catalog names that running text uses as other words after a number: dates and durations
   * (年, 月, 日, 小时 are read as periods), 度 (degrees and rounds as well as kWh), 口 (mouths, wells),
   * 成 (tenths, but also 建成), 两 (taels, but also two), and the catalog's placeholders 未注明 and
   * 指数. Words, not units: the units all come from the catalog.
   */
  private static final java.util.Set<String> NOT_UNITS_IN_PROSE =
      java.util.Set.of("年", "月", "个月", "日", "小时", "度", "口", "成", "两", "市两", "未注明", "指数");

  /** The unit words of one catalog after a figure: every Chinese name, alone or after a magnitude. */
  static final class Lexicon {
    final UnitCatalog catalog;
    final Map<String, Unit> units = new HashMap<>();
    final int maxLength;

    Lexicon(UnitCatalog catalog) {
      this.catalog = catalog;
      int max = 0;
      for (String name : catalog.names().keySet()) {
        if (!isProseName(name)) {
          continue;
        }
        max = Math.max(max, put(name));
        for (String m : MAGNITUDES) {
          max = Math.max(max, put(m + name));
        }
      }
      for (String latin : LATIN_SYMBOLS) {
        max = Math.max(max, put(latin));
        for (String m : MAGNITUDES) {
          max = Math.max(max, put(m + latin));
        }
      }
      for (String r : RATIOS) {
        max = Math.max(max, put(r));
      }
      for (String m : MAGNITUDES) {
        max = Math.max(max, put(m));
      }
      maxLength = max;
    }

    private int put(String text) {
      try {
        units.put(text, catalog.parse(text));
        return text.length();
      } catch (IllegalArgumentException e) {
        return 0;
      }
    }

    /** Names written in Han characters (and the ratio signs), not ASCII labels or excluded words. */
    private static boolean isProseName(String name) {
      if (NOT_UNITS_IN_PROSE.contains(name) || name.indexOf('/') >= 0) {
        return false;
      }
      for (int i = 0; i < name.length(); i++) {
        char c = name.charAt(i);
        boolean paren = (c == '(' || c == ')') && i > 0; // 头(只): a name the catalog spells with its alternative
        if (!Prose.isHan(c) && !paren) {
          return false;
        }
      }
      return true;
    }
  }

  private static final String[] RATIOS = {"%", "‰", "个百分点", "百分点"};

  /**
   * Unit symbols in Latin letters that prose writes after a figure (2 044.0万t, 611.67万TEU, 9.94kg, 1.2亿kWh), read
   * through the catalog; only where no letter or digit follows, so that labels (5G, 3A级, PM2.5) stay labels.
   */
  private static final String[] LATIN_SYMBOLS = {"t", "kg", "km", "km²", "m²", "m³", "TEU", "kW", "kWh", "MW", "MWh",
    "ha", "hm²", "tce"};

  /** The lexicon of the last catalog asked for; the built-in one is kept for good. */
  private static final Lexicon BUILT_IN = new Lexicon(UnitCatalog.builtIn());
  private static volatile Lexicon last = BUILT_IN;

  static Lexicon lexicon(UnitCatalog catalog) {
    Lexicon l = last;
    if (l.catalog == catalog) {
      return l;
    }
    if (catalog == UnitCatalog.builtIn()) {
      return BUILT_IN;
    }
    l = new Lexicon(catalog);
    last = l;
    return l;
  }

  private static final String[] PREFIXES = {
    "不低于", "不少于", "不超过", "超过", "不到", "不足", "大约", "多于", "少于", "突破", "约", "超", "逾", "近",
  };
  private static final String[] SUFFIXES = {"以上", "以下", "左右", "上下", "以内"};
  /** Characters after a number that make it a label, a date or an ordinal. */
  private static final String LABEL_AFTER = "年月日号级届期批代版轮类星强周岁";
  /** Words after a figure that start what a report says beside it, not a noun the figure counts. */
  private static final String[] ATTACH = {
    "同比", "环比", "比", "较", "居", "位居", "位列", "排名", "排", "列", "占", "完成", "均", "分别", "增长",
    "增加", "下降", "减少", "提高", "降低", "和", "及", "与", "是", "为", "等", "其中", "连续", "稳居", "已",
    "发展到", "发展至", "上升", "扩大", "提升", "达到",
  };

  /**
   * The numbers of a sentence: the mentions read as figures (or null quantities for numbers that
   * are not figures), and how many numbers were seen in all (a sentence with numbers and no fact is
   * reported unread).
   */
  record Scan(List<Mention> mentions, int numbers) {}

  /** The numbers of {@code s[from, to)}, read with the units of {@code catalog}. */
  static Scan scan(String s, int from, int to, UnitCatalog catalog) {
    return new Pass(lexicon(catalog)).scan(s, from, to);
  }

  /** One left-to-right pass over a sentence; counts the numbers it sees. */
  private static final class Pass {
    private final Lexicon lexicon;
    private int numbers;

    Pass(Lexicon lexicon) {
      this.lexicon = lexicon;
    }

  Scan scan(String s, int from, int to) {
    List<Mention> out = new ArrayList<>();
    int i = from;
    while (i < to) {
      char c = s.charAt(i);
      if (Prose.isDigit(c)) {
        i = arabic(s, from, to, i, out);
      } else if (Prose.isChineseNumeral(c) || s.startsWith("百分之", i)) {
        i = chinese(s, from, to, i, out);
      } else {
        i++;
      }
    }
    return new Scan(out, numbers);
  }

  private int arabic(String s, int from, int to, int i, List<Mention> out) {
    Lexicon lx = lexicon;
    int j = i;
    boolean point = false;
    while (j < to) {
      char c = s.charAt(j);
      if (Prose.isDigit(c)) {
        j++;
      } else if (c == '.' && !point && j + 1 < to && Prose.isDigit(s.charAt(j + 1))) {
        point = true;
        j++;
      } else if (c == ',' && !point && Prose.isThousands(s, j)) {
        j += 4;
      } else {
        break;
      }
    }
    char before = i > from ? s.charAt(i - 1) : ' ';
    char after = j < to ? s.charAt(j) : ' ';
    // Labels: 5G, G5, 3A级; ordinals: 第3; dates and durations: 2023年, 4月, 11年, 前10强.
    if (Prose.isAsciiLetter(before) || (Prose.isAsciiLetter(after) && !latinUnitAt(lx, s, to, j))) {
      while (j < to && (Prose.isAsciiLetter(s.charAt(j)) || Prose.isDigit(s.charAt(j)))) {
        j++;
      }
      return j;
    }
    if (before == '第' || i >= from + 2 && s.startsWith("连续", i - 2) // 连续3次: the length of a streak
        || LABEL_AFTER.indexOf(after) >= 0 || s.startsWith("个月", j) || s.startsWith("季度", j)) {
      return j;
    }
    // A range: 1—11月 is a period, 63%~68% a range of figures this reader leaves out.
    if ((after == '-' || after == '~' || after == '至') && j + 1 < to && Prose.isDigit(s.charAt(j + 1))) {
      int k = j + 1;
      while (k < to && (Prose.isDigit(s.charAt(k)) || s.charAt(k) == '.')) {
        k++;
      }
      if (k < to && (s.charAt(k) == '月' || s.charAt(k) == '日' || s.charAt(k) == '年')) {
        return k + 1;
      }
      numbers++;
      return k;
    }
    return tail(s, to, i, j, true, out);
  }

  private int chinese(String s, int from, int to, int i, List<Mention> out) {
    Lexicon lx = lexicon;
    if (i > from && (Prose.isChineseNumeral(s.charAt(i - 1)) || s.charAt(i - 1) == '第')) {
      return i + 1;
    }
    if (i >= from + 2 && s.startsWith("连续", i - 2)) {
      return i + 1; // 连续两次排名…: the length of a streak, no figure
    }
    int j = i;
    if (s.startsWith("百分之", i)) {
      j += 3;
    }
    int digits = j;
    while (j < to && (Prose.isChineseNumeral(s.charAt(j))
        || (s.charAt(j) == '点' && j > digits && j + 1 < to && Prose.isChineseNumeral(s.charAt(j + 1))))) {
      j++;
    }
    if (j == digits) {
      return j == i ? i + 1 : j;
    }
    int k = j;
    if (k < to && (s.charAt(k) == '余' || s.charAt(k) == '多')) {
      k++;
    }
    int unitEnd = unitEnd(lx, s, to, k);
    boolean percentWord = digits > i;
    if (unitEnd == k && !percentWord) {
      return j; // 一批, 十一连丰, 二十大: a word, not a figure
    }
    String unitText = s.substring(k, unitEnd);
    Unit unit = lx.units.get(unitText);
    boolean classifier = unit != null && isClassifier(unitText);
    if (unit != null && unitText.length() == 1 && "十百千万亿".indexOf(unitText.charAt(0)) >= 0) {
      return unitEnd; // a magnitude alone after a Chinese numeral is part of the word
    }
    if (classifier && nounAt(s, to, suffixEnd(s, to, unitEnd))) {
      return unitEnd; // 两项补贴, 一个市场: a count word in running text
    }
    return tail(s, to, i, j, false, out);
  }

  /** Reads unit and qualifiers after the digits {@code [i, j)} and adds the mention. */
  private int tail(String s, int to, int i, int j, boolean arabic, List<Mention> out) {
    Lexicon lx = lexicon;
    int k = j;
    if (k < to && (s.charAt(k) == '余' || s.charAt(k) == '多')) {
      k++;
    }
    int unitEnd = unitEnd(lx, s, to, k);
    String unitText = s.substring(k, unitEnd);
    int end = suffixEnd(s, to, unitEnd);
    boolean magnitudeOnly = isMagnitude(unitText);
    boolean percentWord = s.startsWith("百分之", i);
    if (unitText.isEmpty() && arabic && unitEnd < to && s.charAt(unitEnd) == '倍' && unitEnd == j) {
      numbers++; // 增长1.5倍: a multiple, read as a change only where a growth verb governs it
      Quantity times = parse(lx, s, i, j);
      Mention multiple = new Mention(i, i, j + 1, times, false, false);
      multiple.multiple = times != null;
      out.add(multiple);
      return j + 1;
    }
    if (unitText.isEmpty() && !percentWord) {
      if (arabic && j - i == 4 && (s.startsWith("19", i) || s.startsWith("20", i))) {
        return end; // 2023, a year written without 年
      }
      numbers++;
      out.add(new Mention(i, i, end, null, false, false)); // a bare number: 12345热线
      return end;
    }
    numbers++;
    // 6场次: the unit goes on beyond what the catalog knows.
    if (unitEnd < to && s.charAt(unitEnd) == '次' && !unitText.endsWith("人")) {
      out.add(new Mention(i, i, unitEnd + 1, null, false, false));
      return unitEnd + 1;
    }
    boolean noun = nounAt(s, to, end);
    boolean classifier = !unitText.isEmpty() && isClassifier(unitText);
    int start = i;
    for (String p : PREFIXES) {
      if (i - p.length() >= 0 && s.startsWith(p, i - p.length())) {
        start = i - p.length();
        break;
      }
    }
    // a sign: -1.2‰, 负3%
    if (start == i && i > 0 && ((s.charAt(i - 1) == '-' && (i < 2 || !Prose.isDigit(s.charAt(i - 2))))
        || (s.charAt(i - 1) == '负' && (i < 2 || !Prose.isHan(s.charAt(i - 2)))))) {
      start = i - 1;
    }
    boolean within = end - 2 >= unitEnd && s.startsWith("以内", end - 2);
    int parseEnd = within ? end - 2 : end;
    Quantity q = null;
    if (noun && (s.startsWith("大关", end) || s.startsWith("关口", end)) && (magnitudeOnly || unitText.isEmpty() == false)) {
      Quantity mark = parse(lx, s, start, end); // 突破1亿大关: a threshold; its unit comes from the figure beside it
      Mention threshold = new Mention(start, i, end + 2, mark, false, false);
      threshold.threshold = mark != null;
      out.add(threshold);
      return end + 2;
    }
    if (!(noun && magnitudeOnly)) {
      q = parse(lx, s, start, parseEnd);
      if (q == null && start < i) {
        start = i;
        q = parse(lx, s, start, parseEnd);
      }
      if (q != null && within && q.isExact()) {
        q = q.withQualifier(io.github.zhibiao.unit.Qualifier.AT_MOST); // 3.2%以内
      }
      if (q != null && unitText.equals("个") && end == unitEnd && pointsListFollows(s, to, unitEnd)) {
        q = Quantity.of(q.value(), io.github.zhibiao.unit.Units.PERCENTAGE_POINT, q.qualifier()); // 收窄3.6个、8.6个百分点
        classifier = false;
        noun = false;
      }
    }
    out.add(new Mention(start, i, end, q, classifier && arabic, noun));
    return end;
  }

  }

  /**
   * Whether a list of figures in 百分点 follows {@code at}, whose earlier items leave out 百分点 (3.6个、8.6个百分点):
   * after a 、, up to three more items of digits and 个, the last ending in 个百分点. Bounded: at most 40 characters.
   */
  private static boolean pointsListFollows(String s, int to, int at) {
    int k = at;
    for (int item = 0; item < 3; item++) {
      if (k >= to || s.charAt(k) != '、') {
        return false;
      }
      int d = ++k;
      while (k < to && (Prose.isDigit(s.charAt(k)) || s.charAt(k) == '.')) {
        k++;
      }
      if (k == d || k >= to || s.charAt(k) != '个') {
        return false;
      }
      if (s.startsWith("个百分点", k)) {
        return true;
      }
      k++;
    }
    return false;
  }

  private static Quantity parse(Lexicon lx, String s, int start, int end) {
    try {
      return Quantity.parse(s.substring(start, end), lx.catalog);
    } catch (IllegalArgumentException | ArithmeticException e) {
      return null;
    }
  }

  /** The end of the longest unit starting at {@code k}, or {@code k}. */
  private static int unitEnd(Lexicon lx, String s, int to, int k) {
    int end = longestUnit(lx, s, to, k);
    if (end > k && end + 1 < to && s.charAt(end) == '/') {
      int denominator = longestUnit(lx, s, to, end + 1); // 微克/立方米, 元/人: a compound the catalog reads
      if (denominator > end + 1 && !isMagnitude(s.substring(end + 1, denominator))) {
        try {
          lx.catalog.parse(s.substring(k, denominator));
          return denominator;
        } catch (IllegalArgumentException e) {
          return end;
        }
      }
    }
    return end;
  }

  private static int longestUnit(Lexicon lx, String s, int to, int k) {
    for (int len = Math.min(lx.maxLength, to - k); len > 0; len--) {
      int end = k + len;
      boolean latin = Prose.isAsciiLetter(s.charAt(end - 1));
      if (latin && end < to && (Prose.isAsciiLetter(s.charAt(end)) || Prose.isDigit(s.charAt(end)))) {
        continue; // 5G, 4K: a Latin symbol only where the word ends
      }
      if (lx.units.containsKey(s.substring(k, end))) {
        return end;
      }
    }
    return k;
  }

  /** Whether a Latin unit symbol of the lexicon (9.94kg) starts at {@code k}. */
  private static boolean latinUnitAt(Lexicon lx, String s, int to, int k) {
    return longestUnit(lx, s, to, k) > k;
  }

  private static int suffixEnd(String s, int to, int k) {
    for (String suffix : SUFFIXES) {
      if (k + suffix.length() <= to && s.startsWith(suffix, k)) {
        return k + suffix.length();
      }
    }
    return k;
  }

  private static boolean isMagnitude(String unitText) {
    for (String m : MAGNITUDES) {
      if (m.equals(unitText)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isClassifier(String unitText) {
    char last = unitText.charAt(unitText.length() - 1);
    return CLASSIFIERS.indexOf(last) >= 0 || unitText.endsWith("人次") || unitText.endsWith("头只");
  }

  /** Whether a noun starts at {@code k}: a Han character (or an opening quote) that starts no attachment. */
  static boolean nounAt(String s, int to, int k) {
    if (k >= to) {
      return false;
    }
    char c = s.charAt(k);
    if (c == '“' || c == '《' || c == '"') {
      return true;
    }
    if (!Prose.isHan(c)) {
      return false;
    }
    for (String a : ATTACH) {
      if (s.startsWith(a, k)) {
        return false;
      }
    }
    return true;
  }
}
