package io.github.zhibiao.examples;

import static io.github.zhibiao.examples.ExamplesTest.assertHas;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zhibiao.examples.OfficialDataCache.Answer;
import io.github.zhibiao.examples.OfficialDataCache.Cache;
import java.io.PrintStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cache example offline (no fetcher: the network cannot be touched), and its refetch rules with a fake fetcher. */
class OfficialDataCacheTest {
  private static final PrintStream QUIET = new PrintStream(PrintStream.nullOutputStream(), true, StandardCharsets.UTF_8);

  @Test
  void offlineReadsTheBundledRealResponses(@TempDir Path dir) {
    Cache cache = new Cache(dir, Duration.ofHours(12), Clock.systemUTC(), null, QUIET);
    String out = ExamplesTest.capture(o -> OfficialDataCache.run(cache, o));
    assertHas(out, "== nbs-m2-monthly.json (nbs-json): 6 observations");
    // national data without reg: the registry has no 100000 (全国), so the region is not stated
    assertHas(out, "A0D0101 货币和准货币(M2)供应量_期末值 | 未注明 | 2022-01 | 2431022.72亿元");
    assertHas(out, "== imf-cpi-usa.json (sdmx-json): 2 observations");
    assertHas(out, "CPI IMF.STA:CPI(5.0.0) | 美国 | 2026-03 | 151.4352997287388未注明");
    assertTrue(Files.isRegularFile(dir.resolve("imf-cpi-usa.json")));
  }

  /** A fetcher that records each request and gives the answers it was made with, in turn. */
  static final class Fake implements OfficialDataCache.Fetcher {
    final List<HttpRequest> requests = new ArrayList<>();
    final List<Answer> answers;

    Fake(Answer... answers) {
      this.answers = new ArrayList<>(List.of(answers));
    }

    @Override
    public Answer fetch(HttpRequest request) {
      requests.add(request);
      return answers.remove(0);
    }
  }

  @Test
  void aFreshCopyIsNotFetchedAStaleOneIsFetchedConditionally(@TempDir Path dir) throws Exception {
    Instant t0 = Instant.parse("2026-12-02T00:00:00Z");
    byte[] first = "{\"returncode\":200}".getBytes(StandardCharsets.UTF_8);
    Fake fake = new Fake(new Answer(200, first, Optional.of("\"v1\""), Optional.of("Wed, 02 Dec 2026 00:00:00 GMT")),
        new Answer(304, new byte[0], Optional.empty(), Optional.empty()),
        new Answer(200, "{\"v\":2}".getBytes(StandardCharsets.UTF_8), Optional.of("\"v2\""), Optional.empty()));
    Path file = new Cache(dir, Duration.ofHours(12), Clock.fixed(t0, ZoneOffset.UTC), fake, QUIET)
        .get(OfficialDataCache.IMF_CPI);
    assertEquals(1, fake.requests.size()); // nothing cached: fetched, unconditionally
    assertFalse(fake.requests.get(0).headers().firstValue("If-None-Match").isPresent());
    assertArrayEquals(first, Files.readAllBytes(file));

    // 11 hours later: fresh, not fetched
    new Cache(dir, Duration.ofHours(12), Clock.fixed(t0.plus(Duration.ofHours(11)), ZoneOffset.UTC), fake, QUIET)
        .get(OfficialDataCache.IMF_CPI);
    assertEquals(1, fake.requests.size());

    // 13 hours later: stale, fetched with the validators; 304 keeps the copy and restarts its age
    Instant t13 = t0.plus(Duration.ofHours(13));
    new Cache(dir, Duration.ofHours(12), Clock.fixed(t13, ZoneOffset.UTC), fake, QUIET).get(OfficialDataCache.IMF_CPI);
    assertEquals(2, fake.requests.size());
    HttpRequest conditional = fake.requests.get(1);
    assertEquals(Optional.of("\"v1\""), conditional.headers().firstValue("If-None-Match"));
    assertEquals(Optional.of("Wed, 02 Dec 2026 00:00:00 GMT"), conditional.headers().firstValue("If-Modified-Since"));
    assertEquals(OfficialDataCache.IMF_CPI.request().uri(), conditional.uri());
    assertArrayEquals(first, Files.readAllBytes(file));
    assertEquals(FileTime.from(t13), Files.getLastModifiedTime(file));

    // 26 hours: stale again, a new body replaces the copy
    new Cache(dir, Duration.ofHours(12), Clock.fixed(t0.plus(Duration.ofHours(26)), ZoneOffset.UTC), fake, QUIET)
        .get(OfficialDataCache.IMF_CPI);
    assertEquals(3, fake.requests.size());
    assertEquals("{\"v\":2}", Files.readString(file));
  }

  @Test
  void aFailedFetchKeepsTheOldCopy(@TempDir Path dir) throws Exception {
    Instant t0 = Instant.parse("2026-12-02T00:00:00Z");
    Fake fake = new Fake(new Answer(200, "old".getBytes(StandardCharsets.UTF_8), Optional.empty(), Optional.empty()),
        new Answer(503, new byte[0], Optional.empty(), Optional.empty()));
    new Cache(dir, Duration.ofHours(1), Clock.fixed(t0, ZoneOffset.UTC), fake, QUIET).get(OfficialDataCache.NBS_MONEY_SUPPLY);
    Path file = new Cache(dir, Duration.ofHours(1), Clock.fixed(t0.plus(Duration.ofHours(2)), ZoneOffset.UTC), fake, QUIET)
        .get(OfficialDataCache.NBS_MONEY_SUPPLY);
    assertEquals("old", Files.readString(file));
    assertEquals(2, fake.requests.size());
  }
}
