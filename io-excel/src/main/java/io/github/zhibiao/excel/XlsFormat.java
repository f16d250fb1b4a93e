package io.github.zhibiao.excel;

import io.github.zhibiao.spi.DatasetFormat;
import io.github.zhibiao.spi.DatasetReader;
import io.github.zhibiao.spi.DatasetWriter;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Statistical tables from .xls (Excel 97–2003) workbooks, read only, with Apache POI: id {@code
 * xls}, extension {@code .xls}, found by the OLE2 signature. The layout, the cells and the
 * overrides are those of {@link XlsxFormat}; the indent of a label is its style's indent or its
 * leading spaces. A formula in .xls always carries its last result, which is read.
 *
 * <p><b>Memory.</b> POI reads an .xls workbook whole, about ten times its file size; the format
 * itself holds at most 65,536 rows a sheet (a 20 MB file at most in practice). Convert larger
 * tables to .xlsx, which is streamed.
 */
public final class XlsFormat implements DatasetFormat {
  private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
      (byte) 0xE1};
  private final DatasetReader reader;

  /** The format with {@link ExcelOptions#defaults()}; ServiceLoader needs this constructor. */
  public XlsFormat() {
    this(ExcelOptions.defaults());
  }

  /**
   * The format reading with these layout overrides.
   *
   * @param options the overrides; not null
   */
  public XlsFormat(ExcelOptions options) {
    this.reader = new ExcelReader(XlsGrid::new, Objects.requireNonNull(options, "options"));
  }

  @Override
  public String id() {
    return "xls";
  }

  @Override
  public String name() {
    return "Excel 97–2003 workbook (.xls) of statistical tables";
  }

  @Override
  public String mediaType() {
    return "application/vnd.ms-excel";
  }

  @Override
  public List<String> fileExtensions() {
    return List.of("xls");
  }

  /** Whether the bytes open an OLE2 compound document, as .xls workbooks are. */
  @Override
  public boolean canRead(byte[] head) {
    if (head.length < OLE2.length) {
      return false;
    }
    for (int i = 0; i < OLE2.length; i++) {
      if (head[i] != OLE2[i]) {
        return false;
      }
    }
    return true;
  }

  @Override
  public Optional<DatasetReader> reader() {
    return Optional.of(reader);
  }

  @Override
  public Optional<DatasetWriter> writer() {
    return Optional.empty();
  }
}
