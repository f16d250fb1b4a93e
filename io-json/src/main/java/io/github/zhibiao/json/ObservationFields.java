package io.github.zhibiao.json;

import io.github.zhibiao.model.Change;
import io.github.zhibiao.model.Indicator;
import io.github.zhibiao.model.Observation;
import io.github.zhibiao.model.Ranking;
import io.github.zhibiao.model.Share;
import io.github.zhibiao.model.Status;
import io.github.zhibiao.spi.DatasetReadException;
import io.github.zhibiao.unit.Qualifier;
import io.github.zhibiao.unit.UnitPolicy;
import io.github.zhibiao.unit.Unit;
import java.math.BigDecimal;
import java.util.Locale;
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
  String planCompletion;
  String note;

  void clear() {
    indicator = region = regionName = period = valueText = unit = qualifier = status = planCompletion = note = null;
    value = null;
    change = ranking = share = null;
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

  /**
   * The observation these properties describe.
   *
   * @param at the JSON path of the object (its text is only built for a problem)
   * @throws DatasetReadException naming the property at fault
   */
  Observation build(Resolver r, Function<String, Indicator> indicators, Object at) {
    if (indicator == null) {
      throw r.problem(at, null, null, "missing required property indicator");
    }
    if (region == null) {
      throw r.problem(at, null, null, "missing required property region");
    }
    if (period == null) {
      throw r.problem(at, null, null, "missing required property period");
    }
    if (value == null && valueText == null) {
      throw r.problem(at, null, null, "missing required property value");
    }
    Indicator ind = indicators.apply(indicator);
    if (ind == null) {
      throw r.problem(at, "indicator", indicator, "unknown indicator; define it in $.indicators, before the observations");
    }
    Unit u = unit == null || unit.equals(ind.unit().label()) ? ind.unit() : r.unit(at, "unit", unit, UnitPolicy.STRICT);
    BigDecimal v = value != null ? value : r.decimal(at, "value", valueText);
    Qualifier q = Qualifier.EXACT;
    if (qualifier != null) {
      try {
        q = Qualifier.valueOf(qualifier.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw r.problem(at, "qualifier", qualifier,
            "unknown qualifier; expected EXACT, APPROXIMATE, MORE_THAN, AT_LEAST, AT_MOST or LESS_THAN");
      }
    }
    Observation.Builder b = Observation.builder().indicator(ind)
        .region(r.region(at, "region", region, regionName))
        .period(r.period(at, "period", period))
        .value(io.github.zhibiao.unit.Quantity.of(v, u, q));
    if (status != null) {
      try {
        b.status(Status.parse(status));
      } catch (IllegalArgumentException e) {
        throw r.problem(at, "status", status, e.getMessage());
      }
    }
    if (change != null) {
      String amount = change.get("amount");
      if (amount == null) {
        throw r.problem(at, "change", null, "missing required property amount");
      }
      var q2 = r.quantity(at, "change.amount", amount);
      try {
        b.change(Change.of(q2, change.getOrDefault("basis", "YEAR_ON_YEAR")));
      } catch (IllegalArgumentException e) {
        throw r.problem(at, "change.basis", change.get("basis"), e.getMessage());
      }
    }
    if (ranking != null) {
      String rank = ranking.get("rank");
      if (rank == null) {
        throw r.problem(at, "ranking", null, "missing required property rank");
      }
      Ranking k;
      try {
        k = Ranking.parse(rank);
      } catch (IllegalArgumentException e) {
        throw r.problem(at, "ranking.rank", rank, e.getMessage());
      }
      String scope = ranking.get("scope");
      if (scope != null) {
        k = k.within(r.options.regions().byCode(scope).orElseThrow(() -> r.problem(at, "ranking.scope", scope,
            "unknown region code; expected a GB/T 2260 code in the registry such as 150000")));
      }
      b.ranking(k);
    }
    if (share != null) {
      if (share.get("rate") == null || share.get("of") == null) {
        throw r.problem(at, "share", null, "a share needs rate and of");
      }
      var rate = r.quantity(at, "share.rate", share.get("rate"));
      try {
        b.share(Share.of(rate, share.get("of")));
      } catch (IllegalArgumentException e) {
        throw r.problem(at, "share.rate", share.get("rate"), e.getMessage());
      }
    }
    if (planCompletion != null) {
      b.planCompletion(r.quantity(at, "planCompletion", planCompletion));
    }
    if (note != null) {
      b.note(note);
    }
    try {
      return b.build();
    } catch (IllegalArgumentException e) {
      throw r.problem(at, null, null, e.getMessage());
    }
  }
}
