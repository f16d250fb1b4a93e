package io.github.zhibiao.spark;

import io.github.zhibiao.model.Breakdowns;
import io.github.zhibiao.model.DayRangePeriod;
import io.github.zhibiao.model.HalfYearPeriod;
import io.github.zhibiao.model.Indicator;
import io.github.zhibiao.model.InstantPeriod;
import io.github.zhibiao.model.MonthPeriod;
import io.github.zhibiao.model.MonthRangePeriod;
import io.github.zhibiao.model.Observation;
import io.github.zhibiao.model.Period;
import io.github.zhibiao.model.QuarterPeriod;
import io.github.zhibiao.model.Ranking;
import io.github.zhibiao.model.Region;
import io.github.zhibiao.model.Status;
import io.github.zhibiao.model.WeekPeriod;
import io.github.zhibiao.model.YearPeriod;
import io.github.zhibiao.model.YearRangePeriod;
import io.github.zhibiao.spi.DatasetReadException;
import io.github.zhibiao.spi.ObservationBinder;
import io.github.zhibiao.spi.Problem;
import io.github.zhibiao.unit.Quantity;
import io.github.zhibiao.unit.Rational;
import io.github.zhibiao.unit.Unit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.IdentityHashMap;
import java.util.List;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.GenericInternalRow;
import org.apache.spark.sql.catalyst.util.ArrayBasedMapData;
import org.apache.spark.sql.catalyst.util.MapData;
import org.apache.spark.sql.types.Decimal;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.unsafe.types.UTF8String;

/** Observations and problems as Spark rows of {@link ZhibiaoSchema}, and the decimal rule. */
final class Rows {
  private static final int INTEGER_DIGITS = ZhibiaoSchema.PRECISION - ZhibiaoSchema.SCALE;
  private static final int MAX_LONG_DIGITS = 18; // every 18-digit unscaled value fits a long

  private Rows() {}

  /** Where an observation stands in its file. */
  record Place(String file, String format, long record, Long line, Integer start, Integer end) {}

  /**
   * The row of {@code o}, every column.
   *
   * @throws DatasetReadException naming the file, the record's number, the field and the number
   *     when a number does not fit {@code decimal(38, 8)}
   */
  static InternalRow observation(Observation o, Place at, String name) {
    return new Builder(ZhibiaoSchema.observations()).observation(o, at, name);
  }

  /**
   * Builds the rows of one partition with the columns of a (pruned) schema, in its order. Texts
   * that repeat from row to row (the readers hand out one String instance for them) are encoded
   * once: the cache is keyed by the String instance, so a value is never taken for another. The
   * numbers are checked whatever the columns, so pruning never changes which records are problems.
   */
  static final class Builder {
    private static final int CACHE_LIMIT = 1 << 14;
    private static final int COLUMNS = ZhibiaoSchema.observations().size();
    private final int[] columns; // the full schema's index of each column built, in order
    private final boolean[] wanted = new boolean[COLUMNS];
    private final boolean full;
    private static final UTF8String[] STATUSES = new UTF8String[Status.values().length];

    static {
      for (Status s : Status.values()) {
        STATUSES[s.ordinal()] = UTF8String.fromString(s.name());
      }
    }

    private final InstanceCache<String, UTF8String> texts = new InstanceCache<>(CACHE_LIMIT, UTF8String::fromString);
    private final InstanceCache<Indicator, Object[]> indicators = new InstanceCache<>(4096, this::indicatorColumns);
    private final InstanceCache<Region, Object[]> regions = new InstanceCache<>(1024, this::regionColumns);
    private final InstanceCache<Period, Object[]> periods = new InstanceCache<>(1024, Builder::periodColumns);
    private final InstanceCache<Unit, UTF8String[]> units = new InstanceCache<>(256, this::unitColumns);
    private final InstanceCache<Breakdowns, MapData[]> breakdowns = new InstanceCache<>(1024, this::breakdownColumns);
    private final boolean indicatorColumns; // whether any of columns 0–4 is built, and so on
    private final boolean regionColumns;
    private final boolean periodColumns;
    private final boolean breakdownColumns;

