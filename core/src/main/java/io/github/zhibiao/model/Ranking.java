package io.github.zhibiao.model;

import io.github.zhibiao.ZhibiaoException;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A ranking a report states for a figure: 居全区第3位 (a position), 位居全区首位 (first, in those
 * words), 居全区前列 (among the leaders, no number), 前10强 (within the top N). Optionally the
 * region the ranking is within (全区 = 内蒙古 150000) and how many peers there are.
 *
 * <p><b>Scope.</b> A ranking keeps the scope word the report used ({@link RegionScope}: 全区 in
 * 居全区第2位) apart from the scope region: the word is what was said, the region what it means
 * against a context. {@link #resolveScope} turns the word into the region for a report about a
 * given region; {@link #within} sets the region directly.
 *
 * <p>Text forms ({@link #toString()} and {@link #parse}): {@code 3}, {@code 3/12} (position 3 of 12
 * peers), {@code 首位} (or {@code 首位/12}), {@code 前列}, {@code 前10} (or {@code 前10/103}), each optionally led by its
 * scope word ({@code 全区3/12}, {@code 全国前10}). {@link #parse} also reads 第3位, 第三, 第一,
 * 排名第一, 前10强, 前十, 居全区第2位. The scope region is not part of the text.
 *
 * <p>Immutable; validated when built: a position is at least 1 and at most the peer count.
 */
public final class Ranking implements Serializable {
  private static final long serialVersionUID = 1L;
  // Applied to what is left once a verb, a scope word and a second verb are taken off the front.
  private static final Pattern POSITION = Pattern.compile("第?([0-9]+|[一二三四五六七八九十两]+)(?:位|名)?(?:/([0-9]+))?");
  private static final Pattern FIRST = Pattern.compile("(?:首位|头把交椅)(?:/([0-9]+))?");
  private static final Pattern TOP = Pattern.compile("前([0-9]+|[一二三四五六七八九十]+)(?:强|位|名)?(?:/([0-9]+))?");
  private static final Pattern LEADING = Pattern.compile("前列(?:/([0-9]+))?");

  /** What a ranking states. */
  public enum Kind {
    /** A position: 第3位, or 首位 (position 1). */
    POSITION,
    /** Within the first N: 前10强. */
    TOP_N,
    /** Among the leaders, no number: 前列. */
    LEADING
  }

  private final Kind kind;
  private final int number; // position or N; 0 for LEADING
  private final boolean firstInWords; // 首位
  private final Region scope; // nullable
  private final int peers; // 0 unknown
  private final RegionScope scopeWord; // nullable

  private Ranking(Kind kind, int number, boolean firstInWords, Region scope, int peers) {
    this(kind, number, firstInWords, scope, peers, null);
  }

  private Ranking(Kind kind, int number, boolean firstInWords, Region scope, int peers, RegionScope scopeWord) {
    this.kind = kind;
    this.number = number;
    this.firstInWords = firstInWords;
    this.scope = scope;
    this.peers = peers;
    this.scopeWord = scopeWord;
  }

  private static final String[] VERBS = {"稳居", "位居", "位列", "居于", "排名", "排在", "位于", "处于", "名列", "居", "列", "排"};

  /**
   * Position {@code position} (1 = first).
   *
   * @param position the position, 1 or more: 3 for 居全区第3位
   * @return a position ranking without scope or peer count, stated as a number (not 首位)
   * @throws IllegalArgumentException if the position is below 1
   */
  public static Ranking position(int position) {
    if (position < 1) {
      throw new IllegalArgumentException("rank position (" + position + ") must be >= 1");
    }
    return new Ranking(Kind.POSITION, position, false, null, 0);
  }

  /**
   * First place, stated as 首位 (or 头把交椅).
   *
   * @return position 1, stated in words, without scope or peer count; it is not equal to
   *     {@code position(1)}
   */
  public static Ranking first() {
    return new Ranking(Kind.POSITION, 1, true, null, 0);
  }

  /**
   * Within the first {@code n}: 前10强.
   *
   * @param n the size of the leading group, 1 or more: 10 for 前10强
   * @return a top-N ranking without scope or peer count
   * @throws IllegalArgumentException if {@code n} is below 1
   */
  public static Ranking topN(int n) {
    if (n < 1) {
      throw new IllegalArgumentException("top-N size (" + n + ") must be >= 1");
    }
    return new Ranking(Kind.TOP_N, n, false, null, 0);
  }

  /**
   * Among the leaders (前列), without a number.
   *
   * @return a {@link Kind#LEADING} ranking without scope or peer count
   */
  public static Ranking leading() {
    return new Ranking(Kind.LEADING, 0, false, null, 0);
  }

  /**
   * Reads the text forms listed in the class documentation.
   *
   * @param text a ranking as {@link #toString()} writes it or as a report states it (第3位, 第三,
   *     首位, 前列, 前10强); leading and trailing white space is ignored
   * @return the ranking, with a peer count for {@code 3/12} and {@code 首位/12}, with the scope
   *     word when the text has one (全区 in 居全区第2位), without scope region
   * @throws NullPointerException if {@code text} is null
   * @throws ZhibiaoException naming the text and the accepted forms: the whole text must be a
   *     ranking, after at most a verb (居, 位居, 排名 …), a scope word and a second verb
   *     (全区排名第3位), so that 垃圾首位 and 全区全国3 are refused; also if a number has more than
   *     six digits (never a {@code NumberFormatException}), a Chinese count is not 一 to 九十九, or a
   *     peer count is below the position
   */
  public static Ranking parse(String text) {
    Objects.requireNonNull(text, "text");
    try {
      return read(text);
    } catch (ZhibiaoException e) {
      throw e;
    } catch (IllegalArgumentException e) {
      // a factory's range check (a peer count below the position): bad input here
      throw new ZhibiaoException(e.getMessage(), null, e);
    }
  }

  private static Ranking read(String text) {
    String t = withoutVerb(text.strip());
    RegionScope scope = null;
    for (RegionScope word : RegionScope.values()) {
      if (t.startsWith(word.word())) {
        scope = word;
        t = withoutVerb(t.substring(word.word().length())); // 全区排名第3位
        break;
      }
    }
    Ranking r = unscoped(t, text);
    return scope == null ? r : r.withScopeWord(scope);
  }

  /** {@code t} without one leading verb (居, 位居, 排名 …), or {@code t} itself. */
  private static String withoutVerb(String t) {
    for (String verb : VERBS) {
      if (t.startsWith(verb)) {
        return t.substring(verb.length());
      }
    }
    return t;
  }

  /** The whole of {@code t} as a ranking without scope word, or an exception naming {@code text}. */
  private static Ranking unscoped(String t, String text) {
    Matcher first = FIRST.matcher(t);
    if (first.matches()) {
      return first.group(1) == null ? first() : first().withPeers(number(first.group(1), text));
    }
    Matcher leading = LEADING.matcher(t);
    if (leading.matches()) {
      return leading.group(1) == null ? leading() : leading().withPeers(number(leading.group(1), text));
    }
    Matcher top = TOP.matcher(t);
    if (top.matches()) {
      Ranking r = topN(number(top.group(1), text));
      return top.group(2) == null ? r : r.withPeers(number(top.group(2), text));
    }
    Matcher m = POSITION.matcher(t);
    if (m.matches()) {
      Ranking r = position(number(m.group(1), text));
      return m.group(2) == null ? r : r.withPeers(number(m.group(2), text));
    }
    throw new ZhibiaoException("cannot read the ranking '" + text
        + "': expected a position (3, 3/12, 第3位, 第三), 首位, 前列 or 前N, optionally after a verb (居, 位居, 排名 …)"
        + " and a scope word (全国, 全区 …), and nothing else");
  }

  private static int number(String digits, String text) {
    if (digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
      if (digits.length() > 6) {
        throw new ZhibiaoException("ranking '" + text + "' has an implausible number " + digits);
      }
      return Integer.parseInt(digits);
    }
    return ChineseCount.parse(digits, text);
  }

  /**
   * This ranking within {@code region} (全区 = 内蒙古自治区).
   *
   * @param region the region within which the figure is ranked: 内蒙古自治区 for 全区
   * @return a copy of this ranking with that scope, replacing any scope it had
   * @throws NullPointerException if {@code region} is null
   */
  public Ranking within(Region region) {
    return new Ranking(kind, number, firstInWords, Objects.requireNonNull(region, "region"), peers, scopeWord);
  }

  /**
   * This ranking with the scope word a report used: 全区 for 居全区第2位.
   *
   * @param word the scope word
   * @return a copy of this ranking with that word, replacing any it had; the scope region is
   *     unchanged
   * @throws NullPointerException if {@code word} is null
   */
  public Ranking withScopeWord(RegionScope word) {
    return new Ranking(kind, number, firstInWords, scope, peers, Objects.requireNonNull(word, "word"));
  }

  /**
   * This ranking with its scope word resolved against the region a report is about: 全区 in
   * 赤峰市's report is 内蒙古自治区 ({@link RegionScope#resolve}).
   *
   * @param context the region the report is about
   * @return a copy with the resolved scope region; this ranking itself if it has no scope word or
   *     the word does not resolve against {@code context} (the word is kept either way)
   * @throws NullPointerException if {@code context} is null
   */
  public Ranking resolveScope(Region context) {
    Objects.requireNonNull(context, "context");
    if (scopeWord == null) {
      return this;
    }
    return scopeWord.resolve(context).map(this::within).orElse(this);
  }

  /**
   * The scope word the report used, if any.
   *
   * @return 全区 for 居全区第2位, or empty
   */
  public Optional<RegionScope> scopeWord() {
    return Optional.ofNullable(scopeWord);
  }

  /**
   * This ranking among {@code count} peers.
   *
   * @param count how many were ranked, such as the 12 盟市 of 内蒙古; at least the position or N,
   *     and at least 1
   * @return a copy of this ranking with that peer count, replacing any it had
   * @throws IllegalArgumentException if the count is below the position or N, or below 1
   */
  public Ranking withPeers(int count) {
    if (count < Math.max(number, 1)) {
      throw new IllegalArgumentException("peer count (" + count + ") must be >= the rank (" + number + ")");
    }
    return new Ranking(kind, number, firstInWords, scope, count, scopeWord);
  }

  /**
   * What the ranking states.
   *
   * @return position, top N or leading
   */
  public Kind kind() {
    return kind;
  }

  /**
   * The position, for {@link Kind#POSITION}.
   *
   * @return the position, 1 for 首位; empty for a top-N or leading ranking
   */
  public OptionalInt position() {
    return kind == Kind.POSITION ? OptionalInt.of(number) : OptionalInt.empty();
  }

  /**
   * N, for {@link Kind#TOP_N}.
   *
   * @return the size of the leading group, 10 for 前10强; empty for other kinds
   */
  public OptionalInt topSize() {
    return kind == Kind.TOP_N ? OptionalInt.of(number) : OptionalInt.empty();
  }

  /**
   * Whether first place was stated in words (首位) rather than as a number.
   *
   * @return true for {@link #first()} and parsed 首位 or 头把交椅, false otherwise
   */
  public boolean isFirstInWords() {
    return firstInWords;
  }

  /**
   * The region the ranking is within, if stated.
   *
   * @return the scope set by {@link #within}, or empty
   */
  public Optional<Region> scope() {
    return Optional.ofNullable(scope);
  }

  /**
   * The number of peers ranked, if known.
   *
   * @return the peer count set by {@link #withPeers} or parsed from {@code 3/12}, or empty
   */
  public OptionalInt peers() {
    return peers == 0 ? OptionalInt.empty() : OptionalInt.of(peers);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Ranking r && kind == r.kind && number == r.number && firstInWords == r.firstInWords
        && peers == r.peers && Objects.equals(scope, r.scope) && scopeWord == r.scopeWord;
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, number, firstInWords, scope, peers, scopeWord);
  }

  /**
   * {@code 3}, {@code 首位}, {@code 前列}, {@code 前10}, each with {@code /peers} when the peer count
   * is known ({@code 3/12}, {@code 前10/103}), led by the scope word if any; {@link #parse} reads
   * it back to an equal ranking, but for the scope region.
   */
  @Override
  public String toString() {
    String bare = bare();
    String counted = peers == 0 ? bare : bare + "/" + peers;
    return scopeWord == null ? counted : scopeWord.word() + counted;
  }

  /**
   * The rank as stated, without scope word or peer count: {@code 3}, {@code 首位}, {@code 前列},
   * {@code 前10}.
   *
   * @return the rank's text
   */
  public String rankText() {
    return bare();
  }

  private String bare() {
    switch (kind) {
      case LEADING:
        return "前列";
      case TOP_N:
        return "前" + number;
      default:
        return firstInWords ? "首位" : Integer.toString(number);
    }
  }
}
