package io.github.zhibiao.unit;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Hostile texts for parser fuzzing, drawn from a seeded random source: mutations of valid texts
 * (characters inserted, deleted, replaced, repeated; truncations), runs of the parser's own
 * vocabulary, and the edge cases a campaign found worth trying — huge exponents, long unit chains,
 * deep nesting, NUL, unpaired surrogates, right-to-left marks, byte-order marks, and GB18030 and
 * UTF-16 text decoded as UTF-8.
 */
final class HostileText {
  private static final Charset GB18030 = Charset.forName("GB18030");

  /** Characters a statistical text is made of, and some it should never contain. */
  private static final String ALPHABET = "0123456789０１２３４５６７８９.,，+-−eE%‰/·*=()（）@ \t\n"
      + "零〇一二三四五六七八九十百千万亿两壹贰叁拾佰仟萬億兆"
      + "元亩斤吨头只人户个公顷里年月日季度上下半第位名首前列强居全区省国市旗盟县"
      + "余多超逾近约以上下百分点倍番每同比增长"
      + "\u0000\uD800\uDC00\uDBFF\u200F\u202E\u200B\uFEFF\uFFFD\u00A0\u3000";

  /** Edge cases worth trying on every parser, whatever it reads. */
  static final List<String> EDGES = List.of(
      "", " ", "\u0000", "\uD800", "\uDC00", "a\uD800b", "\u200F3", "3\u202E万亩", "\uFEFF3万亩",
      "1e999999", "1e-999999", "1e2147483648", "1e-2147483648", "1E+2147483647", "9".repeat(100_001),
      "0." + "0".repeat(5000) + "1", "-" + "9".repeat(400), "元" + "/元".repeat(15), "元" + "/元".repeat(16),
      "元" + "/元".repeat(5000), "元" + "·人".repeat(5000), "每".repeat(5000) + "人", "万".repeat(5000) + "亩",
      "(".repeat(100_000) + "3" + ")".repeat(100_000), "[".repeat(100_000), "上年=100" + "=100".repeat(1000),
      "一".repeat(2000), "十".repeat(2000), "第" + "一".repeat(2000) + "位", "3/" + "9".repeat(50),
      "首位/" + "9".repeat(50), "前" + "9".repeat(50), "2023年" + "1".repeat(50) + "月", "9".repeat(50) + "年",
      "2023-" + "0".repeat(50) + "1", "2023-01-01/P" + "9".repeat(30) + "M", "@".repeat(1000), "C@C@C",
      // found by campaigns, kept as regressions
      ".一千二百十四万亩", "．十十", ".五", "垃圾首位", "全区全国3");

  private final SplittableRandom random;
  private final List<String> samples;

  /**
   * @param random the seeded source
   * @param samples valid texts of the parser under test, to mutate
   */
  HostileText(SplittableRandom random, List<String> samples) {
    this.random = random;
    this.samples = samples;
  }

  /** The next hostile text. */
  String next() {
    switch (random.nextInt(8)) {
      case 0:
        return EDGES.get(random.nextInt(EDGES.size()));
      case 1:
        return runOf(1 + random.nextInt(12));
      case 2:
        return randomCodePoints(1 + random.nextInt(12));
      case 3: {
        String s = sample();
        return s.substring(0, random.nextInt(s.length() + 1));
      }
      case 4:
        return misdecoded(sample());
      default:
        return mutate(sample(), 1 + random.nextInt(4));
    }
  }

  private String sample() {
    return samples.get(random.nextInt(samples.size()));
  }

  private String runOf(int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return b.toString();
  }

  private String randomCodePoints(int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      int cp = random.nextInt(4) == 0 ? random.nextInt(0x110000) : random.nextInt(0x3000);
      if (Character.isValidCodePoint(cp)) {
        b.appendCodePoint(cp);
      }
    }
    return b.toString();
  }

  /** The text's bytes in GB18030 or UTF-16 read as UTF-8: what a wrong charset guess gives. */
  private String misdecoded(String s) {
    Charset wrong = random.nextBoolean() ? GB18030 : random.nextBoolean() ? StandardCharsets.UTF_16LE
        : StandardCharsets.UTF_16BE;
    return new String(s.getBytes(wrong), StandardCharsets.UTF_8);
  }

  private String mutate(String s, int edits) {
    StringBuilder b = new StringBuilder(s);
    for (int i = 0; i < edits; i++) {
      int at = b.length() == 0 ? 0 : random.nextInt(b.length() + 1);
      switch (random.nextInt(5)) {
        case 0 -> b.insert(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        case 1 -> {
          if (at < b.length()) {
            b.deleteCharAt(at);
          }
        }
        case 2 -> {
          if (at < b.length()) {
            b.setCharAt(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
          }
        }
        case 3 -> b.insert(at, b.substring(at, Math.min(b.length(), at + 1 + random.nextInt(4))).repeat(
            1 + random.nextInt(random.nextInt(10) == 0 ? 2000 : 5)));
        default -> b.insert(at, EDGES.get(random.nextInt(EDGES.size())));
      }
    }
    return b.toString();
  }

  /** The text as a Java literal, for a failure message: escapes for controls, surrogates and marks. */
  static String shown(String s) {
    StringBuilder b = new StringBuilder("\"");
    String cut = s.length() > 300 ? s.substring(0, 300) : s;
    for (char c : cut.toCharArray()) {
      if (c < 0x20 || (c >= 0x7F && c < 0xA0) || Character.isSurrogate(c) || c == '"' || c == '\\'
          || Character.getType(c) == Character.FORMAT) {
        b.append(String.format("\\u%04X", (int) c));
      } else {
        b.append(c);
      }
    }
    b.append('"');
    return s.length() > 300 ? b + " … (" + s.length() + " chars)" : b.toString();
  }
}
