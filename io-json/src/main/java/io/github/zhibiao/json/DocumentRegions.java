package io.github.zhibiao.json;

import io.github.zhibiao.model.Region;
import io.github.zhibiao.model.RegionLevel;
import io.github.zhibiao.model.Regions;
import io.github.zhibiao.spi.DatasetReadException;
import io.github.zhibiao.spi.Problem;
import io.github.zhibiao.spi.RegionPolicy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;

/**
 * The regions a JSON document defines itself: the regions of its observations (and of their
 * rankings' scopes) that the built-in registry does not hold, with every attribute of a {@link
 * Region} — code, name, short name, level, parent (a code, defined before) and English name — so
 * that a user's region reads back equal. Native JSON writes them as the array {@code $.regions},
 * JSON-stat as the object {@code extension.zhibiao.regions} keyed by code; each definition reads
 * {@code {"code": "ZONE1", "name": "赤峰高新技术产业开发区", "shortName": "赤峰高新区", "level": "OTHER",
 * "parent": "150400"}}.
 *
 * <p>Writing refuses a region whose code is a built-in region's but which differs from it (a
 * reader gives back the built-in region), and two different regions under one code. Reading adds
 * the definitions to the read's registry under {@link RegionPolicy#OPEN}; a definition of a code
 * the registry already holds must be equal to the registry's region; under {@link
 * RegionPolicy#STRICT} nothing is added, so that the observations in such regions are refused one
 * by one as the policy says.
 */
final class DocumentRegions {
  private DocumentRegions() {}

  /**
   * The regions of {@code used} that a document must define, ancestors first, in order of first use.
   *
   * @throws IllegalArgumentException for a region that differs from the built-in region of its
   *     code, or two different regions under one code
   */
  static List<Region> toDefine(Iterable<Region> used) {
    Regions builtIn = Regions.builtIn();
    Map<String, Region> out = new LinkedHashMap<>();
    for (Region r : used) {
      add(r, builtIn, out);
    }
    return new ArrayList<>(out.values());
  }

  private static void add(Region r, Regions builtIn, Map<String, Region> out) {
    Region known = builtIn.byCode(r.code()).orElse(null);
    if (r.equals(known)) {
      return;
    }
    if (known != null) {
      throw new IllegalArgumentException("region " + r.code() + " (" + r.name() + ") differs from the built-in region "
          + "of that code (" + known.name() + ", " + describe(known) + " against " + describe(r) + "): a reader "
          + "gives back the built-in region; give your region a code of its own");
    }
    Region before = out.get(r.code());
    if (before != null) {
      if (!before.equals(r)) {
        throw new IllegalArgumentException("two different regions have the code " + r.code() + " (" + describe(before)
            + " and " + describe(r) + "); one code names one region");
      }
      return;
    }
    r.parent().ifPresent(p -> add(p, builtIn, out));
    out.put(r.code(), r);
  }

  private static String describe(Region r) {
    return r.name() + "/" + r.shortName() + ", " + r.level() + r.parent().map(p -> ", in " + p.code()).orElse("")
        + r.englishName().map(e -> ", " + e).orElse("");
  }

  /** Writes the attributes of {@code r} (all but the code when {@code withCode} is false) into the current object. */
  static void write(JsonGenerator g, Region r, boolean withCode) {
    if (withCode) {
      g.writeStringProperty("code", r.code());
    }
    g.writeStringProperty("name", r.name());
    g.writeStringProperty("shortName", r.shortName());
    g.writeStringProperty("level", r.level().name());
    r.parent().ifPresent(p -> g.writeStringProperty("parent", p.code()));
    r.englishName().ifPresent(e -> g.writeStringProperty("englishName", e));
  }

  /**
   * Definitions as a document gives them, one by one, and the registry they make. Not
   * thread-safe; one per read.
   */
  static final class Definitions {
    private final String source;
    private final Regions registry;
    private final RegionPolicy policy;
    private final Map<String, Region> added = new LinkedHashMap<>();

    Definitions(String source, Regions registry, RegionPolicy policy) {
      this.source = source;
      this.registry = registry;
      this.policy = policy;
    }

    /**
     * Reads one definition.
     *
     * @param code the region's code
     * @param def the definition object (a {@code code} property in it is not read again)
     * @param path the JSON path of the definition, for problems
     * @throws DatasetReadException naming the path for a malformed definition, an unknown parent, a
     *     code defined twice, or a code the registry holds as another region
     */
    void define(String code, JsonNode def, String path) {
      Region known = registry.byCode(code).orElse(null);
      if (known == null && policy == RegionPolicy.STRICT) {
        return; // the observations in it are refused, each with the policy's message
      }
      Region region = read(code, def, path);
      if (known != null && !known.equals(region)) {
        throw problem(source, path, code, "the document defines region " + code + " as " + describe(region)
            + ", but the registry has it as " + describe(known) + "; one code names one region");
      }
      if (added.containsKey(code)) {
        throw problem(source, path, code, "region " + code + " is defined twice");
      }
      if (known == null) {
        added.put(code, region);
      }
    }

    /** The registry with every definition read so far. */
    Regions registry() {
      return added.isEmpty() ? registry : registry.with(added.values().toArray(new Region[0]));
    }

    private Region read(String code, JsonNode def, String path) {
      if (!def.isObject()) {
        throw problem(source, path, null, "expected a region definition object with name, shortName and level");
      }
      for (String name : def.propertyNames()) {
        if (!List.of("code", "name", "shortName", "level", "parent", "englishName").contains(name)) {
          throw problem(source, path + "." + name, null,
              "unknown property of a region; expected code, name, shortName, level, parent or englishName");
        }
        if (!def.path(name).isString()) {
          throw problem(source, path + "." + name, null, "expected a string");
        }
      }
      String name = def.path("name").asString(code);
      String shortName = def.path("shortName").asString(name);
      String levelText = def.path("level").asString("OTHER");
      RegionLevel level;
      try {
        level = RegionLevel.valueOf(levelText);
      } catch (DatasetReadException e) {
        throw e; // already placed: a DatasetReadException is an IllegalArgumentException too
      } catch (IllegalArgumentException e) {
        throw problem(source, path + ".level", levelText, "unknown region level; expected NATION, PROVINCE, "
            + "PREFECTURE, COUNTY or OTHER");
      }
      try {
        Region region;
        if (def.has("parent")) {
          String parentCode = def.path("parent").asString();
          Region parent = added.containsKey(parentCode) ? added.get(parentCode)
              : registry.byCode(parentCode).orElseThrow(() -> problem(source, path + ".parent", parentCode,
                  "unknown parent region; expected a code of the registry or of a region defined before this one"));
          region = Region.of(code, name, shortName, level, parent);
        } else {
          region = Region.of(code, name, shortName, level);
        }
        return def.has("englishName") ? region.withEnglishName(def.path("englishName").asString()) : region;
      } catch (DatasetReadException e) {
        throw e; // already placed: a DatasetReadException is an IllegalArgumentException too
      } catch (IllegalArgumentException e) {
        throw problem(source, path, code, e.getMessage());
      }
    }
  }

  private static DatasetReadException problem(String source, String path, String text, String message) {
    Problem p = Problem.of(source, message).atPath(path);
    return new DatasetReadException(text == null || text.isEmpty() ? p : p.withText(text));
  }
}
