package io.github.zhibiao.calc;

import io.github.zhibiao.unit.Quantity;
import io.github.zhibiao.unit.Rational;
import io.github.zhibiao.unit.Units;
import java.math.MathContext;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Shares of a whole (占全区总任务的17%), the part or whole a share implies, and the breakdown of a
 * total into stated parts and the rest (其他).
 *
 * <h2>Units</h2>
 * A share is returned in {@link Units#PERCENT}. Part and whole may be in any two units of one
 * dimension (万亩 of a total in 亩); their dimensions must agree. An implied part is in the
 * whole's unit, an implied whole in the part's unit.
 *
 * <h2>Rounding</h2>
 * Exact rational arithmetic; a result that does not terminate is rounded once to the caller's
 * {@link MathContext}, by default {@link MathContext#DECIMAL128} (34 significant digits,
 * half-even). Qualifiers: exact inputs give an exact result, anything else an approximate one.
 */
public final class Shares {
  private Shares() {}

  /**
   * {@link #of(Quantity, Quantity, MathContext)} with 34 significant digits.
   * @param part the part
   * @param whole the whole
   * @return as {@link #of(Quantity, Quantity, MathContext)} with 34 significant digits
   */
  public static Quantity of(Quantity part, Quantity whole) {
    return of(part, whole, Exact.DEFAULT);
  }

  /**
   * The share of {@code part} in {@code whole}: {@code part / whole × 100%}.
   *
   * @param part the part
   * @param whole the whole
   * @param mc the rounding of a result that does not terminate
   * @return the share in %; above 100% or negative when the part exceeds the whole or is
   *     negative (the inputs are not judged)
   * @throws io.github.zhibiao.unit.IncompatibleUnitsException if the dimensions differ
   * @throws IllegalArgumentException if {@code whole} is zero or {@code mc} is unusable
   */
  public static Quantity of(Quantity part, Quantity whole, MathContext mc) {
    Objects.requireNonNull(part, "part");
    Objects.requireNonNull(whole, "whole");
    Exact.requireContext(mc);
    Exact.requireSameDimension("take the share of", part.unit(), whole.unit());
    if (whole.signum() == 0) {
      throw new IllegalArgumentException("whole " + whole + " is zero: no share of it exists");
    }
    return Exact.percent(Exact.base(part).divide(Exact.base(whole)), mc, Exact.qualifier(part, whole));
  }

  /**
   * The part a share of a whole implies: {@code whole × share}, exact.
   *
   * @param whole the whole
   * @param share the share, dimensionless (%, ‰, 成)
   * @return the part, in {@code whole}'s unit
   * @throws IllegalArgumentException if {@code share} is not dimensionless
   */
  public static Quantity part(Quantity whole, Quantity share) {
    Objects.requireNonNull(whole, "whole");
    Exact.requireRate(share, "share");
    return Exact.quantity(Rational.of(whole.value()).multiply(Exact.base(share)), whole.unit(), Exact.DEFAULT,
        Exact.qualifier(whole, share));
  }

  /**
   * {@link #whole(Quantity, Quantity, MathContext)} with 34 significant digits.
   * @param part the part
   * @param share the share, dimensionless (%, ‰, 成)
   * @return as {@link #whole(Quantity, Quantity, MathContext)} with 34 significant digits
   */
  public static Quantity whole(Quantity part, Quantity share) {
    return whole(part, share, Exact.DEFAULT);
  }

  /**
   * The whole that a part and its share imply: {@code part / share}. 占全区总任务的17% with a part
   * of 60万亩 implies a whole of 352.94…万亩.
   *
   * @param part the part
   * @param share its share, dimensionless
   * @param mc the rounding of a result that does not terminate
   * @return the whole, in {@code part}'s unit
   * @throws IllegalArgumentException if {@code share} is not dimensionless or is zero, or
   *     {@code mc} is unusable
   */
  public static Quantity whole(Quantity part, Quantity share, MathContext mc) {
    Objects.requireNonNull(part, "part");
    Exact.requireRate(share, "share");
    Exact.requireContext(mc);
    if (share.signum() == 0) {
      throw new IllegalArgumentException("share " + share + " is zero: it implies no whole");
    }
    return Exact.quantity(Rational.of(part.value()).divide(Exact.base(share)), part.unit(), mc,
        Exact.qualifier(part, share));
  }

  /**
   * {@link #breakdown(Map, Quantity, MathContext)} with 34 significant digits.
   * @param parts the parts
   * @param total the total
   * @return as {@link #breakdown(Map, Quantity, MathContext)} with 34 significant digits
   */
  public static Breakdown breakdown(Map<String, Quantity> parts, Quantity total) {
    return breakdown(parts, total, Exact.DEFAULT);
  }

  /**
   * The shares of named parts in a total, and the residual (其他) that the parts leave.
   *
   * @param parts the parts by name, in the order to report them; any units of the total's
   *     dimension
   * @param total the total
   * @param mc the rounding of shares that do not terminate
   * @return the breakdown; its residual is negative when the parts exceed the total
   * @throws io.github.zhibiao.unit.IncompatibleUnitsException if a part's dimension differs
   * @throws IllegalArgumentException if the total is zero, a name is blank or is 其他, or
   *     {@code mc} is unusable
   */
  public static Breakdown breakdown(Map<String, Quantity> parts, Quantity total, MathContext mc) {
    Objects.requireNonNull(parts, "parts");
    Objects.requireNonNull(total, "total");
    Exact.requireContext(mc);
    if (total.signum() == 0) {
      throw new IllegalArgumentException("total " + total + " is zero: no shares of it exist");
    }
    Map<String, Quantity> shares = new LinkedHashMap<>();
    Rational sum = Rational.ZERO;
    Quantity[] all = new Quantity[parts.size() + 1];
    int i = 0;
    for (Map.Entry<String, Quantity> e : parts.entrySet()) {
      String name = Objects.requireNonNull(e.getKey(), "part name");
      Quantity part = Objects.requireNonNull(e.getValue(), "part " + name);
      if (name.isBlank() || name.strip().equals(Breakdown.RESIDUAL)) {
        throw new IllegalArgumentException("part name '" + name + "' must not be blank nor '"
            + Breakdown.RESIDUAL + "', which names the residual");
      }
      Exact.requireSameDimension("take the share of", part.unit(), total.unit());
      shares.put(name, of(part, total, mc));
      sum = sum.add(Exact.base(part));
      all[i++] = part;
    }
    all[i] = total;
    Rational rest = Exact.base(total).subtract(sum);
    Quantity residual = Exact.fromBase(rest, total.unit(), mc, Exact.qualifier(all));
    Quantity residualShare = Exact.percent(rest.divide(Exact.base(total)), mc, Exact.qualifier(all));
    return new Breakdown(Collections.unmodifiableMap(shares), residual, residualShare);
  }

  /**
   * The shares of parts in a total and what they leave (其他). Immutable.
   */
  public static final class Breakdown {
    /** The name of the residual: 其他. */
    public static final String RESIDUAL = "其他";

    private final Map<String, Quantity> shares;
    private final Quantity residual;
    private final Quantity residualShare;

    Breakdown(Map<String, Quantity> shares, Quantity residual, Quantity residualShare) {
      this.shares = shares;
      this.residual = residual;
      this.residualShare = residualShare;
    }

    /**
     * The share of each named part, in %, in the order given (without the residual).
     * @return the share of each named part, in %, in the order given (without the residual)
     */
    public Map<String, Quantity> shares() {
      return shares;
    }

    /**
     * The total minus the parts, in the total's unit: zero when the parts make the total, negative when they exceed it.
     * @return the total minus the parts, in the total's unit
     */
    public Quantity residual() {
      return residual;
    }

    /**
     * The residual's share of the total, in %; with the parts' shares it makes 100% (exactly when every share terminates, else within the rounding of each).
     * @return the residual's share of the total, in %
     */
    public Quantity residualShare() {
      return residualShare;
    }

    /**
     * Whether the parts make the total exactly (the residual is zero).
     * @return whether the parts make the total exactly (the residual is zero)
     */
    public boolean isComplete() {
      return residual.signum() == 0;
    }

    /**
     * The shares with the residual appended under {@link #RESIDUAL} when it is not zero.
     * @return the shares with the residual appended under {@link #RESIDUAL} when it is not zero
     */
    public Map<String, Quantity> sharesWithResidual() {
      Map<String, Quantity> all = new LinkedHashMap<>(shares);
      if (!isComplete()) {
        all.put(RESIDUAL, residualShare);
      }
      return Collections.unmodifiableMap(all);
    }

    @Override
    public String toString() {
      return "Breakdown" + sharesWithResidual();
    }
  }
}
