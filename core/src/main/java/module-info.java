/**
 * zhibiao core: the exception types every part shares ({@code io.github.zhibiao}), exact units
 * and quantities ({@code io.github.zhibiao.unit}), the indicator model ({@code
 * io.github.zhibiao.model}), calculators ({@code io.github.zhibiao.calc}) and the reader/writer SPI
 * ({@code io.github.zhibiao.spi}) and reports of findings ({@code
 * io.github.zhibiao.report}). It has no run-time dependencies.
 */
module io.github.zhibiao.core {
  exports io.github.zhibiao;
  exports io.github.zhibiao.unit;
  exports io.github.zhibiao.model;
  exports io.github.zhibiao.calc;
  exports io.github.zhibiao.spi;
  exports io.github.zhibiao.report;

  uses io.github.zhibiao.spi.DatasetFormat;
}
