package io.github.zhibiao.examples;

import io.github.zhibiao.model.Observation;
import io.github.zhibiao.model.Region;
import io.github.zhibiao.model.Regions;
import io.github.zhibiao.spi.DatasetFormat;
import io.github.zhibiao.spi.DatasetFormats;
import io.github.zhibiao.spi.WriteOptions;
import io.github.zhibiao.text.ExtractedFact;
import io.github.zhibiao.text.Extraction;
import io.github.zhibiao.text.ExtractionContext;
import io.github.zhibiao.text.TextExtractor;
import io.github.zhibiao.text.UnreadSentence;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Extracts the figures of a Chinese report written as prose and writes them as CSV or JSON.
 *
 * <pre>
 *   ExtractFacts [input.txt [output.csv|output.json [region [year]]]]
 * </pre>
 *
 * Defaults: {@code examples/data/sample-report.txt} and {@code examples/target/sample-report-facts.csv};
 * the region (a name or GB/T 2260 code) and year default to the first ones the text names. The
 * output format is chosen by extension among the installed formats (zhibiao-io-csv,
 * zhibiao-io-json). Each fact is also printed with its subject, span and confidence, and each
 * sentence with a number that gave no fact is listed.
 */
public final class ExtractFacts {
  private ExtractFacts() {}

  /**
   * Runs the example.
   *
   * @param args input file, output file, region, year; all optional
   * @throws IOException if the input cannot be read or the output written
   */
  public static void main(String[] args) throws IOException {
    Path input = Path.of(args.length > 0 ? args[0] : "examples/data/sample-report.txt");
    Path output = Path.of(args.length > 1 ? args[1] : "examples/target/sample-report-facts.csv");
    String text = Files.readString(input, StandardCharsets.UTF_8);
    ExtractionContext context;
    if (args.length > 3) {
      if (!args[3].matches("[0-9]{4}")) {
        System.err.println("the year '" + args[3] + "' is not a four-digit year such as 2023");
        System.exit(2);
      }
      context = ExtractionContext.of(Regions.builtIn().require(args[2]), Integer.parseInt(args[3]));
    } else {
      Optional<ExtractionContext> named = ExtractionContext.fromText(text, Regions.builtIn());
      if (named.isEmpty()) {
        System.err.println(input + " names no region or year; give them: ExtractFacts in.txt out.csv 赤峰市 2023");
        System.exit(2);
        return;
      }
      context = named.get();
      if (args.length > 2) {
        Region region = Regions.builtIn().require(args[2]);
        context = ExtractionContext.of(region, context.year());
      }
    }

    Extraction extraction = TextExtractor.create().extract(text, context);
    System.out.println("Context: " + context);
    for (ExtractedFact fact : extraction.facts()) {
      Observation o = fact.observation();
      System.out.printf("%-6s %-28s %-16s %-16s %s%s%s%n", fact.confidence(), fact.subject(), o.value(), o.period(),
          o.change().map(c -> " Δ " + c).orElse(""), o.ranking().map(r -> " rank " + r).orElse(""),
          o.share().map(s -> " share " + s).orElse(""));
    }
    for (UnreadSentence unread : extraction.unread()) {
      System.out.println("not read: " + unread.text());
    }

    DatasetFormats formats = DatasetFormats.installed();
    Optional<DatasetFormat> format = formats.byExtension(output).filter(f -> f.writer().isPresent());
    if (format.isEmpty()) {
      System.err.println("no installed format writes " + output.getFileName()
          + "; put zhibiao-io-csv (for .csv) or zhibiao-io-json (for .json) on the class path");
      System.exit(2);
      return;
    }
    if (output.toAbsolutePath().getParent() != null) {
      Files.createDirectories(output.toAbsolutePath().getParent());
    }
    formats.write(extraction.toDataset(), output, WriteOptions.defaults());
    System.out.println(extraction.facts().size() + " facts written to " + output + " (" + format.get().id() + "), "
        + extraction.unread().size() + " sentences not read");
  }
}
