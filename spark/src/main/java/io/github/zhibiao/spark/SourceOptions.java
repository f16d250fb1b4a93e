package io.github.zhibiao.spark;

import io.github.zhibiao.ZhibiaoException;
import io.github.zhibiao.spi.ReadOptions;
import java.io.Serializable;
import java.nio.charset.Charset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The data source's options, read once on the driver and sent to the tasks. Option names are
 * case-insensitive (Spark's {@code CaseInsensitiveStringMap}); see {@link ZhibiaoDataSource}.
 */
final class SourceOptions implements Serializable {
  private static final long serialVersionUID = 1L;

  /** What a read gives: observations, or the problems of the same files. */
  enum Output { OBSERVATIONS, PROBLEMS }

  final String format; // null: each file's format is chosen from its name and first bytes
  final boolean lenient;
  final Output output;
  final String charset; // null: the reader's own rule
  final Character delimiter; // null: the reader's own rule
  final boolean perFile; // one partition a file, else files packed by size
  final Long maxPartitionBytes; // null: the session's spark.sql.files.maxPartitionBytes
  final Long openCostInBytes; // null: the session's spark.sql.files.openCostInBytes

  private SourceOptions(String format, boolean lenient, Output output, String charset, Character delimiter,
      boolean perFile, Long maxPartitionBytes, Long openCostInBytes) {
    this.format = format;
    this.lenient = lenient;
    this.output = output;
    this.charset = charset;
    this.delimiter = delimiter;
    this.perFile = perFile;
    this.maxPartitionBytes = maxPartitionBytes;
    this.openCostInBytes = openCostInBytes;
  }

  /** The options of a read; unknown values are refused with a message that lists the known ones. */
  static SourceOptions of(Map<String, String> options) {
    String format = blankToNull(get(options, "format"));
    String mode = Optional.ofNullable(get(options, "mode")).orElse("strict").trim().toLowerCase(Locale.ROOT);
    boolean lenient = switch (mode) {
      case "strict", "failfast" -> false;
      case "lenient", "permissive" -> true;
      default -> throw new ZhibiaoException("option mode: '" + mode + "' is not strict or lenient");
    };
    String out = Optional.ofNullable(get(options, "output")).orElse("observations").trim().toLowerCase(Locale.ROOT);
    Output output = switch (out) {
      case "observations" -> Output.OBSERVATIONS;
      case "problems" -> Output.PROBLEMS;
      default -> throw new ZhibiaoException("option output: '" + out + "' is not observations or problems");
    };
    String charset = blankToNull(get(options, "charset"));
    if (charset != null && !Charset.isSupported(charset)) {
      throw new ZhibiaoException("option charset: '" + charset + "' is not a charset of this JVM");
    }
    String delimiter = get(options, "delimiter");
    Character d = null;
    if (delimiter != null && !delimiter.isEmpty()) {
      String text = delimiter.equals("\\t") ? "\t" : delimiter;
      if (text.length() != 1) {
        throw new ZhibiaoException("option delimiter: '" + delimiter + "' is not one character");
      }
      d = text.charAt(0);
    }
    String partitioning = Optional.ofNullable(get(options, "partitioning")).orElse("packed").trim().toLowerCase(Locale.ROOT);
    boolean perFile = switch (partitioning) {
      case "packed" -> false;
      case "file" -> true;
      default -> throw new ZhibiaoException("option partitioning: '" + partitioning + "' is not packed or file");
    };
    return new SourceOptions(format == null ? null : format.toLowerCase(Locale.ROOT), lenient, output, charset, d,
        perFile, bytes(options, "maxPartitionBytes", 1), bytes(options, "openCostInBytes", 0));
  }

  /** A byte count option (a whole number, at least {@code min}), or null when absent. */
  private static Long bytes(Map<String, String> options, String key, long min) {
    String text = blankToNull(get(options, key));
    if (text == null) {
      return null;
    }
    long n;
    try {
      n = Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw new ZhibiaoException("option " + key + ": '" + text + "' is not a whole number of bytes");
    }
    if (n < min) {
      throw new ZhibiaoException("option " + key + ": '" + text + "' is less than " + min);
    }
    return n;
  }

  /** The zhibiao read options these stand for; a lenient read keeps every problem. */
  ReadOptions readOptions() {
    ReadOptions o = lenient ? ReadOptions.defaults().lenient().withMaxProblems(Integer.MAX_VALUE) : ReadOptions.defaults();
    if (charset != null) {
      o = o.withCharset(Charset.forName(charset));
    }
    if (delimiter != null) {
      o = o.withDelimiter(delimiter);
    }
    return o;
  }

  private static String get(Map<String, String> options, String key) {
    for (Map.Entry<String, String> e : options.entrySet()) {
      if (e.getKey().equalsIgnoreCase(key)) {
        return e.getValue();
      }
    }
    return null;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
