package io.github.zhibiao.model;

import io.github.zhibiao.ZhibiaoException;

import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The part of the economy a figure is about. Three kinds:
 *
 * <ul>
 *   <li>a GB/T 4754-2017 section (门类), A to T: {@code Sector.section('C')} is 制造业;
 *   <li>one of the three {@link Industry industries}: {@code Sector.industry(Industry.SECONDARY)}
 *       is 第二产业;
 *   <li>a user sector, such as a report's own chapter 工业经济, mapped onto a section or an
 *       industry: {@code Sector.user("工业经济", Sector.industry(Industry.SECONDARY))}.
 * </ul>
 *
 * <p>Text: {@link #toString()} gives {@code C}, {@code SECONDARY} or {@code 工业经济@C} (a user
 * sector's name, {@code @}, its mapping's code), and {@link #parse(CharSequence)} reads these back,
 * as well as 第一产业 / 第二产业 / 第三产业 and the sections' Chinese names (制造业).
 *
 * <p>Two sectors are equal when they are of the same kind with the same code and, for user
 * sectors, the same mapping. Immutable, thread-safe and serializable.
 */
public final class Sector implements Serializable {

  private static final long serialVersionUID = 1L;

  private enum Kind {
    SECTION,
    INDUSTRY,
    USER
  }

  private static final String[] SECTION_NAMES = {
    "农、林、牧、渔业",
    "采矿业",
    "制造业",
    "电力、热力、燃气及水生产和供应业",
    "建筑业",
    "批发和零售业",
    "交通运输、仓储和邮政业",
    "住宿和餐饮业",
    "信息传输、软件和信息技术服务业",
    "金融业",
    "房地产业",
    "租赁和商务服务业",
    "科学研究和技术服务业",
    "水利、环境和公共设施管理业",
    "居民服务、修理和其他服务业",
    "教育",
    "卫生和社会工作",
    "文化、体育和娱乐业",
    "公共管理、社会保障和社会组织",
    "国际组织"
  };

  private static final List<Sector> SECTIONS;
  private static final List<Sector> INDUSTRIES;

  static {
    Sector[] sections = new Sector[SECTION_NAMES.length];
    for (int i = 0; i < sections.length; i++) {
      char letter = (char) ('A' + i);
      sections[i] =
          new Sector(
              Kind.SECTION, String.valueOf(letter), SECTION_NAMES[i], Industry.ofSection(letter),
              null);
    }
    SECTIONS = List.of(sections);
    Sector[] industries = new Sector[Industry.values().length];
    for (Industry industry : Industry.values()) {
      industries[industry.ordinal()] =
          new Sector(Kind.INDUSTRY, industry.name(), industry.chineseName(), industry, null);
    }
    INDUSTRIES = List.of(industries);
  }

  /** The kind. */
  private final Kind kind;
  /** The code. */
  private final String code;
  /** The Chinese or user name. */
  private final String name;
  /** The industry. */
  private final Industry industry;
  /** The mapping of a user sector, null for the other kinds. */
  private final Sector mapping;

  private Sector(Kind kind, String code, String name, Industry industry, Sector mapping) {
    this.kind = kind;
    this.code = code;
    this.name = name;
    this.industry = industry;
    this.mapping = mapping;
  }

  /**
   * A GB/T 4754-2017 section.
   *
   * @param letter the section letter, {@code 'A'} to {@code 'T'} (upper case)
   * @return the section
   * @throws IllegalArgumentException if the letter is not A to T
   */
  public static Sector section(char letter) {
    if (letter < 'A' || letter > 'T') {
      throw new IllegalArgumentException(
          "section ('" + letter + "') must be an upper-case GB/T 4754-2017 section letter A to T");
    }
    return SECTIONS.get(letter - 'A');
  }

  /**
   * All twenty GB/T 4754-2017 sections, A to T.
   *
   * @return the sections, in letter order
   */
  public static List<Sector> sections() {
    return SECTIONS;
  }

  /**
   * One of the three industries as a sector.
   *
   * @param industry the industry
   * @return the sector of code {@code industry.name()} and name {@code industry.chineseName()}
   * @throws NullPointerException if {@code industry} is null
   */
  public static Sector industry(Industry industry) {
    Objects.requireNonNull(industry, "industry");
    return INDUSTRIES.get(industry.ordinal());
  }

  /**
   * A user sector, such as a report's chapter 工业经济, mapped onto a section or an industry.
   *
   * @param name the name, non-blank, without surrounding whitespace and without {@code @}
   * @param mappedOnto the section or industry this sector belongs to
   * @return the user sector
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the name is blank, has surrounding whitespace or contains
   *     {@code @}, or if {@code mappedOnto} is itself a user sector
   */
  public static Sector user(String name, Sector mappedOnto) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(mappedOnto, "mappedOnto");
    if (name.isBlank() || !name.strip().equals(name) || name.indexOf('@') >= 0) {
      throw new IllegalArgumentException(
          "name ('" + name + "') must be non-blank, without surrounding whitespace and without '@'");
    }
    if (mappedOnto.kind == Kind.USER) {
      throw new IllegalArgumentException(
          "mappedOnto (" + mappedOnto + ") must be a section or an industry, not a user sector");
    }
    return new Sector(Kind.USER, name, name, mappedOnto.industry, mappedOnto);
  }

  /**
   * Reads a sector: a section letter ({@code C}), an industry code ({@code PRIMARY}, {@code
   * SECONDARY}, {@code TERTIARY}), an industry's Chinese name (第二产业), a section's Chinese name
   * (制造业), or a user sector as {@code name@mapping} where the mapping is any of the forms before
   * ({@code 工业经济@C}, {@code 工业经济@第二产业}). Matching is exact: no case folding, no trimming.
   *
   * @param text the text
   * @return the sector; {@code parse(s.toString())} equals {@code s} for every sector
   * @throws NullPointerException if {@code text} is null
   * @throws ZhibiaoException if the text is none of these forms, or names a user sector whose name
   *     or mapping is invalid
   */
  public static Sector parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = text.toString();
    int at = s.indexOf('@');
    if (at >= 0) {
      Sector mapping = standard(s.substring(at + 1));
      if (mapping == null) {
        throw new ZhibiaoException(
            "unknown sector mapping '"
                + s.substring(at + 1)
                + "' in '"
                + s
                + "': expected a section letter A–T, PRIMARY, SECONDARY, TERTIARY, "
                + "第一产业, 第二产业, 第三产业 or a section name such as 制造业 after '@'");
      }
      try {
        return user(s.substring(0, at), mapping);
      } catch (IllegalArgumentException e) {
        throw new ZhibiaoException("cannot read the sector '" + s + "': " + e.getMessage(), null, e);
      }
    }
    Sector sector = standard(s);
    if (sector == null) {
      throw new ZhibiaoException(
          "unknown sector '"
              + s
              + "': expected a GB/T 4754 section letter A–T, PRIMARY, SECONDARY or TERTIARY, "
              + "第一产业, 第二产业 or 第三产业, a section name such as 制造业, "
              + "or name@mapping such as 工业经济@C");
    }
    return sector;
  }

  /** A section or industry by code or Chinese name, or null. */
  private static Sector standard(String s) {
    if (s.length() == 1 && s.charAt(0) >= 'A' && s.charAt(0) <= 'T') {
      return section(s.charAt(0));
    }
    for (Sector sector : INDUSTRIES) {
      if (sector.code.equals(s) || sector.name.equals(s)) {
        return sector;
      }
    }
    for (Sector sector : SECTIONS) {
      if (sector.name.equals(s)) {
        return sector;
      }
    }
    return null;
  }

  /**
   * The code: the section letter ({@code C}), the industry's enum name ({@code SECONDARY}), or a
   * user sector's name.
   *
   * @return the code
   */
  public String code() {
    return code;
  }

  /**
   * The Chinese name: 制造业 for section C, 第二产业 for the secondary industry, or a user sector's
   * name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * The industry: a section's industry (C gives SECONDARY, see {@link Industry} for the divisions
   * this ignores), an industry itself, or a user sector's mapping's industry.
   *
   * @return the industry
   */
  public Industry industry() {
    return industry;
  }

  /**
   * The section: this one for a section, the mapping for a user sector mapped onto a section, empty
   * otherwise (an industry, or a user sector mapped onto an industry).
   *
   * @return the section, or empty
   */
  public Optional<Sector> section() {
    switch (kind) {
      case SECTION:
        return Optional.of(this);
      case USER:
        return mapping.section();
      default:
        return Optional.empty();
    }
  }

  /**
   * What a user sector is mapped onto; empty for a section or an industry.
   *
   * @return the section or industry, or empty
   */
  public Optional<Sector> mapping() {
    return Optional.ofNullable(mapping);
  }

  /**
   * Whether this is a GB/T 4754-2017 section.
   *
   * @return true for a section
   */
  public boolean isSection() {
    return kind == Kind.SECTION;
  }

  /**
   * Whether this is one of the three industries.
   *
   * @return true for an industry
   */
  public boolean isIndustry() {
    return kind == Kind.INDUSTRY;
  }

  /**
   * Whether this is a user sector.
   *
   * @return true for a user sector
   */
  public boolean isUser() {
    return kind == Kind.USER;
  }

  /**
   * Equal when of the same kind, with the same code and (for user sectors) the same mapping.
   *
   * @param o the other object
   * @return true if {@code o} is an equal sector
   */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Sector)) {
      return false;
    }
    Sector s = (Sector) o;
    return kind == s.kind && code.equals(s.code) && Objects.equals(mapping, s.mapping);
  }

  /**
   * A hash consistent with {@link #equals}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(kind, code, mapping);
  }

  /**
   * {@code C}, {@code PRIMARY} / {@code SECONDARY} / {@code TERTIARY}, or {@code name@mapping}
   * for a user sector ({@code 工业经济@C}); {@link #parse} reads it back.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return kind == Kind.USER ? code + "@" + mapping.code : code;
  }

  /**
   * Serializes as text through {@code SerialForm}, read back with {@link #parse}.
   *
   * @return the serial form
   */
  private Object writeReplace() {
    return new SerialForm(toString());
  }

  /**
   * Refuses a stream that bypasses the serial form.
   *
   * @param in the stream
   * @throws InvalidObjectException always
   */
  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw new InvalidObjectException("a Sector is read through its serial form");
  }

  /** The serial form: the text of {@link #toString()}, read back through {@link #parse}. */
  private static final class SerialForm implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The text of {@link Sector#toString()}. */
    private final String text;

    SerialForm(String text) {
      this.text = text;
    }

    private Object readResolve() throws InvalidObjectException {
      try {
        return parse(text);
      } catch (RuntimeException e) {
        InvalidObjectException ex = new InvalidObjectException("invalid Sector: " + e.getMessage());
        ex.initCause(e);
        throw ex;
      }
    }
  }
}
