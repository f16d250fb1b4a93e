package io.github.zhibiao.json;

import io.github.zhibiao.model.Dataset;
import io.github.zhibiao.model.Indicator;
import io.github.zhibiao.model.Observation;
import io.github.zhibiao.model.Period;
import io.github.zhibiao.model.Region;
import io.github.zhibiao.model.Regions;
import io.github.zhibiao.model.Status;
import io.github.zhibiao.spi.DatasetWriter;
import io.github.zhibiao.spi.WriteOptions;
import io.github.zhibiao.unit.Qualifier;
import io.github.zhibiao.unit.Quantity;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;

/**
 * Writes one JSON-stat 2.0 dataset with the dimensions indicator (role metric), region (geo) and
 * period (time). Each indicator's unit is its metric category's {@code unit} (label and symbol
 * the unit's symbol, decimals the largest scale of its values); values are exact JSON numbers in
 * row-major order, dense when at least half the cells are filled and sparse otherwise; statuses are
 * SDMX codes. What JSON-stat has no place for goes under {@code extension.zhibiao}: indicator
 * kinds and sectors, user regions, and per cell the qualifier, change, ranking, share, plan
 * completion and note — so a zhibiao reader gets the dataset back whole.
 */
final class JsonStatWriter implements DatasetWriter {

  @Override
  public void write(Dataset dataset, OutputStream out, WriteOptions options) throws IOException {
    Objects.requireNonNull(dataset, "dataset");
    Map<String, Indicator> indicators = new LinkedHashMap<>();
    Map<String, Region> regions = new LinkedHashMap<>();
    TreeSet<Period> periodSet = new TreeSet<>();
    for (Observation o : dataset.observations()) {
      indicators.putIfAbsent(o.indicator().code(), o.indicator());
      regions.putIfAbsent(o.region().code(), o.region());
      periodSet.add(o.period());
    }
    dataset.indicators().forEach(indicators::putIfAbsent);
    List<String> codes = new ArrayList<>(indicators.keySet());
    List<String> regionCodes = new ArrayList<>(regions.keySet());
    List<Period> periods = new ArrayList<>(periodSet);
    int ni = codes.size();
    int nr = regionCodes.size();
    int np = periods.size();
    Map<String, Integer> codeAt = positions(codes);
    Map<String, Integer> regionAt = positions(regionCodes);
    Map<Period, Integer> periodAt = positions(periods);
    TreeMap<Integer, Observation> cells = new TreeMap<>();
    Map<String, Integer> decimals = new LinkedHashMap<>();
    for (Observation o : dataset.observations()) {
      int idx = (codeAt.get(o.indicator().code()) * nr + regionAt.get(o.region().code())) * np
          + periodAt.get(o.period());
      if (cells.put(idx, o) != null) {
        throw new IllegalArgumentException("JSON-stat holds one value per indicator, region and period; "
            + o.indicator().code() + " " + o.region().code() + " " + o.period() + " has two");
      }
      decimals.merge(o.indicator().code(), Math.max(0, value(o).scale()), Math::max);
    }
    long total = (long) ni * nr * np;
    try (JsonGenerator g = (options.prettyPrinting() ? Json.PRETTY : Json.MAPPER)
        .createGenerator(NativeJsonWriter.shield(out), JsonEncoding.UTF8)) {
      g.writeStartObject();
      g.writeStringProperty("version", "2.0");
      g.writeStringProperty("class", "dataset");
      g.writeStringProperty("label", "zhibiao dataset");
      g.writeName("id");
      g.writeArray(new String[] {"indicator", "region", "period"}, 0, 3);
      g.writeName("size");
      g.writeArray(new int[] {ni, nr, np}, 0, 3);
      g.writeName("role");
      g.writeStartObject();
      g.writeName("metric");
      g.writeArray(new String[] {"indicator"}, 0, 1);
      g.writeName("geo");
      g.writeArray(new String[] {"region"}, 0, 1);
      g.writeName("time");
      g.writeArray(new String[] {"period"}, 0, 1);
      g.writeEndObject();
      g.writeName("dimension");
      g.writeStartObject();
      g.writeName("indicator");
      g.writeStartObject();
      g.writeStringProperty("label", "指标");
      g.writeName("category");
      g.writeStartObject();
      writeIndex(g, codes);
      g.writeName("label");
      g.writeStartObject();
      for (Indicator i : indicators.values()) {
        g.writeStringProperty(i.code(), i.name());
      }
      g.writeEndObject();
      g.writeName("unit");
      g.writeStartObject();
      for (Indicator i : indicators.values()) {
        g.writeName(i.code());
        g.writeStartObject();
        g.writeStringProperty("label", i.unit().label());
        g.writeStringProperty("symbol", i.unit().label());
        g.writeNumberProperty("decimals", decimals.getOrDefault(i.code(), 0));
        g.writeStringProperty("position", "end");
        g.writeEndObject();
      }
      g.writeEndObject();
      g.writeEndObject();
      g.writeEndObject();
      g.writeName("region");
      g.writeStartObject();
      g.writeStringProperty("label", "地区");
      g.writeName("category");
      g.writeStartObject();
      writeIndex(g, regionCodes);
      g.writeName("label");
      g.writeStartObject();
      for (Region r : regions.values()) {
        g.writeStringProperty(r.code(), r.name());
      }
      g.writeEndObject();
      g.writeEndObject();
      g.writeEndObject();
      g.writeName("period");
      g.writeStartObject();
      g.writeStringProperty("label", "时期");
      g.writeName("category");
      g.writeStartObject();
      List<String> periodIds = new ArrayList<>();
      for (Period p : periods) {
        periodIds.add(p.toString());
      }
      writeIndex(g, periodIds);
      g.writeName("label");
      g.writeStartObject();
      for (Period p : periods) {
        g.writeStringProperty(p.toString(), p.toChinese());
      }
      g.writeEndObject();
      g.writeEndObject();
      g.writeEndObject();
      g.writeEndObject();
      g.writeName("value");
      if (cells.size() * 2L >= total) {
        g.writeStartArray();
        for (int i = 0; i < total; i++) {
          Observation o = cells.get(i);
          if (o == null) {
            g.writeNull();
          } else {
            g.writeNumber(value(o));
          }
        }
        g.writeEndArray();
      } else {
        g.writeStartObject();
        for (Map.Entry<Integer, Observation> e : cells.entrySet()) {
          g.writeName(Integer.toString(e.getKey()));
          g.writeNumber(value(e.getValue()));
        }
        g.writeEndObject();
      }
      if (cells.values().stream().anyMatch(o -> o.status() != Status.NORMAL)) {
        g.writeName("status");
        g.writeStartObject();
        for (Map.Entry<Integer, Observation> e : cells.entrySet()) {
          if (e.getValue().status() != Status.NORMAL) {
            g.writeStringProperty(Integer.toString(e.getKey()), e.getValue().status().sdmxCode());
          }
        }
        g.writeEndObject();
      }
      extension(g, indicators, regions, cells);
      g.writeEndObject();
    }
    out.flush();
  }

