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
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.SerializableConfiguration;

/** The scan of a read: its files are listed once, on the driver, and become one partition each. */
final class ZhibiaoScan implements ScanBuilder, Scan, Batch {
  private final SourceOptions options;
  private final List<String> paths;
  private final StructType schema;
  private List<String> files; // listed on first use

  ZhibiaoScan(SourceOptions options, List<String> paths, StructType schema) {
    this.options = options;
    this.paths = paths;
    this.schema = schema;
  }

  @Override
  public Scan build() {
    return this;
  }

  @Override
  public StructType readSchema() {
    return schema;
  }

  @Override
  public String description() {
    return "zhibiao " + (options.format == null ? "(format per file)" : options.format) + " "
        + (options.lenient ? "lenient" : "strict") + " " + options.output.name().toLowerCase(java.util.Locale.ROOT)
        + " " + paths;
  }

  @Override
  public Batch toBatch() {
    return this;
  }

  @Override
  public InputPartition[] planInputPartitions() {
    List<String> listed = files();
    InputPartition[] partitions = new InputPartition[listed.size()];
    for (int i = 0; i < partitions.length; i++) {
      partitions[i] = new FilePartition(listed.get(i));
    }
    return partitions;
  }

  @Override
  public PartitionReaderFactory createReaderFactory() {
    SparkSession spark = SparkSession.active();
    Configuration conf = spark.sessionState().newHadoopConf();
    Broadcast<SerializableConfiguration> broadcast =
        JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(new SerializableConfiguration(conf));
    return new FileReaderFactory(options, broadcast);
  }

  private List<String> files() {
    if (files == null) {
      files = Paths.files(paths, SparkSession.active().sessionState().newHadoopConf());
    }
    return files;
  }

  /** One file, read by one task. */
  record FilePartition(String file) implements InputPartition {
    private static final long serialVersionUID = 1L;
  }
}
