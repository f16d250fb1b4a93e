package io.github.zhibiao.spi;

/**
 * What a reader does with a region code that the registry of its {@link ReadOptions} does not
 * know, such as a NUTS code ({@code DE21}), a FIPS code or an office's own code. Every reader
 * follows the policy of its options, and {@link ReadOptions#defaults()} is {@link #OPEN}.
 */
public enum RegionPolicy {
  /**
   * The code must be in the registry (a GB/T 2260 code, an ISO 3166-1 country, or a region added
   * with {@link io.github.zhibiao.model.Regions#with}); an unknown code is a problem naming the
   * source, place and code, even when the document labels it.
   */
  STRICT,
  /**
   * An unknown code becomes a region of the document: the code, the document's label for it as
   * full and short name, and level {@link io.github.zhibiao.model.RegionLevel#OTHER}. A code the
   * document gives no label is still a problem: nothing is named after a guess.
   */
  OPEN
}
