package io.github.zhibiao.cli;

/** A command's failure with its exit code and a message for standard error. */
final class Failure extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int code;

  Failure(int code, String message) {
    super(message);
    this.code = code;
  }

  Failure(int code, String message, Throwable cause) {
    super(message, cause);
    this.code = code;
  }

  int code() {
    return code;
  }
}
