package io.github.zhibiao.csv;

import io.github.zhibiao.spi.DatasetFormat;
import io.github.zhibiao.testkit.BadInput;
import io.github.zhibiao.testkit.DatasetFormatContract;
import java.util.List;

/** The long format passes the format contract, with the bad-file corpus as its bad inputs. */
class LongCsvContract implements DatasetFormatContract {

  @Override
  public DatasetFormat format() {
    return new LongCsvFormat();
  }

  @Override
  public List<BadInput> badInputs() {
    return BadCsv.cases().stream().map(BadCsv.Case::asBadInput).toList();
  }
}
