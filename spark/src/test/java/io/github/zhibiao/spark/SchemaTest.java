package io.github.zhibiao.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/** The schemas in code against the checked-in description, spark-schema.txt. */
class SchemaTest {

  static Map<String, List<String>> described() throws IOException {
    Map<String, List<String>> sections = new LinkedHashMap<>();
    List<String> current = null;
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        SchemaTest.class.getResourceAsStream("spark-schema.txt"), StandardCharsets.UTF_8))) {
      for (String line; (line = in.readLine()) != null; ) {
        line = line.strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        if (line.startsWith("[")) {
          current = new ArrayList<>();
          sections.put(line.substring(1, line.length() - 1), current);
        } else {
          current.add(line);
        }
      }
    }
    return sections;
  }

  static List<String> lines(StructType schema) {
    List<String> out = new ArrayList<>();
    for (StructField f : schema.fields()) {
      out.add(f.name() + " " + f.dataType().simpleString() + " " + (f.nullable() ? "nullable" : "not null"));
    }
    return out;
  }

  @Test
  void theSchemasAreTheDescribedOnes() throws IOException {
    Map<String, List<String>> d = described();
    assertEquals(List.of("observations", "problems", "findings"), List.copyOf(d.keySet()));
    assertEquals(d.get("observations"), lines(ZhibiaoSchema.observations()));
    assertEquals(d.get("problems"), lines(ZhibiaoSchema.problems()));
    assertEquals(d.get("findings"), lines(ZhibiaoSchema.findings()));
  }

  @Test
  void theDataSourceReportsTheDescribedSchemas() throws IOException {
    var spark = SparkSessions.shared();
    java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("schema");
    java.nio.file.Path file = Fixtures.written(dir, "chifeng.csv", "csv");
    assertEquals(described().get("observations"), lines(spark.read().format("zhibiao").load(file.toString()).schema()));
    assertEquals(described().get("problems"),
        lines(spark.read().format("zhibiao").option("output", "problems").load(file.toString()).schema()));
  }
}
