package io.github.zhibiao.model;

import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * A variable a figure is broken down by, besides indicator, region and period: 性别 (sex), 年龄
 * (age), 行业 (industry), 城乡 (urban and rural), 登记注册类型 (registration type), 企业规模
 * (enterprise size), or any dimension of a JSON-stat file ({@code sexo}, {@code Población}). Its
 * values are {@link Category categories}; an observation carries its pairs in {@link Breakdowns}.
 *
 * <p>A breakdown has a code (what formats identify it by: {@code SEX}, {@code sexo}), a label
 * (性别) and an optional English label (Sex). Codes and labels are non-blank, without surrounding
 * whitespace, control characters or unpaired surrogates, at most 200 characters (code points),
 * in any script.
 *
 * <p><b>Equality and order.</b> Two breakdowns are equal when code, label and English label are
 * all equal. They are ordered by code, then label, then English label (none first), consistently
 * with {@code equals}. Within one {@link Breakdowns} and one {@link Dataset} a code has one
 * definition.
 *
 * <p>Immutable, thread-safe and serializable.
 */
public final class Breakdown implements Comparable<Breakdown>, Serializable {
  private static final long serialVersionUID = 1L;

  private static final Comparator<Breakdown> ORDER = Comparator.comparing(Breakdown::code)
      .thenComparing(Breakdown::label)
      .thenComparing(b -> b.englishLabel, Comparator.nullsFirst(Comparator.<String>naturalOrder()));

  /** 性别, code {@code SEX} (English: Sex); see {@link Category#FEMALE} and {@link Category#MALE}. */
  public static final Breakdown SEX = new Breakdown("SEX", "性别", "Sex");

  /** 年龄, code {@code AGE} (English: Age). */
  public static final Breakdown AGE = new Breakdown("AGE", "年龄", "Age");

  /**
   * 行业, code {@code INDUSTRY} (English: Industry): GB/T 4754 sections or the three industries,
   * as {@link Category#from(Sector)} makes them.
   */
  public static final Breakdown INDUSTRY = new Breakdown("INDUSTRY", "行业", "Industry");

  /**
   * 城乡, code {@code URBAN_RURAL} (English: Urban and rural); see {@link Category#URBAN} and
   * {@link Category#RURAL}.
   */
  public static final Breakdown URBAN_RURAL = new Breakdown("URBAN_RURAL", "城乡", "Urban and rural");

  /** 登记注册类型 (国有, 集体, 私营 …), code {@code REGISTRATION_TYPE} (English: Registration type). */
  public static final Breakdown REGISTRATION_TYPE =
      new Breakdown("REGISTRATION_TYPE", "登记注册类型", "Registration type");

  /** 企业规模 (大型, 中型, 小型, 微型), code {@code ENTERPRISE_SIZE} (English: Enterprise size). */
  public static final Breakdown ENTERPRISE_SIZE = new Breakdown("ENTERPRISE_SIZE", "企业规模", "Enterprise size");

  /** The code. */
  private final String code;
  /** The label. */
  private final String label;
  /** The English label, or null. */
  private final String englishLabel;

  private Breakdown(String code, String label, String englishLabel) {
    this.code = code;
    this.label = label;
    this.englishLabel = englishLabel;
  }

  /**
   * A breakdown without English label.
   *
   * @param code the code formats identify it by, such as {@code SEX} or {@code sexo}
   * @param label the label, such as 性别
   * @return the breakdown
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException naming the text if the code or label is blank, has
   *     surrounding whitespace, a control character or an unpaired surrogate, or is longer than
   *     200 characters
   */
  public static Breakdown of(String code, String label) {
    return new Breakdown(Texts.check("breakdown code", code), Texts.check("breakdown label", label), null);
  }

  /**
   * A breakdown with an English label.
   *
   * @param code the code, such as {@code SEX}
   * @param label the label, such as 性别
   * @param englishLabel the English label, such as {@code Sex}
   * @return the breakdown
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException naming the text if a code or label breaks the rules of
   *     {@link #of(String, String)}
   */
  public static Breakdown of(String code, String label, String englishLabel) {
    return new Breakdown(Texts.check("breakdown code", code), Texts.check("breakdown label", label),
        Texts.check("breakdown English label", englishLabel));
  }

  /**
   * The code.
   *
   * @return the code, such as {@code SEX}
   */
  public String code() {
    return code;
  }

  /**
   * The label.
   *
   * @return the label, such as 性别
   */
  public String label() {
    return label;
  }

  /**
   * The English label, if given.
   *
   * @return the English label, such as {@code Sex}, or empty
   */
  public Optional<String> englishLabel() {
    return Optional.ofNullable(englishLabel);
  }

  /**
   * Orders by code, then label, then English label (none first); consistent with {@code equals}.
   *
   * @param other the breakdown to compare with
   * @return negative, zero or positive as this breakdown sorts before, with or after {@code other}
   * @throws NullPointerException if {@code other} is null
   */
  @Override
  public int compareTo(Breakdown other) {
    return ORDER.compare(this, Objects.requireNonNull(other, "other"));
  }

  /**
   * Equal when code, label and English label are equal.
   *
   * @param o the other object
   * @return true if {@code o} is an equal breakdown
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof Breakdown b && code.equals(b.code) && label.equals(b.label)
        && Objects.equals(englishLabel, b.englishLabel);
  }

  /**
   * A hash of code, label and English label.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return (code.hashCode() * 31 + label.hashCode()) * 31 + Objects.hashCode(englishLabel);
  }

  /**
   * The label, such as 性别.
   *
   * @return the label
   */
  @Override
  public String toString() {
    return label;
  }

  /**
   * Serializes through {@code SerialForm}, which checks the texts again when read.
   *
   * @return the serial form
   */
  private Object writeReplace() {
    return new SerialForm(code, label, englishLabel);
  }

  /**
   * Refuses a stream that bypasses the serial form.
   *
   * @param in the stream
   * @throws InvalidObjectException always
   */
  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw new InvalidObjectException("a Breakdown is read through its serial form");
  }

  /** The serial form: the texts, checked again through {@link Breakdown#of} when read. */
  private static final class SerialForm implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The code. */
    private final String code;
    /** The label. */
    private final String label;
    /** The English label, or null. */
    private final String englishLabel;

    SerialForm(String code, String label, String englishLabel) {
      this.code = code;
      this.label = label;
      this.englishLabel = englishLabel;
    }

    private Object readResolve() throws InvalidObjectException {
      try {
        return englishLabel == null ? of(code, label) : of(code, label, englishLabel);
      } catch (RuntimeException e) {
        InvalidObjectException ex = new InvalidObjectException("invalid Breakdown: " + e.getMessage());
        ex.initCause(e);
        throw ex;
      }
    }
  }
}
