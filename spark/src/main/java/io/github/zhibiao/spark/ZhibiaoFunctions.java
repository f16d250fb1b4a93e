package io.github.zhibiao.spark;

import io.github.zhibiao.ZhibiaoException;
import io.github.zhibiao.unit.Quantity;
import io.github.zhibiao.unit.Rational;
import io.github.zhibiao.unit.Unit;
import io.github.zhibiao.unit.UnitCatalog;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.api.java.UDF3;
import org.apache.spark.sql.types.DataTypes;

/**
 * zhibiao's quantities and units as Spark SQL functions, registered on a session.
 *
 * <pre>{@code
 * ZhibiaoFunctions.register(spark);
 * spark.sql("select zb_convert('130亿斤', '万吨')").show();            // 650.00000000
 * spark.sql("select zb_convert_value(value, value_unit, '万吨') from observations");
 * }</pre>
 *
 * <table>
 *   <caption>The functions</caption>
 *   <tr><th>function</th><th>gives</th></tr>
 *   <tr><td>{@code zb_quantity_value(text)}</td><td>the number of a quantity as {@code Quantity.parse}
 *       reads it (130亿斤 → 130, 800余座 → 800), {@code decimal(38, 8)}, exact</td></tr>
 *   <tr><td>{@code zb_quantity_unit(text)}</td><td>its unit as a file writes it (亿斤; {@code 1} for a
 *       pure number), a string</td></tr>
 *   <tr><td>{@code zb_convert(text, unit)}</td><td>the quantity in {@code unit}, {@code decimal(38, 8)}</td></tr>
 *   <tr><td>{@code zb_convert_value(value, from, to)}</td><td>a decimal in unit {@code from} in unit
 *       {@code to}, {@code decimal(38, 8)}: the data source's {@code value} and {@code value_unit} into
 *       an indicator's unit</td></tr>
 *   <tr><td>{@code zb_convertible(from, to)}</td><td>whether two units convert ({@code
 *       Unit.isConvertibleTo}), a boolean</td></tr>
 * </table>
 *
 * <p><b>Units</b> are read with {@link UnitCatalog#builtIn()} (亩, 万吨, 亿元, 头只, % …), the catalog
 * every zhibiao reader uses by default.
 *
 * <p><b>Exactness and rounding.</b> A conversion multiplies by the exact rational factor between the
 * units ({@code Unit.converterTo}) and rounds the result half-even to 8 decimals, the scale of every
 * decimal here, because a factor such as 亩 → m² (2000/3) has no finite decimal; nothing else
 * rounds. {@code zb_quantity_value} does not round: a number with more than 8 decimals is an error.
 *
 * <p><b>Errors, not nulls.</b> A null argument gives null. Anything else that has no answer fails
 * the query with a {@link ZhibiaoException} (Spark reports it as the cause of its task failure):
 * text that is not a quantity ({@code QuantityFormatException}, giving the text and the position), an
 * unknown unit ({@code UnknownUnitException}), units that do not convert ({@code
 * IncompatibleUnitsException}, naming both), and a result that {@code decimal(38, 8)} does not hold
 * (more than 30 digits before the point, or a stated number with more than 8 decimals). Filter with
 * {@code zb_convertible} first to keep rows whose units do not convert out of a conversion.
 */
public final class ZhibiaoFunctions {
  /** {@code zb_quantity_value(text)}. */
  public static final String QUANTITY_VALUE = "zb_quantity_value";
  /** {@code zb_quantity_unit(text)}. */
  public static final String QUANTITY_UNIT = "zb_quantity_unit";
  /** {@code zb_convert(text, unit)}. */
  public static final String CONVERT = "zb_convert";
  /** {@code zb_convert_value(value, from, to)}. */
  public static final String CONVERT_VALUE = "zb_convert_value";
  /** {@code zb_convertible(from, to)}. */
  public static final String CONVERTIBLE = "zb_convertible";

  private ZhibiaoFunctions() {}

  /**
   * Registers the functions on {@code spark} (its {@code udf()} registry), replacing any of the same
   * names; call once per session.
   *
   * @param spark the session; not null
   * @throws NullPointerException if {@code spark} is null
   */
  public static void register(SparkSession spark) {
    Objects.requireNonNull(spark, "spark");
    spark.udf().register(QUANTITY_VALUE, (UDF1<String, BigDecimal>) ZhibiaoFunctions::quantityValue,
        ZhibiaoSchema.DECIMAL);
    spark.udf().register(QUANTITY_UNIT, (UDF1<String, String>) ZhibiaoFunctions::quantityUnit, DataTypes.StringType);
    spark.udf().register(CONVERT, (UDF2<String, String, BigDecimal>) ZhibiaoFunctions::convert, ZhibiaoSchema.DECIMAL);
    spark.udf().register(CONVERT_VALUE, (UDF3<BigDecimal, String, String, BigDecimal>) ZhibiaoFunctions::convertValue,
        ZhibiaoSchema.DECIMAL);
    spark.udf().register(CONVERTIBLE, (UDF2<String, String, Boolean>) ZhibiaoFunctions::convertible,
        DataTypes.BooleanType);
  }

