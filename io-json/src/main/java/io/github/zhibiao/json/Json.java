package io.github.zhibiao.json;

import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Jackson 3 mappers of the io-json formats: exact decimals, bounded nesting and number length,
 * and a duplicate key in a tree read refused (which of two values is meant cannot be known; the
 * streaming readers find duplicates among the properties they stream themselves).
 */
final class Json {
  private Json() {}

  /** Deeper JSON than this is refused: no dataset needs it, and it protects the stack. */
  static final int MAX_DEPTH = 64;

  static final JsonFactory FACTORY = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).maxNumberLength(400).build())
      .build();

  /**
   * The factory of the JSON-stat reader's stream: property names not canonicalized, since a sparse
   * value or status object has one name per cell ("0" … "37439"), which would fill and rehash the symbol
   * table at every read (past its reuse limit of 6000 names the table is not kept between reads).
   */
  static final JsonFactory STREAM_FACTORY = FACTORY.rebuild()
      .disable(tools.jackson.core.TokenStreamFactory.Feature.CANONICALIZE_PROPERTY_NAMES)
      .build();

  static final JsonMapper MAPPER = JsonMapper.builder(FACTORY)
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
      .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
      .build();

  /** The JSON-stat reader's mapper: as {@link #MAPPER}, over {@link #STREAM_FACTORY}. */
  static final JsonMapper STREAM_MAPPER = JsonMapper.builder(STREAM_FACTORY)
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
      .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
      .build();

  /** Reads one value of a streaming parser as a tree, leaving the parser after it. */
  static final tools.jackson.databind.ObjectReader TREE =
      MAPPER.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  /**
   * The current value of a streaming parser as a tree, the parser left after it. A number beyond
   * what a decimal holds ({@code 1e2147483648}) is a parse error, never a bare {@code
   * NumberFormatException}.
   */
  static tools.jackson.databind.JsonNode tree(tools.jackson.core.JsonParser p) {
    try {
      return TREE.readTree(p);
    } catch (NumberFormatException e) {
      throw new tools.jackson.core.exc.StreamReadException(p, "a number beyond the range of a decimal (an exponent"
          + " beyond ±2147483647)", e);
    }
  }

  static final JsonMapper PRETTY = JsonMapper.builder(FACTORY)
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
      .enable(SerializationFeature.INDENT_OUTPUT)
      .build();
}
