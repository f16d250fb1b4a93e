package io.github.zhibiao.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class TextCharsetsTest {
  static final Charset GB = TextCharsets.GB18030;

  @Test
  void byteOrderMarksDecide() {
    assertEquals(3, TextCharsets.bomLength(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a'}));
    assertEquals(StandardCharsets.UTF_8, TextCharsets.detect(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 0xB8}));
    assertEquals(2, TextCharsets.bomLength(new byte[] {(byte) 0xFE, (byte) 0xFF}));
    assertEquals(StandardCharsets.UTF_16BE, TextCharsets.detect(new byte[] {(byte) 0xFE, (byte) 0xFF, 0, 'a'}));
    assertEquals(StandardCharsets.UTF_16LE, TextCharsets.detect(new byte[] {(byte) 0xFF, (byte) 0xFE, 'a', 0}));
    assertEquals(0, TextCharsets.bomLength(new byte[] {(byte) 0xEF, (byte) 0xBB}));
    assertEquals(0, TextCharsets.bomLength(new byte[0]));
    assertThrows(NullPointerException.class, () -> TextCharsets.detect(null));
  }

  @Test
  void chineseTextInEitherCharset() {
    String text = "全市粮食总产量达到130亿斤,比上年增长2.1%。";
    assertEquals(StandardCharsets.UTF_8, TextCharsets.detect(text.getBytes(StandardCharsets.UTF_8)));
    assertEquals(GB, TextCharsets.detect(text.getBytes(GB)));
    assertEquals(StandardCharsets.UTF_8, TextCharsets.detect("indicator,value".getBytes(StandardCharsets.US_ASCII)));
    assertEquals(StandardCharsets.UTF_8, TextCharsets.detect(new byte[0]));
  }

  @Test
  void aSequenceCutByTheFullWindowIsForgivenOnlyThere() {
    byte[] full = "赤".repeat(30000).getBytes(StandardCharsets.UTF_8); // 90 000 bytes, 3 a character
    byte[] window = Arrays.copyOf(full, TextCharsets.HEAD_BYTES); // 65 536 = 3 × 21845 + 1: a lead byte cut off
    assertEquals(StandardCharsets.UTF_8, TextCharsets.detect(window));
    assertEquals(StandardCharsets.UTF_8, TextCharsets.detect(Arrays.copyOf(full, TextCharsets.HEAD_BYTES - 1)),
        "65 535 bytes are whole characters");
    byte[] shorter = Arrays.copyOf(full, TextCharsets.HEAD_BYTES - 2); // 2 bytes of a character at the end
    assertEquals(GB, TextCharsets.detect(shorter), "a short head that ends mid-character is not UTF-8");
  }

  @Test
  void anyTextWrittenInUtf8IsDetectedAsUtf8() {
    qt().forAll(strings().betweenCodePoints(0x20, 0x2FFFF).ofLengthBetween(0, 200))
        .check(s -> TextCharsets.detect(s.getBytes(StandardCharsets.UTF_8)).equals(StandardCharsets.UTF_8)
            || s.startsWith("\uFEFF"));
  }

  /**
   * Not a property: some ideographs' GB18030 bytes are valid UTF-8 (一 is D2 BB, 全 is C8 AB), so
   * a text of only those is read as UTF-8; the rule is a heuristic that real sentences pass.
   */
  @Test
  void gb18030SentencesAreDetectedAndTheKnownAmbiguityIsWhatItIs() {
    assertEquals(StandardCharsets.UTF_8, TextCharsets.detect("全".getBytes(GB)), "C8 AB is valid UTF-8: ȫ");
    assertEquals(StandardCharsets.UTF_8, TextCharsets.detect("一一一一".getBytes(GB)), "D2 BB is valid UTF-8");
    String report = "截至6月末,全市牲畜存栏2210.6万头只,同比增长5.82%,位居全区首位。"
        + "全年接待游客约3000万人次。粮食播种面积1706.8万亩,居全区第3位。";
    assertEquals(GB, TextCharsets.detect(report.getBytes(GB)));
    for (String sentence : report.split("。")) {
      assertEquals(GB, TextCharsets.detect(sentence.getBytes(GB)), sentence);
    }
  }

  @Test
  void aLeadingByteOrderMarkIsDroppedAndNothingElse() {
    assertEquals("指标,单位", TextCharsets.withoutBom("\uFEFF指标,单位"));
    assertEquals("指标\uFEFF", TextCharsets.withoutBom("指标\uFEFF"));
    assertEquals("\uFEFF指标", TextCharsets.withoutBom("\uFEFF\uFEFF指标"));  // one mark, then a character
    assertEquals("", TextCharsets.withoutBom(""));
    assertThrows(NullPointerException.class, () -> TextCharsets.withoutBom(null));
  }
}
