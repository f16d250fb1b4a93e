package io.github.zhibiao.json;

import io.github.zhibiao.model.Indicator;
import io.github.zhibiao.model.Observation;
import io.github.zhibiao.model.Period;
import io.github.zhibiao.model.Region;
import io.github.zhibiao.model.Status;
import io.github.zhibiao.spi.DatasetReadException;
import io.github.zhibiao.spi.ObservationBinder;
import io.github.zhibiao.spi.ObservationBinder.Field;
import io.github.zhibiao.unit.UnitPolicy;
import io.github.zhibiao.unit.IncompatibleUnitsException;
import io.github.zhibiao.unit.Qualifier;
import io.github.zhibiao.unit.Quantity;
import io.github.zhibiao.unit.Unit;
import io.github.zhibiao.unit.UnitPolicy;
import java.math.BigDecimal;
import java.util.BitSet;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/**
 * The one place where a JSON-stat cell becomes an {@link Observation}: its value, the categories
 * of its position, its status and the zhibiao extension of the cell ({@link #cell}, {@link
 * #extras}). Everything else of the JSON-stat reader only streams the document and reports places.
 */
final class JsonStatCells {
  private final Resolver r;
  private final JsonStatCube cube;
  private final String at;
  private final JsonStatStatus status;
  private final Map<Long, JsonNode> extras;
  private final int[] pos;
  /** The cells of a sparse object seen so far, one bit each, so that a cell given twice is refused. */
  private BitSet seen;

  JsonStatCells(Resolver r, JsonStatCube cube, JsonStatHeader h, String at) {
    this.r = r;
    this.cube = cube;
    this.at = at;
    this.status = h.status == null ? JsonStatStatus.NONE : h.status;
    this.extras = h.cells;
    this.pos = new int[cube.size.length];
    this.breakdownPlaces = new String[cube.size.length];
    for (int d = 0; d < breakdownPlaces.length; d++) {
      breakdownPlaces[d] = "$.dimension." + cube.id[d];
    }
  }

  /** The JSON path of the cell being read, made when asked for (a problem), not for every cell. */
  private final class Place {
    long k;

    @Override
    public String toString() {
      return at + ".value[" + k + "]";
    }
  }

  private final Place place = new Place();
  private final String[] breakdownPlaces;

  /**
   * The observation of one value entry.
   *
   * @throws DatasetReadException naming the cell (or its category) for a bad entry
   */
  Observation cell(JsonStatCell c) {
    if (c.kind == JsonStatCell.BAD_KEY) {
      throw r.problem(at + ".value", c.text(), "sparse value key '" + c.text()
          + "' is not a cell index; expected 0, 1, 2 … written without sign, spaces or leading zeros");
    }
    long k = c.index;
    if (k >= cube.total) {
      throw r.problem(at + ".value", Long.toString(k), "cell index " + k + " is outside 0 … " + (cube.total - 1));
    }
    place.k = k;
    Object path = place; // its text, the cell's JSON path, is made only for a problem
    if (c.sparse && !firstTime(k)) {
      throw r.problem(path, null, null, "a second value for cell " + k + "; which one is meant cannot be known");
    }
    String code = status.of(k);
    if (c.kind == JsonStatCell.NULL || c.kind == JsonStatCell.STRING && Status.isMissingMarker(c.text())) {
      // no figure: a null (its status may say why: ".." not available) or a marker in place of the figure
      r.missing.accept(c.kind == JsonStatCell.STRING ? c.text().strip() : code != null && !code.isBlank()
          && Status.isMissingMarker(code) ? code.strip() : "null");
      return null;
    }
    if (code != null && Status.isMissingMarker(code) && !code.isBlank()) {
      throw r.problem(at + ".status[" + k + "]", code, "the status '" + code + "' says that cell " + k
          + " has no figure, but its value is " + c.text() + "; which one is meant cannot be known");
    }
    BigDecimal value = switch (c.kind) {
      case JsonStatCell.NUMBER -> r.number(path, null, c.chars, c.offset, c.length);
      case JsonStatCell.STRING -> r.decimal(path, null, c.text());
      default -> throw r.problem(path, null, null, "expected a number or null, found " + c.text());
    };
    position(k);
    Indicator ind = category(cube.indicators[cube.metric < 0 ? 0 : pos[cube.metric]], Indicator.class);
    Region region = category(cube.regions[cube.geo < 0 ? 0 : pos[cube.geo]], Region.class);
    Period period = category(cube.periods[cube.time < 0 ? 0 : pos[cube.time]], Period.class);
    try {
      return observation(k, path, value, ind, region, period, code);
    } catch (DatasetReadException e) {
      throw e; // already placed: a DatasetReadException is an IllegalArgumentException too
    } catch (IllegalArgumentException e) {
      throw r.problem(path, null, null, e.getMessage());
    }
  }

