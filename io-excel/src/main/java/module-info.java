/**
 * Statistical yearbook tables from Excel workbooks for zhibiao: {@link
 * io.github.zhibiao.excel.XlsxFormat} (.xlsx, streamed with the JDK's StAX parser) and {@link
 * io.github.zhibiao.excel.XlsFormat} (.xls, with Apache POI), found through {@link
 * io.github.zhibiao.spi.DatasetFormats}; {@link io.github.zhibiao.excel.ExcelOptions} overrides
 * the detected layout.
 */
module io.github.zhibiao.excel {
  requires transitive io.github.zhibiao.core;
  requires java.xml;
  requires org.apache.poi.poi;

  exports io.github.zhibiao.excel;

  provides io.github.zhibiao.spi.DatasetFormat with
      io.github.zhibiao.excel.XlsxFormat,
      io.github.zhibiao.excel.XlsFormat;
}
