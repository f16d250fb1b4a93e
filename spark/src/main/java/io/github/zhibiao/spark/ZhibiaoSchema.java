package io.github.zhibiao.spark;

import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The schemas of what the {@code zhibiao} data source and {@link ZhibiaoChecks} give: observations,
 * problems and findings. The checked-in description {@code spark-schema.txt} of the test resources
 * holds every column with its type; a test compares it with these.
 *
 * <h2>Decimals</h2>
 * Every number is a {@code decimal(38, 8)} ({@link #DECIMAL}): 30 digits before the point and 8
 * after. A stated value (the value, a change's amount, a share's rate, a plan completion) is kept
 * exactly: one with more than 8 decimals or more than 30 integer digits does not fit, and is an
 * error in strict mode and a problem in lenient mode (never a null, never rounded). The value in the
 * base unit ({@code base_value}) is the value times its unit's exact factor, rounded half-even to 8
 * decimals, since a factor such as 亩's 2000/3 m² has no finite decimal; when its integer part has
 * more than 30 digits it does not fit, as above.
 *
 * <p>A decimal column has scale 8 whatever was stated, so each stated number has a {@code …_scale}
 * column beside it: the number of decimals it was stated with (117.10% → 2, 1000 → 0), which a
 * reader of the row gives back with {@code setScale} (exactly: the digits beyond it are zeros). The
 * stated digits matter: core's checks allow for the rounding of the figures as stated.
 *
 * <h2>Observations ({@link #observations()})</h2>
 * <ul>
 *   <li>{@code indicator_code}, {@code indicator_name}, {@code indicator_unit} (the indicator's unit
 *       as a file writes it: 万吨, {@code 1} for pure numbers), {@code indicator_kind} (STOCK, FLOW,
 *       RATE, INDEX), {@code sector} (as a CSV file writes it and {@code Sector.parse} reads it back: 工业经济@C; null when none);
 *   <li>{@code region_code} (GB/T 2260, ISO 3166 or {@code _Z}), {@code region_name}, {@code
 *       region_level} (NATION, PROVINCE, PREFECTURE, COUNTY, OTHER);
 *   <li>{@code period} (the period's text, which {@code ObservationBinder.readPeriod} reads back:
 *       2023, 2023-Q2, {@code label:…}, {@code _Z}), {@code period_start} and {@code period_end}
 *       (first and last day, null for a labelled or unstated period), {@code period_kind} (YEAR,
 *       HALF_YEAR, QUARTER, MONTH, MONTHS, WEEK, DAYS, INSTANT, YEARS, LABEL, NOT_STATED);
 *   <li>{@code value} with {@code value_unit} (the unit as stated: 亿斤), {@code base_value} in the
 *       coherent unit of {@code base_dimension} (kg for MASS, m² for LENGTH², 元 for CURRENCY:CNY, one
 *       for NONE, so 12% is 0.12); both null for an opaque unit, which converts to nothing;
 *   <li>{@code qualifier} (the word as stated: 余, 约, 以上; null for an exact value), {@code status}
 *       (NORMAL, ESTIMATED, PROVISIONAL, FORECAST, TARGET);
 *   <li>{@code change_value}, {@code change_unit}, {@code change_basis} (YEAR_ON_YEAR,
 *       PREVIOUS_PERIOD, or the reference's words), {@code ranking} (第2位, 首位 …) with {@code
 *       ranking_position} and {@code ranking_scope} (a region code), {@code share_value}, {@code
 *       share_unit}, {@code share_of} (the whole's name), {@code plan_completion_value}, {@code
 *       plan_completion_unit}; all null when the observation states none;
 *   <li>{@code breakdowns}: breakdown code → category code ({@code SEX → F}), with {@code
 *       breakdown_labels} (code → label, 性别) and {@code category_labels} (code → the category's
 *       label, 女); empty maps for an observation without breakdowns;
 *   <li>{@code note};
 *   <li>{@code source_file} (the file's path as Spark lists it), {@code source_format} (the format id
 *       that read it), {@code source_record} (the observation's number in its file, from 1), and for
 *       prose {@code source_line}, {@code source_start}, {@code source_end} (the line of the sentence,
 *       and the span of the fact as character offsets, end exclusive), null for other formats.
 * </ul>
 *
 * <h2>Problems ({@link #problems()})</h2>
 * {@code source_file}, {@code source_format} (null when no format could be chosen), {@code line},
 * {@code path} (a JSON path or cell), {@code field}, {@code text} (the offending text), {@code
 * message} (what was expected), as the reader's {@code Problem} gives them, plus the problems of
 * this module: a number that does not fit {@code decimal(38, 8)} (field {@code value}, {@code
 * change}, {@code share}, {@code plan_completion} or {@code base_value}, with {@code line} the
 * record's number) and a file that could not be read at all.
 *
 * <h2>Findings ({@link #findings()})</h2>
 * {@code region_code} and {@code period} (of the finding's first observation; null for a finding
 * about none), {@code check} (the {@code Finding.Check} name), {@code
 * outcome}, {@code passed}, {@code severity}, {@code message_zh}, {@code message_en}, {@code
 * arithmetic}, {@code indicators} (the codes of the observations the finding is about).
 */
public final class ZhibiaoSchema {
  /** Digits of every decimal column. */
  public static final int PRECISION = 38;
  /** Decimals of every decimal column: values are exact to 8 decimals. */
  public static final int SCALE = 8;
  /** {@code decimal(38, 8)}. */
  public static final DecimalType DECIMAL = DataTypes.createDecimalType(PRECISION, SCALE);

  private static final StructType OBSERVATIONS = new StructType(new StructField[] {
      required("indicator_code", DataTypes.StringType),
      required("indicator_name", DataTypes.StringType),
      required("indicator_unit", DataTypes.StringType),
      required("indicator_kind", DataTypes.StringType),
      optional("sector", DataTypes.StringType),
      required("region_code", DataTypes.StringType),
      required("region_name", DataTypes.StringType),
      required("region_level", DataTypes.StringType),
      required("period", DataTypes.StringType),
      optional("period_start", DataTypes.DateType),
      optional("period_end", DataTypes.DateType),
      required("period_kind", DataTypes.StringType),
      optional("value", DECIMAL),
      optional("value_scale", DataTypes.IntegerType),
      required("value_unit", DataTypes.StringType),
      optional("base_value", DECIMAL),
      optional("base_dimension", DataTypes.StringType),
      optional("qualifier", DataTypes.StringType),
      required("status", DataTypes.StringType),
      optional("change_value", DECIMAL),
      optional("change_scale", DataTypes.IntegerType),
      optional("change_unit", DataTypes.StringType),
      optional("change_basis", DataTypes.StringType),
      optional("ranking", DataTypes.StringType),
      optional("ranking_position", DataTypes.IntegerType),
      optional("ranking_scope", DataTypes.StringType),
      optional("share_value", DECIMAL),
      optional("share_scale", DataTypes.IntegerType),
      optional("share_unit", DataTypes.StringType),
      optional("share_of", DataTypes.StringType),
      optional("plan_completion_value", DECIMAL),
      optional("plan_completion_scale", DataTypes.IntegerType),
      optional("plan_completion_unit", DataTypes.StringType),
      required("breakdowns", stringMap()),
      required("breakdown_labels", stringMap()),
      required("category_labels", stringMap()),
      optional("note", DataTypes.StringType),
      required("source_file", DataTypes.StringType),
      required("source_format", DataTypes.StringType),
      required("source_record", DataTypes.LongType),
      optional("source_line", DataTypes.LongType),
      optional("source_start", DataTypes.IntegerType),
      optional("source_end", DataTypes.IntegerType),
  });

  private static final StructType PROBLEMS = new StructType(new StructField[] {
      required("source_file", DataTypes.StringType),
      optional("source_format", DataTypes.StringType),
      optional("line", DataTypes.LongType),
      optional("path", DataTypes.StringType),
      optional("field", DataTypes.StringType),
      optional("text", DataTypes.StringType),
      required("message", DataTypes.StringType),
  });

  private static final StructType FINDINGS = new StructType(new StructField[] {
      optional("region_code", DataTypes.StringType),
      optional("period", DataTypes.StringType),
      required("check", DataTypes.StringType),
      required("outcome", DataTypes.StringType),
      required("passed", DataTypes.BooleanType),
      required("severity", DataTypes.StringType),
      required("message_zh", DataTypes.StringType),
      required("message_en", DataTypes.StringType),
      required("arithmetic", DataTypes.StringType),
      required("indicators", DataTypes.createArrayType(DataTypes.StringType, false)),
  });

  private ZhibiaoSchema() {}

  /**
   * The columns of observations, as the data source reads them (the default {@code output}).
   *
   * @return the schema; the same instance every time
   */
  public static StructType observations() {
    return OBSERVATIONS;
  }

  /**
   * The columns of problems, as the data source reads them with {@code output=problems}.
   *
   * @return the schema; the same instance every time
   */
  public static StructType problems() {
    return PROBLEMS;
  }

  /**
   * The columns of findings, as {@link ZhibiaoChecks#check} gives them.
   *
   * @return the schema; the same instance every time
   */
  public static StructType findings() {
    return FINDINGS;
  }

  private static DataType stringMap() {
    return DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType, false);
  }

  private static StructField required(String name, DataType type) {
    return new StructField(name, type, false, Metadata.empty());
  }

  private static StructField optional(String name, DataType type) {
    return new StructField(name, type, true, Metadata.empty());
  }
}
