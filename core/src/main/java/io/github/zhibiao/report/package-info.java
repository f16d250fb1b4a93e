/**
 * Reports for a reader: {@link io.github.zhibiao.report.FindingsReport} writes consistency
 * findings as plain text and as one self-contained HTML page, with the sentence of a prose
 * observation ({@link io.github.zhibiao.report.Quote}) and its figure marked.
 */
package io.github.zhibiao.report;
