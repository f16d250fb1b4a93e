package io.github.zhibiao.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.ChecksumException;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Local files are opened through Hadoop's raw local file system: a checksum file beside a file (which
 * Hadoop's checksum file system would check, and here refuse) is not read, and the file reads as it is.
 */
class LocalFilesTest {
  @TempDir Path dir;

  @Test
  void aLocalFileIsReadWithoutItsChecksumFile() throws IOException {
    Path file = Fixtures.written(dir, "chifeng.csv", "csv");
    // a checksum file of other bytes: Hadoop's own local file system refuses the file with it
    Files.write(dir.resolve(".chifeng.csv.crc"), new byte[] {'c', 'r', 'c', 0, 0, 0, 2, 0, 1, 2, 3, 4});
    FileSystem checked = FileSystem.getLocal(new Configuration());
    assertThrows(ChecksumException.class, () -> {
      try (var in = checked.open(new org.apache.hadoop.fs.Path(file.toUri()))) {
        in.readAllBytes();
      }
    });
    SparkSession spark = SparkSessions.shared();
    long rows = spark.read().format("zhibiao").load(file.toString()).count();
    assertEquals(Fixtures.seed().observations().size(), rows);
  }
}
