package io.github.zhibiao.json;

import io.github.zhibiao.model.Indicator;
import io.github.zhibiao.model.IndicatorKind;
import io.github.zhibiao.model.Observation;
import io.github.zhibiao.model.Period;
import io.github.zhibiao.model.Region;
import io.github.zhibiao.model.Regions;
import io.github.zhibiao.model.Sector;
import io.github.zhibiao.spi.DatasetReadException;
import io.github.zhibiao.spi.ReadOptions;
import io.github.zhibiao.unit.Qualifier;
import io.github.zhibiao.unit.Quantity;
import io.github.zhibiao.unit.Unit;
import io.github.zhibiao.unit.UnitCatalog;
import io.github.zhibiao.unit.UnitPolicy;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * A Jackson 3 module so that your own mappers write and read zhibiao's values:
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new ZhibiaoModule()).build();
 * String json = mapper.writeValueAsString(Quantity.parse("2210.6万头只"));   // "2210.6万头只"
 * Quantity q = mapper.readValue("\"130亿斤\"", Quantity.class);
 * }</pre>
 *
 * <ul>
 *   <li>{@link Quantity}: its text, {@code "2210.6万头只"}, {@code "超800座"}; with
 *       {@link #withQuantitiesAsObjects()} an object {@code {"value":"2210.6","unit":"万头只",
 *       "qualifier":"EXACT"}} (both forms are read either way). Values stay exact decimals.</li>
 *   <li>{@link Unit}: its symbol. {@link Period}: its ISO/SDMX form ({@code "2023-01/2023-11"}; the
 *       Chinese forms are read too). {@link Region}: its GB/T 2260 code, resolved on reading with
 *       the module's registry ({@link #withRegions(Regions)}).</li>
 *   <li>{@link Observation}: the observation object of the native JSON format, with its indicator
 *       embedded as an object.</li>
 * </ul>
 *
 * <p>Bad input gives Jackson's {@link DatabindException} with the location:
 * {@code cannot parse '12万阿巴' at index 3: unknown unit '阿巴' … at [line 1, column 1]}. The
 * module is found by {@code JsonMapper.builder().findAndAddModules()} through ServiceLoader.
 * Instances are immutable; {@code with*} returns a new module.
 */
