package io.github.zhibiao.spark;

import io.github.zhibiao.model.Status;
import io.github.zhibiao.spi.ObservationBinder;
import io.github.zhibiao.spi.ObservationBinder.Field;
import io.github.zhibiao.spi.ReadOptions;
import io.github.zhibiao.unit.Quantity;
import io.github.zhibiao.unit.UnitCatalog;
import io.github.zhibiao.unit.UnitPolicy;
import java.math.BigDecimal;
import java.util.Map;
import org.apache.spark.sql.Row;

/**
 * Rows of {@link ZhibiaoSchema#observations()} back into observations, through core's binder: each
 * column's text goes where a long CSV file's field of the same meaning would, so the binder's rules
 * (units, periods, regions, indicators) decide, once, what it means. Units are read with the open
 * policy, since the rows were read by a zhibiao reader that already accepted them (JSON-stat keeps
 * unknown unit labels as opaque units).
 */
final class RowObservations {
  private final ObservationBinder binder;
  private long record;

  RowObservations(String source) {
    this.binder = ObservationBinder.of(source, ReadOptions.defaults().withAnyChangeReference(), UnitPolicy.OPEN);
  }

  io.github.zhibiao.model.Observation observation(Row row) {
    binder.begin(++record);
    text(row, Field.INDICATOR, "indicator_code");
    text(row, Field.INDICATOR_NAME, "indicator_name");
    text(row, Field.INDICATOR_KIND, "indicator_kind");
    text(row, Field.INDICATOR_UNIT, "indicator_unit");
    text(row, Field.SECTOR, "sector");
    text(row, Field.REGION, "region_code");
    text(row, Field.REGION_NAME, "region_name");
    text(row, Field.PERIOD, "period");
    binder.set(Field.VALUE, plain(row, "value", "value_scale"), "value");
    text(row, Field.UNIT, "value_unit");
    text(row, Field.QUALIFIER, "qualifier");
    String status = row.getAs("status");
    binder.set(Field.STATUS, status == null || status.equals(Status.NORMAL.name()) ? "" : status, "status");
    binder.set(Field.CHANGE, quantity(row, "change_value", "change_unit"), "change_value");
    text(row, Field.CHANGE_BASIS, "change_basis");
    text(row, Field.RANKING, "ranking");
    text(row, Field.RANKING_SCOPE, "ranking_scope");
    binder.set(Field.SHARE, quantity(row, "share_value", "share_unit"), "share_value");
    text(row, Field.SHARE_OF, "share_of");
    binder.set(Field.PLAN_COMPLETION, quantity(row, "plan_completion_value", "plan_completion_unit"),
        "plan_completion_value");
    text(row, Field.NOTE, "note");
    Map<String, String> categories = map(row, "breakdowns");
    Map<String, String> labels = map(row, "breakdown_labels");
    Map<String, String> categoryLabels = map(row, "category_labels");
    for (Map.Entry<String, String> e : categories.entrySet()) {
      String code = e.getKey();
      binder.breakdown(code, labels.getOrDefault(code, code), e.getValue(),
          categoryLabels.getOrDefault(code, e.getValue()), "breakdowns[" + code + "]");
    }
    return binder.bind();
  }

  private void text(Row row, Field field, String column) {
    String text = row.getAs(column);
    binder.set(field, text == null ? "" : text, column);
  }

  /** The number as stated: the decimal at the scale it was stated with; null when the row has none. */
  private static BigDecimal stated(Row row, String column, String scaleColumn) {
    BigDecimal value = row.getAs(column);
    if (value == null) {
      return null;
    }
    Integer scale = row.getAs(scaleColumn);
    return scale == null ? value.stripTrailingZeros() : value.setScale(scale, java.math.RoundingMode.UNNECESSARY);
  }

  private static String plain(Row row, String column, String scaleColumn) {
    BigDecimal value = stated(row, column, scaleColumn);
    return value == null ? "" : value.toPlainString();
  }

  /** The quantity's text, as {@code Quantity.parse} reads it back; empty when the row has none. */
  private static String quantity(Row row, String valueColumn, String unitColumn) {
    BigDecimal value = stated(row, valueColumn, valueColumn.replace("_value", "_scale"));
    if (value == null) {
      return "";
    }
    String label = row.getAs(unitColumn);
    UnitCatalog units = UnitCatalog.builtIn();
    return Quantity.of(value, units.resolve(label, UnitPolicy.OPEN)).toString();
  }

  private static Map<String, String> map(Row row, String column) {
    scala.collection.Map<String, String> m = row.getAs(column);
    return m == null ? Map.of() : scala.jdk.javaapi.CollectionConverters.asJava(m);
  }
}
