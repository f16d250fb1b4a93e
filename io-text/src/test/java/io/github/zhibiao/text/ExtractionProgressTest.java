package io.github.zhibiao.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zhibiao.model.Region;
import io.github.zhibiao.spi.DatasetFormats;
import io.github.zhibiao.spi.ObservationCursor;
import io.github.zhibiao.spi.ReadOptions;
import io.github.zhibiao.spi.ReadProgress;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link TextExtractor#extract(CharSequence, ExtractionContext, String, java.util.function.Consumer)}:
 * reports every 1000 sentences or 64 KiB of text, with counts that grow, and once at the end.
 */
class ExtractionProgressTest {
  private static final TextExtractor EXTRACTOR = TextExtractor.create();
  private static final ExtractionContext CHIFENG_2023 = ExtractionContext.of(Region.CHIFENG, 2023);

  private static int utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8).length;
  }

  /** Sentence {@code i}: a figure, ending in 。 or a fullwidth ！; some followed by blank lines. */
  private static String sentence(int i) {
    return "全市粮食总产量" + (100 + i % 900) + "亿斤" + (i % 3 == 0 ? "！" : "。");
  }

  private static String gap(int i) {
    return i % 7 == 0 ? "\n\n  \n" : "";
  }

  @Test
  void everyThousandSentencesWithGrowingCountsAndOnceAtTheEnd() {
    int n = 4500;
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < n; i++) {
      text.append(sentence(i)).append(gap(i));
    }
    String all = text.toString();
    List<ReadProgress> told = new ArrayList<>();
    Extraction followed = EXTRACTOR.extract(all, CHIFENG_2023, "report.txt", told::add);

    assertEquals(EXTRACTOR.extract(all, CHIFENG_2023).facts(), followed.facts(), "following changes no fact");
    assertEquals(n, followed.facts().size(), "one fact a sentence");
    assertEquals(5, told.size(), told.toString());
    StringBuilder prefix = new StringBuilder();
    int k = 0;
    for (int i = 0; i < 4; i++) {
      ReadProgress p = told.get(i);
      assertEquals(1000L * (i + 1), p.records(), "a report after each thousand sentences: " + p);
      for (; k < p.records(); k++) {
        prefix.append(k == 0 ? "" : gap(k - 1)).append(sentence(k));
      }
      assertEquals(utf8(prefix.toString()), p.bytes(), "the bytes of the text up to the sentence's end: " + p);
      assertFalse(p.done());
    }
    ReadProgress last = told.get(4);
    assertTrue(last.done(), last.toString());
    assertEquals(n, last.records(), "blank lines are not sentences");
    assertEquals(utf8(all), last.bytes(), "at the end the whole text is read");
    for (ReadProgress p : told) {
      assertEquals("report.txt", p.source());
      assertEquals(OptionalLong.of(utf8(all)), p.total(), "the total is the text's UTF-8 length");
    }
    assertEquals(OptionalLong.of(1000), last.perMille());
    assertTrue(told.get(0).perMille().getAsLong() > 150 && told.get(0).perMille().getAsLong() < 300,
        told.get(0).perMille() + " after 1000 of 4500 similar sentences");
    growing(told);
  }

  @Test
  void longSentencesAreReportedEvery64KiB() {
    // 300 sentences of about 1.3 KB each: the bytes decide, not the sentence count
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 300; i++) {
      text.append("据统计").append("的".repeat(400 + i % 50)).append("全市新建5G基站").append(800 + i).append("座。\n");
    }
    String all = text.toString();
    List<ReadProgress> told = new ArrayList<>();
    EXTRACTOR.extract(all, CHIFENG_2023, "long.txt", told::add);
    long size = utf8(all);
    assertTrue(told.size() >= size / ExtractionProgress.BYTES - 1 && told.size() <= size / ExtractionProgress.BYTES + 1,
        told.size() + " reports for " + size + " bytes");
    long before = 0;
    for (ReadProgress p : told.subList(0, told.size() - 1)) {
      long step = p.bytes() - before;
      assertTrue(step >= ExtractionProgress.BYTES && step < ExtractionProgress.BYTES + 1500,
          "a report once 64 KiB more were read, at the end of a sentence: " + step);
      assertTrue(p.records() < 1000);
      before = p.bytes();
    }
    assertEquals(300, told.get(told.size() - 1).records());
    assertEquals(size, told.get(told.size() - 1).bytes());
    growing(told);
  }

  @Test
  void aShortOrEmptyTextIsToldOnceAtTheEnd() {
    List<ReadProgress> told = new ArrayList<>();
    EXTRACTOR.extract("", CHIFENG_2023, "empty", told::add);
    assertEquals(List.of(new ReadProgress("empty", 0, 0, 0, true)), told);

    told.clear();
    String text = "截至6月末，全市牛存栏362.2万头，同比增长12.08%，居全区第二。\n其中，羊存栏1437.1万只。";
    EXTRACTOR.extract(text, CHIFENG_2023, "short", told::add);
    assertEquals(List.of(new ReadProgress("short", 2, utf8(text), utf8(text), true)), told);

    told.clear();
    String noEnd = "全市".repeat(40_000) + "粮食总产量130亿斤"; // one sentence of 240 KB, no sentence end
    EXTRACTOR.extract(noEnd, CHIFENG_2023, "one", told::add);
    assertEquals(List.of(new ReadProgress("one", 1, utf8(noEnd), utf8(noEnd), true)), told,
        "reports come between sentences");
  }

  @Test
  void aListenerThatThrowsStopsTheExtraction() {
    String text = "全市粮食总产量130亿斤。".repeat(2500);
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> EXTRACTOR.extract(text, CHIFENG_2023, "x", p -> {
          throw new IllegalStateException("stop at " + p.records());
        }));
    assertEquals("stop at 1000", e.getMessage());
  }

  @Test
  void argumentsAreRequired() {
    assertThrows(NullPointerException.class, () -> EXTRACTOR.extract("文", CHIFENG_2023, null, p -> { }));
    assertThrows(NullPointerException.class, () -> EXTRACTOR.extract("文", CHIFENG_2023, "s", null));
    assertThrows(NullPointerException.class, () -> EXTRACTOR.extract(null, CHIFENG_2023, "s", p -> { }));
    assertThrows(NullPointerException.class, () -> EXTRACTOR.extract("文", null, "s", p -> { }));
  }

  @Test
  void throughDatasetFormatsATextFileIsToldWhenItsFactsAreRead(@TempDir Path dir) throws IOException {
    // The text format reads the whole file and extracts before the first record, so its reports
    // come from the records (facts, and unread sentences when lenient), with every byte read.
    String text = "2023年赤峰市国民经济和社会发展统计公报\n全市粮食总产量130亿斤。全年接待游客约3000万人次。";
    Path file = dir.resolve("report.txt");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    List<ReadProgress> told = new ArrayList<>();
    long facts;
    try (ObservationCursor c = DatasetFormats.installed().open(file, ReadOptions.defaults(), told::add)) {
      facts = c.stream().count();
    }
    assertEquals(2, facts);
    assertEquals(List.of(new ReadProgress("report.txt", 2, Files.size(file), Files.size(file), true)), told);
  }

  /** Records never fall, bytes rise from one report to the next, and only the last is done. */
  private static void growing(List<ReadProgress> told) {
    for (int i = 1; i < told.size(); i++) {
      assertTrue(told.get(i).records() >= told.get(i - 1).records(), told.toString());
      assertTrue(told.get(i).bytes() > told.get(i - 1).bytes(), told.toString());
      assertFalse(told.get(i - 1).done());
    }
    assertTrue(told.get(told.size() - 1).done());
  }
}
