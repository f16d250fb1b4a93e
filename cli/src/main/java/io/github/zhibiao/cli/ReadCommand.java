package io.github.zhibiao.cli;

import io.github.zhibiao.model.Observation;
import io.github.zhibiao.model.Period;
import io.github.zhibiao.model.Region;
import io.github.zhibiao.spi.DatasetFormat;
import io.github.zhibiao.spi.DatasetReadException;
import io.github.zhibiao.spi.ObservationCursor;
import io.github.zhibiao.spi.Problem;
import io.github.zhibiao.spi.ReadOptions;
import io.github.zhibiao.spi.ReadReport;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code zhibiao read FILE…}: what a file holds, and each problem with its place. */
@Command(name = "read", mixinStandardHelpOptions = true,
    description = {"Reads data files and prints a summary of each: the format, the records read, accepted and"
        + " rejected, the indicators, regions and periods, and every problem with its place (line, JSON path,"
        + " field) and text.",
        "Fail-fast (the default) stops a file at its first bad record; --lenient skips bad records and counts them."},
    footer = {"", "Examples:", "  zhibiao read seeds/chifeng-2023.csv",
        "  zhibiao read --lenient --region 赤峰市 --year 2023 yearbook.xlsx report.json", "",
        "Exit codes: 0 read (lenient problems are listed, not failures); 1 a problem in fail-fast mode or a file"
            + " that cannot be read; 2 a bad option."})
final class ReadCommand implements Callable<Integer> {
  /** At most this many names of each kind are listed. */
  static final int LISTED = 12;

  @ParentCommand
  Zhibiao parent;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "the files to read (CSV, JSON, JSON-stat, SDMX,"
      + " Excel, prose .txt)")
  List<Path> files;

  @Option(names = "--format", paramLabel = "ID", description = "read with this format (csv, csv-wide, json,"
      + " json-stat, sdmx-csv, sdmx-json, nbs-json, xlsx, xls, text) instead of the one chosen by content and"
      + " extension")
  String format;

  @Option(names = "--lenient", description = "skip bad records, count them and list their problems")
  boolean lenient;

  @Option(names = "--region", paramLabel = "NAME", description = "summarise only this region (name or GB/T 2260 code)")
  String region;

  @Option(names = "--year", paramLabel = "YEAR", description = "summarise only periods that overlap this year")
  Integer year;

  @Option(names = "--max-problems", paramLabel = "N", defaultValue = "100",
      description = "problems kept per file in lenient mode (all are counted); default ${DEFAULT-VALUE}")
  int maxProblems;

  @Override
  public Integer call() {
    Env env = parent.env;
    Region only = region == null ? null : Inputs.region(region);
    if (year != null && (year < 1900 || year > 2100)) {
      throw new Failure(Zhibiao.USAGE, "--year " + year + " is not a year such as 2023");
    }
    int code = Zhibiao.OK;
    for (Path file : files) {
      code = Math.max(code, read(env, file, only));
    }
    return code;
  }

  private int read(Env env, Path file, Region only) {
    PrintStream out = env.out();
    DatasetFormat f = Inputs.readFormat(file, format);
    ReadOptions options = (lenient ? ReadOptions.defaults().lenient() : ReadOptions.defaults())
        .withMaxProblems(Math.max(1, maxProblems));
    options = Inputs.withCharset(file, f, options);
    Summary s = new Summary();
    ReadReport report;
    Problem failure = null;
    long size = Inputs.size(file);
    try (ObservationCursor cursor = Inputs.open(file, f, options, Inputs.progress(env, size, false))) {
      try {
        while (cursor.hasNext()) {
          s.add(cursor.next(), only, year);
        }
      } catch (DatasetReadException e) {
        failure = e.problem();
      }
      report = cursor.report();
    } catch (DatasetReadException e) {
      failure = e.problem();
      report = null;
    }
    out.println(file + ": format " + f.id() + " (" + f.name() + ")"
        + options.charset().map(c -> ", " + c.name()).orElse(""));
    if (report != null) {
      out.println("  " + report.read() + " read, " + report.accepted() + " accepted, " + report.rejected()
          + " rejected" + (failure != null ? " (stopped at the first problem)" : ""));
    }
    if (only != null || year != null) {
      out.println("  selected" + (only != null ? " region " + only.code() + " " + only.name() : "")
          + (year != null ? " year " + year : "") + ": " + s.selected + " observations");
    }
    s.print(out);
    List<Problem> problems = new ArrayList<>(report == null ? List.of() : report.problems());
    if (failure != null && !problems.contains(failure)) {
      problems.add(failure);
    }
    if (!problems.isEmpty()) {
      long total = report == null ? 1 : Math.max(problems.size(), report.rejected());
      out.println("  problems (" + total + (total > problems.size() ? ", " + problems.size() + " listed" : "") + "):");
      for (Problem p : problems) {
        out.println("    " + p);
      }
    }
    return failure != null ? Zhibiao.PROBLEMS : Zhibiao.OK;
  }

  /** Indicators, regions and periods of the observations selected. */
  static final class Summary {
    final Map<String, String> indicators = new LinkedHashMap<>();
    final Map<String, String> regions = new LinkedHashMap<>();
    final TreeSet<String> periods = new TreeSet<>();
    long selected;

    void add(Observation o, Region only, Integer year) {
      if (only != null && !o.region().equals(only)) {
        return;
      }
      if (year != null && !(o.period().isDated() && o.period().overlaps(Period.year(year)))) {
        return;
      }
      selected++;
      indicators.putIfAbsent(o.indicator().code(), o.indicator().name());
      regions.putIfAbsent(o.region().code(), o.region().name());
      periods.add(String.valueOf(o.period()));
    }

    void print(PrintStream out) {
      out.println("  indicators " + indicators.size() + ": " + list(indicators));
      out.println("  regions " + regions.size() + ": " + list(regions));
      List<String> p = new ArrayList<>(periods);
      out.println("  periods " + p.size() + ": " + String.join(", ", p.subList(0, Math.min(LISTED, p.size())))
          + (p.size() > LISTED ? " …" : ""));
    }

    private static String list(Map<String, String> names) {
      List<String> items = new ArrayList<>();
      for (Map.Entry<String, String> e : names.entrySet()) {
        if (items.size() == LISTED) {
          items.add("…");
          break;
        }
        items.add(e.getKey().equals(e.getValue()) ? e.getKey() : e.getKey() + " " + e.getValue());
      }
      return String.join(", ", items);
    }
  }
}
