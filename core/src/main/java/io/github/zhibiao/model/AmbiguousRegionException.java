package io.github.zhibiao.model;

import io.github.zhibiao.ZhibiaoException;

import java.util.List;
import java.util.Objects;

/**
 * A region name that several regions share, looked up where one region was expected: 朝阳区 is
 * {@code 110105} in 北京 and {@code 220104} in 长春. The message and {@link #candidates()} list
 * every candidate; look the name up within a parent ({@link Regions#byName(String, Region)}) or by
 * code instead.
 */
public final class AmbiguousRegionException extends ZhibiaoException {
  private static final long serialVersionUID = 1L;

  /** The name. */
  private final String name;
  /** The candidates, two or more. */
  private final transient List<Region> candidates;

  /**
   * An exception for {@code name} shared by {@code candidates}.
   *
   * @param name the name looked up
   * @param candidates the regions with that name, two or more
   * @throws NullPointerException if an argument is null
   */
  public AmbiguousRegionException(String name, List<Region> candidates) {
    super(message(Objects.requireNonNull(name, "name"), Objects.requireNonNull(candidates, "candidates")));
    this.name = name;
    this.candidates = List.copyOf(candidates);
  }

  /**
   * The candidates as a message fragment: {@code 110105 朝阳区 (北京市), 220104 朝阳区 (长春市)}.
   *
   * @param candidates the regions
   * @return each region's code, full name and parent's full name, separated by commas
   * @throws NullPointerException if {@code candidates} is null
   */
  public static String describe(List<Region> candidates) {
    StringBuilder b = new StringBuilder();
    for (Region r : candidates) {
      if (b.length() > 0) {
        b.append(", ");
      }
      b.append(r.code()).append(' ').append(r.name());
      r.parent().ifPresent(p -> b.append(" (").append(p.name()).append(')'));
    }
    return b.toString();
  }

  private static String message(String name, List<Region> candidates) {
    return "region name '" + name + "' is ambiguous: " + candidates.size() + " regions have it ("
        + describe(candidates) + "); give the code or the region it lies in";
  }

  /**
   * The ambiguous name.
   *
   * @return the name looked up
   */
  public String name() {
    return name;
  }

  /**
   * Every region with the name, ordered by code.
   *
   * @return the candidates; empty after deserialization
   */
  public List<Region> candidates() {
    return candidates == null ? List.of() : candidates;
  }
}
