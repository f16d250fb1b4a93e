package io.github.zhibiao.spark;

import java.util.Map;
import org.apache.spark.sql.connector.catalog.Table;
import org.apache.spark.sql.connector.catalog.TableProvider;
import org.apache.spark.sql.connector.expressions.Transform;
import org.apache.spark.sql.sources.DataSourceRegister;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.util.CaseInsensitiveStringMap;

/**
 * The Spark data source {@code zhibiao} (DataSource V2): reads files with zhibiao's readers, small
 * files packed several to a task, into rows of {@link ZhibiaoSchema#observations()}; only the
 * columns a query uses are built.
 *
 * <pre>{@code
 * Dataset<Row> observations = spark.read().format("zhibiao")
 *     .option("format", "csv")          // optional: csv, csv-wide, json, json-stat, text, sdmx-csv, …
 *     .option("mode", "lenient")        // optional: strict (default) or lenient
 *     .load("hdfs:///bulletins/2023");  // files or directories, read recursively
 * Dataset<Row> problems = spark.read().format("zhibiao").option("mode", "lenient")
 *     .option("output", "problems").load("hdfs:///bulletins/2023");
 * }</pre>
 *
 * <h2>Options</h2>
 * <ul>
 *   <li>{@code format}: the id of an installed zhibiao {@code DatasetFormat}, for every file. Absent,
 *       each file's format is the one {@code DatasetFormats.readerFor} chooses from its name and first
 *       4096 bytes, as {@code DatasetFormats.open} does. A file no format reads is an error (strict)
 *       or a problem (lenient).
 *   <li>{@code mode}: {@code strict} (default): the first bad record, unreadable file or number that
 *       {@code decimal(38, 8)} does not hold fails the job with the reader's {@code
 *       DatasetReadException} (source, line or path, field, text, what was expected). {@code lenient}:
 *       these are skipped in the observations and listed, each one, in the problems output; nothing is
 *       dropped without a problem row.
 *   <li>{@code output}: {@code observations} (default) or {@code problems}: the problems of the same
 *       read, in rows of {@link ZhibiaoSchema#problems()} (in strict mode a bad file still fails).
 *   <li>{@code charset}, {@code delimiter}: as {@code ReadOptions.withCharset} and {@code
 *       withDelimiter}; {@code \t} is a tab.
 *   <li>{@code partitioning}: {@code packed} (default): the files, in name order, are cut into runs
 *       of about {@code maxPartitionBytes} of cost (a file costs its length plus {@code
 *       openCostInBytes}; defaults the session's {@code spark.sql.files.maxPartitionBytes} and {@code
 *       spark.sql.files.openCostInBytes}), at least the default parallelism of them (or {@code
 *       spark.sql.files.minPartitionNum}) and a multiple of it while there are files enough; a large
 *       file has a task of its own. {@code file}: one task per file.
 * </ul>
 *
 * <p>Paths are Hadoop paths (local, HDFS, S3 …) with globs; directories are listed recursively, and
 * files whose names start with {@code .} or {@code _} (Spark's {@code _SUCCESS}, hidden files) are
 * left out. A file is read whole by one task: the readers are sequential, so a file is not split.
 * Column pruning never changes which records are read: every number is checked whatever the columns.
 * A user-given schema is refused: the schema is {@link ZhibiaoSchema}'s.
 *
 * <p>Registered as {@code META-INF/services/org.apache.spark.sql.sources.DataSourceRegister}; Spark
 * calls the public no-argument constructor.
 */
public final class ZhibiaoDataSource implements TableProvider, DataSourceRegister {
  /** The short name Spark finds the source by: {@code spark.read().format("zhibiao")}. */
  public static final String SHORT_NAME = "zhibiao";

  /** The data source; Spark calls this constructor. */
  public ZhibiaoDataSource() {}

  /**
   * {@value #SHORT_NAME}.
   *
   * @return the short name
   */
  @Override
  public String shortName() {
    return SHORT_NAME;
  }

  /**
   * The schema of the read: observations, or problems with {@code output=problems}.
   *
   * @param options the read's options
   * @return {@link ZhibiaoSchema#observations()} or {@link ZhibiaoSchema#problems()}
   * @throws io.github.zhibiao.ZhibiaoException if an option has a value it does not know
   */
  @Override
  public StructType inferSchema(CaseInsensitiveStringMap options) {
    return schemaOf(SourceOptions.of(options));
  }

  /**
   * The files as a table.
   *
   * @param schema the schema {@link #inferSchema} gave
   * @param partitioning none
   * @param properties the read's options, with {@code path} or {@code paths}
   * @return a readable table
   */
  @Override
  public Table getTable(StructType schema, Transform[] partitioning, Map<String, String> properties) {
    SourceOptions options = SourceOptions.of(properties);
    if (options.format != null) {
      FileRecords.requireReadable(options.format);
    }
    return new ZhibiaoTable(options, Paths.of(properties), schemaOf(options));
  }

  static StructType schemaOf(SourceOptions options) {
    return options.output == SourceOptions.Output.PROBLEMS ? ZhibiaoSchema.problems() : ZhibiaoSchema.observations();
  }
}