    /** A builder of the columns of {@code schema}, each a column of {@link ZhibiaoSchema#observations()}. */
    Builder(StructType schema) {
      StructType all = ZhibiaoSchema.observations();
      columns = new int[schema.size()];
      boolean identity = schema.size() == COLUMNS;
      for (int j = 0; j < columns.length; j++) {
        columns[j] = all.fieldIndex(schema.fields()[j].name());
        wanted[columns[j]] = true;
        identity &= columns[j] == j;
      }
      full = identity;
      indicatorColumns = any(0, 5);
      regionColumns = any(5, 8);
      periodColumns = any(8, 12);
      breakdownColumns = any(33, 36);
    }

    /** Whether a column in {@code [from, to)} is built (the others of the range are then built too, and dropped). */
    private boolean any(int from, int to) {
      for (int j = from; j < to; j++) {
        if (wanted[j]) {
          return true;
        }
      }
      return false;
    }

    /** The row of {@code o}; see {@link Rows#observation}. */
    InternalRow observation(Observation o, Place at, String name) {
      Object[] v = new Object[COLUMNS];
      boolean[] w = wanted;
      if (indicatorColumns) {
        Object[] i = indicators.get(o.indicator());
        System.arraycopy(i, 0, v, 0, 5);
      }
      if (regionColumns) {
        Object[] r = regions.get(o.region());
        System.arraycopy(r, 0, v, 5, 3);
      }
      if (periodColumns) {
        Object[] p = periods.get(o.period());
        System.arraycopy(p, 0, v, 8, 4);
      }
      Quantity q = o.value();
      BigDecimal value = exact(q.value(), "value", at, name);
      if (w[12]) v[12] = decimal(value);
      if (w[13]) v[13] = q.value().scale();
      if (w[14] || w[16]) {
        UTF8String[] u = units.get(q.unit());
        v[14] = u[0];
        v[16] = u[1];
      }
      BigDecimal base = base(q, at, name);
      if (w[15]) v[15] = base == null ? null : decimal(base);
      if (w[17]) v[17] = q.isExact() ? null : once(q.qualifierText());
      if (w[18]) v[18] = STATUSES[o.status().ordinal()];
      if (o.change().isPresent()) {
        Quantity c = o.change().get().amount();
        BigDecimal change = exact(c.value(), "change", at, name);
        if (w[19]) v[19] = decimal(change);
        if (w[20]) v[20] = c.value().scale();
        if (w[21]) v[21] = units.get(c.unit())[0];
        if (w[22]) v[22] = once(o.change().get().basisText());
      }
      if (o.ranking().isPresent()) {
        Ranking r = o.ranking().get();
        if (w[23]) v[23] = once(r.toString());
        if (w[24]) v[24] = r.position().isPresent() ? r.position().getAsInt() : null;
        if (w[25]) v[25] = r.scope().map(x -> s(x.code())).orElse(null);
      }
      if (o.share().isPresent()) {
        Quantity rate = o.share().get().rate();
        BigDecimal share = exact(rate.value(), "share", at, name);
        if (w[26]) v[26] = decimal(share);
        if (w[27]) v[27] = rate.value().scale();
        if (w[28]) v[28] = units.get(rate.unit())[0];
        if (w[29]) v[29] = once(o.share().get().whole());
      }
      if (o.planCompletion().isPresent()) {
        Quantity plan = o.planCompletion().get();
        BigDecimal completion = exact(plan.value(), "plan_completion", at, name);
        if (w[30]) v[30] = decimal(completion);
        if (w[31]) v[31] = plan.value().scale();
        if (w[32]) v[32] = units.get(plan.unit())[0];
      }
      if (breakdownColumns) {
        MapData[] m = breakdowns.get(o.breakdowns());
        System.arraycopy(m, 0, v, 33, 3);
      }
      if (w[36]) v[36] = o.note().map(Builder::once).orElse(null);
      if (w[37]) v[37] = s(at.file());
      if (w[38]) v[38] = s(at.format());
      if (w[39]) v[39] = at.record();
      if (w[40]) v[40] = at.line();
      if (w[41]) v[41] = at.start();
      if (w[42]) v[42] = at.end();
      if (full) {
        return new GenericInternalRow(v);
      }
      Object[] out = new Object[columns.length];
      for (int j = 0; j < out.length; j++) {
        out[j] = v[columns[j]];
      }
      return new GenericInternalRow(out);
    }

