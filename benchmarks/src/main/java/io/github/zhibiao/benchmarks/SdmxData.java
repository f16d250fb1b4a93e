package io.github.zhibiao.benchmarks;

import io.github.zhibiao.benchmarks.DataGenerator.Row;
import io.github.zhibiao.benchmarks.DataGenerator.RowSource;
import io.github.zhibiao.benchmarks.DataGenerator.Spec;
import io.github.zhibiao.unit.Magnitude;
import io.github.zhibiao.unit.Unit;
import io.github.zhibiao.unit.Units;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The generated rows of {@link DataGenerator} as international bodies and the NBS portal publish
 * them, for the io-sdmx reader benchmarks. Deterministic, as the rows are.
 *
 * <ul>
 *   <li>SDMX-CSV 1.0: {@code DATAFLOW,REF_AREA,FREQ,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE,UNIT_MULT,
 *       OBS_STATUS,OBS_COM}, one dataflow per indicator ({@code NBS:DF_GDP(1.0)}), the region's GB/T
 *       2260 code, periods in SDMX form (2024-M06, 2024-01-01/P5M, 2020-01-01/P5Y), the unit as its
 *       base (CNY for 元) and its magnitude as {@code UNIT_MULT} (亿元 is CNY with 8).
 *   <li>SDMX-JSON 2.0: one dataflow {@code NBS:DF_REGIONAL(1.0)}, series keyed by REF_AREA, MEASURE
 *       (the indicator) and FREQ, TIME_PERIOD at the observation level, UNIT_MEASURE and UNIT_MULT as
 *       series attributes, OBS_STATUS at the observation level; values as JSON numbers.
 *   <li>The NBS portal's {@code QueryData} answer: {@code returndata} with {@code datanodes} (one per
 *       row, {@code zb.<code>_reg.<code>_sj.<period>}) and {@code wdnodes} (zb with names and units,
 *       reg, sj), periods in the portal's form (2024, 202406; other kinds as years).
 * </ul>
 */
final class SdmxData {
  private SdmxData() {
  }

  /** SDMX's code of a unit's base and its magnitude's power of ten. */
  record SdmxUnit(String code, int mult) {
    static SdmxUnit of(String unit) {
      Unit u = Units.of(unit);
      Unit base = u.withoutMagnitude();
      int mult = u.magnitude().map(Magnitude::exponent).orElse(0);
      return new SdmxUnit(base.equals(Units.of("元")) ? "CNY" : base.symbol(), mult);
    }
  }

  /** The SDMX form of a generated period: 2024, 2024-S1, 2024-Q1, 2024-M06, 2024-01-01/P5M, 2020-01-01/P5Y, 2024-03-15. */
  static String sdmxPeriod(String period) {
    int slash = period.indexOf('/');
    if (slash > 0 && period.length() == 9) { // 2020/2024
      int from = Integer.parseInt(period.substring(0, 4));
      int to = Integer.parseInt(period.substring(5));
      return from + "-01-01/P" + (to - from + 1) + "Y";
    }
    if (slash > 0) { // 2024-01/2024-05
      return period.substring(0, 7) + "-01/P" + Integer.parseInt(period.substring(slash + 6)) + "M";
    }
    if (period.length() == 7 && period.charAt(5) != 'S' && period.charAt(5) != 'Q') {
      return period.substring(0, 5) + "M" + period.substring(5);
    }
    return period;
  }

  /** The frequency of a generated period. */
  static String freq(String period) {
    if (period.length() == 4 || period.indexOf('/') > 0) {
      return "A";
    } else if (period.contains("-S")) {
      return "S";
    } else if (period.contains("-Q")) {
      return "Q";
    } else if (period.length() == 7) {
      return "M";
    }
    return "D";
  }

  static String status(Row r) {
    return r.status.equals("ESTIMATED") ? "E" : r.status.equals("PROVISIONAL") ? "P" : "A";
  }

  private static String flow(Spec s) {
    return "NBS:DF_" + s.code().replace('.', '_') + "(1.0)";
  }

  static void writeCsv(Path target, int rows) throws IOException {
    RowSource source = new RowSource();
    Map<String, SdmxUnit> units = new HashMap<>();
    try (BufferedWriter w = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
      w.write("DATAFLOW,REF_AREA,FREQ,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE,UNIT_MULT,OBS_STATUS,OBS_COM\n");
      StringBuilder line = new StringBuilder(160);
      for (int i = 0; i < rows; i++) {
        Row r = source.next();
        SdmxUnit u = units.computeIfAbsent(r.spec.unit(), SdmxUnit::of);
        line.setLength(0);
        line.append(flow(r.spec)).append(',').append(r.region.code()).append(',').append(freq(r.period)).append(',')
            .append(sdmxPeriod(r.period)).append(',').append(r.value).append(',').append(u.code()).append(',')
            .append(u.mult()).append(',').append(status(r)).append(',');
        String note = r.note;
        if (note.indexOf(',') >= 0 || note.indexOf('"') >= 0) {
          line.append('"').append(note.replace("\"", "\"\"")).append('"');
        } else {
          line.append(note);
        }
        line.append('\n');
        w.append(line);
      }
    }
  }

