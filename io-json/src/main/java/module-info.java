/**
 * zhibiao's native JSON format ({@link io.github.zhibiao.json.NativeJsonFormat}), JSON-stat 2.0
 * ({@link io.github.zhibiao.json.JsonStatFormat}) and a Jackson 3 module for zhibiao's value types
 * ({@link io.github.zhibiao.json.ZhibiaoModule}).
 */
module io.github.zhibiao.json {
  requires transitive io.github.zhibiao.core;
  requires transitive tools.jackson.databind;

  exports io.github.zhibiao.json;

  provides io.github.zhibiao.spi.DatasetFormat with
      io.github.zhibiao.json.NativeJsonFormat,
      io.github.zhibiao.json.JsonStatFormat;
  provides tools.jackson.databind.JacksonModule with
      io.github.zhibiao.json.ZhibiaoModule;
}