    /** The indicator's columns 0–4: code, name, unit, kind, sector. */
    private Object[] indicatorColumns(Indicator i) {
      return new Object[] {s(i.code()), s(i.name()), s(i.unit().label()), s(i.kind().name()),
          i.sector().map(x -> once(x.toString())).orElse(null)};
    }

    /** The region's columns 5–7: code, name, level. */
    private Object[] regionColumns(Region r) {
      return new Object[] {s(r.code()), s(r.name()), s(r.level().name())};
    }

    /** The period's columns 8–11: its text, first and last day (epoch days; null for a label), kind. */
    private static Object[] periodColumns(Period p) {
      return new Object[] {once(ObservationBinder.periodText(p)), p.isDated() ? (int) p.start().toEpochDay() : null,
          p.isDated() ? (int) p.end().toEpochDay() : null, once(periodKind(p))};
    }

    /** A unit's label and its dimension's name (null for an opaque unit). */
    private UTF8String[] unitColumns(Unit u) {
      return new UTF8String[] {s(u.label()), u.isOpaque() ? null : once(u.dimension().toString())};
    }

    /** Columns 33–35 of the breakdowns: code → category code, → breakdown label, → category label. */
    private MapData[] breakdownColumns(Breakdowns b) {
      List<Breakdowns.Entry> entries = b.entries();
      Object[] keys = new Object[entries.size()];
      Object[] categories = new Object[entries.size()];
      Object[] labels = new Object[entries.size()];
      Object[] categoryLabels = new Object[entries.size()];
      for (int k = 0; k < entries.size(); k++) {
        Breakdowns.Entry e = entries.get(k);
        keys[k] = s(e.breakdown().code());
        categories[k] = s(e.category().code());
        labels[k] = s(e.breakdown().label());
        categoryLabels[k] = s(e.category().label());
      }
      return new MapData[] {ArrayBasedMapData.apply(keys, categories), ArrayBasedMapData.apply(keys, labels),
          ArrayBasedMapData.apply(keys, categoryLabels)};
    }

    /** {@code text} as UTF-8, once per String instance (bounded: the cache starts again when full). */
    private UTF8String s(String text) {
      return texts.get(text);
    }

    /** A text made afresh (not worth caching by its String instance). */
    private static UTF8String once(String text) {
      return UTF8String.fromString(text);
    }
  }

  /**
   * What a builder derives from one instance of an immutable value (an {@code Indicator}, a {@code
   * Period}, a {@code Breakdowns}, a text …), computed once per instance: the readers' binder hands the
   * same instance out again for every observation of the same indicator, region, period or breakdowns,
   * so one lookup replaces the columns' own work. Keyed by identity, so a value is never taken for
   * another; bounded (the cache starts again when full). The values are never changed after they are
   * made (Spark's projection only reads a row's strings, integers and maps), so rows may share them.
   */
  static final class InstanceCache<K, V> {
    private final IdentityHashMap<K, V> values;
    private final int limit;
    private final java.util.function.Function<K, V> make;

    InstanceCache(int limit, java.util.function.Function<K, V> make) {
      this.values = new IdentityHashMap<>(limit);
      this.limit = limit;
      this.make = make;
    }

    V get(K key) {
      V v = values.get(key);
      if (v == null) {
        if (values.size() >= limit) {
          values.clear();
        }
        v = make.apply(key);
        values.put(key, v);
      }
      return v;
    }
  }

  /** The row of a problem of {@code file}. */
  static InternalRow problem(Problem p, String file, String format) {
    return new GenericInternalRow(new Object[] {
        s(file), format == null ? null : s(format), p.line().orElse(null), p.path().map(Rows::s).orElse(null),
        p.field().map(Rows::s).orElse(null), p.text().map(Rows::s).orElse(null), s(p.message())});
  }

