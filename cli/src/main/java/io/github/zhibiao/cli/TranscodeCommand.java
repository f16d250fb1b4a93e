package io.github.zhibiao.cli;

import io.github.zhibiao.model.Dataset;
import io.github.zhibiao.spi.DatasetFormat;
import io.github.zhibiao.spi.ObservationCursor;
import io.github.zhibiao.spi.Problem;
import io.github.zhibiao.spi.ReadOptions;
import io.github.zhibiao.spi.ReadReport;
import io.github.zhibiao.spi.WriteOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code zhibiao transcode IN OUT}: one format to another. */
@Command(name = "transcode", mixinStandardHelpOptions = true,
    description = {"Reads IN with any format that reads and writes OUT with any format that writes: the format of"
        + " OUT's extension, or --to ID. OUT '-' is standard output (needs --to).",
        "A writer refuses, with a message, what its format cannot hold (exit 1)."},
    footer = {"", "Examples:", "  zhibiao transcode seeds/chifeng-2023.csv chifeng.stat.json",
        "  zhibiao transcode yearbook.xlsx - --to json --pretty", "",
        "Exit codes: 0 written; 1 a problem in the input or data the output format cannot hold; 2 a bad option."})
final class TranscodeCommand implements Callable<Integer> {
  @ParentCommand
  Zhibiao parent;

  @Parameters(index = "0", paramLabel = "IN", description = "the file to read")
  Path in;

  @Parameters(index = "1", paramLabel = "OUT", description = "the file to write, or - for standard output")
  String out;

  @Option(names = "--from", paramLabel = "ID", description = "read with this format")
  String from;

  @Option(names = "--to", paramLabel = "ID", description = "write with this format: csv, csv-wide, json, json-stat, …")
  String to;

  @Option(names = "--lenient", description = "skip bad records (counted and listed on standard error)")
  boolean lenient;

  @Option(names = "--pretty", description = "indent JSON")
  boolean pretty;

  @Option(names = "--bom", description = "start UTF-8 output with a byte-order mark (for Excel)")
  boolean bom;

  @Option(names = "--gb18030", description = "write GB18030 instead of UTF-8")
  boolean gb18030;

  @Override
  public Integer call() {
    Env env = parent.env;
    DatasetFormat writer = Outputs.writeFormat(out, to);
    DatasetFormat reader = Inputs.readFormat(in, from);
    ReadOptions options = Inputs.withCharset(in, reader,
        lenient ? ReadOptions.defaults().lenient() : ReadOptions.defaults());
    Dataset data;
    ReadReport report;
    try (ObservationCursor cursor = Inputs.open(in, reader, options, Inputs.progress(env, Inputs.size(in), false))) {
      Dataset.Builder b = Dataset.builder();
      while (cursor.hasNext()) {
        b.add(cursor.next());
      }
      data = b.build();
      report = cursor.report();
    }
    for (Problem p : report.problems()) {
      env.err().println("skipped: " + p);
    }
    WriteOptions w = WriteOptions.defaults().withPrettyPrinting(pretty).withBom(bom);
    if (gb18030) {
      w = w.withCharset(java.nio.charset.Charset.forName("GB18030"));
    } else {
      w = w.withCharset(StandardCharsets.UTF_8);
    }
    Outputs.write(data, writer, out, w, env.out());
    env.err().println(in + " (" + reader.id() + ") → " + out + " (" + writer.id() + "): " + data.size()
        + " observations" + (report.rejected() > 0 ? ", " + report.rejected() + " records skipped" : ""));
    return Zhibiao.OK;
  }
}
