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
import java.util.List;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.GenericInternalRow;
import org.apache.spark.sql.catalyst.util.ArrayBasedMapData;
import org.apache.spark.sql.catalyst.util.MapData;
import org.apache.spark.sql.types.Decimal;
import org.apache.spark.unsafe.types.UTF8String;

/** Observations and problems as Spark rows of {@link ZhibiaoSchema}, and the decimal rule. */
final class Rows {
  private static final int INTEGER_DIGITS = ZhibiaoSchema.PRECISION - ZhibiaoSchema.SCALE;

  private Rows() {}

  /** Where an observation stands in its file. */
  record Place(String file, String format, long record, Long line, Integer start, Integer end) {}

  /**
   * The row of {@code o}.
   *
   * @throws DatasetReadException naming the file, the record's number, the field and the number
   *     when a number does not fit {@code decimal(38, 8)}
   */
  static InternalRow observation(Observation o, Place at, String name) {
    Object[] v = new Object[ZhibiaoSchema.observations().size()];
    int i = 0;
    v[i++] = s(o.indicator().code());
    v[i++] = s(o.indicator().name());
    v[i++] = s(o.indicator().unit().label());
    v[i++] = s(o.indicator().kind().name());
    v[i++] = o.indicator().sector().map(x -> s(x.toString())).orElse(null);
    v[i++] = s(o.region().code());
    v[i++] = s(o.region().name());
    v[i++] = s(o.region().level().name());
    Period p = o.period();
    v[i++] = s(ObservationBinder.periodText(p));
    v[i++] = p.isDated() ? (int) p.start().toEpochDay() : null;
    v[i++] = p.isDated() ? (int) p.end().toEpochDay() : null;
    v[i++] = s(periodKind(p));
    Quantity q = o.value();
    v[i++] = decimal(exact(q.value(), "value", at, name));
    v[i++] = q.value().scale();
    v[i++] = s(q.unit().label());
    BigDecimal base = base(q, at, name);
    v[i++] = base == null ? null : decimal(base);
    v[i++] = q.unit().isOpaque() ? null : s(q.unit().dimension().toString());
    v[i++] = q.isExact() ? null : s(q.qualifierText());
    v[i++] = s(o.status().name());
    if (o.change().isPresent()) {
      Quantity c = o.change().get().amount();
      v[i++] = decimal(exact(c.value(), "change", at, name));
      v[i++] = c.value().scale();
      v[i++] = s(c.unit().label());
      v[i++] = s(o.change().get().basisText());
    } else {
      i += 4;
    }
    if (o.ranking().isPresent()) {
      Ranking r = o.ranking().get();
      v[i++] = s(r.toString());
      v[i++] = r.position().isPresent() ? r.position().getAsInt() : null;
      v[i++] = r.scope().map(x -> s(x.code())).orElse(null);
    } else {
      i += 3;
    }
    if (o.share().isPresent()) {
      Quantity rate = o.share().get().rate();
      v[i++] = decimal(exact(rate.value(), "share", at, name));
      v[i++] = rate.value().scale();
      v[i++] = s(rate.unit().label());
      v[i++] = s(o.share().get().whole());
    } else {
      i += 4;
    }
    if (o.planCompletion().isPresent()) {
      Quantity plan = o.planCompletion().get();
      v[i++] = decimal(exact(plan.value(), "plan_completion", at, name));
      v[i++] = plan.value().scale();
      v[i++] = s(plan.unit().label());
    } else {
      i += 3;
    }
    MapData[] maps = breakdowns(o.breakdowns());
    v[i++] = maps[0];
    v[i++] = maps[1];
    v[i++] = maps[2];
    v[i++] = o.note().map(Rows::s).orElse(null);
    v[i++] = s(at.file());
    v[i++] = s(at.format());
    v[i++] = at.record();
    v[i++] = at.line();
    v[i++] = at.start();
    v[i++] = at.end();
    return new GenericInternalRow(v);
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

  private static MapData[] breakdowns(Breakdowns b) {
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

  private static Decimal decimal(BigDecimal scaled) {
    return Decimal.apply(scaled, ZhibiaoSchema.PRECISION, ZhibiaoSchema.SCALE);
  }

  private static UTF8String s(String text) {
    return UTF8String.fromString(text);
  }
}
