package io.github.zhibiao.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zhibiao.model.Breakdowns;
import io.github.zhibiao.model.Observation;
import io.github.zhibiao.spi.DatasetFormat;
import io.github.zhibiao.spi.DatasetReadException;
import io.github.zhibiao.spi.ObservationCursor;
import io.github.zhibiao.spi.ReadOptions;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The yearbook shapes, each read in one call with no options, as .xlsx and as .xls; every cell of
 * each fixture is checked (one line an observation: indicator, breakdowns, region, period, value,
 * change, note). The figures are made up; the shapes are those of provincial yearbooks and of the
 * NBS data portal's downloads.
 */
class YearbookTablesTest {

  static List<String> read(String kind, Workbooks wb) {
    return read(kind, wb, ReadOptions.defaults());
  }

  /** One line an observation, then one line a problem ("! " and the problem), read leniently. */
  static List<String> read(String kind, Workbooks wb, ReadOptions options) {
    DatasetFormat f = kind.equals("xlsx") ? new XlsxFormat() : new XlsFormat();
    byte[] bytes = kind.equals("xlsx") ? wb.xlsx() : wb.xls();
    List<String> lines = new ArrayList<>();
    try (ObservationCursor c = f.reader().orElseThrow().open(new ByteArrayInputStream(bytes), "book." + kind,
        options.lenient())) {
      c.forEachRemaining(o -> lines.add(line(o)));
      c.report().problems().forEach(p -> lines.add("! " + p.toString().replace("book." + kind, "book")));
      c.report().notes().forEach(n -> lines.add("note: " + n));
    }
    return lines;
  }

  static String line(Observation o) {
    StringBuilder sb = new StringBuilder(o.indicator().name());
    Breakdowns b = o.breakdowns();
    for (Breakdowns.Entry e : b.entries()) {
      sb.append('[').append(e.breakdown().label()).append('=').append(e.category().label()).append(']');
    }
    sb.append(' ').append(o.region().code()).append(' ').append(o.period()).append(' ')
        .append(o.value().value().toPlainString()).append(' ').append(o.value().unit().label());
    o.change().ifPresent(ch -> sb.append(" Δ").append(ch.amount().value().toPlainString())
        .append(ch.amount().unit().label()).append(' ').append(ch.basis()));
    o.note().ifPresent(n -> sb.append(" | ").append(n.replace('\n', '/')));
    return sb.toString();
  }

  /** A provincial table of GDP by region and industry: two header rows, merged, a unit line, footnotes. */
  static Workbooks gdpByIndustry() {
    Workbooks wb = new Workbooks();
    wb.sheet("2-5")
        .row("2-5 2023年内蒙古自治区各盟市地区生产总值")
        .row(null, null, null, null, "单位：亿元")
        .row("地  区", "地区生产总值", null, null, null)
        .row(null, "合计", "第一产业", "第二产业", "第三产业")
        .row("全区", 24627.0, 2737.7, 11704.4, "10,185.3")
        .row("呼和浩特市", 3801.6, "１６４．９", 1286.2, 2350.5)
        .row("包头市", "3,945.8", 134.3, 2287.1, "1524.4①")
        .row("赤峰市", 2166.4, 422.6, "—", 978.1)
        .row("注：①初步核算数。")
        .row("资料来源：内蒙古统计年鉴")
        .merge("A1:E1").merge("A3:A4").merge("B3:E3");
    return wb;
  }

