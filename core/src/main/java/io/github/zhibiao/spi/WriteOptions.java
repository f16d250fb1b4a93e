package io.github.zhibiao.spi;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * How to write: character set (UTF-8 by default), whether to start with a byte-order mark (so
 * that Excel on Chinese Windows opens UTF-8 CSV correctly), the field delimiter for delimited
 * text, and whether to indent JSON. Immutable; {@code with*} returns a copy.
 */
public final class WriteOptions {
  private static final WriteOptions DEFAULTS = new WriteOptions(StandardCharsets.UTF_8, false, ',', false);

  private final Charset charset;
  private final boolean bom;
  private final char delimiter;
  private final boolean pretty;

  private WriteOptions(Charset charset, boolean bom, char delimiter, boolean pretty) {
    this.charset = charset;
    this.bom = bom;
    this.delimiter = delimiter;
    this.pretty = pretty;
  }

  /**
   * UTF-8, no BOM, comma, compact JSON.
   *
   * @return the shared default options
   */
  public static WriteOptions defaults() {
    return DEFAULTS;
  }

  /**
   * These options with another character set (GB18030 for old Excel versions).
   *
   * @param newCharset the character set to encode with; not null
   * @return a copy of these options with that character set
   * @throws NullPointerException if {@code newCharset} is null
   */
  public WriteOptions withCharset(Charset newCharset) {
    return new WriteOptions(Objects.requireNonNull(newCharset, "charset"), bom, delimiter, pretty);
  }

  /**
   * These options with or without a UTF-8 byte-order mark; ignored for other charsets.
   *
   * @param newBom true to start UTF-8 output with a byte-order mark
   * @return a copy of these options with that setting
   */
  public WriteOptions withBom(boolean newBom) {
    return new WriteOptions(charset, newBom, delimiter, pretty);
  }

  /**
   * These options with another delimiter.
   *
   * @param newDelimiter the delimiter for delimited text: ',', ';' or '\t'
   * @return a copy of these options with that delimiter
   * @throws IllegalArgumentException unless ',', ';' or tab
   */
  public WriteOptions withDelimiter(char newDelimiter) {
    if (newDelimiter != ',' && newDelimiter != ';' && newDelimiter != '\t') {
      throw new IllegalArgumentException("delimiter '" + newDelimiter + "' must be ',', ';' or a tab");
    }
    return new WriteOptions(charset, bom, newDelimiter, pretty);
  }

  /**
   * These options with indented JSON.
   *
   * @param newPretty true to indent JSON output, false for compact JSON
   * @return a copy of these options with that setting
   */
  public WriteOptions withPrettyPrinting(boolean newPretty) {
    return new WriteOptions(charset, bom, delimiter, newPretty);
  }

  /**
   * The character set.
   *
   * @return the character set to encode with, UTF-8 by default
   */
  public Charset charset() {
    return charset;
  }

  /**
   * Whether a UTF-8 BOM is written.
   *
   * @return the setting as given to {@link #withBom}, false by default; it takes effect only for
   *     UTF-8
   */
  public boolean bom() {
    return bom;
  }

  /**
   * The delimiter.
   *
   * @return ',', ';' or '\t'; ',' by default
   */
  public char delimiter() {
    return delimiter;
  }

  /**
   * Whether JSON is indented.
   *
   * @return true for indented JSON, false (the default) for compact JSON
   */
  public boolean prettyPrinting() {
    return pretty;
  }
}
