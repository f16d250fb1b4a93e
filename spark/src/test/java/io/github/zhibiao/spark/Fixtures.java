package io.github.zhibiao.spark;

import io.github.zhibiao.model.Dataset;
import io.github.zhibiao.spi.DatasetFormats;
import io.github.zhibiao.spi.WriteOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Test files: the seed written in each writable format, real files from the resources, generated prose. */
final class Fixtures {
  static final Path SEED = Path.of("..", "seeds", "chifeng-2023.csv");
  static final String[] REAL = {"oecd-g20-prices.csv", "exr-flat.json", "industry-growth.json",
      "国内旅游情况年度数据.xlsx", "分省年度数据.xls"};

  private Fixtures() {}

  static Dataset seed() {
    return DatasetFormats.read(SEED);
  }

  /** The seed written as {@code name} in format {@code id}, in {@code dir}. */
  static Path written(Path dir, String name, String id) {
    Path file = dir.resolve(name);
    try {
      Files.createDirectories(dir);
      try (java.io.OutputStream out = Files.newOutputStream(file)) {
        DatasetFormats.installed().byId(id).orElseThrow().writer().orElseThrow().write(seed(), out, WriteOptions.defaults());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  /** A real file of the test resources, copied into {@code dir}. */
  static Path real(Path dir, String name) {
    Path file = dir.resolve(name);
    try (InputStream in = Fixtures.class.getResourceAsStream("real/" + name)) {
      Files.createDirectories(dir);
      Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  /** A file of every format, in {@code dir}: (format id, file) arguments of a parameterized test. */
  static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> everyFormat(Path dir) {
    return java.util.stream.Stream.of(
        org.junit.jupiter.params.provider.Arguments.of("csv", written(dir.resolve("csv"), "chifeng.csv", "csv")),
        org.junit.jupiter.params.provider.Arguments.of("csv-wide", written(dir.resolve("csv-wide"), "chifeng-wide.csv",
            "csv-wide")),
        org.junit.jupiter.params.provider.Arguments.of("json", written(dir.resolve("json"), "chifeng.json", "json")),
        org.junit.jupiter.params.provider.Arguments.of("json-stat", written(dir.resolve("json-stat"), "chifeng.stat.json",
            "json-stat")),
        org.junit.jupiter.params.provider.Arguments.of("text", prose(dir.resolve("text"), "bulletin.txt")),
        org.junit.jupiter.params.provider.Arguments.of("sdmx-csv", real(dir.resolve("sdmx-csv"), "oecd-g20-prices.csv")),
        org.junit.jupiter.params.provider.Arguments.of("sdmx-json", real(dir.resolve("sdmx-json"), "exr-flat.json")),
        org.junit.jupiter.params.provider.Arguments.of("nbs-json", real(dir.resolve("nbs-json"), "industry-growth.json")),
        org.junit.jupiter.params.provider.Arguments.of("xlsx", real(dir.resolve("xlsx"), "国内旅游情况年度数据.xlsx")),
        org.junit.jupiter.params.provider.Arguments.of("xls", real(dir.resolve("xls"), "分省年度数据.xls")));
  }

  /** A short bulletin of 赤峰市 for 2023 (in-house prose). */
  static Path prose(Path dir, String name) {
    String text = "赤峰市2023年国民经济和社会发展统计公报\n"
        + "2023年，全市粮食总产量145.6亿斤，比上年增长2.1%。牛存栏362.2万头，同比增长12.08%，居全区第二位。\n"
        + "全年地区生产总值2160.5亿元，比上年增长5.8%。\n";
    Path file = dir.resolve(name);
    try {
      Files.createDirectories(dir);
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }
}
