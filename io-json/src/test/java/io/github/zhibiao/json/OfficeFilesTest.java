package io.github.zhibiao.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zhibiao.model.Observation;
import io.github.zhibiao.spi.DatasetReadException;
import io.github.zhibiao.spi.ObservationCursor;
import io.github.zhibiao.spi.ReadOptions;
import io.github.zhibiao.spi.ReadReport;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Real JSON-stat files from statistics offices (see offices/SOURCES.md): every dimension besides
 * metric, geo and time becomes a breakdown, so files broken down by sex, age or area read whole.
 * Read leniently with the built-in options; the counts are what the files hold.
 */
class OfficeFilesTest {

  private static String summary(String file) throws Exception {
    try (InputStream in = OfficeFilesTest.class.getResourceAsStream("offices/" + file)) {
      ObservationCursor c = new JsonStatFormat().reader().orElseThrow().open(in, file, ReadOptions.defaults().lenient());
      List<Observation> read = new ArrayList<>();
      c.forEachRemaining(read::add);
      ReadReport r = c.report();
      Set<String> breakdowns = new TreeSet<>();
      read.forEach(o -> o.breakdowns().entries().forEach(e -> breakdowns.add(e.breakdown().code())));
      return r.accepted() + " accepted, " + r.rejected() + " rejected; breakdowns " + breakdowns
          + (r.problems().isEmpty() ? "" : "; first problem: " + r.problems().get(0));
    } catch (DatasetReadException e) {
      return "refused: " + e.getMessage();
    }
  }

  /** Before breakdowns, canada.json and galicia.json were refused ("has no place in an observation"). */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "canada.json|120 accepted, 0 rejected; breakdowns [age, sex]",
    "galicia.json|3956 accepted, 0 rejected; breakdowns [age, birth, gender]",
    "oecd.json|432 accepted, 0 rejected; breakdowns []",
    "us-labor.json|12880 accepted, 0 rejected; breakdowns []",
    "us-gsp.json|204 accepted, 0 rejected; breakdowns []",
  })
  void readsWhole(String file, String expected) throws Exception {
    assertEquals(expected, summary(file));
  }

  /** What issue 14 (JSON-stat as published) is still to read: 1.x files and a dataset without a metric. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "hierarchy.json|no metric dimension",
    "cso_ie-CIA01.json|expected a JSON-stat 2.0 dataset or collection",
    "29843.json|expected a JSON-stat 2.0 dataset or collection",
    "eurostat-name_gpd_c-geo_IT_FR.json|expected a JSON-stat 2.0 dataset or collection",
  })
  void refusesWithTheReasonForNow(String file, String reason) throws Exception {
    String s = summary(file);
    assertTrue(s.startsWith("refused: ") && s.contains(reason), s);
  }
}
