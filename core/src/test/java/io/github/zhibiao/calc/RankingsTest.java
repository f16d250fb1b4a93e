package io.github.zhibiao.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zhibiao.model.Observation;
import io.github.zhibiao.model.Ranking;
import io.github.zhibiao.model.Region;
import io.github.zhibiao.model.Series;
import io.github.zhibiao.unit.Quantity;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RankingsTest {


  private static List<Integer> positions(Rankings.Mode mode, Rankings.Order order) {
    return Rankings.rank(Seed.grainOfFivePrefectures(), order, mode).stream().map(Rankings.Ranked::position).collect(Collectors.toList());
  }

  @Test
  void tiesAreNumberedByMode() {
    assertEquals(List.of(1, 2, 2, 4, 5), positions(Rankings.Mode.COMPETITION, Rankings.Order.DESCENDING));
    assertEquals(List.of(1, 2, 2, 3, 4), positions(Rankings.Mode.DENSE, Rankings.Order.DESCENDING));
    assertEquals(List.of(1, 2, 3, 4, 5), positions(Rankings.Mode.ORDINAL, Rankings.Order.DESCENDING));
    assertEquals(List.of(1, 2, 3, 3, 5), positions(Rankings.Mode.COMPETITION, Rankings.Order.ASCENDING));
    List<Rankings.Ranked> ranked = Rankings.rank(Seed.grainOfFivePrefectures(), Rankings.Order.DESCENDING, Rankings.Mode.ORDINAL);
    assertEquals("150500", ranked.get(0).observation().region().code());
    assertEquals(Region.CHIFENG, ranked.get(1).observation().region()); // tie keeps the order given
    assertEquals("150200", ranked.get(4).observation().region().code());
  }

  @Test
  void valuesAreComparedAcrossUnits() {
    List<Observation> mixed = List.of(
        Seed.obs(Seed.GRAIN, Region.CHIFENG, "2023", "130亿斤"),
        Seed.obs(Seed.GRAIN, Seed.prefecture("150500"), "2023", "650万吨"), // = 130亿斤
        Seed.obs(Seed.GRAIN, Seed.prefecture("150100"), "2023", "131亿斤"));
    assertEquals(List.of(1, 2, 2), Rankings.rank(mixed, Rankings.Order.DESCENDING, Rankings.Mode.COMPETITION)
        .stream().map(Rankings.Ranked::position).collect(Collectors.toList()));
  }

  @Test
  void statedRankingsAreCheckedAgainstPeers() {
    Observation chifeng = Seed.grainOfFivePrefectures().get(2);
    List<Observation> peers = Seed.grainOfFivePrefectures();
    assertTrue(Rankings.check(chifeng, Ranking.position(2), peers, Rankings.Order.DESCENDING).consistent());
    assertTrue(Rankings.check(chifeng, Ranking.position(3), peers, Rankings.Order.DESCENDING).consistent()); // tie
    assertFalse(Rankings.check(chifeng, Ranking.position(4), peers, Rankings.Order.DESCENDING).consistent());
    assertFalse(Rankings.check(chifeng, Ranking.first(), peers, Rankings.Order.DESCENDING).consistent());
    assertTrue(Rankings.check(chifeng, Ranking.topN(2), peers, Rankings.Order.DESCENDING).consistent());
    assertFalse(Rankings.check(chifeng, Ranking.topN(1), peers, Rankings.Order.DESCENDING).consistent());
    assertTrue(Rankings.check(chifeng, Ranking.leading(), peers, Rankings.Order.DESCENDING).consistent());
    assertFalse(Rankings.check(peers.get(0), Ranking.leading(), peers, Rankings.Order.DESCENDING).consistent());
    assertTrue(Rankings.check(peers.get(4), Ranking.first(), peers, Rankings.Order.ASCENDING).consistent());

    Rankings.Check c = Rankings.check(chifeng, Ranking.position(2), peers, Rankings.Order.DESCENDING);
    assertEquals(2, c.bestPosition());
    assertEquals(3, c.worstPosition());
    assertEquals(5, c.peers().size());
    assertTrue(c.complete());
  }

  @Test
  void withAStatedPeerCountAndMissingPeersTheCheckIsOneSided() {
    Observation chifeng = Seed.grainOfFivePrefectures().get(2);
    Rankings.Check fourOfTwelve = Rankings.check(chifeng, Ranking.position(4).withPeers(12), Seed.grainOfFivePrefectures(),
        Rankings.Order.DESCENDING);
    assertFalse(fourOfTwelve.complete());
    assertTrue(fourOfTwelve.consistent()); // missing peers could push it from 2 to 4
    assertFalse(Rankings.check(chifeng, Ranking.first().withPeers(12), Seed.grainOfFivePrefectures(), Rankings.Order.DESCENDING).consistent());
    assertEquals(4, fourOfTwelve.leadingLimit());
  }

  @Test
  void mixedInputsAreRefused() {
    List<Observation> mixed = new ArrayList<>(Seed.grainOfFivePrefectures());
    mixed.add(Seed.obs(Seed.GRAIN, Seed.prefecture("150300"), "2022", "1亿斤"));
    assertThrows(IllegalArgumentException.class,
        () -> Rankings.rank(mixed, Rankings.Order.DESCENDING, Rankings.Mode.DENSE));
    List<Observation> twice = new ArrayList<>(Seed.grainOfFivePrefectures());
    twice.add(Seed.obs(Seed.GRAIN, Region.CHIFENG, "2023", "131亿斤"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Rankings.rank(twice, Rankings.Order.DESCENDING, Rankings.Mode.DENSE));
    assertTrue(e.getMessage().contains("150400"), e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> Rankings.check(Seed.grainOfFivePrefectures().get(0), Seed.grainOfFivePrefectures(), Rankings.Order.DESCENDING)); // states no ranking
    assertTrue(Rankings.rank(List.of(), Rankings.Order.DESCENDING, Rankings.Mode.DENSE).isEmpty());
  }

  @Test
  void streaksAtOrAboveALevel() {
    List<Observation> obs = new ArrayList<>();
    String[] values = {"95", "101", "100", "120", "118", "125", "130", "131.2", "128", "135", "132", "125", "130"};
    for (int i = 0; i < values.length; i++) {
      obs.add(Seed.obs(Seed.GRAIN, Region.CHIFENG, Integer.toString(2011 + i), values[i] + "亿斤"));
    }
    Series s = Series.of(Seed.GRAIN, Region.CHIFENG, obs);
    Quantity hundred = Quantity.parse("100亿斤");
    assertEquals(12, Streaks.run(s, hundred));                     // 2012..2023; 100 counts (以上)
    assertTrue(Streaks.holds(s, hundred, 11));                     // 连续11年保持在100亿斤以上
    assertFalse(Streaks.holds(s, hundred, 13));
    assertEquals(1, Streaks.run(s, Quantity.parse("130亿斤")));
    assertEquals(2, Streaks.longest(s, Quantity.parse("130亿斤")));
    assertEquals(12, Streaks.run(s, Quantity.parse("500万吨")));   // = 100亿斤
    assertEquals(0, Streaks.run(s, hundred, io.github.zhibiao.model.Period.parse("2011")));
    // a gap breaks the streak
    List<Observation> gap = new ArrayList<>(obs);
    gap.remove(5);
    assertEquals(7, Streaks.run(Series.of(Seed.GRAIN, Region.CHIFENG, gap), hundred));
    assertThrows(IllegalArgumentException.class, () -> Streaks.holds(s, hundred, 0));
    assertThrows(IllegalArgumentException.class, () -> Streaks.run(s, Quantity.parse("100万亩")));
  }
}
