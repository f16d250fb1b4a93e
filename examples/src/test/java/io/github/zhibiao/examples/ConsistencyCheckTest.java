package io.github.zhibiao.examples;

import io.github.zhibiao.calc.Finding;
import io.github.zhibiao.json.RelationsJson;
import io.github.zhibiao.model.Dataset;
import io.github.zhibiao.spi.DatasetFormats;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsistencyCheckTest {
  static final Path SEED = Path.of("../seeds/chifeng-2023.csv");
  static final Path RELATIONS = Path.of("../seeds/chifeng-2023.relations.json");

  @Test
  void dump() {
    Dataset seed = DatasetFormats.read(SEED);
    List<Finding> findings = ConsistencyCheck.findings(seed, RelationsJson.read(RELATIONS));
    findings.forEach(f -> System.out.println(f + "\n   " + f.messageZh()));
  }
}
