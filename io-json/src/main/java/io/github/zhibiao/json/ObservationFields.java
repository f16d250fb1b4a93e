package io.github.zhibiao.json;

import io.github.zhibiao.model.Change;
import io.github.zhibiao.model.Indicator;
import io.github.zhibiao.model.Observation;
import io.github.zhibiao.model.Ranking;
import io.github.zhibiao.model.Share;
import io.github.zhibiao.model.Status;
import io.github.zhibiao.spi.DatasetReadException;
import io.github.zhibiao.unit.Qualifier;
import io.github.zhibiao.unit.Quantity;
import io.github.zhibiao.unit.Unit;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Builds an observation from the properties of a native JSON observation object (strings, and
 * maps of strings for change, ranking and share), for the streaming reader and the Jackson module.
 */
final class ObservationFields {
  private ObservationFields() {}

@SuppressWarnings("unchecked")
static Observation build(Resolver r, Function<String, Indicator> indicators, String at, Map<String, Object> f) {
    for (String required : new String[] {"indicator", "region", "period", "value"}) {
      if (!f.containsKey(required)) {
        throw r.problem(at, null, "missing required property " + required);
      }
    }
    String code = (String) f.get("indicator");
    Indicator ind = indicators.apply(code);
    if (ind == null) {
      throw r.problem(at + ".indicator", code, "unknown indicator; define it in $.indicators, before the observations");
    }
    Unit unit = f.containsKey("unit") ? r.unit(at + ".unit", (String) f.get("unit")) : ind.unit();
    BigDecimal v = r.decimal(at + ".value", (String) f.get("value"));
    Qualifier q = Qualifier.EXACT;
    if (f.containsKey("qualifier")) {
      try {
        q = Qualifier.valueOf(((String) f.get("qualifier")).toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw r.problem(at + ".qualifier", (String) f.get("qualifier"),
            "unknown qualifier; expected EXACT, APPROXIMATE, MORE_THAN, AT_LEAST, AT_MOST or LESS_THAN");
      }
    }
    Observation.Builder b = Observation.builder().indicator(ind)
        .region(r.region(at + ".region", (String) f.get("region"), (String) f.get("regionName")))
        .period(r.period(at + ".period", (String) f.get("period")))
        .value(Quantity.of(v, unit, q));
    try {
      if (f.containsKey("status")) {
        b.status(Status.parse((String) f.get("status")));
      }
    } catch (IllegalArgumentException e) {
      throw r.problem(at + ".status", (String) f.get("status"), e.getMessage());
    }
    if (f.containsKey("change")) {
      Map<String, String> c = (Map<String, String>) f.get("change");
      String amount = c.get("amount");
      if (amount == null) {
        throw r.problem(at + ".change", null, "missing required property amount");
      }
      try {
        b.change(Change.of(r.quantity(at + ".change.amount", amount), c.getOrDefault("basis", "YEAR_ON_YEAR")));
      } catch (DatasetReadException e) {
        throw e;
      } catch (IllegalArgumentException e) {
        throw r.problem(at + ".change.basis", c.get("basis"), e.getMessage());
      }
    }
    if (f.containsKey("ranking")) {
      Map<String, String> k = (Map<String, String>) f.get("ranking");
      if (k.get("rank") == null) {
        throw r.problem(at + ".ranking", null, "missing required property rank");
      }
      Ranking ranking;
      try {
        ranking = Ranking.parse(k.get("rank"));
      } catch (IllegalArgumentException e) {
        throw r.problem(at + ".ranking.rank", k.get("rank"), e.getMessage());
      }
      if (k.get("scope") != null) {
        String scope = k.get("scope");
        ranking = ranking.within(r.options.regions().byCode(scope).orElseThrow(() -> r.problem(at + ".ranking.scope",
            scope, "unknown region code; expected a GB/T 2260 code in the registry such as 150000")));
      }
      b.ranking(ranking);
    }
    if (f.containsKey("share")) {
      Map<String, String> s = (Map<String, String>) f.get("share");
      if (s.get("rate") == null || s.get("of") == null) {
        throw r.problem(at + ".share", null, "a share needs rate and of");
      }
      try {
        b.share(Share.of(r.quantity(at + ".share.rate", s.get("rate")), s.get("of")));
      } catch (DatasetReadException e) {
        throw e;
      } catch (IllegalArgumentException e) {
        throw r.problem(at + ".share.rate", s.get("rate"), e.getMessage());
      }
    }
    if (f.containsKey("planCompletion")) {
      b.planCompletion(r.quantity(at + ".planCompletion", (String) f.get("planCompletion")));
    }
    if (f.containsKey("note")) {
      b.note((String) f.get("note"));
    }
    try {
      return b.build();
    } catch (IllegalArgumentException e) {
      throw r.problem(at, null, e.getMessage());
    }
  }
}
