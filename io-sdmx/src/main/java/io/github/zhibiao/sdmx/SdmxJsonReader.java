package io.github.zhibiao.sdmx;

import io.github.zhibiao.model.Breakdown;
import io.github.zhibiao.model.Category;
import io.github.zhibiao.model.Observation;
import io.github.zhibiao.sdmx.SdmxRecord.Role;
import io.github.zhibiao.spi.AbstractObservationCursor;
import io.github.zhibiao.spi.DatasetReadException;
import io.github.zhibiao.spi.DatasetReader;
import io.github.zhibiao.spi.ObservationCursor;
import io.github.zhibiao.spi.Problem;
import io.github.zhibiao.spi.ReadOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads SDMX-JSON 2.0 data messages; see {@link SdmxJsonFormat}. */
final class SdmxJsonReader implements DatasetReader {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  @Override
  public ObservationCursor open(InputStream in, String source, ReadOptions options) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(options, "options");
    byte[] bytes;
    try (in) {
      bytes = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source + ": " + e.getMessage(), e);
    }
    Message m = Message.scan(bytes, source);
    Cursor c = new Cursor(source, options, bytes, m);
    try {
      c.start();
    } catch (RuntimeException e) {
      c.close();
      throw e;
    }
    return c;
  }

  static DatasetReadException problem(String source, JsonParser p, String path, String message, Throwable cause) {
    Problem pr = Problem.of(source, message);
    if (p != null && p.currentLocation() != null && p.currentLocation().getLineNr() > 0) {
      pr = pr.atLine(p.currentLocation().getLineNr());
    }
    if (path != null) {
      pr = pr.atPath(path);
    }
    return new DatasetReadException(pr, cause);
  }

  /**
   * A component of a structure: id, name, role and its values (id and name). A breakdown's
   * {@link Breakdown} and {@link Category} objects are made once, on first use, and handed to the
   * binder as the structure gives them (as JSON-stat's are), unless the message names the component
   * differently in two structures: then its texts go to the binder, which refuses the second name.
   */
  record Component(String id, String name, Role role, String[] codes, String[] names, Breakdown[] breakdown,
      Category[] categories, boolean[] byText) {
    Component(String id, String name, Role role, String[] codes, String[] names) {
      this(id, name, role, codes, names, new Breakdown[1], new Category[codes.length], new boolean[1]);
    }

    static Component of(JsonNode n, boolean dimension) {
      String id = n.path("id").asString("");
      JsonNode values = n.path("values");
      String[] codes = new String[values.size()];
      String[] names = new String[values.size()];
      for (int i = 0; i < values.size(); i++) {
        JsonNode v = values.get(i);
        codes[i] = v.has("id") ? v.path("id").asString("") : v.path("value").asString("");
        names[i] = v.path("name").asString("");
      }
      return new Component(id, n.path("name").asString(""), SdmxRecord.role(id, dimension), codes, names);
    }
  }

  /** One structure of {@code data.structures}: its dataflow and components by level. */
  static final class Structure {
    String code;
    String name;
    final List<Component> dataSetDims = new ArrayList<>();
    final List<Component> seriesDims = new ArrayList<>();
    final List<Component> obsDims = new ArrayList<>();
    final List<Component> dataSetAttrs = new ArrayList<>();
    final List<Component> seriesAttrs = new ArrayList<>();
    final List<Component> obsAttrs = new ArrayList<>();
    int measures = 1;

    static Structure of(JsonNode s, String source, int index) {
      Structure st = new Structure();
      String urn = "";
      for (JsonNode l : s.path("links")) {
        // the spec's samples say rel "dataflow"; the IMF says title "Dataflow" (and "DataStructureDefinition")
        String rel = l.path("rel").asString("");
        String title = l.path("title").asString("");
        String u = l.path("urn").asString("");
        if (rel.equalsIgnoreCase("dataflow") || title.equalsIgnoreCase("dataflow") || u.contains(".Dataflow=")) {
          urn = u;
        } else if (urn.isEmpty() && (rel.equalsIgnoreCase("datastructure") || u.contains(".DataStructure="))) {
          urn = u;
        }
      }
      int eq = urn.lastIndexOf('=');
      String ref = eq >= 0 ? urn.substring(eq + 1) : "";
      String id = SdmxCsvFormat.structureId(ref);
      if (id == null) {
        id = "SDMX_DATA";
        ref = s.path("name").asString(id);
      }
      st.code = SdmxCsvFormat.indicatorCode(id);
      st.name = s.path("name").asString("").isEmpty() ? ref : s.path("name").asString("");
      JsonNode dims = s.path("dimensions");
      for (JsonNode d : dims.path("dataSet")) {
        st.dataSetDims.add(Component.of(d, true));
      }
      for (JsonNode d : dims.path("series")) {
        st.seriesDims.add(Component.of(d, true));
      }
      for (JsonNode d : dims.path("observation")) {
        st.obsDims.add(Component.of(d, true));
      }
      JsonNode attrs = s.path("attributes");
      for (JsonNode a : attrs.path("dataSet")) {
        st.dataSetAttrs.add(Component.of(a, false));
      }
      for (JsonNode a : attrs.path("series")) {
        st.seriesAttrs.add(Component.of(a, false));
      }
      for (JsonNode a : attrs.path("observation")) {
        st.obsAttrs.add(Component.of(a, false));
      }
      JsonNode measures = s.path("measures").path("observation");
      if (measures.isArray() && measures.size() > 0) {
        st.measures = measures.size();
        String first = measures.get(0).path("id").asString("OBS_VALUE");
        if (!first.equals("OBS_VALUE") && measures.size() > 1) {
          throw new DatasetReadException(Problem.of(source, "several measures without OBS_VALUE first ("
              + first + " …) are not supported; only the primary measure OBS_VALUE is read")
              .atPath("$.data.structures[" + index + "].measures"));
        }
      }
      return st;
    }
  }

  /** A data set's own settings, read in the first pass. */
  record DataSet(int structure, Object[] attributes) {}

  /**
   * The structures and each data set's settings. When {@code data.structures} comes before {@code
   * data.dataSets} (the spec's samples, the ECB's), one pass reads the message: {@link #scan} stops at
   * the data sets and leaves its parser there ({@link #parser}), and the cursor reads each data
   * set's settings as it meets them. Otherwise (the IMF's, which puts the data sets first) a first
   * pass reads the structures and the data sets' settings and a second one the observations.
   */
  static final class Message {
    final List<Structure> structures = new ArrayList<>();
    final List<DataSet> dataSets = new ArrayList<>();
    /** The parser at the start of data.dataSets when the structures came first (one pass); else null. */
    JsonParser parser;

    static Message scan(byte[] bytes, String source) {
      Message m = new Message();
      JsonNode structures = null;
      boolean data = false;
      String head = new String(bytes, 0, Math.min(bytes.length, 64), java.nio.charset.StandardCharsets.UTF_8)
          .stripLeading();
      if (head.isEmpty()) {
        throw new DatasetReadException(Problem.of(source, "the input is empty; expected an SDMX-JSON 2.0 data message, "
            + "a JSON object with data.structures and data.dataSets"));
      }
      if (head.startsWith("<")) {
        throw new DatasetReadException(Problem.of(source, "this is XML (SDMX-ML?), not SDMX-JSON; supported are "
            + "SDMX-JSON 2.0 and 2.1 data messages").atLine(1));
      }
      JsonParser p = MAPPER.createParser(bytes);
      try {
        if (p.nextToken() != JsonToken.START_OBJECT) {
          throw problem(source, p, null, head.startsWith("<")
              ? "this is XML (SDMX-ML?), not SDMX-JSON; supported are SDMX-JSON 2.0 and 2.1 data messages"
              : "expected an SDMX-JSON data message, a JSON object with meta and data", null);
        }
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
          String name = p.currentName();
          p.nextToken();
          if (name.equals("data")) {
            data = true;
            if (p.currentToken() != JsonToken.START_OBJECT) {
              throw problem(source, p, "$.data", "expected an object", null);
            }
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
              String inner = p.currentName();
              p.nextToken();
              if (inner.equals("structures")) {
                structures = p.readValueAsTree();
              } else if (inner.equals("dataSets") && structures != null) {
                if (p.currentToken() != JsonToken.START_ARRAY) {
                  throw problem(source, p, "$.data.dataSets", "expected an array", null);
                }
                m.structures(structures, source);
                m.parser = p; // one pass: the cursor reads on from here
                return m;
              } else if (inner.equals("dataSets")) {
                m.scanDataSets(p, source);
              } else {
                dataProperty(p, inner, source);
              }
            }
          } else {
            rootProperty(p, name, source);
          }
        }
      } catch (JacksonException e) {
        throw malformed(source, e);
      } finally {
        if (m.parser == null) {
          p.close();
        }
      }
      if (!data) {
        throw new DatasetReadException(Problem.of(source, "the message has no data; expected an SDMX-JSON 2.0 "
            + "data message with data.structures and data.dataSets").atPath("$"));
      }
      m.structures(structures, source);
      for (int i = 0; i < m.dataSets.size(); i++) {
        m.checkStructure(i, m.dataSets.get(i).structure, source);
      }
      return m;
    }

    static DatasetReadException malformed(String source, JacksonException e) {
      return problem(source, null, null, "malformed JSON: " + e.getOriginalMessage()
          + (e.getLocation() != null ? " at line " + e.getLocation().getLineNr() : ""), e);
    }

    /** A property of {@code data} other than structures and dataSets: refused if it makes another kind of message. */
    static void dataProperty(JsonParser p, String inner, String source) {
      if (inner.equals("structure")) {
        throw unsupported(source, p, "$.data.structure", "an SDMX-JSON 1.0 data message (one data.structure)");
      } else if (inner.equals("dataflows") || inner.equals("dataStructures") || inner.equals("codelists")
          || inner.equals("conceptSchemes")) {
        throw unsupported(source, p, "$.data." + inner, "an SDMX-JSON structure message (no data)");
      } else if (inner.equals("metadataSets")) {
        throw unsupported(source, p, "$.data." + inner, "an SDMX-JSON metadata message (no data)");
      } else {
        p.skipChildren();
      }
    }

    /** A property of the message beside {@code data}: refused if it makes an SDMX-JSON 1.0 message. */
    static void rootProperty(JsonParser p, String name, String source) {
      if (name.equals("structure") || name.equals("dataSets") || name.equals("header")) {
        throw unsupported(source, p, "$." + name, "an SDMX-JSON 1.0 (or older) data message");
      }
      p.skipChildren();
    }

    /** Data set {@code i} refers to a structure of the message. */
    void checkStructure(int i, int structure, String source) {
      if (structure >= structures.size()) {
        throw new DatasetReadException(Problem.of(source, "data set " + i + " refers to structure "
            + structure + " but data.structures has " + structures.size())
            .atPath("$.data.dataSets[" + i + "].structure"));
      }
    }

    /** Reads {@code data.structures}, and which components two structures name differently. */
    private void structures(JsonNode structures, String source) {
      if (structures == null || !structures.isArray() || structures.isEmpty()) {
        throw new DatasetReadException(Problem.of(source, "the message has no data.structures; expected an SDMX-JSON"
            + " 2.0 data message (SDMX-JSON 1.0, with data.structure, is not supported)").atPath("$.data"));
      }
      Message m = this;
      java.util.Map<String, String> names = new java.util.HashMap<>();
      java.util.Set<String> named = new java.util.HashSet<>();
      for (int i = 0; i < structures.size(); i++) {
        Structure st = Structure.of(structures.get(i), source, i);
        m.structures.add(st);
        for (List<Component> level : List.of(st.dataSetDims, st.seriesDims, st.obsDims)) {
          for (Component c : level) {
            String before = names.putIfAbsent(c.id(), c.name());
            if (before != null && !before.equals(c.name())) {
              named.add(c.id());
            }
          }
        }
      }
      for (Structure st : m.structures) {
        for (List<Component> level : List.of(st.dataSetDims, st.seriesDims, st.obsDims)) {
          for (Component c : level) {
            c.byText()[0] = named.contains(c.id());
          }
        }
      }
    }

    /**
     * The values of an {@code attributes} array, the parser at its start: an index into the
     * attribute's values (an Integer), the value itself (a String, as the IMF gives uncoded
     * attributes), null, or {@code Boolean.FALSE} for anything else, refused when bound.
     */
    static Object[] attributeValues(JsonParser p) {
      List<Object> list = new ArrayList<>();
      JsonToken t;
      while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
        if (t == JsonToken.VALUE_NUMBER_INT && p.getNumberValue() instanceof Integer i && i >= 0) {
          list.add(i);
        } else if (t == JsonToken.VALUE_STRING) {
          list.add(p.getString());
        } else if (t == JsonToken.VALUE_NULL) {
          list.add(null);
        } else {
          p.skipChildren();
          list.add(Boolean.FALSE);
        }
      }
      return list.toArray();
    }

    private static DatasetReadException unsupported(String source, JsonParser p, String path, String what) {
      return problem(source, p, path, "this is " + what + ", which is not supported; supported are SDMX-JSON 2.0 "
          + "and 2.1 data messages (data.structures and data.dataSets)", null);
    }

    private void scanDataSets(JsonParser p, String source) {
      if (p.currentToken() != JsonToken.START_ARRAY) {
        throw problem(source, p, "$.data.dataSets", "expected an array", null);
      }
      while (p.nextToken() == JsonToken.START_OBJECT) {
        Settings s = new Settings();
        String at = "$.data.dataSets[" + dataSets.size() + "]";
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
          String name = p.currentName();
          JsonToken t = p.nextToken();
          if (!s.read(p, name, t, at, source)) {
            p.skipChildren();
          }
        }
        dataSets.add(s.dataSet());
      }
    }
  }

  /** A data set's settings as they are read: its structure, its attributes, and the refused variants. */
  static final class Settings {
    int structure;
    Object[] attributes = new Object[0];

    /** Reads property {@code name} (its value at {@code t}) if it is a setting; false if it is not one. */
    boolean read(JsonParser p, String name, JsonToken t, String at, String source) {
      if (name.equals("structure") && t == JsonToken.VALUE_NUMBER_INT) {
        structure = p.getIntValue();
      } else if (name.equals("attributes") && t == JsonToken.START_ARRAY) {
        attributes = Message.attributeValues(p);
      } else if (name.equals("action") && t == JsonToken.VALUE_STRING && p.getString().equalsIgnoreCase("Delete")) {
        throw problem(source, p, at + ".action", "a Delete data set deletes data and holds no observations; "
            + "supported actions are Information, Append, Merge and Replace", null);
      } else if (name.equals("dimensionGroupAttributes") && t == JsonToken.START_OBJECT) {
        if (p.nextToken() != JsonToken.END_OBJECT) {
          throw problem(source, p, at + ".dimensionGroupAttributes", "dimension-group attributes are not "
              + "supported; supported are attributes at the data set, series and observation levels", null);
        }
      } else {
        return false;
      }
      return true;
    }

    DataSet dataSet() {
      return new DataSet(structure, attributes);
    }

    /**
     * Whether the data set object at {@code start} in {@code bytes} has a setting (structure,
     * attributes, action, dimensionGroupAttributes) after its series or observations, so that its
     * cells are held until its end; also true when its keys cannot be told from the bytes alone (a
     * key with an escape, an object that does not end), which holds them too. A look at the bytes,
     * not a parse: it counts brackets outside strings, and reads the keys of the object itself.
     */
    private static final boolean[] STRUCTURAL = new boolean[256];

    static {
      for (char c : "\"{}[],".toCharArray()) {
        STRUCTURAL[c] = true;
      }
    }

    static boolean settingAfterCells(byte[] bytes, int start) {
      if (start < 0 || start >= bytes.length || bytes[start] != '{') {
        return true;
      }
      int depth = 0;
      boolean key = false;
      boolean cells = false;
      for (int i = start; i < bytes.length; i++) {
        byte c = bytes[i];
        if (!STRUCTURAL[c & 0xFF]) {
          continue; // digits, letters, white space, ':' — most of a message
        }
        if (c == '"') {
          int from = ++i;
          boolean escaped = false;
          while (i < bytes.length && bytes[i] != '"') {
            if (bytes[i] == '\\') {
              escaped = true;
              i++;
            }
            i++;
          }
          if (i >= bytes.length) {
            return true;
          }
          if (depth == 1 && key) {
            if (escaped) {
              return true;
            }
            String name = new String(bytes, from, i - from, java.nio.charset.StandardCharsets.ISO_8859_1);
            if (name.equals("series") || name.equals("observations")) {
              cells = true;
            } else if (cells && (name.equals("structure") || name.equals("attributes") || name.equals("action")
                || name.equals("dimensionGroupAttributes"))) {
              return true;
            }
            key = false;
          }
        } else if (c == '{' || c == '[') {
          depth++;
          key = depth == 1;
        } else if (c == '}' || c == ']') {
          if (--depth == 0) {
            return false;
          }
        } else if (c == ',' && depth == 1) {
          key = true;
        }
      }
      return true;
    }
  }

  /** An observation as the message gives it, bound when the cursor asks for it. */
  private record Cell(int dataSet, Series series, String obsKey, Object[] values, Object[] seriesAttrs) {
    String seriesKey() {
      return series == null ? null : series.key;
    }
  }

  /**
   * A series key, with its value indexes once its first cell was bound: the key is split and
   * checked once a series, not once a cell. A key that cannot be bound keeps no indexes, so that
   * each of its cells is refused with the key's problem.
   */
  private static final class Series {
    final String key;
    int[] indexes;

    Series(String key) {
      this.key = key;
    }
  }

  private static final class Cursor extends AbstractObservationCursor {
    private final byte[] bytes;
    private final Message message;
    private final SdmxRecord record;
    private final ArrayDeque<Cell> pending = new ArrayDeque<>();
    /** The values of the observation being read, copied into its cell at its end. */
    private Object[] scratch = new Object[8];
    private JsonParser p;
    private int dataSet = -1;
    private boolean inDataSet;
    private boolean inSeries;
    private boolean done;
    /** One pass (the structures came first): the data sets' settings are read here, as they come. */
    private final boolean onePass;
    /** The settings of the data set being read (one pass), and whether they are final (its cells came). */
    private Settings settings;
    private boolean settled;
    /** The cells of the data set being read are held until its end: a setting comes after them (one pass). */
    private boolean holding;

    Cursor(String source, ReadOptions options, byte[] bytes, Message message) {
      super(source, options);
      this.bytes = bytes;
      this.message = message;
      this.record = new SdmxRecord(source, options);
      this.onePass = message.parser != null;
    }

    /** Moves the parser to the start of data.dataSets. */
    void start() {
      if (onePass) {
        p = message.parser; // the scan stopped at the start of data.dataSets
        return;
      }
      p = MAPPER.createParser(bytes);
      p.nextToken();
      while (p.nextToken() == JsonToken.PROPERTY_NAME) {
        String name = p.currentName();
        p.nextToken();
        if (name.equals("data")) {
          while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String inner = p.currentName();
            p.nextToken();
            if (inner.equals("dataSets")) {
              return; // at START_ARRAY
            }
            p.skipChildren();
          }
          break;
        }
        p.skipChildren();
      }
      done = true; // no data sets: an empty dataset
    }

    @Override
    protected Observation readRecord() {
      while (true) {
        Cell c = holding ? null : pending.poll();
        if (c != null) {
          Observation o = bind(c);
          if (o != null) {
            return o;
          }
          continue;
        }
        if (done) {
          return null;
        }
        try {
          advance();
        } catch (JacksonException e) {
          throw fatal(Problem.of(source(), "malformed JSON: " + e.getOriginalMessage())
              .atLine(Math.max(1, e.getLocation() == null ? 1 : e.getLocation().getLineNr())));
        }
      }
    }

    /** Reads the next series (or flat observations object) into {@link #pending}. */
    private void advance() {
      if (inSeries) {
        if (p.nextToken() == JsonToken.PROPERTY_NAME) {
          String key = p.currentName();
          p.nextToken();
          series(key);
        } else {
          inSeries = false;
        }
        return;
      }
      if (!inDataSet) {
        JsonToken t = p.nextToken();
        if (t != JsonToken.START_OBJECT) {
          if (onePass) {
            if (t != JsonToken.END_ARRAY) {
              throw fatal(problem(source(), p, "$.data.dataSets[" + (dataSet + 1) + "]", "expected a data set object",
                  null).problem());
            }
            rest();
          }
          done = true;
          return;
        }
        dataSet++;
        inDataSet = true;
        if (onePass) {
          settings = new Settings();
          settled = false;
          holding = Settings.settingAfterCells(bytes, (int) p.currentTokenLocation().getByteOffset());
        }
      }
      JsonToken t = p.nextToken();
      if (t != JsonToken.PROPERTY_NAME) {
        inDataSet = false;
        if (onePass) {
          settle(); // at the end of the data set: its settings are complete, and what was held is bound with them
          holding = false;
        }
        return;
      }
      String name = p.currentName();
      JsonToken v = p.nextToken();
      if (onePass) {
        try {
          if (settings.read(p, name, v, "$.data.dataSets[" + dataSet + "]", source())) {
            return;
          }
        } catch (DatasetReadException e) {
          throw fatal(e.problem());
        }
      }
      if (name.equals("series") && p.currentToken() == JsonToken.START_OBJECT) {
        settleUnlessHolding();
        inSeries = true;
      } else if (name.equals("observations") && p.currentToken() == JsonToken.START_OBJECT) {
        settleUnlessHolding();
        observations(null, null);
      } else {
        p.skipChildren();
      }
    }

    /** One pass: the cells of the data set come, so its settings are those read so far (none comes after them). */
    private void settleUnlessHolding() {
      if (onePass && !holding) {
        settle();
      }
    }

    /** One pass: the data set's settings join the message, checked, once. */
    private void settle() {
      if (settled) {
        return;
      }
      settled = true;
      try {
        message.checkStructure(dataSet, settings.structure, source());
      } catch (DatasetReadException e) {
        throw fatal(e.problem());
      }
      message.dataSets.add(settings.dataSet());
    }

    /**
     * One pass: the rest of the message after data.dataSets, with the checks the first pass makes
     * of the whole message (another kind of message, SDMX-JSON 1.0, malformed JSON).
     */
    private void rest() {
      try {
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
          String inner = p.currentName();
          p.nextToken();
          if (inner.equals("structures") || inner.equals("dataSets")) {
            throw problem(source(), p, "$.data." + inner, "a second data." + inner + "; which one is meant cannot be "
                + "known", null);
          }
          Message.dataProperty(p, inner, source());
        }
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
          String name = p.currentName();
          p.nextToken();
          if (name.equals("data")) {
            throw problem(source(), p, "$.data", "a second data; which one is meant cannot be known", null);
          }
          Message.rootProperty(p, name, source());
        }
      } catch (DatasetReadException e) {
        throw fatal(e.problem());
      }
    }

    private void series(String key) {
      if (p.currentToken() != JsonToken.START_OBJECT) {
        throw fatal(problem(source(), p, path(key, null), "expected a series object", null).problem());
      }
      Object[] attrs = null;
      Series series = new Series(key);
      int from = pending.size();
      boolean cellsBefore = false; // observations were read before the attributes
      while (p.nextToken() == JsonToken.PROPERTY_NAME) {
        String name = p.currentName();
        p.nextToken();
        if (name.equals("attributes") && p.currentToken() == JsonToken.START_ARRAY) {
          attrs = Message.attributeValues(p);
        } else if (name.equals("observations") && p.currentToken() == JsonToken.START_OBJECT) {
          cellsBefore |= attrs == null;
          observations(series, attrs); // the attributes, when they came first, go with the cells as they are read
        } else {
          p.skipChildren();
        }
      }
      if (attrs != null && cellsBefore) {
        // the series' attributes may come after its observations: give them to every cell of the series
        List<Cell> cells = new ArrayList<>(pending);
        pending.clear();
        for (int i = 0; i < cells.size(); i++) {
          Cell c = cells.get(i);
          pending.add(i >= from ? new Cell(c.dataSet, c.series, c.obsKey, c.values, attrs) : c);
        }
      }
    }

    private void observations(Series series, Object[] seriesAttrs) {
      while (p.nextToken() == JsonToken.PROPERTY_NAME) {
        String key = p.currentName();
        if (p.nextToken() != JsonToken.START_ARRAY) {
          throw fatal(problem(source(), p, path(series == null ? null : series.key, key), "expected an array of the measure and attribute "
              + "values", null).problem());
        }
        int n = 0;
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
          if (n == scratch.length) {
            scratch = Arrays.copyOf(scratch, 2 * n);
          }
          scratch[n++] = switch (t) {
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> p.getDecimalValue();
            case VALUE_STRING -> p.getString();
            case VALUE_NULL -> null;
            default -> {
              p.skipChildren();
              yield Boolean.FALSE; // not a value: refused when bound
            }
          };
        }
        pending.add(new Cell(dataSet, series, key, Arrays.copyOf(scratch, n), seriesAttrs));
      }
    }

    private String path(String seriesKey, String obsKey) {
      return path(dataSet, seriesKey, obsKey);
    }

    private static String path(int dataSet, String seriesKey, String obsKey) {
      String base = "$.data.dataSets[" + dataSet + "]";
      if (seriesKey != null) {
        base += ".series['" + seriesKey + "']";
      }
      return obsKey == null ? base : base + ".observations['" + obsKey + "']";
    }

    private static final java.util.function.LongSupplier NO_LINE = () -> 0L;
    /** The cell being bound, whose path {@link #pathOfBound} makes for a problem (not for every cell). */
    private Cell bound;
    private final java.util.function.Supplier<String> pathOfBound = () -> path(bound.dataSet, bound.seriesKey(),
        bound.obsKey);

    private Observation bind(Cell c) {
      // the record's path, and the places within it, are texts only an error needs: built then
      bound = c;
      SdmxRecord r = record.begin(NO_LINE, pathOfBound);
      DataSet ds = message.dataSets.get(c.dataSet);
      Structure st = message.structures.get(ds.structure);
      r.indicator(st.code, st.name, "structure");
      for (Component d : st.dataSetDims) {
        component(r, d, 0, "(data set dimension)");
      }
      if (c.series != null) {
        int[] indexes = c.series.indexes;
        if (indexes == null) {
          c.series.indexes = keyed(r, st.seriesDims, c.series.key, "(series key)", new int[st.seriesDims.size()]);
        } else {
          for (int i = 0; i < indexes.length; i++) {
            component(r, st.seriesDims.get(i), indexes[i], "(series key)");
          }
        }
      }
      keyed(r, st.obsDims, c.obsKey, "(observation key)", null);
      for (int i = 0; i < st.dataSetAttrs.size(); i++) {
        if (i < ds.attributes.length) {
          attribute(r, st.dataSetAttrs.get(i), ds.attributes[i], "(data set) attributes[" + i + "]");
        }
      }
      if (c.seriesAttrs != null) {
        for (int i = 0; i < st.seriesAttrs.size() && i < c.seriesAttrs.length; i++) {
          attribute(r, st.seriesAttrs.get(i), c.seriesAttrs[i], SERIES_ATTRIBUTES[Math.min(i, SERIES_ATTRIBUTES.length - 1)]);
        }
      }
      Object[] values = c.values;
      if (values.length == 0) {
        return null;
      }
      Object v = values[0];
      if (v instanceof BigDecimal b) {
        r.value(b, "[0]");
      } else if (v == null || v instanceof String) {
        r.component(Role.VALUE, "OBS_VALUE", "", v == null ? "" : (String) v, "", "[0]");
      } else {
        throw r.binder().problemAt("[0]", null, "expected a number, a string or null as the value");
      }
      for (int i = 0; i < st.obsAttrs.size(); i++) {
        int k = st.measures + i;
        if (k >= values.length || values[k] == null) {
          continue;
        }
        Component a = st.obsAttrs.get(i);
        if (values[k] instanceof BigDecimal b && b.scale() <= 0 && b.signum() >= 0) {
          component(r, a, b.intValueExact(), place(k));
        } else if (values[k] instanceof String s) {
          r.component(a.role, a.id, a.name, s, "", place(k));
        } else {
          throw r.binder().problemAt(place(k), String.valueOf(values[k]), "expected the index of a value of "
              + a.id + ", or null");
        }
      }
      return r.bind();
    }

    private static final String[] SERIES_ATTRIBUTES = {"(series) attributes[0]", "(series) attributes[1]",
        "(series) attributes[2]", "(series) attributes[3]", "(series) attributes[4]", "(series) attributes[5]",
        "(series) attributes[6]", "(series) attributes[7]", "(series) attributes"};
    private static final String[] PLACES = {"[0]", "[1]", "[2]", "[3]", "[4]", "[5]", "[6]", "[7]", "[8]", "[9]"};

    /** The place of element {@code k} of an observation's array. */
    private static String place(int k) {
      return k < PLACES.length ? PLACES[k] : "[" + k + "]";
    }

    /** An attribute's value: an index into its values, the value itself, or null (none). */
    private void attribute(SdmxRecord r, Component a, Object v, String place) {
      if (v == null) {
        return;
      }
      if (v instanceof Integer i) {
        component(r, a, i, place);
      } else if (v instanceof String s) {
        r.component(a.role, a.id, a.name, s, "", place);
      } else {
        throw r.binder().problemAt(place, String.valueOf(v), "expected the index of a value of " + a.id
            + ", the value itself as a string, or null");
      }
    }

    /** Binds the components of a key; returns their value indexes in {@code indexes}, if not null. */
    private int[] keyed(SdmxRecord r, List<Component> dims, String key, String place, int[] indexes) {
      int from = 0;
      for (int i = 0; i < dims.size(); i++) {
        int colon = key.indexOf(':', from);
        int to = colon < 0 ? key.length() : colon;
        if (from > key.length() || (colon < 0) != (i == dims.size() - 1)) {
          throw r.binder().problemAt(place, key, "the key has not " + dims.size() + " parts; expected one value index "
              + "per dimension of this level, such as 0:0:4");
        }
        int index;
        try {
          index = Integer.parseInt(key, from, to, 10);
        } catch (NumberFormatException e) {
          throw r.binder().problemAt(place, key, "expected value indexes separated by ':', such as 0:0:4");
        }
        component(r, dims.get(i), index, place);
        if (indexes != null) {
          indexes[i] = index;
        }
        from = to + 1;
      }
      if (dims.isEmpty() && !key.isEmpty()) {
        throw r.binder().problemAt(place, key, "a key for a level without dimensions; expected an empty key");
      }
      return indexes;
    }

    private void component(SdmxRecord r, Component c, int index, String place) {
      if (index < 0 || index >= c.codes.length) {
        throw r.binder().problemAt(place, Integer.toString(index), "no value " + index + " of " + c.id + ", which has "
            + c.codes.length + "; expected an index into its values");
      }
      if (c.role == Role.BREAKDOWN && !c.byText[0]) {
        String code = c.codes[index];
        if (code.isEmpty()) {
          return;
        }
        Category cat = c.categories[index];
        Breakdown b = c.breakdown[0];
        try {
          if (b == null) {
            b = Breakdown.of(c.id, c.name.isEmpty() ? c.id : c.name);
            c.breakdown[0] = b;
          }
          if (cat == null) {
            cat = Category.of(code, c.names[index].isEmpty() ? code : c.names[index]);
            c.categories[index] = cat;
          }
        } catch (IllegalArgumentException e) {
          throw r.binder().problemAt(place, b == null ? c.id : code, e.getMessage());
        }
        r.binder().breakdown(b, cat, place);
        return;
      }
      r.component(c.role, c.id, c.name, c.codes[index], c.names[index], place);
    }

    @Override
    public void close() {
      if (p != null) {
        p.close();
      }
    }
  }
}
