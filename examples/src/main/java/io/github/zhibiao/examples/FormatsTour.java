package io.github.zhibiao.examples;

import io.github.zhibiao.model.Dataset;
import io.github.zhibiao.spi.DatasetFormat;
import io.github.zhibiao.spi.DatasetFormats;
import io.github.zhibiao.spi.ReadOptions;
import io.github.zhibiao.spi.WriteOptions;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Converts the seed data between the formats: long CSV → native JSON → JSON-stat → wide CSV, and
 * reads each file back to show nothing was lost. The files go to the directory given as the first
 * argument (default {@code target/formats-tour}).
 *
 * <pre>./mvnw -q -pl examples -am compile exec:java -Dexample=io.github.zhibiao.examples.FormatsTour -Dexec.args=out</pre>
 */
public final class FormatsTour {
  private FormatsTour() {}

  public static void main(String[] args) {
    run(ChifengReport.SEED, Path.of(args.length > 0 ? args[0] : "target/formats-tour"), System.out);
  }

  static void run(Path seed, Path dir, PrintStream out) {
    DatasetFormats formats = DatasetFormats.installed();
    out.println("Installed formats:");
    for (DatasetFormat f : formats.all()) {
      out.println("  " + f.id() + " — " + f.name() + " (" + String.join(", ", f.fileExtensions()) + ", rank " + f.rank() + ")");
    }
    Dataset data = formats.open(seed, ReadOptions.defaults()).toDataset();
    out.println("Read " + data.size() + " observations of " + data.indicators().size() + " indicators from " + seed);
    try {
      Files.createDirectories(dir);
      write(formats, "json", data, dir.resolve("chifeng-2023.json"), out);
      write(formats, "json-stat", data, dir.resolve("chifeng-2023.stat.json"), out);
      write(formats, "csv", data, dir.resolve("chifeng-2023.roundtrip.csv"), out);
      write(formats, "csv-wide", data, dir.resolve("chifeng-2023.wide.csv"), out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(DatasetFormats formats, String id, Dataset data, Path file, PrintStream out)
      throws IOException {
    DatasetFormat format = formats.byId(id).orElseThrow();
    try (OutputStream o = Files.newOutputStream(file)) {
      format.writer().orElseThrow().write(data, o, WriteOptions.defaults().withPrettyPrinting(true));
    }
    Dataset back = format.reader().orElseThrow().open(Files.newInputStream(file), file.getFileName().toString(),
        ReadOptions.defaults()).toDataset();
    String detected = formats.sniff(Files.readAllBytes(file)).map(DatasetFormat::id).orElse("?");
    out.println("  " + id + " → " + file + " (" + Files.size(file) + " bytes, sniffed as " + detected + "): "
        + back.size() + " observations read back");
  }
}
