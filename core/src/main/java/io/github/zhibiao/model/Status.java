package io.github.zhibiao.model;

import io.github.zhibiao.ZhibiaoException;

import java.util.Locale;
import java.util.Objects;

/**
 * How final a figure is. The SDMX {@code OBS_STATUS} code is given for each constant.
 */
public enum Status {
  /** A final, normal figure (SDMX {@code A}). */
  NORMAL("", "A"),
  /** An estimate, 预计 (SDMX {@code E}). */
  ESTIMATED("预计", "E"),
  /** A preliminary figure, 初步 / 初步核算 (SDMX {@code P}). */
  PROVISIONAL("初步", "P"),
  /** A forecast, 预测 (SDMX {@code F}). */
  FORECAST("预测", "F"),
  /** A plan or target, 计划 / 目标 / 任务; SDMX has no code, {@code T} is used here. */
  TARGET("计划", "T");

  private final String chinese;
  private final String sdmxCode;

  Status(String chinese, String sdmxCode) {
    this.chinese = chinese;
    this.sdmxCode = sdmxCode;
  }

  /**
   * The Chinese word (预计, 初步 …); empty for {@link #NORMAL}.
   *
   * @return the word a report prints before the figure, or the empty string for {@link #NORMAL}
   */
  public String chinese() {
    return chinese;
  }

  /**
   * The SDMX {@code OBS_STATUS} code: A, E, P, F, or T for targets.
   *
   * @return the one-letter code, upper case
   */
  public String sdmxCode() {
    return sdmxCode;
  }

  /**
   * The texts statistics offices publish in place of a figure, or as the status of a cell that
   * has none: {@code .} (not applicable, Statistics Norway), {@code ..} and {@code ...} (not
   * available), {@code :} (not available, Eurostat), {@code -} and {@code x} (nil or confidential),
   * and the empty text. A figure never reads from them; they are not statuses of a figure either.
   */
  private static final java.util.Set<String> MISSING = java.util.Set.of("", ".", "..", "...", ":", "-", "x", "X");

  /**
   * Whether a text is a marker of a missing figure, as offices publish it in a value or a status:
   * {@code .}, {@code ..}, {@code ...}, {@code :}, {@code -}, {@code x} or {@code X}, or empty,
   * after stripping white space. Readers count such cells as missing values and make no
   * observation of them (see {@code ReadReport.missingValues()}).
   *
   * @param text a value or status as written; not null
   * @return true if the text says that there is no figure
   * @throws NullPointerException if {@code text} is null
   */
  public static boolean isMissingMarker(String text) {
    return MISSING.contains(Objects.requireNonNull(text, "text").strip());
  }

  /** The statuses, made once: {@code values()} copies its array at every call. */
  private static final Status[] VALUES = values();

  /**
   * Reads a status: the constant's name in any case, its SDMX code, or a Chinese word (预计, 初步,
   * 初步核算, 预测, 计划, 目标, 任务, 正常). The empty string is {@link #NORMAL}.
   *
   * @param text the status as written; leading and trailing white space is ignored, so is the
   *     case of names and SDMX codes
   * @return the status the text names
   * @throws NullPointerException if {@code text} is null
   * @throws ZhibiaoException naming the text and the accepted forms
   */
  public static Status parse(String text) {
    Objects.requireNonNull(text, "text");
    String t = text.strip();
    switch (t) {
      case "": case "正常": return NORMAL;
      case "预计": case "估计": return ESTIMATED;
      case "初步": case "初步核算": case "初步统计": return PROVISIONAL;
      case "预测": return FORECAST;
      case "计划": case "目标": case "任务": return TARGET;
      default: break;
    }
    String upper = t.toUpperCase(Locale.ROOT);
    for (Status s : VALUES) {
      if (s.sdmxCode.equals(upper) || s.name().equalsIgnoreCase(t)) {
        return s;
      }
    }
    throw new ZhibiaoException("unknown status '" + text
        + "': expected NORMAL, ESTIMATED, PROVISIONAL, FORECAST, TARGET, an SDMX code (A E P F T) or 预计, 初步, 预测, 计划");
  }
}
