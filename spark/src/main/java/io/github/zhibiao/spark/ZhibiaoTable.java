package io.github.zhibiao.spark;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.connector.catalog.SupportsRead;
import org.apache.spark.sql.connector.catalog.TableCapability;
import org.apache.spark.sql.connector.read.ScanBuilder;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.util.CaseInsensitiveStringMap;

/** The files of one read as a batch-readable table. */
final class ZhibiaoTable implements SupportsRead {
  private final SourceOptions options;
  private final List<String> paths;
  private final StructType schema;

  ZhibiaoTable(SourceOptions options, List<String> paths, StructType schema) {
    this.options = options;
    this.paths = paths;
    this.schema = schema;
  }

  @Override
  public String name() {
    return "zhibiao" + paths;
  }

  @Override
  @SuppressWarnings("deprecation")
  public StructType schema() {
    return schema;
  }

  @Override
  public Set<TableCapability> capabilities() {
    return EnumSet.of(TableCapability.BATCH_READ);
  }

  @Override
  public ScanBuilder newScanBuilder(CaseInsensitiveStringMap ignored) {
    return new ZhibiaoScan(options, paths, schema);
  }
}
