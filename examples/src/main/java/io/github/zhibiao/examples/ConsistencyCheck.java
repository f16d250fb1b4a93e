package io.github.zhibiao.examples;

import io.github.zhibiao.calc.Consistency;
import io.github.zhibiao.calc.Finding;
import io.github.zhibiao.calc.Relation;
import io.github.zhibiao.model.Dataset;
import io.github.zhibiao.model.Observation;
import io.github.zhibiao.spi.DatasetFormats;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the consistency checks on the seed data and prints the findings: the five brand values
 * that add up to the total, and two figures that disagree — the report gives 环境空气质量优良天数比例
 * for 2023年1—11月 twice, as 92.6% and as 93.6% (the second without sand and dust); read as
 * claims about one indicator, they conflict. Exits with status 1 when a check fails.
 *
 * <pre>./mvnw -q -pl examples -am compile exec:java -Dexample=io.github.zhibiao.examples.ConsistencyCheck</pre>
 */
public final class ConsistencyCheck {
  private ConsistencyCheck() {}

  public static void main(String[] args) {
    int failed = run(DatasetFormats.read(ChifengReport.SEED), System.out);
    if (failed > 0) {
      System.exit(1);
    }
  }

  /** Prints the findings and returns how many checks failed. */
  static int run(Dataset seed, PrintStream out) {
    Dataset data = withAirQualityAsOneIndicator(seed);
    List<Finding> findings = Consistency.builder()
        .relation(Relation.sum("BRAND_VALUE.TOTAL", "BRAND_VALUE.AOHAN_MILLET", "BRAND_VALUE.CHIFENG_MILLET",
            "BRAND_VALUE.CHIFENG_FENGWEI", "BRAND_VALUE.CHIFENG_MUNG_BEAN", "BRAND_VALUE.CHIFENG_CASHMERE"))
        .build()
        .run(data);
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
    out.println();
    out.println(findings.size() + " checks, " + failed + " failed.");
    return failed;
  }

  /** The two air-quality ratios as two statements about one indicator, as a reader would take them. */
  private static Dataset withAirQualityAsOneIndicator(Dataset seed) {
    List<Observation> list = new ArrayList<>();
    Observation plain = seed.byIndicator("AIR_GOOD_DAYS_RATIO").get(0);
    for (Observation o : seed.observations()) {
      if (o.indicator().code().equals("AIR_GOOD_DAYS_RATIO.EXCL_DUST")) {
        o = Observation.builder().from(o).indicator(plain.indicator()).build();
      }
      list.add(o);
    }
    return Dataset.of(list);
  }
}
