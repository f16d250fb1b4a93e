package io.github.zhibiao.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zhibiao.model.Region;
import io.github.zhibiao.model.Regions;
import io.github.zhibiao.unit.Quantity;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall of the extractor on the wild corpus under
 * {@code src/test/resources/io/github/zhibiao/text/wild/}: statistical prose copied from public
 * pages, split by a hash of each page's address into a development part and a test part (see the
 * README there). A source's sentences are read in order as one text, one line a sentence, in its region and year
 * (so a period the page states once reaches its later sentences, as for a user reading the page), and each fact is
 * scored on the sentence its span starts in.
 *
 * <p>Prints the per-field table of the dev part, of the test part, and of the test part's fresh sources alone
 * ({@code wild/test/fresh.txt}: pages added after the tuner had once seen some test misses, never shown to a
 * tuner), and the misses of the dev part only. The targets on the test part (value + unit + subject
 * precision 0.95 and recall 0.90) are printed beside the scores; until they hold, the test asserts floors just
 * below the scores measured on 2026-12-02, so that a regression fails. Raise the floors when the scores rise;
 * lower them only in a commit that changes the corpus, and say so.
 */
class WildEvaluationTest {
  private static final int FIELDS = EvaluationScorer.ALL_FIELDS.length;

  /** The name of the test part's fresh sources, scored on their own (listed in {@code wild/test/fresh.txt}). */
  private static final String FRESH = "test-fresh";

  /**
   * Floors in per mille: {precision, recall} of value+unit+subject (raised in round 5, after the figures that are no
   * facts: dev 0.835/0.851, test 0.738/0.731, then shares and streaks: dev 0.843/0.851, then lists of points: dev 0.845/0.851; raised in round 4, after counts of a set (…中): dev
   * 0.825/0.848, test 0.735/0.731, test-fresh 0.686/0.679, minus about 0.01), measured 2026-12-02 after issue 16's third round (the fresh sources, then the tuner's stages merged: dev 0.755/0.796 on 300 sentences, test 0.701/0.713 on
   * 231, test-fresh 0.657/0.670 on 92), minus about 0.01. They were lowered once, when the fresh sources were added
   * (the corpus changed); never lower them for a change of the extractor.
   */
  private static final Map<String, int[]> FLOORS =
      Map.of("dev", new int[] {835, 841}, "test", new int[] {728, 721}, FRESH, new int[] {676, 669});

  /**
   * Floors in per mille: {precision, recall} of a field on the matched facts, period and ranking, minus about 0.01
   * from the scores measured: ranking 2026-12-02 after round 3 was merged (test 0.714/0.294 on 7 extracted and 17
   * gold rows; dev, round 4, 0.870/0.741 on 23 and 27); period after round 4's running period of a text, states
   * under an interval, earlier levels in comparisons and counts at a stated date (dev 0.769/0.790, test
   * 0.718/0.713, test-fresh 0.690/0.684). Test-fresh has one gold ranking and no extracted one, so it has no ranking floor.
   */
  private static final Map<String, Map<String, int[]>> FIELD_FLOORS = Map.of(
      "dev", Map.of("period", new int[] {777, 784}, "ranking", new int[] {903, 768}),
      "test", Map.of("period", new int[] {708, 703}, "ranking", new int[] {700, 284}),
      FRESH, Map.of("period", new int[] {680, 674}));

  record Source(String key, String part, String region, int year, String address) {}

