package io.github.zhibiao.examples;

import io.github.zhibiao.calc.Consistency;
import io.github.zhibiao.calc.Finding;
import io.github.zhibiao.calc.Relation;
import io.github.zhibiao.json.FindingsJson;
import io.github.zhibiao.json.RelationsJson;
import io.github.zhibiao.model.Dataset;
import io.github.zhibiao.report.FindingsReport;
import io.github.zhibiao.model.Region;
import io.github.zhibiao.spi.DatasetFormats;
import io.github.zhibiao.text.Extraction;
import io.github.zhibiao.text.ExtractionContext;
import io.github.zhibiao.text.TextExtractor;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs the consistency checks on the seed data as it is, with the relations file beside it
 * ({@code seeds/chifeng-2023.relations.json}), prints the findings and writes the report as JSON,
 * plain text and one HTML page. The seed is not altered: every relation is one the report's
 * wording gives (its note says which), and the automatic checks (conflicts and duplicates, growth,
 * targets from plan completion, rank claims, streaks) run on the seed's own figures.
 *
 * <pre>./mvnw -q -pl examples -am compile exec:java -Dexample=io.github.zhibiao.examples.ConsistencyCheck \
 *     -Dexec.args="examples/target/consistency"</pre>
 *
 * writes {@code findings.json}, {@code findings.txt} and {@code findings.html} into the directory
 * given (default {@code target/consistency}). It also reads the short prose report written for the
 * examples ({@code examples/data/sample-report.txt}) with io-text, checks what it read and writes
 * {@code prose-findings.html}, where each finding shows the sentence of its figures with the figure
 * marked. Exits with status 1 when a check of the seed fails, 0 otherwise.
 */
public final class ConsistencyCheck {
  /** The relations file beside the seed. */
  static final Path RELATIONS = ChifengReport.SEED.resolveSibling("chifeng-2023.relations.json");

  /** The prose report written for the examples. */
  static final Path SAMPLE = Path.of("examples", "data", "sample-report.txt");

  /** The report's titles. */
  static final FindingsReport REPORT = FindingsReport.titled("赤峰市2023年数据一致性检查",
      "Chifeng 2023: consistency of the published figures");

  private ConsistencyCheck() {}

  /**
   * Checks the seed, writes the report and exits with status 1 when a check fails.
   *
   * @param args the output directory (optional)
   */
  public static void main(String[] args) {
    Path dir = Path.of(args.length > 0 ? args[0] : "target/consistency");
    List<Finding> findings = findings(DatasetFormats.read(ChifengReport.SEED), RelationsJson.read(RELATIONS));
    print(findings, System.out);
    write(findings, dir);
    System.out.println("report: " + dir.resolve("findings.html").toAbsolutePath());
    if (Files.exists(SAMPLE)) {
      prose(SAMPLE, dir);
      System.out.println("prose report: " + dir.resolve("prose-findings.html").toAbsolutePath());
    }
    System.exit(findings.stream().anyMatch(f -> f.outcome() == Finding.Outcome.FAILED) ? 1 : 0);
  }

  /** The findings on {@code data} with {@code relations}, unaltered. */
  static List<Finding> findings(Dataset data, List<Relation> relations) {
    return Consistency.builder().relations(relations).build().run(data);
  }

  /** Writes findings.json, findings.txt and findings.html into {@code dir}. */
  static void write(List<Finding> findings, Path dir) {
    try {
      Files.createDirectories(dir);
      FindingsJson.write(findings, dir.resolve("findings.json"));
      Files.writeString(dir.resolve("findings.txt"), REPORT.toText(findings), StandardCharsets.UTF_8);
      Files.writeString(dir.resolve("findings.html"), REPORT.toHtml(findings), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a prose report of 赤峰市 for 2023, checks what it read (automatic checks only) and writes
   * {@code prose-findings.html} into {@code dir}, each figure marked in its sentence.
   */
  static List<Finding> prose(Path text, Path dir) {
    try {
      String prose = Files.readString(text, StandardCharsets.UTF_8);
      Extraction read = TextExtractor.create().extract(prose, ExtractionContext.of(Region.CHIFENG, 2023));
      List<Finding> findings = Consistency.check(read.toDataset());
      Files.createDirectories(dir);
      Files.writeString(dir.resolve("prose-findings.html"), FindingsReport.titled("示例文本的一致性检查",
          "Consistency of a prose report").withQuotes(read.quotes(prose)).toHtml(findings), StandardCharsets.UTF_8);
      return findings;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Prints the failed findings in full and a count of the rest; returns how many failed. */
  static int print(List<Finding> findings, PrintStream out) {
    int failed = 0;
    for (Finding f : findings) {
      if (f.outcome() != Finding.Outcome.FAILED) {
        continue;
      }
      failed++;
      out.println("[" + f.severity() + " " + f.outcome() + "] " + f.check());
      out.println("    " + f.messageZh());
      out.println("    " + f.messageEn());
      out.println("    " + f.arithmetic());
    }
    out.println();
    out.println(findings.size() + " checks, " + failed + " failed; the others passed or could not be made"
        + " (see the report).");
    return failed;
  }
}