  @ParameterizedTest
  @ValueSource(strings = {"xlsx", "xls"})
  void provincialGdpByRegionAndIndustry(String kind) {
    String notes = " | 注：①初步核算数。/资料来源：内蒙古统计年鉴";
    assertEquals(List.of(
        "地区生产总值[分组=合计] 150000 2023 24627 亿元" + notes,
        "地区生产总值[分组=第一产业] 150000 2023 2737.7 亿元" + notes,
        "地区生产总值[分组=第二产业] 150000 2023 11704.4 亿元" + notes,
        "地区生产总值[分组=第三产业] 150000 2023 10185.3 亿元" + notes,
        "地区生产总值[分组=合计] 150100 2023 3801.6 亿元" + notes,
        "地区生产总值[分组=第一产业] 150100 2023 164.9 亿元" + notes,
        "地区生产总值[分组=第二产业] 150100 2023 1286.2 亿元" + notes,
        "地区生产总值[分组=第三产业] 150100 2023 2350.5 亿元" + notes,
        "地区生产总值[分组=合计] 150200 2023 3945.8 亿元" + notes,
        "地区生产总值[分组=第一产业] 150200 2023 134.3 亿元" + notes,
        "地区生产总值[分组=第二产业] 150200 2023 2287.1 亿元" + notes,
        "地区生产总值[分组=第三产业] 150200 2023 1524.4 亿元 | ① 初步核算数/注：①初步核算数。/资料来源：内蒙古统计年鉴",
        "地区生产总值[分组=合计] 150400 2023 2166.4 亿元" + notes,
        "地区生产总值[分组=第一产业] 150400 2023 422.6 亿元" + notes,
        "地区生产总值[分组=第三产业] 150400 2023 978.1 亿元" + notes),
        read(kind, gdpByIndustry()));
  }

  /** Livestock at the year's end: stocks, the same time a year earlier, growth. */
  static Workbooks livestock() {
    Workbooks wb = new Workbooks();
    wb.sheet("牲畜")
        .row("2023年末赤峰市牲畜存栏情况")
        .row("地区", "牛存栏(万头)", "上年同期", "同比增长(%)", "羊存栏（万只）", "增长%")
        .row("全市", 187.5, 180.2, 4.1, 1056.3, -2.35)
        .row("红山区", 0.8, 0.9, "-11.1", 3.2, null)
        .row("松山区", 20.4, null, 3.0, "", 1.5)
        .row("数据来源：赤峰市统计局");
    return wb;
  }

  @ParameterizedTest
  @ValueSource(strings = {"xlsx", "xls"})
  void livestockWithStocksAndGrowth(String kind) {
    String note = " | 数据来源：赤峰市统计局";
    List<String> expected = List.of(
        "牛存栏 150400 2023-12-31 187.5 万头 Δ4.1% YEAR_ON_YEAR" + note,
        "牛存栏 150400 2022-12-31 180.2 万头" + note,
        "羊存栏 150400 2023-12-31 1056.3 万只 Δ-2.35% YEAR_ON_YEAR" + note,
        "牛存栏 150402 2023-12-31 0.8 万头 Δ-11.1% YEAR_ON_YEAR" + note,
        "牛存栏 150402 2022-12-31 0.9 万头" + note,
        "羊存栏 150402 2023-12-31 3.2 万只" + note,
        "牛存栏 150404 2023-12-31 20.4 万头 Δ3% YEAR_ON_YEAR" + note,
        "! book, field '牲畜!F5': '1.5' — a growth rate without the value it is the change of; expected a figure in "
            + "the column to its left");
    assertEquals(expected, read(kind, livestock()));
  }

  /** A province's table whose region column is indented: prefectures, and their districts below them. */
  static Workbooks indented() {
    Workbooks wb = new Workbooks();
    wb.sheet("粮食")
        .row("吉林省各市区粮食产量")
        .row("单位：万吨")
        .row("地区", "2022年", "2023年")
        .row("全省", 4080.8, 4186.5)
        .row("长春市", 1120.4, 1150.2)
        .row("朝阳区", 0.5, 0.4)
        .row("  南关区", 1.2, "1.3*")
        .row("吉林市", 500.1, 510.0)
        .row("\u3000船营区", 2.1, 2.2)
        .row("注：*为快报数。")
        .indent("A6", 1);
    return wb;
  }

  @ParameterizedTest
  @ValueSource(strings = {"xlsx", "xls"})
  void indentedRegionColumn(String kind) {
    String n = " | 注：*为快报数。";
    assertEquals(List.of(
        "粮食产量 220000 2022 4080.8 万吨" + n, "粮食产量 220000 2023 4186.5 万吨" + n,
        "粮食产量 220100 2022 1120.4 万吨" + n, "粮食产量 220100 2023 1150.2 万吨" + n,
        "粮食产量 220104 2022 0.5 万吨" + n, "粮食产量 220104 2023 0.4 万吨" + n,
        "粮食产量 220102 2022 1.2 万吨" + n, "粮食产量 220102 2023 1.3 万吨 | * 为快报数/注：*为快报数。",
        "粮食产量 220200 2022 500.1 万吨" + n, "粮食产量 220200 2023 510 万吨" + n,
        "粮食产量 220204 2022 2.1 万吨" + n, "粮食产量 220204 2023 2.2 万吨" + n),
        read(kind, indented()));
  }

