package io.github.zhibiao.model;

import io.github.zhibiao.internal.ZhibiaoStyle;
import io.github.zhibiao.unit.Unit;
import java.io.Serializable;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

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
 * }</pre>
 *
 * <p>Immutable and null-free; the builder throws {@link IllegalStateException} for a missing
 * attribute and {@link IllegalArgumentException} for a bad code or a blank name.
 */
@Value.Immutable
@ZhibiaoStyle
public abstract class Indicator implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.\\-]*");

  Indicator() {}

  /**
   * A builder; code, name and unit are required, kind defaults to {@link IndicatorKind#FLOW}.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link Indicator}s; setters are named after the attributes and return the builder.
   * {@code build()} throws {@link IllegalStateException} naming missing required attributes.
   */
  public static final class Builder extends ImmutableIndicator.Builder {
    Builder() {}
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
   * The stable code: letters, digits, '_', '.', '-', starting with a letter or digit (GRAIN_OUTPUT,
   * BRAND_VALUE.AOHAN_MILLET).
   *
   * @return the code, never blank; datasets and formats identify the indicator by it
   */
  public abstract String code();

  /**
   * The Chinese name: 粮食总产量.
   *
   * @return the Chinese name, never blank
   */
  public abstract String name();

  /**
   * The English name, if given.
   *
   * @return the English name (Total grain output), or empty if none was set
   */
  public abstract Optional<String> englishName();

  /**
   * The unit figures are stated in.
   *
   * @return the indicator's unit, such as 亿斤 or 万头只; observations may use any unit of its
   *     dimension
   */
  public abstract Unit unit();

  /**
   * The sector the indicator belongs to, if given.
   *
   * @return the sector, such as section A (农、林、牧、渔业), or empty if none was set
   */
  public abstract Optional<Sector> sector();

  /**
   * Stock, flow, rate or index; {@link IndicatorKind#FLOW} unless set.
   *
   * @return the kind of the indicator's figures
   */
  @Value.Default
  public IndicatorKind kind() {
    return IndicatorKind.FLOW;
  }

  /**
   * A description or scope note, if given.
   *
   * @return the description, such as whether 头只 includes pigs, or empty if none was set
   */
  public abstract Optional<String> description();

  @Value.Check
  void check() {
    if (!CODE.matcher(code()).matches()) {
      throw new IllegalArgumentException("indicator code '" + code()
          + "' must be letters, digits, '_', '.' or '-', starting with a letter or digit");
    }
    if (name().isBlank()) {
      throw new IllegalArgumentException("indicator " + code() + " must have a non-blank name");
    }
  }

  /** The code. */
  @Override
  public String toString() {
    return code();
  }
}
