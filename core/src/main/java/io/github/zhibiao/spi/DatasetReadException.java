package io.github.zhibiao.spi;

import io.github.zhibiao.ZhibiaoException;
import java.util.Objects;

/**
 * Bad input: thrown by a reader in fail-fast mode at the first bad record, with the
 * {@link Problem} that says where and what. Unchecked, so that streams of observations can carry
 * it; I/O failures are reported as {@link java.io.UncheckedIOException} instead. Its {@link
 * #place()} is the problem's {@link Problem#place()}: {@code seed.csv, line 4, field 'unit'}.
 */
public final class DatasetReadException extends ZhibiaoException {
  private static final long serialVersionUID = 2L;

  /** Where the bad input is and what is wrong with it. @serial */
  private final Problem problem;

  /**
   * An exception for {@code problem}.
   *
   * @param problem where and what; its {@link Problem#toString()} becomes the message; not null
   * @throws NullPointerException if {@code problem} is null
   */
  public DatasetReadException(Problem problem) {
    this(problem, null);
  }

  /**
   * An exception for {@code problem}, caused by {@code cause}.
   *
   * @param problem where and what; its {@link Problem#toString()} becomes the message; not null
   * @param cause the exception that revealed the problem, e.g. a {@code QuantityFormatException}
   *     for the value "1,53x"; may be null
   * @throws NullPointerException if {@code problem} is null
   */
  public DatasetReadException(Problem problem, Throwable cause) {
    super(Objects.requireNonNull(problem, "problem").toString(), problem.place(), cause);
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
