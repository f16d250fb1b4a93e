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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a response of the NBS data portal's query interface ({@code easyquery.htm?m=QueryData}):
 * {@code returncode} 200 and {@code returndata} with {@code wdnodes} (the dimensions: {@code zb}
 * indicators with names, units and decimals, {@code reg} regions, {@code sj} periods) and {@code
 * datanodes} (one cell each, its dimension codes in {@code wds}), streamed with Jackson's parser
 * (numbers as exact decimals). The portal writes {@code datanodes} before {@code wdnodes}, whose
 * names and units every cell needs: the cells are then held, compactly (three codes, shared
 * between cells, a value and a deferred problem: some 60 bytes a cell, against 2.3 kB for the
 * tree), until {@code wdnodes} is read; a response that gives {@code wdnodes} first (and its
 * {@code returncode} before {@code returndata}) is read one cell at a time, holding nothing.
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
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final String EXPECTED = "expected an NBS query response object {\"returncode\":200,\"returndata\":{…}}";

  @Override
  public ObservationCursor open(InputStream in, String source, ReadOptions options) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(options, "options");
    JsonParser p;
    try {
      p = MAPPER.createParser(in);
    } catch (JacksonException e) {
      closeQuietly(in);
      throw malformed(source, e);
    }
    Cursor c = new Cursor(source, options, p, in);
    try {
      c.start();
    } catch (JacksonException e) {
      c.close();
      throw malformed(source, e);
    } catch (RuntimeException e) {
      c.close();
      throw e;
    }
    return c;
  }

  private static DatasetReadException malformed(String source, JacksonException e) {
    if (e.getCause() instanceof IOException io) {
      throw new UncheckedIOException("cannot read " + source + ": " + io.getMessage(), io);
    }
    long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
    Problem p = Problem.of(source, "malformed JSON: " + e.getOriginalMessage());
    return new DatasetReadException(line > 0 ? p.atLine(line) : p, e);
  }

  private static void closeQuietly(InputStream in) {
    try {
      in.close();
    } catch (IOException e) {
      // closing after a failure: the failure is what matters
    }
  }

  /**
   * One data node as read: its codes, its value, or the first thing wrong with it (a problem is
   * raised when the cell is bound, in the order of the cells, so that lenient reads count it).
   */
  private record Cell(String zb, String reg, String sj, boolean hasData, BigDecimal value, String valueText,
      String badField, String badText) {}

  /** An indicator of {@code wdnodes}: its name (null when absent) and unit text. */
  private record Zb(String name, String unit) {}

  private static final class Cursor extends AbstractObservationCursor {
    private final JsonParser p;
    private final InputStream in;
    private final Map<String, Zb> indicators = new HashMap<>();
    private final Map<String, String> regionNames = new HashMap<>();
    private final Map<String, Boolean> knownRegions = new HashMap<>();
    private final Map<String, Unit> units = new HashMap<>();
    private final Map<String, String> codes = new HashMap<>();
    private final CodeTable codeTable = new CodeTable();
    private final ObservationBinder binder;
    private final String nationalRegion;
    /** Cells read before wdnodes, bound after; null when the cells are streamed. */
    private List<Cell> held;
    private boolean streaming;
    private int next;

    Cursor(String source, ReadOptions options, JsonParser p, InputStream in) {
      super(source, options);
      this.p = p;
      this.in = in;
      this.binder = ObservationBinder.of(source, options, UnitPolicy.OPEN);
      this.nationalRegion = options.defaultRegion().isPresent() ? null
          : options.regions().byCode("100000").isPresent() ? "100000" : "_Z";
    }

    /**
     * Reads up to the first cell if {@code returncode} (200) and {@code wdnodes} come before
     * {@code datanodes}; else the whole response, holding the cells.
     */
    void start() {
      JsonToken t = p.nextToken();
      if (t == null) {
        throw new DatasetReadException(Problem.of(source(), "the input is empty; " + EXPECTED));
      }
      if (t != JsonToken.START_OBJECT) {
        throw new DatasetReadException(Problem.of(source(), EXPECTED));
      }
      String code = null; // the returncode's text, null until met
      boolean numeric200 = false;
      String message = null;
      boolean data = false;
      boolean wd = false;
      while (p.nextToken() == JsonToken.PROPERTY_NAME) {
        String name = p.currentName();
        t = p.nextToken();
        if (name.equals("returncode") && t.isScalarValue()) {
          code = p.getString();
          numeric200 = t.isNumeric() && t == JsonToken.VALUE_NUMBER_INT && p.getIntValue() == 200;
        } else if (name.equals("returndata") && t == JsonToken.START_OBJECT) {
          if (code != null && !numeric200) {
            throw badCode(code, null);
          }
          while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String inner = p.currentName();
            t = p.nextToken();
            if (inner.equals("wdnodes") && t == JsonToken.START_ARRAY) {
              wdnodes();
              wd = true;
            } else if (inner.equals("datanodes") && t == JsonToken.START_ARRAY) {
              data = true;
              if (wd && numeric200) {
                streaming = true; // at the cells' array: readRecord goes on from here
                return;
              }
              held = new ArrayList<>();
              while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                held.add(t == JsonToken.START_OBJECT ? cell() : notACell());
              }
            } else {
              p.skipChildren();
            }
          }
        } else {
          if (name.equals("returndata") && t == JsonToken.VALUE_STRING) {
            message = p.getString();
          }
          p.skipChildren();
        }
      }
      end();
      if (!numeric200) {
        throw badCode(code, message);
      }
      if (!data || !wd) {
        throw new DatasetReadException(Problem.of(source(), "expected returndata with the arrays datanodes and wdnodes "
            + "(the answer to m=QueryData; m=getTree answers a list of tree nodes, not data)").atPath("$.returndata"));
      }
    }

    private DatasetReadException badCode(String code, String message) {
      return new DatasetReadException(Problem.of(source(), (code == null ? "the response has no returncode"
          : "the portal answered returncode " + code) + (message != null ? " ('" + message + "')" : "")
          + "; expected 200 with returndata").atPath("$.returncode"));
    }

    /** After the root object: nothing more may follow. */
    private void end() {
      JsonToken t = p.nextToken();
      if (t != null) {
        throw new DatasetReadException(Problem.of(source(), "malformed JSON: " + t.asString()
            + " after the response object; expected the end of the input").atLine(p.currentLocation().getLineNr()));
      }
    }

    /** The dimensions, at the array's START_ARRAY; a dimension's nodes may come before its wdcode. */
    private void wdnodes() {
      JsonToken t;
      while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
        if (t != JsonToken.START_OBJECT) {
          p.skipChildren();
          continue;
        }
        String wd = "";
        List<String[]> nodes = new ArrayList<>();
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
          String name = p.currentName();
          t = p.nextToken();
          if (name.equals("wdcode") && t.isScalarValue()) {
            wd = text(t, "");
          } else if (name.equals("nodes") && t == JsonToken.START_ARRAY) {
            while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
              if (t != JsonToken.START_OBJECT) {
                p.skipChildren(); // null entries occur
                continue;
              }
              String[] node = {"", null, ""}; // code, cname, unit
              while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String field = p.currentName();
                t = p.nextToken();
                if (field.equals("code")) {
                  node[0] = text(t, "");
                } else if (field.equals("cname")) {
                  node[1] = text(t, null);
                } else if (field.equals("unit")) {
                  node[2] = text(t, "");
                } else {
                  p.skipChildren();
                }
              }
              nodes.add(node);
            }
          } else {
            p.skipChildren();
          }
        }
        for (String[] n : nodes) {
          if (wd.equals("zb")) {
            indicators.put(n[0], new Zb(n[1], n[2]));
          } else if (wd.equals("reg")) {
            regionNames.put(n[0], n[1] == null ? "" : n[1]);
          }
        }
      }
    }

    /** A scalar's text ({@code dflt} for null, an object or an array, which are skipped). */
    private String text(JsonToken t, String dflt) {
      if (t == JsonToken.VALUE_NULL) {
        return dflt;
      }
      if (!t.isScalarValue()) {
        p.skipChildren();
        return dflt;
      }
      return p.getString();
    }

    /** A code as one shared instance: a response repeats a few hundred codes in every cell. */
    private String shared(String code) {
      String s = codes.get(code);
      if (s != null) {
        return s;
      }
      if (codes.size() < 4096) {
        codes.put(code, code);
      }
      return code;
    }

    private Cell notACell() {
      String text = p.currentToken().isScalarValue() ? p.getString() : "[…]";
      p.skipChildren();
      return new Cell("", "", "", true, null, null, "", text == null ? "null" : text);
    }

    /**
     * Whether the digits of the current number token before its exponent end in 0: only then has its
     * decimal trailing zeros to strip (otherwise stripping gives back an equal value of the same scale,
     * as a new object).
     */
    private boolean mantissaEndsInZero() {
      char[] text = p.getStringCharacters();
      int off = p.getStringOffset();
      int end = off + p.getStringLength();
      for (int i = off; i < end; i++) {
        if (text[i] == 'e' || text[i] == 'E') {
          end = i;
          break;
        }
      }
      return end > off && text[end - 1] == '0';
    }

    /** A data node, at its START_OBJECT. */
    private Cell cell() {
      String zb = "";
      String reg = "";
      String sj = "";
      boolean hasData = true;
      BigDecimal value = null;
      String valueText = "";
      String badField = null;
      String badText = null;
      JsonToken t;
      while (p.nextToken() == JsonToken.PROPERTY_NAME) {
        String name = p.currentName();
        t = p.nextToken();
        if (name.equals("data") && t == JsonToken.START_OBJECT) {
          while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String field = p.currentName();
            t = p.nextToken();
            if (field.equals("data")) {
              if (t == JsonToken.VALUE_NUMBER_INT) {
                value = p.getDecimalValue();
              } else if (t == JsonToken.VALUE_NUMBER_FLOAT) {
                BigDecimal v = p.getDecimalValue(); // as the tree read it: trailing zeros stripped
                value = v.signum() == 0 ? BigDecimal.ZERO : mantissaEndsInZero() ? v.stripTrailingZeros() : v;
              } else {
                value = null;
                if (t == JsonToken.VALUE_STRING) {
                  valueText = "\"" + p.getString() + "\"";
                } else if (t.isScalarValue()) {
                  valueText = p.getString();
                } else {
                  valueText = t == JsonToken.START_ARRAY ? "[…]" : "{…}";
                  p.skipChildren();
                }
              }
            } else if (field.equals("hasdata")) {
              hasData = switch (t) {
                case VALUE_FALSE -> false;
                case VALUE_STRING -> !p.getString().strip().equalsIgnoreCase("false");
                case VALUE_NUMBER_INT -> p.getIntValue() != 0;
                default -> {
                  p.skipChildren();
                  yield true;
                }
              };
            } else {
              p.skipChildren();
            }
          }
        } else if (name.equals("wds") && t == JsonToken.START_ARRAY) {
          int k = 0;
          while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            if (t != JsonToken.START_OBJECT) {
              p.skipChildren();
              k++;
              continue;
            }
            String what = "";
            String code = "";
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
              String field = p.currentName();
              t = p.nextToken();
              if (field.equals("wdcode")) {
                what = t != JsonToken.VALUE_STRING ? text(t, "") : CodeTable.is(p, "zb") ? "zb"
                    : CodeTable.is(p, "reg") ? "reg" : CodeTable.is(p, "sj") ? "sj" : p.getString();
              } else if (field.equals("valuecode")) {
                code = t == JsonToken.VALUE_STRING ? codeTable.get(p) : text(t, ""); // one instance per code
              } else {
                p.skipChildren();
              }
            }
            switch (what) {
              case "zb" -> zb = shared(code);
              case "reg" -> reg = shared(code);
              case "sj" -> sj = shared(code);
              default -> {
                if (badField == null) {
                  badField = "wds[" + k + "].wdcode";
                  badText = what;
                }
              }
            }
            k++;
          }
        } else {
          p.skipChildren();
        }
      }
      return new Cell(zb, reg, sj, hasData, value, valueText, badField, badText);
    }

    @Override
    protected Observation readRecord() {
      while (true) {
        Cell cell;
        int i = next;
        if (streaming) {
          JsonToken t;
          try {
            t = p.nextToken();
            if (t == JsonToken.END_ARRAY) {
              streaming = false;
              try {
                finish();
              } catch (DatasetReadException e) {
                throw fatal(e.problem()); // content after the response
              }
              return null;
            }
            cell = t == JsonToken.START_OBJECT ? cell() : notACell();
          } catch (JacksonException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            Problem pr = Problem.of(source(), "malformed JSON: " + e.getOriginalMessage());
            throw fatal(line > 0 ? pr.atLine(line) : pr);
          }
        } else {
          if (held == null || i >= held.size()) {
            return null;
          }
          cell = held.set(i, null); // bound once: let it go
        }
        next++;
        Observation o = bind(cell, i);
        if (o != null) {
          return o;
        }
      }
    }

    /** After the streamed cells: the rest of returndata and of the response, skipped, then the end. */
    private void finish() {
      while (p.nextToken() == JsonToken.PROPERTY_NAME) { // returndata's other members
        p.nextToken();
        p.skipChildren();
      }
      while (p.nextToken() == JsonToken.PROPERTY_NAME) { // the response's
        p.nextToken();
        p.skipChildren();
      }
      end();
    }

    private static final java.util.function.LongSupplier NO_LINE = () -> 0L;
    /** The index of the node being bound, whose path {@link #pathOfBound} makes for a problem only. */
    private int boundIndex;
    private final java.util.function.Supplier<String> pathOfBound = () -> "$.returndata.datanodes[" + boundIndex + "]";

    private Observation bind(Cell cell, int i) {
      boundIndex = i;
      binder.begin(NO_LINE, pathOfBound);
      if (!cell.hasData) {
        return null; // no figure: data is 0 here, not a zero
      }
      if (cell.badField != null && cell.badField.isEmpty()) {
        throw binder.problemAt(null, cell.badText, "expected a data node object {\"data\":{…},\"wds\":[…]}");
      }
      if (cell.badField != null) {
        throw binder.problemAt(cell.badField, cell.badText, "unknown dimension; expected zb, reg or sj");
      }
      String zb = cell.zb;
      Zb ind = indicators.get(zb);
      if (ind == null) {
        throw binder.problemAt("wds", zb, "the indicator (zb) is not among returndata.wdnodes; expected a code "
            + "such as A010101 that wdnodes lists");
      }
      if (cell.value == null) {
        throw binder.problemAt("data.data", cell.valueText, "expected a number");
      }
      binder.set(Field.INDICATOR, zb, "wds")
          .set(Field.INDICATOR_NAME, ind.name == null ? zb : ind.name, "$.returndata.wdnodes")
          .set(Field.PERIOD, cell.sj, "wds");
      if (cell.sj.isEmpty()) {
        binder.set(Period.NOT_STATED);
      }
      String reg = cell.reg;
      if (reg.isEmpty()) {
        if (nationalRegion != null) {
          binder.set(Field.REGION, nationalRegion, "wds");
        }
      } else {
        binder.set(Field.REGION, reg, "wds");
        if (!knownRegions.computeIfAbsent(reg, r -> options().regions().byCode(r).isPresent())) {
          binder.set(Field.REGION_NAME, regionNames.getOrDefault(reg, ""), "wds");
        }
      }
      binder.set(Quantity.of(cell.value, unit(ind, zb)), "data.data");
      return binder.bind();
    }

    private Unit unit(Zb ind, String zb) {
      String text = ind.unit.strip();
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
      try {
        p.close();
      } catch (JacksonException e) {
        // closing after a failure: the failure is what matters
      }
      closeQuietly(in);
    }
  }
}
