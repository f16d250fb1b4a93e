package io.github.zhibiao.csv;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The columns of the long CSV format, one observation a row, in the order the writer writes them.
 * Headers match the English name or a Chinese alias, ignoring case and surrounding spaces:
 *
 * <table>
 *   <caption>Columns of the long format</caption>
 *   <tr><th>column</th><th>aliases</th><th>holds</th></tr>
 *   <tr><td>indicator</td><td>指标代码</td><td>the indicator code (required)</td></tr>
 *   <tr><td>indicator_name</td><td>指标, 指标名称</td><td>its Chinese name (the code if absent)</td></tr>
 *   <tr><td>kind</td><td>类型</td><td>STOCK, FLOW, RATE or INDEX (FLOW if blank)</td></tr>
 *   <tr><td>region</td><td>地区代码</td><td>a GB/T 2260 code or a user code (required)</td></tr>
 *   <tr><td>region_name</td><td>地区</td><td>the region's name; makes a user region of an unknown code</td></tr>
 *   <tr><td>period</td><td>时期, 时间</td><td>2023, 2023-01/2023-11, 2023-06-30, 2023年1—11月 … (required)</td></tr>
 *   <tr><td>value</td><td>数值</td><td>the figure: 2210.6, "1,532.4", or 2210.6万头只 with the unit (required)</td></tr>
 *   <tr><td>unit</td><td>单位</td><td>万头只, 亿元, % …; blank for a value that carries its unit, or a pure number</td></tr>
 *   <tr><td>status</td><td>状态</td><td>ESTIMATED (预计), PROVISIONAL, FORECAST, TARGET; blank for normal</td></tr>
 *   <tr><td>qualifier</td><td>限定</td><td>MORE_THAN (余), AT_LEAST (以上), APPROXIMATE (约), AT_MOST, LESS_THAN; blank for exact</td></tr>
 *   <tr><td>change</td><td>变化</td><td>the stated change, signed: 5.82%, -0.28%, 6.31亿斤, 7.5百分点</td></tr>
 *   <tr><td>change_basis</td><td>比较基准</td><td>YEAR_ON_YEAR (同比), PREVIOUS_PERIOD (环比) or a reference (近5年平均)</td></tr>
 *   <tr><td>rank</td><td>排名</td><td>3, 3/12, 首位, 前列, 前10</td></tr>
 *   <tr><td>rank_scope</td><td>排名范围</td><td>the region code the ranking is within (150000)</td></tr>
 *   <tr><td>share</td><td>占比</td><td>a share of a whole: 17%</td></tr>
 *   <tr><td>share_of</td><td>占比基数</td><td>the whole's name (required with share)</td></tr>
 *   <tr><td>plan_completion</td><td>完成计划</td><td>117.10%</td></tr>
 *   <tr><td>sector</td><td>行业</td><td>C, SECONDARY, 工业经济@C</td></tr>
 *   <tr><td>note</td><td>备注</td><td>free text</td></tr>
 *   <tr><td>indicator_unit</td><td>指标单位</td><td>the indicator's unit (the first row's value unit if blank)</td></tr>
 *   <tr><td>indicator_english_name</td><td>指标英文名称</td><td>the indicator's English name</td></tr>
 *   <tr><td>indicator_description</td><td>指标说明</td><td>the indicator's description</td></tr>
 * </table>
 */
public enum CsvColumn {
  /** The indicator code. */
  INDICATOR("indicator", "指标代码"),
  /** The indicator's Chinese name. */
  INDICATOR_NAME("indicator_name", "指标", "指标名称"),
  /** The indicator kind. */
  KIND("kind", "类型"),
  /** The region code. */
  REGION("region", "地区代码"),
  /** The region name. */
  REGION_NAME("region_name", "地区"),
  /** The period. */
  PERIOD("period", "时期", "时间"),
  /** The value. */
  VALUE("value", "数值"),
  /** The unit. */
  UNIT("unit", "单位"),
  /** The status. */
  STATUS("status", "状态"),
  /** The qualifier. */
  QUALIFIER("qualifier", "限定"),
  /** The stated change. */
  CHANGE("change", "变化"),
  /** What the change is against. */
  CHANGE_BASIS("change_basis", "比较基准"),
  /** The stated ranking. */
  RANK("rank", "排名"),
  /** The region a ranking is within. */
  RANK_SCOPE("rank_scope", "排名范围"),
  /** The stated share. */
  SHARE("share", "占比"),
  /** The whole a share is of. */
  SHARE_OF("share_of", "占比基数"),
  /** Plan completion. */
  PLAN_COMPLETION("plan_completion", "完成计划"),
  /** The sector. */
  SECTOR("sector", "行业"),
  /** A free-text note. */
  NOTE("note", "备注"),
  /** The indicator's unit, which its values may differ from (吨 values of an indicator in 万吨). */
  INDICATOR_UNIT("indicator_unit", "指标单位"),
  /** The indicator's English name. */
  INDICATOR_ENGLISH_NAME("indicator_english_name", "指标英文名称"),
  /** The indicator's description. */
  INDICATOR_DESCRIPTION("indicator_description", "指标说明");

