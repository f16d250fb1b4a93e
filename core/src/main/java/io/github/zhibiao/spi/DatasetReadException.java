package io.github.zhibiao.spi;

import java.util.Objects;

/**
 * Bad input: thrown by a reader in fail-fast mode at the first bad record, with the
 * {@link Problem} that says where and what. Unchecked, so that streams of observations can carry
 * it; I/O failures are reported as {@link java.io.UncheckedIOException} instead.
 */
public final class DatasetReadException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final Problem problem;

  /** An exception for {@code problem}. */
  public DatasetReadException(Problem problem) {
    super(Objects.requireNonNull(problem, "problem").toString());
    this.problem = problem;
  }

  /** An exception for {@code problem}, caused by {@code cause}. */
  public DatasetReadException(Problem problem, Throwable cause) {
    super(Objects.requireNonNull(problem, "problem").toString(), cause);
    this.problem = problem;
  }

  /** Where and what. */
  public Problem problem() {
    return problem;
  }
}
