package io.github.zhibiao.cli;

import io.github.zhibiao.spi.ReadProgress;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** One in-process run of the command line: exit code, standard output and error, progress events. */
record Run(int code, String out, String err, List<ReadProgress> events) {
  static final Path SEED = Path.of("..", "seeds", "chifeng-2023.csv");
  static final Path SAMPLE = Path.of("..", "examples", "data", "sample-report.txt");

  static Run of(String... args) {
    return run(false, args);
  }

  /** Runs as if standard error were a terminal, so that progress is drawn and recorded. */
  static Run onTerminal(String... args) {
    return run(true, args);
  }

  private static Run run(boolean terminal, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    List<ReadProgress> events = new ArrayList<>();
    PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
    PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
    int code = Zhibiao.run(new Env(o, e, terminal, events::add), args);
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), events);
  }
}
