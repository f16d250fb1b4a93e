package io.github.zhibiao.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** How the evaluation compares a gold period with an extracted one. */
class EvaluationScorerTest {
  @Test
  void spansWrittenInTwoFormsAreTheSamePeriod() {
    assertTrue(EvaluationScorer.sameSpan("2014-S1", "2014-01/2014-06"));
    assertTrue(EvaluationScorer.sameSpan("2019-01/2019-03", "2019-Q1"));
    assertTrue(EvaluationScorer.sameSpan("2023", "2023-01/2023-12"));
  }

  @Test
  void differentSpansInstantsAndLabelsAreNot() {
    assertFalse(EvaluationScorer.sameSpan("2014-S1", "2014-01/2014-05"));
    assertFalse(EvaluationScorer.sameSpan("2014-S1", "2014-06-30"));       // an instant is not the half year
    assertFalse(EvaluationScorer.sameSpan("2023-12-31", "2023"));
    assertFalse(EvaluationScorer.sameSpan("[春节黄金周]", "2012"));
  }
}
