package io.github.zhibiao.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zhibiao.model.Region;
import io.github.zhibiao.unit.Quantity;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall of the extractor on the evaluation corpus under
 * {@code src/test/resources/io/github/zhibiao/text/eval/}: 106 sentences written in the style of
 * regional reports, with the observations a careful reader records from each (gold.tsv).
 *
 * <p>Each sentence is read alone (context 赤峰市, 2023). Extracted facts are aligned with gold rows
 * of the same sentence by value and unit (then by value alone). For each field, precision is the
 * share of extracted non-empty values that equal the aligned gold value, recall the share of gold
 * non-empty values matched. The build fails below 0.95 precision or 0.90 recall on value + unit +
 * subject together.
 */
class ExtractionEvaluationTest {
  private static final String[] FIELDS = {"subject", "value", "unit", "period", "change", "ranking", "share"};

  @Test
  void precisionAndRecallMeetTheThresholds() throws IOException {
    Map<String, String> sentences = new LinkedHashMap<>();
    for (String[] row : EvaluationScorer.rows("eval/sentences.tsv")) {
      sentences.put(row[0], row[1]);
    }
    EvaluationScorer scorer = new EvaluationScorer(FIELDS.length);
    Map<String, List<String[]>> gold = scorer.goldById(EvaluationScorer.rows("eval/gold.tsv"));
    assertTrue(sentences.size() >= 60, "at least 60 evaluation sentences");
    assertTrue(sentences.keySet().containsAll(gold.keySet()), "every gold row names a sentence");

    TextExtractor extractor = TextExtractor.create();
    ExtractionContext context = ExtractionContext.of(Region.CHIFENG, 2023);
    for (Map.Entry<String, String> e : sentences.entrySet()) {
      scorer.score(e.getKey(), extractor.extract(e.getValue(), context).facts(), gold.getOrDefault(e.getKey(), List.of()));
    }
    scorer.report().forEach(System.out::println);
    String table = scorer.table("seed-style evaluation");
    System.out.println(table);

    long allThree = scorer.allThree();
    // thresholds, in integer arithmetic: precision >= 95 %, recall >= 90 %
    assertTrue(allThree * 100L >= scorer.extracted() * 95L, "precision on value+unit+subject below 0.95:" + table);
    assertTrue(allThree * 100L >= scorer.goldCount() * 90L, "recall on value+unit+subject below 0.90:" + table);
    // and every field on its own, so that a change of one field's form (a ranking's text) cannot pass unseen
    for (int k = 0; k < FIELDS.length; k++) {
      assertTrue(scorer.correct(k) * 100L >= scorer.predicted(k) * 90L, FIELDS[k] + " precision below 0.90:" + table);
      assertTrue(scorer.correct(k) * 100L >= scorer.goldPresent(k) * 85L, FIELDS[k] + " recall below 0.85:" + table);
    }
  }

  @Test
  void theCorpusIsWellFormed() throws IOException {
    for (String[] row : EvaluationScorer.rows("eval/gold.tsv")) {
      assertEquals(true, row.length >= 5, "gold row " + String.join("|", row) + " has id, subject, value, unit, period");
      new BigDecimal(row[2]); // throws on a bad value
      Quantity.parse(row[2] + row[3]); // throws on a bad unit
    }
  }
}
