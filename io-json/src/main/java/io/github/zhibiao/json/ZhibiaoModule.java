package io.github.zhibiao.json;

import io.github.zhibiao.calc.Finding;
import io.github.zhibiao.model.Change;
import io.github.zhibiao.model.Dataset;
import io.github.zhibiao.model.Indicator;
import io.github.zhibiao.model.IndicatorKind;
import io.github.zhibiao.model.Observation;
import io.github.zhibiao.model.Period;
import io.github.zhibiao.model.Ranking;
import io.github.zhibiao.model.Region;
import io.github.zhibiao.model.RegionScope;
import io.github.zhibiao.model.Regions;
import io.github.zhibiao.model.Sector;
import io.github.zhibiao.model.Share;
import io.github.zhibiao.model.Status;
import io.github.zhibiao.spi.DatasetReadException;
import io.github.zhibiao.spi.ReadOptions;
import io.github.zhibiao.unit.Qualifier;
import io.github.zhibiao.unit.Quantity;
import io.github.zhibiao.unit.Unit;
import io.github.zhibiao.unit.UnitCatalog;
import io.github.zhibiao.unit.UnitPolicy;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.Version;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleDeserializers;
import tools.jackson.databind.module.SimpleSerializers;

/**
 * A Jackson 3 module so that your own mappers write and read zhibiao's values:
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new ZhibiaoModule()).build();
 * String json = mapper.writeValueAsString(Quantity.parse("2210.6万头只"));   // "2210.6万头只"
 * Quantity q = mapper.readValue("\"130亿斤\"", Quantity.class);
 * }</pre>
 *
 * <table class="striped">
 *   <caption>The JSON of each type</caption>
 *   <tr><th>type</th><th>written as</th><th>also read</th></tr>
 *   <tr><td>{@link Quantity}</td><td>its text, {@code "2210.6万头只"}, {@code "超800座"}; with
 *       {@link #withQuantitiesAsObjects()} {@code {"value":"2210.6","unit":"万头只",
 *       "qualifier":"EXACT"}}</td><td>both forms, either way</td></tr>
 *   <tr><td>{@link Unit}</td><td>its label, {@code "万亩"}</td><td></td></tr>
 *   <tr><td>{@link Period}</td><td>its ISO/SDMX form, {@code "2023-01/2023-11"}</td><td>the Chinese
 *       forms, {@code "2023年1—11月"}</td></tr>
 *   <tr><td>{@link Region}</td><td>its GB/T 2260 code, {@code "150400"}</td><td>a name, resolved
 *       with the module's registry ({@link #withRegions(Regions)})</td></tr>
 *   <tr><td>{@link Status}</td><td>its constant's name, {@code "ESTIMATED"}</td><td>SDMX codes and
 *       Chinese words ({@code "E"}, {@code "预计"}), as {@link Status#parse} reads them</td></tr>
 *   <tr><td>{@link Change}</td><td>{@code {"amount":"5.82%","basis":"YEAR_ON_YEAR"}}; a named
 *       reference as {@code {"amount":"6.31亿斤","basis":"REFERENCE","reference":"近5年平均"}}</td>
 *       <td></td></tr>
 *   <tr><td>{@link Ranking}</td><td>{@code {"kind":"POSITION","position":1,"firstInWords":true,
 *       "peers":12,"scopeWord":"全区","scope":"150000"}}, {@code {"kind":"TOP_N","topSize":10}},
 *       {@code {"kind":"LEADING"}}; absent parts are left out</td><td>a text as {@link
 *       Ranking#parse} reads it, {@code "居全区第3位"}</td></tr>
 *   <tr><td>{@link Share}</td><td>{@code {"rate":"17%","of":"全区高标准农田建设总任务"}}</td><td></td></tr>
 *   <tr><td>{@link Indicator}</td><td>the indicator object of the native JSON format</td><td></td></tr>
 *   <tr><td>{@link Observation}</td><td>the observation object of the native JSON format, with its
 *       indicator embedded as an object</td><td></td></tr>
 *   <tr><td>{@link Dataset}</td><td>the whole native JSON document ({@code {"format":"zhibiao",
 *       "version":1,"indicators":[…],"observations":[…]}})</td><td></td></tr>
 *   <tr><td>{@link Finding}</td><td>{@code {"check":"SUM","outcome":"FAILED","severity":"ERROR",
 *       "messageZh":…,"messageEn":…,"arithmetic":…,"observations":[…]}}, the observations as
 *       above</td><td></td></tr>
 * </table>
 *
 * <p><b>Reading is strict and exact.</b> Numbers are read as written, whatever the mapper's
 * settings: {@code 1.000000000000000001} stays that, never a {@code double}. An object with an
 * unknown or a duplicate property, or without a required one, is refused; so is an unknown enum
 * name (a change basis {@code YEAR_ON_YAER} is an error, not a reference). Bad input gives
 * Jackson's {@link DatabindException} naming the path inside the value, the problem and where the
 * value starts: {@code cannot read a change: $.basis: 'YEAR_ON_YAER' — expected YEAR_ON_YEAR,
 * PREVIOUS_PERIOD or REFERENCE at [line 1, column 1]}, {@code cannot parse '12万阿巴' at index 3:
 * unknown unit '阿巴' … at [line 1, column 1]}.
 *
 * <p><b>Registration.</b> The module is found by {@code JsonMapper.builder().findAndAddModules()}
 * through ServiceLoader, with the built-in regions and units. Every instance registers on its own
 * (its registration id is the instance), so a configured module added after {@code
 * findAndAddModules()} is not dropped as a duplicate: the module added last wins for each type.
 *
 * <p>The module is final and immutable (it is not a {@code SimpleModule}, whose serializers can be
 * added to after construction); {@code with*} returns a new module, and each mapper it is added to
 * gets its own serializers.
 */
