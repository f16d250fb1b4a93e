package io.github.zhibiao.examples;

import io.github.zhibiao.calc.Growth;
import io.github.zhibiao.calc.PlanCompletion;
import io.github.zhibiao.calc.Rounding;
import io.github.zhibiao.model.Change;
import io.github.zhibiao.model.Dataset;
import io.github.zhibiao.model.Observation;
import io.github.zhibiao.model.Ranking;
import io.github.zhibiao.model.Status;
import io.github.zhibiao.spi.DatasetFormats;
import io.github.zhibiao.unit.Quantity;
import io.github.zhibiao.unit.QuantityFormat;
import io.github.zhibiao.unit.Unit;
import io.github.zhibiao.unit.Units;
import java.io.PrintStream;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Chifeng 2023 report: every figure of the seed data by chapter, as stated and in converted
 * units (万亩 → 公顷, 亿斤 → 万吨, 亿元 → 元), with the previous-year values and plan targets the
 * stated rates imply.
 *
 * <pre>./mvnw -q -pl examples -am compile exec:java</pre>
 *
 * The first argument, if given, is another CSV or JSON file in a zhibiao format.
 */
public final class ChifengReport {
  private ChifengReport() {}

  static final Path SEED = Path.of("seeds", "chifeng-2023.csv");

  public static void main(String[] args) {
    run(DatasetFormats.read(args.length > 0 ? Path.of(args[0]) : SEED), System.out);
  }

  static void run(Dataset data, PrintStream out) {
    Map<String, List<Observation>> chapters = new LinkedHashMap<>();
    for (Observation o : data.observations()) {
      String chapter = o.indicator().sector().map(s -> s.name() + " (GB/T 4754 " + s.section().map(x -> x.code()).orElse("–")
          + ", " + s.industry().chineseName() + ")").orElse("未分类");
      chapters.computeIfAbsent(chapter, k -> new java.util.ArrayList<>()).add(o);
    }
    out.println("赤峰市 2023 — " + data.size() + " figures in " + chapters.size() + " chapters");
    int implied = 0;
    for (Map.Entry<String, List<Observation>> chapter : chapters.entrySet()) {
      out.println();
      out.println("== " + chapter.getKey() + " — " + chapter.getValue().size() + " figures ==");
      for (Observation o : chapter.getValue()) {
        StringBuilder line = new StringBuilder("  ").append(o.indicator().name()).append(' ')
            .append(QuantityFormat.chinese().format(o.value()))
            .append("  [").append(o.period().toChinese());
        if (!o.region().code().equals("150400")) {
          line.append(", ").append(o.region().name());
        }
        line.append(']');
        if (o.status() != Status.NORMAL) {
          line.append(" (").append(o.status().chinese()).append(')');
        }
        converted(o.value()).ifPresent(c -> line.append("  = ").append(c));
        o.change().ifPresent(c -> line.append("  ").append(describe(c)));
        o.share().ifPresent(s -> line.append("  占").append(s.whole()).append(' ').append(s.rate()));
        o.planCompletion().ifPresent(p -> line.append("  完成计划 ").append(p));
        o.ranking().ifPresent(r -> line.append("  ").append(describe(r)));
        out.println(line);
        Optional<String> derived = implied(o);
        if (derived.isPresent()) {
          implied++;
          out.println("      → " + derived.get());
        }
      }
    }
    out.println();
    out.println(implied + " figures imply a previous-year value or a plan target.");
  }

  /** 万亩 → 公顷, 亿斤 → 万吨, 亿元 → 元: the conversions readers of such reports most often need. */
  static Optional<String> converted(Quantity q) {
    Unit u = q.unit();
    QuantityFormat twoDecimals = QuantityFormat.chinese().withScale(2, RoundingMode.HALF_UP);
    if (u.equals(Units.of("万亩"))) {
      return Optional.of(twoDecimals.format(q.to(Units.HECTARE)));
    }
    if (u.equals(Units.of("亿斤"))) {
      return Optional.of(q.to(Units.of("万吨")).toString());
    }
    if (u.equals(Units.of("亿元")) || u.equals(Units.of("万元"))) {
      return Optional.of(q.to(Units.YUAN).toString());
    }
    return Optional.empty();
  }

  static String describe(Change c) {
    String basis = switch (c.basis()) {
      case YEAR_ON_YEAR -> "同比";
      case PREVIOUS_PERIOD -> "环比";
      case REFERENCE -> "较" + c.reference().orElseThrow();
    };
    String sign = c.amount().signum() >= 0 ? "+" : "";
    return basis + " " + sign + c.amount();
  }

  static String describe(Ranking r) {
    String scope = r.scope().map(s -> s.code().equals("150000") ? "全区" : s.name()).orElse("");
    return switch (r.kind()) {
      case LEADING -> "居" + scope + "前列";
      case TOP_N -> "居" + scope + "前" + r.topSize().getAsInt();
      case POSITION -> r.isFirstInWords() ? "居" + scope + "首位"
          : "居" + scope + "第" + r.position().getAsInt() + "位" + (r.peers().isPresent() ? "（共" + r.peers().getAsInt() + "）" : "");
    };
  }

  /** The previous-year value a year-on-year rate implies, or the plan target a completion rate implies. */
  static Optional<String> implied(Observation o) {
    StringBuilder s = new StringBuilder();
    Optional<Change> c = o.change();
    if (c.isPresent() && c.get().basis() == Change.Basis.YEAR_ON_YEAR && c.get().kind() == Change.Kind.RATE
        && o.value().isExact() && !o.value().unit().equals(Units.PERCENT)) {
      Quantity previous = Growth.impliedPrevious(o.value(), c.get().amount());
      s.append(o.period().yearEarlier().toChinese()).append("约 ").append(Rounding.asStated(previous, o.value()));
    }
    if (o.planCompletion().isPresent() && o.value().isExact()) {
      if (s.length() > 0) {
        s.append("; ");
      }
      Quantity target = PlanCompletion.impliedTarget(o.value(), o.planCompletion().get());
      s.append("年度计划约 ").append(Rounding.asStated(target, o.value()));
    }
    return s.length() == 0 ? Optional.empty() : Optional.of(s.toString());
  }
}
