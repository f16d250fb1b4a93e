package io.github.zhibiao.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zhibiao.unit.Quantity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Change bases are one vocabulary; an unknown basis is an error unless it is an allowed reference. */
class ChangeBasisTest {
  private static final Quantity RATE = Quantity.parse("5.82%");

  @ParameterizedTest
  @ValueSource(strings = {"YEAR_ON_YEAR", "year_on_year", "同比", "比上年", "较上年同期", "去年同期", "上年同期", "同期",
      "与去年同期相比", "与2022年同期相比", "y/y", "YoY", "year-on-year"})
  void yearOnYearWords(String word) {
    assertEquals(Change.Basis.YEAR_ON_YEAR, Change.of(RATE, word).basis());
    assertEquals(Change.Basis.YEAR_ON_YEAR, Change.basisOf(" " + word + " ").orElseThrow());
  }

  @ParameterizedTest
  @ValueSource(strings = {"PREVIOUS_PERIOD", "环比", "比上月", "较上季度", "上期", "m/m", "QoQ"})
  void previousPeriodWords(String word) {
    assertEquals(Change.Basis.PREVIOUS_PERIOD, Change.of(RATE, word).basis());
  }

  @ParameterizedTest
  @ValueSource(strings = {"近5年平均", "考核要求", "全区平均", "全国平均水平", "年度目标", "全国", "2019年", "2019年同期",
      "national average"})
  void referencesTheVocabularyRecognises(String reference) {
    Change c = Change.of(RATE, reference);
    assertEquals(Change.Basis.REFERENCE, c.basis());
    assertEquals(reference, c.reference().orElseThrow());
    assertTrue(Change.isReferenceName(reference));
  }

  @Test
  void aMisspeltBasisIsRefusedWithTheCloseOne() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Change.of(RATE, "YEAR_ON_YAER"));
    assertTrue(e.getMessage().contains("'YEAR_ON_YAER'") && e.getMessage().contains("did you mean YEAR_ON_YEAR"),
        e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> Change.of(RATE, "PREVIOS_PERIOD"));
    assertTrue(e.getMessage().contains("did you mean PREVIOUS_PERIOD"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> Change.of(RATE, "垃圾"));
    assertFalse(e.getMessage().contains("did you mean"), e.getMessage());
    assertFalse(Change.isReferenceName("垃圾"));
    assertFalse(Change.isReferenceName("同比"));
  }

  @Test
  void aCallerMayAllowItsOwnReferences() {
    assertEquals("考核基数X", Change.of(RATE, "考核基数X", "考核基数X"::equals).reference().orElseThrow());
    assertThrows(IllegalArgumentException.class, () -> Change.of(RATE, "考核基数Y", "考核基数X"::equals));
    // against() takes any reference: the caller names it explicitly
    assertEquals("垃圾", Change.against(RATE, "垃圾").reference().orElseThrow());
  }

  @Test
  void basisTextReadsBack() {
    for (Change c : new Change[] {Change.yearOnYear(RATE), Change.previousPeriod(RATE), Change.against(RATE, "近5年平均")}) {
      assertEquals(c, Change.of(c.amount(), c.basisText()));
    }
  }
}
