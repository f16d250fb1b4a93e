package io.github.zhibiao.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zhibiao.model.Observation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.catalyst.CatalystTypeConverters;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.UnsafeProjection;
import org.apache.spark.sql.catalyst.expressions.UnsafeRow;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A partition's builder, which derives each indicator's, region's, period's, unit's and breakdowns'
 * columns once per instance and shares them between rows, gives the rows a fresh builder gives each
 * observation, byte for byte once Spark's projection has made them {@code UnsafeRow}s.
 */
class RowBuilderTest {
  @TempDir static Path dir;

  static Stream<Arguments> files() {
    return Fixtures.everyFormat(dir);
  }

  /** {@code row} as Spark's projection writes it, copied out of the projection's buffer. */
  static UnsafeRow unsafe(StructType schema, InternalRow row) {
    return UnsafeProjection.create(schema).apply(row).copy();
  }

  /** Rows of {@code observations} by one builder of {@code schema} equal those of a fresh full builder each, pruned. */
  static void sameRows(List<Observation> observations, StructType schema) {
    Rows.Builder shared = new Rows.Builder(schema);
    StructType all = ZhibiaoSchema.observations();
    for (int k = 0; k < observations.size(); k++) {
      Rows.Place at = new Rows.Place("file:/x/f.csv", "csv", k + 1, k % 3 == 0 ? null : (long) k, null, null);
      Observation o = observations.get(k);
      UnsafeRow fresh = unsafe(all, Rows.observation(o, at, "f.csv"));
      UnsafeRow built = unsafe(schema, shared.observation(o, at, "f.csv"));
      for (int j = 0; j < schema.size(); j++) {
        int i = all.fieldIndex(schema.fields()[j].name());
        DataType type = all.fields()[i].dataType();
        assertEquals(CatalystTypeConverters.convertToScala(fresh.get(i, type), type),
            CatalystTypeConverters.convertToScala(built.get(j, type), type), schema.fields()[j].name() + " of observation " + k);
      }
      if (schema.size() == all.size()) {
        assertEquals(fresh, built, "observation " + k);
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void aSharedBuilderGivesTheRowsOfAFreshOne(String id, Path file) throws IOException {
    List<Observation> observations = DataSourceTest.direct(id, file);
    assertTrue(observations.size() > 1, id);
    sameRows(observations, ZhibiaoSchema.observations());
    sameRows(observations, new StructType(new org.apache.spark.sql.types.StructField[] {
        ZhibiaoSchema.observations().apply("breakdown_labels"), ZhibiaoSchema.observations().apply("period_end"),
        ZhibiaoSchema.observations().apply("indicator_name"), ZhibiaoSchema.observations().apply("value_unit")}));
  }

  @Test
  void rowsOfTheSameInstancesShareTheirColumns() throws IOException {
    List<Observation> observations = DataSourceTest.direct("sdmx-csv", Fixtures.real(dir.resolve("share"), "oecd-g20-prices.csv"));
    Rows.Builder b = new Rows.Builder(ZhibiaoSchema.observations());
    Rows.Place at = new Rows.Place("f", "csv", 1, null, null, null);
    int maps = 0;
    int names = 0;
    java.util.Map<Object, InternalRow> byBreakdowns = new java.util.IdentityHashMap<>();
    java.util.Map<Object, InternalRow> byIndicator = new java.util.IdentityHashMap<>();
    for (Observation o : observations) {
      InternalRow row = b.observation(o, at, "f");
      InternalRow before = byBreakdowns.putIfAbsent(o.breakdowns(), row);
      if (before != null) {
        assertSame(before.getMap(33), row.getMap(33));
        maps++;
      }
      before = byIndicator.putIfAbsent(o.indicator(), row);
      if (before != null) {
        assertSame(before.getUTF8String(1), row.getUTF8String(1));
        names++;
      }
    }
    assertTrue(maps > 0 && names > 0, "the reader handed out no instance twice: " + maps + ", " + names);
  }
}