  private static final Map<String, CsvColumn> BY_NAME = new HashMap<>();

  static {
    for (CsvColumn c : values()) {
      BY_NAME.put(c.header, c);
      for (String a : c.aliases) {
        BY_NAME.put(a, c);
      }
    }
  }

  private final String header;
  private final List<String> aliases;

  CsvColumn(String header, String... aliases) {
    this.header = header;
    this.aliases = List.of(aliases);
  }

  /**
   * The English header the writer uses: {@code indicator}, {@code plan_completion}.
   *
   * @return the header in lower case, as the writer writes it in the first row
   */
  public String header() {
    return header;
  }

  /**
   * The Chinese aliases a reader accepts: 指标代码, 数值 …
   *
   * @return the aliases, unmodifiable, one or two per column
   */
  public List<String> aliases() {
    return aliases;
  }

  /**
   * The binder field this column's text goes to.
   *
   * @return the field of {@link io.github.zhibiao.spi.ObservationBinder}
   */
  public io.github.zhibiao.spi.ObservationBinder.Field field() {
    return switch (this) {
      case INDICATOR -> io.github.zhibiao.spi.ObservationBinder.Field.INDICATOR;
      case INDICATOR_NAME -> io.github.zhibiao.spi.ObservationBinder.Field.INDICATOR_NAME;
      case KIND -> io.github.zhibiao.spi.ObservationBinder.Field.INDICATOR_KIND;
      case REGION -> io.github.zhibiao.spi.ObservationBinder.Field.REGION;
      case REGION_NAME -> io.github.zhibiao.spi.ObservationBinder.Field.REGION_NAME;
      case PERIOD -> io.github.zhibiao.spi.ObservationBinder.Field.PERIOD;
      case VALUE -> io.github.zhibiao.spi.ObservationBinder.Field.VALUE;
      case UNIT -> io.github.zhibiao.spi.ObservationBinder.Field.UNIT;
      case STATUS -> io.github.zhibiao.spi.ObservationBinder.Field.STATUS;
      case QUALIFIER -> io.github.zhibiao.spi.ObservationBinder.Field.QUALIFIER;
      case CHANGE -> io.github.zhibiao.spi.ObservationBinder.Field.CHANGE;
      case CHANGE_BASIS -> io.github.zhibiao.spi.ObservationBinder.Field.CHANGE_BASIS;
      case RANK -> io.github.zhibiao.spi.ObservationBinder.Field.RANKING;
      case RANK_SCOPE -> io.github.zhibiao.spi.ObservationBinder.Field.RANKING_SCOPE;
      case SHARE -> io.github.zhibiao.spi.ObservationBinder.Field.SHARE;
      case SHARE_OF -> io.github.zhibiao.spi.ObservationBinder.Field.SHARE_OF;
      case PLAN_COMPLETION -> io.github.zhibiao.spi.ObservationBinder.Field.PLAN_COMPLETION;
      case SECTOR -> io.github.zhibiao.spi.ObservationBinder.Field.SECTOR;
      case NOTE -> io.github.zhibiao.spi.ObservationBinder.Field.NOTE;
      case INDICATOR_UNIT -> io.github.zhibiao.spi.ObservationBinder.Field.INDICATOR_UNIT;
      case INDICATOR_ENGLISH_NAME -> io.github.zhibiao.spi.ObservationBinder.Field.INDICATOR_ENGLISH_NAME;
      case INDICATOR_DESCRIPTION -> io.github.zhibiao.spi.ObservationBinder.Field.INDICATOR_DESCRIPTION;
    };
  }

  /**
   * Whether a row must have a value in this column.
   *
   * @return true for {@link #INDICATOR}, {@link #REGION}, {@link #PERIOD} and {@link #VALUE}
   */
  public boolean isRequired() {
    return this == INDICATOR || this == REGION || this == PERIOD || this == VALUE;
  }

  /**
   * The column a header names (case and surrounding spaces ignored), if any.
   *
   * @param header a header cell as read, such as {@code Value}, {@code  数值 } or {@code 指标名称}
   * @return the column whose English header or Chinese alias it is, or empty for an unknown header
   * @throws NullPointerException if {@code header} is null
   */
  public static Optional<CsvColumn> byHeader(String header) {
    return Optional.ofNullable(BY_NAME.get(header.strip().toLowerCase(Locale.ROOT)));
  }
}
