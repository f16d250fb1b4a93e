package io.github.zhibiao.sdmx;

import io.github.zhibiao.model.Observation;
import io.github.zhibiao.model.Period;
import io.github.zhibiao.spi.AbstractObservationCursor;
import io.github.zhibiao.spi.DatasetReadException;
import io.github.zhibiao.spi.DatasetReader;
import io.github.zhibiao.spi.ObservationBinder;
import io.github.zhibiao.spi.ObservationBinder.Field;
import io.github.zhibiao.spi.ObservationCursor;
import io.github.zhibiao.spi.Problem;
import io.github.zhibiao.spi.ReadOptions;
import io.github.zhibiao.unit.Quantity;
import io.github.zhibiao.unit.Unit;
import io.github.zhibiao.unit.UnitPolicy;
import io.github.zhibiao.unit.Units;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.DeserializationFeature;

/**
 * Reads a response of the NBS data portal's query interface ({@code easyquery.htm?m=QueryData}):
 * {@code returncode} 200 and {@code returndata} with {@code wdnodes} (the dimensions: {@code zb}
 * indicators with names, units and decimals, {@code reg} regions, {@code sj} periods) and {@code
 * datanodes} (one cell each, its dimension codes in {@code wds}). A response is a few hundred
 * cells at most, so it is read whole as a tree (numbers as exact decimals).
 *
 * <ul>
 *   <li>The indicator: the {@code zb} code, its {@code cname} as name, {@code exp} as description
 *       is not kept (it is prose); the unit {@code unit} through the catalog under the open policy
 *       (亿元, 万人, %, 元/人, 个); an empty unit is {@link Units#NOT_STATED} (the portal leaves it
 *       empty for indices such as 上年同月=100).
 *   <li>The region: the {@code reg} code (GB/T 2260), its {@code cname} beside it; a response
 *       without {@code reg} (national data) is the region 100000 (全国) when the registry knows
 *       it, else the options' default region, else {@link io.github.zhibiao.model.Region#NOT_STATED}.
 *   <li>The period: the {@code sj} code by {@link Period#parse}: 2023, 202306, 2023A to 2023D.
 *   <li>The value: {@code data.data}, the full-precision number, read exactly; {@code strdata} is
 *       the same rounded to {@code dotcount} decimals. {@code hasdata: false} is a missing value
 *       ({@code data} is then 0, not a zero): no observation.
 * </ul>
 *
 * <p>A {@code returncode} other than 200 is an error that quotes the portal's message.
 */
final class NbsJsonReader implements DatasetReader {
  private static final JsonMapper MAPPER = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .enable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
      .build();