  /**
   * The categories of cell {@code k}, one per dimension, into {@link #pos}: for a cell a few after
   * the one before (a dense array read in order, some cells without a figure) by counting on from
   * its position, the last dimension fastest; otherwise by dividing by the sizes (a long division
   * per dimension).
   */
  private void position(long k) {
    if (positioned >= 0 && k > positioned && k - positioned <= 16) {
      for (long step = positioned; step < k; step++) {
        int d = pos.length - 1;
        while (d > 0 && pos[d] + 1 == cube.size[d]) {
          pos[d--] = 0;
        }
        pos[d]++; // k < total, so the first dimension does not pass its size
      }
    } else {
      long rest = k;
      for (int d = pos.length - 1; d >= 0; d--) {
        pos[d] = (int) (rest % cube.size[d]);
        rest /= cube.size[d];
      }
    }
    positioned = k;
  }

  /** The cell whose categories {@link #pos} holds; -1 before the first. */
  private long positioned = -1;

  private boolean firstTime(long k) {
    if (seen == null) {
      seen = new BitSet();
    }
    int i = (int) k; // k < total <= MAX_CELLS < 2^31
    if (seen.get(i)) {
      return false;
    }
    seen.set(i);
    return true;
  }

  private static <T> T category(Object o, Class<T> type) {
    if (o instanceof DatasetReadException e) {
      throw new DatasetReadException(e.problem()); // the category's problem, for each of its cells
    }
    return type.cast(o);
  }

  private Observation observation(long k, Object path, BigDecimal value, Indicator ind, Region region, Period period,
      String code) {
    JsonNode extra = extras.isEmpty() ? MissingNode.getInstance() : extras.getOrDefault(k, MissingNode.getInstance());
    String xpath = extra.isMissingNode() ? null : at + ".extension.zhibiao.cells." + k;
    ObservationBinder b = binder().begin(line, pathOfCell).set(ind).set(region).set(period);
    Quantity quantity = extra.has("unit") || extra.has("value") ? own(xpath, extra, value, ind, Qualifier.EXACT)
        : Quantity.of(value, ind.unit());
    b.set(quantity, "value");
    for (int d = 0; d < pos.length; d++) {
      if (cube.breakdowns[d] != null) {
        b.breakdown(cube.breakdowns[d], cube.breakdownCategories[d][pos[d]], breakdownPlaces[d]);
      }
    }
    String flag = null;
    if (code != null) {
      if (known(code)) {
        b.set(Field.STATUS, code, at + ".status[" + k + "]");
      } else {
        flag = "status " + code.strip(); // an office's own flag (Eurostat's b: break in series), kept as a note
      }
    }
    if (!extra.isMissingNode()) {
      extension(b, extra, xpath);
    }
    if (flag != null && !extra.path("note").isString()) {
      b.set(Field.NOTE, flag, at + ".status[" + k + "]");
    }
    return b.bind();
  }

