package io.github.zhibiao.model;

import io.github.zhibiao.unit.Quantity;
import io.github.zhibiao.unit.Units;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A share a report states: 占全区总任务的17% is the rate 17% of the whole named
 * 全区高标准农田建设总任务.
 *
 * <p>The rate is dimensionless (%, ‰, 成) and lies between 0 and 100% of its whole; a share
 * over 100% is refused when built. Immutable; equality is by rate (scale-blind) and whole.
 */
public final class Share implements Serializable {
  private static final long serialVersionUID = 1L;

  private final Quantity rate;
  private final String whole;

  private Share(Quantity rate, String whole) {
    this.rate = rate;
    this.whole = whole;
  }

  /**
   * The share {@code rate} of the whole named {@code whole}.
   *
   * @param rate the share, dimensionless (17%, 1.7‰, 3成), from 0 to 100% inclusive; kept in its
   *     own unit
   * @param whole what the share is of, such as 全区高标准农田建设总任务; stored stripped of leading
   *     and trailing white space
   * @return the share
   * @throws NullPointerException if {@code rate} or {@code whole} is null
   * @throws IllegalArgumentException if the rate is not dimensionless, is negative or exceeds
   *     100%, or the whole is blank
   */
  public static Share of(Quantity rate, String whole) {
    Objects.requireNonNull(rate, "rate");
    Objects.requireNonNull(whole, "whole");
    if (!rate.unit().dimension().isNone()) {
      throw new IllegalArgumentException("share rate " + rate + " must be dimensionless (%, ‰, 成), not "
          + rate.unit().dimension());
    }
    BigDecimal asPercent = rate.to(Units.PERCENT).value();
    if (asPercent.signum() < 0 || asPercent.compareTo(BigDecimal.valueOf(100)) > 0) {
      throw new IllegalArgumentException("share (" + rate + ") must lie between 0% and 100% of its whole");
    }
    if (whole.isBlank()) {
      throw new IllegalArgumentException("share whole must name what the share is of, not be blank");
    }
    return new Share(rate, whole.strip());
  }

  /**
   * The rate, dimensionless: 17%.
   *
   * @return the rate, in the unit it was given in, between 0 and 100%
   */
  public Quantity rate() {
    return rate;
  }

  /**
   * The name of the whole: 全区高标准农田建设总任务.
   *
   * @return the name of the whole, stripped, never blank
   */
  public String whole() {
    return whole;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Share s && rate.equals(s.rate) && whole.equals(s.whole);
  }

  @Override
  public int hashCode() {
    return rate.hashCode() * 31 + whole.hashCode();
  }

  /** {@code 17% of 全区高标准农田建设总任务}. */
  @Override
  public String toString() {
    return rate + " of " + whole;
  }
}