  /**
   * What {@code zb_quantity_value} computes.
   *
   * @param text a quantity such as 130亿斤; null gives null
   * @return its number with scale 8, exact
   * @throws ZhibiaoException if the text is not a quantity or the number does not fit {@code decimal(38, 8)}
   */
  public static BigDecimal quantityValue(String text) {
    if (text == null) {
      return null;
    }
    Quantity q = Quantity.parse(text);
    BigDecimal v = q.value();
    if (v.stripTrailingZeros().scale() > ZhibiaoSchema.SCALE) {
      throw new ZhibiaoException(QUANTITY_VALUE + "('" + text + "'): " + v.toPlainString() + " has more than "
          + ZhibiaoSchema.SCALE + " decimals, so decimal(38, 8) cannot hold it exactly");
    }
    return fit(v.setScale(ZhibiaoSchema.SCALE, RoundingMode.UNNECESSARY), QUANTITY_VALUE + "('" + text + "')");
  }

  /**
   * What {@code zb_quantity_unit} computes.
   *
   * @param text a quantity such as 130亿斤; null gives null
   * @return its unit's label (亿斤; {@code 1} for a pure number)
   * @throws ZhibiaoException if the text is not a quantity
   */
  public static String quantityUnit(String text) {
    return text == null ? null : Quantity.parse(text).unit().label();
  }

  /**
   * What {@code zb_convert} computes.
   *
   * @param text a quantity such as 130亿斤; null gives null
   * @param unit the unit to convert to, such as 万吨; null gives null
   * @return the quantity's number in {@code unit}, rounded half-even to 8 decimals
   * @throws ZhibiaoException if the text is not a quantity, the unit is unknown, the units do not
   *     convert, or the result does not fit {@code decimal(38, 8)}
   */
  public static BigDecimal convert(String text, String unit) {
    if (text == null || unit == null) {
      return null;
    }
    Quantity q = Quantity.parse(text);
    return converted(q.value(), q.unit(), UnitCatalog.builtIn().parse(unit), CONVERT + "('" + text + "', '" + unit + "')");
  }

  /**
   * What {@code zb_convert_value} computes.
   *
   * @param value a number in {@code from}; null gives null
   * @param from its unit, as a file writes it; null gives null
   * @param to the unit to convert to; null gives null
   * @return the number in {@code to}, rounded half-even to 8 decimals
   * @throws ZhibiaoException if a unit is unknown, the units do not convert, or the result does not
   *     fit {@code decimal(38, 8)}
   */
  public static BigDecimal convertValue(BigDecimal value, String from, String to) {
    if (value == null || from == null || to == null) {
      return null;
    }
    UnitCatalog units = UnitCatalog.builtIn();
    return converted(value, units.parse(from), units.parse(to),
        CONVERT_VALUE + "(" + value.toPlainString() + ", '" + from + "', '" + to + "')");
  }

  /**
   * What {@code zb_convertible} computes.
   *
   * @param from a unit; null gives null
   * @param to another unit; null gives null
   * @return whether a quantity in {@code from} converts to {@code to}
   * @throws ZhibiaoException if a unit is unknown
   */
  public static Boolean convertible(String from, String to) {
    if (from == null || to == null) {
      return null;
    }
    UnitCatalog units = UnitCatalog.builtIn();
    return units.parse(from).isConvertibleTo(units.parse(to));
  }

  private static BigDecimal converted(BigDecimal value, Unit from, Unit to, String call) {
    Rational factor = from.converterTo(to).factor();
    return fit(Rows.toBase(value, factor), call);
  }

  private static BigDecimal fit(BigDecimal scaled, String call) {
    if (scaled.precision() > ZhibiaoSchema.PRECISION) {
      throw new ZhibiaoException(call + ": " + scaled.toPlainString() + " has more than "
          + (ZhibiaoSchema.PRECISION - ZhibiaoSchema.SCALE) + " digits before the point, so decimal(38, 8) cannot hold it");
    }
    return scaled;
  }
}
