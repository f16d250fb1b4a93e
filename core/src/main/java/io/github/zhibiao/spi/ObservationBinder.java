package io.github.zhibiao.spi;

import io.github.zhibiao.model.Breakdown;
import io.github.zhibiao.model.Breakdowns;
import io.github.zhibiao.model.Category;
import io.github.zhibiao.model.Change;
import io.github.zhibiao.model.Indicator;
import io.github.zhibiao.model.IndicatorKind;
import io.github.zhibiao.model.Observation;
import io.github.zhibiao.model.Period;
import io.github.zhibiao.model.Ranking;
import io.github.zhibiao.model.Region;
import io.github.zhibiao.model.Sector;
import io.github.zhibiao.model.Share;
import io.github.zhibiao.model.Status;
import io.github.zhibiao.unit.Numbers;
import io.github.zhibiao.unit.Qualifier;
import io.github.zhibiao.unit.Quantity;
import io.github.zhibiao.unit.Unit;
import io.github.zhibiao.unit.UnitPolicy;
import io.github.zhibiao.unit.Units;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Turns the texts of one record's fields, and where they stand, into an {@link Observation} or a
 * {@link DatasetReadException} whose {@link Problem} names the source, the place (line, field or
 * JSON path), the offending text and what was expected. Every reader of zhibiao binds its records
 * here, so that one field text means the same in every format: readers only split their input
 * into fields and report places.
 *
 * <pre>{@code
 * ObservationBinder binder = ObservationBinder.of("bulletin.csv", options, UnitPolicy.STRICT);
 * binder.begin(12)                                        // line 12
 *     .set(Field.INDICATOR, "GRAIN_OUTPUT", "indicator")  // text, and the field's name in the source
 *     .set(Field.REGION, "150400", "region")
 *     .set(Field.PERIOD, "2023", "period")
 *     .set(Field.VALUE, "130亿斤", "value");
 * Observation o = binder.bind();
 * }</pre>
 *
 * <h2>The rules, one place for all formats</h2>
 * <ul>
 *   <li>An empty text is an absent field.
 *   <li>Value: a plain number by the rule of {@link Numbers} (1,532.4, 1E3, fullwidth digits), or
 *       a quantity as {@link Quantity#parse} reads it (130亿斤, 800余). The unit comes from the
 *       {@link Field#UNIT unit} field when given (read with {@link ReadOptions#unit} under the
 *       options' unit policy or the reader's default), else from the value's text, else from an
 *       indicator the reader {@linkplain #define defined}; a value without any unit is refused. A
 *       unit in the value and another in the unit field must agree.
 *   <li>Qualifier: a constant name or a word of {@link Qualifier}'s vocabulary; the word is kept
 *       (余 stays 余). It must agree with the value's own words.
 *   <li>Change: the amount as a quantity; its basis ({@link Field#CHANGE_BASIS}, year on year when
 *       absent) by {@link Change#of(Quantity, String, java.util.function.Predicate)}, accepting
 *       the references {@link ReadOptions#allowsChangeReference} allows.
 *   <li>Status by {@link Status#parse}, ranking by {@link Ranking#parse} with its scope a region
 *       code of the options' registry, share as a rate and the name of its whole, plan completion
 *       as a quantity.
 *   <li>Region by {@link RegionResolver} (code and name, the options' region policy), else the
 *       options' default region; period by {@link #readPeriod} ({@code _Z}, {@code label:…}).
 *   <li>Indicator: one the reader {@linkplain #define defined} (JSON's {@code indicators}), or
 *       defined by the first record that names its code, with its name, kind, sector, English name,
 *       description and unit ({@link Field#INDICATOR_UNIT}, else the unit of that record's value);
 *       later records must agree on name, kind and sector, and a problem names the line or path of
 *       the defining record.
 *   <li>Breakdowns: {@link #breakdown} pairs; one breakdown code keeps one label within a read.
 * </ul>
 *
 * <p>Region, period and indicator resolutions are cached (up to 4096 texts each; the periods seen
 * lately, the indicator and region of the record before and the last status and unit texts
 * answer without a map). Every cached result depends on the text alone, so a cached answer is
 * the answer read afresh; problems are not cached. One binder per
 * read; not thread-safe. A reader calls {@link #begin}, the {@code set} methods, then
 * {@link #bind}, for each record.
 */
public final class ObservationBinder {
  private static final int CACHE_LIMIT = 4096;

  /** The fields an observation is bound from. */
  public enum Field {
    /** The indicator code: GRAIN_OUTPUT. */
    INDICATOR,
    /** The indicator's name, 粮食总产量; the code when absent. */
    INDICATOR_NAME,
    /** The indicator's English name. */
    INDICATOR_ENGLISH_NAME,
    /** The indicator's kind: STOCK, FLOW, RATE or INDEX. */
    INDICATOR_KIND,
    /** The indicator's sector, as {@link Sector#parse} reads it. */
    SECTOR,
    /** The indicator's description. */
    INDICATOR_DESCRIPTION,
    /** The indicator's unit, when it differs from the value's: 万吨 for a value in 亿斤. */
    INDICATOR_UNIT,
    /** The region code: 150400. */
    REGION,
    /** The region name: 赤峰市. */
    REGION_NAME,
    /** The period: 2023, 2023-Q2, 2023年1—11月. */
    PERIOD,
    /** The value: 130, 1,532.4, 130亿斤, 800余. */
    VALUE,
    /** The value's unit: 亿斤. */
    UNIT,
    /** The qualifier: MORE_THAN or 余. */
    QUALIFIER,
    /** The status: 预计, ESTIMATED, E. */
    STATUS,
    /** The change's amount: 5.82%. */
    CHANGE,
    /** The change's basis: YEAR_ON_YEAR, 同比, 近5年平均. */
    CHANGE_BASIS,
    /** The ranking: 第2位, 首位. */
    RANKING,
    /** The ranking's scope, a region code: 150000. */
    RANKING_SCOPE,
    /** The share's rate: 17%. */
    SHARE,
    /** The share's whole: 全区总任务. */
    SHARE_OF,
    /** Plan completion: 117.10%. */
    PLAN_COMPLETION,
    /** A note. */
    NOTE
  }

  private static final Field[] FIELDS = Field.values();

  private final String source;
  private final ReadOptions options;
  private final UnitPolicy unitDefault;
  private final RegionResolver resolver;
  private final Map<String, Period> periods = new HashMap<>();
  private final Map<String, Region> regions = new HashMap<>(); // by code NUL name
  private final Map<String, Region> regionsByCode = new HashMap<>(); // records without a name
  private String lastRegionCode;
  private String lastRegionName;
  private Region lastRegion;
  private final Map<String, Known> indicators = new HashMap<>();
  private final Map<String, Breakdown> breakdownsByCode = new HashMap<>();
  private final Map<String, Category> categories = new HashMap<>();
  private String definitionsHint; // non-null: only defined indicators

  // the record being bound
  private final String[] texts = new String[FIELDS.length];
  private final String[] places = new String[FIELDS.length];
  private long setTexts; // bit i: texts[i] may be non-null (so begin clears only those)
  private BigDecimal number;
  private Indicator indicator;
  private Breakdowns breakdowns = Breakdowns.empty();
  // The pairs of the record before and the breakdowns after each of them, reused while this record adds the
  // same pairs (the same objects) in the same order: the observations of a series share their breakdowns.
  // For every j < sharedCount, shared[j] is the breakdowns of sharedBreakdown[0..j] with sharedCategory[0..j].
  private Breakdown[] sharedBreakdown = new Breakdown[4];
  private Category[] sharedCategory = new Category[4];
  private Breakdowns[] shared = new Breakdowns[4];
  private int sharedCount;
  private int pairs; // the pairs this record added so far
  private boolean samePairs; // they are the first pairs of the shared ones
  private Region givenRegion;
  private Period givenPeriod;
  private Quantity givenValue;
  private Change givenChange;
  private Ranking givenRanking;
  private Share givenShare;
  private Quantity givenPlan;
  private long line;
  private java.util.function.LongSupplier lazyLine;
  private Supplier<String> path;

  /** An indicator with the record that defined it, or a reader's definition (texts null). */
  private record Known(Indicator indicator, String name, String kind, String sector, String english, String description,
      String where) {}

  private ObservationBinder(String source, ReadOptions options, UnitPolicy unitDefault) {
    this.source = source;
    this.options = options;
    this.unitDefault = unitDefault;
    this.resolver = RegionResolver.of(options);
  }

  /**
   * A binder for one read.
   *
   * @param source the name of the input, as problems report it (a file name); not null
   * @param options the read options: region registry and policy, unit catalog and policy, change
   *     references, default region; not null
   * @param unitDefault the unit policy the reader documents as its default, used unless the
   *     options set one: {@link UnitPolicy#STRICT} for CSV and native JSON, {@link
   *     UnitPolicy#OPEN} for JSON-stat; not null
   * @return a binder with empty caches
   * @throws NullPointerException if an argument is null
   */
  public static ObservationBinder of(String source, ReadOptions options, UnitPolicy unitDefault) {
    return new ObservationBinder(Objects.requireNonNull(source, "source"), Objects.requireNonNull(options, "options"),
        Objects.requireNonNull(unitDefault, "unitDefault"));
  }

  /**
   * Registers an indicator that the input defines apart from its records (native JSON's
   * {@code indicators}); a record whose {@link Field#INDICATOR} is its code binds to it.
   *
   * @param defined the indicator; not null
   * @param where where the input defines it, for problems (a JSON path); not null
   * @return this binder
   * @throws DatasetReadException if another indicator was defined under the same code
   */
  public ObservationBinder define(Indicator defined, String where) {
    Known k = indicators.get(defined.code());
    if (k != null && !k.indicator.equals(defined)) {
      throw problemAt(where, defined.code(), "indicator " + defined.code() + " is defined twice, differently (first at "
          + k.where + ")");
    }
    indicators.put(defined.code(), new Known(defined, null, null, null, null, null, where));
    lastKnown = null;
    return this;
  }

  /**
   * Binds records only to {@linkplain #define defined} indicators: a code that was not defined is a
   * problem whose message ends with {@code hint} (such as "define it in $.indicators, before the
   * observations").
   *
   * @param hint what the user should do; not null
   * @return this binder
   */
  public ObservationBinder onlyDefinedIndicators(String hint) {
    this.definitionsHint = Objects.requireNonNull(hint, "hint");
    return this;
  }

  /**
   * Starts a record at a line, clearing the fields of the previous one.
   *
   * @param lineNumber the 1-based line of the record, or 0 when unknown
   * @return this binder
   */
  public ObservationBinder begin(long lineNumber) {
    for (long bits = setTexts; bits != 0; bits &= bits - 1) {
      texts[Long.numberOfTrailingZeros(bits)] = null;
    }
    setTexts = 0;
    number = null;
    indicator = null;
    breakdowns = Breakdowns.empty();
    pairs = 0;
    samePairs = true;
    givenRegion = null;
    givenPeriod = null;
    givenValue = null;
    givenChange = null;
    givenRanking = null;
    givenShare = null;
    givenPlan = null;
    line = lineNumber;
    lazyLine = null;
    path = null;
    return this;
  }

  /**
   * Starts a record at a JSON path (and a line, when known), clearing the fields of the previous
   * one. Field places are then relative to the path ({@code value} at {@code
   * $.observations[3]}).
   *
   * @param lineNumber the 1-based line of the record, or 0 when unknown, asked for only when a
   *     problem is reported; not null
   * @param recordPath the record's path, asked for only when a problem is reported; not null
   * @return this binder
   */
  public ObservationBinder begin(java.util.function.LongSupplier lineNumber, Supplier<String> recordPath) {
    begin(0);
    lazyLine = Objects.requireNonNull(lineNumber, "lineNumber");
    path = Objects.requireNonNull(recordPath, "recordPath");
    return this;
  }

  /**
   * Sets a field's text; an empty text leaves the field absent.
   *
   * @param field the field; not null
   * @param text the text as the input holds it (unescaped); not null
   * @param place the field's name in the input: a CSV header, a JSON property path relative to
   *     the record, or a whole JSON path starting with {@code $} ({@code $.status[3]}); not null
   * @return this binder
   */
  public ObservationBinder set(Field field, String text, String place) {
    int i = field.ordinal();
    if (text.isEmpty()) {
      texts[i] = null;
    } else {
      texts[i] = text;
      setTexts |= 1L << i;
    }
    places[i] = place;
    return this;
  }

  /**
   * Sets the value as a number the input already parsed (a JSON number token); it is checked
   * against the range of {@link Numbers}.
   *
   * @param value the number; not null
   * @param place the field's name in the input; not null
   * @return this binder
   */
  public ObservationBinder set(BigDecimal value, String place) {
    number = Objects.requireNonNull(value, "value");
    texts[Field.VALUE.ordinal()] = null;
    places[Field.VALUE.ordinal()] = place;
    return this;
  }

  /**
   * Sets the record's indicator, which the input gives by its structure (a JSON-stat category);
   * {@link Field#INDICATOR} and the indicator's own fields are then ignored.
   *
   * @param given the indicator; not null
   * @return this binder
   */
  public ObservationBinder set(Indicator given) {
    indicator = Objects.requireNonNull(given, "indicator");
    return this;
  }

  /**
   * Sets the record's region, which the input gives by its structure (a JSON-stat geo category);
   * {@link Field#REGION} and {@link Field#REGION_NAME} are then ignored.
   *
   * @param given the region; not null
   * @return this binder
   */
  public ObservationBinder set(Region given) {
    givenRegion = Objects.requireNonNull(given, "region");
    return this;
  }

  /**
   * Sets the record's period, which the input gives by its structure (a JSON-stat time category);
   * {@link Field#PERIOD} is then ignored.
   *
   * @param given the period; not null
   * @return this binder
   */
  public ObservationBinder set(Period given) {
    givenPeriod = Objects.requireNonNull(given, "period");
    return this;
  }

  /**
   * Sets the record's value as a quantity the input gives whole (a JSON-stat cell with its unit);
   * {@link Field#VALUE} and {@link Field#UNIT} are then ignored, and {@link Field#QUALIFIER} still
   * applies.
   *
   * @param given the value; not null
   * @param place the field's name in the input, for a problem; not null
   * @return this binder
   */
  public ObservationBinder set(Quantity given, String place) {
    givenValue = Objects.requireNonNull(given, "value");
    places[Field.VALUE.ordinal()] = place;
    return this;
  }

  /**
   * Sets the record's change as the input already read it (prose, whose wording gives the basis);
   * {@link Field#CHANGE} and {@link Field#CHANGE_BASIS} are then ignored. It must fit the value:
   * a rate or points change fits any value, an absolute change one of the value's dimension.
   *
   * @param given the change; not null
   * @param place where the input states it, for a problem; not null
   * @return this binder
   */
  public ObservationBinder set(Change given, String place) {
    givenChange = Objects.requireNonNull(given, "change");
    places[Field.CHANGE.ordinal()] = Objects.requireNonNull(place, "place");
    return this;
  }

  /**
   * Sets the record's ranking as the input already read it, with its scope when stated;
   * {@link Field#RANKING} and {@link Field#RANKING_SCOPE} are then ignored.
   *
   * @param given the ranking; not null
   * @param place where the input states it, for a problem; not null
   * @return this binder
   */
  public ObservationBinder set(Ranking given, String place) {
    givenRanking = Objects.requireNonNull(given, "ranking");
    places[Field.RANKING.ordinal()] = Objects.requireNonNull(place, "place");
    return this;
  }

  /**
   * Sets the record's share as the input already read it; {@link Field#SHARE} and {@link
   * Field#SHARE_OF} are then ignored.
   *
   * @param given the share; not null
   * @param place where the input states it, for a problem; not null
   * @return this binder
   */
  public ObservationBinder set(Share given, String place) {
    givenShare = Objects.requireNonNull(given, "share");
    places[Field.SHARE.ordinal()] = Objects.requireNonNull(place, "place");
    return this;
  }

  /**
   * Sets the record's plan completion as the input already read it (117.10%); {@link
   * Field#PLAN_COMPLETION} is then ignored.
   *
   * @param given the completion rate, a dimensionless quantity; not null
   * @param place where the input states it, for a problem; not null
   * @return this binder
   */
  public ObservationBinder planCompletion(Quantity given, String place) {
    givenPlan = Objects.requireNonNull(given, "planCompletion");
    places[Field.PLAN_COMPLETION.ordinal()] = Objects.requireNonNull(place, "place");
    return this;
  }

  /**
   * Adds a breakdown of the record from texts: 性别 (code {@code SEX}, label 性别) and its category
   * F 女. One breakdown code keeps one label within a read, and one category code of a breakdown
   * one label; the first record that names them defines them.
   *
   * @param code the breakdown's code, such as {@code SEX}, {@code 性别} or {@code sexo}
   * @param label the breakdown's label, or the empty string for the code itself
   * @param categoryCode the category's code, such as {@code F}; the empty string leaves the
   *     record without this breakdown
   * @param categoryLabel the category's label, or the empty string for its code
   * @param place the field's name in the input (a CSV header, a JSON property path); not null
   * @return this binder
   * @throws DatasetReadException naming the place if a code or label breaks the text rules of
   *     {@link Breakdown} and {@link Category}, disagrees with an earlier definition, or the record
   *     already has a category of this breakdown
   */
  public ObservationBinder breakdown(String code, String label, String categoryCode, String categoryLabel, String place) {
    return breakdown(code, label, "", categoryCode, categoryLabel, place);
  }

  /**
   * Adds a breakdown of the record from texts, as {@link #breakdown(String, String, String,
   * String, String)} does, with the breakdown's English label.
   *
   * @param code the breakdown's code
   * @param label the breakdown's label, or the empty string for the code itself
   * @param englishLabel the breakdown's English label (Sex), or the empty string for none
   * @param categoryCode the category's code; the empty string (with an empty label) leaves the
   *     record without this breakdown
   * @param categoryLabel the category's label, or the empty string for its code
   * @param place the field's name in the input; not null
   * @return this binder
   * @throws DatasetReadException naming the place, as the shorter form does, and for a category
   *     label without a code
   */
  public ObservationBinder breakdown(String code, String label, String englishLabel, String categoryCode,
      String categoryLabel, String place) {
    if (categoryCode.isEmpty()) {
      if (!categoryLabel.isEmpty()) {
        throw problemAt(place, "=" + categoryLabel, "a category label without its code; expected a code such as F, "
            + "or F=女 with its label");
      }
      return this;
    }
    int at = pairs;
    if (at < lastPairTexts.length / 5 && samePair(at, code, label, englishLabel, categoryCode, categoryLabel)) {
      // the texts of the pair at this position in the record before, which were accepted: the same pair
      return breakdown(lastPairBreakdown[at], lastPairCategory[at], place);
    }
    Breakdown b = breakdownsByCode.get(code);
    String wantLabel = label.isEmpty() ? code : label;
    if (b == null) {
      try {
        b = englishLabel.isEmpty() ? Breakdown.of(code, wantLabel) : Breakdown.of(code, wantLabel, englishLabel);
      } catch (IllegalArgumentException e) {
        throw problemAt(place, code, e.getMessage());
      }
      if (breakdownsByCode.size() < CACHE_LIMIT) {
        breakdownsByCode.put(code, b);
      }
    } else if ((!label.isEmpty() && !b.label().equals(label))
        || (!englishLabel.isEmpty() && !b.englishLabel().orElse("").equals(englishLabel))) {
      throw problemAt(place, label, "breakdown " + code + " is labelled '" + b.label() + "'"
          + b.englishLabel().map(e -> " (" + e + ")").orElse("") + " earlier in the input; one code keeps one label");
    }
    String key = code + '\u0000' + categoryCode;
    Category c = categories.get(key);
    if (c == null) {
      try {
        c = Category.of(categoryCode, categoryLabel.isEmpty() ? categoryCode : categoryLabel);
      } catch (IllegalArgumentException e) {
        throw problemAt(place, categoryCode, e.getMessage());
      }
      if (categories.size() < CACHE_LIMIT) {
        categories.put(key, c);
      }
    } else if (!categoryLabel.isEmpty() && !c.label().equals(categoryLabel)) {
      throw problemAt(place, categoryLabel, "category " + categoryCode + " of " + code + " is labelled '" + c.label()
          + "' earlier in the input; one code keeps one label");
    }
    rememberPair(at, b, c, code, label, englishLabel, categoryCode, categoryLabel);
    return breakdown(b, c, place);
  }

  // per position of a pair in a record: the five texts of the last pair read from texts there, and its breakdown and
  // category (a breakdown's and a category's first definition stands for the read, so the same texts give them again)
  private String[] lastPairTexts = new String[0];
  private Breakdown[] lastPairBreakdown = new Breakdown[0];
  private Category[] lastPairCategory = new Category[0];

  private boolean samePair(int at, String code, String label, String englishLabel, String categoryCode,
      String categoryLabel) {
    int k = 5 * at;
    return same(code, lastPairTexts[k]) && same(label, lastPairTexts[k + 1]) && same(englishLabel, lastPairTexts[k + 2])
        && same(categoryCode, lastPairTexts[k + 3]) && same(categoryLabel, lastPairTexts[k + 4]);
  }

  private void rememberPair(int at, Breakdown b, Category c, String... texts) {
    if (at >= lastPairBreakdown.length) {
      if (at >= 64) {
        return; // a record of many pairs: the maps alone
      }
      int n = Math.max(4, 2 * at);
      lastPairTexts = Arrays.copyOf(lastPairTexts, 5 * n);
      lastPairBreakdown = Arrays.copyOf(lastPairBreakdown, n);
      lastPairCategory = Arrays.copyOf(lastPairCategory, n);
    }
    System.arraycopy(texts, 0, lastPairTexts, 5 * at, 5);
    lastPairBreakdown[at] = b;
    lastPairCategory[at] = c;
  }

  /**
   * Adds a breakdown the input gives by its structure (a JSON-stat dimension and category).
   *
   * @param breakdown the breakdown; not null
   * @param category its category; not null
   * @param place the field's name in the input, for a problem; not null
   * @return this binder
   * @throws DatasetReadException if the record already has a category of this breakdown
   */
  public ObservationBinder breakdown(Breakdown breakdown, Category category, String place) {
    int i = pairs;
    if (samePairs && i < sharedCount && sharedBreakdown[i] == breakdown && sharedCategory[i] == category) {
      breakdowns = shared[i]; // the same pairs as the record before, so far: its breakdowns, not a copy
      pairs++;
      return this;
    }
    samePairs = false;
    try {
      breakdowns = breakdowns.with(breakdown, category);
    } catch (IllegalArgumentException e) {
      throw problemAt(place, category.code(), e.getMessage());
    }
    if (i == shared.length) {
      shared = Arrays.copyOf(shared, 2 * i);
      sharedBreakdown = Arrays.copyOf(sharedBreakdown, 2 * i);
      sharedCategory = Arrays.copyOf(sharedCategory, 2 * i);
    }
    sharedBreakdown[i] = breakdown;
    sharedCategory[i] = category;
    shared[i] = breakdowns;
    sharedCount = i + 1;
    pairs++;
    return this;
  }

  /**
   * Binds the record set since {@link #begin}.
   *
   * @return the observation
   * @throws DatasetReadException naming the field at fault, its text and what was expected
   */
  public Observation bind() {
    Indicator ind = indicator != null ? indicator : definedIndicator();
    Quantity value = givenValue != null ? givenValue : value(ind);
    value = qualified(value);
    if (ind == null) {
      ind = indicatorFromTexts(value.unit());
    }
    Observation.Builder b = Observation.builder().indicator(ind)
        .region(givenRegion != null ? givenRegion : region())
        .period(givenPeriod != null ? givenPeriod : period()).value(value);
    if (!breakdowns.isEmpty()) {
      b.breakdowns(breakdowns);
    }
    String status = text(Field.STATUS);
    if (status != null) {
      if (status != lastStatusText && !status.equals(lastStatusText)) { // the status of the record before: parsed once
        try {
          lastStatus = Status.parse(status);
        } catch (IllegalArgumentException e) {
          throw problem(Field.STATUS, status, e.getMessage());
        }
        lastStatusText = status;
      }
      b.status(lastStatus);
    }
    if ((setTexts & ATTACHMENT_TEXTS) == 0 && givenChange == null && givenRanking == null && givenShare == null
        && givenPlan == null) {
      return build(b); // no change, ranking, share, plan completion or note: the usual record
    }
    String amount = text(Field.CHANGE);
    String basis = text(Field.CHANGE_BASIS);
    if (givenChange != null) {
      if (givenChange.kind() == Change.Kind.ABSOLUTE && !givenChange.amount().unit().isConvertibleTo(value.unit())) {
        throw problem(Field.CHANGE, givenChange.amount().toString(), "a change in " + givenChange.amount().unit()
            + " does not fit a value in " + value.unit() + "; expected a rate, 百分点 or an amount in the value's dimension");
      }
      b.change(givenChange);
    } else if (amount != null) {
      Quantity q = quantity(Field.CHANGE, amount);
      try {
        b.change(Change.of(q, basis == null ? Change.Basis.YEAR_ON_YEAR.name() : basis, options::allowsChangeReference));
      } catch (IllegalArgumentException e) {
        throw problem(Field.CHANGE_BASIS, basis, e.getMessage());
      }
    } else if (basis != null) {
      throw problem(Field.CHANGE_BASIS, basis, "a change basis without a change; give the change or leave the basis out");
    }
    String rank = text(Field.RANKING);
    String scope = text(Field.RANKING_SCOPE);
    if (givenRanking != null) {
      b.ranking(givenRanking);
    } else if (rank != null) {
      Ranking r;
      try {
        r = Ranking.parse(rank);
      } catch (IllegalArgumentException e) {
        throw problem(Field.RANKING, rank, e.getMessage());
      }
      if (scope != null) {
        r = r.within(options.regions().byCode(scope).orElseThrow(() -> problem(Field.RANKING_SCOPE, scope,
            "unknown region code; expected a code of the registry such as 150000")));
      }
      b.ranking(r);
    } else if (scope != null) {
      throw problem(Field.RANKING_SCOPE, scope, "a ranking scope without a rank; give the rank or leave the scope out");
    }
    String share = text(Field.SHARE);
    String whole = text(Field.SHARE_OF);
    if (givenShare != null) {
      b.share(givenShare);
    } else if (share != null) {
      if (whole == null) {
        throw problem(Field.SHARE_OF, null, "a share needs the name of its whole");
      }
      Quantity rate = quantity(Field.SHARE, share);
      try {
        b.share(Share.of(rate, whole));
      } catch (IllegalArgumentException e) {
        throw problem(Field.SHARE, share, e.getMessage());
      }
    } else if (whole != null) {
      throw problem(Field.SHARE_OF, whole, "the whole of a share without the share; give the share or leave its whole out");
    }
    String plan = text(Field.PLAN_COMPLETION);
    if (givenPlan != null) {
      b.planCompletion(givenPlan);
    } else if (plan != null) {
      b.planCompletion(quantity(Field.PLAN_COMPLETION, plan));
    }
    String note = text(Field.NOTE);
    if (note != null && !note.isBlank()) {
      b.note(note);
    }
    return build(b);
  }

  private Observation build(Observation.Builder b) {
    try {
      return b.build();
    } catch (IllegalArgumentException e) {
      throw problemAt(null, null, e.getMessage());
    }
  }

  /** The fields of a record's attachments: change, ranking, share, plan completion and note. */
  private static final long ATTACHMENT_TEXTS = bits(Field.CHANGE, Field.CHANGE_BASIS, Field.RANKING,
      Field.RANKING_SCOPE, Field.SHARE, Field.SHARE_OF, Field.PLAN_COMPLETION, Field.NOTE);

  private static long bits(Field... fields) {
    long bits = 0;
    for (Field f : fields) {
      bits |= 1L << f.ordinal();
    }
    return bits;
  }

  private String lastStatusText; // the status text of the last record that had one, and its status
  private Status lastStatus;

  /**
   * A problem at the current record, for what a reader finds itself (a row of the wrong width).
   *
   * @param place the field's name in the input, or null for the record as a whole
   * @param text the offending text, or null
   * @param message what is wrong and what was expected; not null
   * @return the exception to throw, naming source, line or path, place and text
   */
  public DatasetReadException problemAt(String place, String text, String message) {
    Problem p = Problem.of(source, message);
    long lineNumber = lazyLine != null ? lazyLine.getAsLong() : line;
    if (lineNumber > 0) {
      p = p.atLine(lineNumber);
    }
    if (place != null && place.startsWith("$")) {
      p = p.atPath(place); // a place that is a whole JSON path ($.status[3]) stands alone
    } else if (path != null) {
      p = p.atPath(place == null ? path.get() : path.get() + "." + place);
    } else if (place != null) {
      p = p.inField(place);
    }
    if (text != null && !text.isEmpty()) {
      p = p.withText(text);
    }
    return new DatasetReadException(p);
  }

  private DatasetReadException problem(Field field, String text, String message) {
    String place = places[field.ordinal()];
    return problemAt(place == null ? defaultPlace(field) : place, text, message);
  }

  private static String defaultPlace(Field field) {
    return field.name().toLowerCase(Locale.ROOT);
  }

  private String text(Field field) {
    return texts[field.ordinal()];
  }

  private String where() {
    return path != null ? path.get() : "line " + line;
  }

  // --- the value

  private Quantity value(Indicator ind) {
    String unitText = text(Field.UNIT);
    Unit unit = null;
    if (unitText != null) {
      if (ind != null && unitText.equals(ind.unit().label())) {
        unit = ind.unit();
      } else if (unitText == lastUnitText || unitText.equals(lastUnitText)) {
        unit = lastUnit; // the last unit text the options read: what the catalog gave for it
      } else {
        try {
          unit = options.unit(unitText, unitDefault);
        } catch (IllegalArgumentException e) {
          throw problem(Field.UNIT, unitText, e.getMessage());
        }
        lastUnitText = unitText;
        lastUnit = unit;
      }
    }
    if (number != null) {
      BigDecimal v;
      try {
        v = Numbers.check(number);
      } catch (IllegalArgumentException e) {
        throw problem(Field.VALUE, number.toString(), e.getMessage());
      }
      return Quantity.of(v, unitOrIndicators(unit, ind, null));
    }
    String text = text(Field.VALUE);
    if (text == null) {
      throw problem(Field.VALUE, null, "the value is missing; expected a number such as 2210.6 or a quantity such as 130亿斤");
    }
    if (isPlainDecimal(text)) {
      // the usual field, 2210.6 or -3: what Numbers.parse gives, without its copy (at most 18 digits,
      // so within Numbers' range)
      return Quantity.of(new BigDecimal(text), unitOrIndicators(unit, ind, text));
    }
    if (isNumberText(text)) {
      BigDecimal v;
      try {
        v = Numbers.parse(text);
      } catch (IllegalArgumentException e) {
        throw problem(Field.VALUE, text, e.getMessage());
      }
      return Quantity.of(v, unitOrIndicators(unit, ind, text));
    }
    Quantity parsed = quantity(Field.VALUE, text);
    if (parsed.unit().equals(Units.ONE)) {
      // 800余: the unit comes from elsewhere
      Unit u = unitOrIndicators(unit, ind, text);
      return parsed.qualifierWord().isEmpty() ? Quantity.of(parsed.value(), u)
          : Quantity.of(parsed.value(), u).withQualifierWord(parsed.qualifierWord());
    }
    if (unit != null && !parsed.unit().equals(unit)) {
      throw problem(Field.VALUE, text, "the value carries the unit " + parsed.unit() + " but the unit field says " + unit
          + "; leave one of them out or make them agree");
    }
    return parsed;
  }

  private String lastUnitText; // the last unit text the options read, and its unit (the options are fixed)
  private Unit lastUnit;

  private Unit unitOrIndicators(Unit unit, Indicator ind, String valueText) {
    if (unit != null) {
      return unit;
    }
    if (ind != null) {
      return ind.unit();
    }
    throw problem(Field.UNIT, null, "the unit is missing and the value" + (valueText == null ? "" : " '" + valueText + "'")
        + " carries none; expected a unit such as 万吨 in the unit field or in the value, or "
        + Units.NOT_STATED.symbol() + " where the source states none");
  }

  /** ASCII digits with an optional leading minus and at most one point between digits; at most 18 digits. */
  private static boolean isPlainDecimal(String s) {
    int n = s.length();
    int i = n > 0 && s.charAt(0) == '-' ? 1 : 0;
    if (i == n || n - i > 19) {
      return false;
    }
    boolean point = false;
    for (int k = i; k < n; k++) {
      char c = s.charAt(k);
      if (c == '.') {
        if (point || k == i || k == n - 1) {
          return false;
        }
        point = true;
      } else if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** Only the characters of {@link Numbers}' rule: digits, signs, separators, point, exponent, white space. */
  private static boolean isNumberText(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean numeric = (c >= '0' && c <= '9') || c == '.' || c == ',' || c == '-' || c == '+' || c == 'e' || c == 'E'
          || (c >= '\uFF10' && c <= '\uFF19') || c == '\uFF0E' || c == '\uFF0C' || c == '\uFF0B' || c == '\uFF0D'
          || c == '\u2212' || Character.isWhitespace(c);
      if (!numeric) {
        return false;
      }
    }
    return true;
  }

  private Quantity qualified(Quantity value) {
    String text = text(Field.QUALIFIER);
    if (text == null) {
      return value;
    }
    Qualifier q;
    try {
      q = Qualifier.parse(text);
    } catch (IllegalArgumentException e) {
      throw problem(Field.QUALIFIER, text, e.getMessage());
    }
    if (!value.isExact() && q != value.qualifier()) {
      throw problem(Field.QUALIFIER, text, "the value's own words say " + value.qualifier()
          + "; the qualifier field must agree or be left out");
    }
    String word = text.strip();
    if (Qualifier.ofWord(word).isPresent()) {
      return value.withQualifierWord(word);
    }
    return value.isExact() ? value.withQualifier(q) : value;
  }

  private Quantity quantity(Field field, String text) {
    try {
      return Quantity.parse(text, options.units());
    } catch (IllegalArgumentException e) {
      throw problem(field, text, e.getMessage());
    }
  }

  // --- region and period

  private Region region() {
    String code = text(Field.REGION);
    String name = text(Field.REGION_NAME);
    if (code == null && name == null) {
      return options.defaultRegion().orElseThrow(() -> problem(Field.REGION, null,
          "the region is missing; expected a region code such as 150400 or a name such as 赤峰市 (or set a default "
              + "region in the read options)"));
    }
    if (lastRegion != null && same(code, lastRegionCode) && same(name, lastRegionName)) {
      return lastRegion; // the texts of the record before (most readers hand out one instance per repeated text)
    }
    String c = code == null ? "" : code;
    String n = name == null ? "" : name;
    Map<String, Region> cache = name == null ? regionsByCode : regions;
    String key = name == null ? c : c + '\u0000' + n;
    Region r = cache.get(key);
    if (r != null) {
      remember(code, name, r);
      return r;
    }
    try {
      r = resolver.resolve(c, n);
    } catch (IllegalArgumentException e) {
      // the name is at fault when it stands alone or disagrees with a known code
      boolean aboutName = code == null ? name != null : name != null && options.regions().byCode(c).isPresent();
      throw aboutName ? problem(Field.REGION_NAME, name, e.getMessage()) : problem(Field.REGION, code, e.getMessage());
    }
    if (cache.size() < CACHE_LIMIT) {
      cache.put(key, r);
    }
    remember(code, name, r);
    return r;
  }

  /** Equal texts or both absent: the same instance first, as readers mostly hand them out. */
  private static boolean same(String a, String b) {
    return a == b || (a != null && a.equals(b));
  }

  private void remember(String code, String name, Region r) {
    lastRegionCode = code;
    lastRegionName = name;
    lastRegion = r;
  }

  private Period period() {
    String text = text(Field.PERIOD);
    if (text == null) {
      throw problem(Field.PERIOD, null, "the period is missing; expected 2023, 2023-Q2, 2023-01/2023-11, 2023-06-30 or "
          + "2023年1—11月");
    }
    if (text == lastPeriodText) { // the record before's text (most readers hand out one instance per repeated text)
      return lastPeriod;
    }
    // then a text seen lately, equal or the same instance (a series' periods, again for the next series), in a
    // small table by the text's hash, which a String keeps once computed; else the map
    int h = text.hashCode();
    int slot = (h ^ (h >>> 10)) & (RECENT - 1);
    String recent = recentPeriodTexts[slot];
    if (recent == text || text.equals(recent)) {
      Period p = recentPeriods[slot];
      lastPeriodText = text;
      lastPeriod = p;
      return p;
    }
    Period p = periods.get(text);
    if (p == null) {
      try {
        p = readPeriod(text);
      } catch (IllegalArgumentException e) {
        throw problem(Field.PERIOD, text, e.getMessage());
      }
      if (periods.size() < CACHE_LIMIT) {
        periods.put(text, p);
      }
    }
    recentPeriodTexts[slot] = text;
    recentPeriods[slot] = p;
    lastPeriodText = text;
    lastPeriod = p;
    return p;
  }

  private static final int RECENT = 1024; // a power of two; a few hundred periods a file are usual
  private String lastPeriodText;
  private Period lastPeriod;
  private final String[] recentPeriodTexts = new String[RECENT];
  private final Period[] recentPeriods = new Period[RECENT];

  /** The prefix of a labelled period's text in a field: {@code label:LFI4b, 2009/13}. */
  public static final String LABEL_PREFIX = "label:";

  /**
   * A period from a field's text, as every text format writes it ({@link #periodText}): a dated
   * period as {@link Period#parse} reads it, {@code _Z} or 未注明 for {@link Period#NOT_STATED}, and
   * {@code label:<label>} for a labelled period (a survey wave). A text that is none of these is
   * refused: an unmarked text is never taken for a label, so a mistyped period is not kept silently.
   *
   * @param text the field's text, without surrounding white space; not null
   * @return the period
   * @throws io.github.zhibiao.model.PeriodFormatException if a dated text does not parse
   * @throws IllegalArgumentException if a label breaks the label rules of {@link Period#labelled}
   */
  public static Period readPeriod(String text) {
    if (text.equals(Period.NOT_STATED.toString()) || text.equals(Period.NOT_STATED.toChinese())) {
      return Period.NOT_STATED;
    }
    if (text.startsWith(LABEL_PREFIX)) {
      return Period.labelled(text.substring(LABEL_PREFIX.length()));
    }
    return Period.parse(text);
  }

  /**
   * The text a writer puts in a period field, which {@link #readPeriod} reads back: {@code
   * toString()} of a dated period ({@code 2023-Q2}), {@code _Z} for {@link Period#NOT_STATED},
   * {@code label:<label>} for a labelled period.
   *
   * @param period the period; not null
   * @return its field text
   */
  public static String periodText(Period period) {
    if (period.isDated() || period.equals(Period.NOT_STATED)) {
      return period.toString();
    }
    return LABEL_PREFIX + period;
  }

  // --- the indicator

  private Indicator definedIndicator() {
    String code = text(Field.INDICATOR);
    if (code == null) {
      throw problem(Field.INDICATOR, null, "the indicator code is missing");
    }
    Known k = lastKnown;
    if (k != null && code == lastKnownCode && (k.name == null || sameIndicatorTexts())) {
      return k.indicator; // the same text instances as the record before, which agreed with the definition
    }
    k = indicators.get(code);
    if (k == null) {
      if (definitionsHint != null) {
        throw problem(Field.INDICATOR, code, "unknown indicator; " + definitionsHint);
      }
      return null;
    }
    if (k.name != null) {
      agree(k, Field.INDICATOR_NAME, k.name, "named");
      agree(k, Field.INDICATOR_KIND, k.kind, "of kind");
      agree(k, Field.SECTOR, k.sector, "in sector");
      agree(k, Field.INDICATOR_ENGLISH_NAME, k.english, "named in English");
      agree(k, Field.INDICATOR_DESCRIPTION, k.description, "described as");
      String unitText = text(Field.INDICATOR_UNIT);
      if (unitText != null && !unitText.equals(k.indicator.unit().label())) {
        Unit u;
        try {
          u = options.unit(unitText, unitDefault);
        } catch (IllegalArgumentException e) {
          throw problem(Field.INDICATOR_UNIT, unitText, e.getMessage());
        }
        if (!u.equals(k.indicator.unit())) {
          throw problem(Field.INDICATOR_UNIT, unitText, "indicator " + k.indicator.code() + " is in "
              + k.indicator.unit().label() + " at " + k.where + "; one code keeps one unit");
        }
      }
      for (int i = 0; i < INDICATOR_FIELDS.length; i++) {
        lastIndicatorTexts[i] = texts[INDICATOR_FIELDS[i]];
      }
    }
    lastKnown = k;
    lastKnownCode = code;
    return k.indicator;
  }

  /** The fields a record's indicator must agree on with its definition. */
  private static final int[] INDICATOR_FIELDS = {Field.INDICATOR_NAME.ordinal(), Field.INDICATOR_KIND.ordinal(),
      Field.SECTOR.ordinal(), Field.INDICATOR_ENGLISH_NAME.ordinal(), Field.INDICATOR_DESCRIPTION.ordinal(),
      Field.INDICATOR_UNIT.ordinal()};
  // the indicator the last record bound to by its code, that code's text, and (for an indicator a record defined)
  // the texts of INDICATOR_FIELDS that agreed with it; cleared when an indicator is defined
  private Known lastKnown;
  private String lastKnownCode;
  private final String[] lastIndicatorTexts = new String[INDICATOR_FIELDS.length];

  private boolean sameIndicatorTexts() {
    for (int i = 0; i < INDICATOR_FIELDS.length; i++) {
      if (texts[INDICATOR_FIELDS[i]] != lastIndicatorTexts[i]) {
        return false;
      }
    }
    return true;
  }

  private void agree(Known k, Field field, String defined, String what) {
    String t = text(field) == null ? "" : text(field);
    if (!t.equals(defined)) {
      throw problem(field, t, "indicator " + k.indicator.code() + " is " + what + " '" + defined + "' at " + k.where
          + "; one code keeps one definition");
    }
  }

  private Indicator indicatorFromTexts(Unit unit) {
    String code = text(Field.INDICATOR);
    String name = orEmpty(text(Field.INDICATOR_NAME));
    String kind = orEmpty(text(Field.INDICATOR_KIND));
    String sector = orEmpty(text(Field.SECTOR));
    String unitText = text(Field.INDICATOR_UNIT);
    Unit indicatorUnit = unit;
    if (unitText != null) {
      try {
        indicatorUnit = options.unit(unitText, unitDefault);
      } catch (IllegalArgumentException e) {
        throw problem(Field.INDICATOR_UNIT, unitText, e.getMessage());
      }
    }
    Indicator.Builder b = Indicator.builder().code(code).name(name.isEmpty() ? code : name).unit(indicatorUnit);
    if (!kind.isEmpty()) {
      try {
        b.kind(IndicatorKind.valueOf(kind.strip().toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw problem(Field.INDICATOR_KIND, kind, "unknown indicator kind; expected STOCK, FLOW, RATE or INDEX");
      }
    }
    if (!sector.isEmpty()) {
      try {
        b.sector(Sector.parse(sector));
      } catch (IllegalArgumentException e) {
        throw problem(Field.SECTOR, sector, e.getMessage());
      }
    }
    String english = text(Field.INDICATOR_ENGLISH_NAME);
    if (english != null) {
      b.englishName(english);
    }
    String description = text(Field.INDICATOR_DESCRIPTION);
    if (description != null) {
      b.description(description);
    }
    Indicator ind;
    try {
      ind = b.build();
    } catch (IllegalArgumentException e) {
      throw problem(Field.INDICATOR, code, e.getMessage());
    }
    indicators.put(code, new Known(ind, name, kind, sector, orEmpty(english), orEmpty(description), where()));
    lastKnown = null;
    return ind;
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }
}
