package io.github.zhibiao.cli;

import io.github.zhibiao.calc.Consistency;
import io.github.zhibiao.calc.Finding;
import io.github.zhibiao.calc.Relation;
import io.github.zhibiao.json.FindingsJson;
import io.github.zhibiao.json.RelationsJson;
import io.github.zhibiao.model.Dataset;
import io.github.zhibiao.report.FindingsReport;
import io.github.zhibiao.spi.DatasetFormat;
import io.github.zhibiao.spi.ObservationCursor;
import io.github.zhibiao.spi.Problem;
import io.github.zhibiao.spi.ReadOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code zhibiao check FILE…}: the consistency checks. */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = {"Reads the files into one dataset and runs the consistency checks: conflicts and duplicates,"
        + " growth against the year before, breakdown totals, plan completion, rankings, streaks, and the"
        + " relations of --relations (default: NAME.relations.json beside a single FILE, when it exists).",
        "Prints the findings as text; --report writes them as HTML (.html), JSON (.json) or text (.txt), or as"
            + " JSON to standard output (-)."},
    footer = {"", "Examples:", "  zhibiao check seeds/chifeng-2023.csv --report findings.html",
        "  zhibiao check a.csv b.json --relations relations.json --report -", "",
        "Exit codes: 0 no error finding; 1 an error finding (or a problem in the input); 2 a bad option."})
final class CheckCommand implements Callable<Integer> {
  @ParentCommand
  Zhibiao parent;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "the data files")
  List<Path> files;

  @Option(names = "--relations", paramLabel = "FILE", description = "relations between figures (RelationsJson)")
  Path relations;

  @Option(names = "--report", paramLabel = "OUT", description = "out.html, out.json, out.txt, or - for JSON on"
      + " standard output")
  String report;

  @Option(names = "--format", paramLabel = "ID", description = "read every FILE with this format")
  String format;

  @Option(names = "--lenient", description = "skip bad records (listed on standard error)")
  boolean lenient;

  @Override
  public Integer call() {
    Env env = parent.env;
    String kind = report == null ? null : kind(report);
    Dataset.Builder all = Dataset.builder();
    for (Path file : files) {
      DatasetFormat f = Inputs.readFormat(file, format);
      ReadOptions options = Inputs.withCharset(file, f,
          lenient ? ReadOptions.defaults().lenient() : ReadOptions.defaults());
      try (ObservationCursor c = Inputs.open(file, f, options, Inputs.progress(env, Inputs.size(file), false))) {
        while (c.hasNext()) {
          all.add(c.next());
        }
        for (Problem p : c.report().problems()) {
          env.err().println("skipped: " + p);
        }
      }
    }
    Dataset data = all.build();
    Path rel = relations;
    if (rel == null && files.size() == 1) {
      String name = files.get(0).getFileName().toString();
      int dot = name.indexOf('.');
      Path beside = files.get(0).resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".relations.json");
      if (Files.isRegularFile(beside)) {
        rel = beside;
      }
    }
    List<Relation> declared = rel == null ? List.of() : RelationsJson.read(rel);
    List<Finding> findings = Consistency.builder().relations(declared).build().run(data);
    List<String> names = new ArrayList<>();
    files.forEach(f -> names.add(f.getFileName().toString()));
    FindingsReport titled = FindingsReport.titled("一致性检查: " + String.join(", ", names),
        "Consistency check: " + String.join(", ", names));
    long errors = findings.stream()
        .filter(f -> f.outcome() == Finding.Outcome.FAILED && f.severity() == Finding.Severity.ERROR).count();
    long warnings = findings.stream()
        .filter(f -> f.outcome() == Finding.Outcome.FAILED && f.severity() == Finding.Severity.WARNING).count();
    String summary = data.size() + " observations, " + declared.size() + " relations"
        + (rel != null ? " (" + rel + ")" : "") + ": " + findings.size() + " findings, " + errors + " errors, "
        + warnings + " warnings";
    if ("-".equals(report)) {
      env.out().print(FindingsJson.toJson(findings));
      env.out().println();
      env.err().println(summary);
    } else {
      env.out().print(titled.toText(findings));
      env.out().println(summary);
      if (report != null) {
        write(titled, findings, Path.of(report), kind);
        env.out().println("report: " + report);
      }
    }
    return errors > 0 ? Zhibiao.PROBLEMS : Zhibiao.OK;
  }

  private static String kind(String out) {
    if ("-".equals(out)) {
      return "json";
    }
    String lower = out.toLowerCase(Locale.ROOT);
    for (String k : List.of("html", "json", "txt")) {
      if (lower.endsWith("." + k)) {
        return k;
      }
    }
    throw new Failure(Zhibiao.USAGE, "--report " + out + ": expected a file ending .html, .json or .txt, or -");
  }

  private static void write(FindingsReport titled, List<Finding> findings, Path out, String kind) {
    try {
      Path dir = out.toAbsolutePath().getParent();
      if (dir != null) {
        Files.createDirectories(dir);
      }
      switch (kind) {
        case "html" -> Files.writeString(out, titled.toHtml(findings), StandardCharsets.UTF_8);
        case "txt" -> Files.writeString(out, titled.toText(findings), StandardCharsets.UTF_8);
        default -> FindingsJson.write(findings, out);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + out + ": " + e.getMessage(), e);
    }
  }
}
