package io.github.zhibiao.calc;

import io.github.zhibiao.model.Breakdowns;
import io.github.zhibiao.model.Observation;
import io.github.zhibiao.model.Period;
import io.github.zhibiao.model.Ranking;
import io.github.zhibiao.model.Region;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Rankings of one indicator, period and set of breakdowns across regions (居全区第3位), with ties,
 * and checks of a stated ranking against the peers' values. Observations ranked together share
 * indicator, period and {@link io.github.zhibiao.model.Breakdowns breakdowns} (women's employment
 * is ranked among women's), are for different regions, and none is for {@link
 * Region#NOT_STATED}.
 *
 * <pre>{@code
 * List<Rankings.Ranked> ranked = Rankings.rank(grainByPrefecture, Rankings.Order.DESCENDING,
 *     Rankings.Mode.COMPETITION);
 * Rankings.Check c = Rankings.check(chifengGrain, grainByPrefecture, Rankings.Order.DESCENDING);
 * c.consistent();  // whether 4/12 agrees with the values
 * }</pre>
 *
 * <h2>Values</h2>
 * Observations are compared by their exact values across units of one dimension
 * ({@link io.github.zhibiao.unit.Quantity#compareTo}); qualifiers (余, 约) are ignored and no
 * rounding takes place. Two values are tied when they are numerically equal.
 */
public final class Rankings {
  private Rankings() {}

  /** How ties are numbered. */
  public enum Mode {
    /** Standard competition ranking, "1224": tied values share the best position, the next value skips. */
    COMPETITION,
    /** Dense ranking, "1223": tied values share a position, the next value takes the next number. */
    DENSE,
    /** Ordinal ranking, "1234": every value gets its own position; ties keep the order given. */
    ORDINAL
  }

  /** Which end is first. */
  public enum Order {
    /** Largest value first (output, income): the usual order of 居全区第N位. */
    DESCENDING,
    /** Smallest value first (unemployment rate, PM2.5, energy use per unit of GDP). */
    ASCENDING
  }

  /**
   * Ranks observations of one indicator and one period, one per region.
   *
   * @param observations the observations to rank, in any order; may be empty
   * @param order which end is first
   * @param mode how ties are numbered
   * @return the observations with their positions, best first; tied observations keep the
   *     order given
   * @throws IllegalArgumentException if the observations mix indicators, periods or breakdowns,
   *     two are for the same region, or one is for {@link Region#NOT_STATED}
   * @throws io.github.zhibiao.unit.IncompatibleUnitsException if values of one indicator have
   *     different dimensions (the model prevents this)
   */
  public static List<Ranked> rank(Collection<Observation> observations, Order order, Mode mode) {
    Objects.requireNonNull(observations, "observations");
    Objects.requireNonNull(order, "order");
    Objects.requireNonNull(mode, "mode");
    List<Observation> list = new ArrayList<>(observations);
    requireOnePeer(list);
    Comparator<Observation> byValue = (a, b) -> a.value().compareTo(b.value());
    Comparator<Observation> cmp = order == Order.DESCENDING ? byValue.reversed() : byValue;
    list.sort(cmp); // stable: ties keep the order given
    List<Ranked> out = new ArrayList<>(list.size());
    int dense = 0;
    int competition = 0;
    for (int i = 0; i < list.size(); i++) {
      Observation o = list.get(i);
      boolean tied = i > 0 && cmp.compare(list.get(i - 1), o) == 0;
      if (!tied) {
        dense++;
        competition = i + 1;
      }
      int position = switch (mode) {
        case COMPETITION -> competition;
        case DENSE -> dense;
        case ORDINAL -> i + 1;
      };
      out.add(new Ranked(o, position));
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * Whether two rank claims for one figure can both hold among {@code peerCount} peers: 首位 and
   * 前列, 第3位 and 前10, but not 首位 and 第3位. Each claim allows a range of positions: a position
   * p allows p, 前N allows 1 to N, 前列 allows 1 to {@code max(1, ⌈peerCount / 3⌉)} (the convention
   * of {@link Check#leadingLimit()}); the claims are compatible when their ranges meet. Scopes and
   * peer counts stated on the rankings are not compared; the caller gives the peer count.
   *
   * @param a one claim
   * @param b the other claim
   * @param peerCount the number of peers ranked (12 盟市 in 内蒙古)
   * @return true when some position satisfies both claims
   * @throws IllegalArgumentException if {@code peerCount < 1}
   */
  public static boolean compatible(Ranking a, Ranking b, int peerCount) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    if (peerCount < 1) {
      throw new IllegalArgumentException("peer count (" + peerCount + ") must be >= 1");
    }
    int[] x = positions(a, peerCount);
    int[] y = positions(b, peerCount);
    return Math.max(x[0], y[0]) <= Math.min(x[1], y[1]);
  }

  /** The positions a claim allows, {@code [first, last]}. */
  private static int[] positions(Ranking r, int peerCount) {
    switch (r.kind()) {
      case POSITION:
        return new int[] {r.position().getAsInt(), r.position().getAsInt()};
      case TOP_N:
        return new int[] {1, r.topSize().getAsInt()};
      default:
        return new int[] {1, Math.max(1, (peerCount + 2) / 3)};
    }
  }

  /**
   * Checks the ranking an observation states ({@link Observation#ranking()}) against its peers.
   *
   * @param subject the observation stating the ranking
   * @param peers the observations it is ranked among, of the same indicator and period; the
   *     subject may be among them or not
   * @param order which end is first
   * @return the check
   * @throws IllegalArgumentException if the subject states no ranking, the peers mix indicators,
   *     periods or breakdowns with the subject, two peers are for the same region, or one is for
   *     {@link Region#NOT_STATED}
   */
  public static Check check(Observation subject, Collection<Observation> peers, Order order) {
    Objects.requireNonNull(subject, "subject");
    Ranking stated = subject.ranking().orElseThrow(() -> new IllegalArgumentException(
        "observation " + subject + " states no ranking"));
    return check(subject, stated, peers, order);
  }

  /**
   * Checks a stated ranking of {@code subject} against its peers; see {@link Check#consistent()}
   * for what agreeing means for each kind of ranking.
   *
   * @param subject the observation whose ranking is checked
   * @param stated the figure as stated
   * @param peers the peers
   * @param order which end is first
   * @return the check
   * @throws IllegalArgumentException if the peers mix indicators, periods or breakdowns with the
   *     subject, two peers are for the same region (other than the subject itself), or one is for
   *     {@link Region#NOT_STATED}
   */
  public static Check check(Observation subject, Ranking stated, Collection<Observation> peers, Order order) {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(stated, "stated");
    Objects.requireNonNull(peers, "peers");
    Objects.requireNonNull(order, "order");
    List<Observation> all = new ArrayList<>();
    all.add(subject);
    for (Observation p : peers) {
      if (!p.equals(subject)) {
        all.add(p);
      }
    }
    requireOnePeer(all);
    int better = 0;
    int equal = 0;
    for (Observation p : all) {
      int c = p.value().compareTo(subject.value());
      if (order == Order.ASCENDING) {
        c = -c;
      }
      if (c > 0) {
        better++;
      } else if (c == 0) {
        equal++;
      }
    }
    return new Check(subject, stated, Collections.unmodifiableList(all), better + 1, better + equal);
  }

  private static void requireOnePeer(List<Observation> list) {
    if (list.isEmpty()) {
      return;
    }
    Observation first = list.get(0);
    String code = first.indicator().code();
    Period period = first.period();
    Breakdowns breakdowns = first.breakdowns();
    Map<Region, Observation> seen = new HashMap<>();
    for (Observation o : list) {
      if (!o.indicator().code().equals(code) || !o.period().equals(period) || !o.breakdowns().equals(breakdowns)) {
        throw new IllegalArgumentException("cannot rank " + o + " with " + first
            + ": ranked observations must share indicator, period and breakdowns");
      }
      if (!o.region().isStated()) {
        throw new IllegalArgumentException("cannot rank " + o + ": its region is not stated, so it has no place"
            + " among regions");
      }
      Observation before = seen.put(o.region(), o);
      if (before != null) {
        throw new IllegalArgumentException("two observations for region " + o.region().code() + " ("
            + before.value() + " and " + o.value() + "): rank one value per region");
      }
    }
  }

  /** An observation and its position (1 = first). Immutable. */
  public static final class Ranked {
    private final Observation observation;
    private final int position;

    Ranked(Observation observation, int position) {
      this.observation = observation;
      this.position = position;
    }

    /**
     * The observation.
     * @return the observation
     */
    public Observation observation() {
      return observation;
    }

    /**
     * Its position, 1 for the first.
     * @return its position, 1 for the first
     */
    public int position() {
      return position;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Ranked r && position == r.position && observation.equals(r.observation);
    }

    @Override
    public int hashCode() {
      return observation.hashCode() * 31 + position;
    }

    /** {@code 3: GRAIN_OUTPUT 150400 2023 = 130亿斤}. */
    @Override
    public String toString() {
      return position + ": " + observation;
    }
  }

  /**
   * The outcome of checking a stated ranking against peers. Immutable.
   *
   * <p>The subject's position among the peers given lies between {@link #bestPosition()} (one
   * more than the number of strictly better values) and {@link #worstPosition()} (the number of
   * values better or equal, itself included); the two differ only when values tie.
   */
  public static final class Check {
    private final Observation subject;
    private final Ranking stated;
    private final List<Observation> peers;
    private final int best;
    private final int worst;

    Check(Observation subject, Ranking stated, List<Observation> peers, int best, int worst) {
      this.subject = subject;
      this.stated = stated;
      this.peers = peers;
      this.best = best;
      this.worst = worst;
    }

    /**
     * The observation whose ranking is checked.
     * @return the observation whose ranking is checked
     */
    public Observation subject() {
      return subject;
    }

    /**
     * The ranking checked.
     * @return the ranking checked
     */
    public Ranking stated() {
      return stated;
    }

    /**
     * The observations ranked, the subject first.
     * @return the observations ranked, the subject first
     */
    public List<Observation> peers() {
      return peers;
    }

    /**
     * The best position the subject can claim among these peers (its competition rank).
     * @return the best position the subject can claim among these peers (its competition rank)
     */
    public int bestPosition() {
      return best;
    }

    /**
     * The worst position the subject has among these peers (differs from the best only with ties).
     * @return the worst position the subject has among these peers (differs from the best only with ties)
     */
    public int worstPosition() {
      return worst;
    }

    /**
     * Whether the peers given are all the peers the ranking counts: true unless the ranking states
     * a peer count larger than the number of observations given (4/12 with values for 5 of the 12
     * prefectures). Without a stated count the peers given are taken to be all.
     * @return whether the peers given are all the peers the ranking counts
     */
    public boolean complete() {
      return stated.peers().isEmpty() || stated.peers().getAsInt() <= peers.size();
    }

    /**
     * The number of peers the ranking counts: its stated count if any, else the number given.
     * @return the number of peers the ranking counts
     */
    public int peerCount() {
      return stated.peers().orElse(peers.size());
    }

    /**
     * Whether the stated ranking agrees with the values.
     *
     * <ul>
     *   <li>A position p (第3位, 首位 = 1) agrees when {@code best ≤ p ≤ worst}: among tied values
     *       each tied position is accepted.</li>
     *   <li>前N agrees when {@code best ≤ N}.</li>
     *   <li>前列 (among the leaders) agrees when {@code best ≤ max(1, ⌈peerCount / 3⌉)}: within
     *       the first third. This is a convention of this library, not an official definition.</li>
     * </ul>
     * When the peers are not {@link #complete()}, missing peers could only push the subject
     * down, so the check is one-sided: a position agrees when {@code p ≥ best}, and 前N / 前列
     * as above (a subject already outside the first N among some of its peers is outside among
     * all).
     * @return whether the stated ranking agrees with the values
     */
    public boolean consistent() {
      switch (stated.kind()) {
        case POSITION:
          int p = stated.position().getAsInt();
          return complete() ? best <= p && p <= worst : best <= p;
        case TOP_N:
          return best <= stated.topSize().getAsInt();
        default:
          return best <= leadingLimit();
      }
    }

    /**
     * The last position counted as 前列: {@code max(1, ⌈peerCount / 3⌉)}.
     * @return the last position counted as 前列
     */
    public int leadingLimit() {
      return Math.max(1, (peerCount() + 2) / 3);
    }

    @Override
    public String toString() {
      return "Check[" + stated + " of " + subject + ": positions " + best + (worst == best ? "" : "–" + worst)
          + " among " + peers.size() + (complete() ? "" : " of " + peerCount()) + ", "
          + (consistent() ? "consistent" : "inconsistent") + "]";
    }
  }
}
