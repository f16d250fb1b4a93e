package io.github.zhibiao.examples;

import io.github.zhibiao.model.Dataset;
import io.github.zhibiao.model.Observation;
import io.github.zhibiao.spi.DatasetFormats;
import io.github.zhibiao.spi.ReadOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;

/**
 * How a service fetches what the statistics offices publish and keeps it on disk: an NBS data
 * portal query (国家数据, {@code easyquery.htm?m=QueryData}) and an SDMX REST response (the IMF's
 * SDMX 3.0 API, SDMX-JSON 2.0), each cached in a directory and fetched again only when its copy is
 * older than a maximum age, then conditionally ({@code If-None-Match} with the ETag, {@code
 * If-Modified-Since} with the Last-Modified the server sent): a {@code 304 Not Modified} keeps the
 * copy and restarts its age. The readers read the cached files; fetching is this program's
 * business, not theirs.
 *
 * <p><b>Offline by default.</b> Without {@code --online} nothing touches the network: the cache is
 * seeded from copies of real responses bundled with the example (see {@code official/SOURCES.md}
 * in its resources), and those are read. Tests run it so.
 *
 * <pre>
 * ./mvnw -q -pl examples exec:java -Dexample=io.github.zhibiao.examples.OfficialDataCache \
 *     -Dexec.args="[--online] [--cache DIR] [--max-age PT12H]"
 * </pre>
 */
public final class OfficialDataCache {

  /** What is fetched: the cache file name, the format that reads it, the request, the bundled copy. */
  record Source(String name, String format, HttpRequest request, String bundled) {
  }

  /** The NBS portal: M2, M1 and M0 of January 2022 (database hgyd, monthly national data). */
  static final Source NBS_MONEY_SUPPLY = new Source("nbs-m2-monthly.json", "nbs-json",
      HttpRequest.newBuilder(URI.create("https://data.stats.gov.cn/easyquery.htm"))
          .header("Content-Type", "application/x-www-form-urlencoded")
          .header("Referer", "https://data.stats.gov.cn/easyquery.htm?cn=A01")
          .POST(HttpRequest.BodyPublishers.ofString("m=QueryData&dbcode=hgyd&rowcode=zb&colcode=sj&wds="
              + URLEncoder.encode("[]", StandardCharsets.UTF_8) + "&dfwds=" + URLEncoder.encode(
                  "[{\"wdcode\":\"zb\",\"valuecode\":\"A0D01\"},{\"wdcode\":\"sj\",\"valuecode\":\"202201\"}]",
                  StandardCharsets.UTF_8)))
          .timeout(Duration.ofSeconds(30)).build(),
      "official/nbs-m2-monthly.json");

  /** The IMF's SDMX 3.0 REST API: the last two months of the United States' consumer price index. */
  static final Source IMF_CPI = new Source("imf-cpi-usa.json", "sdmx-json",
      HttpRequest.newBuilder(URI.create("https://api.imf.org/external/sdmx/3.0/data/dataflow/IMF.STA/CPI/%2B/"
          + "USA.CPI._T.IX.M?lastNObservations=2&attributes=dsd&measures=all"))
          .header("Accept", "application/json").GET().timeout(Duration.ofSeconds(30)).build(),
      "official/imf-cpi-usa.json");

  static final List<Source> SOURCES = List.of(NBS_MONEY_SUPPLY, IMF_CPI);

  private OfficialDataCache() {
  }

  /** What the network answered: the status, the body, and the validators for the next request. */
  record Answer(int status, byte[] body, Optional<String> etag, Optional<String> lastModified) {
  }

  /** Sends a request; the real one is {@link #http(HttpClient)}, a test gives its own. */
  interface Fetcher {
    Answer fetch(HttpRequest request) throws IOException, InterruptedException;
  }

  /** The fetcher over {@link HttpClient}, following redirects. */
  static Fetcher http(HttpClient client) {
    return request -> {
      HttpResponse<byte[]> r = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
      return new Answer(r.statusCode(), r.body(), r.headers().firstValue("ETag"), r.headers().firstValue("Last-Modified"));
    };
  }

  /**
   * A directory of cached responses. A copy younger than {@code maxAge} (by its file time) is used
   * as it is; an older one is fetched again, conditionally. Without a fetcher (offline), a missing
   * copy is seeded from the bundled one and an old one is used as it is.
   */
  static final class Cache {
    private final Path dir;
    private final Duration maxAge;
    private final Clock clock;
    private final Fetcher fetcher;
    private final PrintStream log;

    Cache(Path dir, Duration maxAge, Clock clock, Fetcher fetcher, PrintStream log) {
      this.dir = Objects.requireNonNull(dir, "dir");
      this.maxAge = Objects.requireNonNull(maxAge, "maxAge");
      this.clock = Objects.requireNonNull(clock, "clock");
      this.fetcher = fetcher;
      this.log = Objects.requireNonNull(log, "log");
    }

