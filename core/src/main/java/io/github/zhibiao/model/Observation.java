package io.github.zhibiao.model;

import io.github.zhibiao.unit.Qualifier;
import io.github.zhibiao.unit.Quantity;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One figure of a report: an indicator's value for a region, a period and zero or more
 * {@link Breakdowns breakdowns} (性别 女, 行业 C 制造业), with what the report says beside it — its
 * status (预计), a change (同比增长5.82%), a ranking (位居全区首位), a share (占全区总任务的17%), plan
 * completion (完成年度计划的117.10%) and a note.
 *
 * <pre>{@code
 * Observation stock = Observation.builder()
 *     .indicator(livestock).region(Region.CHIFENG).period(Period.parse("2023年6月末"))
 *     .value(Quantity.parse("2210.6万头只"))
 *     .change(Change.yearOnYear(Quantity.parse("5.82%")))
 *     .ranking(Ranking.first().within(Region.INNER_MONGOLIA))
 *     .build();
 * Observation women = stock.withBreakdowns(Breakdowns.of(Breakdown.SEX, Category.FEMALE))
 *     .withValue(Quantity.parse("1100万头只"));
 * }</pre>
 *
 * <p>The qualifier (800余座 → more than) travels with the value: see {@link #qualifier()}. A
 * figure whose data name no region or no time has {@link Region#NOT_STATED} or {@link
 * Period#NOT_STATED}; a time category that is not a calendar period is a {@link LabelledPeriod}.
 *
 * <p>Validated when built, with a message naming the field: the value's dimension must be the
 * indicator unit's (2210.6万人 is refused for an indicator in 万头只); an absolute change must be
 * in the same dimension, a rate change dimensionless or in 百分点; plan completion is
 * dimensionless and not negative; a note is not blank. The {@code with…} copy methods check the
 * same.
 *
 * <p>Two observations are equal when every attribute is: indicator, region, period, breakdowns
 * (as {@link Breakdowns#equals} compares them, whatever their order), value (as {@link
 * Quantity#equals} compares it: 1.50万亩 equals 1.5万亩), status, change, ranking, share, plan
 * completion and note. Immutable, thread-safe, null-free and serializable.
 */
public final class Observation implements Serializable {
  private static final long serialVersionUID = 1L;

  /** What is measured. */
  private final Indicator indicator;
  /** Where. */
  private final Region region;
  /** When. */
  private final Period period;
  /** The breakdowns, empty for the whole. */
  private final Breakdowns breakdowns;
  /** The value as stated. */
  private final Quantity value;
  /** The status. */
  private final Status status;
  /** The change, or null. */
  private final Change change;
  /** The ranking, or null. */
  private final Ranking ranking;
  /** The share, or null. */
  private final Share share;
  /** The plan completion, or null. */
  private final Quantity planCompletion;
  /** The note, or null. */
  private final String note;

  private Observation(Builder b) {
    this.indicator = b.indicator;
    this.region = b.region;
    this.period = b.period;
    this.breakdowns = b.breakdowns;
    this.value = b.value;
    this.status = b.status;
    this.change = b.change;
    this.ranking = b.ranking;
    this.share = b.share;
    this.planCompletion = b.planCompletion;
    this.note = b.note;
    check();
  }

  /**
   * A builder; indicator, region, period and value are required, breakdowns default to {@link
   * Breakdowns#empty()} and status to {@link Status#NORMAL}.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A plain observation: a value and nothing beside it.
   *
   * @param indicator what is measured
   * @param region where; {@link Region#NOT_STATED} when the data name no region
   * @param period when: an interval such as 2023年 for flows, an instant such as 2023年末 for
   *     stocks; {@link Period#NOT_STATED} when the data state no time
   * @param value the value as stated, in any unit of the indicator's dimension (130亿斤, 800余座)
   * @return an observation without breakdowns, with status {@link Status#NORMAL} and no change,
   *     ranking, share, plan completion or note
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
  public Indicator indicator() {
    return indicator;
  }

  /**
   * Where.
   *
   * @return the region the figure is for, such as 赤峰市 (150400), or {@link Region#NOT_STATED}
   */
  public Region region() {
    return region;
  }

  /**
   * When: an interval for flows, an instant for stocks.
   *
   * @return the period the figure is for, such as 2023年 or 2023年6月末; a {@link LabelledPeriod}
   *     for a time category that is not a calendar period, or {@link Period#NOT_STATED}
   */
  public Period period() {
    return period;
  }

  /**
   * What the figure is broken down by, besides indicator, region and period.
   *
   * @return the breakdowns, such as {@code 性别=F 女}; {@link Breakdowns#empty()} for a figure of
   *     the whole
   */
  public Breakdowns breakdowns() {
    return breakdowns;
  }

  /**
   * The value as stated, in any unit of the indicator's dimension, with its qualifier.
   *
   * @return the value in the unit and with the digits the report prints (2210.6万头只), not converted
   *     to the indicator's unit
   */
  public Quantity value() {
    return value;
  }

  /**
   * How final the figure is; {@link Status#NORMAL} unless set.
   *
   * @return the status, such as {@link Status#ESTIMATED} for 预计
   */
  public Status status() {
    return status;
  }

  /**
   * The change stated beside the level, if any.
   *
   * @return the change, such as 同比增长5.82%, or empty if none was stated
   */
  public Optional<Change> change() {
    return Optional.ofNullable(change);
  }

  /**
   * The ranking stated beside the level, if any.
   *
   * @return the ranking, such as 位居全区首位, or empty if none was stated
   */
  public Optional<Ranking> ranking() {
    return Optional.ofNullable(ranking);
  }

  /**
   * The share stated beside the level, if any.
   *
   * @return the share, such as 占全区总任务的17%, or empty if none was stated
   */
  public Optional<Share> share() {
    return Optional.ofNullable(share);
  }

  /**
   * Plan completion as a dimensionless rate (117.10%), if stated.
   *
   * @return the completion rate, dimensionless and not negative, in the unit given; empty if none
   *     was stated
   */
  public Optional<Quantity> planCompletion() {
    return Optional.ofNullable(planCompletion);
  }

  /**
   * A free-text note: 截至目前, 累计, 连续11年保持在100亿斤以上, a choice made by the transcriber.
   *
   * @return the note, never blank, or empty if there is none
   */
  public Optional<String> note() {
    return Optional.ofNullable(note);
  }

  /**
   * The value's qualifier: {@link Qualifier#MORE_THAN} for 800余座.
   *
   * @return {@code value().qualifier()}; {@link Qualifier#EXACT} for a value stated without
   *     qualifier
   */
  public Qualifier qualifier() {
    return value.qualifier();
  }

  // ------------------------------------------------------------------ copies

  /**
   * This observation with another indicator.
   *
   * @param newIndicator the indicator
   * @return a copy with that indicator
   * @throws NullPointerException if {@code newIndicator} is null
   * @throws IllegalArgumentException if the value's dimension is not that of its unit, or an
   *     absolute change does not fit
   */
  public Observation withIndicator(Indicator newIndicator) {
    return toBuilder().indicator(newIndicator).build();
  }

  /**
   * This observation for another region.
   *
   * @param newRegion the region, or {@link Region#NOT_STATED}
   * @return a copy for that region
   * @throws NullPointerException if {@code newRegion} is null
   */
  public Observation withRegion(Region newRegion) {
    return toBuilder().region(newRegion).build();
  }

  /**
   * This observation for another period.
   *
   * @param newPeriod the period, a {@link LabelledPeriod} or {@link Period#NOT_STATED}
   * @return a copy for that period
   * @throws NullPointerException if {@code newPeriod} is null
   */
  public Observation withPeriod(Period newPeriod) {
    return toBuilder().period(newPeriod).build();
  }

  /**
   * This observation with other breakdowns, replacing the ones it had.
   *
   * @param newBreakdowns the breakdowns; {@link Breakdowns#empty()} for the whole
   * @return a copy with those breakdowns
   * @throws NullPointerException if {@code newBreakdowns} is null
   */
  public Observation withBreakdowns(Breakdowns newBreakdowns) {
    return toBuilder().breakdowns(newBreakdowns).build();
  }

  /**
   * This observation with another value.
   *
   * @param newValue the value as stated
   * @return a copy with that value
   * @throws NullPointerException if {@code newValue} is null
   * @throws IllegalArgumentException if its dimension is not that of the indicator's unit, or an
   *     absolute change no longer fits it
   */
  public Observation withValue(Quantity newValue) {
    return toBuilder().value(newValue).build();
  }

  /**
   * This observation with another status.
   *
   * @param newStatus the status
   * @return a copy with that status
   * @throws NullPointerException if {@code newStatus} is null
   */
  public Observation withStatus(Status newStatus) {
    return toBuilder().status(newStatus).build();
  }

  /**
   * This observation with a change, replacing any it had.
   *
   * @param newChange the change
   * @return a copy with that change
   * @throws NullPointerException if {@code newChange} is null
   * @throws IllegalArgumentException if an absolute change is not in the value's dimension
   */
  public Observation withChange(Change newChange) {
    return toBuilder().change(newChange).build();
  }

  /**
   * This observation with a ranking, replacing any it had.
   *
   * @param newRanking the ranking
   * @return a copy with that ranking
   * @throws NullPointerException if {@code newRanking} is null
   */
  public Observation withRanking(Ranking newRanking) {
    return toBuilder().ranking(newRanking).build();
  }

  /**
   * This observation with a share, replacing any it had.
   *
   * @param newShare the share
   * @return a copy with that share
   * @throws NullPointerException if {@code newShare} is null
   */
  public Observation withShare(Share newShare) {
    return toBuilder().share(newShare).build();
  }

  /**
   * This observation with a plan completion, replacing any it had.
   *
   * @param newPlanCompletion the completion rate, dimensionless and not negative
   * @return a copy with that plan completion
   * @throws NullPointerException if {@code newPlanCompletion} is null
   * @throws IllegalArgumentException if it is not a non-negative rate
   */
  public Observation withPlanCompletion(Quantity newPlanCompletion) {
    return toBuilder().planCompletion(newPlanCompletion).build();
  }

  /**
   * This observation with a note, replacing any it had.
   *
   * @param newNote the note, not blank
   * @return a copy with that note
   * @throws NullPointerException if {@code newNote} is null
   * @throws IllegalArgumentException if the note is blank
   */
  public Observation withNote(String newNote) {
    return toBuilder().note(newNote).build();
  }

  /**
   * A builder holding every attribute of this observation, to change several at once or to drop
   * an optional one ({@link Builder#clearChange()} …).
   *
   * @return a new builder, set from this observation
   */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  // ------------------------------------------------------------------ checks

  private void check() {
    if (!value.unit().isConvertibleTo(indicator.unit())) {
      throw new IllegalArgumentException("observation " + where() + ": value " + value + " ("
          + value.unit().dimension() + ") does not match the indicator's unit " + indicator.unit()
          + " (" + indicator.unit().dimension() + ")");
    }
    if (change != null && change.kind() == Change.Kind.ABSOLUTE
        && !change.amount().unit().isConvertibleTo(value.unit())) {
      throw new IllegalArgumentException("observation " + where() + ": change " + change.amount() + " ("
          + change.amount().unit().dimension() + ") must be a rate, 百分点 or in the value's dimension ("
          + value.unit().dimension() + ")");
    }
    if (planCompletion != null
        && (!planCompletion.unit().dimension().isNone() || planCompletion.signum() < 0)) {
      throw new IllegalArgumentException("observation " + where() + ": plan completion " + planCompletion
          + " must be a non-negative rate such as 117.10%");
    }
    if (note != null && note.isBlank()) {
      throw new IllegalArgumentException("observation " + where() + ": note must not be blank; leave it out instead");
    }
  }

  /** {@code GRAIN_OUTPUT 150400 2023} and the breakdowns, for messages. */
  private String where() {
    return indicator.code() + " " + region.code() + " " + period + (breakdowns.isEmpty() ? "" : " {" + breakdowns + "}");
  }

  // ------------------------------------------------------------------ object

  /**
   * Equal when every attribute is equal, as described in the class documentation.
   *
   * @param o the other object
   * @return true if {@code o} is an equal observation
   */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    return o instanceof Observation b && indicator.equals(b.indicator) && region.equals(b.region)
        && period.equals(b.period) && breakdowns.equals(b.breakdowns) && value.equals(b.value)
        && status == b.status && Objects.equals(change, b.change) && Objects.equals(ranking, b.ranking)
        && Objects.equals(share, b.share) && Objects.equals(planCompletion, b.planCompletion)
        && Objects.equals(note, b.note);
  }

  /**
   * A hash of every attribute, consistent with {@link #equals}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(indicator, region, period, breakdowns, value, status, change, ranking, share,
        planCompletion, note);
  }

  /**
   * Every attribute present, compactly: indicator code, region code, period, the breakdowns in
   * braces, {@code =} and the value with its qualifier, then in brackets the status unless {@link
   * Status#NORMAL}, the change, ranking, share, plan completion and note, each only if present.
   * {@code GRAIN_OUTPUT 150400 2023 = 130亿斤}; {@code EMPLOYED 150400 2023 {性别=F 女} = 超800人
   * [ESTIMATED; change 5.82% YEAR_ON_YEAR; ranking 全区首位 within 150000; plan completion 117.10%;
   * note 截至目前]}.
   *
   * @return the text, for logs and messages; not meant to be parsed
   */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder(where()).append(" = ").append(value);
    List<String> extras = new ArrayList<>(6);
    if (status != Status.NORMAL) {
      extras.add(status.name());
    }
    if (change != null) {
      extras.add("change " + change);
    }
    if (ranking != null) {
      extras.add("ranking " + ranking + ranking.scope().map(r -> " within " + r.code()).orElse(""));
    }
    if (share != null) {
      extras.add("share " + share);
    }
    if (planCompletion != null) {
      extras.add("plan completion " + planCompletion);
    }
    if (note != null) {
      extras.add("note " + note);
    }
    if (!extras.isEmpty()) {
      b.append(" [").append(String.join("; ", extras)).append(']');
    }
    return b.toString();
  }

  // ------------------------------------------------------------------ builder

  /**
   * Builds {@link Observation}s; setters are named after the attributes and return the builder.
   * Not thread-safe; it may go on being used after {@link #build()}.
   */
  public static final class Builder {
    private Indicator indicator;
    private Region region;
    private Period period;
    private Breakdowns breakdowns = Breakdowns.empty();
    private Quantity value;
    private Status status = Status.NORMAL;
    private Change change;
    private Ranking ranking;
    private Share share;
    private Quantity planCompletion;
    private String note;

    private Builder() {}

    /**
     * Sets every attribute from an observation, replacing what was set before (optional
     * attributes the observation lacks are cleared).
     *
     * @param observation the observation to copy
     * @return this builder
     * @throws NullPointerException if {@code observation} is null
     */
    public Builder from(Observation observation) {
      Objects.requireNonNull(observation, "observation");
      indicator = observation.indicator;
      region = observation.region;
      period = observation.period;
      breakdowns = observation.breakdowns;
      value = observation.value;
      status = observation.status;
      change = observation.change;
      ranking = observation.ranking;
      share = observation.share;
      planCompletion = observation.planCompletion;
      note = observation.note;
      return this;
    }

    /**
     * What is measured (required).
     *
     * @param indicator the indicator
     * @return this builder
     * @throws NullPointerException if {@code indicator} is null
     */
    public Builder indicator(Indicator indicator) {
      this.indicator = Objects.requireNonNull(indicator, "indicator");
      return this;
    }

    /**
     * Where (required).
     *
     * @param region the region, or {@link Region#NOT_STATED} when the data name none
     * @return this builder
     * @throws NullPointerException if {@code region} is null
     */
    public Builder region(Region region) {
      this.region = Objects.requireNonNull(region, "region");
      return this;
    }

    /**
     * When (required).
     *
     * @param period the period, a {@link LabelledPeriod}, or {@link Period#NOT_STATED} when the
     *     data state none
     * @return this builder
     * @throws NullPointerException if {@code period} is null
     */
    public Builder period(Period period) {
      this.period = Objects.requireNonNull(period, "period");
      return this;
    }

    /**
     * The breakdowns, replacing those set before; {@link Breakdowns#empty()} unless set.
     *
     * @param breakdowns the breakdowns
     * @return this builder
     * @throws NullPointerException if {@code breakdowns} is null
     */
    public Builder breakdowns(Breakdowns breakdowns) {
      this.breakdowns = Objects.requireNonNull(breakdowns, "breakdowns");
      return this;
    }

    /**
     * Adds one breakdown to those set before: {@code breakdowns(breakdowns.with(breakdown,
     * category))}.
     *
     * @param breakdown the breakdown, such as {@link Breakdown#SEX}
     * @param category its category, such as {@link Category#FEMALE}
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a breakdown of that code was set before with another
     *     category or definition
     */
    public Builder breakdown(Breakdown breakdown, Category category) {
      this.breakdowns = breakdowns.with(breakdown, category);
      return this;
    }

    /**
     * The value as stated (required).
     *
     * @param value the value, in any unit of the indicator's dimension
     * @return this builder
     * @throws NullPointerException if {@code value} is null
     */
    public Builder value(Quantity value) {
      this.value = Objects.requireNonNull(value, "value");
      return this;
    }

    /**
     * The status; {@link Status#NORMAL} unless set.
     *
     * @param status the status
     * @return this builder
     * @throws NullPointerException if {@code status} is null
     */
    public Builder status(Status status) {
      this.status = Objects.requireNonNull(status, "status");
      return this;
    }

    /**
     * The change stated beside the level (optional).
     *
     * @param change the change
     * @return this builder
     * @throws NullPointerException if {@code change} is null
     */
    public Builder change(Change change) {
      this.change = Objects.requireNonNull(change, "change");
      return this;
    }

    /**
     * The ranking stated beside the level (optional).
     *
     * @param ranking the ranking
     * @return this builder
     * @throws NullPointerException if {@code ranking} is null
     */
    public Builder ranking(Ranking ranking) {
      this.ranking = Objects.requireNonNull(ranking, "ranking");
      return this;
    }

    /**
     * The share stated beside the level (optional).
     *
     * @param share the share
     * @return this builder
     * @throws NullPointerException if {@code share} is null
     */
    public Builder share(Share share) {
      this.share = Objects.requireNonNull(share, "share");
      return this;
    }

    /**
     * The plan completion (optional).
     *
     * @param planCompletion the completion rate, dimensionless and not negative
     * @return this builder
     * @throws NullPointerException if {@code planCompletion} is null
     */
    public Builder planCompletion(Quantity planCompletion) {
      this.planCompletion = Objects.requireNonNull(planCompletion, "planCompletion");
      return this;
    }

    /**
     * The note (optional).
     *
     * @param note the note, not blank
     * @return this builder
     * @throws NullPointerException if {@code note} is null
     */
    public Builder note(String note) {
      this.note = Objects.requireNonNull(note, "note");
      return this;
    }

    /**
     * Drops the change set before.
     *
     * @return this builder
     */
    public Builder clearChange() {
      change = null;
      return this;
    }

    /**
     * Drops the ranking set before.
     *
     * @return this builder
     */
    public Builder clearRanking() {
      ranking = null;
      return this;
    }

    /**
     * Drops the share set before.
     *
     * @return this builder
     */
    public Builder clearShare() {
      share = null;
      return this;
    }

    /**
     * Drops the plan completion set before.
     *
     * @return this builder
     */
    public Builder clearPlanCompletion() {
      planCompletion = null;
      return this;
    }

    /**
     * Drops the note set before.
     *
     * @return this builder
     */
    public Builder clearNote() {
      note = null;
      return this;
    }

    /**
     * The observation.
     *
     * @return a new observation of the attributes set
     * @throws IllegalStateException naming the required attributes not set (indicator, region,
     *     period, value)
     * @throws IllegalArgumentException naming the field, as described in the class documentation
     */
    public Observation build() {
      if (indicator != null && region != null && period != null && value != null) {
        return new Observation(this);
      }
      List<String> missing = new ArrayList<>(4);
      if (indicator == null) {
        missing.add("indicator");
      }
      if (region == null) {
        missing.add("region");
      }
      if (period == null) {
        missing.add("period");
      }
      if (value == null) {
        missing.add("value");
      }
      throw new IllegalStateException("cannot build an Observation"
          + (indicator == null ? "" : " of " + indicator.code()) + ": required attributes not set: "
          + String.join(", ", missing));
    }
  }

  // ------------------------------------------------------------------ serial form

  /**
   * Serializes through {@code SerialForm}, which checks the attributes again when read.
   *
   * @return the serial form
   */
  private Object writeReplace() {
    return new SerialForm(this);
  }

  /**
   * Refuses a stream that bypasses the serial form.
   *
   * @param in the stream
   * @throws InvalidObjectException always
   */
  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw new InvalidObjectException("an Observation is read through its serial form");
  }

  /** The serial form: the attributes, checked again through the builder when read. */
  private static final class SerialForm implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The indicator. */
    private final Indicator indicator;
    /** The region. */
    private final Region region;
    /** The period. */
    private final Period period;
    /** The breakdowns. */
    private final Breakdowns breakdowns;
    /** The value. */
    private final Quantity value;
    /** The status. */
    private final Status status;
    /** The change, or null. */
    private final Change change;
    /** The ranking, or null. */
    private final Ranking ranking;
    /** The share, or null. */
    private final Share share;
    /** The plan completion, or null. */
    private final Quantity planCompletion;
    /** The note, or null. */
    private final String note;

    SerialForm(Observation o) {
      indicator = o.indicator;
      region = o.region;
      period = o.period;
      breakdowns = o.breakdowns;
      value = o.value;
      status = o.status;
      change = o.change;
      ranking = o.ranking;
      share = o.share;
      planCompletion = o.planCompletion;
      note = o.note;
    }

    private Object readResolve() throws InvalidObjectException {
      try {
        Builder b = builder().indicator(indicator).region(region).period(period).breakdowns(breakdowns)
            .value(value).status(status);
        if (change != null) {
          b.change(change);
        }
        if (ranking != null) {
          b.ranking(ranking);
        }
        if (share != null) {
          b.share(share);
        }
        if (planCompletion != null) {
          b.planCompletion(planCompletion);
        }
        if (note != null) {
          b.note(note);
        }
        return b.build();
      } catch (RuntimeException e) {
        InvalidObjectException ex = new InvalidObjectException("invalid Observation: " + e.getMessage());
        ex.initCause(e);
        throw ex;
      }
    }
  }
}
