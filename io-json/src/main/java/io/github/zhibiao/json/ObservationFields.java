package io.github.zhibiao.json;

import io.github.zhibiao.model.Indicator;
import io.github.zhibiao.model.Observation;
import io.github.zhibiao.spi.DatasetReadException;
import io.github.zhibiao.spi.ObservationBinder;
import io.github.zhibiao.spi.ObservationBinder.Field;
import io.github.zhibiao.unit.UnitPolicy;
import java.math.BigDecimal;
import java.util.Map;
import java.util.function.Function;

/**
 * The properties of one native JSON observation object, as read (strings, a decimal, and maps of
 * strings for change, ranking and share), and how they become an {@link Observation}. The
 * streaming reader reuses one instance for every record; the Jackson module fills one from a tree.
 */
final class ObservationFields {
  String indicator;
  String region;
  String regionName;
  String period;
  BigDecimal value;
  String valueText;
  String unit;
  String qualifier;
  String status;
  Map<String, String> change;
  Map<String, String> ranking;
  Map<String, String> share;
  /** Each breakdown entry's properties (breakdown, label, englishLabel, category, categoryLabel), in order. */
  java.util.List<Map<String, String>> breakdowns;
  String planCompletion;
  String note;

  void clear() {
    indicator = region = regionName = period = valueText = unit = qualifier = status = planCompletion = note = null;
    value = null;
    change = ranking = share = null;
    breakdowns = null;
  }

  // Property ids, so that a streaming reader can dispatch on an int once it knows a name.
  static final int UNKNOWN = -1;
  static final int INDICATOR = 0;
  static final int REGION = 1;
  static final int REGION_NAME = 2;
  static final int PERIOD = 3;
  static final int UNIT = 4;
  static final int VALUE = 5;
  static final int QUALIFIER = 6;
  static final int STATUS = 7;
  static final int PLAN_COMPLETION = 8;
  static final int NOTE = 9;
  static final int CHANGE = 10;
  static final int RANKING = 11;
  static final int SHARE = 12;
  static final int BREAKDOWNS = 13;

  /** The property names, each at the index of its id, for a name matcher. */
  static final java.util.List<tools.jackson.core.util.Named> NAMES = java.util.stream.Stream.of("indicator", "region",
      "regionName", "period", "unit", "value", "qualifier", "status", "planCompletion", "note", "change", "ranking",
      "share", "breakdowns").map(n -> tools.jackson.core.util.Named.fromString(n.intern())).toList();

  /** The id of an observation property, or {@link #UNKNOWN}. */
  static int id(String name) {
    return switch (name) {
      case "indicator" -> INDICATOR;
      case "region" -> REGION;
      case "regionName" -> REGION_NAME;
      case "period" -> PERIOD;
      case "unit" -> UNIT;
      case "value" -> VALUE;
      case "qualifier" -> QUALIFIER;
      case "status" -> STATUS;
      case "planCompletion" -> PLAN_COMPLETION;
      case "note" -> NOTE;
      case "change" -> CHANGE;
      case "ranking" -> RANKING;
      case "share" -> SHARE;
      case "breakdowns" -> BREAKDOWNS;
      default -> UNKNOWN;
    };
  }

  /** Whether values of this property repeat from record to record (codes, periods, units). */
  static boolean repeats(int id) {
    return id >= INDICATOR && id <= UNIT;
  }

  /** Whether the property's value is a string (the value may be a string holding a number). */
  static boolean isText(int id) {
    return id >= INDICATOR && id <= NOTE;
  }

  /** Stores one property; false if the name is not an observation property with a string value. */
  boolean put(String name, String text) {
    int id = id(name);
    if (!isText(id)) {
      return false;
    }
    set(id, text);
    return true;
  }

  /** Stores the text of a string property ({@link #isText}). */
  void set(int id, String text) {
    switch (id) {
      case INDICATOR -> indicator = text;
      case REGION -> region = text;
      case REGION_NAME -> regionName = text;
      case PERIOD -> period = text;
      case UNIT -> unit = text;
      case VALUE -> valueText = text;
      case QUALIFIER -> qualifier = text;
      case STATUS -> status = text;
      case PLAN_COMPLETION -> planCompletion = text;
      case NOTE -> note = text;
      default -> throw new IllegalArgumentException("not a string property: " + id);
    }
  }

