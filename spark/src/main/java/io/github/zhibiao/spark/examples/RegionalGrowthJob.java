package io.github.zhibiao.spark.examples;

import static org.apache.spark.sql.functions.callUDF;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.year;

import io.github.zhibiao.spark.ZhibiaoChecks;
import io.github.zhibiao.spark.ZhibiaoFunctions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * The example job: read a directory of county tables and bulletins with the {@code zhibiao} data
 * source, normalise each value to its indicator's unit, write Parquet, and query it with Spark SQL:
 * growth on the year before by region, and the ranks of the regions.
 *
 * <pre>
 * ./mvnw -q -pl spark -am test-compile exec:exec                  # local[2], generated input
 * spark-submit --class io.github.zhibiao.spark.examples.RegionalGrowthJob … in=hdfs:///bulletins out=hdfs:///zhibiao
 * </pre>
 *
 * <p>Arguments, each {@code key=value}: {@code in} (the input directory, default {@code
 * target/spark-job/input}), {@code out} (the output directory, default {@code target/spark-job/output}),
 * {@code master} (default: what {@code spark-submit} sets, else {@code local[2]}), {@code generate}
 * ({@code true} to write the input with {@link Bulletins} first; by default only when {@code in} does
 * not exist), and for generating {@code prefecture} (150400), {@code from} (2019), {@code to} (2023) and
 * {@code indicators} (40).
 *
 * <p>What it writes: {@code out/observations} (Parquet: the data source's columns, plus {@code year}
 * and {@code value_in_indicator_unit}, a {@code decimal(38, 8)} from {@code zb_convert_value}, null
 * where the unit is opaque), {@code out/problems} (Parquet: what the lenient read skipped, each with
 * its place), {@code out/growth} and {@code out/ranks} (Parquet: the two queries). Growth is {@code
 * (value - previous) × 100 / previous} in Spark's decimal arithmetic, rounded half-up to 2 decimals by
 * Spark's {@code round}.
 */
public final class RegionalGrowthJob {
  /** Annual figures without breakdowns: what growth and ranks are computed on. */
  static final String ANNUAL = "select * from observations where period_kind = 'YEAR' and size(breakdowns) = 0"
      + " and value_in_indicator_unit is not null";

  /** Growth on the year before, per indicator and region. */
  public static final String GROWTH_SQL = "with annual as (" + ANNUAL + ")"
      + " select c.indicator_code, c.indicator_name, c.region_code, c.region_name, c.year,"
      + " c.value_in_indicator_unit as value, p.value_in_indicator_unit as previous, c.indicator_unit as unit,"
      + " round((c.value_in_indicator_unit - p.value_in_indicator_unit) * 100 / p.value_in_indicator_unit, 2)"
      + " as growth_pct"
      + " from annual c join annual p on c.indicator_code = p.indicator_code and c.region_code = p.region_code"
      + " and c.year = p.year + 1";

  /** The regions ranked by value and by growth, per indicator and year (1 = highest). */
  public static final String RANKS_SQL = "select *, rank() over (partition by indicator_code, year order by value desc)"
      + " as value_rank, rank() over (partition by indicator_code, year order by growth_pct desc) as growth_rank"
      + " from growth";

  private RegionalGrowthJob() {}

  /**
   * What a run read and wrote.
   *
   * @param observations the observations read and written to Parquet
   * @param problems the problems of the lenient read (skipped records, files no format reads)
   * @param growth the rows of the growth query
   * @param findings the consistency findings per region and period that did not pass
   */
  public record Summary(long observations, long problems, long growth, long findings) {}

  /**
   * Runs the job as the class documentation says.
   *
   * @param args {@code key=value} arguments
   * @throws IOException if the input cannot be generated
   */
  public static void main(String[] args) throws IOException {
    Map<String, String> a = new HashMap<>();
    for (String arg : args) {
      int eq = arg.indexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException("arguments are key=value, not '" + arg + "'");
      }
      a.put(arg.substring(0, eq), arg.substring(eq + 1));
    }
    String in = a.getOrDefault("in", "target/spark-job/input");
    String out = a.getOrDefault("out", "target/spark-job/output");
    boolean local = !in.contains("://");
    if (Boolean.parseBoolean(a.getOrDefault("generate", Boolean.toString(local && !Files.exists(Path.of(in)))))) {
      int files = Bulletins.write(Path.of(in), a.getOrDefault("prefecture", "150400"),
          Integer.parseInt(a.getOrDefault("from", "2019")), Integer.parseInt(a.getOrDefault("to", "2023")),
          Integer.parseInt(a.getOrDefault("indicators", "40"))).size();
      System.out.println("generated " + files + " files in " + in);
    }
    SparkSession.Builder builder = SparkSession.builder().appName("zhibiao regional growth");
    if (a.containsKey("master")) {
      builder.master(a.get("master"));
    } else if (!System.getProperties().containsKey("spark.master")) {
      builder.master("local[2]").config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2");
    }
    SparkSession spark = builder.getOrCreate();
    try {
      Summary s = run(spark, in, out);
      spark.sql("select indicator_code, indicator_name, region_name, year, value, unit, growth_pct, value_rank, growth_rank"
          + " from ranks where growth_rank = 1 order by indicator_code, year").show(20, false);
      System.out.println(s);
    } finally {
      spark.stop();
    }
  }

  /**
   * Reads, normalises, writes and queries; registers the SQL functions and the temporary views
   * {@code observations}, {@code growth} and {@code ranks} on {@code spark}.
   *
   * @param spark the session
   * @param input the input directory (any Hadoop path)
   * @param output the output directory, replaced
   * @return the counts of the run
   */
  public static Summary run(SparkSession spark, String input, String output) {
    normalise(spark, input, output);
    long problems = spark.read().format("zhibiao").option("mode", "lenient").option("output", "problems")
        .load(input).count();
    spark.read().format("zhibiao").option("mode", "lenient").option("output", "problems").load(input)
        .write().mode(SaveMode.Overwrite).parquet(output + "/problems");
    Dataset<Row> observations = spark.read().parquet(output + "/observations");
    observations.createOrReplaceTempView("observations");
    Dataset<Row> growth = spark.sql(GROWTH_SQL);
    growth.write().mode(SaveMode.Overwrite).parquet(output + "/growth");
    spark.read().parquet(output + "/growth").createOrReplaceTempView("growth");
    spark.sql(RANKS_SQL).write().mode(SaveMode.Overwrite).parquet(output + "/ranks");
    spark.read().parquet(output + "/ranks").createOrReplaceTempView("ranks");
    long failed = ZhibiaoChecks.check(observations).filter("not passed and outcome = 'FAILED'").count();
    return new Summary(observations.count(), problems, spark.read().parquet(output + "/growth").count(), failed);
  }

  /**
   * The first stage alone: reads the input leniently, adds {@code year} and {@code
   * value_in_indicator_unit}, and writes {@code output/observations} as Parquet.
   *
   * @param spark the session; the SQL functions are registered on it
   * @param input the input directory
   * @param output the output directory
   */
  public static void normalise(SparkSession spark, String input, String output) {
    ZhibiaoFunctions.register(spark);
    Dataset<Row> read = spark.read().format("zhibiao").option("mode", "lenient").load(input);
    read.withColumn("year", year(col("period_start")))
        .withColumn("value_in_indicator_unit", when(col("base_dimension").isNotNull(),
            callUDF(ZhibiaoFunctions.CONVERT_VALUE, col("value"), col("value_unit"), col("indicator_unit"))))
        .write().mode(SaveMode.Overwrite).parquet(output + "/observations");
  }
}
