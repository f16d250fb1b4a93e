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

  /** The source name. @serial */
  private final String source;
  /** Records read, good or bad: {@code accepted + rejected}. @serial */
  private final long read;
  /** Records turned into observations. @serial */
  private final long accepted;
  /** Records skipped because they were bad. @serial */
  private final long rejected;
  /** The problems kept, in input order; an unmodifiable list. @serial */
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
   * @param source the source name: a file name, a URL, {@code <stdin>}; not null
   * @param accepted the number of records turned into observations, 0 or more
   * @param rejected the number of records skipped as bad, 0 or more
   * @param problems the problems kept, in input order (a reader keeps at most
   *     {@link ReadOptions#maxProblems()}); copied; not null and without null elements
   * @return the report, with {@link #read()} the sum of both counts
   * @throws NullPointerException if {@code source} or {@code problems} is null or
   *     {@code problems} contains null
   * @throws IllegalArgumentException if the counts are negative or do not add up
   */
  public static ReadReport of(String source, long accepted, long rejected, List<Problem> problems) {
    Objects.requireNonNull(source, "source");
    if (accepted < 0 || rejected < 0) {
      throw new IllegalArgumentException("counts must not be negative: accepted " + accepted + ", rejected " + rejected);
    }
    return new ReadReport(source, accepted + rejected, accepted, rejected, List.copyOf(problems));
  }

  /**
   * The source name.
   *
   * @return the file name, URL or {@code <stdin>} the records were read from
   */
  public String source() {
    return source;
  }

  /**
   * Records read (data rows, JSON observations, cells), good or bad.
   *
   * @return the count, {@code accepted() + rejected()}
   */
  public long read() {
    return read;
  }

  /**
   * Records turned into observations.
   *
   * @return the count, 0 or more
   */
  public long accepted() {
    return accepted;
  }

  /**
   * Records skipped because they were bad (lenient mode).
   *
   * @return the count, 0 or more; exact even when more problems occurred than were kept
   */
  public long rejected() {
    return rejected;
  }

  /**
   * The problems kept, in input order.
   *
   * @return an unmodifiable list of at most {@link ReadOptions#maxProblems()} problems; empty
   *     when nothing was rejected
   */
  public List<Problem> problems() {
    return problems;
  }

  /** {@code seed.csv: 130 read, 128 accepted, 2 rejected}. */
  @Override
  public String toString() {
    return source + ": " + read + " read, " + accepted + " accepted, " + rejected + " rejected";
  }
}
