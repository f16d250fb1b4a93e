package io.github.zhibiao.report;

import io.github.zhibiao.calc.Finding;
import io.github.zhibiao.calc.Finding.Severity;
import io.github.zhibiao.model.Observation;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@link io.github.zhibiao.calc.Consistency} findings as a report for a reader: plain text, or one
 * self-contained HTML page. Immutable and thread-safe.
 *
 * <pre>{@code
 * FindingsReport report = FindingsReport.titled("赤峰市2023年数据一致性检查", "Chifeng 2023: consistency checks");
 * String page = report.toHtml(findings);
 * String text = report.toText(findings);
 * }</pre>
 *
 * <p>Both give a summary by severity (ERROR, WARNING, INFO, with how many checks passed, failed
 * and were skipped), then the findings grouped by severity, most serious first, each in the order
 * given: the check and its outcome, the message in Chinese and in English, the arithmetic, the
 * observations involved with their figures as printed, and, for an observation with a {@link
 * Quote} (one read from prose), the sentence with the figure marked. The JSON form of findings is
 * {@code zhibiao-io-json}'s {@code FindingsJson}.
 *
 * <p>The HTML page is UTF-8, has its style inline and no script, font or image from anywhere: it
 * works offline. It shows both languages; a switch at the top (CSS only) shows one of them.
 * Every text from the findings is escaped.
 */
public final class FindingsReport {
  private final String titleZh;
  private final String titleEn;
  private final Function<Observation, Optional<Quote>> quotes;

  private FindingsReport(String titleZh, String titleEn, Function<Observation, Optional<Quote>> quotes) {
    this.titleZh = titleZh;
    this.titleEn = titleEn;
    this.quotes = quotes;
  }

  /**
   * A report with these titles and no quotes.
   *
   * @param titleZh the title in Chinese
   * @param titleEn the title in English
   * @return the report
   * @throws IllegalArgumentException if a title is blank
   */
  public static FindingsReport titled(String titleZh, String titleEn) {
    return new FindingsReport(require(titleZh, "titleZh"), require(titleEn, "titleEn"), o -> Optional.empty());
  }

  /**
   * A copy that shows, for each observation the function gives a quote for, the sentence it was
   * read from with the figure marked.
   *
   * @param newQuotes the sentence of an observation, if it was read from prose; must not return null
   * @return the copy
   */
  public FindingsReport withQuotes(Function<Observation, Optional<Quote>> newQuotes) {
    return new FindingsReport(titleZh, titleEn, Objects.requireNonNull(newQuotes, "quotes"));
  }

