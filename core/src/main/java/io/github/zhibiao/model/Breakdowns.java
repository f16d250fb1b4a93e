package io.github.zhibiao.model;

import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an observation is broken down by, besides indicator, region and period: an immutable,
 * ordered set of ({@link Breakdown}, {@link Category}) pairs, at most one category per breakdown
 * code. 性别 女 and 行业 C 制造业 make {@code 性别=F 女, 行业=C 制造业}.
 *
 * <pre>{@code
 * Breakdowns b = Breakdowns.of(Breakdown.SEX, Category.FEMALE)
 *     .with(Breakdown.INDUSTRY, Category.from(Sector.section('C')));
 * b.category("SEX");           // Optional[F 女]
 * b.without("SEX");            // 行业=C 制造业
 * }</pre>
 *
 * <p><b>Order and equality.</b> {@link #entries()} iterates in the order the pairs were given,
 * which formats keep when they write. Equality ignores that order: two values are equal when they
 * hold the same pairs, so {@code 性别=女, 行业=制造业} equals {@code 行业=制造业, 性别=女}, and hash alike.
 * {@link #compareTo} is a total order consistent with {@code equals}: the pairs of each value are
 * sorted by breakdown code and the two sorted lists are compared pair by pair (breakdown, then
 * category, as their own {@code compareTo} orders them), a list that is a prefix of the other
 * first; {@link #empty()} sorts first.
 *
 * <p>Immutable, thread-safe and serializable.
 */
public final class Breakdowns implements Comparable<Breakdowns>, Serializable {
  private static final long serialVersionUID = 1L;

  private static final Comparator<Entry> BY_CODE = Comparator.comparing(e -> e.breakdown().code());

  private static final Breakdowns EMPTY = new Breakdowns(new Entry[0]);

  /**
   * One pair: a breakdown and its category.
   *
   * @param breakdown the breakdown, such as 性别
   * @param category its category, such as 女
   */
  public record Entry(Breakdown breakdown, Category category) implements Comparable<Entry>, Serializable {

    /**
     * A pair.
     *
     * @param breakdown the breakdown
     * @param category its category
     * @throws NullPointerException if an argument is null
     */
    public Entry {
      Objects.requireNonNull(breakdown, "breakdown");
      Objects.requireNonNull(category, "category");
    }

    /**
     * Orders by breakdown, then category.
     *
     * @param other the pair to compare with
     * @return negative, zero or positive as this pair sorts before, with or after {@code other}
     */
    @Override
    public int compareTo(Entry other) {
      int c = breakdown.compareTo(other.breakdown);
      return c != 0 ? c : category.compareTo(other.category);
    }

    /**
     * {@code 性别=F 女}: the breakdown's label, {@code =}, the category's text.
     *
     * @return the text
     */
    @Override
    public String toString() {
      return breakdown.label() + "=" + category;
    }
  }

  /** The pairs, in the order given. */
  private final Entry[] entries;
  /** The pairs ordered by breakdown code, for equality, hashing and order. */
  private final Entry[] sorted;
  /** The hash, computed once. */
  private final int hash;

  private Breakdowns(Entry[] entries) {
    this.entries = entries;
    this.sorted = entries.clone();
    Arrays.sort(sorted, BY_CODE);
    this.hash = Arrays.hashCode(sorted);
  }

  /**
   * No breakdown: the figure for the whole.
   *
   * @return the empty value, always the same instance
   */
  public static Breakdowns empty() {
    return EMPTY;
  }

  /**
   * One pair.
   *
   * @param breakdown the breakdown, such as {@link Breakdown#SEX}
   * @param category its category, such as {@link Category#FEMALE}
   * @return the breakdowns
   * @throws NullPointerException if an argument is null
   */
  public static Breakdowns of(Breakdown breakdown, Category category) {
    return EMPTY.with(breakdown, category);
  }

  /**
   * Two pairs, in this order.
   *
   * @param breakdown1 the first breakdown
   * @param category1 its category
   * @param breakdown2 the second breakdown
   * @param category2 its category
   * @return the breakdowns
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the two breakdowns have the same code
   */
  public static Breakdowns of(Breakdown breakdown1, Category category1, Breakdown breakdown2, Category category2) {
    return EMPTY.with(breakdown1, category1).with(breakdown2, category2);
  }

  /**
   * The pairs of a collection, in its iteration order.
   *
   * @param entries the pairs
   * @return the breakdowns; {@link #empty()} for an empty collection
   * @throws NullPointerException if the collection or a pair is null
   * @throws IllegalArgumentException if two pairs have the same breakdown code
   */
  public static Breakdowns of(Collection<Entry> entries) {
    Objects.requireNonNull(entries, "entries");
    Breakdowns b = EMPTY;
    for (Entry e : entries) {
      Objects.requireNonNull(e, "entry");
      b = b.with(e.breakdown(), e.category());
    }
    return b;
  }

  /**
   * These pairs and one more, appended at the end. As in a set, adding a pair that is already
   * present changes nothing.
   *
   * @param breakdown the breakdown
   * @param category its category
   * @return the breakdowns with the pair; this value is unchanged
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException naming both if a breakdown of the same code is already
   *     present with another category, or is defined otherwise (another label or English label)
   */
  public Breakdowns with(Breakdown breakdown, Category category) {
    Entry added = new Entry(breakdown, category);
    for (Entry e : entries) {
      if (e.equals(added)) {
        return this;
      }
      if (e.breakdown().code().equals(breakdown.code())) {
        if (!e.breakdown().equals(breakdown)) {
          throw new IllegalArgumentException("breakdown " + breakdown.code() + " is already present as "
              + describe(e.breakdown()) + " (category " + e.category() + "); cannot add it as "
              + describe(breakdown) + " (category " + category + "): one code, one breakdown");
        }
        throw new IllegalArgumentException("breakdown " + breakdown.code() + " (" + breakdown.label()
            + ") already has the category " + e.category() + "; cannot add " + category
            + ": a figure has one category per breakdown");
      }
    }
    Entry[] more = Arrays.copyOf(entries, entries.length + 1);
    more[entries.length] = added;
    return new Breakdowns(more);
  }

  /**
   * These pairs without the one of a breakdown code.
   *
   * @param breakdownCode the breakdown's code, matched exactly
   * @return the breakdowns without that pair, the others in order; this value if there is none
   * @throws NullPointerException if {@code breakdownCode} is null
   */
  public Breakdowns without(String breakdownCode) {
    Objects.requireNonNull(breakdownCode, "breakdownCode");
    List<Entry> rest = new ArrayList<>(entries.length);
    for (Entry e : entries) {
      if (!e.breakdown().code().equals(breakdownCode)) {
        rest.add(e);
      }
    }
    return rest.size() == entries.length ? this
        : rest.isEmpty() ? EMPTY : new Breakdowns(rest.toArray(new Entry[0]));
  }

  /**
   * The category of a breakdown code.
   *
   * @param breakdownCode the breakdown's code, matched exactly
   * @return the category, or empty if this value has no breakdown of that code
   * @throws NullPointerException if {@code breakdownCode} is null
   */
  public Optional<Category> category(String breakdownCode) {
    Objects.requireNonNull(breakdownCode, "breakdownCode");
    for (Entry e : entries) {
      if (e.breakdown().code().equals(breakdownCode)) {
        return Optional.of(e.category());
      }
    }
    return Optional.empty();
  }

  /**
   * The pairs, in the order given.
   *
   * @return an unmodifiable list of the pairs
   */
  public List<Entry> entries() {
    return Collections.unmodifiableList(Arrays.asList(entries));
  }

  /**
   * The number of pairs.
   *
   * @return the number of breakdowns
   */
  public int size() {
    return entries.length;
  }

  /**
   * Whether there is no pair.
   *
   * @return true for {@link #empty()}
   */
  public boolean isEmpty() {
    return entries.length == 0;
  }

  /**
   * The total order described in the class documentation, consistent with {@code equals}.
   *
   * @param other the value to compare with
   * @return negative, zero or positive as this value sorts before, with or after {@code other}
   * @throws NullPointerException if {@code other} is null
   */
  @Override
  public int compareTo(Breakdowns other) {
    Objects.requireNonNull(other, "other");
    int n = Math.min(sorted.length, other.sorted.length);
    for (int i = 0; i < n; i++) {
      int c = sorted[i].compareTo(other.sorted[i]);
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(sorted.length, other.sorted.length);
  }

  /**
   * Equal when both hold the same pairs, whatever their order.
   *
   * @param o the other object
   * @return true if {@code o} holds the same pairs
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof Breakdowns b && hash == b.hash && Arrays.equals(sorted, b.sorted);
  }

  /**
   * A hash of the pairs, independent of their order.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return hash;
  }

  /**
   * The pairs in order, such as {@code 性别=F 女, 行业=C 制造业}; the empty string for {@link
   * #empty()}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder();
    for (Entry e : entries) {
      if (b.length() > 0) {
        b.append(", ");
      }
      b.append(e);
    }
    return b.toString();
  }

  private static String describe(Breakdown b) {
    return b.label() + b.englishLabel().map(e -> " / " + e).orElse("");
  }

  /**
   * Serializes through {@code SerialForm}, which checks the pairs again when read.
   *
   * @return the serial form
   */
  private Object writeReplace() {
    return new SerialForm(entries.clone());
  }

  /**
   * Refuses a stream that bypasses the serial form.
   *
   * @param in the stream
   * @throws InvalidObjectException always
   */
  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw new InvalidObjectException("Breakdowns are read through their serial form");
  }

  /** The serial form: the pairs in order, checked again through {@link Breakdowns#of} when read. */
  private static final class SerialForm implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The pairs, in order. */
    private final Entry[] entries;

    SerialForm(Entry[] entries) {
      this.entries = entries;
    }

    private Object readResolve() throws InvalidObjectException {
      try {
        return of(Arrays.asList(entries));
      } catch (RuntimeException e) {
        InvalidObjectException ex = new InvalidObjectException("invalid Breakdowns: " + e.getMessage());
        ex.initCause(e);
        throw ex;
      }
    }
  }
}
