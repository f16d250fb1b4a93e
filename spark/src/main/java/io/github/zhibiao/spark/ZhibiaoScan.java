package io.github.zhibiao.spark;

import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.connector.read.Batch;
import org.apache.spark.sql.connector.read.InputPartition;
import org.apache.spark.sql.connector.read.PartitionReaderFactory;
import org.apache.spark.sql.connector.read.Scan;
import org.apache.spark.sql.connector.read.ScanBuilder;
import org.apache.spark.sql.connector.read.SupportsPushDownRequiredColumns;
import org.apache.spark.sql.internal.SQLConf;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.SerializableConfiguration;

/**
 * The scan of a read: its files are listed once, on the driver, and packed into partitions by size
 * (or one a file, option {@code partitioning=file}); only the columns the query needs are built.
 */
final class ZhibiaoScan implements ScanBuilder, SupportsPushDownRequiredColumns, Scan, Batch {
  private final SourceOptions options;
  private final List<String> paths;
  private final StructType schema;
  private StructType required; // the schema, pruned to the columns the query reads
  private List<Paths.Listed> files; // listed on first use
  private Configuration hadoopConf; // the session's Hadoop configuration, made once for the scan
  private FileReaderFactory factory; // made on first use: one broadcast of the configuration a scan

  ZhibiaoScan(SourceOptions options, List<String> paths, StructType schema) {
    this.options = options;
    this.paths = paths;
    this.schema = schema;
    this.required = schema;
  }

  @Override
  public void pruneColumns(StructType requiredSchema) {
    if (options.output == SourceOptions.Output.OBSERVATIONS) {
      StructType pruned = new StructType();
      for (StructField f : schema.fields()) {
        if (requiredSchema.getFieldIndex(f.name()).isDefined()) {
          pruned = pruned.add(f);
        }
      }
      required = pruned;
    }
  }

  @Override
  public Scan build() {
    return this;
  }

  @Override
  public StructType readSchema() {
    return required;
  }

  @Override
  public String description() {
    return "zhibiao " + (options.format == null ? "(format per file)" : options.format) + " "
        + (options.lenient ? "lenient" : "strict") + " " + options.output.name().toLowerCase(java.util.Locale.ROOT)
        + (options.perFile ? " one partition a file " : " packed ") + paths;
  }

  @Override
  public Batch toBatch() {
    return this;
  }

  @Override
  public InputPartition[] planInputPartitions() {
    List<Paths.Listed> listed = files();
    InputPartition[] partitions;
    if (options.perFile) {
      partitions = new InputPartition[listed.size()];
      for (int i = 0; i < partitions.length; i++) {
        partitions[i] = new FilesPartition(List.of(listed.get(i).path()));
      }
    } else {
      SparkSession spark = SparkSession.active();
      SQLConf conf = spark.sessionState().conf();
      long max = options.maxPartitionBytes != null ? options.maxPartitionBytes : conf.filesMaxPartitionBytes();
      long open = options.openCostInBytes != null ? options.openCostInBytes : conf.filesOpenCostInBytes();
      int min = conf.filesMinPartitionNum().isDefined() ? (Integer) conf.filesMinPartitionNum().get()
          : spark.sparkContext().defaultParallelism();
      List<List<String>> packed = Packing.pack(listed, max, open, min);
      partitions = new InputPartition[packed.size()];
      for (int i = 0; i < partitions.length; i++) {
        partitions[i] = new FilesPartition(packed.get(i));
      }
    }
    return partitions;
  }

  /**
   * The factory of the scan's readers, made once: Spark asks for it more than once while it plans a
   * query (the plan asks whether the scan is columnar, then runs it), and each new factory would
   * broadcast the Hadoop configuration (about a thousand entries, serialised) again.
   */
  @Override
  public synchronized PartitionReaderFactory createReaderFactory() {
    if (factory == null || factory.schema() != required) {
      SparkSession spark = SparkSession.active();
      Broadcast<SerializableConfiguration> broadcast = JavaSparkContext.fromSparkContext(spark.sparkContext())
          .broadcast(new SerializableConfiguration(hadoopConf()));
      factory = new FileReaderFactory(options, broadcast, required);
    }
    return factory;
  }

  private synchronized Configuration hadoopConf() {
    if (hadoopConf == null) {
      hadoopConf = SparkSession.active().sessionState().newHadoopConf();
    }
    return hadoopConf;
  }

  private synchronized List<Paths.Listed> files() {
    if (files == null) {
      files = Paths.listed(paths, hadoopConf());
    }
    return files;
  }

  /** The files of one task, read one after the other, in order. */
  record FilesPartition(List<String> files) implements InputPartition {
    private static final long serialVersionUID = 1L;
  }
}