  @Override
  public ObservationCursor open(InputStream in, String source, ReadOptions options) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(options, "options");
    JsonNode root;
    try (in) {
      root = MAPPER.readTree(in);
    } catch (JacksonException e) {
      long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      Problem p = Problem.of(source, "malformed JSON: " + e.getOriginalMessage());
      throw new DatasetReadException(line > 0 ? p.atLine(line) : p, e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source + ": " + e.getMessage(), e);
    }
    if (root == null || root.isMissingNode()) {
      throw new DatasetReadException(Problem.of(source, "the input is empty; expected an NBS query response object "
          + "{\"returncode\":200,\"returndata\":{…}}"));
    }
    if (!root.isObject()) {
      throw new DatasetReadException(Problem.of(source, "expected an NBS query response object "
          + "{\"returncode\":200,\"returndata\":{…}}"));
    }
    JsonNode code = root.path("returncode");
    if (!code.isNumber() || code.asInt() != 200) {
      throw new DatasetReadException(Problem.of(source, "the portal answered returncode " + code
          + (root.path("returndata").isString() ? " ('" + root.path("returndata").asString() + "')" : "")
          + "; expected 200 with returndata").atPath("$.returncode"));
    }
    JsonNode data = root.path("returndata");
    if (!data.path("datanodes").isArray() || !data.path("wdnodes").isArray()) {
      throw new DatasetReadException(Problem.of(source, "expected returndata with the arrays datanodes and wdnodes "
          + "(the answer to m=QueryData; m=getTree answers a list of tree nodes, not data)").atPath("$.returndata"));
    }
    return new Cursor(source, options, data);
  }

  private static final class Cursor extends AbstractObservationCursor {
    private final JsonNode cells;
    private final Map<String, JsonNode> indicators = new HashMap<>();
    private final Map<String, String> regionNames = new HashMap<>();
    private final Map<String, Unit> units = new HashMap<>();
    private final ObservationBinder binder;
    private final String nationalRegion;
    private int next;

    Cursor(String source, ReadOptions options, JsonNode data) {
      super(source, options);
      this.cells = data.path("datanodes");
      this.binder = ObservationBinder.of(source, options, UnitPolicy.OPEN);
      for (JsonNode dim : data.path("wdnodes")) {
        String wd = dim.path("wdcode").asString("");
        for (JsonNode n : dim.path("nodes")) {
          if (n == null || n.isNull()) {
            continue;
          }
          String c = n.path("code").asString("");
          if (wd.equals("zb")) {
            indicators.put(c, n);
          } else if (wd.equals("reg")) {
            regionNames.put(c, n.path("cname").asString(""));
          }
        }
      }
      this.nationalRegion = options.defaultRegion().isPresent() ? null
          : options.regions().byCode("100000").isPresent() ? "100000" : "_Z";
    }

    @Override
    protected Observation readRecord() {
      while (next < cells.size()) {
        int i = next++;
        JsonNode cell = cells.get(i);
        String path = "$.returndata.datanodes[" + i + "]";
        binder.begin(() -> 0L, () -> path);
        JsonNode d = cell.path("data");
        if (!d.path("hasdata").asBoolean(true)) {
          continue; // no figure: data is 0 here, not a zero
        }
        String zb = "";
        String reg = "";
        String sj = "";
        int k = 0;
        for (JsonNode wd : cell.path("wds")) {
          String what = wd.path("wdcode").asString("");
          String value = wd.path("valuecode").asString("");
          if (what.equals("zb")) {
            zb = value;
          } else if (what.equals("reg")) {
            reg = value;
          } else if (what.equals("sj")) {
            sj = value;
          } else {
            throw binder.problemAt("wds[" + k + "].wdcode", what, "unknown dimension; expected zb, reg or sj");
          }
          k++;
        }
        JsonNode ind = indicators.get(zb);
        if (ind == null) {
          throw binder.problemAt("wds", zb, "the indicator (zb) is not among returndata.wdnodes; expected a code "
              + "such as A010101 that wdnodes lists");
        }
        JsonNode number = d.path("data");
        if (!number.isNumber()) {
          throw binder.problemAt("data.data", number.toString(), "expected a number");
        }
        BigDecimal v = number.decimalValue();
        binder.set(Field.INDICATOR, zb, "wds")
            .set(Field.INDICATOR_NAME, ind.path("cname").asString(zb), "$.returndata.wdnodes")
            .set(Field.PERIOD, sj, "wds");
        if (sj.isEmpty()) {
          binder.set(Period.NOT_STATED);
        }
        if (reg.isEmpty()) {
          if (nationalRegion != null) {
            binder.set(Field.REGION, nationalRegion, "wds");
          }
        } else {
          binder.set(Field.REGION, reg, "wds");
          String name = regionNames.getOrDefault(reg, "");
          if (options().regions().byCode(reg).isEmpty()) {
            binder.set(Field.REGION_NAME, name, "wds");
          }
        }
        binder.set(Quantity.of(v, unit(ind, zb)), "data.data");
        return binder.bind();
      }
      return null;
    }

    private Unit unit(JsonNode ind, String zb) {
      String text = ind.path("unit").asString("").strip();
      if (text.isEmpty()) {
        return Units.NOT_STATED;
      }
      Unit u = units.get(text);
      if (u == null) {
        try {
          u = options().unit(text, UnitPolicy.OPEN);
        } catch (IllegalArgumentException e) {
          throw binder.problemAt("$.returndata.wdnodes", text, "the unit of indicator " + zb + ": " + e.getMessage());
        }
        units.put(text, u);
      }
      return u;
    }

    @Override
    public void close() {
      // read whole: nothing to close
    }
  }
}
