package io.github.zhibiao.spark;

import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.connector.read.InputPartition;
import org.apache.spark.sql.connector.read.PartitionReader;
import org.apache.spark.sql.connector.read.PartitionReaderFactory;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.SerializableConfiguration;

/** Makes the reader of a partition (one or more files, read one after the other) on an executor. */
final class FileReaderFactory implements PartitionReaderFactory {
  private static final long serialVersionUID = 1L;
  private final SourceOptions options;
  private final Broadcast<SerializableConfiguration> conf;
  private final StructType schema; // the columns to build: the observations' schema, pruned

  FileReaderFactory(SourceOptions options, Broadcast<SerializableConfiguration> conf, StructType schema) {
    this.options = options;
    this.conf = conf;
    this.schema = schema;
  }

  /** The columns its readers build. */
  StructType schema() {
    return schema;
  }

  @Override
  public PartitionReader<InternalRow> createReader(InputPartition partition) {
    List<String> files = ((ZhibiaoScan.FilesPartition) partition).files();
    Configuration configuration = conf.value().value();
    boolean problems = options.output == SourceOptions.Output.PROBLEMS;
    Rows.Builder rows = new Rows.Builder(problems ? ZhibiaoSchema.observations() : schema);
    return new Chain(files, file -> problems
        ? new FileReader.Problems(file, options, configuration, rows)
        : new FileReader.Observations(file, options, configuration, rows));
  }

  /** The rows of several files, one file after the other, each opened when the one before is done. */
  static final class Chain implements PartitionReader<InternalRow> {
    private final List<String> files;
    private final java.util.function.Function<String, PartitionReader<InternalRow>> open;
    private int next;
    private PartitionReader<InternalRow> current;

    Chain(List<String> files, java.util.function.Function<String, PartitionReader<InternalRow>> open) {
      this.files = files;
      this.open = open;
    }

    @Override
    public boolean next() throws java.io.IOException {
      while (true) {
        if (current == null) {
          if (next == files.size()) {
            return false;
          }
          current = open.apply(files.get(next++));
        }
        if (current.next()) {
          return true;
        }
        PartitionReader<InternalRow> done = current;
        current = null;
        done.close();
      }
    }

    @Override
    public InternalRow get() {
      return current.get();
    }

    @Override
    public void close() throws java.io.IOException {
      if (current != null) {
        PartitionReader<InternalRow> open = current;
        current = null;
        open.close();
      }
    }
  }
}
