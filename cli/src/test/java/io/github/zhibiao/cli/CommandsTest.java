package io.github.zhibiao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zhibiao.calc.Finding;
import io.github.zhibiao.json.FindingsJson;
import io.github.zhibiao.model.Dataset;
import io.github.zhibiao.model.Observation;
import io.github.zhibiao.spi.DatasetFormat;
import io.github.zhibiao.spi.DatasetFormats;
import io.github.zhibiao.spi.ReadOptions;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CommandsTest {
  @TempDir
  Path dir;

  @Test
  void convertPrintsTheQuantityInTheTargetUnit() {
    Run r = Run.of("convert", "130亿斤", "万吨");
    assertEquals(0, r.code(), r.err());
    assertEquals("650万吨", r.out().strip());
  }

  @Test
  void convertRoundsOnlyWhenAsked() {
    Run full = Run.of("convert", "12.5万亩", "公顷");
    assertEquals("8333.333333333333333333333333333333公顷", full.out().strip());
    assertEquals("8333.33公顷", Run.of("convert", "12.5万亩", "公顷", "--scale", "2").out().strip());
    assertEquals("8333.34公顷", Run.of("convert", "12.5万亩", "公顷", "--scale", "2", "--rounding", "UP").out().strip());
    Run exact = Run.of("convert", "12.5万亩", "公顷", "--scale", "2", "--rounding", "UNNECESSARY");
    assertEquals(2, exact.code());
    assertTrue(exact.err().contains("needs rounding"), exact.err());
  }

  @Test
  void convertInEnglish() {
    Run r = Run.of("convert", "130亿斤", "万吨", "--english");
    assertEquals(0, r.code());
    assertEquals("6.5 million tonnes", r.out().strip());
  }

  @Test
  void incompatibleUnitsExitTwoWithTheMessage() {
    Run r = Run.of("convert", "130亿斤", "万亩");
    assertEquals(2, r.code());
    assertEquals("", r.out());
    assertTrue(r.err().contains("亿斤") && r.err().contains("万亩") && r.err().contains("MASS"), r.err());
  }

  @Test
  void aBadQuantityOrUnitIsAUsageError() {
    Run q = Run.of("convert", "一百多点", "万吨");
    assertEquals(2, q.code());
    assertTrue(q.err().startsWith("zhibiao convert: "), q.err());
    assertEquals(2, Run.of("convert", "130亿斤", "万阿巴").code());
    assertEquals(2, Run.of("convert", "130亿斤").code());
    assertEquals(2, Run.of("nosuchcommand").code());
  }

  @ParameterizedTest
  @ValueSource(strings = {"convert", "read", "transcode", "check", "extract", "units", "regions"})
  void everyCommandsHelpShowsAnExample(String command) {
    Run r = Run.of(command, "--help");
    assertEquals(0, r.code());
    assertTrue(r.out().contains("Example") && r.out().contains("zhibiao " + command), r.out());
    assertTrue(r.out().contains("Exit codes"), r.out());
  }

  @Test
  void readSummarisesTheSeed() {
    Run r = Run.of("read", Run.SEED.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("format csv"), r.out());
    assertTrue(r.out().contains("130 read, 130 accepted, 0 rejected"), r.out());
    assertTrue(r.out().contains("regions 2: 150400-GXQ 赤峰高新区, 150400 赤峰市"), r.out());
    assertTrue(r.out().contains("periods 4: 2023, 2023-01/2023-11, 2023-06-30, 2023-12-31"), r.out());
  }

  @Test
  void readSelectsARegionAndAYear() throws IOException {
    long chifeng = Files.readAllLines(Run.SEED).stream().filter(l -> l.contains(",150400,赤峰市,")).count();
    Run r = Run.of("read", Run.SEED.toString(), "--region", "赤峰", "--year", "2023");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("selected region 150400 赤峰市 year 2023: " + chifeng + " observations"), r.out());
    assertTrue(r.out().contains("regions 1: 150400 赤峰市"), r.out());
    Run ambiguous = Run.of("read", Run.SEED.toString(), "--region", "朝阳区");
    assertEquals(2, ambiguous.code());
    assertTrue(ambiguous.err().contains("110105") && ambiguous.err().contains("220104"), ambiguous.err());
    Run none = Run.of("read", Run.SEED.toString(), "--year", "2019");
    assertTrue(none.out().contains("year 2019: 0 observations"), none.out());
  }

  private Path badCsv() throws IOException {
    List<String> lines = Files.readAllLines(Run.SEED);
    String good = lines.get(2);
    String bad = lines.get(3).replace(",个,", ",万阿巴,");
    Path f = dir.resolve("bad.csv");
    Files.write(f, List.of(lines.get(0), lines.get(1), bad, good));
    return f;
  }

  @Test
  void readFailsFastAtTheFirstProblemWithItsPlace() throws IOException {
    Run r = Run.of("read", badCsv().toString());
    assertEquals(1, r.code());
    assertTrue(r.out().contains("bad.csv, line 3, field 'unit': '万阿巴'"), r.out());
    assertTrue(r.out().contains("stopped at the first problem"), r.out());
  }

  @Test
  void readLenientCountsAndListsTheProblems() throws IOException {
    Run r = Run.of("read", "--lenient", badCsv().toString());
    assertEquals(0, r.code(), r.out());
    assertTrue(r.out().contains("3 read, 2 accepted, 1 rejected"), r.out());
    assertTrue(r.out().contains("problems (1):"), r.out());
    assertTrue(r.out().contains("bad.csv, line 3, field 'unit': '万阿巴'"), r.out());
  }

  @Test
  void readOfAMissingFileOrUnknownFormat() {
    Run missing = Run.of("read", dir.resolve("none.csv").toString());
    assertEquals(1, missing.code());
    assertTrue(missing.err().contains("no such file"), missing.err());
    Run format = Run.of("read", "--format", "nosuch", Run.SEED.toString());
    assertEquals(2, format.code());
    assertTrue(format.err().contains("installed: "), format.err());
  }

  /** Seed to every format that writes, and back through the same format where it reads. */
  @Test
  void transcodeBetweenEveryWriterAndReader() throws IOException {
    Dataset seed = DatasetFormats.read(Run.SEED);
    int written = 0;
    for (DatasetFormat f : DatasetFormats.installed().all()) {
      if (f.writer().isEmpty()) {
        continue;
      }
      Path out = dir.resolve("seed." + f.fileExtensions().get(0));
      Run r = Run.of("transcode", Run.SEED.toString(), out.toString(), "--to", f.id());
      if (r.code() == 1) { // the format refuses what it cannot hold, with a message
        assertTrue(r.err().contains("cannot write this data"), f.id() + ": " + r.err());
        continue;
      }
      assertEquals(0, r.code(), f.id() + ": " + r.err());
      written++;
      assertTrue(r.err().contains("130 observations"), r.err());
      if (f.reader().isPresent()) {
        Path back = dir.resolve("back-" + f.id() + ".csv");
        Run again = Run.of("transcode", out.toString(), back.toString(), "--from", f.id());
        assertEquals(0, again.code(), f.id() + ": " + again.err());
        Dataset read = DatasetFormats.read(back);
        if (List.of("csv", "json", "json-stat").contains(f.id())) {
          assertEquals(seed, read, f.id() + " round trip");
        } else { // csv-wide leaves out changes, rankings and notes, as its README says: the figures remain
          assertEquals(figures(seed), figures(read), f.id() + " round trip of the figures");
        }
      }
    }
    assertTrue(written >= 3, "csv, json and json-stat at least: " + written);
  }

  private static java.util.Set<String> figures(Dataset d) {
    java.util.Set<String> keys = new java.util.HashSet<>();
    for (Observation o : d.observations()) {
      keys.add(o.indicator().code() + " " + o.region().code() + " " + o.period() + " " + o.breakdowns() + " "
          + o.value().value().stripTrailingZeros().toPlainString() + " " + o.value().unit());
    }
    return keys;
  }

  @Test
  void transcodeToStandardOutputNeedsAFormat() {
    Run r = Run.of("transcode", Run.SEED.toString(), "-");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("--to"), r.err());
    Run json = Run.of("transcode", Run.SEED.toString(), "-", "--to", "json");
    assertEquals(0, json.code(), json.err());
    assertTrue(json.out().startsWith("{"), json.out());
  }

  @Test
  void checkExitsOneOnTheSeedsErrorFindingsAndWritesTheReports() throws IOException {
    Run r = Run.of("check", Run.SEED.toString(), "--report", dir.resolve("f.html").toString());
    assertEquals(1, r.code(), r.err());
    assertTrue(r.out().contains("14 relations"), r.out());
    assertTrue(Files.readString(dir.resolve("f.html")).contains("<html"));
    Run json = Run.of("check", Run.SEED.toString(), "--report", "-");
    assertEquals(1, json.code());
    List<Finding> findings = FindingsJson.read(new ByteArrayInputStream(json.out().getBytes(StandardCharsets.UTF_8)));
    assertTrue(findings.stream().anyMatch(f -> f.outcome() == Finding.Outcome.FAILED
        && f.severity() == Finding.Severity.ERROR));
    Matcher m = Pattern.compile("(\\d+) findings, (\\d+) errors").matcher(json.err());
    assertTrue(m.find(), json.err());
    assertEquals(findings.size(), Integer.parseInt(m.group(1)));
  }

  @Test
  void checkOfConsistentDataExitsZero() throws IOException {
    List<String> lines = Files.readAllLines(Run.SEED);
    Path f = dir.resolve("one.csv");
    Files.write(f, List.of(lines.get(0), lines.get(2)));
    Run r = Run.of("check", f.toString());
    assertEquals(0, r.code(), r.out() + r.err());
    assertTrue(r.out().contains("0 errors"), r.out());
    assertEquals(2, Run.of("check", f.toString(), "--report", "x.pdf").code());
  }

  @Test
  void extractWritesEachObservationWithItsSpan() throws IOException {
    Run r = Run.of("extract", Run.SAMPLE.toString());
    assertEquals(0, r.code(), r.err());
    String text = Files.readString(Run.SAMPLE);
    Dataset d = DatasetFormats.installed().byId("csv").orElseThrow().reader().orElseThrow()
        .open(new ByteArrayInputStream(r.out().getBytes(StandardCharsets.UTF_8)), "out", ReadOptions.defaults())
        .toDataset();
    assertTrue(d.size() >= 10, "observations: " + d.size());
    Pattern span = Pattern.compile("出处 sample-report\\.txt\\[(\\d+),(\\d+)\\)");
    for (Observation o : d.observations()) {
      Matcher m = span.matcher(o.note().orElse(""));
      assertTrue(m.find(), o.toString());
      String quoted = text.substring(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
      String number = o.value().value().abs().stripTrailingZeros().toPlainString();
      assertTrue(quoted.contains(number) || quoted.matches(".*[一二三四五六七八九十百千万].*"),
          o.indicator().name() + " " + number + " not in «" + quoted + "»");
    }
    assertTrue(r.err().contains("sentences not read"), r.err());
  }

  @Test
  void extractReadsGb18030AndTakesTheGivenContext() throws IOException {
    Path gb = dir.resolve("texts").resolve("gb.txt");
    Files.createDirectories(gb.getParent());
    Files.write(gb, "全市粮食总产量达到130亿斤,比上年增长2.1%。".getBytes(Charset.forName("GB18030")));
    Run none = Run.of("extract", gb.toString());
    assertEquals(2, none.code());
    assertTrue(none.err().contains("--region"), none.err());
    Path out = dir.resolve("facts.stat.json");
    Run r = Run.of("extract", gb.getParent().toString(), "--region", "赤峰市", "--year", "2023", "--to", "json-stat",
        "-o", out.toString());
    assertEquals(0, r.code(), r.err());
    Dataset d = DatasetFormats.read(out);
    assertEquals(1, d.size());
    Observation o = d.observations().get(0);
    assertEquals("粮食总产量", o.indicator().name());
    assertEquals("130亿斤", o.value().toString());
    assertEquals("150400", o.region().code());
    assertEquals("2023", o.period().toString());
  }

  @Test
  void readDetectsAGb18030Text() throws IOException {
    Path gb = dir.resolve("report.txt");
    Files.write(gb, "赤峰市2023年,全市粮食总产量达到130亿斤,比上年增长2.1%。".getBytes(Charset.forName("GB18030")));
    Run r = Run.of("read", gb.toString());
    assertEquals(0, r.code(), r.out() + r.err());
    assertTrue(r.out().contains("format text") && r.out().contains("GB18030"), r.out());
    assertTrue(r.out().contains("粮食总产量") && r.out().contains("150400 赤峰市"), r.out());
  }

  @Test
  void extractRefusesBytesThatAreNeitherUtf8NorGb18030() throws IOException {
    Path bad = dir.resolve("bad.txt");
    Files.write(bad, new byte[] {(byte) 0xB8, (byte) 0xDF, (byte) 0x81, (byte) 0x20});
    Run r = Run.of("extract", bad.toString(), "--region", "赤峰市", "--year", "2023");
    assertEquals(1, r.code());
    assertTrue(r.err().contains("not valid GB18030 at byte 2"), r.err());
  }

  @Test
  void unitsListAndLookUp() {
    Run all = Run.of("units");
    assertEquals(0, all.code());
    assertTrue(all.out().lines().anyMatch(l -> l.startsWith("斤\tjin\tMASS\t1/2")), all.out());
    Run mu = Run.of("units", "万亩");
    assertEquals(0, mu.code());
    assertTrue(mu.out().startsWith("万亩\t"), mu.out());
    assertTrue(mu.out().contains("20000000/3"), mu.out());
    assertEquals(1, Run.of("units", "阿巴").code());
  }

  @Test
  void regionsLookUpAndListCandidates() {
    Run one = Run.of("regions", "赤峰");
    assertEquals(0, one.code());
    assertTrue(one.out().startsWith("150400\t赤峰市\t赤峰\t"), one.out());
    Run amb = Run.of("regions", "朝阳区");
    assertEquals(1, amb.code());
    assertTrue(amb.out().contains("ambiguous") && amb.out().contains("110105") && amb.out().contains("220104"),
        amb.out());
    assertEquals(1, Run.of("regions", "不存在市").code());
    Run all = Run.of("regions");
    assertTrue(all.out().lines().count() > 3000, "regions listed");
  }
}
