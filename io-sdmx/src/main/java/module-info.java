/**
 * What international bodies and the National Bureau of Statistics publish, read into zhibiao
 * datasets: SDMX-CSV 1.0 and 2.0 ({@link io.github.zhibiao.sdmx.SdmxCsvFormat}, read and write),
 * SDMX-JSON 2.0 data messages ({@link io.github.zhibiao.sdmx.SdmxJsonFormat}, read) and the JSON of
 * the NBS data portal's query interface ({@link io.github.zhibiao.sdmx.NbsJsonFormat}, read), found
 * through {@link io.github.zhibiao.spi.DatasetFormats}.
 */
module io.github.zhibiao.sdmx {
  requires transitive io.github.zhibiao.core;
  requires tools.jackson.core;
  requires tools.jackson.databind;
  requires io.github.zhibiao.csv; // its row tokenizer, through a qualified export (not API)

  exports io.github.zhibiao.sdmx;

  provides io.github.zhibiao.spi.DatasetFormat with
      io.github.zhibiao.sdmx.SdmxCsvFormat,
      io.github.zhibiao.sdmx.SdmxJsonFormat,
      io.github.zhibiao.sdmx.NbsJsonFormat;
}
