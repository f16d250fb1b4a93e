package io.github.zhibiao.spark;

import io.github.zhibiao.calc.Consistency;
import io.github.zhibiao.calc.Finding;
import io.github.zhibiao.model.Dataset;
import io.github.zhibiao.model.Observation;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * Consistency checks as a Dataset operation: the observations are grouped, each group becomes a
 * zhibiao {@code Dataset} again, and core's {@link Consistency#check} runs on it; its findings come
 * back as rows of {@link ZhibiaoSchema#findings()}, passed ones included (filter on {@code passed}).
 *
 * <pre>{@code
 * Dataset<Row> findings = ZhibiaoChecks.check(observations);            // per region and period
 * findings.filter("not passed").show();
 * Dataset<Row> totals = ZhibiaoChecks.check(observations, "period");     // counties against their prefecture
 * }</pre>
 *
 * <p>The checks are those of {@link Consistency#check}: conflicting figures, breakdown totals,
 * growth against the year before, plan completion, rankings. A check sees only its group: growth
 * needs both years in one group, so group by {@code region_code} alone for it, and regional totals
 * need every region of a period, so group by {@code period}.
 *
 * <p>Rows are turned back into observations by core's {@code ObservationBinder}, from the texts the
 * data source wrote (the same texts a long CSV file holds), so that a row means what it meant when
 * it was read. The input must have the columns of {@link ZhibiaoSchema#observations()}: a Dataset
 * from the {@code zhibiao} data source, or one read back from Parquet it was written to. Two
 * observations of one indicator code whose names, kinds or sectors differ within a group fail the
 * job with the binder's {@code DatasetReadException} (the source names the group): an indicator code
 * means one thing.
 */
public final class ZhibiaoChecks {
  private ZhibiaoChecks() {}

  /**
   * The findings of each (region, period) group.
   *
   * @param observations rows of {@link ZhibiaoSchema#observations()}; not null
   * @return the findings, lazily computed; their {@code region_code} and {@code period} are those of
   *     the finding's first observation
   * @throws NullPointerException if {@code observations} is null
   */
  public static org.apache.spark.sql.Dataset<Row> check(org.apache.spark.sql.Dataset<Row> observations) {
    return check(observations, "region_code", "period");
  }

  /**
   * The findings of each group of rows with equal values in {@code columns}.
   *
   * @param observations rows of {@link ZhibiaoSchema#observations()}; not null
   * @param columns the grouping columns, at least one: {@code region_code}, {@code period} or any
   *     other column of the observations
   * @return the findings, lazily computed
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if no column is given
   */
  public static org.apache.spark.sql.Dataset<Row> check(org.apache.spark.sql.Dataset<Row> observations,
      String... columns) {
    Objects.requireNonNull(observations, "observations");
    if (columns.length == 0) {
      throw new IllegalArgumentException("group by at least one column");
    }
    List<String> keys = List.of(columns);
    return observations
        .groupByKey((MapFunction<Row, String>) row -> key(row, keys), Encoders.STRING())
        .flatMapGroups((FlatMapGroupsFunction<String, Row, Row>) ZhibiaoChecks::findings,
            Encoders.row(ZhibiaoSchema.findings()));
  }

  private static String key(Row row, List<String> columns) {
    StringBuilder key = new StringBuilder();
    for (String c : columns) {
      if (key.length() > 0) {
        key.append(" / ");
      }
      key.append(c).append('=').append((Object) row.getAs(c));
    }
    return key.toString();
  }

  private static Iterator<Row> findings(String group, Iterator<Row> rows) {
    RowObservations binder = new RowObservations("group " + group);
    Dataset.Builder dataset = Dataset.builder();
    while (rows.hasNext()) {
      dataset.add(binder.observation(rows.next()));
    }
    List<Row> out = new ArrayList<>();
    for (Finding f : Consistency.check(dataset.build())) {
      List<String> indicators = new ArrayList<>();
      for (Observation o : f.observations()) {
        indicators.add(o.indicator().code());
      }
      Observation first = f.observations().isEmpty() ? null : f.observations().get(0);
      out.add(RowFactory.create(first == null ? null : first.region().code(),
          first == null ? null : io.github.zhibiao.spi.ObservationBinder.periodText(first.period()),
          f.check().name(), f.outcome().name(), f.passed(), f.severity().name(), f.messageZh(), f.messageEn(),
          f.arithmetic(), scala.jdk.javaapi.CollectionConverters.asScala(indicators).toSeq()));
    }
    return out.iterator();
  }
}
