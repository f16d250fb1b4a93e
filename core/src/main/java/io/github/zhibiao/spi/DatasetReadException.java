package io.github.zhibiao.spi;

import java.util.Objects;

/**
 * Bad input: thrown by a reader in fail-fast mode at the first bad record, with the
 * {@link Problem} that says where and what. Unchecked, so that streams of observations can carry
 * it; I/O failures are reported as {@link java.io.UncheckedIOException} instead.
 */
public final class DatasetReadException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Where the bad input is and what is wrong with it. @serial */
  private final Problem problem;

  /**
   * An exception for {@code problem}.
   *
   * @param problem where and what; its {@link Problem#toString()} becomes the message; not null
   * @throws NullPointerException if {@code problem} is null
   */
  public DatasetReadException(Problem problem) {
    super(Objects.requireNonNull(problem, "problem").toString());
    this.problem = problem;
  }

  /**
   * An exception for {@code problem}, caused by {@code cause}.
   *
   * @param problem where and what; its {@link Problem#toString()} becomes the message; not null
   * @param cause the exception that revealed the problem, e.g. a {@code NumberFormatException}
   *     for the value "1,53x"; may be null
   * @throws NullPointerException if {@code problem} is null
   */
  public DatasetReadException(Problem problem, Throwable cause) {
    super(Objects.requireNonNull(problem, "problem").toString(), cause);
    this.problem = problem;
  }

  /**
   * Where and what.
   *
   * @return the problem this exception was created for; never null
   */
  public Problem problem() {
    return problem;
  }
}
