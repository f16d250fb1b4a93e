package io.github.zhibiao.json;

import io.github.zhibiao.spi.DatasetReadException;
import io.github.zhibiao.spi.Problem;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;

/**
 * The JSON-stat properties that can be as large as the values themselves, read token by token
 * with their bounds checked as they come: {@code size}, {@code status} and {@code extension} (whose
 * zhibiao cells say a qualifier, change, ranking or note per cell).
 */
final class JsonStatStreams {
  private JsonStatStreams() {}

  private static DatasetReadException fatal(Function<Problem, DatasetReadException> fatal, String source, String path,
      String message) {
    return fatal.apply(Problem.of(source, message).atPath(path));
  }

  /**
   * The sizes: non-negative integers, each at most {@link JsonStatReader#MAX_CELLS} (read from the
   * token's text: a size beyond {@code long} is refused, never converted), at most {@link
   * JsonStatReader#MAX_DIMENSIONS} of them.
   */
  static long[] sizes(JsonParser p, JsonToken t, String place, Function<Problem, DatasetReadException> fatal,
      String source) {
    if (t != JsonToken.START_ARRAY) {
      throw fatal(fatal, source, place, "expected an array of non-negative integers");
    }
    long[] out = new long[JsonStatReader.MAX_DIMENSIONS];
    int n = 0;
    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
      String at = place + "[" + n + "]";
      if (n == out.length) {
        throw fatal(fatal, source, place, "more than " + JsonStatReader.MAX_DIMENSIONS + " dimensions");
      }
      String text = t == JsonToken.VALUE_NUMBER_INT ? p.getString() : null;
      long k = text == null ? -1 : JsonStatCell.canonicalIndex(text);
      if (k < 0 && (text == null || !text.chars().allMatch(Character::isDigit))) {
        p.skipChildren();
        throw fatal(fatal, source, at, "expected a non-negative integer, found "
            + (text != null ? text : t == JsonToken.VALUE_NUMBER_FLOAT ? p.getString() : String.valueOf(t)));
      }
      if (k > JsonStatReader.MAX_CELLS || k < 0 && text != null && text.chars().allMatch(Character::isDigit)) {
        throw fatal(fatal, source, at, "a dimension of " + text + " categories; a dataset has at most "
            + JsonStatReader.MAX_CELLS + " cells");
      }
      out[n++] = k;
    }
    return java.util.Arrays.copyOf(out, n);
  }

  /**
   * The status: a string for every cell, an array in cell order (an array of one code applies to
   * every cell, as JSON-stat 2.0 says) or an object keyed by cell index, each code a string (or
   * null); also Eurostat's web service 1.1 form, an object with the array under {@code value} and
   * the codes' labels under {@code category}; at most {@link JsonStatReader#MAX_HELD} codes, each
   * cell at most once.
   */
  static JsonStatStatus status(JsonParser p, JsonToken t, String place, Function<Problem, DatasetReadException> fatal,
      String source) {
    if (t == JsonToken.VALUE_STRING) {
      return JsonStatStatus.ofAll(p.getString());
    }
    if (t != JsonToken.START_ARRAY && t != JsonToken.START_OBJECT) {
      throw fatal(fatal, source, place, "expected a string, an array or an object of status codes");
    }
    JsonStatStatus s = JsonStatStatus.table();
    boolean array = t == JsonToken.START_ARRAY;
    boolean wrapped = false; // Eurostat's web service 1.1: {"value": [codes in cell order], "category": {labels}}
    boolean ended = false; // the array of codes was read to its end
    long position = 0;
    String only = null; // the code of a one-element array, which applies to every cell
    while (true) {
      long k;
      if (array) {
        t = p.nextToken();
        if (t == JsonToken.END_ARRAY) {
          ended = true;
          if (!wrapped) {
            break;
          }
          array = false; // back in Eurostat's object: its category may follow
          continue;
        }
        k = position++;
      } else {
        String key = p.nextName();
        if (key == null) {
          break;
        }
        t = p.nextToken();
        if (key.equals("value") && t == JsonToken.START_ARRAY && s.size() == 0 && position == 0 && !wrapped) {
          wrapped = true;
          array = true;
          continue;
        }
        if (wrapped || key.equals("category") && t == JsonToken.START_OBJECT && s.size() == 0) {
          p.skipChildren(); // Eurostat's labels of its codes (":" not available)
          continue;
        }
        k = JsonStatCell.canonicalIndex(key);
        if (k < 0) {
          throw fatal(fatal, source, place, "status key '" + key + "' is not a cell index; expected 0, 1, 2 … written"
              + " without sign, spaces or leading zeros");
        }
      }
      if (t == JsonToken.VALUE_NULL) {
        continue;
      }
      if (t != JsonToken.VALUE_STRING) {
        throw fatal(fatal, source, place + "[" + k + "]", "expected a status code (a string) or null");
      }
      if (array && k == 0) {
        only = p.getString();
      }
      if (s.size() == JsonStatReader.MAX_HELD) {
        throw fatal(fatal, source, place, "more than " + JsonStatReader.MAX_HELD + " status codes, the most a reader"
            + " holds");
      }
      s.add(k, p.getString());
    }
    if (ended && position == 1 && only != null) {
      return JsonStatStatus.ofAll(only); // JSON-stat 2.0: an array of one status applies to every cell
    }
    long twice = s.finish();
    if (twice >= 0) {
      throw fatal(fatal, source, place, "a second status for cell " + twice + "; which one is meant cannot be known");
    }
    return s;
  }

  /**
   * Reads an {@code extension} into {@code h}: of it, only {@code zhibiao} is read (indicators,
   * regions and cells); at most {@link JsonStatReader#MAX_CELL_EXTRAS} cells.
   *
   * @return whether it has a zhibiao part
   */
  static boolean extension(JsonParser p, JsonToken t, String place, JsonStatHeader h,
      Function<Problem, DatasetReadException> fatal, String source) {
    if (t != JsonToken.START_OBJECT) {
      p.skipChildren();
      return false;
    }
    boolean zhibiao = false;
    String name;
    while ((name = p.nextName()) != null) {
      t = p.nextToken();
      if (name.equals("zhibiao") && t == JsonToken.START_OBJECT) {
        zhibiao = true;
        zhibiao(p, place + ".zhibiao", h, fatal, source);
      } else {
        p.skipChildren();
      }
    }
    return zhibiao;
  }

  private static void zhibiao(JsonParser p, String place, JsonStatHeader h,
      Function<Problem, DatasetReadException> fatal, String source) {
    Set<String> seen = new HashSet<>();
    String name;
    while ((name = p.nextName()) != null) {
      JsonToken t = p.nextToken();
      if (!seen.add(name)) {
        throw fatal(fatal, source, place + "." + name, "a second " + name + " property; which one is meant cannot be known");
      }
      switch (name) {
        case "indicators" -> h.extIndicators = object(p, t, place + "." + name, fatal, source);
        case "regions" -> h.extRegions = object(p, t, place + "." + name, fatal, source);
        case "cells" -> cells(p, t, place + "." + name, h, fatal, source);
        default -> p.skipChildren();
      }
    }
  }

  private static JsonNode object(JsonParser p, JsonToken t, String place,
      Function<Problem, DatasetReadException> fatal, String source) {
    if (t != JsonToken.START_OBJECT) {
      throw fatal(fatal, source, place, "expected an object keyed by code");
    }
    return Json.tree(p);
  }

  private static void cells(JsonParser p, JsonToken t, String place, JsonStatHeader h,
      Function<Problem, DatasetReadException> fatal, String source) {
    if (t != JsonToken.START_OBJECT) {
      throw fatal(fatal, source, place, "expected an object keyed by cell index");
    }
    String key;
    while ((key = p.nextName()) != null) {
      t = p.nextToken();
      long k = JsonStatCell.canonicalIndex(key);
      if (k < 0 || t != JsonToken.START_OBJECT) {
        throw fatal(fatal, source, place + "." + key, k < 0 ? "'" + key + "' is not a cell index" : "expected an object");
      }
      if (h.cells.size() == JsonStatReader.MAX_CELL_EXTRAS) {
        throw fatal(fatal, source, place, "more than " + JsonStatReader.MAX_CELL_EXTRAS + " cells with a zhibiao "
            + "extension, the most a reader holds");
      }
      if (h.cells.put(k, Json.tree(p)) != null) {
        throw fatal(fatal, source, place + "." + key, "a second extension for cell " + k);
      }
    }
  }
}
