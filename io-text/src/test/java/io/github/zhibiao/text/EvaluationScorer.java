package io.github.zhibiao.text;

import io.github.zhibiao.model.Observation;
import io.github.zhibiao.unit.Quantity;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Alignment and scoring shared by the evaluations of the extractor (the seed-style set under
 * {@code eval/}, the wild corpus under {@code wild/}).
 *
 * <p>Extracted facts are aligned with the gold rows of the same sentence by value and unit, then by
 * value alone; each extracted fact serves one gold row at most. For each field, precision is the
 * share of extracted non-empty values that equal the aligned gold value, recall the share of gold
 * non-empty values matched. Value + unit + subject counts a gold row whose aligned fact has all
 * three right: its precision is over all extracted facts, its recall over all gold rows. Ratios
 * are rounded half up to three decimals for printing only; the thresholds compare integers.
 */
final class EvaluationScorer {
  /** The fields in gold-file order after the id: the seed set uses the first seven. */
  static final String[] ALL_FIELDS = {"subject", "value", "unit", "period", "change", "ranking", "share", "plan", "qualifier"};

  private final int fields;
  private final long[] predPresent;
  private final long[] goldPresent;
  private final long[] correct;
  private long extracted;
  private long goldCount;
  private long allThree;
  private int sentences;
  private final List<String> report = new ArrayList<>();

  /** A scorer of the first {@code fields} of {@link #ALL_FIELDS}. */
  EvaluationScorer(int fields) {
    this.fields = fields;
    this.predPresent = new long[fields];
    this.goldPresent = new long[fields];
    this.correct = new long[fields];
  }

  /** A gold row's fields, canonical: change "amount basis", share "rate of whole", plan an amount. */
  String[] gold(String[] row) {
    String[] f = new String[fields];
    for (int k = 0; k < fields; k++) {
      f[k] = k + 1 < row.length ? row[k + 1].strip() : "";
    }
    f[4] = canonicalAmount(f[4], " ");
    f[6] = canonicalAmount(f[6], " of ");
    if (fields > 7 && !f[7].isEmpty()) {
      f[7] = amount(Quantity.parse(f[7]));
    }
    return f;
  }

  /** The fields of an extracted fact, in the form of the gold. */
  String[] fields(ExtractedFact fact) {
    Observation o = fact.observation();
    String[] all = {
      fact.subject(),
      o.value().value().toPlainString(),
      o.value().unit().symbol(),
      o.period().toString(),
      o.change().map(c -> amount(c.amount()) + " " + c.basisText()).orElse(""),
      o.ranking().map(r -> r.rankText()).orElse(""), // the gold states the rank, not its scope word
      o.share().map(s -> amount(s.rate()) + " of " + s.whole()).orElse(""),
      o.planCompletion().map(EvaluationScorer::amount).orElse(""),
      o.qualifier().name().equals("EXACT") ? "" : o.qualifier().name(),
    };
    String[] f = new String[fields];
    System.arraycopy(all, 0, f, 0, fields);
    return f;
  }

  /** Scores one sentence: its extracted facts against its gold rows. */
  void score(String id, List<ExtractedFact> facts, List<String[]> expected) {
    sentences++;
    List<String[]> predicted = new ArrayList<>();
    for (ExtractedFact f : facts) {
      predicted.add(fields(f));
    }
    extracted += predicted.size();
    goldCount += expected.size();
    for (String[] p : predicted) {
      for (int k = 0; k < fields; k++) {
        if (!p[k].isEmpty()) {
          predPresent[k]++;
        }
      }
    }
    for (String[] g : expected) {
      for (int k = 0; k < fields; k++) {
        if (!g[k].isEmpty()) {
          goldPresent[k]++;
        }
      }
    }
    boolean[] taken = new boolean[predicted.size()];
    for (String[] g : expected) {
      int match = align(g, predicted, taken);
      if (match < 0) {
        report.add("MISS  " + id + " " + String.join(" | ", g));
        continue;
      }
      taken[match] = true;
      String[] p = predicted.get(match);
      boolean subjectValueUnit = true;
      for (int k = 0; k < fields; k++) {
        boolean same = !g[k].isEmpty() && same(k, g[k], p[k]);
        if (same) {
          correct[k]++;
        } else if (!g[k].equals(p[k])) {
          report.add("DIFF  " + id + " " + ALL_FIELDS[k] + ": gold '" + g[k] + "' got '" + p[k] + "'");
        }
        if (k <= 2 && !same) {
          subjectValueUnit = false;
        }
      }
      if (subjectValueUnit) {
        allThree++;
      }
    }
    for (int i = 0; i < predicted.size(); i++) {
      if (!taken[i]) {
        report.add("EXTRA " + id + " " + String.join(" | ", predicted.get(i)));
      }
    }
  }

