package io.github.zhibiao.model;

import java.time.LocalDate;

/**
 * A time category that is not a calendar period, kept by its label: a survey wave ({@code LFI4b,
 * 2009/13}), a table's own column ({@code 2005 - 1}), or {@link Period#NOT_STATED} for a figure
 * whose time the data do not state. It has no dates: {@link #start()}, {@link #end()}, {@link
 * #year()}, {@link #plusYears}, {@link #yearEarlier()}, {@link #contains} and {@link #overlaps}
 * throw an {@link UnsupportedOperationException} naming the label. {@link #isDated()} is false.
 *
 * <p>The label follows the rules of breakdown codes and labels (non-blank, no surrounding
 * whitespace, no control characters or unpaired surrogates, at most 200 characters) and must
 * neither read as a dated period ({@code 2023} is {@link Period#year(int) a year}, not a label)
 * nor look like a mistyped one (four digits, then only digits and the characters of the period
 * forms, no whitespace: {@code 2023-13}, 2023年13月, {@code 2009/13}), so that {@link
 * Period#parseOrLabel} reads every period's {@code toString()} back to it and a typo is never
 * kept as a label. The label 未注明
 * is {@link Period#NOT_STATED} (label {@code _Z}, the SDMX code for "not applicable"), so both of
 * its texts read back to it.
 *
 * <p>Labelled periods sort after every dated period, by label ({@link String#compareTo}), with
 * {@link Period#NOT_STATED} last; two are equal when their labels are.
 *
 * @param label the label, such as {@code LFI4b, 2009/13}
 */
public record LabelledPeriod(String label) implements Period {

  private static final long serialVersionUID = 1L;

  /** The label of {@link Period#NOT_STATED}. */
  static final String NOT_STATED_LABEL = "_Z";

  /** The Chinese text of {@link Period#NOT_STATED}. */
  static final String NOT_STATED_CHINESE = "未注明";

  /**
   * Creates a labelled period; 未注明 becomes the label {@code _Z} of {@link Period#NOT_STATED}.
   *
   * @param label the label
   * @throws NullPointerException if {@code label} is null
   * @throws IllegalArgumentException naming the label if it breaks the rules above, reads as a
   *     dated period or looks like a mistyped one
   */
  public LabelledPeriod {
    Texts.check("period label", label);
    if (label.equals(NOT_STATED_CHINESE)) {
      label = NOT_STATED_LABEL;
    }
    Period dated;
    try {
      dated = new PeriodParser(label).parse();
    } catch (PeriodFormatException e) {
      if (PeriodSupport.looksDated(label)) {
        throw new IllegalArgumentException("period label ('" + Texts.show(label) + "') looks like a mistyped "
            + "period, not a label: " + e.getMessage(), e);
      }
      dated = null;
    }
    if (dated != null) {
      throw new IllegalArgumentException("period label ('" + Texts.show(label) + "') reads as the period "
          + dated + ": use Period.parse for a dated period, not a label");
    }
  }

  /**
   * Always false: a label has no dates.
   *
   * @return false
   */
  @Override
  public boolean isDated() {
    return false;
  }

  /**
   * Whether this is a period the data state, that is, not {@link Period#NOT_STATED}.
   *
   * @return false only for {@link Period#NOT_STATED}
   */
  @Override
  public boolean isStated() {
    return !label.equals(NOT_STATED_LABEL);
  }

  /**
   * Not available: a label has no first day.
   *
   * @return never
   * @throws UnsupportedOperationException naming the label
   */
  @Override
  public LocalDate start() {
    throw undated("it has no start date");
  }

  /**
   * Not available: a label has no last day.
   *
   * @return never
   * @throws UnsupportedOperationException naming the label
   */
  @Override
  public LocalDate end() {
    throw undated("it has no end date");
  }

  /**
   * Not available: a label has no year.
   *
   * @return never
   * @throws UnsupportedOperationException naming the label
   */
  @Override
  public int year() {
    throw undated("it has no year");
  }

  /**
   * Not available: a label cannot be shifted by years.
   *
   * @param years the number of years
   * @return never
   * @throws UnsupportedOperationException naming the label
   */
  @Override
  public Period plusYears(int years) {
    throw undated("it cannot be shifted by " + years + " years");
  }

  /**
   * Not available: a label has no year before it, so no 同比 comparison exists.
   *
   * @return never
   * @throws UnsupportedOperationException naming the label
   */
  @Override
  public Period yearEarlier() {
    throw undated("it has no year before it, so no 同比 comparison");
  }

  /**
   * Not available: a label has no days.
   *
   * @param date the day
   * @return never
   * @throws UnsupportedOperationException naming the label
   */
  @Override
  public boolean contains(LocalDate date) {
    throw undated("it has no days");
  }

  /**
   * Not available: a label has no days.
   *
   * @param other the other period
   * @return never
   * @throws UnsupportedOperationException naming the label
   */
  @Override
  public boolean overlaps(Period other) {
    throw undated("it has no days");
  }

  UnsupportedOperationException undated(String what) {
    return new UnsupportedOperationException("the period '" + label + "' is "
        + (isStated() ? "a label" : "not stated") + ", not a dated period: " + what);
  }

  /**
   * The label, such as {@code LFI4b, 2009/13}, or {@code _Z} for {@link Period#NOT_STATED}.
   *
   * @return the label, which {@link Period#parseOrLabel} reads back to this period
   */
  @Override
  public String toString() {
    return label;
  }

  /**
   * The label, or 未注明 for {@link Period#NOT_STATED}.
   *
   * @return the text, which {@link Period#parseOrLabel} reads back to this period
   */
  @Override
  public String toChinese() {
    return isStated() ? label : NOT_STATED_CHINESE;
  }
}
