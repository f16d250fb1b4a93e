package io.github.zhibiao.unit;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

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
 *   <li>{@link #AT_MOST}: 以下, 以内, 不超过, 至多 (inclusive);
 *   <li>{@link #LESS_THAN}: 近, 不到, 不足, 低于, 少于.
 * </ul>
 *
 * <p>This is the one vocabulary of qualifier words: the quantity parser, every reader and the
 * prose extractor read them through {@link #ofWord} and {@link #parse}. A {@link Quantity} keeps
 * the word it was read with ({@link Quantity#qualifierWord()}), so 800余座 is written back as
 * 800余座, not as 超800座; {@link #placement} says where the word stands.
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

  /** Where a qualifier word stands in a figure. */
  public enum Placement {
    /** Before the figure: 约3.5万人, 超800座, 近5万. */
    BEFORE,
    /** Right after the number, before the unit: 800余座, 400多万人. */
    AFTER_NUMBER,
    /** After the unit: 30万吨以上, 3.5万人左右. */
    AFTER
  }

  /** One word of the vocabulary. */
  private record Word(String text, Qualifier qualifier, Placement placement) {}

  /** Every word, the longer of two that share a start first (超过 before 超), so a prefix scan takes the longest. */
  private static final List<Word> WORDS = List.of(
      new Word("大约", APPROXIMATE, Placement.BEFORE), new Word("约", APPROXIMATE, Placement.BEFORE),
      new Word("左右", APPROXIMATE, Placement.AFTER), new Word("上下", APPROXIMATE, Placement.AFTER),
      new Word("超过", MORE_THAN, Placement.BEFORE), new Word("多于", MORE_THAN, Placement.BEFORE),
      new Word("高于", MORE_THAN, Placement.BEFORE), new Word("突破", MORE_THAN, Placement.BEFORE),
      new Word("超", MORE_THAN, Placement.BEFORE), new Word("逾", MORE_THAN, Placement.BEFORE),
      new Word("余", MORE_THAN, Placement.AFTER_NUMBER), new Word("多", MORE_THAN, Placement.AFTER_NUMBER),
      new Word("不低于", AT_LEAST, Placement.BEFORE), new Word("不少于", AT_LEAST, Placement.BEFORE),
      new Word("至少", AT_LEAST, Placement.BEFORE), new Word("以上", AT_LEAST, Placement.AFTER),
      new Word("不超过", AT_MOST, Placement.BEFORE), new Word("至多", AT_MOST, Placement.BEFORE),
      new Word("以下", AT_MOST, Placement.AFTER), new Word("以内", AT_MOST, Placement.AFTER),
      new Word("不到", LESS_THAN, Placement.BEFORE), new Word("不足", LESS_THAN, Placement.BEFORE),
      new Word("低于", LESS_THAN, Placement.BEFORE), new Word("少于", LESS_THAN, Placement.BEFORE),
      new Word("近", LESS_THAN, Placement.BEFORE));

  /** The words of one placement, in {@link #WORDS} order; the parser scans these. */
  static List<String> words(Placement placement) {
    return WORDS.stream().filter(w -> w.placement == placement).map(Word::text).toList();
  }

  /**
   * The qualifier a word stands for.
   *
   * @param word a word of the vocabulary above, such as 余, 超过 or 以上; compared exactly
   * @return the qualifier, or empty if the word is not one of the vocabulary
   * @throws NullPointerException if {@code word} is null
   */
  public static Optional<Qualifier> ofWord(String word) {
    java.util.Objects.requireNonNull(word, "word");
    for (Word w : WORDS) {
      if (w.text.equals(word)) {
        return Optional.of(w.qualifier);
      }
    }
    return Optional.empty();
  }

  /**
   * Where a word of the vocabulary stands.
   *
   * @param word a word of the vocabulary, such as 余
   * @return its placement: {@link Placement#AFTER_NUMBER} for 余 and 多, {@link Placement#AFTER}
   *     for 以上, 以下, 以内, 左右 and 上下, {@link Placement#BEFORE} for the others
   * @throws NullPointerException if {@code word} is null
   * @throws IllegalArgumentException if the word is not one of the vocabulary
   */
  public static Placement placement(String word) {
    java.util.Objects.requireNonNull(word, "word");
    for (Word w : WORDS) {
      if (w.text.equals(word)) {
        return w.placement;
      }
    }
    throw new IllegalArgumentException("'" + word + "' is not a qualifier word; expected one of " + allWords());
  }

  /**
   * A qualifier from a field's text: its constant name in any case ({@code MORE_THAN},
   * {@code more_than}) or a word of the vocabulary (余, 超过, 以上, 约, 近). Surrounding white
   * space is ignored.
   *
   * @param text the text; not null
   * @return the qualifier; {@link #EXACT} for {@code EXACT}
   * @throws NullPointerException if {@code text} is null
   * @throws QuantityFormatException if the text is neither a constant name nor a word, naming
   *     both lists
   */
  public static Qualifier parse(String text) {
    java.util.Objects.requireNonNull(text, "text");
    String t = text.strip();
    Optional<Qualifier> word = ofWord(t);
    if (word.isPresent()) {
      return word.get();
    }
    String upper = t.toUpperCase(Locale.ROOT);
    for (Qualifier q : values()) {
      if (q.name().equals(upper)) {
        return q;
      }
    }
    throw new QuantityFormatException(text, 0, "unknown qualifier; expected EXACT, APPROXIMATE, MORE_THAN, AT_LEAST, "
        + "AT_MOST or LESS_THAN, or a word: " + allWords());
  }

  private static String allWords() {
    return String.join(" ", WORDS.stream().map(Word::text).toList());
  }

  /**
   * The words of this qualifier, as the vocabulary lists them.
   *
   * @return the words, such as [超过, 多于, 高于, 突破, 超, 逾, 余, 多] for {@link #MORE_THAN};
   *     empty for {@link #EXACT}
   */
  public List<String> words() {
    return WORDS.stream().filter(w -> w.qualifier == this).map(Word::text).toList();
  }

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
