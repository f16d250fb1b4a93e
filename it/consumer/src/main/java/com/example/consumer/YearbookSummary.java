package com.example.consumer;

import io.github.zhibiao.excel.ExcelOptions;
import io.github.zhibiao.excel.XlsxFormat;
import io.github.zhibiao.model.Dataset;
import io.github.zhibiao.model.Observation;
import io.github.zhibiao.model.Period;
import io.github.zhibiao.spi.DatasetFormats;
import io.github.zhibiao.spi.ObservationCursor;
import io.github.zhibiao.spi.ReadOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What a user's service does with a yearbook workbook: read it in one call, or with a sheet named. */
public final class YearbookSummary {
  private YearbookSummary() {}

  /** The observations of a yearbook table, and the 2023 figure of its first region, read twice: found by extension, and named. */
  public static String summarize(Path xlsx) {
    Dataset found = DatasetFormats.read(xlsx);
    Dataset named;
    XlsxFormat format = new XlsxFormat(ExcelOptions.defaults().withSheets("表2-5"));
    try (InputStream in = Files.newInputStream(xlsx);
        ObservationCursor cursor = format.reader().orElseThrow().open(in, xlsx.getFileName().toString(),
            ReadOptions.defaults())) {
      named = cursor.toDataset();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Observation first = named.observations().stream().filter(o -> o.period().equals(Period.year(2023)))
        .findFirst().orElseThrow();
    return found.size() + " observations; " + first.region().name() + " " + first.value() + " "
        + first.change().map(c -> c.amount().toString()).orElse("-") + "; same both ways: " + found.equals(named);
  }
}