public final class ZhibiaoModule extends JacksonModule {

  /** Re-reads a value copied from the user's parser: exact decimals, duplicate keys refused, bounded depth. */
  private static final JsonMapper STRICT = JsonMapper.builder(Json.FACTORY)
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build();

  private final boolean quantitiesAsObjects;
  private final Regions regions;
  private final UnitCatalog units;

  /** Quantities as strings, regions from the built-in registry, units from the built-in catalog. */
  public ZhibiaoModule() {
    this(false, Regions.builtIn(), UnitCatalog.builtIn());
  }

  private ZhibiaoModule(boolean quantitiesAsObjects, Regions regions, UnitCatalog units) {
    this.quantitiesAsObjects = quantitiesAsObjects;
    this.regions = regions;
    this.units = units;
  }

  /**
   * This module writing quantities as objects with value, unit and qualifier.
   *
   * @return a new module with the same region registry and unit catalog that writes {@code
   *     {"value":"2210.6","unit":"万头只","qualifier":"EXACT"}}, also inside changes and shares;
   *     this module is unchanged
   */
  public ZhibiaoModule withQuantitiesAsObjects() {
    return new ZhibiaoModule(true, regions, units);
  }

  /**
   * This module resolving region codes with {@code newRegions} (the built-in registry plus your
   * own).
   *
   * @param newRegions the registry that regions read (a code such as 150400, or a name) are
   *     resolved with, also the regions of observations and the scope of rankings
   * @return a new module with the same quantity form and that registry; this module is unchanged
   * @throws NullPointerException if {@code newRegions} is null
   */
  public ZhibiaoModule withRegions(Regions newRegions) {
    return new ZhibiaoModule(quantitiesAsObjects, Objects.requireNonNull(newRegions, "regions"), units);
  }

  /**
   * This module reading units with {@code newUnits} (the built-in catalog plus your own units).
   *
   * @param newUnits the catalog that units, quantities and observations are read with; an unknown
   *     or empty unit is an error
   * @return a new module with the same quantity form and region registry and that catalog; this
   *     module is unchanged
   * @throws NullPointerException if {@code newUnits} is null
   */
  public ZhibiaoModule withUnits(UnitCatalog newUnits) {
    return new ZhibiaoModule(quantitiesAsObjects, regions, Objects.requireNonNull(newUnits, "units"));
  }

