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

  /** A builder; code, name and unit are required, kind defaults to {@link IndicatorKind#FLOW}. */
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

  /** An indicator with code, name, unit and kind, and nothing else. */
  public static Indicator of(String code, String name, Unit unit, IndicatorKind kind) {
    return builder().code(code).name(name).unit(unit).kind(kind).build();
  }

  /** The stable code: letters, digits, '_', '.', '-', starting with a letter or digit (GRAIN_OUTPUT, BRAND_VALUE.AOHAN_MILLET). */
  public abstract String code();

  /** The Chinese name: 粮食总产量. */
  public abstract String name();

  /** The English name, if given. */
  public abstract Optional<String> englishName();

  /** The unit figures are stated in. */
  public abstract Unit unit();

  /** The sector the indicator belongs to, if given. */
  public abstract Optional<Sector> sector();

  /** Stock, flow, rate or index; {@link IndicatorKind#FLOW} unless set. */
  @Value.Default
  public IndicatorKind kind() {
    return IndicatorKind.FLOW;
  }

  /** A description or scope note, if given. */
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
