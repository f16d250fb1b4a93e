package io.github.zhibiao.spi;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * What a read did: how many records it read, accepted and rejected, and the problems of the
 * rejected ones. Every rejected record has at least one problem; {@code read = accepted +
 * rejected} always holds. At most {@link ReadOptions#maxProblems()} problems are kept; the counts
 * stay exact beyond that. Immutable snapshot.
 */
public final class ReadReport implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final long read;
  private final long accepted;
  private final long rejected;
  private final List<Problem> problems;

  private ReadReport(String source, long read, long accepted, long rejected, List<Problem> problems) {
    this.source = source;
    this.read = read;
    this.accepted = accepted;
    this.rejected = rejected;
    this.problems = problems;
  }

  /**
   * A report; {@code accepted + rejected} must equal {@code read}.
   *
   * @throws IllegalArgumentException if the counts are negative or do not add up
   */
  public static ReadReport of(String source, long accepted, long rejected, List<Problem> problems) {
    Objects.requireNonNull(source, "source");
    if (accepted < 0 || rejected < 0) {
      throw new IllegalArgumentException("counts must not be negative: accepted " + accepted + ", rejected " + rejected);
    }
    return new ReadReport(source, accepted + rejected, accepted, rejected, List.copyOf(problems));
  }

  /** The source name. */
  public String source() {
    return source;
  }

  /** Records read (data rows, JSON observations, cells), good or bad. */
  public long read() {
    return read;
  }

  /** Records turned into observations. */
  public long accepted() {
    return accepted;
  }

  /** Records skipped because they were bad (lenient mode). */
  public long rejected() {
    return rejected;
  }

  /** The problems kept, in input order. */
  public List<Problem> problems() {
    return problems;
  }

  /** {@code seed.csv: 130 read, 128 accepted, 2 rejected}. */
  @Override
  public String toString() {
    return source + ": " + read + " read, " + accepted + " accepted, " + rejected + " rejected";
  }
}
