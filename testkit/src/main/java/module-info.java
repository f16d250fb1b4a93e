/**
 * Contract tests for {@code io.github.zhibiao.spi.DatasetFormat} implementations and QuickTheories
 * generators of zhibiao values. A format's test class implements
 * {@link io.github.zhibiao.testkit.DatasetFormatContract}; JUnit 5 runs the inherited tests.
 */
module io.github.zhibiao.testkit {
  requires transitive io.github.zhibiao.core;
  requires transitive org.junit.jupiter.api;
  requires transitive quicktheories;

  exports io.github.zhibiao.testkit;
}
