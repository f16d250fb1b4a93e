package io.github.zhibiao.spark;

import io.github.zhibiao.ZhibiaoException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import tools.jackson.databind.json.JsonMapper;

/** The paths a read names, and the files they stand for. */
final class Paths {
  private Paths() {}

  /** {@code path}, or the JSON array {@code paths} that {@code DataFrameReader.load(String...)} sets. */
  static List<String> of(Map<String, String> options) {
    List<String> paths = new ArrayList<>();
    for (Map.Entry<String, String> e : options.entrySet()) {
      if (e.getKey().equalsIgnoreCase("path")) {
        paths.add(e.getValue());
      } else if (e.getKey().equalsIgnoreCase("paths")) {
        String[] many = JsonMapper.builder().build().readValue(e.getValue(), String[].class);
        paths.addAll(List.of(many));
      }
    }
    if (paths.isEmpty()) {
      throw new ZhibiaoException("the zhibiao data source needs a path: spark.read().format(\"zhibiao\").load(path)");
    }
    return List.copyOf(paths);
  }

  /** A listed file and its length in bytes. */
  record Listed(String path, long length) {}

  /** The files of {@code paths}, sorted, without duplicates; globs expanded, directories listed recursively. */
  static List<String> files(List<String> paths, Configuration conf) {
    return listed(paths, conf).stream().map(Listed::path).toList();
  }

  /** {@link #files} with each file's length. */
  static List<Listed> listed(List<String> paths, Configuration conf) {
    TreeMap<String, Long> files = new TreeMap<>();
    try {
      for (String p : paths) {
        Path path = new Path(p);
        FileSystem fs = path.getFileSystem(conf);
        FileStatus[] matched = fs.globStatus(path);
        if (matched == null || matched.length == 0) {
          throw new ZhibiaoException("path does not exist: " + p);
        }
        for (FileStatus status : matched) {
          if (status.isDirectory()) {
            walk(fs, status.getPath(), files);
          } else {
            files.put(status.getPath().toString(), status.getLen());
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + paths + ": " + e.getMessage(), e);
    }
    List<Listed> listed = new ArrayList<>(files.size());
    files.forEach((path, length) -> listed.add(new Listed(path, length)));
    return List.copyOf(listed);
  }

  /**
   * The visible files under {@code dir}, recursively. With {@code listStatus}, not {@code listFiles}:
   * the located statuses of {@code listFiles} load each file's permissions, which Hadoop's local file
   * system does by running a process per file (about 10 ms a file); nothing here needs them.
   */
  private static void walk(FileSystem fs, Path dir, Map<String, Long> files) throws IOException {
    for (FileStatus f : fs.listStatus(dir)) {
      String name = f.getPath().getName();
      if (name.startsWith(".") || name.startsWith("_")) {
        continue;
      }
      if (f.isDirectory()) {
        walk(fs, f.getPath(), files);
      } else if (f.isFile()) {
        files.put(f.getPath().toString(), f.getLen());
      }
    }
  }

}
