package io.github.zhibiao.csv;

import io.github.zhibiao.model.Dataset;
import io.github.zhibiao.model.Observation;
import io.github.zhibiao.spi.DatasetFormat;
import io.github.zhibiao.testkit.BadInput;
import io.github.zhibiao.testkit.DatasetFormatContract;
import io.github.zhibiao.testkit.Generator;
import io.github.zhibiao.testkit.Generators;
import java.util.List;

/**
 * The wide format passes the format contract over what it carries: levels (with qualifiers) of
 * indicators in regions and periods. Status, change, ranking, share, plan and note are stripped
 * before comparing, and the comparison is on the set of observations (the wide writer groups rows
 * by indicator and region).
 */
class WideCsvContract implements DatasetFormatContract {

  @Override
  public DatasetFormat format() {
    return new WideCsvFormat();
  }

  @Override
  public Generator<Dataset> datasets() {
    return Generators.datasetsWithBreakdowns(20);
  }

  @Override
  public Dataset comparable(Dataset dataset) {
    List<Observation> levels = dataset.observations().stream()
        .map(o -> Observation.of(o.indicator(), o.region(), o.period(), o.value().to(o.indicator().unit()))
            .withBreakdowns(o.breakdowns()))
        .sorted(java.util.Comparator.comparing((Observation o) -> o.indicator().code())
            .thenComparing(o -> o.region().code()).thenComparing(Observation::breakdowns)
            .thenComparing(Observation::period))
        .toList();
    return Dataset.of(levels);
  }

  @Override
  public boolean emptyInputIsEmptyDataset() {
    return false;
  }

  @Override
  public List<BadInput> badInputs() {
    String h = "indicator,indicator_name,unit,region,2022,2023\n";
    return List.of(
        BadInput.of("unknown column", "indicator,unit,region,colour\nGRAIN,亿斤,150400,red\n",
            "is neither a wide-format column", -1),
        BadInput.of("missing unit column", "indicator,region,2023\nGRAIN,150400,130\n", "missing required column unit", -1),
        BadInput.of("bad cell", h + "GRAIN,粮食总产量,亿斤,150400,125,abc\n", "line 2, field '2023': 'abc'", 1),
        BadInput.of("unknown unit", h + "GRAIN,粮食总产量,万阿巴,150400,125,130\n", "unknown unit '阿巴'", 1),
        BadInput.of("ragged row", h + "GRAIN,粮食总产量,亿斤,150400,125\n", "the row has 5 fields but the header has 6", 1),
        BadInput.of("duplicate period", "indicator,unit,region,2023,2023\nGRAIN,亿斤,150400,1,2\n", "appears twice", -1));
  }
}