    /** The cached file of {@code source}, fetched or seeded as the class description says. */
    Path get(Source source) throws IOException, InterruptedException {
      Files.createDirectories(dir);
      Path file = dir.resolve(source.name());
      Path meta = dir.resolve(source.name() + ".properties");
      boolean cached = Files.isRegularFile(file);
      if (cached && age(file).compareTo(maxAge) < 0) {
        log.println(source.name() + ": cached copy, " + age(file).toMinutes() + " min old");
        return file;
      }
      if (fetcher == null) {
        if (!cached) {
          try (InputStream in = OfficialDataCache.class.getResourceAsStream(source.bundled())) {
            if (in == null) {
              throw new IOException("no bundled copy " + source.bundled());
            }
            write(file, in.readAllBytes());
          }
          log.println(source.name() + ": offline, seeded from the bundled copy of a real response");
        } else {
          log.println(source.name() + ": offline, cached copy used although older than " + maxAge);
        }
        return file;
      }
      Properties validators = new Properties();
      if (cached && Files.isRegularFile(meta)) {
        try (Reader r = Files.newBufferedReader(meta, StandardCharsets.UTF_8)) {
          validators.load(r);
        }
      }
      HttpRequest.Builder request = HttpRequest.newBuilder(source.request(), (k, v) -> true);
      if (validators.getProperty("etag") != null) {
        request.header("If-None-Match", validators.getProperty("etag"));
      }
      if (validators.getProperty("lastModified") != null) {
        request.header("If-Modified-Since", validators.getProperty("lastModified"));
      }
      Answer a = fetcher.fetch(request.build());
      if (a.status() == 304 && cached) {
        Files.setLastModifiedTime(file, FileTime.from(clock.instant()));
        log.println(source.name() + ": not modified since the cached copy (304)");
        return file;
      }
      if (a.status() != 200) {
        if (cached) {
          log.println(source.name() + ": " + source.request().uri() + " answered " + a.status()
              + "; the old cached copy is used");
          return file;
        }
        throw new IOException(source.request().uri() + " answered HTTP " + a.status() + " and nothing is cached");
      }
      write(file, a.body());
      Properties next = new Properties();
      a.etag().ifPresent(e -> next.setProperty("etag", e));
      a.lastModified().ifPresent(l -> next.setProperty("lastModified", l));
      try (Writer w = Files.newBufferedWriter(meta, StandardCharsets.UTF_8)) {
        next.store(w, source.request().uri().toString());
      }
      log.println(source.name() + ": fetched " + a.body().length + " bytes from " + source.request().uri().getHost());
      return file;
    }

    private Duration age(Path file) throws IOException {
      return Duration.between(Files.getLastModifiedTime(file).toInstant(), clock.instant());
    }

    /** Writes the whole file or nothing: a reader never sees half a response. */
    private void write(Path file, byte[] bytes) throws IOException {
      Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".part");
      Files.write(tmp, bytes);
      Files.setLastModifiedTime(tmp, FileTime.from(clock.instant()));
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
  }

  /**
   * Gets every source through the cache and prints what its reader makes of it.
   *
   * @param cache the cache
   * @param out where to print
   */
  static void run(Cache cache, PrintStream out) {
    for (Source s : SOURCES) {
      Path file;
      try {
        file = cache.get(s);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while fetching " + s.name(), e);
      }
      Dataset d;
      try (InputStream in = Files.newInputStream(file)) {
        d = DatasetFormats.installed().byId(s.format()).orElseThrow().reader().orElseThrow()
            .open(in, file.toString(), ReadOptions.defaults()).toDataset();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      out.println("== " + s.name() + " (" + s.format() + "): " + d.observations().size() + " observations");
      for (Observation o : d.observations()) {
        out.println(o.indicator().code() + " " + o.indicator().name() + " | " + o.region().name() + " | "
            + o.period() + " | " + o.value());
      }
    }
  }

  /**
   * Runs the example.
   *
   * @param args {@code [--online] [--cache DIR] [--max-age ISO-8601 duration]}; offline, {@code
   *     target/official-cache} and {@code PT12H} by default
   * @throws IOException never: failures are reported as unchecked exceptions
   */
  public static void main(String[] args) throws IOException {
    boolean online = false;
    Path dir = Path.of("target/official-cache");
    Duration maxAge = Duration.ofHours(12);
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--online" -> online = true;
        case "--cache" -> dir = Path.of(args[++i]);
        case "--max-age" -> maxAge = Duration.parse(args[++i]);
        default -> throw new IllegalArgumentException("unknown argument " + args[i]
            + "; expected --online, --cache DIR, --max-age PT12H");
      }
    }
    Fetcher fetcher = online ? http(HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
        .connectTimeout(Duration.ofSeconds(10)).build()) : null;
    run(new Cache(dir, maxAge, Clock.systemUTC(), fetcher, System.out), System.out);
  }
}
