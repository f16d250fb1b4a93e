package io.github.zhibiao.testkit;

import io.github.zhibiao.model.Change;
import io.github.zhibiao.model.Dataset;
import io.github.zhibiao.model.Indicator;
import io.github.zhibiao.model.IndicatorKind;
import io.github.zhibiao.model.Industry;
import io.github.zhibiao.model.Observation;
import io.github.zhibiao.model.Period;
import io.github.zhibiao.model.Ranking;
import io.github.zhibiao.model.Region;
import io.github.zhibiao.model.Regions;
import io.github.zhibiao.model.Sector;
import io.github.zhibiao.model.Share;
import io.github.zhibiao.model.Status;
import io.github.zhibiao.unit.Magnitude;
import io.github.zhibiao.unit.Qualifier;
import io.github.zhibiao.unit.Quantity;
import io.github.zhibiao.unit.Unit;
import io.github.zhibiao.unit.Units;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of zhibiao values, for property tests of formats and calculators.
 *
 * <p>{@link #datasets()} covers what a format must carry: Chinese text with commas, quotes,
 * newlines and emoji in names and notes; values from 10⁻²⁰ to 10³⁰ of either sign; every unit of
 * the catalog, with and without magnitudes; every period kind; every status and qualifier;
 * changes of the three kinds; rankings of every kind; shares; plan completion; and every optional
 * field sometimes absent. Indicator definitions are consistent (one per code), and no two
 * observations share indicator, region and period.
 */
public final class Generators {
  private Generators() {}

  private static final List<String> TEXTS = List.of(
      "粮食总产量", "牲畜存栏", "含,逗号的名称", "引号\"测试\"名称", "换行\n名称", "emoji 🐄 牛存栏",
      "tab\tname", "分号;名称", "Grain output (total)", "单引号'名称", "反斜杠\\名称", "全角，逗号");

  private static final List<String> CODES = List.of(
      "GRAIN_OUTPUT", "LIVESTOCK_STOCK", "BRAND_VALUE.AOHAN_MILLET", "A-1", "x9", "EMPLOYMENT_NEW", "Q.2023");

  /**
   * Catalog units, alone and with 万, 亿 and 千, plus quotient units, and the unit of pure numbers.
   *
   * @return an unmodifiable list of units, a new one on each call: every catalog unit plain and with
   *     each of the three magnitudes, {@link Units#ONE}, 公斤/亩, 斤/亩, 万元/人 and 元/人
   */
  public static List<Unit> units() {
    List<Unit> all = new ArrayList<>(Units.catalog());
    for (Unit u : Units.catalog()) {
      all.add(u.withMagnitude(Magnitude.TEN_THOUSAND));
      all.add(u.withMagnitude(Magnitude.HUNDRED_MILLION));
      all.add(u.withMagnitude(Magnitude.THOUSAND));
    }
    all.add(Units.ONE);
    all.add(Units.of("公斤/亩"));
    all.add(Units.of("斤/亩"));
    all.add(Units.of("万元/人"));
    all.add(Units.of("元/人"));
    return List.copyOf(all);
  }

  /**
   * Decimals of 1 to 25 digits with scales from −5 to 20: 10⁻²⁰ up to about 10³⁰.
   *
   * @return a generator of decimals of either sign, zero included, never of negative scale
   */
  public static Gen<BigDecimal> decimals() {
    Gen<Long> unscaled = Generate.longRange(-999_999_999_999_999L, 999_999_999_999_999L);
    Gen<Integer> scale = Generate.range(-5, 20);
    Gen<Integer> extraDigits = Generate.range(0, 10);
    return in -> {
      BigInteger u = BigInteger.valueOf(unscaled.generate(in))
          .multiply(BigInteger.TEN.pow(extraDigits.generate(in)));
      BigDecimal d = new BigDecimal(u, scale.generate(in));
      return d.scale() < 0 ? d.setScale(0) : d;
    };
  }

  /**
   * Small, everyday decimals: 0 to 9999.99, two decimals.
   *
   * @return a generator of non-negative decimals of scale 2
   */
  public static Gen<BigDecimal> ordinaryDecimals() {
    return Generate.longRange(0, 999_999).map(v -> BigDecimal.valueOf(v, 2));
  }

  /**
   * Every period kind, years 1949–2099.
   *
   * @return a generator of years, half years, quarters, months, month ranges, year ranges and instants
   */
  public static Gen<Period> periods() {
    Gen<Integer> year = Generate.range(1949, 2099);
    Gen<Integer> kind = Generate.range(0, 6);
    Gen<Integer> a = Generate.range(1, 12);
    Gen<Integer> b = Generate.range(1, 12);
    Gen<Integer> day = Generate.range(1, 28);
    return in -> {
      int y = year.generate(in);
      int m1 = a.generate(in);
      int m2 = b.generate(in);
      switch (kind.generate(in)) {
        case 0: return Period.year(y);
        case 1: return Period.halfYear(y, 1 + m1 % 2);
        case 2: return Period.quarter(y, 1 + m1 % 4);
        case 3: return Period.month(y, m1);
        case 4: return m1 == m2 ? Period.month(y, m1) : Period.months(y, Math.min(m1, m2), Math.max(m1, m2));
        case 5: return Period.years(y, y + 1 + m1 % 5);
        default: return Period.instant(LocalDate.of(y, m1, day.generate(in)));
      }
    };
  }

  /**
   * The built-in regions.
   *
   * @return a generator picking from {@code Regions.builtIn().all()}
   */
  public static Gen<Region> regions() {
    return Generate.pick(Regions.builtIn().all());
  }

  /**
   * Sections, industries and user sectors mapped onto either.
   *
   * @return a generator of the twenty GB/T 4754 sections, the three industries (三次产业) and three
   *     user sectors such as 现代农牧业
   */
  public static Gen<Sector> sectors() {
    List<Sector> all = new ArrayList<>(Sector.sections());
    for (Industry i : Industry.values()) {
      all.add(Sector.industry(i));
    }
    all.add(Sector.user("工业经济", Sector.section('C')));
    all.add(Sector.user("现代农牧业", Sector.section('A')));
    all.add(Sector.user("民生福祉", Sector.industry(Industry.TERTIARY)));
    return Generate.pick(all);
  }

  /**
   * Texts with commas, quotes, newlines, tabs, semicolons and emoji.
   *
   * @return a generator picking from a fixed list of non-blank Chinese and English texts
   */
  public static Gen<String> texts() {
    return Generate.pick(TEXTS);
  }

  /**
   * Indicators: a code, a tricky name, a unit from {@link #units()}, a kind and sometimes a sector.
   *
   * @return a generator of valid indicators; codes end in {@code _0} to {@code _50}, so two draws may
   *     share a code
   */
  public static Gen<Indicator> indicators() {
    Gen<String> code = Generate.pick(CODES);
    Gen<Integer> suffix = Generate.range(0, 50);
    Gen<Unit> unit = Generate.pick(units());
    Gen<IndicatorKind> kind = Generate.enumValues(IndicatorKind.class);
    Gen<Boolean> coin = Generate.booleans();
    Gen<Sector> sector = sectors();
    Gen<String> name = texts();
    return in -> {
      Indicator.Builder b = Indicator.builder()
          .code(code.generate(in) + "_" + suffix.generate(in))
          .name(name.generate(in))
          .unit(unit.generate(in))
          .kind(kind.generate(in));
      if (coin.generate(in)) {
        b.sector(sector.generate(in));
      }
      return b.build();
    };
  }

  /**
   * Observations of {@code indicator} with every optional field sometimes present.
   *
   * @param indicator the indicator of every observation; values are in its unit
   * @return a generator of valid observations of the indicator in built-in regions
   */
  public static Gen<Observation> observationsOf(Indicator indicator) {
    Gen<BigDecimal> value = decimals();
    Gen<BigDecimal> small = ordinaryDecimals();
    Gen<Region> region = regions();
    Gen<Period> period = periods();
    Gen<Qualifier> qualifier = Generate.enumValues(Qualifier.class);
    Gen<Status> status = Generate.enumValues(Status.class);
    Gen<Integer> which = Generate.range(0, 7);
    Gen<Integer> position = Generate.range(1, 12);
    Gen<String> text = texts();
    return in -> {
      Observation.Builder b = Observation.builder()
          .indicator(indicator)
          .region(region.generate(in))
          .period(period.generate(in))
          .value(Quantity.of(value.generate(in), indicator.unit(), qualifier.generate(in)))
          .status(status.generate(in));
      switch (which.generate(in)) {
        case 1:
          b.change(Change.yearOnYear(Quantity.of(small.generate(in).negate(), Units.PERCENT)));
          break;
        case 2:
          b.change(Change.against(Quantity.of(small.generate(in), Units.PERCENTAGE_POINT), "考核要求"));
          break;
        case 3:
          b.change(Change.previousPeriod(Quantity.of(small.generate(in), indicator.unit())));
          break;
        default:
          break;
      }
      switch (which.generate(in)) {
        case 1: b.ranking(Ranking.position(position.generate(in))); break;
        case 2: b.ranking(Ranking.position(position.generate(in)).withPeers(12).within(Region.INNER_MONGOLIA)); break;
        case 3: b.ranking(Ranking.first().within(Region.INNER_MONGOLIA)); break;
        case 4: b.ranking(Ranking.leading()); break;
        case 5: b.ranking(Ranking.topN(10)); break;
        default: break;
      }
      int w = which.generate(in);
      if (w == 1 || w == 2) {
        BigDecimal pct = small.generate(in).remainder(BigDecimal.valueOf(100));
        b.share(Share.of(Quantity.of(pct, Units.PERCENT), text.generate(in)));
      }
      if (w == 3 || w == 4) {
        b.planCompletion(Quantity.of(small.generate(in), Units.PERCENT));
      }
      if (w >= 4) {
        b.note(text.generate(in));
      }
      return b.build();
    };
  }

  /**
   * Observations of generated indicators.
   *
   * @return a generator of valid observations, each of a newly generated indicator
   */
  public static Gen<Observation> observations() {
    return indicators().flatMap(Generators::observationsOf);
  }

  /**
   * Datasets of 0 to {@code maxSize} observations over a few indicators; keys are unique.
   *
   * @param maxSize the most observations a dataset has, 0 or more; draws with a key already used are
   *     dropped, so datasets are often smaller
   * @return a generator of datasets whose observations use at most five indicators, with distinct
   *     codes, and no two of which share indicator, region and period
   */
  public static Gen<Dataset> datasets(int maxSize) {
    Gen<Integer> size = Generate.range(0, maxSize);
    Gen<Integer> indicatorCount = Generate.range(1, 5);
    Gen<Indicator> indicator = indicators();
    Gen<Integer> pick = Generate.range(0, 4);
    return in -> {
      List<Indicator> pool = new ArrayList<>();
      Set<String> codes = new HashSet<>();
      int k = indicatorCount.generate(in);
      for (int i = 0; i < k; i++) {
        Indicator ind = indicator.generate(in);
        if (codes.add(ind.code())) {
          pool.add(ind);
        }
      }
      Dataset.Builder b = Dataset.builder();
      Set<String> keys = new HashSet<>();
      int n = size.generate(in);
      for (int i = 0; i < n; i++) {
        Indicator ind = pool.get(pick.generate(in) % pool.size());
        Observation o = observationsOf(ind).generate(in);
        if (keys.add(ind.code() + '|' + o.region().code() + '|' + o.period())) {
          b.add(o);
        }
      }
      return b.build();
    };
  }

  /**
   * Datasets of up to 30 observations.
   *
   * @return {@code datasets(30)}
   */
  public static Gen<Dataset> datasets() {
    return datasets(30);
  }
}
