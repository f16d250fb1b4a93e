package com.example.consumer;

import io.github.zhibiao.calc.Growth;
import io.github.zhibiao.calc.Rounding;
import io.github.zhibiao.model.Dataset;
import io.github.zhibiao.model.Observation;
import io.github.zhibiao.spi.DatasetFormats;
import io.github.zhibiao.unit.Quantity;
import io.github.zhibiao.unit.Units;
import java.nio.file.Path;

/** What a user's service does with zhibiao: read a file, convert, compute. */
public final class LivestockSummary {
  private LivestockSummary() {}

  /** The livestock stock in head and the value a year earlier that its stated growth implies. */
  public static String summarize(Path csv) {
    Dataset data = DatasetFormats.read(csv);
    Observation livestock = data.byIndicator("LIVESTOCK_STOCK").get(0);
    Quantity heads = livestock.value().to(Units.of("头只"));
    Quantity before = Rounding.asStated(Growth.impliedPrevious(livestock), livestock.value());
    return data.size() + " figures; " + heads + "; a year earlier " + before + "; formats "
        + DatasetFormats.installed().all().stream().map(f -> f.id()).sorted().toList();
  }

  public static void main(String[] args) {
    System.out.println(summarize(Path.of(args[0])));
  }
}
