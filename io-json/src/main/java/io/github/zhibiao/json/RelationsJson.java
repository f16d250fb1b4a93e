package io.github.zhibiao.json;

import io.github.zhibiao.ZhibiaoException;
import io.github.zhibiao.calc.Relation;
import io.github.zhibiao.model.Region;
import io.github.zhibiao.model.Regions;
import io.github.zhibiao.spi.DatasetReadException;
import io.github.zhibiao.spi.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Reads the relations file that sits beside a dataset ({@code chifeng-2023.relations.json} beside
 * {@code chifeng-2023.csv}): the relations between figures that the data cannot know by itself,
 * for {@link io.github.zhibiao.calc.Consistency}.
 *
 * <h2>Format</h2>
 * UTF-8 JSON, one object with a {@code relations} array (and optionally a {@code description}
 * string). Each relation is an object with a {@code kind}, the fields of that kind, and optionally
 * a {@code note} saying why the relation holds (kept in the file for the reader; not part of the
 * {@link Relation}). Indicator codes are strings; regions are GB/T 2260 codes, resolved in the
 * given {@link Regions}.
 * <table>
 *   <caption>Relation kinds</caption>
 *   <tr><th>kind</th><th>fields</th><th>relation</th></tr>
 *   <tr><td>{@code sum}</td><td>{@code total}, {@code parts} (codes)</td><td>{@link Relation#sum(String, java.util.Collection)}</td></tr>
 *   <tr><td>{@code regionalSum}</td><td>{@code indicator}, {@code total} (region), {@code parts} (regions)</td><td>{@link Relation#regionalSum}</td></tr>
 *   <tr><td>{@code share}</td><td>{@code part}, {@code whole}</td><td>{@link Relation#share}</td></tr>
 *   <tr><td>{@code plan}</td><td>{@code actual}, {@code target}</td><td>{@link Relation#plan}</td></tr>
 *   <tr><td>{@code rateOf}</td><td>{@code rate}, {@code count}</td><td>{@link Relation#rateOf}</td></tr>
 *   <tr><td>{@code partOf}</td><td>{@code part}, {@code whole}</td><td>{@link Relation#partOf}</td></tr>
 *   <tr><td>{@code oneToOne}</td><td>{@code codes} (two codes)</td><td>{@link Relation#oneToOne}</td></tr>
 *   <tr><td>{@code onePerChildRegion}</td><td>{@code indicator}</td><td>{@link Relation#onePerChildRegion}</td></tr>
 *   <tr><td>{@code parts}</td><td>{@code whole}, {@code parts} (codes)</td><td>{@link Relation#parts(String, java.util.Collection)}</td></tr>
 * </table>
 *
 * <pre>{@code
 * {"relations": [
 *   {"kind": "rateOf", "rate": "NEW_SIGNED_PROJECTS.START_RATE", "count": "SIGNED_PROJECTS",
 *    "note": "开工率 of the projects signed in 2023年1—11月"},
 *   {"kind": "parts", "whole": "LIVESTOCK_STOCK", "parts": ["CATTLE_STOCK", "SHEEP_STOCK", "PIG_STOCK"]}
 * ]}
 * }</pre>
 *
 * <p>Bad content is refused with a {@link DatasetReadException} whose {@link Problem} names the
 * source, the JSON path ({@code $.relations[3].whole}), the offending text and what was expected:
 * an unknown kind or field, a missing field, a value of the wrong type, an unknown region, or a
 * relation the factories refuse (a part repeated).
 */
public final class RelationsJson {
  private static final Map<String, Set<String>> FIELDS = Map.of(
      "sum", Set.of("total", "parts"),
      "regionalSum", Set.of("indicator", "total", "parts"),
      "share", Set.of("part", "whole"),
      "plan", Set.of("actual", "target"),
      "rateOf", Set.of("rate", "count"),
      "partOf", Set.of("part", "whole"),
      "oneToOne", Set.of("codes"),
      "onePerChildRegion", Set.of("indicator"),
      "parts", Set.of("whole", "parts"));

  private RelationsJson() {}

  /**
   * Reads a relations file, resolving regions in {@link Regions#builtIn()}.
   *
   * @param file the file
   * @return the relations, in file order
   * @throws DatasetReadException if the content is not a relations file as documented
   * @throws UncheckedIOException if the file cannot be read
   */
  public static List<Relation> read(Path file) {
    return read(file, Regions.builtIn());
  }

  /**
   * Reads a relations file.
   *
   * @param file the file
   * @param regions the registry that resolves region codes
   * @return the relations, in file order
   * @throws DatasetReadException if the content is not a relations file as documented
   * @throws UncheckedIOException if the file cannot be read
   */
  public static List<Relation> read(Path file, Regions regions) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.getFileName().toString(), regions);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read relations file " + file, e);
    }
  }

  /**
   * Reads relations from a stream of UTF-8 JSON.
   *
   * @param in the stream, not closed
   * @param source the name the errors give (a file name)
   * @param regions the registry that resolves region codes
   * @return the relations, in document order
   * @throws DatasetReadException if the content is not a relations file as documented
   */
  public static List<Relation> read(InputStream in, String source, Regions regions) {
    JsonNode root;
    try {
      root = Json.MAPPER.readTree(in);
    } catch (JacksonException e) {
      throw new DatasetReadException(Problem.of(source, "not JSON: " + e.getOriginalMessage()).atPath("$"), e);
    }
    if (root == null || !root.isObject()) {
      throw bad(source, "$", root, "an object with a \"relations\" array");
    }
    for (String name : root.propertyNames()) {
      if (!name.equals("relations") && !name.equals("description")) {
        throw bad(source, "$." + name, null, "only \"relations\" and \"description\" at the top");
      }
    }
    JsonNode list = root.get("relations");
    if (list == null || !list.isArray()) {
      throw bad(source, "$.relations", list, "an array of relations");
    }
    List<Relation> out = new ArrayList<>(list.size());
    for (int i = 0; i < list.size(); i++) {
      out.add(relation(list.get(i), source, "$.relations[" + i + "]", regions));
    }
    return List.copyOf(out);
  }

  private static Relation relation(JsonNode n, String source, String path, Regions regions) {
    if (!n.isObject()) {
      throw bad(source, path, n, "a relation object with a \"kind\"");
    }
    String kind = string(n, "kind", source, path);
    Set<String> fields = FIELDS.get(kind);
    if (fields == null) {
      throw bad(source, path + ".kind", n.get("kind"), "one of " + String.join(", ", new java.util.TreeSet<>(FIELDS.keySet())));
    }
    for (String name : n.propertyNames()) {
      if (!name.equals("kind") && !name.equals("note") && !fields.contains(name)) {
        throw bad(source, path + "." + name, null, "the fields of a " + kind + " relation: "
            + String.join(", ", new java.util.TreeSet<>(fields)) + " (and note)");
      }
    }
    if (n.has("note") && !n.get("note").isString()) {
      throw bad(source, path + ".note", n.get("note"), "a string");
    }
    try {
      return switch (kind) {
        case "sum" -> Relation.sum(string(n, "total", source, path), strings(n, "parts", source, path));
        case "regionalSum" -> Relation.regionalSum(string(n, "indicator", source, path),
            region(n.get("total"), source, path + ".total", regions), regions(n, source, path, regions));
        case "share" -> Relation.share(string(n, "part", source, path), string(n, "whole", source, path));
        case "plan" -> Relation.plan(string(n, "actual", source, path), string(n, "target", source, path));
        case "rateOf" -> Relation.rateOf(string(n, "rate", source, path), string(n, "count", source, path));
        case "partOf" -> Relation.partOf(string(n, "part", source, path), string(n, "whole", source, path));
        case "oneToOne" -> {
          List<String> codes = strings(n, "codes", source, path);
          if (codes.size() != 2) {
            throw bad(source, path + ".codes", n.get("codes"), "exactly two indicator codes");
          }
          yield Relation.oneToOne(codes.get(0), codes.get(1));
        }
        case "onePerChildRegion" -> Relation.onePerChildRegion(string(n, "indicator", source, path));
        default -> Relation.parts(string(n, "whole", source, path), strings(n, "parts", source, path));
      };
    } catch (DatasetReadException e) {
      throw e;
    } catch (IllegalArgumentException e) {
      throw new DatasetReadException(Problem.of(source, e.getMessage()).atPath(path).withText(n.toString()), e);
    }
  }

  private static String string(JsonNode n, String field, String source, String path) {
    JsonNode v = n.get(field);
    if (v == null || !v.isString() || v.asString().isBlank()) {
      throw bad(source, path + "." + field, v, "a non-blank string");
    }
    return v.asString();
  }

  private static List<String> strings(JsonNode n, String field, String source, String path) {
    JsonNode v = n.get(field);
    if (v == null || !v.isArray() || v.isEmpty()) {
      throw bad(source, path + "." + field, v, "a non-empty array of indicator codes");
    }
    List<String> out = new ArrayList<>(v.size());
    for (int i = 0; i < v.size(); i++) {
      JsonNode e = v.get(i);
      if (!e.isString() || e.asString().isBlank()) {
        throw bad(source, path + "." + field + "[" + i + "]", e, "a non-blank indicator code");
      }
      out.add(e.asString());
    }
    return out;
  }

  private static List<Region> regions(JsonNode n, String source, String path, Regions regions) {
    JsonNode v = n.get("parts");
    if (v == null || !v.isArray() || v.isEmpty()) {
      throw bad(source, path + ".parts", v, "a non-empty array of region codes");
    }
    List<Region> out = new ArrayList<>(v.size());
    for (int i = 0; i < v.size(); i++) {
      out.add(region(v.get(i), source, path + ".parts[" + i + "]", regions));
    }
    return out;
  }

  private static Region region(JsonNode v, String source, String path, Regions regions) {
    if (v == null || !v.isString()) {
      throw bad(source, path, v, "a region code as a string (\"150400\")");
    }
    try {
      return regions.byCode(v.asString()).orElseThrow(() -> bad(source, path, v, "a region code the registry knows"));
    } catch (ZhibiaoException e) {
      throw new DatasetReadException(Problem.of(source, e.getMessage()).atPath(path).withText(v.asString()), e);
    }
  }

  private static DatasetReadException bad(String source, String path, JsonNode found, String expected) {
    Problem p = Problem.of(source, "expected " + expected).atPath(path);
    return new DatasetReadException(found == null ? p : p.withText(found.isString() ? found.asString() : found.toString()));
  }
}
