package com.example.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class LivestockSummaryTest {

  @Test
  void readsTheSeedThroughTheInstalledArtifacts() {
    assertEquals("130 figures; 22106000头只; a year earlier 2089.0万头只; formats [csv, csv-wide, json, json-stat]",
        LivestockSummary.summarize(Path.of("../../seeds/chifeng-2023.csv")));
  }
}
