package io.github.zhibiao.text;

import io.github.zhibiao.model.Observation;
import java.util.Objects;

/**
 * One observation read from prose, with where it came from: the character span in the text, the
 * exact text of that span, the subject phrase as written, and the extractor's confidence.
 *
 * <p>The span runs from the subject (or the figure, when the subject came from elsewhere) to the
 * end of the last piece read into the observation (its change, ranking, share or plan
 * completion), so {@code text} is {@code source.substring(start, end)}. Immutable.
 */
public final class ExtractedFact {
  private final Observation observation;
  private final int start;
  private final int end;
  private final String text;
  private final String subject;
  private final Confidence confidence;

  private ExtractedFact(Observation observation, int start, int end, String text, String subject,
      Confidence confidence) {
    this.observation = observation;
    this.start = start;
    this.end = end;
    this.text = text;
    this.subject = subject;
    this.confidence = confidence;
  }

  /**
   * A fact.
   *
   * @param observation the observation
   * @param start the index of the span's first character in the source text
   * @param end the index after the span's last character
   * @param text the span's text, {@code end - start} characters long
   * @param subject the subject phrase as written, not blank
   * @param confidence how sure the extractor is
   * @return the fact
   * @throws IllegalArgumentException if the span is negative, unordered or does not match the
   *     text's length, or the subject is blank
   */
  public static ExtractedFact of(Observation observation, int start, int end, String text, String subject,
      Confidence confidence) {
    Objects.requireNonNull(observation, "observation");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(confidence, "confidence");
    if (start < 0 || end < start || text.length() != end - start) {
      throw new IllegalArgumentException("fact span [" + start + ", " + end
          + ") must be non-negative, ordered and as long as its text (" + text.length() + " chars)");
    }
    if (subject.isBlank()) {
      throw new IllegalArgumentException("fact subject must not be blank");
    }
    return new ExtractedFact(observation, start, end, text, subject, confidence);
  }

  /**
   * The observation: indicator (named after the subject), region, period, value and what was said
   * beside it.
   *
   * @return the observation read from the span
   */
  public Observation observation() {
    return observation;
  }

  /**
   * The index of the span's first character in the source text.
   *
   * @return the start index, 0 or more, counted in {@code char}s of the source text
   */
  public int start() {
    return start;
  }

  /**
   * The index after the span's last character.
   *
   * @return the end index (exclusive), at least {@link #start()}
   */
  public int end() {
    return end;
  }

  /**
   * The text of the span, exactly as written.
   *
   * @return {@code source.substring(start(), end())}, such as 牛存栏362.2万头，同比增长3.1%
   */
  public String text() {
    return text;
  }

  /**
   * The subject phrase as written: 牛存栏, 累计建成5G基站, 专精特新中小企业.
   *
   * @return the subject, never blank
   */
  public String subject() {
    return subject;
  }

  /**
   * How sure the extractor is of this reading.
   *
   * @return the extractor's confidence in this reading
   */
  public Confidence confidence() {
    return confidence;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ExtractedFact f && observation.equals(f.observation) && start == f.start && end == f.end
        && text.equals(f.text) && subject.equals(f.subject) && confidence == f.confidence;
  }

  @Override
  public int hashCode() {
    return Objects.hash(observation, start, end, text, subject, confidence);
  }

  /** {@code [12,30) 牛存栏 = 362.2万头 (HIGH)}. */
  @Override
  public String toString() {
    return "[" + start + "," + end + ") " + subject + " = " + observation.value() + " (" + confidence + ")";
  }
}
