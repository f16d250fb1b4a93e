package io.github.zhibiao.text;

import io.github.zhibiao.spi.ReadProgress;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Turns Chinese statistical prose (统计公报, 政府工作报告, news reports) into typed, unit-checked
 * {@link io.github.zhibiao.model.Observation}s.
 *
 * <pre>{@code
 * TextExtractor extractor = TextExtractor.create();
 * Extraction result = extractor.extract("截至6月末,全市牛存栏362.2万头,同比增长12.08%,居全区第二。",
 *     ExtractionContext.of(Region.CHIFENG, 2023));
 * ExtractedFact cattle = result.facts().get(0);
 * cattle.subject();                       // 牛存栏
 * cattle.observation().value();           // 362.2万头
 * cattle.observation().period();          // 2023-06-30
 * cattle.observation().change();          // 12.08% YEAR_ON_YEAR
 * cattle.observation().ranking();         // 2, within 内蒙古自治区
 * }</pre>
 *
 * <h2>How a text is read</h2>
 * Fullwidth and ASCII punctuation count alike, and stray spaces inside figures and phrases, as web
 * pages have them (1115.2 亿元, 11.1 %, 截至 10 月末), are read as if absent; spans and texts stay the
 * caller's. The text is cut into sentences (at 。！？ and at line breaks, except after a line that ends
 * in a comma), and sentences into clauses (at ， ； ：). Every number is read with
 * {@link io.github.zhibiao.unit.Quantity#parse} together with its unit and qualifier (800余座,
 * 约3.5万人, 100亿斤以上, 一百三十亿斤). The words just before a number decide its role:
 * <ul>
 *   <li>a <b>change</b> of the figure before it: 同比增长, 比上年增长, 增幅, 下降, 减少, 提高…个百分点,
 *       较…高 (against a named reference such as 近5年平均), 超过考核要求…个百分点;
 *   <li><b>plan completion</b>: 完成年度计划的117.10%, 为年计划的, 占年初预算数的; a budget or target
 *       figure beside it (年初预算数为116.4亿元, 占计划数60亿元的83.3%) is a fact of its own;
 *   <li>a <b>share</b>: 占全区总任务的17%, or of its own subject (第三产业增加值占GDP的比重为48.6%);
 *   <li>a <b>multiple</b> after a growth verb: 增长1.5倍 and 增长到2.5倍 are both a change of +150 %;
 *   <li>otherwise a <b>level</b>, whose subject is the phrase before it, without connectors
 *       (其中, 同时), period words (2023年, 前11个月, 截至6月末), region words (全市, 赤峰市) and
 *       linking verbs (达到, 为, 以). A count followed by its noun (175个项目开工建设) takes the
 *       noun as its subject.
 * </ul>
 * Rankings (居全区第3位, 位居全区首位, 排名第一, 居全区前列, 前10强, 均居全区第一), streaks
 * (连续11年保持在100亿斤以上, 十一连丰; kept as the observation's note) and status words (预计,
 * 初步) attach to the figure they follow. A change stated without a level (农药施用量同比下降0.28%)
 * becomes an observation whose value is the rate, for an indicator named 农药施用量增速.
 * Enumerations with 分别 give one observation per item (专精特新中小企业、创新型中小企业分别增加至30家、45家,
 * also when the items are named in the clause before).
 *
 * <h2>Periods</h2>
 * The last period phrase before a figure in its sentence sets its period: 2023年1—11月 and
 * 前11个月 (January to November), 截至6月末 (30 June), 年末 and 截至目前 (31 December of the
 * context year), 全年 and 上半年. A stock (存栏, 累计, 拥有, a figure 截至 a date) is read at an
 * instant: the end of that period, or 31 December of the context year. A flow is read over an
 * interval: the context year unless a phrase says otherwise. Years inside a clause (2024年项目,
 * 与2022年同期相比) are labels or bases, not periods.
 *
 * <h2>What it leaves out</h2>
 * It never invents a figure: a number whose subject it cannot find, a range (63%~68%), a unit the
 * catalog lacks (6场次), a list of figures under one subject without 分别 (肉蛋奶…达到116万吨、37万吨和57万吨)
 * and an absolute difference without its level are left out, and a sentence holding a number that
 * gave no fact is listed in {@link Extraction#unread()}. Labels (5G, 3A级, 十四五, 二十大), years,
 * dates (4月底), ordinals and durations are not numbers in that sense.
 *
 * <h2>Indicators</h2>
 * Each subject gets an indicator named after it (the subject as written; 增速 appended for a
 * change without a level), with the code {@code T} + 8 hex digits of a stable hash of name, kind
 * and dimension, the unit of its first figure, the context's sector, and a kind: RATE for %, STOCK
 * for stocks as above, FLOW otherwise.
 *
 * <h2>Progress</h2>
 * {@link #extract(CharSequence, ExtractionContext, String, Consumer)} tells a listener how far a
 * long text has come, in the {@link ReadProgress} that {@code DatasetFormats.open} gives for files:
 * the records are the sentences read, the bytes the text read so far measured in UTF-8, and the
 * total the whole text's length in UTF-8 (for a file read as UTF-8, its size without a BOM).
 *
 * <h2>Threads and speed</h2>
 * Immutable and thread-safe: make one and call {@link #extract} from any number of threads. All
 * patterns are precompiled and matched over bounded windows; the work is linear in the text.
 */
public final class TextExtractor {
  private static final TextExtractor INSTANCE = new TextExtractor();

  private TextExtractor() {}

  /**
   * The extractor. It holds no state, so this returns the same instance every time.
   *
   * @return the extractor
   */
  public static TextExtractor create() {
    return INSTANCE;
  }

  /**
   * Reads the facts of {@code text}.
   *
   * @param text the prose; any length, fullwidth forms allowed; spans refer to its indexes
   * @param context the default region, year, sector and the region registry
   * @return the facts in text order and the sentences with unread numbers
   */
  public Extraction extract(CharSequence text, ExtractionContext context) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(context, "context");
    return new ProseReader(text, context).read();
  }

  /**
   * Reads the facts of {@code text} as {@link #extract(CharSequence, ExtractionContext)} does (the
   * result is the same), and tells {@code progress} how far it has come: after a sentence, when
   * 1000 sentences or 64 KiB of text (65 536 bytes in UTF-8) were read since the last report, and
   * once when the whole text has been read. Each {@link ReadProgress} gives {@code source}, the
   * sentences read so far as its {@link ReadProgress#records() records} (a sentence as this class
   * cuts them, blank ones not counted), the UTF-8 length of the text read so far as its
   * {@link ReadProgress#bytes() bytes}, and the UTF-8 length of the whole text as its
   * {@link ReadProgress#totalBytes() total} (an unpaired surrogate counts as one byte, as
   * {@link String#getBytes(java.nio.charset.Charset)} writes it). Sentences and bytes grow from one
   * report to the next; only the last report is {@link ReadProgress#done() done}, and its bytes are
   * the total. An empty text gives that one report, with every count 0.
   *
   * <p>For many texts, call this once per text with its own {@code source} (a file name): each
   * text ends with its own done report. The listener runs on the calling thread; it should return
   * quickly. If it throws, the extraction stops with its exception.
   *
   * @param text the prose; any length, fullwidth forms allowed; spans refer to its indexes
   * @param context the default region, year, sector and the region registry
   * @param source the text's name in the reports, such as its file name; not null
   * @param progress the listener; not null
   * @return the facts in text order and the sentences with unread numbers
   * @throws NullPointerException if an argument is null
   */
  public Extraction extract(CharSequence text, ExtractionContext context, String source,
      Consumer<ReadProgress> progress) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(context, "context");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(progress, "progress");
    String t = text.toString();
    ExtractionProgress followed = new ExtractionProgress(t, source, progress);
    Extraction result = new ProseReader(t, context, followed).read();
    followed.end();
    return result;
  }
}
