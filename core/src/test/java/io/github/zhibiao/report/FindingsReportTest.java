package io.github.zhibiao.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zhibiao.calc.Consistency;
import io.github.zhibiao.calc.Finding;
import io.github.zhibiao.calc.Relation;
import io.github.zhibiao.model.Dataset;
import io.github.zhibiao.model.Indicator;
import io.github.zhibiao.model.IndicatorKind;
import io.github.zhibiao.model.Observation;
import io.github.zhibiao.model.Period;
import io.github.zhibiao.model.Region;
import io.github.zhibiao.unit.Quantity;
import io.github.zhibiao.unit.Units;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FindingsReportTest {
  static final Indicator RATE = Indicator.of("DONE_RATE", "竣工率<b>", Units.of("%"), IndicatorKind.RATE);
  static final Indicator COUNT = Indicator.of("SIGNED", "签约项目", Units.of("个"), IndicatorKind.FLOW);
  static final Observation RATE_OBS = Observation.of(RATE, Region.CHIFENG, Period.parse("2023"), Quantity.parse("24.3%"))
      .withNote("a & b");
  static final Observation COUNT_OBS = Observation.of(COUNT, Region.CHIFENG, Period.parse("2023"), Quantity.parse("598个"));
  static final String SENTENCE = "签约项目598个，新签约项目竣工率24.3%。";

  static List<Finding> findings() {
    return Consistency.builder().relation(Relation.rateOf("DONE_RATE", "SIGNED")).build()
        .run(Dataset.of(List.of(RATE_OBS, COUNT_OBS)));
  }

  static FindingsReport report() {
    return FindingsReport.titled("检查", "Checks").withQuotes(o -> o.equals(RATE_OBS)
        ? Optional.of(Quote.of(SENTENCE, SENTENCE.indexOf("24.3%"), SENTENCE.indexOf("24.3%") + 5)) : Optional.empty());
  }

  @Test
  void thePageHasTheSummaryTheFindingAndTheSentenceWithItsFigureMarked() {
    String html = report().toHtml(findings());
    assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"zh-Hans\">"), html);
    assertTrue(html.contains("<tr class=\"error\"><td><a href=\"#error\">错误 ERROR</a></td><td>1</td></tr>"), html);
    assertTrue(html.contains("<tr class=\"warning\"><td><a href=\"#warning\">警告 WARNING</a></td><td>0</td></tr>"), html);
    assertTrue(html.contains("<blockquote>签约项目598个，新签约项目竣工率<mark>24.3%</mark>。</blockquote>"), html);
    assertTrue(html.contains("145/598"), html);
    assertTrue(html.contains("<p class=\"msg\" lang=\"en\">") && html.contains("<p class=\"msg\" lang=\"zh-Hans\">"), html);
  }

  @Test
  void everyTextIsEscapedAndNothingIsLoaded() {
    String html = report().toHtml(findings());
    assertTrue(html.contains("竣工率&lt;b&gt;") && html.contains("a &amp; b"), html);
    assertFalse(html.contains("竣工率<b>"), "a name is text, never markup");
    assertFalse(html.contains("<script") || html.contains("<link") || html.contains("src=") || html.contains("url("),
        "the page loads nothing");
  }

  @Test
  void theTextHasTheSummaryAndTheQuote() {
    String text = report().toText(findings());
    assertTrue(text.startsWith("检查\nChecks\n\n汇总 / Summary: ERROR 1, WARNING 0, INFO 0 (0 passed 通过, 1 failed 未通过,"
        + " 0 skipped 未核对)\n"), text);
    assertTrue(text.contains("    “签约项目598个，新签约项目竣工率【24.3%】。”\n"), text);
    assertTrue(text.contains("[ERROR FAILED] COUNT_RATE"), text);
  }

  @Test
  void noFindingsIsAnEmptyReportNotAnError() {
    String html = FindingsReport.titled("检查", "Checks").toHtml(List.of());
    assertTrue(html.contains("<td>0</td>") && html.contains("None"), html);
  }

  @Test
  void badArgumentsAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> FindingsReport.titled(" ", "x"));
    assertThrows(IllegalArgumentException.class, () -> Quote.of("abc", 2, 2));
    assertThrows(IllegalArgumentException.class, () -> Quote.of("abc", 1, 4));
    assertEquals("a【b】c", Quote.of("abc", 1, 2).toString());
    FindingsReport nulls = FindingsReport.titled("a", "b").withQuotes(o -> null);
    assertThrows(NullPointerException.class, () -> nulls.toText(findings()));
  }
}
