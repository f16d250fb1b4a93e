package io.github.zhibiao.json;

import io.github.zhibiao.model.Observation;
import io.github.zhibiao.spi.DatasetReadException;
import io.github.zhibiao.spi.Problem;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;

/**
 * One JSON-stat dataset object read as a stream, one step at a time ({@link #step}): its
 * properties in any order, then its cells as observations.
 *
 * <p><b>Streaming and holding.</b> The values stream, each becoming an observation as it is read,
 * when everything that gives them meaning came before them: version, id, size, dimension, status
 * and extension (the order zhibiao's writer uses). Otherwise they are held ({@link JsonStatHeld}),
 * up to {@link JsonStatReader#MAX_HELD}, until the dataset object ends. Past that bound, values
 * that come after the dimensions begin to stream without what is still to come, and a status or a
 * zhibiao extension that then follows ends the read; values that come before the dimensions end
 * it at once. A {@code role} that follows streamed values must agree with the roles they were
 * read with.
 */
final class JsonStatDataset {
  private final JsonParser p;
  private final Resolver r;
  private final String source;
  private final String at;
  private final boolean root;
  private final int maxHeld;
  private final Function<Problem, DatasetReadException> fatal;
  private final JsonStatHeader h = new JsonStatHeader();
  private final Set<String> seen = new HashSet<>();
  private final JsonStatCell cell = new JsonStatCell();

  private String cls; // the class, if given
  private boolean datasetProperty; // id, size, dimension or value was met
  private boolean linkRequested;
  private String bundleItem; // the key of a 1.x bundle's dataset to read next, if any
  private boolean bundle; // the root is a 1.x bundle: its datasets stand under their keys
  private boolean items; // the root's link.item was read as a collection's datasets
  private boolean inValues;
  private boolean sparse;
  private boolean sawValue;
  private long dense; // the dense index of the next value, or the count of a dense array read
  private boolean counted; // the dense count was checked against the cells
  private boolean streaming;
  private JsonStatHeld held;
  private boolean replaying;
  private JsonStatCube cube;
  private JsonStatCells cells;
  private boolean ended;
  private boolean done;
  /** The property being read, for a malformed-JSON problem. */
  String place;

  JsonStatDataset(JsonParser p, Resolver r, String at, boolean root, int maxHeld,
      Function<Problem, DatasetReadException> fatal) {
    this(p, r, at, root, maxHeld, fatal, null);
  }

  /**
   * A dataset at {@code at}; {@code code} the code of its one indicator should it have no metric
   * dimension (a 1.x bundle's key, {@code DATASET_1} for the second of a collection), null for
   * {@code DATASET}.
   */
  JsonStatDataset(JsonParser p, Resolver r, String at, boolean root, int maxHeld,
      Function<Problem, DatasetReadException> fatal, String code) {
    h.embedded = !root;
    if (code != null) {
      h.code = code;
    }
    this.p = p;
    this.maxHeld = maxHeld;
    this.r = r;
    this.source = r.source;
    this.at = at;
    this.root = root;
    this.fatal = fatal;
    this.place = at;
  }

  /** Whether the dataset object has ended and each of its observations was returned. */
  boolean done() {
    return done;
  }

  /** Whether values are being replayed from what was held (no line to name then). */
  boolean replaying() {
    return replaying;
  }

  /** Whether the root's {@code link} is to be read as a collection's datasets; asking clears it. */
  boolean takeLinkRequest() {
    boolean asked = linkRequested;
    linkRequested = false;
    return asked;
  }

  /**
   * The key of a 1.x bundle's dataset that the parser stands at (on its opening brace), to be read
   * as a dataset of its own; asking clears it.
   */
  String takeBundleItem() {
    String key = bundleItem;
    bundleItem = null;
    return key;
  }

  /** The root's {@code link.item} holds datasets: the root is a collection. */
  void itemsFound() {
    if (datasetProperty) {
      throw fatal(at + ".link.item", "a collection holds its datasets in link.item; this one has dataset properties");
    }
    items = true;
  }

  /** Notes a property of a dataset (id, size, dimension, value), which a collection does not have. */
  private void datasetProperty() {
    if (bundle) {
      throw fatal(place, "a JSON-stat 1.x bundle holds its datasets under their keys; it has no "
          + place.substring(at.length() + 1) + " of its own");
    }
    if (root && ("collection".equals(cls) || items)) {
      throw fatal(place, "a collection holds its datasets in link.item; it has no " + place.substring(at.length() + 1)
          + " of its own");
    }
    datasetProperty = true;
  }

