package io.github.zhibiao.unit;

import io.github.zhibiao.ZhibiaoException;

/**
 * Thrown when two units of different dimensions meet where one dimension is required: a
 * conversion ({@code 万人 → 人次}), a sum, a comparison. The message names both units and both
 * dimensions: {@code cannot convert 万人 to 人次: PERSON ≠ PERSON_TIME}, and what does work where
 * there is a usual answer: an exchange rate between currencies, {@link Quantity#plusPoints} and
 * {@link Quantity#minusPoints} for a rate and 百分点. It has no {@link #place()}: the units meet in a
 * computation, not at a place in some input.
 */
public final class IncompatibleUnitsException extends ZhibiaoException {
  private static final long serialVersionUID = 1L;

  /** The symbol of the source (left-hand) unit. @serial */
  private final String from;
  /** The symbol of the target (right-hand) unit. @serial */
  private final String to;

  /**
   * An exception for an operation between {@code from} and {@code to}.
   *
   * @param operation what was attempted, e.g. {@code "convert"} or {@code "add"}; "convert"
   *     gives the message {@code cannot convert 万人 to 人次: …}, any other verb
   *     {@code cannot add 万人 and 人次: …}
   * @param from the source (left-hand) unit; not null
   * @param to the target (right-hand) unit; not null
   * @throws NullPointerException if an argument is null
   */
  public IncompatibleUnitsException(String operation, Unit from, Unit to) {
    super(message(operation, from, to));
    this.from = from.symbol();
    this.to = to.symbol();
  }

  private static String message(String operation, Unit from, Unit to) {
    String verb = operation.equals("convert") ? "cannot convert " + from + " to " + to
        : "cannot " + operation + " " + from + " and " + to;
    return verb + ": " + from.dimension() + " ≠ " + to.dimension() + hint(operation, from, to);
  }

  /** What does work, where there is a usual answer: an exchange rate, or the 百分点 operations. */
  private static String hint(String operation, Unit from, Unit to) {
    if (from.dimension().hasCurrency() && to.dimension().hasCurrency()) {
      return "; two currencies convert only with an ExchangeRate (Quantity.to(unit, rate))";
    }
    boolean rateAndPoints = from.dimension().isNone() && to.dimension().equals(Dimension.PERCENTAGE_POINT)
        || to.dimension().isNone() && from.dimension().equals(Dimension.PERCENTAGE_POINT);
    if (rateAndPoints && operation.equals("add")) {
      return "; to raise a rate by 百分点 use rate.plusPoints(points) or Growth.plusPoints(rate, points)";
    }
    if (rateAndPoints && operation.equals("subtract")) {
      return "; to lower a rate by 百分点 use rate.minusPoints(points) or Growth.plusPoints(rate, points.negate()),"
          + " and Growth.pointChange(rateNow, rateBefore) for the 百分点 between two rates";
    }
    return "";
  }

  /**
   * The symbol of the source (left-hand) unit.
   *
   * @return the symbol, e.g. 万人
   */
  public String fromSymbol() {
    return from;
  }

  /**
   * The symbol of the target (right-hand) unit.
   *
   * @return the symbol, e.g. 人次
   */
  public String toSymbol() {
    return to;
  }
}