  private static String require(String s, String name) {
    Objects.requireNonNull(s, name);
    if (s.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    return s;
  }

  // ------------------------------------------------------------------ text

  /**
   * The report as plain text, lines ending in LF.
   *
   * @param findings the findings
   * @return the text
   */
  public String toText(List<Finding> findings) {
    Objects.requireNonNull(findings, "findings");
    StringBuilder b = new StringBuilder();
    b.append(titleZh).append('\n').append(titleEn).append("\n\n");
    Map<Severity, List<Finding>> groups = groups(findings);
    b.append("汇总 / Summary: ");
    List<String> parts = new ArrayList<>();
    for (Severity s : Severity.values()) {
      parts.add(s + " " + groups.get(s).size());
    }
    b.append(String.join(", ", parts)).append(" (").append(outcomes(findings)).append(")\n");
    for (Severity s : Severity.values()) {
      if (groups.get(s).isEmpty()) {
        continue;
      }
      b.append("\n== ").append(s).append(" (").append(groups.get(s).size()).append(") ==\n");
      for (Finding f : groups.get(s)) {
        b.append("\n[").append(f.severity()).append(' ').append(f.outcome()).append("] ").append(f.check()).append('\n');
        b.append("  ").append(f.messageZh()).append('\n');
        b.append("  ").append(f.messageEn()).append('\n');
        b.append("  = ").append(f.arithmetic()).append('\n');
        for (Observation o : f.observations()) {
          b.append("  - ").append(figure(o)).append('\n');
          quote(o).ifPresent(q -> b.append("    “").append(q).append("”\n"));
        }
      }
    }
    return b.toString();
  }

  private static String figure(Observation o) {
    return o.indicator().code() + " " + o.indicator().name() + ", " + o.region().name() + ", " + o.period().toChinese()
        + ": " + o.value() + (o.note().isPresent() ? " (" + o.note().get() + ")" : "");
  }

  // ------------------------------------------------------------------ html

  /**
   * The report as one self-contained HTML page.
   *
   * @param findings the findings
   * @return the page, UTF-8 HTML5
   */
  public String toHtml(List<Finding> findings) {
    Objects.requireNonNull(findings, "findings");
    Map<Severity, List<Finding>> groups = groups(findings);
    StringBuilder b = new StringBuilder(8192);
    b.append("<!DOCTYPE html>\n<html lang=\"zh-Hans\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(esc(titleZh)).append(" · ").append(esc(titleEn)).append("</title>\n")
        .append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
    b.append("<div class=\"switch\"><input type=\"radio\" name=\"lang\" id=\"lang-both\" checked>")
        .append("<label for=\"lang-both\">中文 + English</label>")
        .append("<input type=\"radio\" name=\"lang\" id=\"lang-zh\"><label for=\"lang-zh\">中文</label>")
        .append("<input type=\"radio\" name=\"lang\" id=\"lang-en\"><label for=\"lang-en\">English</label></div>\n");
    b.append("<header><h1><span lang=\"zh-Hans\">").append(esc(titleZh)).append("</span> <span lang=\"en\">")
        .append(esc(titleEn)).append("</span></h1></header>\n<main>\n");
    b.append("<section id=\"summary\"><h2><span lang=\"zh-Hans\">汇总</span> <span lang=\"en\">Summary</span></h2>\n")
        .append("<table class=\"summary\"><thead><tr><th><span lang=\"zh-Hans\">严重程度</span> <span lang=\"en\">Severity</span>")
        .append("</th><th><span lang=\"zh-Hans\">数目</span> <span lang=\"en\">Findings</span></th></tr></thead><tbody>\n");
    for (Severity s : Severity.values()) {
      b.append("<tr class=\"").append(css(s)).append("\"><td><a href=\"#").append(css(s)).append("\">")
          .append(zh(s)).append(" ").append(s).append("</a></td><td>").append(groups.get(s).size()).append("</td></tr>\n");
    }
    b.append("</tbody></table>\n<p class=\"outcomes\">").append(esc(outcomes(findings))).append("</p></section>\n");
    int n = 0;
    for (Severity s : Severity.values()) {
      b.append("<section id=\"").append(css(s)).append("\"><h2>").append(zh(s)).append(" ").append(s).append(" (")
          .append(groups.get(s).size()).append(")</h2>\n");
      if (groups.get(s).isEmpty()) {
        b.append("<p class=\"none\"><span lang=\"zh-Hans\">无</span> <span lang=\"en\">None</span></p>\n");
      }
      for (Finding f : groups.get(s)) {
        finding(b, f, ++n);
      }
      b.append("</section>\n");
    }
    b.append("</main>\n</body>\n</html>\n");
    return b.toString();
  }

  private void finding(StringBuilder b, Finding f, int n) {
    b.append("<article class=\"finding ").append(css(f.severity())).append("\" id=\"f").append(n).append("\">\n")
        .append("<p class=\"tag\">#").append(n).append(" ").append(f.check()).append(" · ").append(f.outcome())
        .append("</p>\n")
        .append("<p class=\"msg\" lang=\"zh-Hans\">").append(esc(f.messageZh())).append("</p>\n")
        .append("<p class=\"msg\" lang=\"en\">").append(esc(f.messageEn())).append("</p>\n")
        .append("<pre class=\"arithmetic\">").append(esc(f.arithmetic())).append("</pre>\n");
    if (!f.observations().isEmpty()) {
      b.append("<table class=\"figures\"><thead><tr><th>code</th><th><span lang=\"zh-Hans\">指标</span> <span lang=\"en\">")
          .append("indicator</span></th><th><span lang=\"zh-Hans\">地区</span> <span lang=\"en\">region</span></th><th>")
          .append("<span lang=\"zh-Hans\">时期</span> <span lang=\"en\">period</span></th><th><span lang=\"zh-Hans\">")
          .append("数值</span> <span lang=\"en\">value</span></th><th><span lang=\"zh-Hans\">备注</span> <span lang=\"en\">")
          .append("note</span></th></tr></thead><tbody>\n");
      for (Observation o : f.observations()) {
        b.append("<tr><td><code>").append(esc(o.indicator().code())).append("</code></td><td>")
            .append(esc(o.indicator().name())).append("</td><td>").append(esc(o.region().name())).append("</td><td>")
            .append(esc(o.period().toChinese())).append("</td><td class=\"num\">").append(esc(o.value().toString()))
            .append("</td><td>").append(esc(o.note().orElse(""))).append("</td></tr>\n");
        Optional<Quote> q = quote(o);
        if (q.isPresent()) {
          Quote quote = q.get();
          b.append("<tr class=\"quote\"><td colspan=\"6\"><blockquote>")
              .append(esc(quote.sentence().substring(0, quote.start()))).append("<mark>").append(esc(quote.figure()))
              .append("</mark>").append(esc(quote.sentence().substring(quote.end()))).append("</blockquote></td></tr>\n");
        }
      }
      b.append("</tbody></table>\n");
    }
    b.append("</article>\n");
  }

  private Optional<Quote> quote(Observation o) {
    return Objects.requireNonNull(quotes.apply(o), "the quotes function returned null");
  }

  private static Map<Severity, List<Finding>> groups(List<Finding> findings) {
    Map<Severity, List<Finding>> groups = new EnumMap<>(Severity.class);
    for (Severity s : Severity.values()) {
      groups.put(s, new ArrayList<>());
    }
    for (Finding f : findings) {
      groups.get(f.severity()).add(f);
    }
    return groups;
  }

  private static String outcomes(List<Finding> findings) {
    Map<Finding.Outcome, Integer> counts = new EnumMap<>(Finding.Outcome.class);
    for (Finding.Outcome o : Finding.Outcome.values()) {
      counts.put(o, 0);
    }
    findings.forEach(f -> counts.merge(f.outcome(), 1, Integer::sum));
    return counts.get(Finding.Outcome.PASSED) + " passed 通过, " + counts.get(Finding.Outcome.FAILED) + " failed 未通过, "
        + counts.get(Finding.Outcome.SKIPPED) + " skipped 未核对";
  }

  private static String css(Severity s) {
    return s.name().toLowerCase(java.util.Locale.ROOT);
  }

  private static String zh(Severity s) {
    return switch (s) {
      case ERROR -> "错误";
      case WARNING -> "警告";
      case INFO -> "信息";
    };
  }

  /** HTML text escaping: {@code & < > " '}. */
  static String esc(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  private static final String STYLE = String.join("\n",
      "body{font-family:\"Noto Sans CJK SC\",\"Noto Sans SC\",\"PingFang SC\",\"Microsoft YaHei\",sans-serif;margin:0;"
          + "color:#1d1d1f;background:#f6f6f4;line-height:1.5}",
      "header,main{max-width:60rem;margin:0 auto;padding:0 1rem}",
      "h1{font-size:1.5rem;margin:1rem 0}h2{font-size:1.2rem;margin:1.5rem 0 .5rem}",
      "h1 span[lang=en]{display:block;font-size:1rem;color:#555}",
      ".switch{max-width:60rem;margin:0 auto;padding:.5rem 1rem;font-size:.9rem}",
      ".switch input{margin-left:.8rem}",
      "body:has(#lang-zh:checked) [lang=en]{display:none}",
      "body:has(#lang-en:checked) [lang=zh-Hans]{display:none}",
      "table{border-collapse:collapse;width:100%;background:#fff;font-size:.9rem}",
      "th,td{border:1px solid #ddd;padding:.25rem .5rem;text-align:left;vertical-align:top}",
      "table.summary{width:auto}td.num{text-align:right;white-space:nowrap}",
      ".finding{background:#fff;border-left:.4rem solid #999;margin:0 0 1rem;padding:.5rem 1rem;"
          + "box-shadow:0 1px 2px rgba(0,0,0,.08)}",
      ".finding.error{border-color:#c62828}.finding.warning{border-color:#ef8f00}.finding.info{border-color:#2e7d32}",
      "tr.error td:first-child{color:#c62828}tr.warning td:first-child{color:#b36b00}tr.info td:first-child{color:#2e7d32}",
      ".tag{font-size:.8rem;color:#666;margin:0;letter-spacing:.03em}.msg{margin:.3rem 0}",
      ".msg[lang=en]{color:#333}",
      "pre.arithmetic{background:#f3f3f0;padding:.4rem .6rem;white-space:pre-wrap;word-break:break-word;font-size:.85rem}",
      "blockquote{margin:.2rem 0;padding:.2rem .6rem;border-left:3px solid #bbb;color:#333}",
      "mark{background:#ffe58a;padding:0 .1em}",
      ".none,.outcomes{color:#666}",
      "");
}