  private DatasetReadException fatal(String path, String message) {
    return fatal.apply(Problem.of(source, message).atPath(path));
  }

  /**
   * Reads one property, one value, or replays one held value.
   *
   * @return the observation of a cell, or null when this step made none
   * @throws DatasetReadException for a bad cell (the read goes on), or a fatal one
   */
  Observation step() {
    if (replaying) {
      if (held.hasNext()) {
        held.next(cell);
        return cells.cell(cell);
      }
      replaying = false;
      held = null;
      done = ended;
      return null;
    }
    if (inValues) {
      return value();
    }
    String name = p.nextName();
    if (name == null) {
      end();
      return null;
    }
    place = at + "." + name;
    property(name, p.nextToken());
    return null;
  }

  private void property(String name, JsonToken t) {
    if (!seen.add(name)) {
      throw fatal(place, "a second " + name + " property; which one is meant cannot be known");
    }
    switch (name) {
      case "version" -> h.version = t == JsonToken.VALUE_STRING ? p.getString() : "";
      case "class" -> {
        cls = t == JsonToken.VALUE_STRING ? p.getString() : "";
        h.cls = cls;
        if (root && cls.equals("collection") && datasetProperty) {
          throw fatal(place, "a collection holds its datasets in link.item; this one has dataset properties");
        }
      }
      case "id" -> readId(t);
      case "size" -> readSize(t);
      case "role" -> readRole(t);
      case "dimension" -> {
        datasetProperty();
        h.dimension = tree(t, "an object of dimensions");
        layout();
      }
      case "label" -> {
        if (t == JsonToken.VALUE_STRING) {
          h.label = p.getString();
        } else {
          p.skipChildren();
        }
      }
      case "status" -> {
        if (cube != null) {
          throw fatal(place, "status after more than " + maxHeld + " values, which were read without"
              + " it; put status before value (zhibiao's writer does)");
        }
        h.status = JsonStatStreams.status(p, t, place, fatal, source);
      }
      case "extension" -> readExtension(t);
      case "value" -> startValues(t);
      case "link" -> {
        if (root && ("collection".equals(cls) || cls == null && !datasetProperty) && t == JsonToken.START_OBJECT) {
          linkRequested = true;
        } else {
          p.skipChildren();
        }
      }
      default -> {
        if (root && t == JsonToken.START_OBJECT && cls == null && h.version == null && !datasetProperty && !items
            && !name.equals("error")) {
          bundle = true; // JSON-stat 1.x: {"name": {dataset}, …}; the cursor reads it as a dataset
          bundleItem = name;
        } else {
          p.skipChildren(); // source, updated, href, note, error, an office's own: nothing for an observation
        }
      }
    }
  }

  /**
   * The 1.x layout: {@code id}, {@code size} and {@code role} inside {@code dimension} (sizes may be
   * strings of digits there, as CSO Ireland writes them). Taken when the dataset has no id of its
   * own; checked as the 2.0 ones are.
   */
  private void layout() {
    JsonNode ids = h.dimension.path("id");
    JsonNode sizes = h.dimension.path("size");
    if (h.id != null || !ids.isArray() || !sizes.isArray()) {
      return;
    }
    String path = place;
    if (ids.size() > JsonStatReader.MAX_DIMENSIONS || sizes.size() > JsonStatReader.MAX_DIMENSIONS) {
      throw fatal(path + ".id", "expected an array of at most " + JsonStatReader.MAX_DIMENSIONS + " dimension ids");
    }
    String[] id = new String[ids.size()];
    for (int i = 0; i < id.length; i++) {
      id[i] = ids.get(i).asString("");
    }
    long[] size = new long[sizes.size()];
    for (int i = 0; i < size.length; i++) {
      JsonNode n = sizes.get(i);
      String text = n.isIntegralNumber() || n.isString() ? n.asString() : "";
      long k = JsonStatCell.canonicalIndex(text);
      if (k < 0 || k > JsonStatReader.MAX_CELLS) {
        throw fatal(path + ".size[" + i + "]", k > JsonStatReader.MAX_CELLS || text.chars().allMatch(Character::isDigit)
            && !text.isEmpty() ? "a dimension of " + text + " categories; a dataset has at most " + JsonStatReader.MAX_CELLS
            + " cells" : "expected a non-negative integer, found " + n);
      }
      size[i] = k;
    }
    if (JsonStatHeader.cells(size) < 0) {
      throw fatal(path + ".size", "the sizes " + java.util.Arrays.toString(size) + " make more than "
          + JsonStatReader.MAX_CELLS + " cells, the most a dataset may have; nothing was allocated for them");
    }
    h.id = id;
    h.size = size;
    h.v1 = true;
    if (h.role.isMissingNode() && h.dimension.path("role").isObject()) {
      h.role = h.dimension.path("role");
    }
  }

