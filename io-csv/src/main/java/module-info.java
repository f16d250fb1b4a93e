/**
 * CSV readers and writers for zhibiao datasets: the long format (one observation a row,
 * {@link io.github.zhibiao.csv.LongCsvFormat}) and the wide format of statistical tables
 * ({@link io.github.zhibiao.csv.WideCsvFormat}), found through
 * {@link io.github.zhibiao.spi.DatasetFormats}.
 */
module io.github.zhibiao.csv {
  requires transitive io.github.zhibiao.core;

  exports io.github.zhibiao.csv;
  // The row tokenizer, for the SDMX-CSV reader alone: internal, not API (one CSV parser in the project).
  exports io.github.zhibiao.csv.internal to io.github.zhibiao.sdmx;

  provides io.github.zhibiao.spi.DatasetFormat with
      io.github.zhibiao.csv.LongCsvFormat,
      io.github.zhibiao.csv.WideCsvFormat;
}
