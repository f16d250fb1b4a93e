package io.github.zhibiao.model;

import io.github.zhibiao.unit.Unit;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What is measured: 粮食总产量 in 亿斤, 牲畜存栏 in 万头只. An indicator has a stable code, a Chinese
 * name, an optional English name, the unit its figures are stated in (any unit of the same
 * dimension is accepted on an observation), a sector, a {@link IndicatorKind kind} and an
 * optional description (scope notes such as whether 头只 includes pigs).
 *
 * <pre>{@code
 * Indicator grain = Indicator.builder()
 *     .code("GRAIN_OUTPUT").name("粮食总产量").unit(Units.of("亿斤"))
 *     .kind(IndicatorKind.FLOW).sector(Sector.section('A'))
 *     .build();
 * Indicator inTonnes = grain.withUnit(Units.of("万吨")).withEnglishName("Total grain output");
 * }</pre>
 *
 * <p>Two indicators are equal when all their attributes are. Immutable, thread-safe, null-free and
 * serializable; the builder throws {@link IllegalStateException} for a missing attribute and
 * {@link IllegalArgumentException} for a bad code or a blank name, and so do the {@code with…}
 * copy methods.
 */
public final class Indicator implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.\\-]*");

  /** The code. */
  private final String code;
  /** The Chinese name. */
  private final String name;
  /** The English name, or null. */
  private final String englishName;
  /** The unit. */
  private final Unit unit;
  /** The sector, or null. */
  private final Sector sector;
  /** The kind. */
  private final IndicatorKind kind;
  /** The description, or null. */
  private final String description;

  private Indicator(Builder b) {
    this.code = b.code;
    this.name = b.name;
    this.englishName = b.englishName;
    this.unit = b.unit;
    this.sector = b.sector;
    this.kind = b.kind;
    this.description = b.description;
    if (!CODE.matcher(code).matches()) {
      throw new IllegalArgumentException("indicator code '" + code
          + "' must be letters, digits, '_', '.' or '-', starting with a letter or digit");
    }
    if (name.isBlank()) {
      throw new IllegalArgumentException("indicator " + code + " must have a non-blank name");
    }
  }

  /**
   * A builder; code, name and unit are required, kind defaults to {@link IndicatorKind#FLOW}.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * An indicator with code, name, unit and kind, and nothing else.
   *
   * @param code the stable code, such as {@code GRAIN_OUTPUT}
   * @param name the Chinese name, such as 粮食总产量
   * @param unit the unit figures are stated in, such as 亿斤
   * @param kind stock, flow, rate or index
   * @return an indicator without English name, sector or description
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the code is not letters, digits, '_', '.' and '-' starting
   *     with a letter or digit, or the name is blank
   */
  public static Indicator of(String code, String name, Unit unit, IndicatorKind kind) {
    return builder().code(code).name(name).unit(unit).kind(kind).build();
  }

  /**
   * The code of an indicator that a table names but does not code: a yearbook's 指标 column, a
   * header cell such as 总产量(万吨) once its unit is taken off, the wide CSV table
   * {@code 指标,单位,2021,2022,2023}. Every reader that derives codes uses this rule, so one name
   * gets one code in every format and every version:
   *
   * <ol>
   *   <li>the name is NFKC-normalised (fullwidth letters and digits become ASCII), stripped, and
   *       every run of white space becomes one space;
   *   <li>if that text is already a valid code ({@code GDP}, {@code CPI_2023}), it is the code;
   *   <li>otherwise the code is {@code IND_} and the first 12 hexadecimal digits, lower case, of
   *       the SHA-256 digest of the text's UTF-8 bytes: 粮食总产量 → {@code IND_} followed by 12
   *       digits that never change.
   * </ol>
   *
   * <p>Two names that differ only in white space or in fullwidth forms get one code; two
   * different names get different codes unless their digests share 48 bits, which a reader
   * notices as one code with two names and reports.
   *
   * @param name the indicator's name as the table writes it; not null, not blank
   * @return the derived code, a valid code for {@link Builder#code}
   * @throws NullPointerException if {@code name} is null
   * @throws IllegalArgumentException if {@code name} is blank
   */
  public static String derivedCode(String name) {
    Objects.requireNonNull(name, "name");
    String text = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKC).strip()
        .replaceAll("\\s+", " ");
    if (text.isEmpty()) {
      throw new IllegalArgumentException("an indicator name must not be blank to derive a code from it");
    }
    if (CODE.matcher(text).matches()) {
      return text;
    }
    byte[] digest;
    try {
      digest = java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new AssertionError("every Java platform has SHA-256", e);
    }
    StringBuilder sb = new StringBuilder("IND_");
    for (int i = 0; i < 6; i++) {
      sb.append(Character.forDigit((digest[i] >> 4) & 0xF, 16)).append(Character.forDigit(digest[i] & 0xF, 16));
    }
    return sb.toString();
  }

  /**
   * The stable code: letters, digits, '_', '.', '-', starting with a letter or digit (GRAIN_OUTPUT,
   * BRAND_VALUE.AOHAN_MILLET).
   *
   * @return the code, never blank; datasets and formats identify the indicator by it
   */
  public String code() {
    return code;
  }

  /**
   * The Chinese name: 粮食总产量.
   *
   * @return the Chinese name, never blank
   */
  public String name() {
    return name;
  }

  /**
   * The English name, if given.
   *
   * @return the English name (Total grain output), or empty if none was set
   */
  public Optional<String> englishName() {
    return Optional.ofNullable(englishName);
  }

  /**
   * The unit figures are stated in.
   *
   * @return the indicator's unit, such as 亿斤 or 万头只; observations may use any unit of its
   *     dimension
   */
  public Unit unit() {
    return unit;
  }

  /**
   * The sector the indicator belongs to, if given.
   *
   * @return the sector, such as section A (农、林、牧、渔业), or empty if none was set
   */
  public Optional<Sector> sector() {
    return Optional.ofNullable(sector);
  }

  /**
   * Stock, flow, rate or index; {@link IndicatorKind#FLOW} unless set.
   *
   * @return the kind of the indicator's figures
   */
  public IndicatorKind kind() {
    return kind;
  }

  /**
   * A description or scope note, if given.
   *
   * @return the description, such as whether 头只 includes pigs, or empty if none was set
   */
  public Optional<String> description() {
    return Optional.ofNullable(description);
  }

  /**
   * This indicator with another code.
   *
   * @param newCode the code
   * @return a copy with that code, or this indicator if it has it already
   * @throws NullPointerException if {@code newCode} is null
   * @throws IllegalArgumentException if the code is not letters, digits, '_', '.' and '-'
   *     starting with a letter or digit
   */
  public Indicator withCode(String newCode) {
    return newCode.equals(code) ? this : toBuilder().code(newCode).build();
  }

  /**
   * This indicator with another Chinese name.
   *
   * @param newName the name
   * @return a copy with that name
   * @throws NullPointerException if {@code newName} is null
   * @throws IllegalArgumentException if the name is blank
   */
  public Indicator withName(String newName) {
    return toBuilder().name(newName).build();
  }

  /**
   * This indicator with an English name, replacing any it had.
   *
   * @param newEnglishName the English name
   * @return a copy with that English name
   * @throws NullPointerException if {@code newEnglishName} is null
   */
  public Indicator withEnglishName(String newEnglishName) {
    return toBuilder().englishName(newEnglishName).build();
  }

  /**
   * This indicator with another unit. Observations already made keep their values, whose unit
   * must still convert to the new one for them to belong to it.
   *
   * @param newUnit the unit
   * @return a copy with that unit
   * @throws NullPointerException if {@code newUnit} is null
   */
  public Indicator withUnit(Unit newUnit) {
    return toBuilder().unit(newUnit).build();
  }

  /**
   * This indicator with a sector, replacing any it had.
   *
   * @param newSector the sector
   * @return a copy with that sector
   * @throws NullPointerException if {@code newSector} is null
   */
  public Indicator withSector(Sector newSector) {
    return toBuilder().sector(newSector).build();
  }

  /**
   * This indicator with another kind.
   *
   * @param newKind the kind
   * @return a copy with that kind
   * @throws NullPointerException if {@code newKind} is null
   */
  public Indicator withKind(IndicatorKind newKind) {
    return toBuilder().kind(newKind).build();
  }

  /**
   * This indicator with a description, replacing any it had.
   *
   * @param newDescription the description
   * @return a copy with that description
   * @throws NullPointerException if {@code newDescription} is null
   */
  public Indicator withDescription(String newDescription) {
    return toBuilder().description(newDescription).build();
  }

  /**
   * A builder holding every attribute of this indicator, to change several at once or to drop an
   * optional one ({@link Builder#clearSector()} …).
   *
   * @return a new builder, set from this indicator
   */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  /**
   * Equal when code, name, English name, unit, sector, kind and description are all equal.
   *
   * @param o the other object
   * @return true if {@code o} is an equal indicator
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof Indicator i && code.equals(i.code) && name.equals(i.name)
        && Objects.equals(englishName, i.englishName) && unit.equals(i.unit) && Objects.equals(sector, i.sector)
        && kind == i.kind && Objects.equals(description, i.description);
  }

  /**
   * A hash of every attribute, consistent with {@link #equals}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(code, name, englishName, unit, sector, kind, description);
  }

  /**
   * The code.
   *
   * @return the code, such as {@code GRAIN_OUTPUT}
   */
  @Override
  public String toString() {
    return code;
  }

  /**
   * Builds {@link Indicator}s; setters are named after the attributes and return the builder.
   * Not thread-safe; it may go on being used after {@link #build()}.
   */
  public static final class Builder {
    private String code;
    private String name;
    private String englishName;
    private Unit unit;
    private Sector sector;
    private IndicatorKind kind = IndicatorKind.FLOW;
    private String description;

    private Builder() {}

    /**
     * Sets every attribute from an indicator, replacing what was set before.
     *
     * @param indicator the indicator to copy
     * @return this builder
     * @throws NullPointerException if {@code indicator} is null
     */
    public Builder from(Indicator indicator) {
      Objects.requireNonNull(indicator, "indicator");
      code = indicator.code;
      name = indicator.name;
      englishName = indicator.englishName;
      unit = indicator.unit;
      sector = indicator.sector;
      kind = indicator.kind;
      description = indicator.description;
      return this;
    }

    /**
     * The code (required).
     *
     * @param code letters, digits, '_', '.' or '-', starting with a letter or digit
     * @return this builder
     * @throws NullPointerException if {@code code} is null
     */
    public Builder code(String code) {
      this.code = Objects.requireNonNull(code, "code");
      return this;
    }

    /**
     * The Chinese name (required).
     *
     * @param name the name, not blank
     * @return this builder
     * @throws NullPointerException if {@code name} is null
     */
    public Builder name(String name) {
      this.name = Objects.requireNonNull(name, "name");
      return this;
    }

    /**
     * The English name (optional).
     *
     * @param englishName the English name
     * @return this builder
     * @throws NullPointerException if {@code englishName} is null
     */
    public Builder englishName(String englishName) {
      this.englishName = Objects.requireNonNull(englishName, "englishName");
      return this;
    }

    /**
     * The unit figures are stated in (required).
     *
     * @param unit the unit
     * @return this builder
     * @throws NullPointerException if {@code unit} is null
     */
    public Builder unit(Unit unit) {
      this.unit = Objects.requireNonNull(unit, "unit");
      return this;
    }

    /**
     * The sector (optional).
     *
     * @param sector the sector
     * @return this builder
     * @throws NullPointerException if {@code sector} is null
     */
    public Builder sector(Sector sector) {
      this.sector = Objects.requireNonNull(sector, "sector");
      return this;
    }

    /**
     * The kind; {@link IndicatorKind#FLOW} unless set.
     *
     * @param kind the kind
     * @return this builder
     * @throws NullPointerException if {@code kind} is null
     */
    public Builder kind(IndicatorKind kind) {
      this.kind = Objects.requireNonNull(kind, "kind");
      return this;
    }

    /**
     * The description (optional).
     *
     * @param description the description or scope note
     * @return this builder
     * @throws NullPointerException if {@code description} is null
     */
    public Builder description(String description) {
      this.description = Objects.requireNonNull(description, "description");
      return this;
    }

    /**
     * Drops the English name set before.
     *
     * @return this builder
     */
    public Builder clearEnglishName() {
      englishName = null;
      return this;
    }

    /**
     * Drops the sector set before.
     *
     * @return this builder
     */
    public Builder clearSector() {
      sector = null;
      return this;
    }

    /**
     * Drops the description set before.
     *
     * @return this builder
     */
    public Builder clearDescription() {
      description = null;
      return this;
    }

    /**
     * The indicator.
     *
     * @return a new indicator of the attributes set
     * @throws IllegalStateException naming the required attributes not set (code, name, unit)
     * @throws IllegalArgumentException if the code is not letters, digits, '_', '.' and '-'
     *     starting with a letter or digit, or the name is blank
     */
    public Indicator build() {
      List<String> missing = new ArrayList<>(3);
      if (code == null) {
        missing.add("code");
      }
      if (name == null) {
        missing.add("name");
      }
      if (unit == null) {
        missing.add("unit");
      }
      if (!missing.isEmpty()) {
        throw new IllegalStateException("cannot build an Indicator" + (code == null ? "" : " " + code)
            + ": required attributes not set: " + String.join(", ", missing));
      }
      return new Indicator(this);
    }
  }

  /**
   * Serializes through {@code SerialForm}, which checks the attributes again when read.
   *
   * @return the serial form
   */
  private Object writeReplace() {
    return new SerialForm(this);
  }

  /**
   * Refuses a stream that bypasses the serial form.
   *
   * @param in the stream
   * @throws InvalidObjectException always
   */
  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw new InvalidObjectException("an Indicator is read through its serial form");
  }

  /** The serial form: the attributes, checked again through the builder when read. */
  private static final class SerialForm implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The code. */
    private final String code;
    /** The name. */
    private final String name;
    /** The English name, or null. */
    private final String englishName;
    /** The unit. */
    private final Unit unit;
    /** The sector, or null. */
    private final Sector sector;
    /** The kind. */
    private final IndicatorKind kind;
    /** The description, or null. */
    private final String description;

    SerialForm(Indicator i) {
      this.code = i.code;
      this.name = i.name;
      this.englishName = i.englishName;
      this.unit = i.unit;
      this.sector = i.sector;
      this.kind = i.kind;
      this.description = i.description;
    }

    private Object readResolve() throws InvalidObjectException {
      try {
        Builder b = builder().code(code).name(name).unit(unit).kind(kind);
        if (englishName != null) {
          b.englishName(englishName);
        }
        if (sector != null) {
          b.sector(sector);
        }
        if (description != null) {
          b.description(description);
        }
        return b.build();
      } catch (RuntimeException e) {
        InvalidObjectException ex = new InvalidObjectException("invalid Indicator: " + e.getMessage());
        ex.initCause(e);
        throw ex;
      }
    }
  }
}
