package io.github.zhibiao.text;

/**
 * How sure the extractor is of one extracted fact. It rates the reading of the sentence (where the
 * subject came from, whether the figure stood alone), not the truth of the figure.
 */
public enum Confidence {
  /** The subject stood right before the figure, with an explicit unit: 粮食总产量130亿斤. */
  HIGH,
  /**
   * The fact was assembled: one of a 分别 enumeration, a change stated without a level (its value
   * is the rate itself), a subject written after the figure (175个项目开工建设), or a long subject.
   */
  MEDIUM,
  /** A subject cut out of a longer verb phrase, or a figure whose attachments could not all be kept. */
  LOW
}
