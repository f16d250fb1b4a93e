package io.github.zhibiao.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The text form of a ranking reads back to the same ranking, whatever its kind, peer count and scope word. */
class RankingProperties {

  /** Every kind (position as a number or as 首位, top N, leading), with or without peers and a scope word. */
  static Gen<Ranking> rankings() {
    Gen<Integer> kind = integers().between(0, 3);
    Gen<Integer> number = integers().between(1, 200);
    Gen<Integer> extra = integers().between(-1, 500); // -1: no peer count
    Gen<Integer> word = integers().between(-1, RegionScope.values().length - 1); // -1: no scope word
    return kind.zip(number, extra, word, (k, n, e, w) -> {
      Ranking r = switch (k) {
        case 0 -> Ranking.position(n);
        case 1 -> Ranking.first();
        case 2 -> Ranking.topN(n);
        default -> Ranking.leading();
      };
      if (e >= 0) {
        r = r.withPeers(Math.max(1, r.kind() == Ranking.Kind.LEADING ? e : (k == 1 ? 1 : n) + e));
      }
      return w < 0 ? r : r.withScopeWord(RegionScope.values()[w]);
    });
  }

  @Test
  void parseReadsBackToString() {
    qt().forAll(rankings()).checkAssert(r -> assertEquals(r, Ranking.parse(r.toString()), r::toString));
  }

  @Test
  void thePeerCountIsWrittenForEveryKind() {
    qt().forAll(rankings()).checkAssert(r -> assertEquals(r.peers().isPresent(), r.toString().contains("/"), r::toString));
  }

  @Test
  void rankTextIsTheStatementWithoutScopeOrPeers() {
    qt().forAll(rankings()).checkAssert(r -> {
      String text = r.toString();
      String word = r.scopeWord().map(RegionScope::word).orElse("");
      String peers = r.peers().isPresent() ? "/" + r.peers().getAsInt() : "";
      assertEquals(word + r.rankText() + peers, text);
    });
  }
}
