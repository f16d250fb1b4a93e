/**
 * What a report states: indicators, observations, periods, regions, sectors, and what a figure
 * carries beside its level (change, ranking, share, plan completion, status).
 *
 * <p>The model classes are {@link java.io.Serializable}, but their serialized form is not part of
 * the public API: it may change between releases, so serialize only to exchange values between
 * processes running the same zhibiao version, and use a {@code DatasetFormat} (CSV, JSON) to store
 * data.
 *
 * @serial exclude
 */
package io.github.zhibiao.model;
