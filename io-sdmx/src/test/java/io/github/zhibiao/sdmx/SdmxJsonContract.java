package io.github.zhibiao.sdmx;

import io.github.zhibiao.spi.DatasetFormat;
import io.github.zhibiao.testkit.BadInput;
import io.github.zhibiao.testkit.DatasetFormatContract;
import java.util.List;

/**
 * SDMX-JSON passes the parts of the format contract that apply to a reader without a writer:
 * empty input, bad inputs and registration; the round trip, sniffing of written bytes and the
 * streaming check need a writer and are skipped by the contract's assumptions. The reader holds
 * the message (a JSON message may give its structure after its data), so {@link #streams()} is
 * false.
 */
class SdmxJsonContract implements DatasetFormatContract {
  static final String STRUCTURE = "{\"links\":[{\"rel\":\"dataflow\",\"urn\":\"urn:sdmx:org.sdmx.infomodel.datastructure."
      + "Dataflow=XX:DF(1.0)\"}],\"dimensions\":{\"series\":[{\"id\":\"REF_AREA\",\"values\":[{\"id\":\"CN\"}]}],"
      + "\"observation\":[{\"id\":\"TIME_PERIOD\",\"values\":[{\"value\":\"2023\"},{\"value\":\"2023-13\"}]}]},"
      + "\"measures\":{\"observation\":[{\"id\":\"OBS_VALUE\"}]}}";

  @Override
  public DatasetFormat format() {
    return new SdmxJsonFormat();
  }

  @Override
  public boolean streams() {
    return false;
  }

  private static String message(String observations) {
    return "{\"meta\":{},\"data\":{\"structures\":[" + STRUCTURE + "],\"dataSets\":[{\"structure\":0,\"series\":"
        + "{\"0\":{\"observations\":{" + observations + "}}}}]}}";
  }

  @Override
  public List<BadInput> badInputs() {
    return List.of(
        BadInput.of("bad value", message("\"0\":[\"1O5\"]"), "1O5", 1),
        BadInput.of("bad period", message("\"0\":[1],\"1\":[2]"), "2023-13", 1),
        BadInput.of("index out of range", message("\"0\":[1],\"7\":[2]"), "no value 7 of TIME_PERIOD", 1),
        BadInput.of("SDMX-JSON 1.0", "{\"header\":{},\"dataSets\":[],\"structure\":{}}", "SDMX-JSON 1.0", -1),
        BadInput.of("SDMX-ML", "<message:GenericData/>", "SDMX-ML", -1),
        BadInput.of("truncated", "{\"data\":{\"structures\":[", "malformed JSON", -1));
  }
}
