package io.github.zhibiao.examples;

import io.github.zhibiao.model.Dataset;
import io.github.zhibiao.model.Indicator;
import io.github.zhibiao.model.IndicatorKind;
import io.github.zhibiao.model.Observation;
import io.github.zhibiao.spi.DatasetFormat;
import io.github.zhibiao.testkit.BadInput;
import io.github.zhibiao.testkit.DatasetFormatContract;
import io.github.zhibiao.testkit.Generator;
import io.github.zhibiao.testkit.Generators;
import java.util.List;

/** A third party runs zhibiao's format contract on its own format, over what the format carries. */
class PipeFormatContract implements DatasetFormatContract {

  @Override
  public DatasetFormat format() {
    return new PipeFormat();
  }

  @Override
  public Generator<Dataset> datasets() {
    return Generators.datasets(20).map(PipeFormatContract::levelsOnly);
  }

  /** What the pipe format keeps: code, region, period and the quantity, with the indicator named by its code. */
  static Dataset levelsOnly(Dataset d) {
    java.util.Map<String, Observation> unique = new java.util.LinkedHashMap<>();
    for (Observation o : d.observations()) {
      Indicator i = Indicator.of(o.indicator().code(), o.indicator().code(), o.value().unit(), IndicatorKind.FLOW);
      unique.putIfAbsent(i.code() + o.region().code() + o.period(), Observation.of(i, o.region(), o.period(), o.value()));
    }
    return Dataset.of(List.copyOf(unique.values()));
  }

  @Override
  public List<BadInput> badInputs() {
    return List.of(BadInput.of("three fields", "#pipe\nGRAIN|150400|2023\n", "line 2", 1),
        BadInput.of("unknown unit", "#pipe\nGRAIN|150400|2023|130万阿巴\n", "unknown unit '阿巴'", 1));
  }
}
