/**
 * What a report states: indicators, observations, periods, regions, sectors, breakdowns (性别 女,
 * 行业 C 制造业: {@link io.github.zhibiao.model.Breakdowns}), and what a figure carries beside its
 * level (change, ranking, share, plan completion, status). A figure whose data state no region or
 * no time has {@link io.github.zhibiao.model.Region#NOT_STATED} or {@link
 * io.github.zhibiao.model.Period#NOT_STATED}; a time category that is not a calendar period is a
 * {@link io.github.zhibiao.model.LabelledPeriod}.
 *
 * <p>The model classes are {@link java.io.Serializable}, but their serialized form is not part of
 * the public API: it may change between releases, so serialize only to exchange values between
 * processes running the same zhibiao version, and use a {@code DatasetFormat} (CSV, JSON) to store
 * data.
 *
 * @serial exclude
 */
package io.github.zhibiao.model;