  /** One generated observation of a series, kept for the JSON message. */
  private record Obs(int time, String value, int status) {
  }

  static void writeJson(Path target, int n) throws IOException {
    RowSource source = new RowSource();
    List<Spec> specs = DataGenerator.SPECS;
    Map<String, Integer> areas = new LinkedHashMap<>();
    Map<String, Integer> times = new LinkedHashMap<>();
    Map<String, Integer> freqs = new LinkedHashMap<>();
    Map<String, Integer> unitCodes = new LinkedHashMap<>();
    Map<String, Integer> mults = new LinkedHashMap<>();
    Map<String, List<Obs>> series = new LinkedHashMap<>();
    Map<String, int[]> seriesAttrs = new HashMap<>();
    String[] statuses = {"A", "E", "P"};
    for (int i = 0; i < n; i++) {
      Row r = source.next();
      int area = areas.computeIfAbsent(r.region.code(), k -> areas.size());
      int measure = specs.indexOf(r.spec);
      int freq = freqs.computeIfAbsent(freq(r.period), k -> freqs.size());
      int time = times.computeIfAbsent(sdmxPeriod(r.period), k -> times.size());
      SdmxUnit u = SdmxUnit.of(r.spec.unit());
      int unit = unitCodes.computeIfAbsent(u.code(), k -> unitCodes.size());
      int mult = mults.computeIfAbsent(Integer.toString(u.mult()), k -> mults.size());
      String key = area + ":" + measure + ":" + freq;
      series.computeIfAbsent(key, k -> new ArrayList<>())
          .add(new Obs(time, r.value, List.of(statuses).indexOf(status(r))));
      seriesAttrs.put(key, new int[] {unit, mult});
    }
    try (BufferedWriter w = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
      w.write("{\"meta\":{\"schema\":\"https://raw.githubusercontent.com/sdmx-twg/sdmx-json/master/data-message/tools/"
          + "schemas/2.0.0/sdmx-json-data-schema.json\",\"id\":\"ZHIBIAO-BENCH\",\"test\":true},\n\"data\":{\"structures\":[{"
          + "\"links\":[{\"rel\":\"dataflow\",\"urn\":\"urn:sdmx:org.sdmx.infomodel.datastructure.Dataflow="
          + "NBS:DF_REGIONAL(1.0)\"}],\"name\":\"地区主要指标\",\"dimensions\":{\"series\":[");
      w.write("{\"id\":\"REF_AREA\",\"name\":\"地区\",\"keyPosition\":0,\"values\":[" + ids(areas.keySet()) + "]},");
      List<String> measures = new ArrayList<>();
      for (Spec s : specs) {
        measures.add("{\"id\":\"" + s.code().replace('.', '_') + "\",\"name\":\"" + s.name() + "\"}");
      }
      w.write("{\"id\":\"MEASURE\",\"name\":\"指标\",\"keyPosition\":1,\"values\":[" + String.join(",", measures) + "]},");
      w.write("{\"id\":\"FREQ\",\"name\":\"频率\",\"keyPosition\":2,\"values\":[" + ids(freqs.keySet()) + "]}],");
      w.write("\"observation\":[{\"id\":\"TIME_PERIOD\",\"name\":\"时间\",\"keyPosition\":3,\"values\":[");
      boolean first = true;
      for (String t : times.keySet()) {
        w.write((first ? "" : ",") + "{\"value\":\"" + t + "\"}");
        first = false;
      }
      w.write("]}]},\"attributes\":{\"series\":[{\"id\":\"UNIT_MEASURE\",\"values\":[" + ids(unitCodes.keySet())
          + "]},{\"id\":\"UNIT_MULT\",\"values\":[" + ids(mults.keySet()) + "]}],\"observation\":[{\"id\":\"OBS_STATUS\","
          + "\"values\":[{\"id\":\"A\"},{\"id\":\"E\"},{\"id\":\"P\"}]}]},\"measures\":{\"observation\":[{\"id\":"
          + "\"OBS_VALUE\"}]}}],\n\"dataSets\":[{\"structure\":0,\"action\":\"Information\",\"series\":{\n");
      StringBuilder b = new StringBuilder(1 << 12);
      int k = 0;
      for (Map.Entry<String, List<Obs>> e : series.entrySet()) {
        b.setLength(0);
        int[] a = seriesAttrs.get(e.getKey());
        b.append(k++ == 0 ? "" : ",\n").append('"').append(e.getKey()).append("\":{\"attributes\":[").append(a[0])
            .append(',').append(a[1]).append("],\"observations\":{");
        List<Obs> obs = e.getValue();
        for (int i = 0; i < obs.size(); i++) {
          Obs o = obs.get(i);
          b.append(i == 0 ? "" : ",").append('"').append(o.time()).append("\":[").append(o.value()).append(',')
              .append(o.status()).append(']');
        }
        b.append("}}");
        w.append(b);
      }
      w.write("\n}}]}}\n");
    }
  }

