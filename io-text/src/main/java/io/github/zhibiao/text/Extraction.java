package io.github.zhibiao.text;

import io.github.zhibiao.model.Dataset;
import io.github.zhibiao.model.Observation;
import io.github.zhibiao.report.Quote;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

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

  /**
   * The sentence each fact was read from, with its span marked, for a report of findings
   * ({@link io.github.zhibiao.report.FindingsReport#withQuotes}): the sentence runs from after the
   * previous sentence end (。！？!? or a line break) to its own end, in {@code text}.
   *
   * @param text the text this extraction was read from (the spans index it)
   * @return a function giving the quote of an observation of this extraction, empty for any other
   * @throws IllegalArgumentException if a fact's span lies outside {@code text} or does not hold
   *     the fact's text: {@code text} is not the one extracted
   */
  public Function<Observation, Optional<Quote>> quotes(CharSequence text) {
    Objects.requireNonNull(text, "text");
    Map<Observation, Quote> quotes = new HashMap<>();
    for (ExtractedFact f : facts) {
      if (f.end() > text.length() || !text.subSequence(f.start(), f.end()).toString().equals(f.text())) {
        throw new IllegalArgumentException("the fact '" + f.text() + "' at [" + f.start() + ", " + f.end()
            + ") is not in the text given: it is not the text extracted");
      }
      int from = f.start();
      while (from > 0 && !end(text.charAt(from - 1))) {
        from--;
      }
      int to = f.end();
      while (to < text.length() && !end(text.charAt(to))) {
        to++;
      }
      if (to < text.length() && text.charAt(to) != '\n' && text.charAt(to) != '\r') {
        to++; // keep the sentence's own 。
      }
      if (f.end() > f.start()) {
        quotes.putIfAbsent(f.observation(), Quote.of(text.subSequence(from, to).toString(), f.start() - from,
            f.end() - from));
      }
    }
    Map<Observation, Quote> copy = Map.copyOf(quotes);
    return o -> Optional.ofNullable(copy.get(o));
  }

  private static boolean end(char c) {
    return Prose.isSentenceEnd(c) || c == '！' || c == '？';
  }

  /** {@code Extraction[12 facts, 2 unread sentences]}. */
  @Override
  public String toString() {
    return "Extraction[" + facts.size() + " facts, " + unread.size() + " unread sentences]";
  }
}
