package io.github.zhibiao.spi;

import java.io.Serializable;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What a read did: how many records it read, accepted and rejected, and the problems of the
 * rejected ones. Every rejected record has at least one problem; {@code read = accepted +
 * rejected} always holds. At most {@link ReadOptions#maxProblems()} problems are kept; the counts
 * stay exact beyond that. Under the open unit policy the report also counts the unit labels that
 * the catalog did not know and that were kept as opaque units ({@link #opaqueUnits()}), so that
 * no label passes unnoticed. Immutable snapshot.
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
  /** Opaque unit labels and how many accepted observations carry each; unmodifiable. @serial */
  private final Map<String, Long> opaqueUnits;
  /** Markers of cells without a figure and how many cells carry each; unmodifiable, null in old forms. @serial */
  private final Map<String, Long> missingValues;
  /** What the reader left out on purpose, in input order; unmodifiable, null in older streams. @serial */
  private final List<String> notes;

  private ReadReport(String source, long read, long accepted, long rejected, List<Problem> problems,
      Map<String, Long> opaqueUnits) {
    this(source, read, accepted, rejected, problems, opaqueUnits, Map.of(), List.of());
  }

  private ReadReport(String source, long read, long accepted, long rejected, List<Problem> problems,
      Map<String, Long> opaqueUnits, Map<String, Long> missingValues, List<String> notes) {
    this.missingValues = missingValues;
    this.notes = notes;
    this.opaqueUnits = opaqueUnits;
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
    return new ReadReport(source, accepted + rejected, accepted, rejected, List.copyOf(problems), Map.of());
  }

  /**
   * This report with the opaque unit labels a read kept (see {@link ReadOptions#unit}).
   *
   * @param labels each label kept as an opaque unit and the number of accepted observations whose
   *     value is in it; copied; not null, counts positive
   * @return a copy of this report with those labels, in label order
   * @throws NullPointerException if {@code labels}, a label or a count is null
   * @throws IllegalArgumentException if a count is not positive
   */
  public ReadReport withOpaqueUnits(Map<String, Long> labels) {
    TreeMap<String, Long> copy = new TreeMap<>();
    labels.forEach((k, v) -> {
      Objects.requireNonNull(k, "label");
      if (Objects.requireNonNull(v, "count") <= 0) {
        throw new IllegalArgumentException("count of opaque unit '" + k + "' must be positive, not " + v);
      }
      copy.put(k, v);
    });
    return new ReadReport(source, read, accepted, rejected, problems, Collections.unmodifiableMap(copy), missingValues(), notes());
  }

  /**
   * This report with the cells a read met without a figure: a null value, or a marker such as
   * {@code ..}, {@code .} or {@code :} that statistics offices publish for "not available" or "not
   * applicable". Such a cell is no observation and no bad record either, so it counts neither as
   * accepted nor as rejected; this count says that it was seen.
   *
   * @param markers each marker (the status code or value text that said the figure is missing, or
   *     {@code null} for a bare JSON null) and the number of cells with it; copied; not null,
   *     counts positive
   * @return a copy of this report with those markers, in marker order
   * @throws NullPointerException if {@code markers}, a marker or a count is null
   * @throws IllegalArgumentException if a count is not positive
   */
  public ReadReport withMissingValues(Map<String, Long> markers) {
    TreeMap<String, Long> copy = new TreeMap<>();
    markers.forEach((k, v) -> {
      Objects.requireNonNull(k, "marker");
      if (Objects.requireNonNull(v, "count") <= 0) {
        throw new IllegalArgumentException("count of missing-value marker '" + k + "' must be positive, not " + v);
      }
      copy.put(k, v);
    });
    return new ReadReport(source, read, accepted, rejected, problems, opaqueUnits, Collections.unmodifiableMap(copy),
        notes());
  }

  /**
   * The cells without a figure that the read met (see {@link #withMissingValues}), by marker.
   *
   * @return an unmodifiable map in marker order; empty when every cell had a figure or the format
   *     has no such cells
   */
  public Map<String, Long> missingValues() {
    return missingValues == null ? Map.of() : missingValues;
  }

  /**
   * This report with notes on what the reader left out on purpose, which are not problems: a
   * workbook's hidden sheet skipped by default, say.
   *
   * @param notes one sentence each, naming the part of the input and how to read it after all;
   *     copied; not null and without null elements
   * @return a copy of this report with these notes, in the order given
   * @throws NullPointerException if {@code notes} or a note is null
   */
  public ReadReport withNotes(List<String> notes) {
    return new ReadReport(source, read, accepted, rejected, problems, opaqueUnits, missingValues(), List.copyOf(notes));
  }

  /**
   * What the reader left out on purpose, and how to read it after all (a hidden sheet of a
   * workbook). Notes are not problems: they neither count as rejected records nor end a
   * fail-fast read.
   *
   * @return an unmodifiable list in input order; empty when the reader left nothing out
   */
  public List<String> notes() {
    return notes == null ? List.of() : notes;
  }

  /**
   * The unit labels that the catalog did not know and that the open unit policy kept as opaque
   * units, with the number of accepted observations in each.
   *
   * @return an unmodifiable map in label order; empty when every unit was known or the policy
   *     was strict
   */
  public Map<String, Long> opaqueUnits() {
    return opaqueUnits;
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
    String base = source + ": " + read + " read, " + accepted + " accepted, " + rejected + " rejected";
    String units = opaqueUnits.isEmpty() ? base : base + ", opaque units " + opaqueUnits;
    String missing = missingValues().isEmpty() ? units : units + ", missing values " + missingValues();
    return notes().isEmpty() ? missing : missing + ", " + notes().size() + (notes().size() == 1 ? " note" : " notes");
  }
}