public final class ZhibiaoModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** Whether quantities are written as objects (true) or as text (false). @serial */
  private final boolean quantitiesAsObjects;
  private final transient Regions regions;
  private final transient UnitCatalog units;

  /** Quantities as strings, regions from the built-in registry. */
  public ZhibiaoModule() {
    this(false, Regions.builtIn(), UnitCatalog.builtIn());
  }

  private ZhibiaoModule(boolean quantitiesAsObjects, Regions regions, UnitCatalog units) {
    super("zhibiao");
    this.quantitiesAsObjects = quantitiesAsObjects;
    this.regions = regions;
    this.units = units;
    addSerializer(Quantity.class, new QuantitySerializer(quantitiesAsObjects));
    addDeserializer(Quantity.class, new QuantityDeserializer(units));
    addSerializer(Unit.class, new ValueSerializer<Unit>() {
      @Override
      public void serialize(Unit value, JsonGenerator g, SerializationContext ctxt) {
        g.writeString(value.label());
      }
    });
    addDeserializer(Unit.class, new TextDeserializer<>(t -> units.resolve(t, UnitPolicy.STRICT)));
    addSerializer(Period.class, new ValueSerializer<Period>() {
      @Override
      public void serialize(Period value, JsonGenerator g, SerializationContext ctxt) {
        g.writeString(value.toString());
      }
    });
    addDeserializer(Period.class, new TextDeserializer<>(Period::parse));
    addSerializer(Region.class, new ValueSerializer<Region>() {
      @Override
      public void serialize(Region value, JsonGenerator g, SerializationContext ctxt) {
        g.writeString(value.code());
      }
    });
    addDeserializer(Region.class, new TextDeserializer<>(regions::require));
    addSerializer(Observation.class, new ValueSerializer<Observation>() {
      @Override
      public void serialize(Observation value, JsonGenerator g, SerializationContext ctxt) {
        NativeJsonWriter.observation(g, value, true);
      }
    });
    addDeserializer(Observation.class, new ObservationDeserializer(regions, units));
  }

  /**
   * This module writing quantities as objects with value, unit and qualifier.
   *
   * @return a new module with the same region registry that writes {@code {"value":"2210.6",
   *     "unit":"万头只","qualifier":"EXACT"}}; this module is unchanged
   */
  public ZhibiaoModule withQuantitiesAsObjects() {
    return new ZhibiaoModule(true, regions, units);
  }

  /**
   * This module resolving region codes with {@code newRegions} (the built-in registry plus your
   * own).
   *
   * @param newRegions the registry that regions read (a code such as 150400, or a name) are
   *     resolved with
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

  private static final class QuantitySerializer extends ValueSerializer<Quantity> {
    private final boolean asObject;

    QuantitySerializer(boolean asObject) {
      this.asObject = asObject;
    }

    @Override
    public void serialize(Quantity q, JsonGenerator g, SerializationContext ctxt) {
      if (!asObject) {
        g.writeString(q.toString());
        return;
      }
      g.writeStartObject();
      g.writeStringProperty("value", q.value().toPlainString());
      g.writeStringProperty("unit", q.unit().label());
      g.writeStringProperty("qualifier", q.qualifier().name());
      g.writeEndObject();
    }
  }

  private static final class QuantityDeserializer extends ValueDeserializer<Quantity> {
    private final UnitCatalog units;

    QuantityDeserializer(UnitCatalog units) {
      this.units = units;
    }

    @Override
    public Quantity deserialize(JsonParser p, DeserializationContext ctxt) {
      if (p.currentToken() != null && p.currentToken().isScalarValue()) {
        return parse(p, () -> Quantity.parse(p.getString(), units));
      }
      JsonNode n = ctxt.readTree(p);
      if (!n.isObject() || !n.path("value").isValueNode()) {
        throw DatabindException.from(p, "a quantity is a string such as \"2210.6万头只\" or an object with value, unit "
            + "and qualifier");
      }
      return parse(p, () -> Quantity.of(new java.math.BigDecimal(n.path("value").asString()),
          units.resolve(n.path("unit").asString(""), UnitPolicy.STRICT),
          Qualifier.valueOf(n.path("qualifier").asString("EXACT").toUpperCase(Locale.ROOT))));
    }
  }

  private static final class TextDeserializer<T> extends ValueDeserializer<T> {
    private final java.util.function.Function<String, T> parse;

    TextDeserializer(java.util.function.Function<String, T> parse) {
      this.parse = parse;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) {
      if (p.currentToken() == null || !p.currentToken().isScalarValue()) {
        throw DatabindException.from(p, "expected a string, found " + p.currentToken());
      }
      String text = p.getString();
      return parse(p, () -> parse.apply(text));
    }
  }

  private static <T> T parse(JsonParser p, java.util.function.Supplier<T> work) {
    try {
      return work.get();
    } catch (IllegalArgumentException | DateTimeParseException e) {
      throw DatabindException.from(p, e.getMessage() + at(p), e);
    }
  }

  /** " at [line 4, column 12]", where the current token starts. */
  static String at(JsonParser p) {
    var l = p.currentTokenLocation();
    return l == null || l.getLineNr() < 1 ? "" : " at [line " + l.getLineNr() + ", column " + l.getColumnNr() + "]";
  }

  private static final class ObservationDeserializer extends ValueDeserializer<Observation> {
    private final Regions regions;
    private final UnitCatalog units;

    ObservationDeserializer(Regions regions, UnitCatalog units) {
      this.regions = regions;
      this.units = units;
    }

    @Override
    public Observation deserialize(JsonParser p, DeserializationContext ctxt) {
      JsonNode n = ctxt.readTree(p);
      if (!n.isObject() || !n.path("indicator").isObject()) {
        throw DatabindException.from(p, "an observation is an object with an indicator object, region, period and value");
      }
      try {
        JsonNode i = n.path("indicator");
        Indicator.Builder b = Indicator.builder().code(i.path("code").asString("")).name(i.path("name").asString(""))
            .unit(units.resolve(i.path("unit").asString(""), UnitPolicy.STRICT))
            .kind(IndicatorKind.valueOf(i.path("kind").asString("FLOW")));
        if (i.has("sector")) {
          b.sector(Sector.parse(i.path("sector").asString()));
        }
        if (i.has("englishName")) {
          b.englishName(i.path("englishName").asString());
        }
        if (i.has("description")) {
          b.description(i.path("description").asString());
        }
        Indicator indicator = b.build();
        ObservationFields f = new ObservationFields();
        for (Map.Entry<String, JsonNode> e : n.properties()) {
          JsonNode v = e.getValue();
          String key = e.getKey();
          if (key.equals("indicator")) {
            f.indicator = indicator.code();
          } else if (v.isObject()) {
            Map<String, String> m = new HashMap<>();
            v.properties().forEach(x -> m.put(x.getKey(), x.getValue().asString()));
            switch (key) {
              case "change" -> f.change = m;
              case "ranking" -> f.ranking = m;
              case "share" -> f.share = m;
              default -> throw DatabindException.from(p, "unknown observation property '" + key + "'" + at(p));
            }
          } else if (!f.put(key, v.isNumber() ? v.decimalValue().toPlainString() : v.asString())) {
            throw DatabindException.from(p, "unknown observation property '" + key + "'" + at(p));
          }
        }
        Resolver r = new Resolver("observation", ReadOptions.defaults().withRegions(regions).withUnits(units));
        return f.build(r, code -> indicator, "$");
      } catch (DatasetReadException e) {
        throw DatabindException.from(p, e.problem().path().orElse("$") + ": " + e.problem().text().map(t -> "'" + t + "' — ").orElse("")
            + e.problem().message() + at(p), e);
      } catch (IllegalArgumentException e) {
        throw DatabindException.from(p, e.getMessage() + at(p), e);
      }
    }
  }
}
