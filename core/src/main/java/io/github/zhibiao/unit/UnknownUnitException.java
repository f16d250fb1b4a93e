package io.github.zhibiao.unit;

/**
 * Thrown when a unit symbol is not in the catalog and is not a magnitude word followed by a
 * catalog unit: {@code cannot parse '万阿巴' at index 1: unknown unit '阿巴' …}.
 */
public final class UnknownUnitException extends QuantityFormatException {
  private static final long serialVersionUID = 1L;

  /** The unit symbol that is not known. @serial */
  private final String symbol;

  /**
   * An exception for the unknown {@code symbol} found in {@code text} at {@code errorIndex}.
   *
   * @param text the whole text that was being parsed, e.g. {@code 万阿巴}
   * @param errorIndex the 0-based index in {@code text} where the unknown symbol starts
   * @param symbol the symbol that is not known, e.g. {@code 阿巴}; the message lists catalog
   *     units that were expected instead
   */
  public UnknownUnitException(String text, int errorIndex, String symbol) {
    super(text, errorIndex, "unknown unit '" + symbol
        + "'; expected a catalog unit such as 元, 亩, 公顷, 斤, 吨, 头只, 人, 人次, 个, %, 百分点, "
        + "optionally after a magnitude (十 百 千 万 十万 百万 千万 亿 十亿 百亿 千亿 万亿), "
        + "or a quotient such as 公斤/亩");
    this.symbol = symbol;
  }

  /**
   * The symbol that is not known.
   *
   * @return the symbol as read after normalisation (fullwidth forms folded), without a leading
   *     magnitude word: 阿巴 for 万阿巴
   */
  public String symbol() {
    return symbol;
  }
}
