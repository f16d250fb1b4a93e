package io.github.zhibiao.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.zhibiao.calc.Finding;
import io.github.zhibiao.calc.Finding.Check;
import io.github.zhibiao.calc.Finding.Outcome;
import io.github.zhibiao.calc.Finding.Severity;
import io.github.zhibiao.json.FindingsJson;
import io.github.zhibiao.json.RelationsJson;
import io.github.zhibiao.model.Dataset;
import io.github.zhibiao.spi.DatasetFormats;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The example on the seed with its relations file: the findings an analyst expects, and no false alarm. */
class ConsistencyCheckTest {
  static final Path SEED = Path.of("../seeds/chifeng-2023.csv");
  static final Path RELATIONS = Path.of("../seeds/chifeng-2023.relations.json");
  static final Path OUT = Path.of("target/consistency");
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");

  static List<Finding> seedFindings() {
    return ConsistencyCheck.findings(DatasetFormats.read(SEED), RelationsJson.read(RELATIONS));
  }

  static String failed(Finding f) {
    return f.severity() + " " + f.check() + " " + f.observations().get(0).indicator().code();
  }

  @Test
  void theSeedGivesExactlyTheFindingsAnAnalystExpects() {
    List<Finding> findings = seedFindings();
    List<String> failures = findings.stream().filter(f -> f.outcome() == Outcome.FAILED).map(ConsistencyCheckTest::failed)
        .collect(Collectors.toList());
    assertEquals(List.of(
        "WARNING DUPLICATE AIR_GOOD_DAYS_RATIO",                      // 92.6% and 93.6% (剔除沙尘影响)
        "WARNING SUBSET EVENT_PROJECTS.PLANNED_INVESTMENT",           // 2474.4亿元 inside 1532.4亿元
        "ERROR ONE_TO_ONE MINOR_PROTECTION_STATIONS.TOWNSHIP",        // 177 stations, 183 supervisors
        "ERROR COUNT_RATE NEW_SIGNED_PROJECTS.COMPLETION_RATE"),      // 24.3% of 598
        failures, "no other check fails on the seed: every other finding passes or could not be made");
    Finding rate = findings.stream().filter(f -> f.check() == Check.COUNT_RATE && !f.passed()).findFirst().orElseThrow();
    assertTrue(rate.messageEn().contains("145/598 = ≈24.247%, 146/598 = ≈24.415%"), rate.messageEn());
    Finding duplicate = findings.stream().filter(f -> f.check() == Check.DUPLICATE).findFirst().orElseThrow();
    assertTrue(duplicate.messageZh().contains("剔除沙尘影响"), duplicate.messageZh());
    // what passes is checked too: the brand sum, the 50.2% start rate (300/598), the livestock remainder, targets
    assertHas(findings, Check.SUM, Outcome.PASSED, "754.49");
    assertHas(findings, Check.COUNT_RATE, Outcome.PASSED, "k = 300");
    assertHas(findings, Check.REMAINDER, Outcome.PASSED, "67.9");
    assertHas(findings, Check.TARGET, Outcome.PASSED, "1.75 万人");
    assertHas(findings, Check.ONE_TO_ONE, Outcome.PASSED, "12 child regions");
    assertHas(findings, Check.STREAK, Outcome.SKIPPED, "连续11年保持在100亿斤以上");
    assertHas(findings, Check.RANK_CLAIM, Outcome.PASSED, "前列");
    assertEquals(DatasetFormats.read(SEED), DatasetFormats.read(SEED), "the data is read, never altered");
  }

  static void assertHas(List<Finding> findings, Check check, Outcome outcome, String text) {
    assertTrue(findings.stream().anyMatch(f -> f.check() == check && f.outcome() == outcome
        && (f.messageEn().contains(text) || f.arithmetic().contains(text))), () -> "no " + check + " " + outcome + " with '"
        + text + "' in " + findings);
  }