  /** The value in its indicator's unit: exact where the conversion terminates, else 34 digits. */
  private static BigDecimal value(Observation o) {
    Quantity q = o.value().unit().equals(o.indicator().unit()) ? o.value() : o.value().to(o.indicator().unit());
    return q.value();
  }

  private static void writeIndex(JsonGenerator g, List<String> ids) {
    g.writeName("index");
    g.writeArray(ids.toArray(new String[0]), 0, ids.size());
  }

  private static void extension(JsonGenerator g, Map<String, Indicator> indicators, Map<String, Region> regions,
      Map<Integer, Observation> cells) {
    g.writeName("extension");
    g.writeStartObject();
    g.writeName("zhibiao");
    g.writeStartObject();
    g.writeName("indicators");
    g.writeStartObject();
    for (Indicator i : indicators.values()) {
      g.writeName(i.code());
      g.writeStartObject();
      g.writeStringProperty("unit", i.unit().label());
      g.writeNumberProperty("multiplier", i.unit().magnitude().map(m -> m.exponent()).orElse(0));
      g.writeStringProperty("kind", i.kind().name());
      i.sector().ifPresent(s -> g.writeStringProperty("sector", s.toString()));
      i.englishName().ifPresent(s -> g.writeStringProperty("englishName", s));
      i.description().ifPresent(s -> g.writeStringProperty("description", s));
      g.writeEndObject();
    }
    g.writeEndObject();
    Regions builtIn = Regions.builtIn();
    g.writeName("regions");
    g.writeStartObject();
    for (Region r : regions.values()) {
      if (!builtIn.byCode(r.code()).map(r::equals).orElse(false)) {
        g.writeName(r.code());
        g.writeStartObject();
        g.writeStringProperty("name", r.name());
        g.writeStringProperty("shortName", r.shortName());
        g.writeStringProperty("level", r.level().name());
        g.writeEndObject();
      }
    }
    g.writeEndObject();
    g.writeName("cells");
    g.writeStartObject();
    for (Map.Entry<Integer, Observation> e : cells.entrySet()) {
      Observation o = e.getValue();
      boolean any = o.qualifier() != Qualifier.EXACT || o.change().isPresent() || o.ranking().isPresent()
          || o.share().isPresent() || o.planCompletion().isPresent() || o.note().isPresent();
      if (!any) {
        continue;
      }
      g.writeName(Integer.toString(e.getKey()));
      g.writeStartObject();
      if (o.qualifier() != Qualifier.EXACT) {
        g.writeStringProperty("qualifier", o.qualifier().name());
      }
      NativeJsonWriter.details(g, o);
      g.writeEndObject();
    }
    g.writeEndObject();
    g.writeEndObject();
    g.writeEndObject();
  }

  /** Each element's position in {@code list} (a list of distinct elements): a lookup, not a scan per cell. */
  private static <T> Map<T, Integer> positions(List<T> list) {
    Map<T, Integer> at = new java.util.HashMap<>();
    for (int i = 0; i < list.size(); i++) {
      at.put(list.get(i), i);
    }
    return at;
  }
}
