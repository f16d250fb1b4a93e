package io.github.zhibiao.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * {@link Cues#changeAtEnd} finds what {@code Cues.CHANGE.matcher(text).find()} finds over the whole text (the
 * same match or none, the same start and the same direction word), although it searches only the text's last
 * {@link Cues#CHANGE_LONGEST} characters: over texts made of the change words, their suffixes, the characters
 * the lookbehinds look for and others.
 */
class ChangeCueProperties {
  private static final String[] PIECES = {
    "增", "降", "长", "加", "减", "少", "净", "速", "幅", "产", "收", "扩大", "比", "年", "同比", "较上年", "比上年",
    "为", "达到", "达", "了", ",", ";", ":", "上升", "下降", "净增加", "净减少", "回落", "递增", "X", "9", "%"
  };

  private static Gen<String> texts() {
    Gen<String> piece = SourceDSL.integers().between(0, PIECES.length - 1).map(i -> PIECES[i]);
    return SourceDSL.lists().of(piece).ofSizeBetween(0, 14).map(parts -> String.join("", parts));
  }

  @Test
  void theWindowFindsWhatTheWholeTextGives() {
    qt().withExamples(20000).forAll(texts()).checkAssert(s -> {
      Matcher whole = Cues.CHANGE.matcher(s);
      Matcher window = Cues.changeAtEnd(s);
      boolean found = whole.find();
      assertEquals(found, window.find(), s);
      if (found) {
        assertEquals(whole.start(), window.start(), s);
        assertEquals(whole.group("dir"), window.group("dir"), s);
        assertTrue(whole.end() - whole.start() <= Cues.CHANGE_LONGEST, s);
      }
    });
  }

  @Test
  void aBareSignAtTheStartIsStillAStart() {
    assertTrue(Cues.changeAtEnd("增").find());
    assertTrue(Cues.changeAtEnd("同比降").find());
    assertTrue(Cues.changeAtEnd("比上年扩大").find());
    assertFalse(Cues.changeAtEnd("规模扩大").find()); // 扩大 only after 比上年, 较上年 or 同比
    assertFalse(Cues.changeAtEnd("猪肉产量增").find()); // a bare 增 only at a clause's start, after 比 or 年
  }
}
