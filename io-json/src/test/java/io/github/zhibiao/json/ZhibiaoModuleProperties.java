package io.github.zhibiao.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.quicktheories.QuickTheory.qt;

import io.github.zhibiao.calc.Finding;
import io.github.zhibiao.model.Change;
import io.github.zhibiao.model.Dataset;
import io.github.zhibiao.model.Observation;
import io.github.zhibiao.model.Ranking;
import io.github.zhibiao.model.Region;
import io.github.zhibiao.model.RegionScope;
import io.github.zhibiao.model.Share;
import io.github.zhibiao.model.Status;
import io.github.zhibiao.testkit.Generator;
import io.github.zhibiao.testkit.Generators;
import io.github.zhibiao.unit.Qualifier;
import io.github.zhibiao.unit.Quantity;
import io.github.zhibiao.unit.Unit;
import io.github.zhibiao.unit.Units;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every value the module writes reads back equal, through mappers with either quantity form:
 * changes, rankings, shares, statuses, findings and datasets drawn at random.
 */
class ZhibiaoModuleProperties {
  private static final JsonMapper TEXT = JsonMapper.builder().addModule(new ZhibiaoModule()).build();
  private static final JsonMapper OBJECTS =
      JsonMapper.builder().addModule(new ZhibiaoModule().withQuantitiesAsObjects()).build();

  /** A QuickTheories generator drawing from a testkit generator with a seed QuickTheories chooses. */
  private static <T> Gen<T> gen(Generator<T> g) {
    return in -> g.next(new SplittableRandom(in.next(Constraint.none())));
  }

  private static <T> T pick(RandomGenerator r, List<T> values) {
    return values.get(r.nextInt(values.size()));
  }

  /** Signed decimals of up to 20 digits and scales 0 to 6, in a unit, sometimes qualified. */
  private static Quantity amount(RandomGenerator r, List<Unit> units) {
    BigDecimal v = BigDecimal.valueOf(r.nextLong(-999_999_999_999L, 999_999_999_999L), r.nextInt(0, 7));
    Qualifier q = r.nextInt(4) == 0 ? pick(r, List.of(Qualifier.values())) : Qualifier.EXACT;
    return Quantity.of(v, pick(r, units), q);
  }

  /** Includes references that read as a basis word (同比) and odd texts: they must stay references. */
  private static final List<String> REFERENCES = List.of("近5年平均", "考核要求", "全区平均", "同比", "YEAR_ON_YEAR",
      "环比", "引号\"与\\反斜杠", "emoji 🐄", "换行\n参照");

  static final Generator<Change> CHANGES = r -> {
    Quantity a = amount(r, List.of(Units.PERCENT, Units.PER_MILLE, Units.PERCENTAGE_POINT, Units.of("亿斤"),
        Units.of("万头只"), Units.of("亿元")));
    return switch (r.nextInt(3)) {
      case 0 -> Change.yearOnYear(a);
      case 1 -> Change.previousPeriod(a);
      default -> Change.against(a, pick(r, REFERENCES));
    };
  };

  static final Generator<Ranking> RANKINGS = r -> {
    int n = r.nextInt(1, 200);
    Ranking k = switch (r.nextInt(4)) {
      case 0 -> Ranking.position(n);
      case 1 -> Ranking.first();
      case 2 -> Ranking.topN(n);
      default -> Ranking.leading();
    };
    if (r.nextBoolean()) {
      k = k.withPeers(Math.max(n, 1) + r.nextInt(0, 1000));
    }
    if (r.nextBoolean()) {
      k = k.withScopeWord(pick(r, List.of(RegionScope.values())));
    }
    if (r.nextBoolean()) {
      k = k.within(Generators.regions().next(r));
    }
    return k;
  };

  static final Generator<Share> SHARES = r -> {
    Unit unit = pick(r, List.of(Units.PERCENT, Units.PER_MILLE));
    long max = unit.equals(Units.PERCENT) ? 10_000 : 100_000;
    Quantity rate = Quantity.of(BigDecimal.valueOf(r.nextLong(0, max + 1), 2), unit);
    return Share.of(rate, Generators.texts().next(r));
  };

  static final Generator<Finding> FINDINGS = r -> {
    Finding.Outcome outcome = pick(r, List.of(Finding.Outcome.values()));
    Finding.Severity severity = outcome == Finding.Outcome.FAILED
        ? pick(r, List.of(Finding.Severity.ERROR, Finding.Severity.WARNING)) : Finding.Severity.INFO;
    List<Observation> obs = new ArrayList<>();
    for (int i = r.nextInt(0, 4); i > 0; i--) {
      obs.add(Generators.observations().next(r));
    }
    return Finding.of(pick(r, List.of(Finding.Check.values())), outcome, severity, Generators.texts().next(r) + "。",
        Generators.texts().next(r) + ".", obs, "273.15 + 176.36 = 449.51 亿元 (stated 449.51 ± 0.005)");
  };

  private static <T> void roundTrips(Generator<T> values, Class<T> type) {
    qt().forAll(gen(values), gen(r -> r.nextBoolean())).checkAssert((value, objects) -> {
      JsonMapper mapper = objects ? OBJECTS : TEXT;
      String json = mapper.writeValueAsString(value);
      assertEquals(value, mapper.readValue(json, type), json);
      assertEquals(value, (objects ? TEXT : OBJECTS).readValue(json, type), "read by the other form: " + json);
    });
  }

  @Test
  void changesRoundTrip() {
    roundTrips(CHANGES, Change.class);
  }

  @Test
  void aChangeIsNeverAnEmptyObject() {
    qt().forAll(gen(CHANGES)).checkAssert(c -> assertNotEquals("{}", TEXT.writeValueAsString(c)));
  }

  @Test
  void rankingsRoundTrip() {
    roundTrips(RANKINGS, Ranking.class);
  }

  @Test
  void sharesRoundTrip() {
    roundTrips(SHARES, Share.class);
  }

  @Test
  void statusesRoundTrip() {
    roundTrips(r -> pick(r, List.of(Status.values())), Status.class);
  }

  @Test
  void findingsRoundTrip() {
    roundTrips(FINDINGS, Finding.class);
  }

  @Test
  void datasetsRoundTrip() {
    roundTrips(Generators.datasets(), Dataset.class);
  }

  @Test
  void observationsRoundTrip() {
    roundTrips(Generators.observations(), Observation.class);
  }

  @Test
  void regionsRoundTrip() {
    roundTrips(Generators.regions(), Region.class);
  }
}
