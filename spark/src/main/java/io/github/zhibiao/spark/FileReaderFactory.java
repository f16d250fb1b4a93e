package io.github.zhibiao.spark;

import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.connector.read.InputPartition;
import org.apache.spark.sql.connector.read.PartitionReader;
import org.apache.spark.sql.connector.read.PartitionReaderFactory;
import org.apache.spark.util.SerializableConfiguration;

/** Makes the reader of a file on an executor. */
final class FileReaderFactory implements PartitionReaderFactory {
  private static final long serialVersionUID = 1L;
  private final SourceOptions options;
  private final Broadcast<SerializableConfiguration> conf;

  FileReaderFactory(SourceOptions options, Broadcast<SerializableConfiguration> conf) {
    this.options = options;
    this.conf = conf;
  }

  @Override
  public PartitionReader<InternalRow> createReader(InputPartition partition) {
    String file = ((ZhibiaoScan.FilePartition) partition).file();
    return options.output == SourceOptions.Output.PROBLEMS
        ? new FileReader.Problems(file, options, conf.value().value())
        : new FileReader.Observations(file, options, conf.value().value());
  }
}
