package io.github.zhibiao.text;

import static org.quicktheories.QuickTheory.qt;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * The byte counts of extraction progress are UTF-8 lengths: {@link ExtractionProgress#utf8Length}
 * agrees with {@link String#getBytes} on any text (ASCII, Latin, CJK, astral characters and unpaired
 * surrogates), and lengths of pieces cut outside a surrogate pair add up to the whole.
 */
class ExtractionProgressProperties {
  /** Characters from every UTF-8 length class, unpaired surrogates included. */
  private static Gen<String> texts() {
    Gen<String> piece = SourceDSL.integers().between(0, 7).zip(SourceDSL.integers().between(0, 0xFFFF), (kind, r) -> {
      switch (kind) {
        case 0: return String.valueOf((char) (r % 0x80));
        case 1: return String.valueOf((char) (0x80 + r % (0x800 - 0x80)));
        case 2: return String.valueOf((char) (0x4E00 + r % 0x5000));               // CJK
        case 3: return "。";
        case 4: return new String(Character.toChars(0x10000 + r * 16));            // a surrogate pair
        case 5: return String.valueOf((char) (0xD800 + r % 0x400));                // an unpaired high surrogate
        case 6: return String.valueOf((char) (0xDC00 + r % 0x400));                // an unpaired low surrogate
        default: return String.valueOf((char) (0xE000 + r % 0x2000));
      }
    });
    return SourceDSL.lists().of(piece).ofSizeBetween(0, 60).map(parts -> String.join("", parts));
  }

  @Test
  void utf8LengthIsWhatGetBytesWrites() {
    qt().withExamples(3000).forAll(texts()).check(s ->
        ExtractionProgress.utf8Length(s, 0, s.length()) == s.getBytes(StandardCharsets.UTF_8).length);
  }

  @Test
  void piecesCutAtSentenceEndsAddUp() {
    qt().withExamples(2000).forAll(texts()).check(s -> {
      long sum = 0;
      int from = 0;
      for (int i = 0; i < s.length(); i++) {
        if (s.charAt(i) == '。') {
          sum += ExtractionProgress.utf8Length(s, from, i + 1);
          from = i + 1;
        }
      }
      sum += ExtractionProgress.utf8Length(s, from, s.length());
      return sum == s.getBytes(StandardCharsets.UTF_8).length;
    });
  }
}
