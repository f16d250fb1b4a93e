package io.github.zhibiao.calc;

import io.github.zhibiao.model.Observation;
import java.util.List;
import java.util.Objects;

/**
 * One result of a {@link Consistency} check: what was checked, whether it passed, how serious a
 * failure is, a message in Chinese and in English, the observations involved and the arithmetic
 * behind the verdict ({@code 273.15 + 176.36 + 135.73 + 106.94 + 62.31 = 754.49 亿元 (stated
 * 754.49 ± 0.005)}). Immutable.
 *
 * <p>{@link Consistency} makes findings; {@link #of} rebuilds one that was stored (the JSON module
 * of {@code zhibiao-io-json} reads them back with it).
 */
public final class Finding {

  /** How serious a finding is. */
  public enum Severity {
    /** The figures cannot all be right, whatever the rounding: a conflict or a wrong total. */
    ERROR,
    /** The figures do not agree as printed, though rounding of the inputs could explain it. */
    WARNING,
    /** A check that passed, or one that could not be made; for the record. */
    INFO
  }

  /** What a finding is about. */
  public enum Check {
    /** Two different values for one indicator, region, period, breakdowns and status. */
    CONFLICT,
    /** Parts against their total (a declared {@link Relation}). */
    SUM,
    /** The categories of a breakdown (女, 男) against its total category (合计). */
    BREAKDOWN_TOTAL,
    /** A stated change against the value of the same period a year earlier. */
    GROWTH,
    /** A stated share against its part and whole. */
    SHARE,
    /** A stated plan completion against the actual value and its target. */
    PLAN_COMPLETION,
    /** A stated ranking against the peers' values. */
    RANKING,
    /** A rate over a stated count: some whole number k gives k/n within the rate's printed precision. */
    COUNT_RATE,
    /** A figure of a declared subset against the whole's: at most the whole. */
    SUBSET,
    /** Two counts declared one-to-one, or a count declared one per child region: equal. */
    ONE_TO_ONE,
    /** Declared parts inside a whole: none larger than it, and the remainder they leave with its change. */
    REMAINDER,
    /** The target implied by a level and its plan completion, when the data holds no target. */
    TARGET,
    /** Two values of one indicator, region and period whose wording differs by a qualifier or note. */
    DUPLICATE,
    /** A streak claimed in a note (连续11年保持在100亿斤以上) against the series. */
    STREAK,
    /** Two rank claims for one figure (首位 and 前列) that must both be possible. */
    RANK_CLAIM,
    /** The children of a region in the data (its 旗县区) against the region's own figure. */
    REGIONAL_TOTAL
  }

  /** Whether the check passed. */
  public enum Outcome {
    /** The figures agree within the precision they are printed with. */
    PASSED,
    /** They do not; see the severity. */
    FAILED,
    /** The check could not be made: a figure is missing or not exact (800余座). */
    SKIPPED
  }

  private final Check check;
  private final Outcome outcome;
  private final Severity severity;
  private final String messageZh;
  private final String messageEn;
  private final List<Observation> observations;
  private final String arithmetic;

  /**
   * A finding with these parts, as {@link Consistency} makes them.
   *
   * @param check what was checked
   * @param outcome whether it passed, failed or could not be made
   * @param severity {@link Severity#INFO} for a passed or skipped check, {@link Severity#WARNING}
   *     or {@link Severity#ERROR} for a failed one
   * @param messageZh the message in Chinese
   * @param messageEn the message in English
   * @param observations the observations involved, the one stating the checked figure first;
   *     copied
   * @param arithmetic the arithmetic behind the verdict, such as {@code 273.15 + 176.36 = 449.51
   *     亿元 (stated 449.51 ± 0.005)}, or {@code not computed} for a skipped check
   * @return the finding
   * @throws NullPointerException if an argument or an observation is null
   * @throws IllegalArgumentException if the severity does not fit the outcome (a passed check that
   *     is an error, a failed one that is only information)
   */
  public static Finding of(Check check, Outcome outcome, Severity severity, String messageZh, String messageEn,
      List<Observation> observations, String arithmetic) {
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(severity, "severity");
    if ((outcome == Outcome.FAILED) == (severity == Severity.INFO)) {
      throw new IllegalArgumentException("severity " + severity + " does not fit outcome " + outcome
          + ": a failed check is a WARNING or an ERROR, a passed or skipped one INFO");
    }
    return new Finding(check, outcome, severity, messageZh, messageEn, observations, arithmetic);
  }

  Finding(Check check, Outcome outcome, Severity severity, String messageZh, String messageEn,
      List<Observation> observations, String arithmetic) {
    this.check = Objects.requireNonNull(check, "check");
    this.outcome = Objects.requireNonNull(outcome, "outcome");
    this.severity = Objects.requireNonNull(severity, "severity");
    this.messageZh = Objects.requireNonNull(messageZh, "messageZh");
    this.messageEn = Objects.requireNonNull(messageEn, "messageEn");
    this.observations = List.copyOf(observations);
    this.arithmetic = Objects.requireNonNull(arithmetic, "arithmetic");
  }

  /**
   * What was checked.
   * @return what was checked
   */
  public Check check() {
    return check;
  }

  /**
   * Whether it passed, failed or could not be made.
   * @return whether it passed, failed or could not be made
   */
  public Outcome outcome() {
    return outcome;
  }

  /**
   * Whether it passed: {@code outcome() == PASSED}.
   * @return true when the outcome is PASSED
   */
  public boolean passed() {
    return outcome == Outcome.PASSED;
  }

  /**
   * How serious: {@link Severity#INFO} for passed and skipped checks.
   * @return the severity
   */
  public Severity severity() {
    return severity;
  }

  /**
   * The message in Chinese.
   * @return the message in Chinese
   */
  public String messageZh() {
    return messageZh;
  }

  /**
   * The message in English.
   * @return the message in English
   */
  public String messageEn() {
    return messageEn;
  }

  /**
   * The observations involved, the one stating the checked figure first.
   * @return the observations involved, the one stating the checked figure first
   */
  public List<Observation> observations() {
    return observations;
  }

  /**
   * The arithmetic behind the verdict, as an equation a reader can redo.
   * @return the arithmetic behind the verdict, as an equation a reader can redo
   */
  public String arithmetic() {
    return arithmetic;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Finding f && check == f.check && outcome == f.outcome && severity == f.severity
        && messageZh.equals(f.messageZh) && messageEn.equals(f.messageEn)
        && observations.equals(f.observations) && arithmetic.equals(f.arithmetic);
  }

  @Override
  public int hashCode() {
    return Objects.hash(check, outcome, severity, messageEn, arithmetic);
  }

  /** {@code ERROR SUM FAILED: <English message> [<arithmetic>]}. */
  @Override
  public String toString() {
    return severity + " " + check + " " + outcome + ": " + messageEn + " [" + arithmetic + "]";
  }
}
