package io.github.zhibiao.testkit;

import io.github.zhibiao.model.Breakdown;
import io.github.zhibiao.model.Breakdowns;
import io.github.zhibiao.model.Category;
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
import java.util.random.RandomGenerator;

/**
 * Generators of zhibiao values, for property tests of formats and calculators; see
 * {@link Generator} for using them with QuickTheories.
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
  public static Generator<BigDecimal> decimals() {
    Generator<Long> unscaled = longRange(-999_999_999_999_999L, 999_999_999_999_999L);
    Generator<Integer> scale = range(-5, 20);
    Generator<Integer> extraDigits = range(0, 10);
    return in -> {
      BigInteger u = BigInteger.valueOf(unscaled.next(in))
          .multiply(BigInteger.TEN.pow(extraDigits.next(in)));
      BigDecimal d = new BigDecimal(u, scale.next(in));
      return d.scale() < 0 ? d.setScale(0) : d;
    };
  }

  /**
   * Small, everyday decimals: 0 to 9999.99, two decimals.
   *
   * @return a generator of non-negative decimals of scale 2
   */
  public static Generator<BigDecimal> ordinaryDecimals() {
    return longRange(0, 999_999).map(v -> BigDecimal.valueOf(v, 2));
  }

  /**
   * Every period kind, years 1949–2099.
   *
   * @return a generator of years, half years, quarters, months, month ranges, year ranges and instants
   */
  public static Generator<Period> periods() {
    Generator<Integer> year = range(1949, 2099);
    Generator<Integer> kind = range(0, 6);
    Generator<Integer> a = range(1, 12);
    Generator<Integer> b = range(1, 12);
    Generator<Integer> day = range(1, 28);
    return in -> {
      int y = year.next(in);
      int m1 = a.next(in);
      int m2 = b.next(in);
      switch (kind.next(in)) {
        case 0: return Period.year(y);
        case 1: return Period.halfYear(y, 1 + m1 % 2);
        case 2: return Period.quarter(y, 1 + m1 % 4);
        case 3: return Period.month(y, m1);
        case 4: return m1 == m2 ? Period.month(y, m1) : Period.months(y, Math.min(m1, m2), Math.max(m1, m2));
        case 5: return Period.years(y, y + 1 + m1 % 5);
        default: return Period.instant(LocalDate.of(y, m1, day.next(in)));
      }
    };
  }

  /**
   * The built-in regions.
   *
   * @return a generator picking from {@code Regions.builtIn().all()}
   */
  public static Generator<Region> regions() {
    return pick(Regions.builtIn().all());
  }

  /**
   * Sections, industries and user sectors mapped onto either.
   *
   * @return a generator of the twenty GB/T 4754 sections, the three industries (三次产业) and three
   *     user sectors such as 现代农牧业
   */
  public static Generator<Sector> sectors() {
    List<Sector> all = new ArrayList<>(Sector.sections());
    for (Industry i : Industry.values()) {
      all.add(Sector.industry(i));
    }
    all.add(Sector.user("工业经济", Sector.section('C')));
    all.add(Sector.user("现代农牧业", Sector.section('A')));
    all.add(Sector.user("民生福祉", Sector.industry(Industry.TERTIARY)));
    return pick(all);
  }

  /**
   * Texts with commas, quotes, newlines, tabs, semicolons and emoji.
   *
   * @return a generator picking from a fixed list of non-blank Chinese and English texts
   */
  public static Generator<String> texts() {
    return pick(TEXTS);
  }

  /**
   * Indicators: a code, a tricky name, a unit from {@link #units()}, a kind and sometimes a sector.
   *
   * @return a generator of valid indicators; codes end in {@code _0} to {@code _50}, so two draws may
   *     share a code
   */
  public static Generator<Indicator> indicators() {
    Generator<String> code = pick(CODES);
    Generator<Integer> suffix = range(0, 50);
    Generator<Unit> unit = pick(units());
    Generator<IndicatorKind> kind = enumValues(IndicatorKind.class);
    Generator<Boolean> coin = booleans();
    Generator<Sector> sector = sectors();
    Generator<String> name = texts();
    return in -> {
      Indicator.Builder b = Indicator.builder()
          .code(code.next(in) + "_" + suffix.next(in))
          .name(name.next(in))
          .unit(unit.next(in))
          .kind(kind.next(in));
      if (coin.next(in)) {
        b.sector(sector.next(in));
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
  public static Generator<Observation> observationsOf(Indicator indicator) {
    Generator<BigDecimal> value = decimals();
    Generator<BigDecimal> small = ordinaryDecimals();
    Generator<Region> region = regions();
    Generator<Period> period = periods();
    Generator<Qualifier> qualifier = enumValues(Qualifier.class);
    Generator<Status> status = enumValues(Status.class);
    Generator<Integer> which = range(0, 7);
    Generator<Integer> position = range(1, 12);
    Generator<String> text = texts();
    return in -> {
      Observation.Builder b = Observation.builder()
          .indicator(indicator)
          .region(region.next(in))
          .period(period.next(in))
          .value(Quantity.of(value.next(in), indicator.unit(), qualifier.next(in)))
          .status(status.next(in));
      switch (which.next(in)) {
        case 1:
          b.change(Change.yearOnYear(Quantity.of(small.next(in).negate(), Units.PERCENT)));
          break;
        case 2:
          b.change(Change.against(Quantity.of(small.next(in), Units.PERCENTAGE_POINT), "考核要求"));
          break;
        case 3:
          b.change(Change.previousPeriod(Quantity.of(small.next(in), indicator.unit())));
          break;
        default:
          break;
      }
      switch (which.next(in)) {
        case 1: b.ranking(Ranking.position(position.next(in))); break;
        case 2: b.ranking(Ranking.position(position.next(in)).withPeers(12).within(Region.INNER_MONGOLIA)); break;
        case 3: b.ranking(Ranking.first().within(Region.INNER_MONGOLIA)); break;
        case 4: b.ranking(Ranking.leading()); break;
        case 5: b.ranking(Ranking.topN(10)); break;
        default: break;
      }
      int w = which.next(in);
      if (w == 1 || w == 2) {
        BigDecimal pct = small.next(in).remainder(BigDecimal.valueOf(100));
        b.share(Share.of(Quantity.of(pct, Units.PERCENT), text.next(in)));
      }
      if (w == 3 || w == 4) {
        b.planCompletion(Quantity.of(small.next(in), Units.PERCENT));
      }
      if (w >= 4) {
        b.note(text.next(in));
      }
      return b.build();
    };
  }

  /**
   * Observations of generated indicators.
   *
   * @return a generator of valid observations, each of a newly generated indicator
   */
  public static Generator<Observation> observations() {
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
  public static Generator<Dataset> datasets(int maxSize) {
    Generator<Integer> size = range(0, maxSize);
    Generator<Integer> indicatorCount = range(1, 5);
    Generator<Indicator> indicator = indicators();
    Generator<Integer> pick = range(0, 4);
    return in -> {
      List<Indicator> pool = new ArrayList<>();
      Set<String> codes = new HashSet<>();
      int k = indicatorCount.next(in);
      for (int i = 0; i < k; i++) {
        Indicator ind = indicator.next(in);
        if (codes.add(ind.code())) {
          pool.add(ind);
        }
      }
      Dataset.Builder b = Dataset.builder();
      Set<String> keys = new HashSet<>();
      int n = size.next(in);
      for (int i = 0; i < n; i++) {
        Indicator ind = pool.get(pick.next(in) % pool.size());
        Observation o = observationsOf(ind).next(in);
        if (keys.add(ind.code() + '|' + o.region().code() + '|' + o.period())) {
          b.add(o);
        }
      }
      return b.build();
    };
  }

  /** Breakdowns and their categories that a format must carry: constants, GB/T 4754 sections, Chinese codes, hard texts. */
  private static final List<Breakdowns.Entry> BREAKDOWN_POOL = List.of(
      new Breakdowns.Entry(Breakdown.SEX, Category.FEMALE), new Breakdowns.Entry(Breakdown.SEX, Category.MALE),
      new Breakdowns.Entry(Breakdown.SEX, Category.TOTAL),
      new Breakdowns.Entry(Breakdown.INDUSTRY, Category.from(Sector.section('C'))),
      new Breakdowns.Entry(Breakdown.INDUSTRY, Category.from(Sector.section('A'))),
      new Breakdowns.Entry(Breakdown.URBAN_RURAL, Category.URBAN), new Breakdowns.Entry(Breakdown.URBAN_RURAL, Category.RURAL),
      new Breakdowns.Entry(Breakdown.of("年龄组", "年龄组"), Category.of("15-64岁", "15-64岁")),
      new Breakdowns.Entry(Breakdown.of("sexo", "Sexo, \"según\" censo"), Category.of("Mujeres", "Mujeres; 女,性")));

  /**
   * Breakdowns of zero to three pairs, one category per breakdown, from a pool of common and hard
   * cases (性别 F 女, 行业 C 制造业, 城乡 城镇, a Chinese code, a label with a comma, quotes and a
   * semicolon).
   *
   * @return a generator of breakdowns, empty about a quarter of the time
   */
  public static Generator<Breakdowns> breakdowns() {
    Generator<Integer> count = range(0, 3);
    Generator<Breakdowns.Entry> entry = pick(BREAKDOWN_POOL);
    return in -> {
      Breakdowns b = Breakdowns.empty();
      int n = count.next(in);
      for (int i = 0; i < n; i++) {
        Breakdowns.Entry e = entry.next(in);
        if (b.category(e.breakdown().code()).isEmpty()) {
          b = b.with(e.breakdown(), e.category());
        }
      }
      return b;
    };
  }

  /**
   * Datasets as {@link #datasets(int)} makes them, with breakdowns ({@link #breakdowns()}) and
   * qualifier words as reports write them (800余, 逾100): what a format that holds breakdowns must
   * carry. Keys (indicator, region, period, breakdowns) are unique.
   *
   * @param maxSize the most observations a dataset has
   * @return a generator of such datasets
   */
  public static Generator<Dataset> datasetsWithBreakdowns(int maxSize) {
    Generator<Dataset> base = datasets(maxSize);
    Generator<Breakdowns> breakdowns = breakdowns();
    Generator<Integer> pick = range(0, 7);
    return in -> {
      Dataset d = base.next(in);
      Dataset.Builder b = Dataset.builder();
      Set<String> keys = new HashSet<>();
      for (Observation o : d.observations()) {
        Observation with = o.withBreakdowns(breakdowns.next(in));
        List<String> words = with.qualifier().words();
        if (!words.isEmpty()) {
          with = with.withValue(with.value().withQualifierWord(words.get(pick.next(in) % words.size())));
        }
        if (keys.add(with.indicator().code() + '|' + with.region().code() + '|' + with.period() + '|' + with.breakdowns())) {
          b.add(with);
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
  public static Generator<Dataset> datasets() {
    return datasets(30);
  }

  /** Integers from {@code min} to {@code max}, both included. */
  private static Generator<Integer> range(int min, int max) {
    return in -> in.nextInt(min, max + 1);
  }

  /** Longs from {@code min} to {@code max}, both included. */
  private static Generator<Long> longRange(long min, long max) {
    return in -> in.nextLong(min, max + 1);
  }

  private static <T> Generator<T> pick(List<T> values) {
    List<T> copy = List.copyOf(values);
    return in -> copy.get(in.nextInt(copy.size()));
  }

  private static <E extends Enum<E>> Generator<E> enumValues(Class<E> type) {
    return pick(List.of(type.getEnumConstants()));
  }

  private static Generator<Boolean> booleans() {
    return RandomGenerator::nextBoolean;
  }
}