  /**
   * {@code value} with scale 8, exactly.
   *
   * @throws DatasetReadException when it has more than 8 decimals (after trailing zeros) or more than
   *     30 integer digits
   */
  static BigDecimal exact(BigDecimal value, String field, Place at, String name) {
    if (value.scale() > ZhibiaoSchema.SCALE && value.stripTrailingZeros().scale() > ZhibiaoSchema.SCALE) {
      throw notHeld(value, field, at, name, "more than " + ZhibiaoSchema.SCALE + " decimals");
    }
    BigDecimal scaled = value.setScale(ZhibiaoSchema.SCALE, RoundingMode.UNNECESSARY);
    if (scaled.precision() > ZhibiaoSchema.PRECISION) {
      throw notHeld(value, field, at, name, "more than " + INTEGER_DIGITS + " digits before the point");
    }
    return scaled;
  }

  /**
   * The value in the coherent unit of its dimension, rounded half-even to 8 decimals; null for an
   * opaque unit.
   */
  static BigDecimal base(Quantity q, Place at, String name) {
    Unit unit = q.unit();
    if (unit.isOpaque()) {
      return null;
    }
    BigDecimal scaled = toBase(q.value(), unit.factor());
    if (scaled.precision() > ZhibiaoSchema.PRECISION) {
      throw notHeld(scaled, "base_value", at, name, "more than " + INTEGER_DIGITS + " digits before the point in "
          + unit.dimension() + "'s coherent unit");
    }
    return scaled;
  }

  /** {@code value × factor}, rounded half-even to 8 decimals (the one rounding of this module). */
  static BigDecimal toBase(BigDecimal value, Rational factor) {
    BigDecimal numerator = value.multiply(new BigDecimal(factor.numerator()));
    return numerator.divide(new BigDecimal(factor.denominator()), ZhibiaoSchema.SCALE, RoundingMode.HALF_EVEN);
  }

  private static DatasetReadException notHeld(BigDecimal value, String field, Place at, String name, String why) {
    return new DatasetReadException(Problem.of(name, "the number has " + why + ", so decimal("
        + ZhibiaoSchema.PRECISION + ", " + ZhibiaoSchema.SCALE + ") cannot hold it exactly (observation "
        + at.record() + " of " + at.file() + ")").atLine(at.line() != null ? at.line() : at.record())
        .inField(field).withText(value.toPlainString()));
  }

  static String periodKind(Period p) {
    if (p instanceof YearPeriod) {
      return "YEAR";
    } else if (p instanceof HalfYearPeriod) {
      return "HALF_YEAR";
    } else if (p instanceof QuarterPeriod) {
      return "QUARTER";
    } else if (p instanceof MonthPeriod) {
      return "MONTH";
    } else if (p instanceof MonthRangePeriod) {
      return "MONTHS";
    } else if (p instanceof WeekPeriod) {
      return "WEEK";
    } else if (p instanceof DayRangePeriod) {
      return "DAYS";
    } else if (p instanceof InstantPeriod) {
      return "INSTANT";
    } else if (p instanceof YearRangePeriod) {
      return "YEARS";
    } else if (p.equals(Period.NOT_STATED)) {
      return "NOT_STATED";
    }
    return "LABEL";
  }

  /**
   * {@code scaled} (scale 8, at most 38 digits) as a Spark decimal(38, 8), exactly. An unscaled value
   * that fits a long is handed over as that long, which spares Spark's BigDecimal path; either way
   * the value is the same.
   */
  static Decimal decimal(BigDecimal scaled) {
    if (scaled.scale() == ZhibiaoSchema.SCALE && scaled.precision() <= MAX_LONG_DIGITS) {
      // the unscaled value as a long: moving the point by the scale gives a scale-0 BigDecimal, whose
      // long is its own compact value (unscaledValue() would make a BigInteger for every number)
      return Decimal.apply(scaled.movePointRight(ZhibiaoSchema.SCALE).longValue(), ZhibiaoSchema.PRECISION,
          ZhibiaoSchema.SCALE);
    }
    return slowDecimal(scaled);
  }

  /** {@link #decimal} through Spark's BigDecimal path; for the tests, which hold the two equal. */
  static Decimal slowDecimal(BigDecimal scaled) {
    return Decimal.apply(scaled, ZhibiaoSchema.PRECISION, ZhibiaoSchema.SCALE);
  }

  private static UTF8String s(String text) {
    return UTF8String.fromString(text);
  }
}
