package io.github.zhibiao.excel;

import io.github.zhibiao.model.Change;
import io.github.zhibiao.model.Period;
import io.github.zhibiao.model.PeriodFormatException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The words of yearbook tables: header parts, marks and footers. Pure functions. */
final class Texts {
  private Texts() {}

  /** A unit in brackets at the end: 总产量(万吨), 增长（%）. */
  private static final Pattern BRACKETED = Pattern.compile("^(.*?)[(（]([^()（）]+)[)）]$");
  /** A growth header: 同比增长%, 比上年增长(%), 增长, 增速, ±%. */
  private static final Pattern GROWTH = Pattern.compile("^(.*?)(增长|增速|增幅|增减|增减率|±|±%|增长率)%?$");
  static final Pattern TITLE_PERIOD = Pattern.compile("(\\d{4})年(?:\\d{1,2}[—\\-–~～至]\\d{1,2}月|\\d{1,2}月末|\\d{1,2}月|第?[一二三四1-4]季度|[上下]半年|末)?");
  /** A footnote mark after a number: 1234.5①, 1234.5*, 1234.5(1). */
  private static final Pattern MARKED = Pattern.compile("^(.*?\\d)\\s*([\\u2460-\\u2473\\u2776-\\u277F*＊#＃△▲※]+|[(（]\\d[)）])$");
  private static final Pattern NOTE = Pattern.compile("^(注|说明|资料来源|数据来源|来源)\\s*[:：]?.*", Pattern.DOTALL);
  private static final Pattern META = Pattern.compile("^(数据库|时间|指标|地区|单位|计量单位)\\s*[:：]\\s*(.+)$", Pattern.DOTALL);