  private JsonNode tree(JsonToken t, String expected) {
    if (t != JsonToken.START_OBJECT && t != JsonToken.START_ARRAY) {
      throw fatal(place, "expected " + expected);
    }
    return Json.tree(p);
  }

  private void readId(JsonToken t) {
    datasetProperty();
    h.v1 = false; // the 2.0 layout, whatever the dimension object holds
    JsonNode ids = tree(t, "an array of dimension ids");
    if (!ids.isArray() || ids.size() > JsonStatReader.MAX_DIMENSIONS) {
      throw fatal(place, "expected an array of at most " + JsonStatReader.MAX_DIMENSIONS + " dimension ids");
    }
    h.id = new String[ids.size()];
    for (int i = 0; i < h.id.length; i++) {
      h.id[i] = ids.get(i).asString("");
    }
  }

  /** The sizes, checked as they come: each a non-negative integer, their product within MAX_CELLS. */
  private void readSize(JsonToken t) {
    datasetProperty();
    h.size = JsonStatStreams.sizes(p, t, place, fatal, source);
    if (JsonStatHeader.cells(h.size) < 0) {
      throw fatal(place, "the sizes " + java.util.Arrays.toString(h.size) + " make more than "
          + JsonStatReader.MAX_CELLS + " cells, the most a dataset may have; nothing was allocated for them");
    }
  }

  private void readRole(JsonToken t) {
    JsonNode role = tree(t, "an object of roles");
    if (cube != null && !cube.agreesWith(role)) {
      throw fatal(place, "the roles come after values that were read with other roles (from the dimension ids);"
          + " put role before value");
    }
    h.role = role;
  }

  private void readExtension(JsonToken t) {
    boolean zhibiao = JsonStatStreams.extension(p, t, place, h, fatal, source);
    if (zhibiao && cube != null) {
      throw fatal(place, "the zhibiao extension after more than " + maxHeld + " values, which were"
          + " read without it; put extension before value (zhibiao's writer does)");
    }
    h.sawExtension = true;
  }

  private void startValues(JsonToken t) {
    datasetProperty();
    if (t != JsonToken.START_ARRAY && t != JsonToken.START_OBJECT) {
      throw fatal(place, "expected an array (dense) or an object (sparse) of values");
    }
    sawValue = true;
    sparse = t == JsonToken.START_OBJECT;
    inValues = true;
    if (h.settled()) {
      resolve();
      streaming = true;
    }
  }

  private void resolve() {
    if (cube == null) {
      cube = JsonStatCube.resolve(source, r, h, at, fatal);
      cells = new JsonStatCells(r, cube, h, at);
    }
  }

  /** The next value: streamed, held, or the end of the values. */
  private Observation value() {
    if (!next()) {
      inValues = false;
      place = at;
      if (!sparse && cube != null) {
        checkCount();
      }
      return null;
    }
    if (streaming) {
      return cells.cell(cell);
    }
    if (held == null) {
      // a dense array of known size: room for all its entries (up to 65536) at once, not by doubling
      long cells = !sparse && h.size != null ? JsonStatHeader.cells(h.size) : -1;
      held = new JsonStatHeld((int) Math.min(Math.min(cells, maxHeld + 1L), 1 << 16));
    }
    held.add(cell);
    if (held.size() > maxHeld) {
      commit();
    }
    return null;
  }

  /** Past the bound: stream from here on, what was held first. */
  private void commit() {
    if (!h.known()) {
      throw fatal(at + ".value", "more than " + maxHeld + " values before the version, id, size and"
          + " dimension that give them meaning; put the dimensions before the values");
    }
    resolve();
    streaming = true;
    replaying = true;
  }