  List<String> report() {
    return report;
  }

  long extracted() {
    return extracted;
  }

  long goldCount() {
    return goldCount;
  }

  long allThree() {
    return allThree;
  }

  long correct(int field) {
    return correct[field];
  }

  long predicted(int field) {
    return predPresent[field];
  }

  long goldPresent(int field) {
    return goldPresent[field];
  }

  /** The table of precision and recall per field and for value + unit + subject. */
  String table(String title) {
    StringBuilder t = new StringBuilder();
    t.append(String.format(Locale.ROOT, "%n%s: %d sentences%n%-20s %9s %9s %9s %9s%n", title, sentences, "field",
        "precision", "recall", "extracted", "gold"));
    for (int k = 0; k < fields; k++) {
      t.append(String.format(Locale.ROOT, "%-20s %9s %9s %9d %9d%n", ALL_FIELDS[k], ratio(correct[k], predPresent[k]),
          ratio(correct[k], goldPresent[k]), predPresent[k], goldPresent[k]));
    }
    t.append(String.format(Locale.ROOT, "%-20s %9s %9s %9d %9d%n", "value+unit+subject", ratio(allThree, extracted),
        ratio(allThree, goldCount), extracted, goldCount));
    return t.toString();
  }

  private int align(String[] g, List<String[]> predicted, boolean[] taken) {
    for (int pass = 0; pass < 2; pass++) {
      for (int i = 0; i < predicted.size(); i++) {
        if (!taken[i] && same(1, g[1], predicted.get(i)[1]) && (pass == 1 || g[2].equals(predicted.get(i)[2]))) {
          return i;
        }
      }
    }
    return -1;
  }

  private static boolean same(int field, String gold, String predicted) {
    if (field == 1) {
      return !predicted.isEmpty() && new BigDecimal(gold).compareTo(new BigDecimal(predicted)) == 0;
    }
    if (field == 3 && !gold.equals(predicted)) {
      return sameSpan(gold, predicted);
    }
    return gold.equals(predicted);
  }

  /**
   * Two periods written in different forms are the same when they cover the same days and are both instants or
   * both intervals: 2014-S1 and 2014-01/2014-06 (上半年 and 1-6月), 2019-Q1 and 2019-01/2019-03. The gold writes
   * such spans either way; an instant (2014-06-30) is never the same as an interval ending that day.
   */
  static boolean sameSpan(String gold, String predicted) {
    try {
      io.github.zhibiao.model.Period g = io.github.zhibiao.model.Period.parse(gold);
      io.github.zhibiao.model.Period p = io.github.zhibiao.model.Period.parse(predicted);
      return g.isInstant() == p.isInstant() && g.start().equals(p.start()) && g.end().equals(p.end());
    } catch (RuntimeException labelNotPeriod) {   // [春节黄金周] and other labels compare as text only
      return false;
    }
  }

  /** "2.10% YEAR_ON_YEAR" → "2.1% YEAR_ON_YEAR": the amount without trailing zeros and qualifier. */
  private static String canonicalAmount(String text, String separator) {
    if (text.isEmpty()) {
      return text;
    }
    int at = text.indexOf(separator);
    return amount(Quantity.parse(text.substring(0, at))) + text.substring(at);
  }

  static String amount(Quantity q) {
    BigDecimal v = q.value().stripTrailingZeros();
    return (v.scale() < 0 ? v.setScale(0) : v).toPlainString() + q.unit().symbol();
  }

  /** {@code num / den} to three decimals, half up; "-" when {@code den} is 0. */
  static String ratio(long num, long den) {
    if (den == 0) {
      return "-";
    }
    return BigDecimal.valueOf(num).divide(BigDecimal.valueOf(den), 3, RoundingMode.HALF_UP).toPlainString();
  }

  /** The rows of a tab-separated resource next to this class, without blank and # lines. */
  static List<String[]> rows(String resource) throws IOException {
    List<String[]> out = new ArrayList<>();
    try (InputStream in = EvaluationScorer.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException("missing resource " + resource);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        out.add(line.split("\t", -1));
      }
    }
    return out;
  }

  /** Gold rows by sentence id. */
  Map<String, List<String[]>> goldById(List<String[]> rows) {
    Map<String, List<String[]>> gold = new LinkedHashMap<>();
    for (String[] row : rows) {
      gold.computeIfAbsent(row[0], x -> new ArrayList<>()).add(gold(row));
    }
    return gold;
  }
}
