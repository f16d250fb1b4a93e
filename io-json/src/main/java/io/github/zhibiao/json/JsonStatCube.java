package io.github.zhibiao.json;

import io.github.zhibiao.model.Breakdown;
import io.github.zhibiao.model.Category;
import io.github.zhibiao.model.Indicator;
import io.github.zhibiao.model.IndicatorKind;
import io.github.zhibiao.model.Period;
import io.github.zhibiao.model.Region;
import io.github.zhibiao.model.Regions;
import io.github.zhibiao.model.Sector;
import io.github.zhibiao.spi.DatasetReadException;
import io.github.zhibiao.spi.Problem;
import io.github.zhibiao.unit.Magnitude;
import io.github.zhibiao.unit.Unit;
import io.github.zhibiao.unit.UnitPolicy;
import io.github.zhibiao.unit.Units;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * The dimensions of one JSON-stat dataset, resolved: which dimension is the metric, the geo and
 * the time, and for each of their categories the {@link Indicator}, {@link Region} or {@link
 * Period} it stands for — or the {@link DatasetReadException} that says why it stands for none, so
 * that only the cells of a bad category are rejected. What makes the whole dataset unreadable (no
 * version 2.0, id and size that disagree, a missing dimension or role, more cells than {@link
 * JsonStatReader#MAX_CELLS}) is thrown as a fatal problem.
 */
final class JsonStatCube {
  /**
   * Conventional ids of the metric dimension, compared in lower case: zhibiao's, PxWeb's
   * ContentsCode, and Eurostat's {@code unit} (whose categories' labels are then the units).
   */
  static final Set<String> METRIC_IDS = Set.of("indicator", "contentscode", "metric", "measure", "indicators", "unit",
      "指标");
  /** Conventional ids of the geo dimension, in lower case: zhibiao's, Eurostat's geo, SDMX's REF_AREA. */
  static final Set<String> GEO_IDS = Set.of("region", "geo", "area", "regions", "ref_area", "country", "地区");
  /**
   * Conventional ids of the time dimension, in lower case: zhibiao's, Eurostat's time and
   * TIME_PERIOD, PxWeb's Tid (Statistics Norway, Sweden, Denmark), INE's Tiempo and Periodo, and the
   * Nordic and German words for year.
   */
  static final Set<String> TIME_IDS = Set.of("period", "time", "year", "tid", "date", "time_period", "tiempo",
      "periodo", "año", "vuosi", "vuosineljännes", "år", "jahr", "zeit", "时期", "时间");
  private static final Pattern PX_MONTH = Pattern.compile("(\\d{4})M(\\d{2})");
  private static final Pattern PX_QUARTER = Pattern.compile("(\\d{4})[KQ]([1-4])");
  private static final Pattern PX_HALF = Pattern.compile("(\\d{4})[HS]([12])");

  final String[] id;
  final int[] size;
  final long total;
  final int metric; // -1: the dataset is one indicator
  /** The metric is Eurostat's {@code unit} dimension: each category's label is its unit. */
  private final boolean unitDimension;
  final int geo; // -1: the default region
  final int time;
  /**
   * Per dimension that is neither metric, geo nor time (a breakdown: sex, age, a second geo
   * dimension), its {@link Breakdown}; null for the metric, geo and time dimensions.
   */
  final Breakdown[] breakdowns;
  /** Per breakdown dimension, its categories in index order; null for the others. */
  final Category[][] breakdownCategories;
  /** Per category of the metric, geo and time dimensions: the value, or a DatasetReadException. */
  final Object[] indicators;
  final Object[] regions;
  final Object[] periods;

  private final String source;
  private final Resolver r;
  private final JsonStatHeader h;
  private final String at;
  private final Function<Problem, DatasetReadException> fatal;

  private JsonStatCube(String source, Resolver r, JsonStatHeader h, String at,
      Function<Problem, DatasetReadException> fatal) {
    this.source = source;
    this.r = r;
    this.h = h;
    this.at = at;
    this.fatal = fatal;
    checkVersion();
    this.id = h.id;
    this.size = sizes();
    this.total = JsonStatHeader.cells(h.size);
    this.metric = role("metric", METRIC_IDS);
    this.unitDimension = metric >= 0 && id[metric].equalsIgnoreCase("unit")
        && !h.dimension.path(id[metric]).path("category").has("unit");
    this.geo = role("geo", GEO_IDS);
    this.time = role("time", TIME_IDS);
    checkRoles();
    List<List<String>> categories = categories();
    this.indicators = metric < 0 ? new Object[] {whole()} : indicators(id[metric], categories.get(metric));
    defineRegions();
    this.regions = geo < 0 ? new Object[] {r.options.defaultRegion().orElse(Region.NOT_STATED)}
        : regions(id[geo], categories.get(geo));
    this.periods = time < 0 ? new Object[] {Period.NOT_STATED} : periods(id[time], categories.get(time));
    this.breakdowns = new Breakdown[id.length];
    this.breakdownCategories = new Category[id.length][];
    for (int i = 0; i < id.length; i++) {
      if (i != metric && i != geo && i != time) {
        breakdown(i, categories.get(i));
      }
    }
  }

  /**
   * Dimension {@code i} as a breakdown: its id is the code, its label the label (the id when
   * absent), {@code extension.zhibiao.englishLabel} the English label; each category's id and
   * label likewise. A dimension whose texts break {@link Breakdown}'s or {@link Category}'s rules
   * ends the read, naming it.
   */
  private void breakdown(int i, List<String> ids) {
    JsonNode dim = h.dimension.path(id[i]);
    String path = at + ".dimension." + id[i];
    try {
      String label = dim.path("label").asString(id[i]);
      String english = dim.path("extension").path("zhibiao").path("englishLabel").asString("");
      breakdowns[i] = english.isEmpty() ? Breakdown.of(id[i], label.isEmpty() ? id[i] : label)
          : Breakdown.of(id[i], label.isEmpty() ? id[i] : label, english);
    } catch (IllegalArgumentException e) {
      throw fatal(path, "this dimension is a breakdown of the observations, but " + e.getMessage());
    }
    JsonNode labels = dim.path("category").path("label");
    Category[] out = new Category[ids.size()];
    for (int k = 0; k < out.length; k++) {
      String code = ids.get(k);
      try {
        String label = labels.path(code).asString(code);
        out[k] = Category.of(code, label.isEmpty() ? code : label);
      } catch (IllegalArgumentException e) {
        throw fatal(path + ".category", "category '" + code + "' of this breakdown: " + e.getMessage());
      }
    }
    breakdownCategories[i] = out;
  }

  /**
   * Resolves the dimensions a reader has met in {@code h}.
   *
   * @param fatal makes the exception that ends the read, from its problem
   * @throws DatasetReadException made by {@code fatal} when the dataset cannot be read at all
   */
  static JsonStatCube resolve(String source, Resolver r, JsonStatHeader h, String at,
      Function<Problem, DatasetReadException> fatal) {
    return new JsonStatCube(source, r, h, at, fatal);
  }

  private DatasetReadException fatal(String path, String message) {
    return fatal.apply(Problem.of(source, message).atPath(path));
  }

  private static DatasetReadException problem(String source, String path, String text, String message) {
    Problem p = Problem.of(source, message).atPath(path);
    return new DatasetReadException(text == null || text.isEmpty() ? p : p.withText(text));
  }

  /**
   * Version 2.0 with the 2.0 layout (a dataset of a collection or bundle need not repeat it); the
   * 1.x layout (id and size inside dimension) with no version or a 1.x one (1.0 … 1.03).
   */
  private void checkVersion() {
    String v = h.version;
    if (h.v1 ? v == null || v.matches("1\\.0[0-9]?") : "2.0".equals(v) || v == null && h.embedded) {
      return;
    }
    if (v != null && !v.isEmpty() && !v.equals("2.0") && !v.matches("1\\.0[0-9]?")) {
      throw fatal(at + ".version", "JSON-stat version '" + v + "' is not supported: this reader reads 2.0 datasets and"
          + " collections of embedded datasets, and 1.x bundles and datasets");
    }
    if (h.v1) {
      throw fatal(at + ".version", "version '" + v + "' with the 1.x layout (id and size inside dimension); a 2.0"
          + " dataset has id and size beside dimension");
    }
    throw fatal(at + ".version", "expected JSON-stat version \"2.0\", found '" + (v == null ? "" : v) + "'"
        + (v != null && v.startsWith("1.") ? " with the 2.0 layout (id and size beside dimension); a 1.x dataset keeps"
        + " them inside dimension" : ""));
  }

  private int[] sizes() {
    if (h.dimension == null) {
      throw fatal(at + ".dimension", "a dataset needs dimension, the object of its dimensions");
    }
    if (h.id == null || h.size == null || h.id.length != h.size.length || h.id.length == 0) {
      throw fatal(at + ".id", "id and size must be arrays of the same, non-zero length");
    }
    if (JsonStatHeader.cells(h.size) < 0) {
      throw fatal(at + ".size", "the sizes " + java.util.Arrays.toString(h.size) + " make more than "
          + JsonStatReader.MAX_CELLS + " cells, the most a dataset may have");
    }
    int[] out = new int[h.size.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = (int) h.size[i]; // each size was checked against MAX_CELLS when read
      if (!h.dimension.has(h.id[i])) {
        throw fatal(at + ".dimension", "no dimension '" + h.id[i] + "', which id names");
      }
    }
    return out;
  }

  private void checkRoles() {
    // No metric dimension: the dataset is one indicator (whole()). No time dimension: the period is not stated (Period.NOT_STATED). No geo dimension: the
    // options' default region, else Region.NOT_STATED.
  }

  /** The dimension with this role: the first the role lists, else the first with a conventional id; -1 if none. */
  int role(String role, Set<String> conventional) {
    java.util.Optional<String> given = r.options.dimensionRole(role);
    if (given.isPresent()) {
      for (int i = 0; i < id.length; i++) {
        if (id[i].equals(given.get())) {
          return i;
        }
      }
      throw fatal(at + ".id", "the read options give dimension '" + given.get() + "' the role " + role
          + ", but this dataset has no such dimension; it has " + String.join(", ", id));
    }
    JsonNode listed = h.role.path(role);
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

  /** Whether {@code role} (read after the values began to stream) assigns the roles as this cube does. */
  boolean agreesWith(JsonNode role) {
    JsonNode before = h.role;
    h.role = role;
    try {
      return role("metric", METRIC_IDS) == metric && role("geo", GEO_IDS) == geo && role("time", TIME_IDS) == time;
    } catch (DatasetReadException e) {
      return false;
    } finally {
      h.role = before;
    }
  }

  private List<List<String>> categories() {
    List<List<String>> out = new ArrayList<>();
    for (int i = 0; i < id.length; i++) {
      List<String> c = categories(id[i]);
      if (c.size() != size[i]) {
        throw fatal(at + ".dimension." + id[i] + ".category", "has " + c.size() + " categories but size says " + size[i]);
      }
      out.add(c);
    }
    return out;
  }

  private List<String> categories(String dim) {
    JsonNode cat = h.dimension.path(dim).path("category");
    JsonNode index = cat.path("index");
    List<String> out = new ArrayList<>();
    if (index.isArray()) {
      for (JsonNode x : index.values()) {
        out.add(x.asString(""));
      }
    } else if (index.isObject()) {
      String[] byPos = new String[index.size()];
      for (Map.Entry<String, JsonNode> e : index.properties()) {
        int p = smallInt(e.getValue(), -1);
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

  /**
   * A unit's multiplier: a JSON integer is the power of ten, as JSON-stat says; a string is what
   * ONS (Nomis) writes in its place, the factor itself ({@code "1"} is ×1, {@code "1000"} ×10^3) or
   * its word ({@code Units} for 0, {@code Thousands} 3, {@code Millions} 6, {@code Billions} 9, in
   * any case); {@link Integer#MIN_VALUE} for anything else.
   */
  private static int multiplier(JsonNode n) {
    if (n.isString()) {
      String text = n.asString().strip();
      if (text.matches("10{0,12}")) {
        return text.length() - 1; // ONS (Nomis) writes the factor as a string: "1" is ×1, "1000" ×10^3
      }
      switch (text.toLowerCase(Locale.ROOT)) {
        case "units", "unit", "ones", "one": return 0;
        case "tens": return 1;
        case "hundreds": return 2;
        case "thousands": return 3;
        case "millions": return 6;
        case "billions": return 9;
        default: return Integer.MIN_VALUE;
      }
    }
    return smallInt(n, Integer.MIN_VALUE);
  }

  /** An integral number that fits an int, else {@code otherwise}: never a Jackson conversion error. */
  static int smallInt(JsonNode n, int otherwise) {
    return n.isIntegralNumber() && n.canConvertToInt() ? n.intValue() : otherwise;
  }

  private String label(String dim, String cat) {
    JsonNode l = h.dimension.path(dim).path("category").path("label").path(cat);
    return l.isString() ? l.asString() : null;
  }

  private Object[] indicators(String dim, List<String> ids) {
    Object[] out = new Object[ids.size()];
    for (int i = 0; i < out.length; i++) {
      try {
        out[i] = indicator(dim, ids.get(i));
      } catch (DatasetReadException e) {
        out[i] = e;
      }
    }
    return out;
  }

  /**
   * The one indicator of a dataset without a metric dimension: its code the 1.x bundle's key (else
   * {@code DATASET}), its name the dataset's label, its unit not stated (under the strict unit
   * policy, a problem: the unit of the values is unknown).
   */
  private Object whole() {
    String path = at + ".dimension";
    try {
      Unit unit = labelled(path, tools.jackson.databind.node.MissingNode.getInstance());
      String code = validCode(h.code) ? h.code : "DATASET";
      String name = h.label == null || h.label.isBlank() ? code : h.label.strip();
      return Indicator.builder().code(code).name(name).unit(unit).build();
    } catch (DatasetReadException e) {
      return problem(source, path, null, "no metric dimension (role metric, or an id such as indicator, ContentsCode"
          + " or unit), so the unit of the values is unknown: " + e.problem().message());
    }
  }

  private static boolean validCode(String code) {
    try {
      Indicator.builder().code(code).name("x").unit(Units.ONE).build();
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private Indicator indicator(String dim, String code) {
    JsonNode mine = h.extIndicators.path(code);
    JsonNode unitNode = h.dimension.path(dim).path("category").path("unit").path(code);
    String unitPath = at + ".dimension." + dim + ".category.unit." + code;
    if (!unitNode.isObject() && unitDimension) {
      // Eurostat: the metric is the unit dimension, and its category's label is the unit (Euro per inhabitant)
      String label = label(dim, code);
      unitNode = Json.MAPPER.createObjectNode().put("label", label == null ? code : label);
      unitPath = at + ".dimension." + dim + ".category.label." + code;
    }
    Unit unit = unit(unitPath, mine, unitNode);
    String name = label(dim, code);
    try {
      Indicator.Builder b = Indicator.builder().code(indicatorCode(code)).name(name == null ? code : name).unit(unit);
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
      return b.build();
    } catch (DatasetReadException e) {
      throw e; // already placed: a DatasetReadException is an IllegalArgumentException too
    } catch (IllegalArgumentException e) {
      throw problem(source, at + ".dimension." + dim + ".category.index", code, "category '" + code + "': " + e.getMessage());
    }
  }

  /**
   * The indicator code of a metric category id: the id itself when it is a valid code (of any
   * script), else, where offices write a label as the id ({@code Parados que buscan primer empleo},
   * ICANE), the code core derives from a name ({@link Indicator#derivedCode}); the label stays the
   * name.
   */
  static String indicatorCode(String id) {
    if (id.isBlank() || validCode(id)) {
      return id; // a blank id is refused by the indicator, naming it
    }
    return Indicator.derivedCode(id);
  }

  private Unit unit(String path, JsonNode mine, JsonNode unitNode) {
    if (mine.has("unit")) {
      return r.unit(path, null, mine.path("unit").asString(""), UnitPolicy.OPEN);
    }
    if (!unitNode.isObject()) {
      try {
        return labelled(path, unitNode); // no unit at all: not stated (open), refused (strict)
      } catch (DatasetReadException e) {
        throw problem(source, path, null, "no unit for this metric category; JSON-stat puts it in category.unit with a "
            + "label or symbol");
      }
    }
    Unit unit = labelled(path, unitNode);
    if (!unitNode.has("multiplier")) {
      return unit;
    }
    int multiplier = multiplier(unitNode.path("multiplier"));
    if (multiplier == Integer.MIN_VALUE) {
      throw problem(source, path + ".multiplier", unitNode.path("multiplier").toString(),
          "expected an integer power of ten (1 … 12)");
    }
    if (multiplier != 0 && (unit.isOpaque() || unit == Units.NOT_STATED)) {
      // the scale stays with the label, so that no value is silently off by a power of ten
      return Unit.opaque((unit.isOpaque() ? unit.symbol() + " " : "") + "×10^" + multiplier);
    }
    if (multiplier != 0 && unit.magnitude().isEmpty()) {
      Magnitude m = Magnitude.ofExponent(multiplier).orElseThrow(() -> problem(source, path + ".multiplier",
          Integer.toString(multiplier), "multiplier " + multiplier + " is not a Chinese magnitude (1 … 12)"));
      try {
        return unit.withMagnitude(m);
      } catch (DatasetReadException e) {
        throw e; // already placed: a DatasetReadException is an IllegalArgumentException too
      } catch (IllegalArgumentException e) {
        // 元/人 takes no magnitude of its own (the issue-13 fuzz campaign found the bare exception)
        throw problem(source, path + ".multiplier", Integer.toString(multiplier), e.getMessage());
      }
    }
    return unit;
  }

  /** The unit of a metric category's label, symbol and base: the first one the catalog knows. */
  private Unit labelled(String path, JsonNode unitNode) {
    // Offices fill them unevenly (an empty symbol beside a label, a label in the office's own language).
    String first = null;
    for (String k : new String[] {"label", "symbol", "base"}) {
      String text = unitNode.path(k).isString() ? unitNode.path(k).asString().strip() : "";
      if (text.isEmpty()) {
        continue;
      }
      first = first == null ? text : first;
      Unit unit;
      try {
        unit = r.options.units().parse(text);
      } catch (DatasetReadException e) {
        throw e; // already placed: a DatasetReadException is an IllegalArgumentException too
      } catch (IllegalArgumentException e) {
        continue;
      }
      if (!unit.withoutMagnitude().equals(Units.ONE)) {
        return unit; // a label such as "million" names the multiplier, not the unit: look further
      }
    }
    UnitPolicy policy = r.options.unitPolicy().orElse(UnitPolicy.OPEN);
    if (first == null) {
      if (policy == UnitPolicy.STRICT) {
        throw problem(source, path, null, "the unit has no label, symbol or base; expected a unit such as 万吨, 亿元, %, 人");
      }
      return Units.NOT_STATED; // documented: an empty unit is "not stated", never a pure number
    }
    try {
      Unit unit = r.options.unit(first, policy);
      if (unit.withoutMagnitude().equals(Units.ONE)) {
        // "million" alone: the scale of a unit the file does not name
        if (policy == UnitPolicy.STRICT) {
          throw new IllegalArgumentException("'" + first + "' is a magnitude, not a unit");
        }
        unit = Unit.opaque(first);
      }
      return unit;
    } catch (DatasetReadException e) {
      throw e; // already placed: a DatasetReadException is an IllegalArgumentException too
    } catch (IllegalArgumentException e) {
      throw problem(source, path, first, "the unit '" + first + "' cannot be read (" + policy.name().toLowerCase(Locale.ROOT)
          + " unit policy): " + e.getMessage() + "; expected a symbol such as 万吨, 亿元, %, 人, or a unit"
          + " registered with UnitCatalog.with");
    }
  }

  /** The regions of {@code extension.zhibiao.regions} join the read's registry, before the geo categories are read. */
  private void defineRegions() {
    if (!h.extRegions.isObject()) {
      return;
    }
    DocumentRegions.Definitions defs = new DocumentRegions.Definitions(source, r.options.regions(), r.options.regionPolicy());
    for (Map.Entry<String, JsonNode> e : h.extRegions.properties()) {
      try {
        defs.define(e.getKey(), e.getValue(), at + ".extension.zhibiao.regions." + e.getKey());
      } catch (DatasetReadException x) {
        throw fatal.apply(x.problem());
      }
    }
    r.withRegions(defs.registry());
  }

  /**
   * The regions of the geo dimension's categories, through the read's registry (with the
   * document's own regions) and region policy: a known code; else a label that names a registry
   * region (a shared name decided by the category's parent in {@code child}, or the default
   * region), provided at least half of the dimension's categories are known to the registry by code
   * or label; else the label as a region of the document when the policy is OPEN.
   */
  private Object[] regions(String dim, List<String> ids) {
    Object[] out = new Object[ids.size()];
    Map<String, String> parents = new HashMap<>();
    for (Map.Entry<String, JsonNode> e : h.dimension.path(dim).path("category").path("child").properties()) {
      for (JsonNode c : e.getValue()) {
        parents.putIfAbsent(c.asString(""), e.getKey());
      }
    }
    Regions registry = r.options.regions();
    // A dimension most of whose categories the registry does not know is the office's own (US states,
    // counties): a label there that happens to name a registry region (Georgia, the state, is not GE,
    // the country) is not looked up, and its category is a region of the document.
    // each category's label and registry lookups made once, for the count and then for the category
    int knownCount = 0;
    JsonNode labels = h.dimension.path(dim).path("category").path("label");
    String[] names = new String[out.length];
    boolean[] named = new boolean[out.length]; // the registry has candidates for the label
    for (int i = 0; i < out.length; i++) {
      String code = ids.get(i);
      JsonNode l = labels.path(code);
      String name = l.isString() ? l.asString() : null;
      names[i] = name;
      var known = registry.byCode(code);
      if (known.isPresent()) {
        out[i] = known.get();
        knownCount++;
      } else if (name != null && !registry.candidates(name).isEmpty()) {
        named[i] = true;
        knownCount++;
      }
    }
    boolean lookUpLabels = knownCount * 2 >= ids.size();
    for (int i = 0; i < out.length; i++) {
      String code = ids.get(i);
      String name = names[i];
      if (out[i] != null) {
        continue; // known by its code
      }
      boolean byName = lookUpLabels && named[i];
      try {
        if (byName) {
          Region parent = parents.containsKey(code) ? registry.byCode(parents.get(code)).orElse(null) : null;
          out[i] = r.regionResolver.resolve("", name, parent);
        } else {
          out[i] = r.regionResolver.resolve(code, name == null ? "" : name);
        }
      } catch (DatasetReadException e) {
        throw e; // already placed: a DatasetReadException is an IllegalArgumentException too
      } catch (IllegalArgumentException e) {
        String path = at + ".dimension." + dim + ".category" + (byName ? ".label." + code : ".index");
        out[i] = problem(source, path, byName ? name : code, "category '" + code + "': " + e.getMessage());
      }
    }
    return out;
  }

  private Object[] periods(String dim, List<String> ids) {
    Object[] out = new Object[ids.size()];
    for (int i = 0; i < out.length; i++) {
      String code = ids.get(i);
      try {
        out[i] = period(code);
      } catch (DatasetReadException e) {
        throw e; // already placed: a DatasetReadException is an IllegalArgumentException too
      } catch (IllegalArgumentException e) {
        out[i] = problem(source, at + ".dimension." + dim + ".category.index", code,
            "category '" + code + "' is not a period: " + e.getMessage());
      }
    }
    return out;
  }

  private static Period period(String code) {
    Matcher m;
    if ((m = PX_MONTH.matcher(code)).matches()) {
      return Period.month(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    } else if ((m = PX_QUARTER.matcher(code)).matches()) {
      return Period.quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    } else if ((m = PX_HALF.matcher(code)).matches()) {
      return Period.halfYear(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }
    return Period.parseOrLabel(code); // a survey wave (LFI4b, 2009/13) is a labelled period; a typo is refused
  }
}