  /** NBS data portal downloads: regions by year under one 指标 line, and indicators by year. */
  static Workbooks portal() {
    Workbooks wb = new Workbooks();
    wb.sheet("分省年度数据")
        .row("数据库：分省年度数据")
        .row("指标：地区生产总值(亿元)")
        .row("时间：最近3年")
        .row("地区", "2023年", "2022年", "2021年")
        .row("北京市", 43760.7, 41610.9, 41045.6)
        .row("天津市", 16737.3, 16311.3, "")
        .row("河北省", 43944.1, 42370.4, 40397.1)
        .row("注：2023年数据为初步核算数。")
        .row("数据来源：国家统计局");
    wb.sheet("年度数据")
        .row("数据库：年度数据")
        .row("时间：最近2年")
        .row("指标", "2023年", "2022年")
        .row("国内生产总值(亿元)", 1260582.1, 1204724.0)
        .row("人均国内生产总值(元)", 89358, 85310)
        .row("数据来源：国家统计局");
    return wb;
  }

  @ParameterizedTest
  @ValueSource(strings = {"xlsx", "xls"})
  void nbsPortalDownloads(String kind) {
    String a = " | 注：2023年数据为初步核算数。/数据来源：国家统计局";
    String b = " | 数据来源：国家统计局";
    assertEquals(List.of(
        "地区生产总值 110000 2023 43760.7 亿元" + a, "地区生产总值 110000 2022 41610.9 亿元" + a,
        "地区生产总值 110000 2021 41045.6 亿元" + a,
        "地区生产总值 120000 2023 16737.3 亿元" + a, "地区生产总值 120000 2022 16311.3 亿元" + a,
        "地区生产总值 130000 2023 43944.1 亿元" + a, "地区生产总值 130000 2022 42370.4 亿元" + a,
        "地区生产总值 130000 2021 40397.1 亿元" + a,
        "国内生产总值 CN 2023 1260582.1 亿元" + b, "国内生产总值 CN 2022 1204724 亿元" + b,
        "人均国内生产总值 CN 2023 89358 元" + b, "人均国内生产总值 CN 2022 85310 元" + b),
        read(kind, portal()));
  }

  /** Bad input: a formula without a cached value, an error, body cells merged, a figure without a label, a hidden sheet. */
  static Workbooks bad() {
    Workbooks wb = new Workbooks();
    wb.sheet("表1")
        .row("2023年赤峰市主要指标")
        .row("地区", "地区生产总值(亿元)", "常住人口(万人)")
        .row("红山区", "=1+1", 40.1)
        .row("松山区", "12a", 60.2)
        .row("元宝山区", 300.5, null)
        .row(null, 7.0, null)
        .row("巴林左旗", 150.0, 30.0)
        .row("通辽市", 10.0, 20.0)
        .merge("B9:C9")
        .row("宁城县", 99.0, null);
    wb.sheet("辅助").hidden().row("x", "y").row("a", 1);
    return wb;
  }

