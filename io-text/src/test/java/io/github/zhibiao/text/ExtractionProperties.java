package io.github.zhibiao.text;

import static org.quicktheories.QuickTheory.qt;

import io.github.zhibiao.model.Region;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * Laws of the extractor over random prose made of report fragments: it never throws, every span
 * lies in the text and its text is the text's substring, facts come in text order, and every
 * unread sentence is a substring at its span.
 */
class ExtractionProperties {
  private static final List<String> FRAGMENTS = List.of("全市", "粮食总产量", "牲畜存栏", "130", "2210.6", "万", "亿", "斤",
      "头只", "%", "个百分点", "同比增长", "下降", "居全区第", "三", "首位", "前列", "前10强", "占全区总任务的", "完成年度计划的",
      "分别", "、", "和", ",", ";", "。", "\n", "截至6月末", "2023年", "1—11月", "前11个月", "5G", "3A级", "十四五", "余",
      "约", "以上", "连续11年", "十一连丰", "座", "家", "个", "项目", "的", "(", ")", "１２", "，", "-", "每亩", "公斤",
      "一百三十", "12345", "4月底", "较近5年平均高", "超过考核要求", "均");

  private static Gen<String> prose() {
    return SourceDSL.lists().of(SourceDSL.integers().between(0, FRAGMENTS.size() - 1).map(FRAGMENTS::get))
        .ofSizeBetween(0, 40).map(parts -> String.join("", parts));
  }

  @Test
  void spansAreConsistentAndNothingThrows() {
    ExtractionContext ctx = ExtractionContext.of(Region.CHIFENG, 2023);
    qt().withExamples(2000).forAll(prose()).check(text -> {
      Extraction e = TextExtractor.create().extract(text, ctx);
      int previousStart = -1;
      for (ExtractedFact f : e.facts()) {
        if (f.start() < 0 || f.end() > text.length() || !f.text().equals(text.substring(f.start(), f.end()))
            || f.subject().isBlank() || f.start() < previousStart - 200) {
          return false;
        }
        previousStart = f.start();
      }
      for (UnreadSentence u : e.unread()) {
        if (!u.text().equals(text.substring(u.start(), u.end()))) {
          return false;
        }
      }
      return true;
    });
  }
}
