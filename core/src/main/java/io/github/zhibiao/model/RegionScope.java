package io.github.zhibiao.model;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A scope word of Chinese reports: 全国, 全省, 全区, 全市, 全州, 全盟, 全县, 全旗. Against a context
 * region (the region a report is about) each word means the context region or its nearest
 * ancestor of a given level and kind of name ({@link #resolve}):
 *
 * <table class="striped">
 *   <caption>What each word means</caption>
 *   <tr><th>word</th><th>the first of the context and its ancestors that is</th><th>examples</th></tr>
 *   <tr><td>全国</td><td>a nation</td><td>中国 for any Chinese division</td></tr>
 *   <tr><td>全省</td><td>a province (provincial-level, name ending in 省)</td><td>河北省 for 石家庄市</td></tr>
 *   <tr><td>全区</td><td>a county-level district (区), a prefecture (地区), or a provincial-level
 *       division whose name ends in 区 (autonomous region, special administrative region)</td>
 *       <td>红山区 in its own report; 内蒙古自治区 for 赤峰市 or 敖汉旗</td></tr>
 *   <tr><td>全市</td><td>a city of any level (name ending in 市)</td>
 *       <td>赤峰市 for 红山区; 北京市 for 东城区; 满洲里市 itself</td></tr>
 *   <tr><td>全州</td><td>a prefecture-level division ending in 州 (autonomous prefecture)</td>
 *       <td>延边朝鲜族自治州 for 延吉市</td></tr>
 *   <tr><td>全盟</td><td>a league (盟)</td><td>兴安盟 for 乌兰浩特市</td></tr>
 *   <tr><td>全县</td><td>a county (县)</td><td>宁城县 itself</td></tr>
 *   <tr><td>全旗</td><td>a banner (旗)</td><td>敖汉旗 itself</td></tr>
 * </table>
 *
 * <p>Regions of level {@link RegionLevel#OTHER} are passed over. A word that the context does not
 * support (全州 in 赤峰市's report) resolves to nothing: the word is kept, never guessed.
 */
public enum RegionScope {
  /** 全国: the nation. */
  NATION("全国", EnumSet.of(RegionLevel.NATION), ""),
  /** 全省: the province (省). */
  PROVINCE("全省", EnumSet.of(RegionLevel.PROVINCE), "省"),
  /** 全区: the district itself, or the autonomous region. */
  REGION("全区", EnumSet.of(RegionLevel.COUNTY, RegionLevel.PREFECTURE, RegionLevel.PROVINCE), "区"),
  /** 全市: the city, at whatever level. */
  CITY("全市", EnumSet.of(RegionLevel.PROVINCE, RegionLevel.PREFECTURE, RegionLevel.COUNTY), "市"),
  /** 全州: the autonomous prefecture. */
  PREFECTURE("全州", EnumSet.of(RegionLevel.PREFECTURE), "州"),
  /** 全盟: the league. */
  LEAGUE("全盟", EnumSet.of(RegionLevel.PREFECTURE), "盟"),
  /** 全县: the county. */
  COUNTY("全县", EnumSet.of(RegionLevel.COUNTY), "县"),
  /** 全旗: the banner. */
  BANNER("全旗", EnumSet.of(RegionLevel.COUNTY), "旗");

  private final String word;
  private final Set<RegionLevel> levels;
  private final String suffix;

  RegionScope(String word, Set<RegionLevel> levels, String suffix) {
    this.word = word;
    this.levels = levels;
    this.suffix = suffix;
  }

  /**
   * The word, such as 全区.
   *
   * @return the two-character word
   */
  public String word() {
    return word;
  }

  /**
   * The scope a word names.
   *
   * @param word a scope word such as 全区, matched exactly
   * @return the scope, or empty if {@code word} is none of the eight words
   * @throws NullPointerException if {@code word} is null
   */
  public static Optional<RegionScope> of(String word) {
    Objects.requireNonNull(word, "word");
    for (RegionScope s : values()) {
      if (s.word.equals(word)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /**
   * The first scope word in a text: 全区 in 居全区第2位.
   *
   * @param text the text to search
   * @return the scope of the earliest word in the text, or empty if it holds none
   * @throws NullPointerException if {@code text} is null
   */
  public static Optional<RegionScope> find(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String t = text.toString();
    RegionScope first = null;
    int at = Integer.MAX_VALUE;
    for (RegionScope s : values()) {
      int i = t.indexOf(s.word);
      if (i >= 0 && i < at) {
        at = i;
        first = s;
      }
    }
    return Optional.ofNullable(first);
  }

  /**
   * The region this word means in a report about {@code context}: the first of {@code context}
   * and its ancestors that has one of this word's levels and, except for 全国, a full name ending
   * in the word's second character.
   *
   * @param context the region the report is about, such as 赤峰市
   * @return the region, such as 内蒙古自治区 for 全区; empty if neither the context nor an ancestor
   *     fits
   * @throws NullPointerException if {@code context} is null
   */
  public Optional<Region> resolve(Region context) {
    Objects.requireNonNull(context, "context");
    for (Region r = context; r != null; r = r.parent().orElse(null)) {
      if (levels.contains(r.level()) && r.name().endsWith(suffix)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  /**
   * The word.
   *
   * @return {@link #word()}
   */
  @Override
  public String toString() {
    return word;
  }
}
