package io.github.zhibiao.json;

import java.util.HashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/**
 * What a JSON-stat dataset says about its cells, as the streaming reader meets it: version, id,
 * size, role, dimension, status and the zhibiao extension. {@link #known()} tells when the
 * values can be read, {@link #settled()} when nothing that may still come can change them.
 */
final class JsonStatHeader {
  String version; // null until read; "" for a non-string
  String[] id;
  long[] size;
  JsonNode role = MissingNode.getInstance();
  JsonNode dimension;
  JsonStatStatus status; // null until read
  boolean sawExtension;
  JsonNode extIndicators = MissingNode.getInstance();
  JsonNode extRegions = MissingNode.getInstance();
  final Map<Long, JsonNode> cells = new HashMap<>();
  /** The 1.x layout: id, size and role are read from inside {@code dimension}. */
  boolean v1;
  /** A dataset of a collection or a bundle, which need not repeat the version. */
  boolean embedded;
  /** The dataset's class, if given. */
  String cls;
  /** The dataset's label, if given before its values were resolved. */
  String label;
  /**
   * The code of the one indicator of a dataset without a metric dimension: the key of a 1.x
   * bundle's dataset, else {@code DATASET} (and its index in a collection).
   */
  String code = "DATASET";

  /** Version, id, size and dimension are read: the cells have their dimensions. */
  boolean known() {
    return version != null && id != null && size != null && dimension != null;
  }

  /** Also status and extension are read: the values can stream as they come. */
  boolean settled() {
    return known() && status != null && sawExtension;
  }

  /** The product of the sizes, or -1 when it passes {@link JsonStatReader#MAX_CELLS}. */
  static long cells(long[] size) {
    for (long s : size) {
      if (s == 0) {
        return 0; // an empty dimension leaves no cell, however large the others
      }
    }
    long total = 1;
    for (long s : size) {
      if (total > JsonStatReader.MAX_CELLS / s) {
        return -1;
      }
      total *= s;
    }
    return total;
  }
}
