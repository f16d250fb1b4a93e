package io.github.zhibiao.csv;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zhibiao.spi.DatasetFormat;
import io.github.zhibiao.testkit.BadInput;
import io.github.zhibiao.testkit.DatasetFormatContract;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The long format passes the format contract, with the bad-file corpus as its bad inputs. */
class LongCsvContract implements DatasetFormatContract {

  @Override
  public DatasetFormat format() {
    return new LongCsvFormat();
  }

  @Test
  void theBadFileCorpusIsLarge() {
    assertTrue(badInputs().size() >= 24, "at least 24 bad files, has " + badInputs().size());
  }

  /** Datasets with breakdowns and qualifier words: the long format holds both. */
  @Override
  public io.github.zhibiao.testkit.Generator<io.github.zhibiao.model.Dataset> datasets() {
    return io.github.zhibiao.testkit.Generators.datasetsWithBreakdowns(30);
  }

  @Override
  public List<BadInput> badInputs() {
    return BadInput.corpus(getClass()::getResourceAsStream, "bad");
  }
}