  @Test
  void theReportIsWrittenAsJsonTextAndHtml() throws IOException {
    List<Finding> findings = seedFindings();
    ConsistencyCheck.write(findings, OUT);
    try (InputStream in = Files.newInputStream(OUT.resolve("findings.json"))) {
      assertEquals(findings, FindingsJson.read(in), "the JSON gives back the findings");
    }
    String json = Files.readString(OUT.resolve("findings.json"));
    assertTrue(json.contains("\"ERROR\" : 2"), json.substring(0, 200));
    String text = Files.readString(OUT.resolve("findings.txt"));
    assertTrue(text.contains("汇总 / Summary: ERROR 2, WARNING 2, INFO "), text.substring(0, 300));
    String html = Files.readString(OUT.resolve("findings.html"));
    assertFalse(html.contains("http://") || html.contains("https://") || html.contains("<script")
        || html.contains("<link"), "the page loads nothing: no script, no link, no address");
    assertTrue(html.contains("<section id=\"error\"><h2>错误 ERROR (2)</h2>"), html);
  }

  @Test
  void aProseReportShowsEachFigureMarkedInItsSentence() throws IOException {
    List<Finding> findings = ConsistencyCheck.prose(Path.of("data/sample-report.txt"), OUT);
    String html = Files.readString(OUT.resolve("prose-findings.html"));
    assertHas(findings, Check.TARGET, Outcome.PASSED, "1.75 万人");
    assertTrue(html.contains("<blockquote>这一年,全市<mark>城镇新增就业2.05万人,完成年度计划的117.10%"), html);
    assertHas(findings, Check.STREAK, Outcome.SKIPPED, "连续11年保持在100亿斤以上");
    assertTrue(html.contains("完成年度计划的117.10%"), html);
  }

  @Test
  void theReportPageRendersInHeadlessChromiumWithNoConsoleError() throws Exception {
    assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed (apt-get install chromium): skipped");
    List<Finding> findings = seedFindings();
    ConsistencyCheck.write(findings, OUT);
    Path page = OUT.resolve("findings.html").toAbsolutePath();
    Path screenshot = OUT.resolve("findings.png").toAbsolutePath();
    Files.deleteIfExists(screenshot);
    Chrome dom = chromium(page, "--dump-dom");
    assertEquals(List.of(), dom.console, "console messages of the page");
    assertTrue(dom.out.contains("新签约项目竣工率") && dom.out.contains("145/598"), "the page rendered its findings");
    Chrome shot = chromium(page, "--screenshot=" + screenshot, "--window-size=1280,2400", "--hide-scrollbars");
    assertEquals(List.of(), shot.console, "console messages of the page");
    assertTrue(Files.size(screenshot) > 10_000, "a screenshot of the page under target/: " + screenshot);
  }

  @Test
  void theConsoleCheckSeesAnErrorWhenThereIsOne() throws Exception {
    assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed (apt-get install chromium): skipped");
    Files.createDirectories(OUT);
    Path bad = OUT.resolve("console-error.html").toAbsolutePath();
    Files.writeString(bad, "<!DOCTYPE html><html><body><p>x</p><script>console.error('broken page')</script></body></html>");
    assertTrue(chromium(bad, "--dump-dom").console.stream().anyMatch(l -> l.contains("broken page")),
        "the check would catch a console error");
  }

  /** What one headless Chromium run printed: its standard output, and the console lines of its log. */
  record Chrome(String out, List<String> console) {}

  static Chrome chromium(Path page, String... args) throws Exception {
    Path profile = Files.createTempDirectory("zhibiao-chromium-profile");
    List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0"));
    command.addAll(List.of(args));
    command.add(page.toUri().toString());
    Path err = OUT.resolve("chromium-" + args[0].replaceAll("[^a-z-].*", "") + ".log").toAbsolutePath();
    Process p = new ProcessBuilder(command).redirectError(err.toFile()).start();
    byte[] out;
    try {
      out = p.getInputStream().readAllBytes();
      if (!p.waitFor(120, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new AssertionError("chromium did not finish: " + command);
      }
    } finally {
      try (java.util.stream.Stream<Path> files = Files.walk(profile)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
      }
    }
    List<String> console = Files.readAllLines(err, StandardCharsets.UTF_8).stream()
        .filter(l -> l.contains(":CONSOLE")).collect(Collectors.toList());
    return new Chrome(new String(out, StandardCharsets.UTF_8), console);
  }
}
