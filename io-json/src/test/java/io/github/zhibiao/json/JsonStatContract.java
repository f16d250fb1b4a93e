package io.github.zhibiao.json;

import io.github.zhibiao.model.Dataset;
import io.github.zhibiao.model.Observation;
import io.github.zhibiao.spi.DatasetFormat;
import io.github.zhibiao.testkit.BadInput;
import io.github.zhibiao.testkit.DatasetFormatContract;
import java.util.Comparator;
import java.util.List;

/**
 * JSON-stat passes the format contract. JSON-stat orders cells row-major (indicator, region,
 * period), so datasets are compared with their observations in that order.
 */
class JsonStatContract implements DatasetFormatContract {

  @Override
  public DatasetFormat format() {
    return new JsonStatFormat();
  }

  static Dataset sorted(Dataset d) {
    List<String> codes = List.copyOf(d.indicators().keySet());
    return Dataset.of(d.observations().stream()
        .sorted(Comparator.comparing((Observation o) -> o.indicator().code()).thenComparing(o -> o.region().code())
            .thenComparing(Observation::period).thenComparing(Observation::breakdowns))
        .toList());
  }

  @Override
  public Dataset comparable(Dataset dataset) {
    return sorted(dataset);
  }

  /** The reader streams values that come after the dimensions, as the writer puts them. */
  @Override
  public boolean streams() {
    return true;
  }

  @Override
  public List<BadInput> badInputs() {
    String dims = "\"dimension\":{\"indicator\":{\"category\":{\"index\":[\"G\"],\"unit\":{\"G\":{\"label\":\"亿斤\",\"decimals\":0}}}},"
        + "\"region\":{\"category\":{\"index\":[\"150400\"]}},\"period\":{\"category\":{\"index\":[\"2022\",\"2023\"]}}}";
    String head = "{\"version\":\"2.0\",\"class\":\"dataset\",\"id\":[\"indicator\",\"region\",\"period\"],\"size\":[1,1,2],";
    return List.of(
        BadInput.of("size does not match values", head + dims + ",\"value\":[1,2,3]}", "at $.value: has 3 values but the sizes [1, 1, 2] make 2 cells", -1),
        BadInput.of("version 1", "{\"class\":\"dataset\",\"id\":[],\"size\":[],\"dimension\":{}}", "at $.version: expected JSON-stat version \"2.0\"", -1),
        BadInput.of("unit too long", head + dims.replace("亿斤", "斤".repeat(201)) + ",\"value\":[1,2]}", "longer than the limit of 200", 2),
        BadInput.of("bad period", head + dims.replace("\"2022\"", "\"2022-13\"") + ",\"value\":[1,2]}", "category '2022-13' is not a period", 1),
        BadInput.of("a string value", head + dims + ",\"value\":[\"abc\",2]}", "at $.value[0]: 'abc' — not a decimal number", 1),
        BadInput.of("a missing-value status on a figure", head + dims + ",\"value\":[1,2],\"status\":{\"1\":\"..\"}}",
            "at $.status[1]: '..' — the status '..' says that cell 1 has no figure, but its value is 2", 1),
        BadInput.of("wrong root type", "[1,2]", "at $: expected a JSON-stat 2.0 object", -1),
        BadInput.of("sparse index out of range", head + dims + ",\"value\":{\"7\":1}}", "cell index 7 is outside 0 … 1", 1),
        BadInput.of("truncated", head + dims, "malformed JSON", -1),
        BadInput.of("missing dimension", "{\"version\":\"2.0\",\"class\":\"dataset\",\"id\":[\"indicator\"],\"size\":[1],\"dimension\":{},\"value\":[1]}",
            "no dimension 'indicator'", -1));
  }
}
