package io.github.zhibiao.model;

import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * One category of a {@link Breakdown}: 女 of 性别, C 制造业 of 行业 (GB/T 4754), 城镇 of 城乡, 合计
 * (the total) of any of them.
 *
 * <p>A category has a code (what formats identify it by: {@code F}, {@code C}, {@code 2}) and a
 * label (女, 制造业); both follow the rules of {@link Breakdown}'s texts (non-blank, no surrounding
 * whitespace, control characters or unpaired surrogates, at most 200 characters, any script). A
 * code may equal its label (城镇 城镇). {@link #from(Sector)} takes the code and name of a GB/T 4754
 * section or of one of the three industries.
 *
 * <p><b>Totals.</b> {@link #isTotal()} says whether a category is the total of its breakdown, from
 * one vocabulary: the code or the label is 合计, 总计, 总体, 全部 or 总数, or, ignoring the case of
 * ASCII letters, {@code Total} or {@code All}, or the SDMX code {@code _T}. {@code Consistency}
 * checks that the other categories of a breakdown add up to it.
 *
 * <p><b>Equality and order.</b> Equal when code and label are equal; ordered by code, then label,
 * consistently with {@code equals}.
 *
 * <p>Immutable, thread-safe and serializable.
 */
public final class Category implements Comparable<Category>, Serializable {
  private static final long serialVersionUID = 1L;

  /** The words a total category is known by (matched exactly), besides total and all. */
  private static final Set<String> TOTAL_WORDS = Set.of("合计", "总计", "总体", "全部", "总数", "_T");

  /** The English words for a total, matched ignoring ASCII case. */
  private static final Set<String> TOTAL_WORDS_ANY_CASE = Set.of("total", "all");

  /** 合计, SDMX code {@code _T}: the total of any breakdown. */
  public static final Category TOTAL = new Category("_T", "合计");

  /** 女, SDMX code {@code F}, of {@link Breakdown#SEX}. */
  public static final Category FEMALE = new Category("F", "女");

  /** 男, SDMX code {@code M}, of {@link Breakdown#SEX}. */
  public static final Category MALE = new Category("M", "男");

  /** 城镇, code {@code URBAN}, of {@link Breakdown#URBAN_RURAL}. */
  public static final Category URBAN = new Category("URBAN", "城镇");

  /** 乡村, code {@code RURAL}, of {@link Breakdown#URBAN_RURAL}. */
  public static final Category RURAL = new Category("RURAL", "乡村");

  /** The code. */
  private final String code;
  /** The label. */
  private final String label;

  private Category(String code, String label) {
    this.code = code;
    this.label = label;
  }

  /**
   * A category.
   *
   * @param code the code formats identify it by, such as {@code F} or {@code C}
   * @param label the label, such as 女 or 制造业; may equal the code
   * @return the category
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException naming the text if the code or label is blank, has
   *     surrounding whitespace, a control character or an unpaired surrogate, or is longer than
   *     200 characters
   */
  public static Category of(String code, String label) {
    return new Category(Texts.check("category code", code), Texts.check("category label", label));
  }

  /**
   * The category of a sector, for a breakdown by {@link Breakdown#INDUSTRY 行业}: a GB/T 4754
   * section gives its letter and name ({@code C} 制造业), an industry its code and name ({@code
   * SECONDARY} 第二产业), a user sector its name as code and label (工业经济).
   *
   * @param sector the sector
   * @return the category of {@code sector.code()} and {@code sector.name()}
   * @throws NullPointerException if {@code sector} is null
   */
  public static Category from(Sector sector) {
    Objects.requireNonNull(sector, "sector");
    return of(sector.code(), sector.name());
  }

  /**
   * The code.
   *
   * @return the code, such as {@code F}
   */
  public String code() {
    return code;
  }

  /**
   * The label.
   *
   * @return the label, such as 女
   */
  public String label() {
    return label;
  }

  /**
   * Whether this category is the total of its breakdown: its code or label is 合计, 总计, 总体, 全部,
   * 总数 or {@code _T}, or {@code total} or {@code all} in any ASCII case ({@code Total},
   * {@code TOTAL}, {@code ALL}). No other text counts (全国 is a region, 其中 a part).
   *
   * @return true for a total category such as {@link #TOTAL}
   */
  public boolean isTotal() {
    return isTotalWord(code) || isTotalWord(label);
  }

  private static boolean isTotalWord(String text) {
    return TOTAL_WORDS.contains(text) || TOTAL_WORDS_ANY_CASE.contains(text.toLowerCase(Locale.ROOT));
  }

  /**
   * Orders by code, then label; consistent with {@code equals}.
   *
   * @param other the category to compare with
   * @return negative, zero or positive as this category sorts before, with or after {@code other}
   * @throws NullPointerException if {@code other} is null
   */
  @Override
  public int compareTo(Category other) {
    Objects.requireNonNull(other, "other");
    int c = code.compareTo(other.code);
    return c != 0 ? c : label.compareTo(other.label);
  }

  /**
   * Equal when code and label are equal.
   *
   * @param o the other object
   * @return true if {@code o} is an equal category
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof Category c && code.equals(c.code) && label.equals(c.label);
  }

  /**
   * A hash of code and label.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return code.hashCode() * 31 + label.hashCode();
  }

  /**
   * The code and the label, such as {@code C 制造业} or {@code F 女}; the label alone when it is the
   * code (城镇).
   *
   * @return the text
   */
  @Override
  public String toString() {
    return code.equals(label) ? label : code + " " + label;
  }

  /**
   * Serializes through {@code SerialForm}, which checks the texts again when read.
   *
   * @return the serial form
   */
  private Object writeReplace() {
    return new SerialForm(code, label);
  }

  /**
   * Refuses a stream that bypasses the serial form.
   *
   * @param in the stream
   * @throws InvalidObjectException always
   */
  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw new InvalidObjectException("a Category is read through its serial form");
  }

  /** The serial form: the texts, checked again through {@link Category#of} when read. */
  private static final class SerialForm implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The code. */
    private final String code;
    /** The label. */
    private final String label;

    SerialForm(String code, String label) {
      this.code = code;
      this.label = label;
    }

    private Object readResolve() throws InvalidObjectException {
      try {
        return of(code, label);
      } catch (RuntimeException e) {
        InvalidObjectException ex = new InvalidObjectException("invalid Category: " + e.getMessage());
        ex.initCause(e);
        throw ex;
      }
    }
  }
}
