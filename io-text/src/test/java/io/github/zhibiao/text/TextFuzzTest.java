package io.github.zhibiao.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zhibiao.spi.DatasetFormat;
import io.github.zhibiao.spi.DatasetReadException;
import io.github.zhibiao.spi.ObservationCursor;
import io.github.zhibiao.spi.Problem;
import io.github.zhibiao.spi.ReadOptions;
import io.github.zhibiao.spi.ReadReport;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import io.github.zhibiao.testkit.HostileBytes;
import org.junit.jupiter.api.Test;

/**
 * Fuzzes the prose reader with hostile inputs ({@link HostileBytes}) made from the evaluation
 * sentences, as reports of 赤峰市 in 2023: only {@link DatasetReadException} and {@link
 * UncheckedIOException} may escape a read, {@code canRead} never throws, and a lenient read accounts
 * for every record — read = accepted + rejected, as many problems as rejections, each naming its
 * line, and as many observations handed out as accepted.
 *
 * <p>Seeded and bounded by a number of runs, not by time. {@code -Dzhibiao.fuzz.seed=…} replays a
 * failure; {@code -Dzhibiao.fuzz.runs=…} makes a longer campaign.
 */
class TextFuzzTest {
  static final long SEED = Long.getLong("zhibiao.fuzz.seed", 20260113L);
  static final int RUNS = Integer.getInteger("zhibiao.fuzz.runs", 200);

  static final List<String> PROSE_SNIPPETS = List.of("赤峰市", "2023年", "。", ",", "同比增长", "位居全区首位",
      "比上年增长", "亿万", "十几万", "约", "超", "余", "百分点", "元/人", "万亩", "第十一十二位", "二分之一", "一又二分之一",
      "1/0", "零点", "兆", "上年=100", "1e3", "１２３", "截至6月末", "2023年1—11月", "全区第", "前10强", "朝阳区");

  static List<byte[]> samples() throws IOException {
    List<String> sentences = new ArrayList<>();
    try (InputStream in = TextFuzzTest.class.getResourceAsStream("eval/sentences.tsv");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        int tab = line.indexOf('\t');
        if (!line.startsWith("#") && tab > 0) {
          sentences.add(line.substring(tab + 1));
        }
      }
    }
    List<byte[]> out = new ArrayList<>();
    for (int from = 0; from < sentences.size(); from += 12) {
      String text = "赤峰市2023年国民经济和社会发展统计公报。\n"
          + String.join("\n", sentences.subList(from, Math.min(sentences.size(), from + 12)));
      out.add(text.getBytes(StandardCharsets.UTF_8));
    }
    return out;
  }

  @Test
  void theProseReaderLetsOnlyItsDocumentedExceptionsEscape() throws IOException {
    DatasetFormat format = new TextFormat();
    HostileBytes inputs = new HostileBytes(new SplittableRandom(SEED), samples(), PROSE_SNIPPETS);
    for (int run = 0; run < RUNS; run++) {
      byte[] bytes = inputs.next();
      check(format, bytes, "text (seed " + SEED + ", run " + run + ") for " + HostileBytes.shown(bytes));
    }
  }

  /** A lenient read of prose counts each figure read and each sentence with a number that gave none, by line. */
  @Test
  void aLenientReadAccountsForEverySentence() {
    String text = "赤峰市2023年国民经济和社会发展统计公报。\n全市粮食总产量130亿斤。\n全市共有3。\n"
        + "全市牲畜存栏2210.6万头只。\n电话号码是12345678。";
    try (ObservationCursor c = new TextFormat().reader().orElseThrow().open(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "t.txt", ReadOptions.defaults().lenient())) {
      long handedOut = c.stream().count();
      ReadReport r = c.report();
      assertEquals(r.read(), r.accepted() + r.rejected());
      assertEquals(handedOut, r.accepted());
      assertEquals(2, r.accepted(), r.problems().toString());
      assertEquals(r.rejected(), r.problems().size());
      assertEquals(List.of(3L, 5L), r.problems().stream().map(p -> p.line().orElseThrow()).toList());
    }
  }

  /** A long unit chain in prose is no figure and no stack overflow: the unit limits stop it. */
  @Test
  void aLongUnitChainInProseIsReadWithoutOverflow() {
    String text = "赤峰市2023年国民经济和社会发展统计公报。\n全市粮食总产量130亿斤。\n全市收入达到3元" + "/元".repeat(100_000)
        + "。\n全市牲畜存栏2210.6万头只。";
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    check(new TextFormat(), bytes, "a long unit chain");
    try (ObservationCursor c = new TextFormat().reader().orElseThrow().open(new ByteArrayInputStream(bytes), "t.txt",
        ReadOptions.defaults().lenient())) {
      assertTrue(c.toDataset().size() >= 2, "the figures around it are read: " + c.report().problems());
    }
  }

  /** One input read fail-fast and lenient; the contract of the reader checked on both. */
  static void check(DatasetFormat format, byte[] bytes, String where) {
    HostileBytes.checkReader(format, bytes, where);
  }

}
