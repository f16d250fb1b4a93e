package com.example.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class LivestockSummaryTest {

  @Test
  void readsTheSeedThroughTheInstalledArtifacts() {
    assertEquals("130 figures; 22106000头只; a year earlier 2089.0万头只; formats [csv, csv-wide, json, json-stat, nbs-json, "
        + "sdmx-csv, sdmx-json, xls, xlsx]",
        LivestockSummary.summarize(Path.of("../../seeds/chifeng-2023.csv")));
  }

  @Test
  void readsAYearbookWorkbookThroughTheInstalledArtifacts() {
    assertEquals("8 observations; 赤峰市 2166.4亿元 5%; same both ways: true",
        YearbookSummary.summarize(Path.of("../../examples/data/2-5 赤峰市各旗县区地区生产总值.xlsx")));
  }
}
