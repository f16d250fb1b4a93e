package io.github.zhibiao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shaded jar as a real process: {@code java -jar zhibiao-cli-<version>.jar …}. Runs after package. */
class JarIT {
  static final String PROPERTY = "zhibiao.cli.jar";
  static Path jar;

  /** Only the pom's execution after package names the jar; a run in the test phase (-Dtest=…) skips. */
  @BeforeAll
  static void theBuiltJar() {
    String p = System.getProperty(PROPERTY);
    Assumptions.assumeTrue(p != null, PROPERTY + " is set by the 'jar' execution after package");
    jar = Path.of(p);
  }

  @TempDir
  Path dir;

  record Result(int code, String out, String err) {}

  static Result java(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", jar.toString()));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
        .start();
    byte[] out = p.getInputStream().readAllBytes();
    byte[] err = p.getErrorStream().readAllBytes();
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
  }

  @Test
  void theJarIsThere() {
    assertTrue(Files.isRegularFile(jar), jar + " (build with package)");
    assertTrue(jar.getFileName().toString().matches("zhibiao-cli-.+\\.jar"), jar.toString());
  }

  @Test
  void convert() throws Exception {
    Result r = java("convert", "130亿斤", "万吨");
    assertEquals(0, r.code(), r.err());
    assertEquals("650万吨", r.out().strip());
    Result bad = java("convert", "130亿斤", "万亩");
    assertEquals(2, bad.code());
    assertTrue(bad.err().contains("MASS"), bad.err());
    assertEquals("", bad.out());
  }

  @Test
  void readAndCheckTheSeed() throws Exception {
    Result r = java("read", Run.SEED.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("130 read, 130 accepted, 0 rejected"), r.out());
    assertEquals("", r.err(), "no progress bar when stderr is not a terminal");
    Result c = java("check", Run.SEED.toString());
    assertEquals(1, c.code(), c.err());
    assertTrue(c.out().contains("2 errors"), c.out());
  }

  /** The services files of every format module were merged into the jar. */
  @Test
  void everyFormatIsInTheJar() throws Exception {
    Result help = java("read", "--format", "nosuch", Run.SEED.toString());
    assertEquals(2, help.code());
    for (String id : List.of("csv", "csv-wide", "json", "json-stat", "sdmx-csv", "sdmx-json", "nbs-json", "xlsx",
        "xls", "text")) {
      assertTrue(help.err().matches("(?s).*installed: .*\\b" + id + "\\b.*"), id + " in " + help.err());
    }
    Path out = dir.resolve("seed.stat.json");
    Result t = java("transcode", Run.SEED.toString(), out.toString());
    assertEquals(0, t.code(), t.err());
    Result back = java("read", out.toString());
    assertTrue(back.out().contains("format json-stat") && back.out().contains("130 accepted"), back.out());
  }

  @Test
  void extractUnitsRegionsAndHelp() throws Exception {
    Result e = java("extract", Run.SAMPLE.toString(), "--to", "json");
    assertEquals(0, e.code(), e.err());
    assertTrue(e.out().startsWith("{") && e.out().contains("出处 sample-report.txt["), e.out());
    assertEquals(0, java("units", "斤").code());
    Result r = java("regions", "朝阳区");
    assertEquals(1, r.code());
    assertTrue(r.out().contains("110105") && r.out().contains("220104"), r.out());
    Result h = java("--help");
    assertEquals(0, h.code());
    assertTrue(h.out().contains("Exit codes") && h.out().contains("transcode"), h.out());
    assertEquals(2, java().code());
  }
}
