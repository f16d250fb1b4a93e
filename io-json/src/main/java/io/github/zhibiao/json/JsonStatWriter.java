package io.github.zhibiao.json;

import io.github.zhibiao.model.Dataset;
import io.github.zhibiao.model.Indicator;
import io.github.zhibiao.model.Observation;
import io.github.zhibiao.model.Period;
import io.github.zhibiao.model.Region;
import io.github.zhibiao.model.Status;
import io.github.zhibiao.spi.DatasetWriter;
import io.github.zhibiao.spi.WriteOptions;
import io.github.zhibiao.unit.Qualifier;
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
 * period (time), then one dimension per breakdown (its code the id, its label the label, its
 * categories the categories; a cube, so every observation must carry a category of each). Each indicator's unit is its metric category's {@code unit} (label and symbol
 * the unit's symbol, decimals the largest scale of its values); statuses are SDMX codes.
 *
 * <p><b>Values.</b> Each cell's value is an exact JSON number in its indicator's unit, row-major,
 * dense when at least half the cells are filled and sparse otherwise. A value in another unit than
 * its indicator's (1亩 of an indicator in 公顷) is converted for the cell — exactly where the result
 * terminates, else to 34 significant digits (0.06666…67公顷), which is what a JSON-stat reader
 * without zhibiao sees — and is kept as written, value and unit, in the cell's zhibiao extension,
 * from which zhibiao's reader gives it back unchanged.
 *
 * <p><b>Extension.</b> What JSON-stat has no place for goes under {@code extension.zhibiao}:
 * indicator kinds, sectors, English names and descriptions; the regions that are not built-in
 * ones, with short name, level, parent and English name ({@link DocumentRegions}); and per cell the
 * qualifier, its own value and unit, change, ranking, share, plan completion and note.
 *
 * <p><b>Order.</b> {@code status} (an empty object when every value is normal) and {@code extension}
 * come before {@code value}, so that a reader can stream the values.
 *
 * <p><b>Refused</b> with an {@link IllegalArgumentException}: two observations of one indicator,
 * region and period; more than {@link JsonStatReader#MAX_CELLS} cells (indicators × regions ×
 * periods) or more than {@link JsonStatReader#MAX_CELL_EXTRAS} cells with an extension, which a
 * reader would refuse; a region that differs from the built-in region of its code. A string with an
 * unpaired surrogate is written with a {@code \\uD800} escape and reads back unchanged.
 */
final class JsonStatWriter implements DatasetWriter {

  /** The cube of a dataset: its categories in order and its cells by index. */
  private static final class Cube {
    final Map<String, Indicator> indicators = new LinkedHashMap<>();
    final Map<String, Region> regions = new LinkedHashMap<>();
    final List<Period> periods;
    final TreeMap<Long, Observation> cells = new TreeMap<>();
    /** The breakdowns, one dimension each after indicator, region and period, with their categories. */
    final List<io.github.zhibiao.model.Breakdown> breakdowns;
    final List<List<io.github.zhibiao.model.Category>> categories = new ArrayList<>();
    final Map<String, Integer> decimals = new LinkedHashMap<>();
    final long total;

    Cube(Dataset dataset) {
      TreeSet<Period> periodSet = new TreeSet<>();
      for (Observation o : dataset.observations()) {
        indicators.putIfAbsent(o.indicator().code(), o.indicator());
        regions.putIfAbsent(o.region().code(), o.region());
        periodSet.add(o.period());
      }
      dataset.indicators().forEach(indicators::putIfAbsent);
      periods = new ArrayList<>(periodSet);
      breakdowns = List.copyOf(dataset.breakdowns().values());
      long cube = (long) indicators.size() * regions.size() * periods.size();
      StringBuilder shape = new StringBuilder(indicators.size() + " × " + regions.size() + " × " + periods.size());
      for (io.github.zhibiao.model.Breakdown b : breakdowns) {
        if (List.of("indicator", "region", "period").contains(b.code())) {
          throw new IllegalArgumentException("breakdown " + b.code() + " has the id of a dimension JSON-stat needs "
              + "for itself (indicator, region, period); give the breakdown another code");
        }
        List<io.github.zhibiao.model.Category> cats = dataset.categories(b.code());
        categories.add(cats);
        cube = cube > JsonStatReader.MAX_CELLS ? cube : cube * cats.size();
        shape.append(" × ").append(cats.size());
      }
      if (cube > JsonStatReader.MAX_CELLS) {
        throw new IllegalArgumentException("JSON-stat holds a cube of indicators × regions × periods × breakdowns; this"
            + " one has " + shape + " = " + cube + " cells, more than the " + JsonStatReader.MAX_CELLS
            + " a reader takes; write native JSON, or fewer observations per file");
      }
      total = cube;
      List<Map<String, Integer>> categoryAt = new ArrayList<>();
      for (List<io.github.zhibiao.model.Category> cats : categories) {
        Map<String, Integer> at = new LinkedHashMap<>();
        for (io.github.zhibiao.model.Category c : cats) {
          at.put(c.code(), at.size());
        }
        categoryAt.add(at);
      }
      Map<String, Integer> codeAt = positions(new ArrayList<>(indicators.keySet()));
      Map<String, Integer> regionAt = positions(new ArrayList<>(regions.keySet()));
      Map<Period, Integer> periodAt = positions(periods);
      int extras = 0;
      for (Observation o : dataset.observations()) {
        long idx = ((long) codeAt.get(o.indicator().code()) * regions.size() + regionAt.get(o.region().code()))
            * periods.size() + periodAt.get(o.period());
        for (int b = 0; b < breakdowns.size(); b++) {
          String code = breakdowns.get(b).code();
          java.util.Optional<io.github.zhibiao.model.Category> c = o.breakdowns().category(code);
          if (c.isEmpty()) {
            throw new IllegalArgumentException("JSON-stat is a cube: every observation needs a category of each "
                + "breakdown, and " + o.indicator().code() + " " + o.region().code() + " " + o.period()
                + " has none of " + code + "; give it one (the total, _T 合计, say) or write native JSON");
          }
          idx = idx * categories.get(b).size() + categoryAt.get(b).get(c.get().code());
        }
        if (cells.put(idx, o) != null) {
          throw new IllegalArgumentException("JSON-stat holds one value per indicator, region, period and breakdowns; "
              + o.indicator().code() + " " + o.region().code() + " " + o.period()
              + (o.breakdowns().isEmpty() ? "" : " " + o.breakdowns()) + " has two");
        }
        decimals.merge(o.indicator().code(), Math.max(0, value(o).scale()), Math::max);
        if (hasExtras(o) && ++extras > JsonStatReader.MAX_CELL_EXTRAS) {
          throw new IllegalArgumentException("more than " + JsonStatReader.MAX_CELL_EXTRAS + " observations with a "
              + "qualifier, a unit of their own, a change, ranking, share, plan completion or note, which JSON-stat "
              + "keeps in its extension and a reader must hold in memory; write native JSON");
        }
      }
    }
  }

  @Override
  public void write(Dataset dataset, OutputStream out, WriteOptions options) throws IOException {
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(options, "options");
    Cube cube = new Cube(dataset);
    List<Region> defined = DocumentRegions.toDefine(NativeJsonWriter.used(dataset));
    try (JsonGenerator g = (options.prettyPrinting() ? Json.PRETTY : Json.MAPPER)
        .createGenerator(NativeJsonWriter.shield(out), JsonEncoding.UTF8)) {
      g.writeStartObject();
      g.writeStringProperty("version", "2.0");
      g.writeStringProperty("class", "dataset");
      g.writeStringProperty("label", "zhibiao dataset");
      int dims = 3 + cube.breakdowns.size();
      String[] ids = new String[dims];
      int[] sizes = new int[dims];
      ids[0] = "indicator";
      ids[1] = "region";
      ids[2] = "period";
      sizes[0] = cube.indicators.size();
      sizes[1] = cube.regions.size();
      sizes[2] = cube.periods.size();
      for (int b = 0; b < cube.breakdowns.size(); b++) {
        ids[3 + b] = cube.breakdowns.get(b).code();
        sizes[3 + b] = cube.categories.get(b).size();
      }
      g.writeName("id");
      g.writeArray(ids, 0, dims);
      g.writeName("size");
      g.writeArray(sizes, 0, dims);
      roles(g);
      g.writeName("dimension");
      g.writeStartObject();
      indicatorDimension(g, cube);
      regionDimension(g, cube);
      periodDimension(g, cube);
      for (int b = 0; b < cube.breakdowns.size(); b++) {
        breakdownDimension(g, cube.breakdowns.get(b), cube.categories.get(b));
      }
      g.writeEndObject();
      status(g, cube);
      extension(g, cube, defined);
      values(g, cube);
      g.writeEndObject();
    }
    out.flush();
  }

  private static void roles(JsonGenerator g) {
    g.writeName("role");
    g.writeStartObject();
    g.writeName("metric");
    g.writeArray(new String[] {"indicator"}, 0, 1);
    g.writeName("geo");
    g.writeArray(new String[] {"region"}, 0, 1);
    g.writeName("time");
    g.writeArray(new String[] {"period"}, 0, 1);
    g.writeEndObject();
  }

  private static void indicatorDimension(JsonGenerator g, Cube cube) {
    g.writeName("indicator");
    g.writeStartObject();
    g.writeStringProperty("label", "指标");
    g.writeName("category");
    g.writeStartObject();
    writeIndex(g, new ArrayList<>(cube.indicators.keySet()));
    if (cube.indicators.isEmpty()) {
      // an empty dataset: JSON-stat's schema wants a label object to hold at least one label
      g.writeEndObject();
      g.writeEndObject();
      return;
    }
    g.writeName("label");
    g.writeStartObject();
    for (Indicator i : cube.indicators.values()) {
      g.writeStringProperty(i.code(), i.name());
    }
    g.writeEndObject();
    g.writeName("unit");
    g.writeStartObject();
    for (Indicator i : cube.indicators.values()) {
      g.writeName(i.code());
      g.writeStartObject();
      g.writeStringProperty("label", i.unit().label());
      g.writeStringProperty("symbol", i.unit().label());
      g.writeNumberProperty("decimals", cube.decimals.getOrDefault(i.code(), 0));
      g.writeStringProperty("position", "end");
      g.writeEndObject();
    }
    g.writeEndObject();
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void regionDimension(JsonGenerator g, Cube cube) {
    g.writeName("region");
    g.writeStartObject();
    g.writeStringProperty("label", "地区");
    g.writeName("category");
    g.writeStartObject();
    writeIndex(g, new ArrayList<>(cube.regions.keySet()));
    if (!cube.regions.isEmpty()) {
      g.writeName("label");
      g.writeStartObject();
      for (Region r : cube.regions.values()) {
        g.writeStringProperty(r.code(), r.name());
      }
      g.writeEndObject();
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void periodDimension(JsonGenerator g, Cube cube) {
    g.writeName("period");
    g.writeStartObject();
    g.writeStringProperty("label", "时期");
    g.writeName("category");
    g.writeStartObject();
    List<String> ids = new ArrayList<>();
    for (Period p : cube.periods) {
      ids.add(p.toString());
    }
    writeIndex(g, ids);
    if (!ids.isEmpty()) {
      g.writeName("label");
      g.writeStartObject();
      for (Period p : cube.periods) {
        g.writeStringProperty(p.toString(), p.toChinese());
      }
      g.writeEndObject();
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  /** A breakdown as a dimension without role: its code the id, its English label in the zhibiao extension. */
  private static void breakdownDimension(JsonGenerator g, io.github.zhibiao.model.Breakdown b,
      List<io.github.zhibiao.model.Category> cats) {
    g.writeName(b.code());
    g.writeStartObject();
    g.writeStringProperty("label", b.label());
    g.writeName("category");
    g.writeStartObject();
    List<String> ids = new ArrayList<>();
    for (io.github.zhibiao.model.Category c : cats) {
      ids.add(c.code());
    }
    writeIndex(g, ids);
    g.writeName("label");
    g.writeStartObject();
    for (io.github.zhibiao.model.Category c : cats) {
      g.writeStringProperty(c.code(), c.label());
    }
    g.writeEndObject();
    g.writeEndObject();
    if (b.englishLabel().isPresent()) {
      g.writeName("extension");
      g.writeStartObject();
      g.writeName("zhibiao");
      g.writeStartObject();
      g.writeStringProperty("englishLabel", b.englishLabel().get());
      g.writeEndObject();
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  /** The statuses other than normal, by cell; an empty object when there are none. */
  private static void status(JsonGenerator g, Cube cube) {
    g.writeName("status");
    g.writeStartObject();
    for (Map.Entry<Long, Observation> e : cube.cells.entrySet()) {
      if (e.getValue().status() != Status.NORMAL) {
        g.writeStringProperty(Long.toString(e.getKey()), e.getValue().status().sdmxCode());
      }
    }
    g.writeEndObject();
  }

  private static void values(JsonGenerator g, Cube cube) {
    g.writeName("value");
    if (cube.cells.size() * 2L >= cube.total) {
      g.writeStartArray();
      for (long i = 0; i < cube.total; i++) {
        Observation o = cube.cells.get(i);
        if (o == null) {
          g.writeNull();
        } else {
          g.writeNumber(value(o));
        }
      }
      g.writeEndArray();
    } else {
      g.writeStartObject();
      for (Map.Entry<Long, Observation> e : cube.cells.entrySet()) {
        g.writeName(Long.toString(e.getKey()));
        g.writeNumber(value(e.getValue()));
      }
      g.writeEndObject();
    }
  }

  /** The value in its indicator's unit: exact where the conversion terminates, else 34 digits. */
  private static BigDecimal value(Observation o) {
    return ownUnit(o) ? o.value().to(o.indicator().unit()).value() : o.value().value();
  }

  /** Whether the value is in another unit than its indicator's, so that the extension keeps it as written. */
  private static boolean ownUnit(Observation o) {
    return !o.value().unit().equals(o.indicator().unit());
  }

  private static boolean hasExtras(Observation o) {
    return o.qualifier() != Qualifier.EXACT || ownUnit(o) || o.change().isPresent() || o.ranking().isPresent()
        || o.share().isPresent() || o.planCompletion().isPresent() || o.note().isPresent();
  }

  private static void writeIndex(JsonGenerator g, List<String> ids) {
    g.writeName("index");
    g.writeArray(ids.toArray(new String[0]), 0, ids.size());
  }

  private static void extension(JsonGenerator g, Cube cube, List<Region> defined) {
    g.writeName("extension");
    g.writeStartObject();
    g.writeName("zhibiao");
    g.writeStartObject();
    g.writeName("indicators");
    g.writeStartObject();
    for (Indicator i : cube.indicators.values()) {
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
    g.writeName("regions");
    g.writeStartObject();
    for (Region r : defined) {
      g.writeName(r.code());
      g.writeStartObject();
      DocumentRegions.write(g, r, false);
      g.writeEndObject();
    }
    g.writeEndObject();
    cells(g, cube);
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void cells(JsonGenerator g, Cube cube) {
    g.writeName("cells");
    g.writeStartObject();
    for (Map.Entry<Long, Observation> e : cube.cells.entrySet()) {
      Observation o = e.getValue();
      if (!hasExtras(o)) {
        continue;
      }
      g.writeName(Long.toString(e.getKey()));
      g.writeStartObject();
      if (o.qualifier() != Qualifier.EXACT) {
        g.writeStringProperty("qualifier", o.value().qualifierText());
      }
      if (ownUnit(o)) {
        g.writeStringProperty("value", o.value().value().toString());
        g.writeStringProperty("unit", o.value().unit().label());
      }
      NativeJsonWriter.details(g, o);
      g.writeEndObject();
    }
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
