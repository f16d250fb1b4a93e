package io.github.zhibiao.model;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * A change to a GB/T 2260 division since 2010: the code {@code oldCode}, named {@code oldName},
 * was retired, merged, split or renamed in {@code year}, and {@code successors} are the divisions
 * in force today that cover its area (崇文区 {@code 110103} → 东城区 {@code 110101} in 2010; 襄樊市
 * {@code 420600} → 襄阳市 {@code 420600} in 2010; 莱芜市 {@code 371200} → 济南市 in 2018).
 *
 * <p>The year is that of the first yearly list of codes (as of 31 December) without the old
 * record. When a successor changed again later, {@code successors} already follows the chain to
 * the divisions in force. Found by {@link Regions#successor} and {@link Regions#formerlyNamed}.
 *
 * @param oldCode the code before the change, six digits
 * @param oldName the full name before the change
 * @param successors the divisions in force that took over the area, at least one, ordered by code
 * @param year the year of the change, 2010 or later
 */
public record RegionChange(String oldCode, String oldName, List<Region> successors, int year)
    implements Serializable {

  /**
   * Checks and copies the components.
   *
   * @param oldCode the code before the change
   * @param oldName the full name before the change
   * @param successors the divisions that took over the area, at least one
   * @param year the year of the change
   * @throws NullPointerException if an argument or a successor is null
   * @throws IllegalArgumentException if there is no successor or a name or code is blank
   */
  public RegionChange {
    Objects.requireNonNull(oldCode, "oldCode");
    Objects.requireNonNull(oldName, "oldName");
    successors = List.copyOf(Objects.requireNonNull(successors, "successors"));
    if (oldCode.isBlank() || oldName.isBlank()) {
      throw new IllegalArgumentException("oldCode ('" + oldCode + "') and oldName ('" + oldName
          + "') must be non-blank");
    }
    if (successors.isEmpty()) {
      throw new IllegalArgumentException("the change of " + oldCode + " " + oldName
          + " must have at least one successor");
    }
  }

  /**
   * Whether the code stayed and only the name changed (襄樊市 → 襄阳市, both {@code 420600}).
   *
   * @return true if the only successor has the old code
   */
  public boolean isRename() {
    return successors.size() == 1 && successors.get(0).code().equals(oldCode);
  }

  /**
   * The change as text: {@code 110103 崇文区 → 110101 东城区 (2010)}.
   *
   * @return the old code and name, the successors' codes and names, and the year
   */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder(oldCode).append(' ').append(oldName).append(" →");
    for (int i = 0; i < successors.size(); i++) {
      b.append(i == 0 ? " " : ", ").append(successors.get(i).code()).append(' ')
          .append(successors.get(i).name());
    }
    return b.append(" (").append(year).append(')').toString();
  }
}
