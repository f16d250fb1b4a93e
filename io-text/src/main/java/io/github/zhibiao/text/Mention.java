package io.github.zhibiao.text;

import io.github.zhibiao.unit.Quantity;

/**
 * A number found in a sentence, with its unit and qualifiers. {@link #quantity} is null for a
 * number that is there but cannot be read as a figure (a bare 12345, a range, 千亿元大关).
 */
final class Mention {
  /** Start, including a prefix qualifier such as 约 or 超过. */
  final int start;
  /** Where the digits start. */
  final int numberStart;
  /** End, after the unit and a suffix qualifier such as 以上. */
  final int end;
  /** The figure, or null when the number cannot be read as one. */
  final Quantity quantity;
  /** Whether the unit counts things (个 家 座 户 人 …). */
  final boolean classifier;
  /** Whether a noun follows the unit (175个项目): the subject may come after the figure. */
  final boolean nounFollows;
  /** The index of the clause that holds the mention; set by the sentence reader. */
  int clause;
  /** Whether the figure is a multiple (1.5倍): its quantity is the bare number of times. */
  boolean multiple;
  /** Whether the figure is a threshold (突破1亿大关): written without the unit of the exact figure beside it. */
  boolean threshold;
  /** Whether the mention was used (as a level, a change, a share, plan completion or a streak). */
  boolean used;

  Mention(int start, int numberStart, int end, Quantity quantity, boolean classifier, boolean nounFollows) {
    this.start = start;
    this.numberStart = numberStart;
    this.end = end;
    this.quantity = quantity;
    this.classifier = classifier;
    this.nounFollows = nounFollows;
  }

  /**
   * Whether the figure is a ratio (%, ‰, 百分点 and other dimensionless units with a symbol); a bare magnitude
   * (120万, 6360.6亿: a count whose unit the text leaves out) is none, so it never becomes a completion or a share.
   */
  boolean isPercent() {
    return quantity != null && quantity.unit().dimension().isNone() && !quantity.unit().symbol().isEmpty()
        && !isMagnitude(quantity.unit().symbol());
  }

  private static boolean isMagnitude(String symbol) {
    for (int i = 0; i < symbol.length(); i++) {
      if ("十百千万亿".indexOf(symbol.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }

  boolean isPoints() {
    return quantity != null && quantity.unit().equals(io.github.zhibiao.unit.Units.PERCENTAGE_POINT);
  }

  @Override
  public String toString() {
    return "Mention[" + start + "," + end + " " + quantity + (nounFollows ? " +noun" : "") + "]";
  }
}
