package io.github.zhibiao.text;

import io.github.zhibiao.model.Dataset;
import io.github.zhibiao.model.Observation;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What {@link TextExtractor#extract} read from one text: the facts, in text order, and the
 * sentences holding a number that gave no fact. Immutable.
 */
public final class Extraction {
  private final List<ExtractedFact> facts;
  private final List<UnreadSentence> unread;

  private Extraction(List<ExtractedFact> facts, List<UnreadSentence> unread) {
    this.facts = facts;
    this.unread = unread;
  }

  /**
   * An extraction result.
   *
   * @param facts the facts, in text order
   * @param unread the unread sentences, in text order
   * @return the result
   */
  public static Extraction of(List<ExtractedFact> facts, List<UnreadSentence> unread) {
    return new Extraction(List.copyOf(Objects.requireNonNull(facts, "facts")),
        List.copyOf(Objects.requireNonNull(unread, "unread")));
  }

  /**
   * The facts, in the order of their figures in the text.
   *
   * @return the facts, unmodifiable; empty when nothing was read
   */
  public List<ExtractedFact> facts() {
    return facts;
  }

  /**
   * The sentences with a number that produced no fact, in text order.
   *
   * @return the unread sentences, unmodifiable; empty when every number was read
   */
  public List<UnreadSentence> unread() {
    return unread;
  }

  /**
   * The facts' observations, in text order.
   *
   * @return a new unmodifiable list with one observation per fact
   */
  public List<Observation> observations() {
    List<Observation> out = new ArrayList<>(facts.size());
    for (ExtractedFact f : facts) {
      out.add(f.observation());
    }
    return List.copyOf(out);
  }

  /**
   * The observations as a {@link Dataset}. Within one extraction a subject always maps to one
   * indicator, so the dataset never holds two definitions of a code.
   *
   * @return a dataset of {@link #observations()}, in text order; empty when there are no facts
   */
  public Dataset toDataset() {
    return Dataset.of(observations());
  }

  /** {@code Extraction[12 facts, 2 unread sentences]}. */
  @Override
  public String toString() {
    return "Extraction[" + facts.size() + " facts, " + unread.size() + " unread sentences]";
  }
}
