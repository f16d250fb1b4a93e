/**
 * What a report states: indicators, observations, periods, regions, sectors, and what a figure
 * carries beside its level (change, ranking, share, plan completion, status).
 */
package io.github.zhibiao.model;
