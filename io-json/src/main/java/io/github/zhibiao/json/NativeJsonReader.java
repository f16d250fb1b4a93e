package io.github.zhibiao.json;

import io.github.zhibiao.model.Indicator;
import io.github.zhibiao.model.IndicatorKind;
import io.github.zhibiao.model.Observation;
import io.github.zhibiao.model.Sector;
import io.github.zhibiao.spi.AbstractObservationCursor;
import io.github.zhibiao.spi.DatasetReadException;
import io.github.zhibiao.spi.DatasetReader;
import io.github.zhibiao.spi.ObservationCursor;
import io.github.zhibiao.spi.Problem;
import io.github.zhibiao.spi.ReadOptions;
import io.github.zhibiao.unit.UnitPolicy;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.sym.PropertyNameMatcher;
import tools.jackson.core.exc.StreamConstraintsException;

/** Reads the native format, streaming the observations array. */
final class NativeJsonReader implements DatasetReader {

  @Override
  public ObservationCursor open(InputStream in, String source, ReadOptions options) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(options, "options");
    Cursor c = new Cursor(source, options, in);
    try {
      c.start();
    } catch (RuntimeException e) {
      c.close();
      throw e;
    }
    return c;
  }

  /** A JSON syntax or limit error as a problem with path and line. */
  static DatasetReadException malformed(String source, JacksonException e, String path) {
    String message;
    if (e instanceof StreamConstraintsException) {
      message = "the JSON exceeds a limit (nesting deeper than " + Json.MAX_DEPTH + " levels, or a number longer than "
          + "400 digits): " + e.getOriginalMessage();
    } else {
      String original = e.getOriginalMessage();
      int cut = original.indexOf(" (start marker");
      message = "malformed JSON: " + (cut > 0 ? original.substring(0, cut) : original);
    }
    Problem p = Problem.of(source, message).atPath(path);
    if (e.getLocation() != null && e.getLocation().getLineNr() > 0) {
      p = p.atLine(e.getLocation().getLineNr());
    }
    return new DatasetReadException(p, e);
  }

  private static final class Cursor extends AbstractObservationCursor {
    private final InputStream in;
    private final Resolver r;
    private final Map<String, Indicator> indicators = new HashMap<>();
    private final ObservationFields fields = new ObservationFields();
    private final RepeatedStrings strings = new RepeatedStrings();
    /** The JSON path of the current observation, built only when a problem needs it. */
    private final Object recordPath = new Object() {
      @Override
      public String toString() {
        return "$.observations[" + index + "]";
      }
    };
    private JsonParser p;
    /** The top-level properties read so far: each may appear once. */
    private final java.util.Set<String> topLevel = new java.util.HashSet<>();
    private boolean inObservations;
    private boolean sawObservations;
    private boolean done;
    private int index = -1;
    private String path = "$";

    Cursor(String source, ReadOptions options, InputStream in) {
      super(source, options);
      this.in = in;
      this.r = new Resolver(source, options);
    }

    void start() {
      try {
        p = Json.MAPPER.createParser(in);
        r.lineSource = () -> p.currentTokenLocation().getLineNr();
        JsonToken t = p.nextToken();
        if (t == null) {
          throw fatal(Problem.of(source(), "the input is empty; expected a JSON object with indicators and observations"));
        }
        if (t != JsonToken.START_OBJECT) {
          throw fatalAt("$", "expected a JSON object with format, indicators and observations, found " + describe(t));
        }
        advance();
      } catch (JacksonException e) {
        throw fatalFrom(e);
      }
    }

    private DatasetReadException fatalFrom(JacksonException e) {
      DatasetReadException d = malformed(source(), e, path == null ? recordPath.toString() : path);
      return fatal(d.problem());
    }

    private DatasetReadException fatalAt(String at, String message) {
      Problem problem = Problem.of(source(), message).atPath(at);
      long line = p == null ? 0 : p.currentTokenLocation().getLineNr();
      return fatal(line > 0 ? problem.atLine(line) : problem);
    }

    /** Reads top-level properties until the observations array starts or the object ends. */
    private void advance() {
      while (true) {
        String name = p.nextName();
        if (name == null) {
          path = "$";
          if (p.currentToken() != JsonToken.END_OBJECT) {
            throw fatalAt("$", "expected a property name");
          }
          if (p.nextToken() != null) {
            throw fatalAt("$", "unexpected content after the dataset object");
          }
          done = true;
          return;
        }
        path = "$." + name;
        JsonToken t = p.nextToken();
        if (!topLevel.add(name)) {
          throw fatalAt(path, "a second " + name + " property; a dataset has one, and which one is meant cannot be known");
        }
        switch (name) {
          case "format" -> {
            if (t != JsonToken.VALUE_STRING || !"zhibiao".equals(p.getString())) {
              throw fatalAt(path, "expected \"zhibiao\", found " + describe(t));
            }
          }
          case "version" -> {
            // the token's text, not an int conversion: 4294967297 is not 1
            if (t != JsonToken.VALUE_NUMBER_INT || !"1".equals(p.getString())) {
              throw fatalAt(path, "expected the format version 1, found " + (t == JsonToken.VALUE_NUMBER_INT
                  || t == JsonToken.VALUE_NUMBER_FLOAT ? p.getString() : describe(t)));
            }
          }
          case "indicators" -> readIndicators(t);
          case "regions" -> readRegions(t);
          case "observations" -> {
            if (t != JsonToken.START_ARRAY) {
              throw fatalAt(path, "expected an array of observations, found " + describe(t));
            }
            sawObservations = true;
            inObservations = true;
            return;
          }
          default -> throw fatalAt(path, "unknown property; expected format, version, regions, indicators or observations");
        }
      }
    }

    /**
     * The document's own regions ({@link DocumentRegions}), before the observations: they join the
     * registry the observations' regions and ranking scopes are resolved with.
     */
    private void readRegions(JsonToken t) {
      if (sawObservations) {
        throw fatalAt(path, "regions after the observations; define regions before the observations that use them");
      }
      if (t != JsonToken.START_ARRAY) {
        throw fatalAt(path, "expected an array of region definitions, found " + describe(t));
      }
      DocumentRegions.Definitions defs = new DocumentRegions.Definitions(source(), r.options.regions(),
          r.options.regionPolicy());
      int i = 0;
      while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
        String at = "$.regions[" + i++ + "]";
        if (t != JsonToken.START_OBJECT) {
          throw fatalAt(at, "expected a region definition object, found " + describe(t));
        }
        tools.jackson.databind.JsonNode def = Json.tree(p);
        if (!def.path("code").isString()) {
          throw fatalAt(at + ".code", "a region definition needs its code, a string");
        }
        try {
          defs.define(def.path("code").asString(), def, at);
        } catch (DatasetReadException e) {
          throw fatal(e.problem());
        }
      }
      r.withRegions(defs.registry());
    }

    private void readIndicators(JsonToken t) {
      if (t != JsonToken.START_ARRAY) {
        throw fatalAt(path, "expected an array of indicators, found " + describe(t));
      }
      int i = 0;
      while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
        String at = "$.indicators[" + i++ + "]";
        if (t != JsonToken.START_OBJECT) {
          throw fatalAt(at, "expected an indicator object, found " + describe(t));
        }
        Map<String, String> f = strings(at, "code", "name", "unit", "kind", "sector", "englishName", "description");
        Indicator ind;
        try {
          Indicator.Builder b = Indicator.builder().code(required(f, at, "code")).name(required(f, at, "name"))
              .unit(r.unit(at, "unit", required(f, at, "unit"), UnitPolicy.STRICT));
          if (f.containsKey("kind")) {
            b.kind(IndicatorKind.valueOf(f.get("kind").toUpperCase(Locale.ROOT)));
          }
          if (f.containsKey("sector")) {
            b.sector(Sector.parse(f.get("sector")));
          }
          if (f.containsKey("englishName")) {
            b.englishName(f.get("englishName"));
          }
          if (f.containsKey("description")) {
            b.description(f.get("description"));
          }
          ind = b.build();
        } catch (DatasetReadException e) {
          throw fatal(e.problem());
        } catch (IllegalArgumentException e) {
          throw fatalAt(at, e.getMessage());
        }
        if (indicators.putIfAbsent(ind.code(), ind) != null) {
          throw fatalAt(at + ".code", "indicator " + ind.code() + " is defined twice");
        }
        strings.seed(ind.code());
        strings.seed(ind.unit().label());
      }
    }

    private String required(Map<String, String> f, String at, String name) {
      String v = f.get(name);
      if (v == null) {
        throw fatalAt(at, "missing required property " + name);
      }
      return v;
    }

    /** Reads a flat object of string properties; anything else ends the read. */
    private Map<String, String> strings(String at, String... allowed) {
      Map<String, String> out = new HashMap<>();
      String name;
      while ((name = p.nextName()) != null) {
        JsonToken t = p.nextToken();
        if (!java.util.Arrays.asList(allowed).contains(name)) {
          throw fatalAt(at + "." + name, "unknown property; expected one of " + String.join(", ", allowed));
        }
        if (t != JsonToken.VALUE_STRING) {
          throw fatalAt(at + "." + name, "expected a string, found " + describe(t));
        }
        if (out.put(name, p.getString()) != null) {
          throw fatalAt(at + "." + name, "a second " + name + " property; which one is meant cannot be known");
        }
      }
      return out;
    }

    @Override
    protected Observation readRecord() {
      try {
        while (!done) {
          if (!inObservations) {
            advance();
            continue;
          }
          JsonToken t = p.nextToken();
          if (t == JsonToken.END_ARRAY) {
            inObservations = false;
            continue;
          }
          index++;
          path = null;
          if (t != JsonToken.START_OBJECT) {
            p.skipChildren();
            throw r.problem(recordPath, null, null, "expected an observation object, found " + describe(t));
          }
          return observation(recordPath);
        }
        return null;
      } catch (JacksonException e) {
        throw fatalFrom(e);
      }
    }

    /**
     * The observation properties, matched by Jackson on the bytes of their names without making a
     * String: {@code nextNameMatch} gives the index in {@link ObservationFields#NAMES}, which is
     * the property's id.
     */
    private final PropertyNameMatcher names = Json.FACTORY.constructNameMatcher(ObservationFields.NAMES, true);

    /** Reads one observation object to its end, then builds it (so a bad one leaves the stream aligned). */
    private Observation observation(Object at) {
      ObservationFields f = fields;
      f.clear();
      DatasetReadException first = null;
      int seen = 0; // a bit per property id read
      int id;
      while ((id = p.nextNameMatch(names)) != PropertyNameMatcher.MATCH_END_OBJECT) {
        if (id == PropertyNameMatcher.MATCH_ODD_TOKEN) {
          throw fatalAt(at.toString(), "expected a property name, found " + describe(p.currentToken()));
        }
        String name = p.currentName();
        JsonToken t = p.nextToken();
        if (id == PropertyNameMatcher.MATCH_UNKNOWN_NAME) {
          id = ObservationFields.UNKNOWN;
        }
        try {
          if (id >= 0 && (seen & (1 << id)) != 0) {
            p.skipChildren();
            throw r.problem(at, name, null, "a second " + name + " property; which one is meant cannot be known");
          }
          seen |= id >= 0 ? 1 << id : 0;
          switch (id) {
            case ObservationFields.VALUE -> {
              if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
                // The JDK's parser is quicker than Jackson's for the short figures of statistics, and
                // JSON's number grammar is a subset of BigDecimal's.
                f.value = r.number(at, name, p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
              } else if (t == JsonToken.VALUE_STRING) {
                f.valueText = p.getString();
              } else {
                p.skipChildren();
                throw r.problem(at, name, null, "expected a number or a string holding one, found " + describe(t));
              }
            }
            case ObservationFields.CHANGE -> f.change = nested(at, name, t);
            case ObservationFields.RANKING -> f.ranking = nested(at, name, t);
            case ObservationFields.SHARE -> f.share = nested(at, name, t);
            case ObservationFields.BREAKDOWNS -> f.breakdowns = breakdownEntries(at, t);
            case ObservationFields.UNKNOWN -> {
              p.skipChildren();
              throw r.problem(at, name, null, "unknown property; expected indicator, region, regionName, period, "
                  + "value, unit, qualifier, status, breakdowns, change, ranking, share, planCompletion or note");
            }
            default -> {
              if (t != JsonToken.VALUE_STRING) {
                p.skipChildren();
                throw r.problem(at, name, null, "expected a string, found " + describe(t));
              }
              f.set(id, ObservationFields.repeats(id) ? strings.get(p, id) : p.getString());
            }
          }
        } catch (DatasetReadException e) {
          if (first == null) {
            first = e;
          }
        }
      }
      if (first != null) {
        throw first;
      }
      return f.build(r, this::indicator, at);
    }

    private String lastCode;
    private Indicator lastIndicator;

    /** The indicator with this code; consecutive observations of one indicator skip the map. */
    private Indicator indicator(String code) {
      if (code != lastCode && !code.equals(lastCode)) {
        lastIndicator = indicators.get(code);
        lastCode = code;
      }
      return lastIndicator;
    }

    /** The breakdowns array of an observation: objects of string properties, read to the end of the array. */
    private java.util.List<Map<String, String>> breakdownEntries(Object at, JsonToken t) {
      if (t != JsonToken.START_ARRAY) {
        p.skipChildren();
        throw r.problem(at, "breakdowns", null, "expected an array of breakdowns, found " + describe(t));
      }
      java.util.List<Map<String, String>> out = new java.util.ArrayList<>();
      DatasetReadException first = null;
      JsonToken e;
      while ((e = p.nextToken()) != JsonToken.END_ARRAY) {
        String place = "breakdowns[" + out.size() + "]";
        if (e != JsonToken.START_OBJECT) {
          p.skipChildren();
          if (first == null) {
            first = r.problem(at, place, null, "expected a breakdown object, found " + describe(e));
          }
          out.add(Map.of());
          continue;
        }
        Map<String, String> m = new HashMap<>();
        String name;
        while ((name = p.nextName()) != null) {
          JsonToken v = p.nextToken();
          boolean known = switch (name) {
            case "breakdown", "label", "englishLabel", "category", "categoryLabel" -> true;
            default -> false;
          };
          if (!known || v != JsonToken.VALUE_STRING) {
            p.skipChildren();
            if (first == null) {
              first = r.problem(at, place + "." + name, null, known ? "expected a string, found " + describe(v)
                  : "unknown property of a breakdown; expected breakdown, label, englishLabel, category or categoryLabel");
            }
            continue;
          }
          if (m.put(name, p.getString()) != null && first == null) {
            first = r.problem(at, place + "." + name, null, "a property given twice");
          }
        }
        out.add(m);
      }
      if (first != null) {
        throw first;
      }
      return out;
    }

    private Map<String, String> nested(Object at, String kind, JsonToken t) {
      if (t != JsonToken.START_OBJECT) {
        p.skipChildren();
        throw r.problem(at, kind, null, "expected an object, found " + describe(t));
      }
      Map<String, String> m = new HashMap<>();
      String name;
      DatasetReadException first = null;
      while ((name = p.nextName()) != null) {
        JsonToken v = p.nextToken();
        boolean known = switch (kind) {
          case "change" -> name.equals("amount") || name.equals("basis");
          case "ranking" -> name.equals("rank") || name.equals("scope");
          default -> name.equals("rate") || name.equals("of");
        };
        if (!known || v != JsonToken.VALUE_STRING) {
          p.skipChildren();
          if (first == null) {
            first = r.problem(at, kind + "." + name, null, known ? "expected a string, found " + describe(v)
                : "unknown property of " + kind);
          }
          continue;
        }
        if (m.put(name, p.getString()) != null && first == null) {
          first = r.problem(at, kind + "." + name, null, "a second " + name + " property; which one is meant cannot be known");
        }
      }
      if (first != null) {
        throw first;
      }
      return m;
    }

    private static String describe(JsonToken t) {
      if (t == null) {
        return "the end of the input";
      }
      return switch (t) {
        case START_OBJECT -> "an object";
        case START_ARRAY -> "an array";
        case VALUE_STRING -> "a string";
        case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
        case VALUE_TRUE, VALUE_FALSE -> "a boolean";
        case VALUE_NULL -> "null";
        default -> t.toString();
      };
    }

    @Override
    public void close() {
      try {
        if (p != null) {
          p.close();
        }
        in.close();
      } catch (java.io.IOException | JacksonException e) {
        // closing: nothing useful to report
      }
    }
  }
}
