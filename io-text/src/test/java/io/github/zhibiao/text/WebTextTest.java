package io.github.zhibiao.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

class WebTextTest {
  @Test
  void spacesInsideFiguresAndPhrasesAreDropped() {
    WebText t = new WebText("地区生产总值1115.2 亿元,增长5.1 %,截至 10 月末共219　个。");
    assertEquals("地区生产总值1115.2亿元,增长5.1%,截至10月末共219个。", t.s);
    assertEquals("地区生产总值1115.2亿元,增长5.1%,截至10月末共219　个。".replace("　", ""), t.src.replace("　", ""));
  }

  @Test
  void spacesBetweenAsciiWordsAndAtLineEdgesStay() {
    WebText t = new WebText("  PM 2.5 and 5G\n 全市");
    assertEquals("  PM 2.5 and 5G\n 全市", t.s);
    assertSame(t.caller, t.src);
  }

  @Test
  void aSpaceThatGroupsThousandsIsDroppedButTwoNumbersStayApart() {
    assertEquals("播种面积21826.9万亩,1573.5亿斤,1234567户", new WebText("播种面积21 826.9万亩,1 573.5亿斤,1 234 567户").s);
    assertEquals("2023 12345", new WebText("2023 12345").s);
    assertEquals("共12 34个", new WebText("共12 34个").s);
  }

  @Test
  void indexesMapBackToTheCallersText() {
    String text = "粮食 130 亿斤,增长 2.1 %。";
    WebText t = new WebText(text);
    assertEquals("粮食130亿斤,增长2.1%。", t.s);
    int at = t.s.indexOf("130");
    assertEquals(text.indexOf("130"), t.caller(at));
    int end = t.s.indexOf("亿斤") + 2;
    assertEquals(text.indexOf("亿斤") + 2, t.callerEnd(end));
    assertEquals("130 亿斤", t.callerText(t.caller(at), t.callerEnd(end)));
    assertEquals(text.length(), t.caller(t.s.length()));
  }

  @Test
  void everyKeptCharacterIsTheCallersCharacterAtItsMappedIndex() {
    qt().forAll(SourceDSL.strings().basicMultilingualPlaneAlphabet().ofLengthBetween(0, 40)
        .map(x -> x.replace('x', ' ').replace('y', '　'))).checkAssert(text -> {
          WebText t = new WebText(text);
          int previous = -1;
          for (int i = 0; i < t.src.length(); i++) {
            int c = t.caller(i);
            assertEquals(text.charAt(c), t.src.charAt(i));
            assertEquals(true, c > previous, "indexes grow");
            previous = c;
          }
          assertEquals(text.length(), t.caller(t.src.length()));
        });
  }
}
