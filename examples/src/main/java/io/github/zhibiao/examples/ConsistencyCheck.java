package io.github.zhibiao.examples;

import io.github.zhibiao.calc.Consistency;
import io.github.zhibiao.calc.Finding;
import io.github.zhibiao.calc.Relation;
import io.github.zhibiao.model.Change;
import io.github.zhibiao.model.Dataset;
import io.github.zhibiao.model.Observation;
import io.github.zhibiao.spi.DatasetFormats;
import java.io.PrintStream;
import java.util.List;

/**
 * Runs the consistency checks on the seed data as it is, and prints every finding and what could
 * not be checked. The seed is not altered: the one relation declared is the one the report states
 * (the five brand values add up to the total), and the automatic checks (conflicts, growth against
 * the year before, plan completion against targets, rank claims against peers) run on the seed's
 * own figures. The two air-quality ratios for 2023年1—11月 (92.6%, and 93.6% without sand and dust)
 * are two indicators in the seed, measured two ways, so they are listed side by side and not
 * compared. Exits with status 1 when a check fails, 0 otherwise.
 *
 * <pre>./mvnw -q -pl examples -am compile exec:java -Dexample=io.github.zhibiao.examples.ConsistencyCheck</pre>
 */
public final class ConsistencyCheck {
  /** The report's own statement: 区域公用品牌总价值 is the sum of the five brands' values. */
  static final Relation BRAND_SUM = Relation.sum("BRAND_VALUE.TOTAL", "BRAND_VALUE.AOHAN_MILLET",
      "BRAND_VALUE.CHIFENG_MILLET", "BRAND_VALUE.CHIFENG_FENGWEI", "BRAND_VALUE.CHIFENG_MUNG_BEAN",
      "BRAND_VALUE.CHIFENG_CASHMERE");

  private ConsistencyCheck() {}

  /**
   * Checks the seed and exits with status 1 when a check fails.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    int failed = run(DatasetFormats.read(ChifengReport.SEED), System.out);
    System.exit(failed > 0 ? 1 : 0);
  }

  /** Prints the findings on {@code data}, unaltered, and returns how many checks failed. */
  static int run(Dataset data, PrintStream out) {
    List<Finding> findings = Consistency.builder().relation(BRAND_SUM).build().run(data);
    int failed = 0;
    for (Finding f : findings) {
      out.println("[" + f.severity() + " " + f.outcome() + "] " + f.check());
      out.println("    " + f.messageZh());
      out.println("    " + f.messageEn());
      if (!f.arithmetic().isEmpty()) {
        out.println("    " + f.arithmetic());
      }
      if (f.outcome() == Finding.Outcome.FAILED) {
        failed++;
      }
    }
    notChecked(data, out);
    keptApart(data, out);
    out.println();
    out.println(findings.size() + (findings.size() == 1 ? " check, " : " checks, ") + failed + " failed.");
    return failed;
  }

  /** Stated year-on-year changes whose year-earlier figure is not in the data cannot be checked. */
  private static void notChecked(Dataset data, PrintStream out) {
    long unchecked = data.observations().stream()
        .filter(o -> o.change().map(c -> c.basis() == Change.Basis.YEAR_ON_YEAR).orElse(false))
        .filter(o -> data.find(o.indicator().code(), o.region(), o.period().yearEarlier()).isEmpty())
        .count();
    if (unchecked > 0) {
      out.println();
      out.println("Not checked: " + unchecked + " year-on-year changes (同比), whose figures for the year before"
          + " are not in the data.");
    }
  }

  /** The seed's two air-quality ratios: listed as the seed holds them, as two indicators. */
  private static void keptApart(Dataset data, PrintStream out) {
    List<Observation> plain = data.byIndicator("AIR_GOOD_DAYS_RATIO");
    List<Observation> withoutDust = data.byIndicator("AIR_GOOD_DAYS_RATIO.EXCL_DUST");
    if (plain.isEmpty() || withoutDust.isEmpty()) {
      return;
    }
    out.println();
    out.println("Kept apart, not compared: two indicators measured two ways, for " + plain.get(0).period() + ":");
    for (Observation o : List.of(plain.get(0), withoutDust.get(0))) {
      out.println("    " + o.indicator().code() + " " + o.indicator().name() + " " + o.value());
    }
  }
}
