package io.github.zhibiao.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zhibiao.model.Dataset;
import io.github.zhibiao.spi.DatasetFormat;
import io.github.zhibiao.spi.DatasetReadException;
import io.github.zhibiao.spi.ObservationCursor;
import io.github.zhibiao.spi.Problem;
import io.github.zhibiao.spi.ReadOptions;
import io.github.zhibiao.spi.ReadReport;
import io.github.zhibiao.spi.WriteOptions;
import io.github.zhibiao.testkit.Generator;
import io.github.zhibiao.testkit.HostileBytes;
import io.github.zhibiao.testkit.Generators;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Fuzzes the long and wide CSV readers with hostile inputs ({@link HostileBytes}) made from real
 * files (the seed, the bad-file corpus) and from what the writers write, in UTF-8 and GB18030: only
 * {@link DatasetReadException} and {@link UncheckedIOException} may escape a read, {@code canRead}
 * never throws, and a lenient read accounts for every record — read = accepted + rejected, as many
 * problems as rejections, each naming its line, and as many observations handed out as accepted.
 *
 * <p>Seeded and bounded by a number of runs, not by time. {@code -Dzhibiao.fuzz.seed=…} replays a
 * failure (the message names the seed, the run and the input); {@code -Dzhibiao.fuzz.runs=…} makes a
 * longer campaign.
 */
class CsvFuzzTest {
  static final long SEED = Long.getLong("zhibiao.fuzz.seed", 20260113L);
  static final int RUNS = Integer.getInteger("zhibiao.fuzz.runs", 300);

  static final List<String> CSV_SNIPPETS = List.of("\"\"", "\"a\"\"b\"", ",,,,", "\r", "\"\n\"", "1,532.4", "1E3",
      "2023-13", "2023年1—11月", "超800", "余", "约3.5万", "万阿巴", "YEAR_ON_YAER", "首位/12", "前10强", "工业经济@C", "@",
      "MORE_THAN", "ESTIMATED", "150400", "110103", "朝阳区", "NOT_STATED", "上年=100", "%", "百分点", "兆", "1/0",
      "indicator,region,period,value,unit\n", "\uFEFFindicator", "\ud83d\udc04", ";", "\t\t");

  static List<byte[]> samples(DatasetFormat format) throws IOException {
    List<byte[]> out = new ArrayList<>();
    byte[] seed = Files.readAllBytes(Path.of("../seeds/chifeng-2023.csv"));
    out.add(seed);
    out.add(new String(seed, java.nio.charset.StandardCharsets.UTF_8).getBytes(Charset.forName("GB18030")));
    for (String bad : List.of("two-bad-rows.csv", "bad-number.csv", "unclosed-quote.csv", "ragged-long.csv",
        "bom-mid-file.csv", "exponent.csv", "qualifier-conflict.csv", "ambiguous-region-name.csv")) {
      try (InputStream in = CsvFuzzTest.class.getResourceAsStream("bad/" + bad)) {
        out.add(in.readAllBytes());
      }
    }
    SplittableRandom random = new SplittableRandom(SEED);
    Generator<Dataset> datasets = Generators.datasets(12);
    for (int i = 0; i < 12; i++) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      Dataset d = datasets.next(random);
      WriteOptions o = i % 3 == 0 ? WriteOptions.defaults().withCharset(Charset.forName("GB18030"))
          : i % 3 == 1 ? WriteOptions.defaults().withBom(true) : WriteOptions.defaults().withDelimiter(';');
      try {
        format.writer().orElseThrow().write(d, bytes, o);
      } catch (IllegalArgumentException e) {
        continue; // what the wide format cannot hold
      }
      out.add(bytes.toByteArray());
    }
    return out;
  }

  @Test
  void theLongReaderLetsOnlyItsDocumentedExceptionsEscape() throws IOException {
    DatasetFormat f = new LongCsvFormat();
    fuzz(f, samples(f));
  }

  @Test
  void theWideReaderLetsOnlyItsDocumentedExceptionsEscape() throws IOException {
    DatasetFormat f = new WideCsvFormat();
    fuzz(f, samples(f));
  }

  static void fuzz(DatasetFormat format, List<byte[]> samples) {
    HostileBytes inputs = new HostileBytes(new SplittableRandom(SEED), samples, CSV_SNIPPETS);
    for (int run = 0; run < RUNS; run++) {
      byte[] bytes = inputs.next();
      check(format, bytes, format.id() + " (seed " + SEED + ", run " + run + ") for " + HostileBytes.shown(bytes));
    }
  }

  /** One input read fail-fast and lenient; the contract of the reader checked on both. */
  static void check(DatasetFormat format, byte[] bytes, String where) {
    HostileBytes.checkReader(format, bytes, where);
  }

}
