package io.github.zhibiao.unit;

/**
 * What a reader does with a unit label that its {@link UnitCatalog} does not know.
 *
 * <p>Every reader follows the policy of its read options and documents its default; under {@link
 * #OPEN} it counts the labels it kept in its read report.
 */
public enum UnitPolicy {
  /** Refuse the label: the record is a problem that names the label and its place. */
  STRICT,
  /**
   * Keep the label as an {@link Unit#opaque(String) opaque unit}, convertible only to itself,
   * and count it in the read report.
   */
  OPEN
}
