package io.github.zhibiao.sdmx;

import io.github.zhibiao.spi.DatasetFormat;
import io.github.zhibiao.testkit.BadInput;
import io.github.zhibiao.testkit.DatasetFormatContract;
import java.util.List;

/**
 * The NBS portal's JSON passes the parts of the format contract that apply to a reader without a
 * writer: empty input, bad inputs and registration; the round trip, sniffing of written bytes and
 * the streaming check need a writer and are skipped by the contract's assumptions.
 */
class NbsJsonContract implements DatasetFormatContract {

  @Override
  public DatasetFormat format() {
    return new NbsJsonFormat();
  }

  @Override
  public boolean streams() {
    return false;
  }

  private static String response(String data) {
    return "{\"returncode\":200,\"returndata\":{\"datanodes\":[{\"code\":\"zb.A01_sj.2023\",\"data\":{\"data\":" + data
        + ",\"dotcount\":1,\"hasdata\":true,\"strdata\":\"1\"},\"wds\":[{\"valuecode\":\"A01\",\"wdcode\":\"zb\"},"
        + "{\"valuecode\":\"2023\",\"wdcode\":\"sj\"}]}],\"wdnodes\":[{\"nodes\":[{\"cname\":\"国内生产总值\","
        + "\"code\":\"A01\",\"unit\":\"亿元\"}],\"wdcode\":\"zb\"},{\"nodes\":[{\"cname\":\"2023年\",\"code\":\"2023\"}],"
        + "\"wdcode\":\"sj\"}]}}";
  }

  @Override
  public List<BadInput> badInputs() {
    return List.of(
        BadInput.of("portal error", "{\"returncode\":501,\"returndata\":\"未能找到\"}", "returncode 501", -1),
        BadInput.of("not a portal response", "{\"version\":\"2.0\",\"class\":\"dataset\"}", "returncode", -1),
        BadInput.of("a string value", response("\"abc\""), "abc", 1),
        BadInput.of("truncated", "{\"returncode\":200,\"returndata\":{", "malformed JSON", -1));
  }
}
