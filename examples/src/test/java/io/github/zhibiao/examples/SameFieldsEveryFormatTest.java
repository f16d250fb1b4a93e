package io.github.zhibiao.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.zhibiao.model.Observation;
import io.github.zhibiao.spi.DatasetFormats;
import io.github.zhibiao.spi.DatasetReadException;
import io.github.zhibiao.spi.ObservationCursor;
import io.github.zhibiao.spi.ReadOptions;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every reader gives the same observation for the same field texts: one table of texts goes through
 * long CSV, wide CSV (the fields it has) and native JSON, and the observations (or the problems'
 * messages) must be equal. The readers share one binder, so a difference here is a drift.
 */
class SameFieldsEveryFormatTest {

  /** indicator, name, region, period, value, unit, qualifier, change, basis, rank, scope, share, of, plan, note. */
  private static final String[][] ROWS = {
    {"GRAIN", "粮食总产量", "150400", "2023", "130", "亿斤", "", "", "", "", "", "", "", "", ""},
    {"GRAIN", "粮食总产量", "150400", "2022", "1E2", "亿斤", "", "", "", "", "", "", "", "", ""},
    {"LIVESTOCK", "牲畜存栏", "150400", "2023-06-30", "2210.6", "万头只", "", "5.82%", "同比", "首位", "150000", "", "",
        "", ""},
    {"BASE", "5G基站", "150400", "2023", "800", "座", "余", "", "", "", "", "", "", "", "新建"},
    {"BASE2", "5G基站", "150400", "2023", "800余", "座", "", "", "", "", "", "", "", "", ""},
    {"INVEST", "投资", "150400", "2023", "1,532.4", "亿元", "", "7.5个百分点", "考核要求", "", "", "17%", "全区", "117.10%",
        ""},
    {"INVEST2", "投资", "150400", "2023", "１２", "亿元", "", "3%", "去年同期", "", "", "", "", "", ""},
    {"AIR", "优良天数比例", "150400", "2023", "90.1", "%", "", "2%", "YEAR_ON_YAER", "", "", "", "", "", ""},
    {"AIR2", "优良天数比例", "150400", "2023", "1e2147483648", "%", "", "", "", "", "", "", "", "", ""},
    {"AIR3", "优良天数比例", "150400", "2023", "90.1", "%", "MORE_THEN", "", "", "", "", "", "", "", ""},
  };

  private static final String[] HEADER = {"indicator", "indicator_name", "region", "period", "value", "unit", "qualifier",
      "change", "change_basis", "rank", "rank_scope", "share", "share_of", "plan_completion", "note"};

  @Test
  void longCsvAndNativeJsonAgreeRowByRow() {
    int problems = 0;
    for (String[] row : ROWS) {
      String csv = String.join(",", HEADER) + "\n" + csvLine(row) + "\n";
      String json = json(row);
      String read = outcome("csv", csv);
      assertEquals(read, outcome("json", json), String.join(",", row));
      problems += read.startsWith("problem: ") ? 1 : 0;
    }
    assertEquals(3, problems, "the last three rows are bad (a misspelt basis, a huge exponent, a misspelt qualifier)");
  }

  @Test
  void wideCsvAgreesOnTheFieldsItHas() {
    for (String[] row : ROWS) {
      if (!row[6].isEmpty() || !row[7].isEmpty() || !row[11].isEmpty() || !row[13].isEmpty() || !row[14].isEmpty()) {
        continue; // the wide format has no qualifier, change, share, plan or note columns
      }
      String wide = "indicator,indicator_name,unit,region," + row[3] + "\n" + csvLine(new String[] {row[0], row[1], row[5],
          row[2], row[4]}) + "\n";
      String csv = "indicator,indicator_name,region,period,value,unit\n" + csvLine(new String[] {row[0], row[1], row[2],
          row[3], row[4], row[5]}) + "\n";
      assertEquals(outcome("csv", csv).replace("field 'value'", "field '" + row[3] + "'"),
          outcome("csv-wide", wide).replace("field 'period'", "field '" + row[3] + "'"), String.join(",", row));
    }
  }

  private static String csvLine(String[] cells) {
    List<String> out = new ArrayList<>();
    for (String c : cells) {
      out.add(c.contains(",") ? '"' + c + '"' : c);
    }
    return String.join(",", out);
  }

  private static String json(String[] r) {
    StringBuilder o = new StringBuilder("{\"format\":\"zhibiao\",\"version\":1,\"indicators\":[{\"code\":\"" + r[0]
        + "\",\"name\":\"" + r[1] + "\",\"unit\":\"" + r[5] + "\"}],\"observations\":[{\"indicator\":\"" + r[0]
        + "\",\"region\":\"" + r[2] + "\",\"period\":\"" + r[3] + "\",\"value\":\"" + r[4] + "\",\"unit\":\"" + r[5] + "\"");
    if (!r[6].isEmpty()) {
      o.append(",\"qualifier\":\"").append(r[6]).append('"');
    }
    if (!r[7].isEmpty()) {
      o.append(",\"change\":{\"amount\":\"").append(r[7]).append('"');
      if (!r[8].isEmpty()) {
        o.append(",\"basis\":\"").append(r[8]).append('"');
      }
      o.append('}');
    }
    if (!r[9].isEmpty()) {
      o.append(",\"ranking\":{\"rank\":\"").append(r[9]).append("\",\"scope\":\"").append(r[10]).append("\"}");
    }
    if (!r[11].isEmpty()) {
      o.append(",\"share\":{\"rate\":\"").append(r[11]).append("\",\"of\":\"").append(r[12]).append("\"}");
    }
    if (!r[13].isEmpty()) {
      o.append(",\"planCompletion\":\"").append(r[13]).append('"');
    }
    if (!r[14].isEmpty()) {
      o.append(",\"note\":\"").append(r[14]).append('"');
    }
    return o.append("}]}").toString();
  }

  /** The observation with every field and the qualifier word, or the problem's message without its place. */
  private static String outcome(String format, String text) {
    try (ObservationCursor c = DatasetFormats.installed().byId(format).orElseThrow().reader().orElseThrow()
        .open(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "t", ReadOptions.defaults())) {
      Observation o = c.next();
      return o + " | " + o.value() + " | " + o.status() + " | " + o.change() + " | " + o.ranking() + " | " + o.share()
          + " | " + o.planCompletion() + " | " + o.note() + " | " + o.indicator().name() + " " + o.indicator().unit();
    } catch (DatasetReadException e) {
      return "problem: " + e.problem().message() + " [" + e.problem().text().orElse("") + "]";
    }
  }
}