  /** The texts of a cell's zhibiao extension (at {@code xpath}) as fields of its observation. */
  private static void extension(ObservationBinder b, JsonNode extra, String xpath) {
    text(b, Field.QUALIFIER, extra.path("qualifier"), xpath + ".qualifier");
    JsonNode c = extra.path("change");
    if (c.isObject()) {
      text(b, Field.CHANGE, c.path("amount"), xpath + ".change.amount");
      text(b, Field.CHANGE_BASIS, c.path("basis"), xpath + ".change.basis");
    }
    JsonNode rank = extra.path("ranking");
    if (rank.isObject()) {
      text(b, Field.RANKING, rank.path("rank"), xpath + ".ranking.rank");
      text(b, Field.RANKING_SCOPE, rank.path("scope"), xpath + ".ranking.scope");
    }
    JsonNode share = extra.path("share");
    if (share.isObject()) {
      text(b, Field.SHARE, share.path("rate"), xpath + ".share.rate");
      text(b, Field.SHARE_OF, share.path("of"), xpath + ".share.of");
    }
    text(b, Field.PLAN_COMPLETION, extra.path("planCompletion"), xpath + ".planCompletion");
    text(b, Field.NOTE, extra.path("note"), xpath + ".note");
  }

  /** Whether a status code is one of {@link Status}'s (an SDMX code, a name, a Chinese word). */
  private boolean known(String code) {
    Boolean k = knownCodes.get(code);
    if (k == null) {
      try {
        Status.parse(code);
        k = true;
      } catch (IllegalArgumentException e) {
        k = false;
      }
      if (knownCodes.size() < 256) {
        knownCodes.put(code, k);
      }
    }
    return k;
  }

  private final Map<String, Boolean> knownCodes = new java.util.HashMap<>();

  /** The binder of this dataset's cells, made on first use with JSON-stat's open unit policy. */
  private ObservationBinder binder() {
    if (binder == null) {
      binder = ObservationBinder.of(r.source, r.options, UnitPolicy.OPEN);
    }
    return binder;
  }

  private ObservationBinder binder;
  private final java.util.function.LongSupplier line = () -> resolver().line > 0 ? resolver().line
      : resolver().lineSource.getAsLong();

  private Resolver resolver() {
    return r;
  }
  private final java.util.function.Supplier<String> pathOfCell = () -> place.toString();

  /** A string property of the cell's extension as a field; absent or not a string, no field. */
  private static void text(ObservationBinder b, Field field, JsonNode node, String place) {
    if (node.isString()) {
      b.set(field, node.asString(), place);
    }
  }

  /**
   * The value in its own unit, as the extension keeps it when it differs from the indicator's unit
   * (1亩 of an indicator in 公顷): the cell's value must be that value in the indicator's unit, as
   * the writer converts it, so that an edited cell is not overridden silently.
   */
  private Quantity own(String xpath, JsonNode extra, BigDecimal value, Indicator ind, Qualifier q) {
    if (!extra.path("unit").isString() || !extra.path("value").isString()) {
      throw r.problem(xpath, null, "a cell's own value needs both unit and value, as strings");
    }
    Unit unit = r.unit(xpath, "unit", extra.path("unit").asString(), UnitPolicy.OPEN);
    Quantity own = Quantity.of(r.decimal(xpath, "value", extra.path("value").asString()), unit, q);
    BigDecimal converted;
    try {
      converted = own.to(ind.unit()).value();
    } catch (IncompatibleUnitsException e) {
      throw r.problem(xpath, "unit", unit.label(), e.getMessage());
    }
    if (converted.compareTo(value) != 0) {
      throw r.problem(xpath, "value", own.toString(), "the cell's value " + value.toPlainString() + ind.unit().label()
          + " is not its own value " + own + " in " + ind.unit().label() + " (" + converted.toPlainString()
          + "); one of them was changed");
    }
    return own;
  }


}