  private static String ids(Iterable<String> codes) {
    StringBuilder b = new StringBuilder();
    for (String c : codes) {
      b.append(b.length() == 0 ? "" : ",").append("{\"id\":\"").append(c).append("\"}");
    }
    return b.toString();
  }

  /** The portal's period code: 2024, 202406; other kinds as the year they start in (the portal has no others). */
  static String nbsPeriod(String period) {
    if (period.length() == 7 && period.charAt(5) != 'S' && period.charAt(5) != 'Q') {
      return period.substring(0, 4) + period.substring(5);
    }
    if (period.contains("-Q")) {
      return period.substring(0, 4) + (char) ('A' + period.charAt(6) - '1');
    }
    return period.substring(0, 4);
  }

  static void writeNbs(Path target, int n) throws IOException {
    RowSource source = new RowSource();
    Map<String, String> regions = new LinkedHashMap<>();
    Map<String, String> periods = new LinkedHashMap<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    try (BufferedWriter w = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
      w.write("{\"returncode\":200,\"returndata\":{\"datanodes\":[\n");
      StringBuilder b = new StringBuilder(400);
      int written = 0;
      while (written < n) {
        Row r = source.next();
        String zb = r.spec.code().replace('.', '_');
        String sj = nbsPeriod(r.period);
        if (!seen.add(zb + '|' + r.region.code() + '|' + sj)) {
          continue; // two generated periods in one portal period: keep the first
        }
        regions.putIfAbsent(r.region.code(), r.region.name());
        periods.putIfAbsent(sj, sj);
        b.setLength(0);
        int dot = r.value.indexOf('.');
        b.append(written == 0 ? "" : ",\n").append("{\"code\":\"zb.").append(zb).append("_reg.").append(r.region.code())
            .append("_sj.").append(sj).append("\",\"data\":{\"data\":").append(r.value).append(",\"dotcount\":")
            .append(dot < 0 ? 0 : r.value.length() - dot - 1).append(",\"hasdata\":true,\"strdata\":\"").append(r.value)
            .append("\"},\"wds\":[{\"valuecode\":\"").append(zb).append("\",\"wdcode\":\"zb\"},{\"valuecode\":\"")
            .append(r.region.code()).append("\",\"wdcode\":\"reg\"},{\"valuecode\":\"").append(sj)
            .append("\",\"wdcode\":\"sj\"}]}");
        w.append(b);
        written++;
      }
      w.write("\n],\"freshsort\":0,\"hasdatacount\":" + n + ",\"wdnodes\":[{\"nodes\":[");
      boolean first = true;
      for (Spec s : DataGenerator.SPECS) {
        w.write((first ? "" : ",") + "{\"cname\":\"" + s.name() + "\",\"code\":\"" + s.code().replace('.', '_')
            + "\",\"dotcount\":" + s.scale() + ",\"exp\":\"\",\"ifshowcode\":false,\"memo\":\"\",\"name\":\"" + s.name()
            + "\",\"nodesort\":\"1\",\"sortcode\":1,\"tag\":\"\",\"unit\":\"" + s.unit() + "\"}");
        first = false;
      }
      w.write("],\"wdcode\":\"zb\",\"wdname\":\"指标\"},{\"nodes\":[");
      first = true;
      for (Map.Entry<String, String> e : regions.entrySet()) {
        w.write((first ? "" : ",") + "{\"cname\":\"" + e.getValue() + "\",\"code\":\"" + e.getKey() + "\",\"name\":\""
            + e.getValue() + "\"}");
        first = false;
      }
      w.write("],\"wdcode\":\"reg\",\"wdname\":\"地区\"},{\"nodes\":[");
      first = true;
      for (String p : periods.keySet()) {
        w.write((first ? "" : ",") + "{\"cname\":\"" + p + "\",\"code\":\"" + p + "\",\"name\":\"" + p + "\"}");
        first = false;
      }
      w.write("],\"wdcode\":\"sj\",\"wdname\":\"时间\"}]}}\n");
    }
  }
}
