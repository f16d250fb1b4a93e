package io.github.zhibiao.model;

import io.github.zhibiao.internal.ZhibiaoStyle;
import io.github.zhibiao.unit.Qualifier;
import io.github.zhibiao.unit.Quantity;
import java.io.Serializable;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One figure of a report: an indicator's value for a region and a period, with what the report
 * says beside it — its status (预计), a change (同比增长5.82%), a ranking (位居全区首位), a share
 * (占全区总任务的17%), plan completion (完成年度计划的117.10%) and a note.
 *
 * <pre>{@code
 * Observation stock = Observation.builder()
 *     .indicator(livestock).region(Region.CHIFENG).period(Period.parse("2023年6月末"))
 *     .value(Quantity.parse("2210.6万头只"))
 *     .change(Change.yearOnYear(Quantity.parse("5.82%")))
 *     .ranking(Ranking.first().within(Region.INNER_MONGOLIA))
 *     .build();
 * }</pre>
 *
 * <p>The qualifier (800余座 → more than) travels with the value: see {@link #qualifier()}.
 *
 * <p>Validated when built, with a message naming the field: the value's dimension must be the
 * indicator unit's (2210.6万人 is refused for an indicator in 万头只); an absolute change must be
 * in the same dimension, a rate change dimensionless or in 百分点; plan completion is
 * dimensionless and not negative. Immutable, null-free and serializable.
 */
@Value.Immutable
@ZhibiaoStyle
public abstract class Observation implements Serializable {
  private static final long serialVersionUID = 1L;

  Observation() {}

  /**
   * A builder; indicator, region, period and value are required.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link Observation}s; setters are named after the attributes and return the builder.
   * {@code build()} throws {@link IllegalStateException} naming missing required attributes.
   */
  public static final class Builder extends ImmutableObservation.Builder {
    Builder() {}
  }

  /**
   * A plain observation: a value and nothing beside it.
   *
   * @param indicator what is measured
   * @param region where
   * @param period when: an interval such as 2023年 for flows, an instant such as 2023年末 for stocks
   * @param value the value as stated, in any unit of the indicator's dimension (130亿斤, 800余座)
   * @return an observation with status {@link Status#NORMAL} and no change, ranking, share, plan
   *     completion or note
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the value's dimension is not that of the indicator's unit
   */
  public static Observation of(Indicator indicator, Region region, Period period, Quantity value) {
    return builder().indicator(indicator).region(region).period(period).value(value).build();
  }

  /**
   * What is measured.
   *
   * @return the indicator
   */
  public abstract Indicator indicator();

  /**
   * Where.
   *
   * @return the region the figure is for, such as 赤峰市 (150400)
   */
  public abstract Region region();

  /**
   * When: an interval for flows, an instant for stocks.
   *
   * @return the period the figure is for, such as 2023年 or 2023年6月末
   */
  public abstract Period period();

  /**
   * The value as stated, in any unit of the indicator's dimension, with its qualifier.
   *
   * @return the value in the unit and with the digits the report prints (2210.6万头只), not converted
   *     to the indicator's unit
   */
  public abstract Quantity value();

  /**
   * How final the figure is; {@link Status#NORMAL} unless set.
   *
   * @return the status, such as {@link Status#ESTIMATED} for 预计
   */
  @Value.Default
  public Status status() {
    return Status.NORMAL;
  }

  /**
   * The change stated beside the level, if any.
   *
   * @return the change, such as 同比增长5.82%, or empty if none was stated
   */
  public abstract Optional<Change> change();

  /**
   * The ranking stated beside the level, if any.
   *
   * @return the ranking, such as 位居全区首位, or empty if none was stated
   */
  public abstract Optional<Ranking> ranking();

  /**
   * The share stated beside the level, if any.
   *
   * @return the share, such as 占全区总任务的17%, or empty if none was stated
   */
  public abstract Optional<Share> share();

  /**
   * Plan completion as a dimensionless rate (117.10%), if stated.
   *
   * @return the completion rate, dimensionless and not negative, in the unit given; empty if none
   *     was stated
   */
  public abstract Optional<Quantity> planCompletion();

  /**
   * A free-text note: 截至目前, 累计, 连续11年保持在100亿斤以上, a choice made by the transcriber.
   *
   * @return the note, never blank, or empty if there is none
   */
  public abstract Optional<String> note();

  /**
   * The value's qualifier: {@link Qualifier#MORE_THAN} for 800余座.
   *
   * @return {@code value().qualifier()}; {@link Qualifier#EXACT} for a value stated without
   *     qualifier
   */
  public Qualifier qualifier() {
    return value().qualifier();
  }

  @Value.Check
  void check() {
    if (!value().unit().isConvertibleTo(indicator().unit())) {
      throw new IllegalArgumentException("observation " + where() + ": value " + value() + " ("
          + value().unit().dimension() + ") does not match the indicator's unit " + indicator().unit()
          + " (" + indicator().unit().dimension() + ")");
    }
    if (change().isPresent()) {
      Change c = change().get();
      if (c.kind() == Change.Kind.ABSOLUTE && !c.amount().unit().isConvertibleTo(value().unit())) {
        throw new IllegalArgumentException("observation " + where() + ": change " + c.amount() + " ("
            + c.amount().unit().dimension() + ") must be a rate, 百分点 or in the value's dimension ("
            + value().unit().dimension() + ")");
      }
    }
    if (planCompletion().isPresent()) {
      Quantity p = planCompletion().get();
      if (!p.unit().dimension().isNone() || p.signum() < 0) {
        throw new IllegalArgumentException("observation " + where() + ": plan completion " + p
            + " must be a non-negative rate such as 117.10%");
      }
    }
    if (note().isPresent() && note().get().isBlank()) {
      throw new IllegalArgumentException("observation " + where() + ": note must not be blank; leave it out instead");
    }
  }

  private String where() {
    return indicator().code() + " " + region().code() + " " + period();
  }

  /** {@code GRAIN_OUTPUT 150400 2023 = 130亿斤}. */
  @Override
  public String toString() {
    return indicator().code() + " " + region().code() + " " + period() + " = " + value();
  }
}
