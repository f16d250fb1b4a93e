package io.github.zhibiao.examples;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zhibiao.spi.DatasetFormats;
import io.github.zhibiao.spi.ObservationCursor;
import io.github.zhibiao.spi.ReadOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * zhibiao logs through {@link System.Logger} at DEBUG: quiet by default, and with the JDK's
 * default backend (java.util.logging) at FINE it says which format was chosen and why, the charset
 * and delimiter detected, and the problems skipped in lenient mode.
 */
class LoggingTest {

  @Test
  void quietByDefault() {
    for (String name : List.of("io.github.zhibiao.spi.DatasetFormats", "io.github.zhibiao.spi.AbstractObservationCursor",
        "io.github.zhibiao.csv.CsvInput")) {
      assertFalse(System.getLogger(name).isLoggable(System.Logger.Level.DEBUG), name + " is quiet by default");
    }
  }

  @Test
  void atDebugItSaysWhatItDecidedAndWhatItSkipped(@TempDir Path dir) throws Exception {
    Logger zhibiao = Logger.getLogger("io.github.zhibiao");
    Level before = zhibiao.getLevel();
    List<String> messages = new ArrayList<>();
    Handler capture = new Handler() {
      @Override
      public void publish(LogRecord r) {
        messages.add(r.getLoggerName() + " " + r.getLevel() + " " + r.getMessage());
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    zhibiao.setLevel(Level.FINE);
    zhibiao.addHandler(capture);
    try {
      try (ObservationCursor c = DatasetFormats.installed().open(ExamplesTest.SEED, ReadOptions.defaults())) {
        c.stream().count();
      }
      Path bad = dir.resolve("bad.csv");
      Files.writeString(bad, "indicator\tregion\tperiod\tvalue\tunit\nGRAIN\t150400\t2023\tabc\t亿斤\n",
          StandardCharsets.UTF_8);
      try (ObservationCursor c = DatasetFormats.installed().open(bad, ReadOptions.defaults().lenient())) {
        c.stream().count();
      }
    } finally {
      zhibiao.removeHandler(capture);
      zhibiao.setLevel(before);
    }
    String all = String.join("\n", messages);
    assertTrue(all.contains("io.github.zhibiao.spi.DatasetFormats FINE reading ../seeds/chifeng-2023.csv as csv, chosen by"
        + " its extension and content"), all);
    assertTrue(all.contains("io.github.zhibiao.csv.CsvInput FINE chifeng-2023.csv: charset UTF-8 (detected), delimiter ','"
        + " (detected)"), all);
    assertTrue(all.contains("bad.csv: charset UTF-8 (detected), delimiter tab (detected)"), all);
    assertTrue(all.contains("io.github.zhibiao.spi.AbstractObservationCursor FINE skipped in lenient mode: bad.csv, line 2,"
        + " field 'value'"), all);
  }
}