  /** Reads the next non-null entry into {@link #cell}; false at the end of the values. */
  private boolean next() {
    while (true) {
      if (sparse) {
        String key = p.nextName();
        if (key == null) {
          return false;
        }
        JsonToken t = p.nextToken();
        long k = JsonStatCell.canonicalIndex(key);
        if (t == JsonToken.VALUE_NULL) {
          if (k < 0) {
            continue; // no figure under a key that names no cell: nothing to count
          }
          cell.set(k, true, JsonStatCell.NULL, NO_CHARS, 0, 0); // no figure: counted with its status
          return true;
        }
        if (k < 0) {
          p.skipChildren();
          cell.set(-1, true, JsonStatCell.BAD_KEY, key.toCharArray(), 0, key.length());
          return true;
        }
        entry(k, true, t);
        return true;
      }
      JsonToken t = p.nextToken();
      if (t == JsonToken.END_ARRAY) {
        return false;
      }
      if (t == null) {
        throw fatal(at + ".value", "malformed JSON: the input ends inside the values");
      }
      long k = dense++;
      if (cube != null && k >= cube.total) {
        overflow(t);
      }
      if (t == JsonToken.VALUE_NULL) {
        cell.set(k, false, JsonStatCell.NULL, NO_CHARS, 0, 0); // no figure: counted with its status
      } else {
        entry(k, false, t);
      }
      return true;
    }
  }

  private static final char[] NO_CHARS = new char[0];

  private void entry(long k, boolean inObject, JsonToken t) {
    switch (t) {
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT ->
          cell.set(k, inObject, JsonStatCell.NUMBER, p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
      case VALUE_STRING ->
          cell.set(k, inObject, JsonStatCell.STRING, p.getStringCharacters(), p.getStringOffset(), p.getStringLength());
      default -> {
        p.skipChildren();
        String what = t == JsonToken.START_OBJECT ? "an object" : t == JsonToken.START_ARRAY ? "an array" : "a boolean";
        cell.set(k, inObject, JsonStatCell.NOT_A_NUMBER, what.toCharArray(), 0, what.length());
      }
    }
  }

  /** A dense array longer than the cells: counts the rest, then ends the read. */
  private void overflow(JsonToken t) {
    long n = dense - 1; // the values before this one
    for (JsonToken x = t; x != JsonToken.END_ARRAY; x = p.nextToken()) {
      if (x == null) {
        throw fatal(at + ".value", "malformed JSON: the input ends inside the values");
      }
      p.skipChildren();
      n++;
    }
    dense = n;
    checkCount();
  }

  private void checkCount() {
    counted = true;
    if (dense != cube.total) {
      throw fatal(at + ".value", "has " + dense + " values but the sizes " + java.util.Arrays.toString(cube.size)
          + " make " + cube.total + " cells");
    }
  }

  /** The end of the dataset object: resolve what was held and replay it. */
  private void end() {
    ended = true;
    place = at;
    if (bundle) {
      done = true; // each of the bundle's datasets was read as one of its own
      return;
    }
    if (root && ("collection".equals(cls) || items && cls == null)) {
      if (!items) {
        throw fatal(at + ".link.item", "a collection needs link.item, an array of datasets");
      }
      done = true;
      return;
    }
    if (root && items) {
      throw fatal(at + ".class", "class '" + cls + "' with datasets in link.item; expected class collection");
    }
    if (root && !"dataset".equals(cls) && h.dimension == null) {
      throw fatal(at + ".class", cls == null || cls.isEmpty()
          ? "expected a JSON-stat dataset, collection or bundle: this object has no dimension"
          : "JSON-stat class '" + cls + "' is not read; this reader reads datasets and collections of embedded"
          + " datasets (2.0), bundles and datasets (1.x)");
    }
    if (!root && h.dimension == null) {
      throw fatal(at, "only embedded datasets are read; this item has no dimension (a link to fetch?)");
    }
    resolve();
    if (!sawValue) {
      throw fatal(at + ".value", "expected an array (dense) or an object (sparse) of values");
    }
    if (!sparse && !counted) {
      checkCount();
    }
    replaying = held != null && held.hasNext();
    done = !replaying;
  }
}