  @ParameterizedTest
  @ValueSource(strings = {"xlsx", "xls"})
  void badCellsGiveProblemsNamingSheetAndCell(String kind) {
    List<String> got = read(kind, bad());
    assertEquals(List.of(
        "常住人口 150402 2023 40.1 万人",
        "常住人口 150404 2023 60.2 万人",
        "地区生产总值 150403 2023 300.5 亿元",
        "地区生产总值 150422 2023 150 亿元",
        "常住人口 150422 2023 30 万人",
        "地区生产总值 150500 2023 10 亿元",
        "常住人口 150500 2023 20 万人",
        "! book, field '表1!B3': '=1+1' — a formula without a cached value; expected a figure (open and save the "
            + "workbook in Excel, or paste the values)",
        "! book, field '表1!B4': '12a' — cannot parse '12a' at index 2: unknown unit 'a'; expected a catalog unit such as 元, 亩, 公顷, 斤, "
            + "吨, 头只, 人, 人次, 个, %, 百分点, optionally after a magnitude (十 百 千 万 十万 百万 千万 亿 十亿 百亿 千亿 万亿), or a "
            + "quotient such as 公斤/亩",
        "! book, field '表1!B6': '7' — a figure in a row without a label; expected a region in column A",
        "! book, field '表1!B9': '99' — cells B9:C9 are merged inside the table's body; expected one figure a cell "
            + "(unmerge them)",
        "note: sheet '辅助' is hidden and was not read; read it with ExcelOptions.withSheets(\"辅助\") or "
            + "withHiddenSheets(READ)"),
        got);
  }

  /** A workbook whose table sheet is visible and whose helper sheet is hidden, as yearbooks keep them. */
  static Workbooks withHiddenHelper() {
    Workbooks wb = new Workbooks();
    wb.sheet("表1").row("2023年赤峰市地区生产总值").row("单位：亿元").row("地区", "2023年").row("红山区", 300.5);
    wb.sheet("辅助").hidden().row("旧表", "备注").row("红山区", 1);
    return wb;
  }

  @ParameterizedTest
  @ValueSource(strings = {"xlsx", "xls"})
  void aHiddenSheetIsSkippedWithANoteEvenFailFast(String kind) {
    Workbooks wb = withHiddenHelper();
    DatasetFormat f = kind.equals("xlsx") ? new XlsxFormat() : new XlsFormat();
    byte[] bytes = kind.equals("xlsx") ? wb.xlsx() : wb.xls();
    List<String> got = new ArrayList<>();
    try (ObservationCursor c = f.reader().orElseThrow().open(new ByteArrayInputStream(bytes), "book." + kind,
        ReadOptions.defaults())) {
      c.forEachRemaining(o -> got.add(line(o)));
      assertEquals(List.of("sheet '辅助' is hidden and was not read; read it with ExcelOptions.withSheets(\"辅助\") or "
          + "withHiddenSheets(READ)"), c.report().notes());
      assertEquals(0, c.report().rejected());
      assertEquals("book." + kind + ": 1 read, 1 accepted, 0 rejected, 1 note", c.report().toString());
    }
    assertEquals(List.of("地区生产总值 150402 2023 300.5 亿元"), got);

    // REPORT: the hidden sheet is a problem, which ends a fail-fast read
    DatasetFormat strict = kind.equals("xlsx")
        ? new XlsxFormat(ExcelOptions.defaults().withHiddenSheets(ExcelOptions.HiddenSheets.REPORT))
        : new XlsFormat(ExcelOptions.defaults().withHiddenSheets(ExcelOptions.HiddenSheets.REPORT));
    DatasetReadException e = assertThrows(DatasetReadException.class, () -> {
      try (ObservationCursor c = strict.reader().orElseThrow().open(new ByteArrayInputStream(bytes), "book." + kind,
          ReadOptions.defaults())) {
        c.forEachRemaining(o -> { });
      }
    });
    assertEquals("辅助", e.problem().text().orElseThrow());

    // READ: the hidden sheet is read like a visible one; its labels are no regions, hence problems (lenient)
    DatasetFormat all = kind.equals("xlsx")
        ? new XlsxFormat(ExcelOptions.defaults().withHiddenSheets(ExcelOptions.HiddenSheets.READ))
        : new XlsFormat(ExcelOptions.defaults().withHiddenSheets(ExcelOptions.HiddenSheets.READ));
    try (ObservationCursor c = all.reader().orElseThrow().open(new ByteArrayInputStream(bytes), "book." + kind,
        ReadOptions.defaults().lenient())) {
      c.forEachRemaining(o -> { });
      assertEquals(List.of(), c.report().notes());
      assertEquals(1, c.report().accepted());
      assertTrue(c.report().problems().stream().allMatch(p -> p.toString().contains("辅助")), c.report().toString());
    }
  }
}
