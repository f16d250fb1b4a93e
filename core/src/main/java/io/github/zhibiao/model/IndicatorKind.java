package io.github.zhibiao.model;

/** What sort of figure an indicator is; it decides how periods and growth are read. */
public enum IndicatorKind {
  /** A level at an instant: 存栏, 累计建成, 参保人数 (use an instant period). */
  STOCK,
  /** An amount over a period: 产量, 新建, 签约 (use a year, quarter, month or month range). */
  FLOW,
  /** A ratio, usually in %: 开工率, 优良天数比例. */
  RATE,
  /** An index number: 价格指数 (previous year = 100). */
  INDEX
}