  /**
   * Whether quantities are written as objects.
   *
   * @return true after {@link #withQuantitiesAsObjects()}, false (quantities as text) otherwise
   */
  public boolean quantitiesAsObjects() {
    return quantitiesAsObjects;
  }

  /**
   * The module's name.
   *
   * @return {@code zhibiao}
   */
  @Override
  public String getModuleName() {
    return "zhibiao";
  }

  /**
   * The module's version.
   *
   * @return {@link Version#unknownVersion()}: the version is the artifact's
   */
  @Override
  public Version version() {
    return Version.unknownVersion();
  }

  /**
   * The id Jackson uses to skip a module registered twice.
   *
   * @return this instance: adding the same instance twice registers it once, and two instances
   *     (the one {@code findAndAddModules()} finds and a configured one) both register
   */
  @Override
  public Object getRegistrationId() {
    return this;
  }

  /**
   * Adds the serializers and deserializers of the types in the class documentation to a mapper.
   *
   * @param context the mapper's set-up context
   */
  @Override
  public void setupModule(SetupContext context) {
    Codec c = new Codec(quantitiesAsObjects, regions, units);
    SimpleSerializers s = new SimpleSerializers();
    SimpleDeserializers d = new SimpleDeserializers();
    s.addSerializer(Quantity.class, writer(c::writeQuantity));
    d.addDeserializer(Quantity.class, new QuantityDeserializer(c));
    s.addSerializer(Unit.class, writer((g, u) -> g.writeString(u.label())));
    d.addDeserializer(Unit.class, new TextDeserializer<>("a unit", t -> units.resolve(t, UnitPolicy.STRICT)));
    s.addSerializer(Period.class, writer((g, p) -> g.writeString(p.toString())));
    d.addDeserializer(Period.class, new TextDeserializer<>("a period", Period::parse));
    s.addSerializer(Region.class, writer((g, r) -> g.writeString(r.code())));
    d.addDeserializer(Region.class, new TextDeserializer<>("a region", regions::require));
    s.addSerializer(Status.class, writer((g, st) -> g.writeString(st.name())));
    d.addDeserializer(Status.class, new TextDeserializer<>("a status", Status::parse));
    s.addSerializer(Change.class, writer(c::writeChange));
    d.addDeserializer(Change.class, new TreeDeserializer<>("a change", c::change));
    s.addSerializer(Ranking.class, writer(c::writeRanking));
    d.addDeserializer(Ranking.class, new TreeDeserializer<>("a ranking", c::ranking));
    s.addSerializer(Share.class, writer(c::writeShare));
    d.addDeserializer(Share.class, new TreeDeserializer<>("a share", c::share));
    s.addSerializer(Indicator.class, writer(NativeJsonWriter::indicator));
    d.addDeserializer(Indicator.class, new TreeDeserializer<>("an indicator", c::indicator));
    s.addSerializer(Observation.class, writer((g, o) -> NativeJsonWriter.observation(g, o, true)));
    d.addDeserializer(Observation.class, new TreeDeserializer<>("an observation", c::observation));
    s.addSerializer(Finding.class, writer(c::writeFinding));
    d.addDeserializer(Finding.class, new TreeDeserializer<>("a finding", c::finding));
    s.addSerializer(Dataset.class, writer(NativeJsonWriter::document));
    d.addDeserializer(Dataset.class, new DatasetDeserializer(c));
    context.addSerializers(s);
    context.addDeserializers(d);
  }

  private static <T> ValueSerializer<T> writer(BiConsumer<JsonGenerator, T> write) {
    return new ValueSerializer<T>() {
      @Override
      public void serialize(T value, JsonGenerator g, SerializationContext ctxt) {
        write.accept(g, value);
      }
    };
  }