  @Test
  void scoresBothParts() throws IOException {
    Map<String, Source> sources = sources();
    Set<String> fresh = freshKeys();
    StringBuilder summary = new StringBuilder();
    for (String part : List.of("dev", "test", FRESH)) {
      EvaluationScorer scorer = part.equals(FRESH)
          ? score("test", sources, fresh::contains)
          : score(part, sources, key -> true);
      if (part.equals("dev") || Boolean.getBoolean("zhibiao.eval.showTest")) {
        // the test part's misses (fresh ones included) are not printed: whoever tunes the extractor must not read them
        scorer.report().forEach(r -> System.out.println(part + " " + r));
      }
      String table = scorer.table(part.equals(FRESH) ? "wild test, fresh (never shown to a tuner)" : "wild " + part);
      summary.append(table);
      if (scorer.goldCount() == 0) {
        summary.append("(no gold yet: not scored)\n");
        continue;
      }
      int[] floor = FLOORS.get(part);
      long all = scorer.allThree();
      assertTrue(all * 1000L >= scorer.extracted() * floor[0], part + ": value+unit+subject precision below its floor" + table);
      assertTrue(all * 1000L >= scorer.goldCount() * floor[1], part + ": value+unit+subject recall below its floor" + table);
      for (Map.Entry<String, int[]> f : FIELD_FLOORS.get(part).entrySet()) {
        int k = List.of(EvaluationScorer.ALL_FIELDS).indexOf(f.getKey());
        assertTrue(scorer.correct(k) * 1000L >= scorer.predicted(k) * f.getValue()[0],
            part + ": " + f.getKey() + " precision below its floor" + table);
        assertTrue(scorer.correct(k) * 1000L >= scorer.goldPresent(k) * f.getValue()[1],
            part + ": " + f.getKey() + " recall below its floor" + table);
      }
    }
    summary.append("targets on the test part (issue 16): value+unit+subject precision >= 0.95, recall >= 0.90;"
        + " change, ranking, share, plan correct on >= 0.90 of the matched facts\n");
    System.out.println(summary);
  }

  @Test
  void theSplitFollowsItsRuleAndTheGoldIsWellFormed() throws IOException {
    Map<String, Source> sources = sources();
    assertTrue(sources.size() >= 100, "at least 100 sources");
    Set<String> addresses = new HashSet<>();
    for (Source s : sources.values()) {
      byte[] hash = sha256(s.address());
      String key = "W" + hex(hash).substring(0, 8);
      assertEquals(key, s.key(), "key of " + s.address());
      assertEquals((hash[0] & 0xff) < 0x80 ? "dev" : "test", s.part(), "part of " + s.address());
      assertTrue(addresses.add(s.address()), "one row a source: " + s.address());
    }
    int sentences = 0;
    List<String> badUnits = new ArrayList<>();
    for (String part : List.of("dev", "test")) {
      Set<String> ids = new HashSet<>();
      for (String[] row : EvaluationScorer.rows("wild/" + part + "/sentences.tsv")) {
        Source s = sources.get(source(row[0]));
        assertTrue(s != null && s.part().equals(part), row[0] + " belongs to a " + part + " source");
        assertTrue(ids.add(row[0]), "one sentence a id: " + row[0]);
        sentences++;
      }
      for (String[] row : goldRows(part)) {
        assertTrue(ids.contains(row[0]), "gold row names a sentence of " + part + ": " + row[0]);
        assertEquals(FIELDS + 2, row.length, "gold row " + String.join("|", row) + " has 11 columns");
        new BigDecimal(row[2]);
        String symbol = Quantity.parse(row[2] + row[3]).unit().symbol();
        if (!symbol.equals(row[3])) {
          badUnits.add(row[0] + " " + row[3] + " is " + symbol);
        }
        assertTrue(Set.of("", "plan", "threshold").contains(row[10]), "role of " + String.join("|", row));
      }
    }
    assertEquals(List.of(), badUnits, "gold units are the catalog's symbols");
    Set<String> withSentences = new HashSet<>();
    for (String[] row : EvaluationScorer.rows("wild/test/sentences.tsv")) {
      withSentences.add(source(row[0]));
    }
    Set<String> fresh = freshKeys();
    assertTrue(fresh.size() >= 25, "at least 25 fresh test sources");
    for (String key : fresh) {
      Source s = sources.get(key);
      assertTrue(s != null && s.part().equals("test"), "fresh key " + key + " names a test source");
      assertTrue(withSentences.contains(key), "fresh key " + key + " has sentences");
    }
    assertTrue(sentences >= 300, "at least 300 sentences");
  }

