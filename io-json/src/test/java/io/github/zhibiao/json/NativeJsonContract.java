package io.github.zhibiao.json;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zhibiao.spi.DatasetFormat;
import io.github.zhibiao.testkit.BadInput;
import io.github.zhibiao.testkit.DatasetFormatContract;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The native JSON format passes the format contract, with the bad-file corpus as its bad inputs. */
class NativeJsonContract implements DatasetFormatContract {

  @Override
  public DatasetFormat format() {
    return new NativeJsonFormat();
  }

  @Test
  void theBadFileCorpusIsLarge() {
    assertTrue(badInputs().size() >= 20, "at least 20 bad files, has " + badInputs().size());
  }

  /** Datasets with breakdowns and qualifier words: native JSON holds both. */
  @Override
  public io.github.zhibiao.testkit.Generator<io.github.zhibiao.model.Dataset> datasets() {
    return io.github.zhibiao.testkit.Generators.datasetsWithBreakdowns(30);
  }

  @Override
  public List<BadInput> badInputs() {
    return BadInput.corpus(getClass()::getResourceAsStream, "bad");
  }
}
