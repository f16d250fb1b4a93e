package io.github.zhibiao.json;

import io.github.zhibiao.model.Change;
import io.github.zhibiao.model.Indicator;
import io.github.zhibiao.model.IndicatorKind;
import io.github.zhibiao.model.Observation;
import io.github.zhibiao.model.Period;
import io.github.zhibiao.model.Ranking;
import io.github.zhibiao.model.Region;
import io.github.zhibiao.model.RegionLevel;
import io.github.zhibiao.model.Regions;
import io.github.zhibiao.model.Sector;
import io.github.zhibiao.model.Share;
import io.github.zhibiao.model.Status;
import io.github.zhibiao.spi.AbstractObservationCursor;
import io.github.zhibiao.spi.DatasetReadException;
import io.github.zhibiao.spi.DatasetReader;
import io.github.zhibiao.spi.ObservationCursor;
import io.github.zhibiao.spi.Problem;
import io.github.zhibiao.spi.ReadOptions;
import io.github.zhibiao.spi.RegionPolicy;
import io.github.zhibiao.unit.Magnitude;
import io.github.zhibiao.unit.Qualifier;
import io.github.zhibiao.unit.Quantity;
import io.github.zhibiao.unit.Unit;
import io.github.zhibiao.unit.UnitPolicy;
import io.github.zhibiao.unit.Units;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Reads JSON-stat 2.0 datasets and collections into observations. The whole document is read
 * into memory first (JSON-stat's dimensions must be known before its values mean anything); the
 * cells then become observations one at a time, each cell a record.
 */
final class JsonStatReader implements DatasetReader {
  private static final Set<String> METRIC_IDS = Set.of("indicator", "contentscode", "metric", "measure", "indicators", "unit", "指标");
  private static final Set<String> GEO_IDS = Set.of("region", "geo", "area", "regions", "地区");
  private static final Set<String> TIME_IDS = Set.of("period", "time", "year", "tid", "date", "时期", "时间");
  private static final Pattern PX_MONTH = Pattern.compile("(\\d{4})M(\\d{2})");
  private static final Pattern PX_QUARTER = Pattern.compile("(\\d{4})[KQ]([1-4])");
  private static final Pattern PX_HALF = Pattern.compile("(\\d{4})[HS]([12])");

  @Override
  public ObservationCursor open(InputStream in, String source, ReadOptions options) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(options, "options");
    JsonNode root;
    try (InputStream input = in) {
      byte[] bytes = input.readAllBytes();
      if (new String(bytes, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
        throw new DatasetReadException(Problem.of(source, "the input is empty; expected a JSON-stat 2.0 dataset or collection"));
      }
      root = Json.MAPPER.readTree(bytes);
    } catch (JacksonException e) {
      throw NativeJsonReader.malformed(source, e, "$");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("cannot read " + source + ": " + e.getMessage(), e);
    }
    Resolver r = new Resolver(source, options);
    List<Object> records = new ArrayList<>();
    String cls = root.path("class").asString("");
    if (!root.isObject()) {
      throw fatal(source, "$", "expected a JSON-stat 2.0 object (class dataset or collection)");
    } else if (cls.equals("collection")) {
      JsonNode items = root.path("link").path("item");
      if (!items.isArray()) {
        throw fatal(source, "$.link.item", "a collection needs link.item, an array of datasets");
      }
      for (int i = 0; i < items.size(); i++) {
        JsonNode item = items.get(i);
        String at = "$.link.item[" + i + "]";
        if (!item.has("dimension")) {
          throw fatal(source, at, "only embedded datasets are read; this item has no dimension (a link to fetch?)");
        }
        new Dataset(source, r, item, at, records).read();
      }
    } else if (cls.equals("dataset") || root.has("dimension")) {
      new Dataset(source, r, root, "$", records).read();
    } else {
      throw fatal(source, "$.class", "expected a JSON-stat 2.0 dataset or collection, found class '" + cls + "'");
    }
    Iterator<Object> it = records.iterator();
    return new AbstractObservationCursor(source, options) {
      @Override
      protected Observation readRecord() {
        if (!it.hasNext()) {
          return null;
        }
        Object o = it.next();
        if (o instanceof DatasetReadException e) {
          throw e;
        }
        return (Observation) o;
      }

      @Override
      public void close() {
        // the input was read whole and closed
      }
    };
  }

  static DatasetReadException fatal(String source, String path, String message) {
    return new DatasetReadException(Problem.of(source, message).atPath(path));
  }

  /** One dataset of a document: its dimensions, then its cells as records. */
  private static final class Dataset {
    private final String source;
    private final Resolver r;
    private final JsonNode node;
    private final String at;
    private final List<Object> records;

    Dataset(String source, Resolver r, JsonNode node, String at, List<Object> records) {
      this.source = source;
      this.r = r;
      this.node = node;
      this.at = at;
      this.records = records;
    }

    private DatasetReadException fatal(String path, String message) {
      return JsonStatReader.fatal(source, path, message);
    }

    void read() {
      String version = node.path("version").asString("");
      if (!version.equals("2.0")) {
        throw fatal(at + ".version", "expected JSON-stat version \"2.0\", found '" + version + "'");
      }
      JsonNode ids = node.path("id");
      JsonNode sizes = node.path("size");
      if (!ids.isArray() || !sizes.isArray() || ids.size() != sizes.size() || ids.isEmpty()) {
        throw fatal(at + ".id", "id and size must be arrays of the same, non-zero length");
      }
      int n = ids.size();
      String[] id = new String[n];
      int[] size = new int[n];
      long total = 1;
      for (int i = 0; i < n; i++) {
        id[i] = ids.get(i).asString("");
        if (!sizes.get(i).isIntegralNumber() || sizes.get(i).intValue() < 0) {
          throw fatal(at + ".size[" + i + "]", "expected a non-negative integer");
        }
        size[i] = sizes.get(i).intValue();
        total *= size[i];
        if (!node.path("dimension").has(id[i])) {
          throw fatal(at + ".dimension", "no dimension '" + id[i] + "', which id names");
        }
      }
      int metric = role("metric", id, METRIC_IDS);
      int geo = role("geo", id, GEO_IDS);
      int time = role("time", id, TIME_IDS);
      if (metric < 0) {
        throw fatal(at + ".role", "no metric dimension (role metric, or an id such as indicator or ContentsCode): "
            + "the unit of the values is unknown");
      }
      if (time < 0) {
        throw fatal(at + ".role", "no time dimension (role time, or an id such as period, time, year or Tid)");
      }
      if (geo < 0 && r.options.defaultRegion().isEmpty()) {
        throw fatal(at + ".role", "no geo dimension (role geo, or an id such as region or geo); "
            + "read with ReadOptions.withDefaultRegion to supply one");
      }
      List<List<String>> categories = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        List<String> c = categories(id[i]);
        if (c.size() != size[i]) {
          throw fatal(at + ".dimension." + id[i] + ".category", "has " + c.size() + " categories but size says "
              + size[i]);
        }
        if (i != metric && i != geo && i != time && size[i] != 1) {
          throw fatal(at + ".dimension." + id[i], "a dimension with " + size[i]
              + " categories that is neither metric, geo nor time has no place in an observation");
        }
        categories.add(c);
      }
      Indicator[] indicators = indicators(id[metric], categories.get(metric));
      Region[] regions = geo < 0 ? new Region[] {r.options.defaultRegion().get()} : regions(id[geo], categories.get(geo));
      Period[] periods = periods(id[time], categories.get(time));
      JsonNode values = node.path("value");
      JsonNode cells = node.path("extension").path("zhibiao").path("cells");
      JsonNode status = node.path("status");
      int[] pos = new int[n];
      if (values.isArray()) {
        if (values.size() != total) {
          throw fatal(at + ".value", "has " + values.size() + " values but the sizes " + java.util.Arrays.toString(size)
              + " make " + total + " cells");
        }
        for (int k = 0; k < values.size(); k++) {
          cell(k, values.get(k), pos, size, metric, geo, time, indicators, regions, periods, status, cells);
        }
      } else if (values.isObject()) {
        for (Map.Entry<String, JsonNode> e : values.properties()) {
          int k;
          try {
            k = Integer.parseInt(e.getKey());
          } catch (NumberFormatException ex) {
            throw fatal(at + ".value", "sparse value key '" + e.getKey() + "' is not a cell index");
          }
          if (k < 0 || k >= total) {
            throw fatal(at + ".value", "cell index " + k + " is outside 0 … " + (total - 1));
          }
          cell(k, e.getValue(), pos, size, metric, geo, time, indicators, regions, periods, status, cells);
        }
      } else {
        throw fatal(at + ".value", "expected an array (dense) or an object (sparse) of values");
      }
    }

    private int role(String role, String[] id, Set<String> conventional) {
      JsonNode listed = node.path("role").path(role);
      if (listed.isArray() && !listed.isEmpty()) {
        String d = listed.get(0).asString("");
        for (int i = 0; i < id.length; i++) {
          if (id[i].equals(d)) {
            return i;
          }
        }
        throw fatal(at + ".role." + role, "names dimension '" + d + "', which id does not list");
      }
      for (int i = 0; i < id.length; i++) {
        if (conventional.contains(id[i].toLowerCase(Locale.ROOT))) {
          return i;
        }
      }
      return -1;
    }

    private List<String> categories(String dim) {
      JsonNode cat = node.path("dimension").path(dim).path("category");
      JsonNode index = cat.path("index");
      List<String> out = new ArrayList<>();
      if (index.isArray()) {
        for (JsonNode x : index.values()) {
          out.add(x.asString(""));
        }
      } else if (index.isObject()) {
        String[] byPos = new String[index.size()];
        for (Map.Entry<String, JsonNode> e : index.properties()) {
          int p = e.getValue().asInt(-1);
          if (p < 0 || p >= byPos.length || byPos[p] != null) {
            throw fatal(at + ".dimension." + dim + ".category.index", "positions must be 0 … " + (byPos.length - 1)
                + ", each once");
          }
          byPos[p] = e.getKey();
        }
        out.addAll(List.of(byPos));
      } else if (cat.path("label").isObject() && cat.path("label").size() == 1) {
        out.addAll(cat.path("label").propertyNames());
      } else {
        throw fatal(at + ".dimension." + dim + ".category", "needs an index (or, for one category, a label)");
      }
      return out;
    }

    private String label(String dim, String cat) {
      JsonNode l = node.path("dimension").path(dim).path("category").path("label").path(cat);
      return l.isString() ? l.asString() : null;
    }

    private Indicator[] indicators(String dim, List<String> ids) {
      Indicator[] out = new Indicator[ids.size()];
      JsonNode ext = node.path("extension").path("zhibiao").path("indicators");
      for (int i = 0; i < out.length; i++) {
        String code = ids.get(i);
        String path = at + ".dimension." + dim + ".category.unit." + code;
        JsonNode mine = ext.path(code);
        JsonNode unitNode = node.path("dimension").path(dim).path("category").path("unit").path(code);
        Unit unit;
        try {
          unit = unit(path, mine, unitNode);
        } catch (DatasetReadException e) {
          throw new DatasetReadException(e.problem());
        }
        String name = label(dim, code);
        try {
          Indicator.Builder b = Indicator.builder().code(code).name(name == null ? code : name).unit(unit);
          if (mine.has("kind")) {
            b.kind(IndicatorKind.valueOf(mine.path("kind").asString("")));
          }
          if (mine.has("sector")) {
            b.sector(Sector.parse(mine.path("sector").asString("")));
          }
          if (mine.has("englishName")) {
            b.englishName(mine.path("englishName").asString(""));
          }
          if (mine.has("description")) {
            b.description(mine.path("description").asString(""));
          }
          out[i] = b.build();
        } catch (IllegalArgumentException e) {
          throw fatal(at + ".dimension." + dim + ".category.index", "category '" + code + "': " + e.getMessage());
        }
      }
      return out;
    }

    private Unit unit(String path, JsonNode mine, JsonNode unitNode) {
      if (mine.has("unit")) {
        return r.unit(path, null, mine.path("unit").asString(""), UnitPolicy.OPEN);
      }
      if (!unitNode.isObject()) {
        throw fatal(path, "no unit for this metric category; JSON-stat puts it in category.unit with a label or symbol");
      }
      // The label, symbol and base in turn: the first one the catalog knows. Offices fill them
      // unevenly (an empty symbol beside a label, a label in the office's own language).
      String first = null;
      Unit unit = null;
      for (String k : new String[] {"label", "symbol", "base"}) {
        String text = unitNode.path(k).isString() ? unitNode.path(k).asString().strip() : "";
        if (text.isEmpty()) {
          continue;
        }
        if (first == null) {
          first = text;
        }
        try {
          unit = r.options.units().parse(text);
        } catch (IllegalArgumentException e) {
          unit = null;
        }
        if (unit != null && unit.withoutMagnitude().equals(Units.ONE)) {
          unit = null; // a label such as "million" names the multiplier, not the unit: look further
        } else if (unit != null) {
          break;
        }
      }
      UnitPolicy policy = r.options.unitPolicy().orElse(UnitPolicy.OPEN);
      if (unit == null && first == null) {
        if (policy == UnitPolicy.STRICT) {
          throw fatal(path, "the unit has no label, symbol or base; expected a unit such as 万吨, 亿元, %, 人");
        }
        unit = Units.NOT_STATED; // documented: an empty unit is "not stated", never a pure number
      } else if (unit == null) {
        try {
          unit = r.options.unit(first, policy);
          if (unit.withoutMagnitude().equals(Units.ONE)) {
            // "million" alone: the scale of a unit the file does not name
            if (policy == UnitPolicy.STRICT) {
              throw new IllegalArgumentException("'" + first + "' is a magnitude, not a unit");
            }
            unit = Unit.opaque(first);
          }
        } catch (IllegalArgumentException e) {
          throw fatal(path, "the unit '" + first + "' cannot be read (" + policy.name().toLowerCase(Locale.ROOT)
              + " unit policy): " + e.getMessage() + "; expected a symbol such as 万吨, 亿元, %, 人, or a unit"
              + " registered with UnitCatalog.with");
        }
      }
      int multiplier = unitNode.path("multiplier").asInt(0);
      if (multiplier != 0 && (unit.isOpaque() || unit == Units.NOT_STATED)) {
        // the scale stays with the label, so that no value is silently off by a power of ten
        return Unit.opaque((unit.isOpaque() ? unit.symbol() + " " : "") + "×10^" + multiplier);
      }
      if (multiplier != 0 && unit.magnitude().isEmpty()) {
        Unit base = unit;
        unit = Magnitude.ofExponent(multiplier).map(base::withMagnitude).orElseThrow(() ->
            fatal(path + ".multiplier", "multiplier " + multiplier + " is not a Chinese magnitude (1 … 12)"));
      }
      return unit;
    }

    /**
     * The regions of the geo dimension's categories, through the options' registry and region
     * policy: a known code; else a label that names a registry region (a shared name decided by
     * the category's parent in {@code child}, or the default region); else the document's own
     * region (the zhibiao extension, or the label) when the policy is OPEN.
     */
    private Region[] regions(String dim, List<String> ids) {
      Region[] out = new Region[ids.size()];
      JsonNode ext = node.path("extension").path("zhibiao").path("regions");
      Map<String, String> parents = new HashMap<>();
      for (Map.Entry<String, JsonNode> e : node.path("dimension").path(dim).path("category").path("child").properties()) {
        for (JsonNode c : e.getValue()) {
          parents.putIfAbsent(c.asString(""), e.getKey());
        }
      }
      Regions registry = r.options.regions();
      for (int i = 0; i < out.length; i++) {
        String code = ids.get(i);
        String name = label(dim, code);
        var known = registry.byCode(code);
        if (known.isPresent()) {
          out[i] = known.get();
          continue;
        }
        String path = at + ".dimension." + dim + ".category";
        try {
          JsonNode mine = ext.path(code);
          if (name != null && !registry.candidates(name).isEmpty()) {
            Region parent = parents.containsKey(code) ? registry.byCode(parents.get(code)).orElse(null) : null;
            out[i] = r.regionResolver.resolve("", name, parent);
          } else if (mine.isObject() && r.options.regionPolicy() == RegionPolicy.OPEN) {
            out[i] = Region.of(code, mine.path("name").asString(code), mine.path("shortName").asString(code),
                RegionLevel.valueOf(mine.path("level").asString("OTHER")));
          } else {
            out[i] = r.regionResolver.resolve(code, name == null ? "" : name);
          }
        } catch (IllegalArgumentException e) {
          boolean aboutLabel = name != null && !registry.candidates(name).isEmpty();
          throw new DatasetReadException(Problem.of(source, "category '" + code + "': " + e.getMessage())
              .atPath(path + (aboutLabel ? ".label." + code : ".index")).withText(aboutLabel ? name : code));
        }
      }
      return out;
    }

    private Period[] periods(String dim, List<String> ids) {
      Period[] out = new Period[ids.size()];
      for (int i = 0; i < out.length; i++) {
        String id = ids.get(i);
        Matcher m;
        try {
          if ((m = PX_MONTH.matcher(id)).matches()) {
            out[i] = Period.month(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
          } else if ((m = PX_QUARTER.matcher(id)).matches()) {
            out[i] = Period.quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
          } else if ((m = PX_HALF.matcher(id)).matches()) {
            out[i] = Period.halfYear(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
          } else {
            out[i] = Period.parse(id);
          }
        } catch (IllegalArgumentException e) {
          throw fatal(at + ".dimension." + dim + ".category.index", "category '" + id + "' is not a period: "
              + e.getMessage());
        }
      }
      return out;
    }

    private void cell(int k, JsonNode v, int[] pos, int[] size, int metric, int geo, int time, Indicator[] indicators,
        Region[] regions, Period[] periods, JsonNode status, JsonNode cells) {
      if (v == null || v.isNull()) {
        return;
      }
      int rest = k;
      for (int d = size.length - 1; d >= 0; d--) {
        pos[d] = rest % size[d];
        rest /= size[d];
      }
      String path = at + ".value[" + k + "]";
      try {
        BigDecimal value;
        if (v.isNumber()) {
          value = r.bounded(path, null, v.decimalValue());
        } else if (v.isString()) {
          value = r.decimal(path, null, v.asString());
        } else {
          throw r.problem(path, null, "expected a number or null");
        }
        Indicator ind = indicators[pos[metric]];
        JsonNode extra = cells.path(Integer.toString(k));
        Qualifier q = Qualifier.EXACT;
        if (extra.has("qualifier")) {
          q = Qualifier.valueOf(extra.path("qualifier").asString(""));
        }
        Observation.Builder b = Observation.builder().indicator(ind)
            .region(geo < 0 ? regions[0] : regions[pos[geo]]).period(periods[pos[time]])
            .value(Quantity.of(value, ind.unit(), q));
        String code = statusOf(status, k);
        if (code != null) {
          try {
            b.status(Status.parse(code));
          } catch (IllegalArgumentException e) {
            throw r.problem(at + ".status[" + k + "]", code, e.getMessage());
          }
        }
        if (extra.isObject()) {
          extras(b, extra, at + ".extension.zhibiao.cells." + k);
        }
        records.add(b.build());
      } catch (DatasetReadException e) {
        records.add(e);
      } catch (IllegalArgumentException e) {
        records.add(r.problem(path, null, e.getMessage()));
      }
    }

    private static String statusOf(JsonNode status, int k) {
      if (status.isString()) {
        return status.asString();
      }
      JsonNode s = status.isArray() ? status.path(k) : status.path(Integer.toString(k));
      return s.isString() ? s.asString() : null;
    }

    private void extras(Observation.Builder b, JsonNode extra, String path) {
      JsonNode c = extra.path("change");
      if (c.isObject()) {
        b.change(Change.of(r.quantity(path, "change.amount", c.path("amount").asString("")),
            c.path("basis").asString("YEAR_ON_YEAR")));
      }
      JsonNode k = extra.path("ranking");
      if (k.isObject()) {
        Ranking ranking = Ranking.parse(k.path("rank").asString(""));
        if (k.has("scope")) {
          String scope = k.path("scope").asString("");
          ranking = ranking.within(r.options.regions().byCode(scope).orElseThrow(() ->
              r.problem(path + ".ranking.scope", scope, "unknown region code")));
        }
        b.ranking(ranking);
      }
      JsonNode s = extra.path("share");
      if (s.isObject()) {
        b.share(Share.of(r.quantity(path, "share.rate", s.path("rate").asString("")), s.path("of").asString("")));
      }
      if (extra.path("planCompletion").isString()) {
        b.planCompletion(r.quantity(path, "planCompletion", extra.path("planCompletion").asString()));
      }
      if (extra.path("note").isString()) {
        b.note(extra.path("note").asString());
      }
    }
  }
}
