package io.github.zhibiao.json;

import io.github.zhibiao.spi.DatasetFormat;
import io.github.zhibiao.testkit.BadInput;
import io.github.zhibiao.testkit.DatasetFormatContract;
import java.util.List;

/** The native JSON format passes the format contract, with the bad-file corpus as its bad inputs. */
class NativeJsonContract implements DatasetFormatContract {

  @Override
  public DatasetFormat format() {
    return new NativeJsonFormat();
  }

  @Override
  public List<BadInput> badInputs() {
    return BadJson.cases().stream().map(BadJson.Case::asBadInput).toList();
  }
}