  /** The binder of the read, made on first use: one per read, since it caches regions and periods. */
  private ObservationBinder binder;
  /** The record's line and path for the binder, asked only for a problem; made once per resolver and path object. */
  private java.util.function.LongSupplier line;
  private java.util.function.Supplier<String> path;
  private Resolver lineOf;
  private Object pathOf;

  /**
   * The observation these properties describe, bound by the one binder of core.
   *
   * @param at the JSON path of the object (its text is only built for a problem)
   * @throws DatasetReadException naming the property at fault
   */
  Observation build(Resolver r, Function<String, Indicator> indicators, Object at) {
    if (binder == null) {
      binder = ObservationBinder.of(r.source, r.options, UnitPolicy.STRICT);
    }
    if (lineOf != r) {
      lineOf = r;
      line = () -> r.line > 0 ? r.line : r.lineSource.getAsLong();
    }
    if (pathOf != at) {
      pathOf = at;
      path = at::toString;
    }
    ObservationBinder b = binder.begin(line, path);
    if (indicator == null) {
      throw b.problemAt(null, null, "missing required property indicator");
    }
    if (region == null) {
      throw b.problemAt(null, null, "missing required property region");
    }
    if (period == null) {
      throw b.problemAt(null, null, "missing required property period");
    }
    if (value == null && valueText == null) {
      throw b.problemAt(null, null, "missing required property value");
    }
    Indicator ind = indicators.apply(indicator);
    if (ind == null) {
      throw b.problemAt("indicator", indicator, "unknown indicator; define it in $.indicators, before the observations");
    }
    b.set(ind).set(Field.REGION, region, "region").set(Field.PERIOD, period, "period");
    put(b, Field.REGION_NAME, regionName, "regionName");
    put(b, Field.UNIT, unit, "unit");
    if (value != null) {
      b.set(value, "value");
    } else {
      b.set(Field.VALUE, valueText, "value");
    }
    put(b, Field.QUALIFIER, qualifier, "qualifier");
    put(b, Field.STATUS, status, "status");
    if (change != null) {
      if (change.get("amount") == null) {
        throw b.problemAt("change", null, "missing required property amount");
      }
      b.set(Field.CHANGE, change.get("amount"), "change.amount");
      put(b, Field.CHANGE_BASIS, change.get("basis"), "change.basis");
    }
    if (ranking != null) {
      if (ranking.get("rank") == null) {
        throw b.problemAt("ranking", null, "missing required property rank");
      }
      b.set(Field.RANKING, ranking.get("rank"), "ranking.rank");
      put(b, Field.RANKING_SCOPE, ranking.get("scope"), "ranking.scope");
    }
    if (share != null) {
      if (share.get("rate") == null || share.get("of") == null) {
        throw b.problemAt("share", null, "a share needs rate and of");
      }
      b.set(Field.SHARE, share.get("rate"), "share.rate").set(Field.SHARE_OF, share.get("of"), "share.of");
    }
    put(b, Field.PLAN_COMPLETION, planCompletion, "planCompletion");
    if (breakdowns != null) {
      for (int i = 0; i < breakdowns.size(); i++) {
        Map<String, String> e = breakdowns.get(i);
        String place = "breakdowns[" + i + "]";
        if (e.get("breakdown") == null || e.get("category") == null) {
          throw b.problemAt(place, null, "a breakdown needs breakdown and category");
        }
        b.breakdown(e.get("breakdown"), e.getOrDefault("label", ""), e.getOrDefault("englishLabel", ""),
            e.get("category"), e.getOrDefault("categoryLabel", ""), place);
      }
    }
    put(b, Field.NOTE, note, "note");
    return b.bind();
  }

  private static void put(ObservationBinder b, Field field, String text, String place) {
    if (text != null) {
      b.set(field, text, place);
    }
  }
}
