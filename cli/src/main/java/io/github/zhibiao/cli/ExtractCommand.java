package io.github.zhibiao.cli;

import io.github.zhibiao.model.Dataset;
import io.github.zhibiao.model.Observation;
import io.github.zhibiao.model.Region;
import io.github.zhibiao.model.Regions;
import io.github.zhibiao.spi.DatasetFormat;
import io.github.zhibiao.spi.ReadProgress;
import io.github.zhibiao.spi.WriteOptions;
import io.github.zhibiao.text.ExtractedFact;
import io.github.zhibiao.text.Extraction;
import io.github.zhibiao.text.ExtractionContext;
import io.github.zhibiao.text.TextExtractor;
import io.github.zhibiao.text.UnreadSentence;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code zhibiao extract TEXT-FILE-OR-DIR…}: observations from prose. */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = {"Reads Chinese statistical prose (UTF-8 or GB18030, detected; directories: every .txt file in"
        + " them) and writes its observations as CSV, JSON or JSON-stat to standard output, or to -o OUT.",
        "Each observation's note ends with its source span: 出处 FILE[START,END) (character offsets into the"
            + " decoded text, end exclusive). Sentences with a number that gave no observation are listed on"
            + " standard error.",
        "The region and year of 全市 and 全年 are --region and --year, or else the first region named in full and"
            + " the first 20xx年 of each text."},
    footer = {"", "Examples:", "  zhibiao extract examples/data/sample-report.txt",
        "  zhibiao extract reports/ --region 赤峰市 --year 2023 --to json-stat -o facts.stat.json", "",
        "Exit codes: 0 written; 1 a file that cannot be read or data the format cannot hold; 2 a bad option, or"
            + " a text that names no region or year when none is given."})
final class ExtractCommand implements Callable<Integer> {
  @ParentCommand
  Zhibiao parent;

  @Parameters(arity = "1..*", paramLabel = "TEXT-FILE-OR-DIR", description = "prose files or directories")
  List<Path> inputs;

  @Option(names = "--to", paramLabel = "ID", defaultValue = "csv",
      description = "csv, json or json-stat (or any writing format's id); default ${DEFAULT-VALUE}")
  String to;

  @Option(names = "--region", paramLabel = "NAME", description = "the region of the texts (name or code)")
  String region;

  @Option(names = "--year", paramLabel = "YEAR", description = "the year under review")
  Integer year;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "the file to write; default standard output")
  String output;

  @Option(names = "--no-spans", negatable = false, description = "leave the notes without the source span")
  boolean noSpans;

  @Override
  public Integer call() {
    Env env = parent.env;
    DatasetFormat writer = Outputs.writeFormat(output == null ? "-" : output, to);
    Region given = region == null ? null : Inputs.region(region);
    if (year != null && (year < 1900 || year > 2100)) {
      throw new Failure(Zhibiao.USAGE, "--year " + year + " is not a year such as 2023");
    }
    List<Path> files = Inputs.textFiles(inputs);
    boolean directory = inputs.stream().anyMatch(Files::isDirectory);
    TextExtractor extractor = TextExtractor.create();
    Dataset.Builder all = Dataset.builder();
    long facts = 0;
    long unread = 0;
    for (Path file : files) {
      String text = Inputs.readText(file);
      ExtractionContext context = context(file, text, given);
      String source = file.getFileName().toString();
      Consumer<ReadProgress> progress = Inputs.progress(env, Inputs.size(file), directory);
      Extraction result = progress == null ? extractor.extract(text, context)
          : extractor.extract(text, context, source, progress);
      for (ExtractedFact fact : result.facts()) {
        Observation o = fact.observation();
        if (!noSpans) {
          String span = "出处 " + source + "[" + fact.start() + "," + fact.end() + ")";
          o = o.withNote(o.note().map(n -> n + "; " + span).orElse(span));
        }
        all.add(o);
        facts++;
      }
      for (UnreadSentence s : result.unread()) {
        env.err().println(source + "[" + s.start() + "," + s.end() + ") not read: " + s.text() + " — " + s.reason());
        unread++;
      }
    }
    Outputs.write(all.build(), writer, output == null ? "-" : output, WriteOptions.defaults(), env.out());
    env.err().println(files.size() + " texts: " + facts + " observations written"
        + (output == null ? "" : " to " + output) + " (" + writer.id() + "), " + unread + " sentences not read");
    return Zhibiao.OK;
  }

  private ExtractionContext context(Path file, String text, Region givenRegion) {
    if (givenRegion != null && year != null) {
      return ExtractionContext.of(givenRegion, year);
    }
    Optional<ExtractionContext> named = ExtractionContext.fromText(text, Regions.builtIn());
    if (named.isEmpty()) {
      throw new Failure(Zhibiao.USAGE, file + " names no region or no year (20xx年); give --region and --year,"
          + " e.g. --region 赤峰市 --year 2023");
    }
    ExtractionContext c = named.get();
    return ExtractionContext.of(givenRegion != null ? givenRegion : c.region(), year != null ? year : c.year());
  }
}