  /** Without white space anywhere (yearbooks space out 地  区 and break 地区生产\n总值). */
  static String squeeze(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** The indent a label shows by its leading spaces: a fullwidth space or two ASCII spaces a level. */
  static int leadingIndent(String s) {
    int ascii = 0;
    int wide = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ' ' || c == '\u00A0') {
        ascii++;
      } else if (c == '\u3000') {
        wide++;
      } else if (c != '\t') {
        break;
      }
    }
    return wide + (ascii + 1) / 2;
  }

  /** Text and unit of a header part or label: 总产量(万吨) → 总产量, 万吨; the unit empty when none. */
  static String[] splitUnit(String squeezed) {
    Matcher m = BRACKETED.matcher(squeezed);
    if (m.matches() && !m.group(1).isEmpty()) {
      return new String[] {m.group(1), m.group(2)};
    }
    if (squeezed.endsWith("%") && squeezed.length() > 1) {
      return new String[] {squeezed.substring(0, squeezed.length() - 1), "%"};
    }
    return new String[] {squeezed, ""};
  }

  /** A period a header part names: 2023年, 2023, 2023年1—11月, 2020年第一季度. */
  static Optional<Period> period(String squeezed) {
    if (squeezed.isEmpty() || !Character.isDigit(squeezed.charAt(0))) {
      return Optional.empty();
    }
    try {
      return Optional.of(Period.parse(squeezed));
    } catch (PeriodFormatException e) {
      return Optional.empty();
    }
  }

  /** Whether a header part is the same period a year earlier: 上年同期, 去年同期, 上年. */
  static boolean isYearEarlier(String squeezed) {
    return squeezed.equals("上年同期") || squeezed.equals("去年同期") || squeezed.equals("上年") || squeezed.equals("去年")
        || squeezed.equals("上年同期数") || squeezed.equals("上年实际");
  }

  /** Whether a header part is the current period: 本期, 本年, 本月, 当期, 本年累计. */
  static boolean isCurrent(String squeezed) {
    return squeezed.equals("本期") || squeezed.equals("本年") || squeezed.equals("本月") || squeezed.equals("当期")
        || squeezed.equals("本年累计") || squeezed.equals("本期数") || squeezed.equals("累计") || squeezed.equals("绝对数")
        || squeezed.equals("数值") || squeezed.equals("实绩");
  }

  /**
   * The change basis a growth header names, or empty when the part is no growth header: 同比增长
   * → 同比, 比上年增长 → 比上年, 增长 → 同比 (a yearbook's growth is on the year before), 环比增长 →
   * 环比. Whether the basis is known is {@link Change#basisOf}'s to say.
   */
  static Optional<String> growthBasis(String squeezed) {
    Matcher m = GROWTH.matcher(squeezed);
    if (!m.matches()) {
      return squeezed.equals("同比") || squeezed.equals("环比") ? Optional.of(squeezed) : Optional.empty();
    }
    String basis = m.group(1);
    if (basis.isEmpty()) {
      return Optional.of("同比");
    }
    return Change.basisOf(basis).isPresent() || Change.isReferenceName(basis) ? Optional.of(basis) : Optional.empty();
  }

  /** The period a title names: 2023年, 2023年1—11月, 2023年第一季度; the first one found. */
  static Optional<Period> titlePeriod(String title) {
    Matcher m = TITLE_PERIOD.matcher(squeeze(title));
    while (m.find()) {
      Optional<Period> p = period(m.group());
      if (p.isPresent()) {
        return p;
      }
    }
    return Optional.empty();
  }

  /** A number with a footnote mark: the number's text and the mark; null when there is no mark. */
  static String[] footnoteMark(String text) {
    Matcher m = MARKED.matcher(text.strip());
    return m.matches() ? new String[] {m.group(1), m.group(2)} : null;
  }

  /** Whether a row's first text opens a footer line: 注：…, 资料来源：…, 数据来源：…. */
  static boolean isNote(String squeezed) {
    if (squeezed.isEmpty() || "注说资数来".indexOf(squeezed.charAt(0)) < 0) {
      return false; // the usual row label, without a regular expression
    }
    return NOTE.matcher(squeezed).matches();
  }

  /** A meta line of NBS downloads or of yearbooks: key and value of 数据库：…, 指标：…, 单位：…; null if none. */
  static String[] meta(String text) {
    Matcher m = META.matcher(text.strip());
    return m.matches() ? new String[] {m.group(1), m.group(2).strip()} : null;
  }

  /** Texts that mean no figure in yearbooks: -, —, …, ... (besides the empty cell). */
  static boolean isMissingMark(String squeezed) {
    return squeezed.equals("-") || squeezed.equals("—") || squeezed.equals("–") || squeezed.equals("--")
        || squeezed.equals("——") || squeezed.equals("…") || squeezed.equals("……") || squeezed.equals("...")
        || squeezed.equals("/");
  }

  private static final String[] SUB_MARKS = {"其中：", "其中:", "其中", "#", "＃"};

  /** The marks of a sub-row: 其中：, #, ＃; the label without them, or null when unmarked. */
  static String withoutSubMark(String squeezed) {
    if (squeezed.isEmpty() || "其#＃".indexOf(squeezed.charAt(0)) < 0) {
      return null; // the usual label
    }
    for (String p : SUB_MARKS) {
      if (squeezed.startsWith(p) && squeezed.length() > p.length()) {
        return squeezed.substring(p.length());
      }
    }
    return null;
  }

  /** Whether a label is the table's whole region: 全省, 全市, 全区, 全国, 总计, 合计 … */
  static boolean isWhole(String squeezed) {
    return squeezed.equals("全省") || squeezed.equals("全市") || squeezed.equals("全区") || squeezed.equals("全国")
        || squeezed.equals("全州") || squeezed.equals("全盟") || squeezed.equals("全县") || squeezed.equals("全自治区")
        || squeezed.equals("总计") || squeezed.equals("合计") || squeezed.equals("全省合计") || squeezed.equals("全市合计")
        || squeezed.equals("全区合计") || squeezed.equals("全省总计");
  }
}
