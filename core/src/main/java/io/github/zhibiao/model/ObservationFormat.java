package io.github.zhibiao.model;

import io.github.zhibiao.unit.Dimension;
import io.github.zhibiao.unit.Qualifier;
import io.github.zhibiao.unit.Quantity;
import io.github.zhibiao.unit.QuantityFormat;
import io.github.zhibiao.unit.Rational;
import io.github.zhibiao.unit.Unit;
import io.github.zhibiao.unit.Units;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Renders observations and datasets as lines of text, in Chinese or in English, for logs,
 * command-line output and reports:
 *
 * <pre>{@code
 * ObservationFormat.chinese().format(grain);
 * // 赤峰市 2023年 粮食总产量 130亿斤，同比增长5.82%，位居全区首位
 * ObservationFormat.english().format(grain);
 * // Chifeng 2023 Grain output 130亿斤 (6.5 million tonnes), +5.82% y/y, 1st in Inner Mongolia
 * }</pre>
 *
 * <p><b>A line</b> is the subject — region, period, indicator (and, once observations have them,
 * their breakdowns) — then the value as stated, led by its status word, then what the report
 * says beside it, each part only when the observation has it: the change, the ranking, the share,
 * plan completion and the note. Nothing the figure states is dropped: its qualifier, status,
 * change, ranking (with peers and scope), share, plan completion and note all show when present.
 * The indicator shows by its name; its code, unit and kind belong to the indicator, not the
 * figure ({@link Observation#toString()} is the form that shows codes).
 *
 * <table class="striped">
 *   <caption>What each part reads in each language</caption>
 *   <tr><th>part</th><th>Chinese</th><th>English</th></tr>
 *   <tr><td>region</td><td>its full name, 赤峰市</td><td>its English name; the full Chinese name when it
 *       has none (names are not guessed)</td></tr>
 *   <tr><td>period</td><td>{@link Period#toChinese()}: 2023年, 2023年1—11月, 2023年6月末</td>
 *       <td>{@link Period#toString()}: 2023, 2023-01/2023-11, 2023-06-30</td></tr>
 *   <tr><td>indicator</td><td>its name</td><td>its English name, else its name</td></tr>
 *   <tr><td>status</td><td>预计, 初步, 预测, 计划 before the value; nothing for a normal figure</td>
 *       <td>estimated, provisional, forecast, target</td></tr>
 *   <tr><td>value</td><td>as stated: 130亿斤, 超800座, 约3.5万人</td><td>as stated, then in
 *       parentheses in English (below) when that reads differently: 130亿斤 (6.5 million tonnes),
 *       2210.6万头只 (22.106 million head); 5.82% alone</td></tr>
 *   <tr><td>change</td><td>同比增长5.82%, 环比下降0.3%, 同比提高7.5个百分点, 比近5年平均增加6.31亿斤,
 *       同比持平</td><td>+5.82% y/y, -0.3% on the previous period, +7.5 pp y/y, +6.31亿斤 (315,500
 *       tonnes) vs 近5年平均, unchanged y/y</td></tr>
 *   <tr><td>ranking</td><td>位居全区首位, 位居全区第3位（共12个）, 位居前10位, 位居前列; the scope
 *       word as stated, else the scope region's name</td><td>1st in Inner Mongolia, 3rd of 12 in
 *       the region, top 10, among the leaders; the scope region's English name, else its Chinese
 *       name, else the scope word in English (the region, the province, the country …)</td></tr>
 *   <tr><td>share</td><td>占全区总任务的17%</td><td>17% of 全区总任务</td></tr>
 *   <tr><td>plan completion</td><td>完成计划的117.10%</td><td>117.10% of plan</td></tr>
 *   <tr><td>note</td><td>（注：截至6月末）</td><td>(note: 截至6月末)</td></tr>
 * </table>
 *
 * <p><b>Numbers and rounding.</b> Figures are written with the digits they were stated with
 * ({@link QuantityFormat#chinese()}), never rounded: 1.50万亩 stays 1.50万亩. The English rendering
 * in parentheses is {@link QuantityFormat#english()} of the value, with a mass in tonnes and an
 * area in hectares ({@code 吨}, {@code 公顷}). Such a conversion is exact when its result
 * terminates (130亿斤 is 6.5 million tonnes); otherwise it is rounded half-even to the significant
 * digits of the stated value, at least three, and marked {@code ≈}: 1706.8万亩 (≈1.1379 million
 * hectares). Texts the data holds in Chinese only (a change's reference, a share's whole, a note)
 * are written as they are in both languages.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class ObservationFormat {
  private static final ObservationFormat CHINESE = new ObservationFormat(false);
  private static final ObservationFormat ENGLISH = new ObservationFormat(true);

  private final boolean english;

  private ObservationFormat(boolean english) {
    this.english = english;
  }

  /**
   * Chinese lines: {@code 赤峰市 2023年 粮食总产量 130亿斤，同比增长5.82%，位居全区首位}.
   *
   * @return the shared Chinese format
   */
  public static ObservationFormat chinese() {
    return CHINESE;
  }

  /**
   * English lines: {@code Chifeng 2023 Grain output 130亿斤 (6.5 million tonnes), +5.82% y/y, 1st in
   * Inner Mongolia}.
   *
   * @return the shared English format
   */
  public static ObservationFormat english() {
    return ENGLISH;
  }

  /**
   * One line for {@code observation}, as the class documentation describes.
   *
   * @param observation the observation; not null
   * @return the line, without a line break
   * @throws NullPointerException if {@code observation} is null
   */
  public String format(Observation observation) {
    Objects.requireNonNull(observation, "observation");
    List<String> parts = new ArrayList<>();
    parts.add(subject(observation) + " " + level(observation));
    observation.change().ifPresent(c -> parts.add(change(c)));
    observation.ranking().ifPresent(r -> parts.add(ranking(r)));
    observation.share().ifPresent(s -> parts.add(share(s)));
    observation.planCompletion().ifPresent(p -> parts.add(plan(p)));
    String line = String.join(english ? ", " : "，", parts);
    return observation.note().map(n -> line + (english ? " (note: " + n + ")" : "（注：" + n + "）")).orElse(line);
  }

  /**
   * One line for each observation of {@code dataset}, in its order.
   *
   * @param dataset the dataset; not null
   * @return the lines, unmodifiable; empty for an empty dataset
   * @throws NullPointerException if {@code dataset} is null
   */
  public List<String> lines(Dataset dataset) {
    Objects.requireNonNull(dataset, "dataset");
    List<String> lines = new ArrayList<>(dataset.size());
    for (Observation o : dataset.observations()) {
      lines.add(format(o));
    }
    return List.copyOf(lines);
  }

  /**
   * The lines of {@code dataset}, one for each observation in its order, joined by {@code \n}.
   *
   * @param dataset the dataset; not null
   * @return the text, without a final line break; empty for an empty dataset
   * @throws NullPointerException if {@code dataset} is null
   */
  public String format(Dataset dataset) {
    return String.join("\n", lines(dataset));
  }

  /** Region, period, indicator and breakdowns. */
  private String subject(Observation o) {
    Region region = o.region();
    Indicator indicator = o.indicator();
    String where = english ? region.englishName().orElse(region.name()) : region.name();
    String when = english ? o.period().toString() : o.period().toChinese();
    String what = english ? indicator.englishName().orElse(indicator.name()) : indicator.name();
    return where + " " + when + " " + what + breakdowns(o);
  }

  /**
   * The observation's breakdowns, after the indicator: {@code （性别：女，行业：制造业）} / {@code
   * (Sex: 女, Industry: 制造业)}, with each breakdown's English label where it has one; the one place
   * where they are written. Empty for a figure of the whole.
   */
  private String breakdowns(Observation o) {
    if (o.breakdowns().isEmpty()) {
      return "";
    }
    java.util.List<String> parts = new java.util.ArrayList<>();
    for (Breakdowns.Entry e : o.breakdowns().entries()) {
      String name = english ? e.breakdown().englishLabel().orElse(e.breakdown().label()) : e.breakdown().label();
      parts.add(name + (english ? ": " : "：") + e.category().label());
    }
    return english ? " (" + String.join(", ", parts) + ")" : "（" + String.join("，", parts) + "）";
  }

  /** The status word and the value. */
  private String level(Observation o) {
    String status = switch (o.status()) {
      case NORMAL -> "";
      case ESTIMATED -> english ? "estimated " : "预计";
      case PROVISIONAL -> english ? "provisional " : "初步";
      case FORECAST -> english ? "forecast " : "预测";
      case TARGET -> english ? "target " : "计划";
    };
    return status + value(o.value());
  }

  /** The value as stated; in English followed by its English rendering when that differs. */
  private String value(Quantity q) {
    String stated = QuantityFormat.chinese().format(q);
    if (!english) {
      return stated;
    }
    String inEnglish = inEnglish(q);
    return inEnglish.equals(stated) ? stated : stated + " (" + inEnglish + ")";
  }

  /** {@link QuantityFormat#english()} of {@code q}, a mass in tonnes and an area in hectares; rounding marked ≈. */
  private static String inEnglish(Quantity q) {
    Unit target = null;
    Dimension d = q.unit().dimension();
    if (d.equals(Units.TONNE.dimension())) {
      target = Units.TONNE;
    } else if (d.equals(Units.HECTARE.dimension())) {
      target = Units.HECTARE;
    }
    if (target == null || q.unit().equals(target)) {
      return QuantityFormat.english().format(q);
    }
    Rational exact = Rational.of(q.value()).multiply(q.unit().converterTo(target).factor());
    if (exact.isTerminating()) {
      return QuantityFormat.english().format(q.to(target));
    }
    MathContext digits = new MathContext(Math.max(3, q.value().precision()), RoundingMode.HALF_EVEN);
    Quantity rounded = q.to(target, digits);
    return q.qualifier().englishPrefix() + "≈" + QuantityFormat.english().format(rounded.withQualifier(Qualifier.EXACT));
  }

  private String change(Change c) {
    Quantity amount = c.amount();
    int sign = amount.signum();
    Quantity size = sign < 0 ? amount.negate() : amount;
    Change.Kind kind = c.kind();
    if (english) {
      String against = switch (c.basis()) {
        case YEAR_ON_YEAR -> "y/y";
        case PREVIOUS_PERIOD -> "on the previous period";
        case REFERENCE -> "vs " + c.reference().orElseThrow();
      };
      if (sign == 0) {
        return "unchanged " + against;
      }
      String signed = sign > 0 ? "+" : "-";
      String figure;
      if (kind == Change.Kind.POINTS) {
        figure = signed + size.to(Units.PERCENTAGE_POINT).value().toPlainString() + " pp";
      } else if (kind == Change.Kind.RATE) {
        figure = signed + QuantityFormat.english().format(size.withQualifier(Qualifier.EXACT));
      } else {
        figure = signed + value(size.withQualifier(Qualifier.EXACT));
      }
      // the amount's own qualifier, with its sign: less than -5% is a fall of more than 5%
      return amount.qualifier().englishPrefix() + figure + " " + against;
    }
    String basis = switch (c.basis()) {
      case YEAR_ON_YEAR -> "同比";
      case PREVIOUS_PERIOD -> "环比";
      case REFERENCE -> "比" + c.reference().orElseThrow();
    };
    if (sign == 0) {
      return c.basis() == Change.Basis.REFERENCE ? "与" + c.reference().orElseThrow() + "持平" : basis + "持平";
    }
    Qualifier q = size.qualifier();
    String figure;
    String verb;
    if (kind == Change.Kind.POINTS) {
      verb = sign > 0 ? "提高" : "下降";
      figure = q.chinesePrefix() + size.to(Units.PERCENTAGE_POINT).value().toPlainString() + "个百分点" + q.chineseSuffix();
    } else {
      verb = kind == Change.Kind.RATE ? (sign > 0 ? "增长" : "下降") : (sign > 0 ? "增加" : "减少");
      figure = QuantityFormat.chinese().format(size);
    }
    return basis + verb + figure;
  }

  private String ranking(Ranking r) {
    if (english) {
      String rank = switch (r.kind()) {
        case POSITION -> ordinal(r.position().orElseThrow());
        case TOP_N -> "top " + r.topSize().orElseThrow();
        case LEADING -> "among the leaders";
      };
      String of = r.peers().isPresent() ? " of " + r.peers().getAsInt() : "";
      String in = r.scope().map(s -> s.englishName().orElse(s.name()))
          .or(() -> r.scopeWord().map(ObservationFormat::inEnglish)).map(s -> " in " + s).orElse("");
      return rank + of + in;
    }
    String scope = r.scopeWord().map(RegionScope::word).or(() -> r.scope().map(Region::name)).orElse("");
    String rank = switch (r.kind()) {
      case POSITION -> r.isFirstInWords() ? "首位" : "第" + r.position().orElseThrow() + "位";
      case TOP_N -> "前" + r.topSize().orElseThrow() + "位";
      case LEADING -> "前列";
    };
    String peers = r.peers().isPresent() ? "（共" + r.peers().getAsInt() + "个）" : "";
    return "位居" + scope + rank + peers;
  }

  /** 1st, 2nd, 3rd, 4th … 11th, 12th, 13th … 21st. */
  static String ordinal(int n) {
    int tens = n % 100;
    String suffix = tens >= 11 && tens <= 13 ? "th" : switch (n % 10) {
      case 1 -> "st";
      case 2 -> "nd";
      case 3 -> "rd";
      default -> "th";
    };
    return n + suffix;
  }

  private static String inEnglish(RegionScope word) {
    return switch (word) {
      case NATION -> "the country";
      case PROVINCE -> "the province";
      case REGION -> "the region";
      case CITY -> "the city";
      case PREFECTURE -> "the prefecture";
      case LEAGUE -> "the league";
      case COUNTY -> "the county";
      case BANNER -> "the banner";
    };
  }

  private String share(Share s) {
    return english ? QuantityFormat.english().format(s.rate()) + " of " + s.whole()
        : "占" + s.whole() + "的" + QuantityFormat.chinese().format(s.rate());
  }

  private String plan(Quantity p) {
    return english ? QuantityFormat.english().format(p) + " of plan" : "完成计划的" + QuantityFormat.chinese().format(p);
  }
}
