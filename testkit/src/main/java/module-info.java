/**
 * Contract tests for {@code io.github.zhibiao.spi.DatasetFormat} implementations and generators of
 * zhibiao values ({@link io.github.zhibiao.testkit.Generator}: no property-testing library is
 * needed). A format's test class implements {@link io.github.zhibiao.testkit.DatasetFormatContract};
 * JUnit 5 runs the inherited tests.
 */
module io.github.zhibiao.testkit {
  requires transitive io.github.zhibiao.core;
  requires transitive org.junit.jupiter.api;

  exports io.github.zhibiao.testkit;
}
