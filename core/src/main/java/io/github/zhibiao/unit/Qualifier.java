package io.github.zhibiao.unit;

/**
 * How a stated figure relates to the true value. Reports qualify many figures: 800余座 is more
 * than 800, 约3.5万人 is approximately 35,000, 400多万 is more than four million.
 *
 * <p>The words each constant stands for, as {@link Quantity#parse} reads them:
 * <ul>
 *   <li>{@link #EXACT}: no qualifier;
 *   <li>{@link #APPROXIMATE}: 约, 大约, 左右, 上下;
 *   <li>{@link #MORE_THAN}: 余, 多, 超, 逾, 超过, 多于, 高于, 突破 (余 and 多 after a number also
 *       bound it from above: 800余 lies between 800 and 900, a reading this enum does not keep);
 *   <li>{@link #AT_LEAST}: 以上, 不低于, 不少于, 至少 (inclusive, as Chinese law reads 以上);
 *   <li>{@link #AT_MOST}: 以下, 不超过, 至多 (inclusive);
 *   <li>{@link #LESS_THAN}: 近, 不到, 不足, 低于, 少于.
 * </ul>
 */
public enum Qualifier {
  /** The figure is the value. */
  EXACT("", "", ""),
  /** The value is close to the figure: 约. */
  APPROXIMATE("约", "", "about "),
  /** The value exceeds the figure: 超, 余, 多. */
  MORE_THAN("超", "", "more than "),
  /** The value is the figure or more: 以上. */
  AT_LEAST("", "以上", "at least "),
  /** The value is the figure or less: 以下. */
  AT_MOST("", "以下", "at most "),
  /** The value falls short of the figure: 不足, 近. */
  LESS_THAN("不足", "", "less than ");

  private final String chinesePrefix;
  private final String chineseSuffix;
  private final String englishPrefix;

  Qualifier(String chinesePrefix, String chineseSuffix, String englishPrefix) {
    this.chinesePrefix = chinesePrefix;
    this.chineseSuffix = chineseSuffix;
    this.englishPrefix = englishPrefix;
  }

  /**
   * The word written before a figure in the canonical Chinese form (约, 超, 不足), or "".
   *
   * @return 约 for {@link #APPROXIMATE}, 超 for {@link #MORE_THAN}, 不足 for
   *     {@link #LESS_THAN}; the empty string for the others
   */
  public String chinesePrefix() {
    return chinesePrefix;
  }

  /**
   * The word written after a figure in the canonical Chinese form (以上, 以下), or "".
   *
   * @return 以上 for {@link #AT_LEAST}, 以下 for {@link #AT_MOST}; the empty string for the others
   */
  public String chineseSuffix() {
    return chineseSuffix;
  }

  /**
   * The English words written before a figure ("about ", "more than "), or "".
   *
   * @return the words with their trailing space, ready to be followed by the figure; the empty
   *     string for {@link #EXACT}
   */
  public String englishPrefix() {
    return englishPrefix;
  }

  /**
   * The qualifier of the negated figure: more than −x is less than x, and so on.
   *
   * @return {@link #LESS_THAN} for {@link #MORE_THAN}, {@link #AT_MOST} for {@link #AT_LEAST}
   *     and the other way round; {@link #EXACT} and {@link #APPROXIMATE} unchanged
   */
  public Qualifier negate() {
    switch (this) {
      case MORE_THAN:
        return LESS_THAN;
      case LESS_THAN:
        return MORE_THAN;
      case AT_LEAST:
        return AT_MOST;
      case AT_MOST:
        return AT_LEAST;
      default:
        return this;
    }
  }
}
