/** Native JSON and JSON-stat 2.0 readers and writers, and a Jackson 3 module for zhibiao types. */
module io.github.zhibiao.json {
  requires transitive io.github.zhibiao.core;
  requires tools.jackson.databind;
}
