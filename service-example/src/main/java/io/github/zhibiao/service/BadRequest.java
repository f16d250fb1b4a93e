package io.github.zhibiao.service;

/**
 * A request the service refuses, with the place of the bad part: a JSON path such as
 * {@code $.quantity}, a field, the offending text, and what was expected.
 */
final class BadRequest extends RuntimeException {
  private static final long serialVersionUID = 1L;
  final String path;
  final String field;
  final String text;

  BadRequest(String message, String path, String field, String text, Throwable cause) {
    super(message, cause);
    this.path = path;
    this.field = field;
    this.text = text;
  }

  static BadRequest field(String field, String text, String message, Throwable cause) {
    return new BadRequest(message, "$." + field, field, text, cause);
  }
}