  private static EvaluationScorer score(String part, Map<String, Source> sources, Predicate<String> keys)
      throws IOException {
    EvaluationScorer scorer = new EvaluationScorer(FIELDS);
    Map<String, List<String[]>> gold = scorer.goldById(goldRows(part));
    TextExtractor extractor = TextExtractor.create();
    Regions regions = Regions.builtIn();
    Map<String, List<String[]>> bySource = new LinkedHashMap<>();
    for (String[] row : EvaluationScorer.rows("wild/" + part + "/sentences.tsv")) {
      if (keys.test(source(row[0]))) {
        bySource.computeIfAbsent(source(row[0]), k -> new ArrayList<>()).add(row);
      }
    }
    for (Map.Entry<String, List<String[]>> e : bySource.entrySet()) {
      Source s = sources.get(e.getKey());
      ExtractionContext context = ExtractionContext.of(region(s.region(), regions), s.year());
      List<String[]> rows = e.getValue();
      // the page's sentences in order, one a line (each its own paragraph), read as one text, as a user reads the
      // page: a period the page states once reaches its later sentences; each fact is scored on the sentence its
      // span starts in
      StringBuilder page = new StringBuilder();
      int[] starts = new int[rows.size()];
      for (int i = 0; i < rows.size(); i++) {
        starts[i] = page.length();
        String sentence = rows.get(i)[1];
        page.append(sentence);
        if (!sentence.isEmpty() && "。!?！？".indexOf(sentence.charAt(sentence.length() - 1)) < 0) {
          page.append('。'); // a row is a sentence: one ending in ; would otherwise run on into the next line
        }
        page.append('\n');
      }
      List<List<ExtractedFact>> facts = new ArrayList<>();
      rows.forEach(r -> facts.add(new ArrayList<>()));
      for (ExtractedFact f : extractor.extract(page, context).facts()) {
        int i = Arrays.binarySearch(starts, f.start());
        facts.get(i >= 0 ? i : -i - 2).add(f);
      }
      for (int i = 0; i < rows.size(); i++) {
        String id = rows.get(i)[0];
        scorer.score(id, facts.get(i), gold.getOrDefault(id, List.of()));
      }
    }
    return scorer;
  }

  /**
   * The keys in {@code wild/test/fresh.txt}: test sources added in issue 16's third round, after the tuner had once
   * seen some misses of the test part, and never shown to a tuner.
   */
  private static Set<String> freshKeys() throws IOException {
    Set<String> out = new LinkedHashSet<>();
    for (String[] row : EvaluationScorer.rows("wild/test/fresh.txt")) {
      assertTrue(out.add(row[0]), "one line a fresh key: " + row[0]);
    }
    return out;
  }

  private static List<String[]> goldRows(String part) throws IOException {
    return EvaluationScorer.rows("wild/" + part + "/gold.tsv");
  }

  private static Region region(String code, Regions regions) {
    if (code.equals("_Z")) {
      return Region.NOT_STATED;
    }
    return code.equals("CN") ? Region.CHINA : regions.require(code);
  }

  private static Map<String, Source> sources() throws IOException {
    Map<String, Source> out = new LinkedHashMap<>();
    for (String[] row : EvaluationScorer.rows("wild/sources.tsv")) {
      out.put(row[0], new Source(row[0], row[1], row[2], Integer.parseInt(row[3]), row[4]));
    }
    return out;
  }

  private static String source(String id) {
    return id.substring(0, id.indexOf('-'));
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String hex(byte[] bytes) {
    StringBuilder b = new StringBuilder();
    for (byte x : bytes) {
      b.append(String.format("%02x", x & 0xff));
    }
    return b.toString();
  }
}
