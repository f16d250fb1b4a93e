package io.github.zhibiao.spark;

import io.github.zhibiao.model.Breakdowns;
import io.github.zhibiao.model.DayRangePeriod;
import io.github.zhibiao.model.HalfYearPeriod;
import io.github.zhibiao.model.InstantPeriod;
import io.github.zhibiao.model.MonthPeriod;
import io.github.zhibiao.model.MonthRangePeriod;
import io.github.zhibiao.model.Observation;
import io.github.zhibiao.model.Period;
import io.github.zhibiao.model.QuarterPeriod;
import io.github.zhibiao.model.Ranking;
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
    private final IdentityHashMap<String, UTF8String> texts = new IdentityHashMap<>();
    private final IdentityHashMap<Period, UTF8String> periods = new IdentityHashMap<>();
    private final IdentityHashMap<Unit, UTF8String> dimensions = new IdentityHashMap<>();

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
    }

    /** The row of {@code o}; see {@link Rows#observation}. */
    InternalRow observation(Observation o, Place at, String name) {
      Object[] v = new Object[COLUMNS];
      boolean[] w = wanted;
      if (w[0]) v[0] = s(o.indicator().code());
      if (w[1]) v[1] = s(o.indicator().name());
      if (w[2]) v[2] = s(o.indicator().unit().label());
      if (w[3]) v[3] = s(o.indicator().kind().name());
      if (w[4]) v[4] = o.indicator().sector().map(x -> once(x.toString())).orElse(null);
      if (w[5]) v[5] = s(o.region().code());
      if (w[6]) v[6] = s(o.region().name());
      if (w[7]) v[7] = s(o.region().level().name());
      Period p = o.period();
      if (w[8]) v[8] = period(p);
      if (w[9]) v[9] = p.isDated() ? (int) p.start().toEpochDay() : null;
      if (w[10]) v[10] = p.isDated() ? (int) p.end().toEpochDay() : null;
      if (w[11]) v[11] = s(periodKind(p));
      Quantity q = o.value();
      BigDecimal value = exact(q.value(), "value", at, name);
      if (w[12]) v[12] = decimal(value);
      if (w[13]) v[13] = q.value().scale();
      if (w[14]) v[14] = s(q.unit().label());
      BigDecimal base = base(q, at, name);
      if (w[15]) v[15] = base == null ? null : decimal(base);
      if (w[16]) v[16] = q.unit().isOpaque() ? null : dimension(q.unit());
      if (w[17]) v[17] = q.isExact() ? null : once(q.qualifierText());
      if (w[18]) v[18] = s(o.status().name());
      if (o.change().isPresent()) {
        Quantity c = o.change().get().amount();
        BigDecimal change = exact(c.value(), "change", at, name);
        if (w[19]) v[19] = decimal(change);
        if (w[20]) v[20] = c.value().scale();
        if (w[21]) v[21] = s(c.unit().label());
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
        if (w[28]) v[28] = s(rate.unit().label());
        if (w[29]) v[29] = once(o.share().get().whole());
      }
      if (o.planCompletion().isPresent()) {
        Quantity plan = o.planCompletion().get();
        BigDecimal completion = exact(plan.value(), "plan_completion", at, name);
        if (w[30]) v[30] = decimal(completion);
        if (w[31]) v[31] = plan.value().scale();
        if (w[32]) v[32] = s(plan.unit().label());
      }
      if (w[33] || w[34] || w[35]) {
        breakdowns(o.breakdowns(), v);
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

    private void breakdowns(Breakdowns b, Object[] v) {
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
      v[33] = ArrayBasedMapData.apply(keys, categories);
      v[34] = ArrayBasedMapData.apply(keys, labels);
      v[35] = ArrayBasedMapData.apply(keys, categoryLabels);
    }

    /** {@code text} as UTF-8, once per String instance (bounded: the cache starts again when full). */
    private UTF8String s(String text) {
      UTF8String u = texts.get(text);
      if (u == null) {
        if (texts.size() >= CACHE_LIMIT) {
          texts.clear();
        }
        u = UTF8String.fromString(text);
        texts.put(text, u);
      }
      return u;
    }

    /** A text made afresh for its row (not worth caching). */
    private static UTF8String once(String text) {
      return UTF8String.fromString(text);
    }

    /** The unit's dimension's name, once per Unit instance (a dimension's name is built when asked). */
    private UTF8String dimension(Unit unit) {
      UTF8String u = dimensions.get(unit);
      if (u == null) {
        if (dimensions.size() >= CACHE_LIMIT) {
          dimensions.clear();
        }
        u = UTF8String.fromString(unit.dimension().toString());
        dimensions.put(unit, u);
      }
      return u;
    }

    /** The period's text, once per Period instance. */
    private UTF8String period(Period p) {
      UTF8String u = periods.get(p);
      if (u == null) {
        if (periods.size() >= CACHE_LIMIT) {
          periods.clear();
        }
        u = UTF8String.fromString(ObservationBinder.periodText(p));
        periods.put(p, u);
      }
      return u;
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
      return Decimal.apply(scaled.unscaledValue().longValue(), ZhibiaoSchema.PRECISION, ZhibiaoSchema.SCALE);
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
