package io.github.zhibiao.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;


import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodLabelTest {

  @Test
  void aSurveyWaveIsKeptAsALabel() {
    Period wave = Period.parseOrLabel("LFI4b, 2009/13");
    assertEquals(new LabelledPeriod("LFI4b, 2009/13"), wave);
    assertEquals("LFI4b, 2009/13", wave.toString());
    assertEquals("LFI4b, 2009/13", wave.toChinese());
    assertFalse(wave.isDated());
    assertTrue(wave.isStated());
    assertEquals(Period.labelled("2005 - 1"), Period.parseOrLabel("2005 - 1"));
    assertEquals(Period.year(2023), Period.parseOrLabel("2023"));
    assertEquals(Period.months(2023, 1, 11), Period.parseOrLabel("2023年1—11月"));
  }

  @Test
  void undatedOperationsNameTheLabel() {
    Period wave = Period.labelled("LFI4b, 2009/13");
    assertEquals("the period 'LFI4b, 2009/13' is a label, not a dated period: it has no end date",
        assertThrows(UnsupportedOperationException.class, wave::end).getMessage());
    assertEquals("the period 'LFI4b, 2009/13' is a label, not a dated period: it has no year before it, so no 同比 "
        + "comparison", assertThrows(UnsupportedOperationException.class, wave::yearEarlier).getMessage());
    assertEquals("the period '_Z' is not stated, not a dated period: it cannot be shifted by 2 years",
        assertThrows(UnsupportedOperationException.class, () -> Period.NOT_STATED.plusYears(2)).getMessage());
  }

  @Test
  void notStatedHasTwoTextsThatBothReadBack() {
    assertEquals("_Z", Period.NOT_STATED.toString());
    assertEquals("未注明", Period.NOT_STATED.toChinese());
    assertFalse(Period.NOT_STATED.isStated());
    assertFalse(Period.NOT_STATED.isDated());
    assertEquals(Period.NOT_STATED, Period.parseOrLabel("_Z"));
    assertEquals(Period.NOT_STATED, Period.parseOrLabel("未注明"));
    assertEquals(Period.NOT_STATED, Period.labelled("未注明"));
    assertEquals("_Z", new LabelledPeriod("未注明").label());
    assertThrows(PeriodFormatException.class, () -> Period.parse("_Z"), "parse stays as it was");
  }

  @Test
  void datedPeriodsComeFirstThenLabelsThenNotStated() {
    TreeSet<Period> set = new TreeSet<>(List.of(Period.NOT_STATED, Period.labelled("b"), Period.year(2023),
        Period.labelled("A wave"), Period.instant(java.time.LocalDate.of(1999, 1, 1)), Period.labelled("第一波")));
    assertEquals("[1999-01-01, 2023, A wave, b, 第一波, _Z]", set.toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"2023-13", "2023年13月", "2023-02-30", "202313", "2023/2021", "2023Q5", "２０２３年１３月"})
  void aMistypedPeriodIsRefusedRatherThanKeptAsALabel(String text) {
    PeriodFormatException e = assertThrows(PeriodFormatException.class, () -> Period.parseOrLabel(text));
    assertEquals(text, e.text());
  }

  @Test
  void aLabelMustNotReadAsADatedPeriod() {
    assertEquals("period label ('2023年') reads as the period 2023: use Period.parse for a dated period, not a label",
        assertThrows(IllegalArgumentException.class, () -> Period.labelled("2023年")).getMessage());
    assertEquals("period label (' x') must not have surrounding whitespace",
        assertThrows(IllegalArgumentException.class, () -> Period.parseOrLabel(" x")).getMessage());
    assertThrows(IllegalArgumentException.class, () -> Period.parseOrLabel(""));
    assertThrows(IllegalArgumentException.class, () -> Period.labelled("a\u0000b"));
    IllegalArgumentException typo = assertThrows(IllegalArgumentException.class, () -> Period.labelled("2023-13"));
    assertTrue(typo.getMessage().startsWith("period label ('2023-13') looks like a mistyped period, not a label: "
        + "cannot parse '2023-13' as a period"), typo.getMessage());
    assertThrows(NullPointerException.class, () -> Period.parseOrLabel(null));
  }

  @Test
  void labelsWithLettersOrSpacesAreLabelsEvenWithDigits() {
    for (String label : new String[] {"Q2 2023", "wave 3", "2009/13a", "LFI4b", "MAY", "第一波", "2023 年", "4", "13/2009", "202"}) {
      assertEquals(Period.labelled(label), Period.parseOrLabel(label), label);
    }
  }

  @Test
  void labelledPeriodsSerialize() throws Exception {
    assertEquals(Period.labelled("LFI4b, 2009/13"), BreakdownsTest.roundTrip(Period.labelled("LFI4b, 2009/13")));
    assertEquals(Period.NOT_STATED, BreakdownsTest.roundTrip(Period.NOT_STATED));
    assertSame(Period.NOT_STATED.getClass(), BreakdownsTest.roundTrip(Period.NOT_STATED).getClass());
  }
}