  /** " at [line 4, column 12]", where the current token starts. */
  static String at(JsonParser p) {
    var l = p.currentTokenLocation();
    return l == null || l.getLineNr() < 1 ? "" : " at [line " + l.getLineNr() + ", column " + l.getColumnNr() + "]";
  }

  /** The value at the parser, copied exactly (numbers as written) and read again as a strict tree. */
  private static JsonNode exactTree(JsonParser p, String what, String at) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (JsonGenerator g = STRICT.createGenerator(bytes)) {
      g.copyCurrentStructureExact(p);
    }
    try {
      return STRICT.readTree(bytes.toByteArray());
    } catch (JacksonException e) {
      throw DatabindException.from(p, "cannot read " + what + ": " + e.getOriginalMessage() + at, e);
    }
  }

  /** Bad content at a path inside the value being read. */
  private static final class Bad extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final String path;

    Bad(String path, String message, Throwable cause) {
      super(message, cause, false, false);
      this.path = path;
    }
  }

  /** Runs {@code work}, turning the library's refusal into bad content at {@code path}. */
  private static <T> T at(String path, Supplier<T> work) {
    try {
      return work.get();
    } catch (Bad e) {
      throw e;
    } catch (IllegalArgumentException e) {
      throw new Bad(path, e.getMessage(), e);
    }
  }

  /** Reads any JSON value into a tree first, then a zhibiao value from it. */
  private static final class TreeDeserializer<T> extends ValueDeserializer<T> {
    private final String what;
    private final java.util.function.BiFunction<JsonNode, String, T> read;

    TreeDeserializer(String what, java.util.function.BiFunction<JsonNode, String, T> read) {
      this.what = what;
      this.read = read;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) {
      String at = at(p);
      JsonNode n = exactTree(p, what, at);
      try {
        return read.apply(n, "$");
      } catch (Bad e) {
        throw DatabindException.from(p, "cannot read " + what + ": " + e.path + ": " + e.getMessage() + at, e);
      } catch (IllegalArgumentException e) {
        throw DatabindException.from(p, "cannot read " + what + ": " + e.getMessage() + at, e);
      }
    }
  }

  private static final class TextDeserializer<T> extends ValueDeserializer<T> {
    private final String what;
    private final Function<String, T> parse;

    TextDeserializer(String what, Function<String, T> parse) {
      this.what = what;
      this.parse = parse;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) {
      if (p.currentToken() == null || !p.currentToken().isScalarValue()) {
        throw DatabindException.from(p, what + " is a string, found " + p.currentToken() + at(p));
      }
      String text = p.getString();
      try {
        return parse.apply(text);
      } catch (IllegalArgumentException e) {
        throw DatabindException.from(p, e.getMessage() + at(p), e);
      }
    }
  }

  private static final class QuantityDeserializer extends ValueDeserializer<Quantity> {
    private final Codec codec;

    QuantityDeserializer(Codec codec) {
      this.codec = codec;
    }

    @Override
    public Quantity deserialize(JsonParser p, DeserializationContext ctxt) {
      String at = at(p);
      if (p.currentToken() != null && p.currentToken().isScalarValue() && p.currentToken().isNumeric()) {
        throw DatabindException.from(p, "a quantity is a string such as \"2210.6万头只\" or an object with value, unit "
            + "and qualifier, not a bare number" + at);
      }
      if (p.currentToken() != null && p.currentToken().isScalarValue()) {
        try {
          return Quantity.parse(p.getString(), codec.units);
        } catch (IllegalArgumentException e) {
          throw DatabindException.from(p, e.getMessage() + at, e);
        }
      }
      JsonNode n = exactTree(p, "a quantity", at);
      try {
        return codec.quantity(n, "$");
      } catch (Bad e) {
        String where = e.path.equals("$") ? "" : e.path + ": ";
        throw DatabindException.from(p, where + e.getMessage() + at, e);
      }
    }
  }

  /** A whole native JSON document, read by the native format's own reader. */
  private static final class DatasetDeserializer extends ValueDeserializer<Dataset> {
    private final Codec codec;

    DatasetDeserializer(Codec codec) {
      this.codec = codec;
    }

    @Override
    public Dataset deserialize(JsonParser p, DeserializationContext ctxt) {
      String at = at(p);
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (JsonGenerator g = STRICT.createGenerator(bytes)) {
        g.copyCurrentStructureExact(p);
      }
      ReadOptions options = ReadOptions.defaults().withRegions(codec.regions).withUnits(codec.units);
      try {
        return new NativeJsonReader().open(new ByteArrayInputStream(bytes.toByteArray()), "dataset", options)
            .toDataset();
      } catch (DatasetReadException e) {
        // the copy is on one line: its line numbers mean nothing to the caller, its paths do
        var problem = e.problem();
        throw DatabindException.from(p, "cannot read a dataset: " + problem.path().orElse("$") + ": "
            + problem.field().map(f -> "field '" + f + "': ").orElse("")
            + problem.text().map(t -> "'" + t + "' — ").orElse("") + problem.message() + at, e);
      }
    }
  }

  /** How each type is written and read, with the module's settings. */
  private static final class Codec {
    private static final Set<String> QUANTITY = Set.of("value", "unit", "qualifier");
    private static final Set<String> CHANGE = Set.of("amount", "basis", "reference");
    private static final Set<String> RANKING = Set.of("kind", "position", "topSize", "firstInWords", "peers",
        "scopeWord", "scope");
    private static final Set<String> SHARE = Set.of("rate", "of");
    private static final Set<String> INDICATOR = Set.of("code", "name", "unit", "kind", "sector", "englishName",
        "description");
    private static final Set<String> FINDING = Set.of("check", "outcome", "severity", "messageZh", "messageEn",
        "arithmetic", "observations");

    final boolean quantitiesAsObjects;
    final Regions regions;
    final UnitCatalog units;

    Codec(boolean quantitiesAsObjects, Regions regions, UnitCatalog units) {
      this.quantitiesAsObjects = quantitiesAsObjects;
      this.regions = regions;
      this.units = units;
    }

    // ---- writing

    void writeQuantity(JsonGenerator g, Quantity q) {
      if (!quantitiesAsObjects) {
        g.writeString(q.toString());
        return;
      }
      g.writeStartObject();
      g.writeStringProperty("value", q.value().toPlainString());
      g.writeStringProperty("unit", q.unit().label());
      g.writeStringProperty("qualifier", q.qualifier().name());
      g.writeEndObject();
    }

    void writeChange(JsonGenerator g, Change c) {
      g.writeStartObject();
      g.writeName("amount");
      writeQuantity(g, c.amount());
      g.writeStringProperty("basis", c.basis().name());
      c.reference().ifPresent(r -> g.writeStringProperty("reference", r));
      g.writeEndObject();
    }

    void writeRanking(JsonGenerator g, Ranking r) {
      g.writeStartObject();
      g.writeStringProperty("kind", r.kind().name());
      r.position().ifPresent(n -> g.writeNumberProperty("position", n));
      r.topSize().ifPresent(n -> g.writeNumberProperty("topSize", n));
      if (r.isFirstInWords()) {
        g.writeBooleanProperty("firstInWords", true);
      }
      r.peers().ifPresent(n -> g.writeNumberProperty("peers", n));
      r.scopeWord().ifPresent(w -> g.writeStringProperty("scopeWord", w.word()));
      r.scope().ifPresent(s -> g.writeStringProperty("scope", s.code()));
      g.writeEndObject();
    }

    void writeShare(JsonGenerator g, Share s) {
      g.writeStartObject();
      g.writeName("rate");
      writeQuantity(g, s.rate());
      g.writeStringProperty("of", s.whole());
      g.writeEndObject();
    }

    void writeFinding(JsonGenerator g, Finding f) {
      g.writeStartObject();
      g.writeStringProperty("check", f.check().name());
      g.writeStringProperty("outcome", f.outcome().name());
      g.writeStringProperty("severity", f.severity().name());
      g.writeStringProperty("messageZh", f.messageZh());
      g.writeStringProperty("messageEn", f.messageEn());
      g.writeStringProperty("arithmetic", f.arithmetic());
      g.writeName("observations");
      g.writeStartArray();
      for (Observation o : f.observations()) {
        NativeJsonWriter.observation(g, o, true);
      }
      g.writeEndArray();
      g.writeEndObject();
    }

    // ---- reading

    Quantity quantity(JsonNode n, String path) {
      if (n.isString()) {
        return at(path, () -> Quantity.parse(n.asString(), units));
      }
      if (!n.isObject()) {
        throw new Bad(path, "a quantity is a string such as \"2210.6万头只\" or an object with value, unit and qualifier",
            null);
      }
      only(n, path, QUANTITY);
      JsonNode value = required(n, path, "value");
      BigDecimal v;
      if (value.isNumber()) {
        v = value.decimalValue();
      } else if (value.isString()) {
        v = decimal(value.asString(), path + ".value");
      } else {
        throw new Bad(path + ".value", "expected a decimal number such as \"2210.6\"", null);
      }
      Unit unit = at(path + ".unit", () -> units.resolve(text(n, path, "unit"), UnitPolicy.STRICT));
      Qualifier q = n.has("qualifier") ? constant(Qualifier.class, n, path, "qualifier") : Qualifier.EXACT;
      return Quantity.of(v, unit, q);
    }

    Change change(JsonNode n, String path) {
      object(n, path, "a change is an object with amount and basis");
      only(n, path, CHANGE);
      Quantity amount = quantity(required(n, path, "amount"), path + ".amount");
      Change.Basis basis = constant(Change.Basis.class, n, path, "basis");
      boolean named = n.has("reference");
      if (basis == Change.Basis.REFERENCE) {
        if (!named) {
          throw new Bad(path, "basis REFERENCE needs the reference it names, such as \"reference\":\"近5年平均\"", null);
        }
        String reference = text(n, path, "reference");
        return at(path + ".reference", () -> Change.against(amount, reference));
      }
      if (named) {
        throw new Bad(path + ".reference", "only basis REFERENCE takes a reference; this change is " + basis, null);
      }
      return basis == Change.Basis.YEAR_ON_YEAR ? Change.yearOnYear(amount) : Change.previousPeriod(amount);
    }

    Ranking ranking(JsonNode n, String path) {
      if (n.isString()) {
        return at(path, () -> Ranking.parse(n.asString()));
      }
      object(n, path, "a ranking is an object with kind (POSITION, TOP_N or LEADING) and its number, or a text "
          + "such as \"居全区第3位\"");
      only(n, path, RANKING);
      Ranking.Kind kind = constant(Ranking.Kind.class, n, path, "kind");
      boolean inWords = false;
      if (n.has("firstInWords")) {
        JsonNode w = n.get("firstInWords");
        if (!w.isBoolean()) {
          throw new Bad(path + ".firstInWords", "expected true or false, found " + w, null);
        }
        inWords = w.booleanValue();
      }
      for (String other : kind == Ranking.Kind.POSITION ? List.of("topSize") : kind == Ranking.Kind.TOP_N
          ? List.of("position", "firstInWords") : List.of("position", "topSize", "firstInWords")) {
        if (n.has(other)) {
          throw new Bad(path + "." + other, "a " + kind + " ranking has no " + other, null);
        }
      }
      Ranking r;
      if (kind == Ranking.Kind.POSITION) {
        int position = whole(n, path, "position");
        if (inWords && position != 1) {
          throw new Bad(path + ".firstInWords", "only position 1 is stated in words (首位); this is position " + position,
              null);
        }
        r = inWords ? Ranking.first() : at(path + ".position", () -> Ranking.position(position));
      } else if (kind == Ranking.Kind.TOP_N) {
        int size = whole(n, path, "topSize");
        r = at(path + ".topSize", () -> Ranking.topN(size));
      } else {
        r = Ranking.leading();
      }
      if (n.has("peers")) {
        int peers = whole(n, path, "peers");
        Ranking base = r;
        r = at(path + ".peers", () -> base.withPeers(peers));
      }
      if (n.has("scopeWord")) {
        String word = text(n, path, "scopeWord");
        RegionScope scope = RegionScope.of(word).orElseThrow(() -> new Bad(path + ".scopeWord", "'" + word
            + "' is not a scope word; expected one of " + Arrays.stream(RegionScope.values()).map(RegionScope::word)
            .collect(Collectors.joining(", ")), null));
        r = r.withScopeWord(scope);
      }
      if (n.has("scope")) {
        String code = text(n, path, "scope");
        Region scope = regions.byCode(code).orElseThrow(() -> new Bad(path + ".scope", "unknown region code '" + code
            + "'; expected a GB/T 2260 code in the module's registry such as 150000", null));
        r = r.within(scope);
      }
      return r;
    }

    Share share(JsonNode n, String path) {
      object(n, path, "a share is an object with rate and of");
      only(n, path, SHARE);
      Quantity rate = quantity(required(n, path, "rate"), path + ".rate");
      String whole = text(n, path, "of");
      return at(path, () -> Share.of(rate, whole));
    }

    Indicator indicator(JsonNode i, String path) {
      object(i, path, "an indicator is an object with code, name, unit and kind");
      only(i, path, INDICATOR);
      Indicator.Builder b = Indicator.builder().code(text(i, path, "code")).name(text(i, path, "name"))
          .unit(at(path + ".unit", () -> units.resolve(text(i, path, "unit"), UnitPolicy.STRICT)))
          .kind(i.has("kind") ? constant(IndicatorKind.class, i, path, "kind") : IndicatorKind.FLOW);
      if (i.has("sector")) {
        b.sector(at(path + ".sector", () -> Sector.parse(text(i, path, "sector"))));
      }
      if (i.has("englishName")) {
        b.englishName(text(i, path, "englishName"));
      }
      if (i.has("description")) {
        b.description(text(i, path, "description"));
      }
      return at(path, b::build);
    }

    Observation observation(JsonNode n, String path) {
      object(n, path, "an observation is an object with an indicator object, region, period and value");
      Indicator indicator = indicator(required(n, path, "indicator"), path + ".indicator");
      ObservationFields f = new ObservationFields();
      for (Map.Entry<String, JsonNode> e : n.properties()) {
        JsonNode v = e.getValue();
        String key = e.getKey();
        if (key.equals("indicator")) {
          f.indicator = indicator.code();
        } else if (key.equals("breakdowns")) {
          if (!v.isArray()) {
            throw new Bad(path + ".breakdowns", "expected an array of breakdown objects", null);
          }
          f.breakdowns = new ArrayList<>();
          for (int k = 0; k < v.size(); k++) {
            JsonNode entry = v.get(k);
            String at = path + ".breakdowns[" + k + "]";
            object(entry, at, "a breakdown is an object with breakdown, label, englishLabel, category and categoryLabel");
            Map<String, String> m = new HashMap<>();
            for (Map.Entry<String, JsonNode> x : entry.properties()) {
              if (!List.of("breakdown", "label", "englishLabel", "category", "categoryLabel").contains(x.getKey())) {
                throw new Bad(at + "." + x.getKey(), "unknown breakdown property", null);
              }
              m.put(x.getKey(), scalar(x.getValue(), at + "." + x.getKey()));
            }
            f.breakdowns.add(m);
          }
        } else if (v.isObject()) {
          Map<String, String> m = new HashMap<>();
          for (Map.Entry<String, JsonNode> x : v.properties()) {
            m.put(x.getKey(), scalar(x.getValue(), path + "." + key + "." + x.getKey()));
          }
          switch (key) {
            case "change" -> f.change = m;
            case "ranking" -> f.ranking = m;
            case "share" -> f.share = m;
            default -> throw new Bad(path + "." + key, "unknown observation property", null);
          }
        } else if (!f.put(key, scalar(v, path + "." + key))) {
          throw new Bad(path + "." + key, "unknown observation property", null);
        }
      }
      Resolver r = new Resolver("observation", ReadOptions.defaults().withRegions(regions).withUnits(units));
      try {
        return f.build(r, code -> indicator, path);
      } catch (DatasetReadException e) {
        var p = e.problem();
        throw new Bad(p.path().orElse(path) + p.field().map(x -> "." + x).orElse(""),
            p.text().map(t -> "'" + t + "' — ").orElse("") + p.message(), e);
      }
    }

    Finding finding(JsonNode n, String path) {
      object(n, path, "a finding is an object with check, outcome, severity, messages, arithmetic and observations");
      only(n, path, FINDING);
      JsonNode list = required(n, path, "observations");
      if (!list.isArray()) {
        throw new Bad(path + ".observations", "expected an array of observation objects", null);
      }
      List<Observation> observations = new ArrayList<>();
      for (int k = 0; k < list.size(); k++) {
        observations.add(observation(list.get(k), path + ".observations[" + k + "]"));
      }
      Finding.Check check = constant(Finding.Check.class, n, path, "check");
      Finding.Outcome outcome = constant(Finding.Outcome.class, n, path, "outcome");
      Finding.Severity severity = constant(Finding.Severity.class, n, path, "severity");
      String zh = text(n, path, "messageZh");
      String en = text(n, path, "messageEn");
      String arithmetic = text(n, path, "arithmetic");
      return at(path + ".severity", () -> Finding.of(check, outcome, severity, zh, en, observations, arithmetic));
    }

    // ---- tree helpers

    private static void object(JsonNode n, String path, String expected) {
      if (!n.isObject()) {
        throw new Bad(path, expected + ", found " + n.getNodeType(), null);
      }
    }

    private static void only(JsonNode n, String path, Set<String> allowed) {
      for (String name : n.propertyNames()) {
        if (!allowed.contains(name)) {
          throw new Bad(path + "." + name, "unknown property; expected " + allowed.stream().sorted()
              .collect(Collectors.joining(", ")), null);
        }
      }
    }

    private static JsonNode required(JsonNode n, String path, String name) {
      JsonNode v = n.get(name);
      if (v == null || v.isNull()) {
        throw new Bad(path, "missing required property " + name, null);
      }
      return v;
    }

    private static String text(JsonNode n, String path, String name) {
      JsonNode v = required(n, path, name);
      if (!v.isString()) {
        throw new Bad(path + "." + name, "expected a string, found " + v, null);
      }
      return v.asString();
    }

    /** A scalar's text, numbers exactly as read; objects and arrays are refused. */
    private static String scalar(JsonNode v, String path) {
      if (v.isNumber()) {
        return v.decimalValue().toPlainString();
      }
      if (v.isString()) {
        return v.asString();
      }
      throw new Bad(path, "expected a string or a number, found " + v.getNodeType(), null);
    }

    private static BigDecimal decimal(String text, String path) {
      try {
        return new BigDecimal(text);
      } catch (NumberFormatException e) {
        // not the JDK's message, which names a character and nothing else
        throw new Bad(path, "'" + text + "' — expected a decimal number such as \"2210.6\" (digits, an optional sign, "
            + "point and exponent)", e);
      }
    }

    private static int whole(JsonNode n, String path, String name) {
      JsonNode v = required(n, path, name);
      if (!v.isIntegralNumber() || !v.canConvertToInt() || v.intValue() < 1) {
        throw new Bad(path + "." + name, "expected a whole number from 1 to " + Integer.MAX_VALUE + ", found " + v,
            null);
      }
      return v.intValue();
    }

    private static <E extends Enum<E>> E constant(Class<E> type, JsonNode n, String path, String name) {
      String t = text(n, path, name);
      for (E e : type.getEnumConstants()) {
        if (e.name().equals(t)) {
          return e;
        }
      }
      throw new Bad(path + "." + name, "'" + t + "' — expected " + Arrays.stream(type.getEnumConstants())
          .map(Enum::name).collect(Collectors.joining(", ", "", "")).replaceFirst(", (\\w+)$", " or $1"), null);
    }
  }
}
