package io.github.zhibiao.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zhibiao.spi.DatasetReadException;
import io.github.zhibiao.spi.ObservationCursor;
import io.github.zhibiao.spi.ReadOptions;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every bad file fails fast with its message and line, and a lenient read rejects what the manifest says. */
class BadJsonTest {

  static List<BadJson.Case> cases() {
    return BadJson.cases();
  }

  @Test
  void theCorpusIsLarge() {
    assertTrue(cases().size() >= 20, "at least 20 bad files, has " + cases().size());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void failsFastWithSourcePathAndText(BadJson.Case c) {
    DatasetReadException e = assertThrows(DatasetReadException.class, () -> new NativeJsonFormat().reader().orElseThrow()
        .open(new ByteArrayInputStream(c.bytes()), c.file(), ReadOptions.defaults()).toDataset());
    assertTrue(e.getMessage().startsWith(c.file()), e.getMessage());
    assertTrue(e.getMessage().contains(c.fragment()), () -> "expected '" + c.fragment() + "' in: " + e.getMessage());
    if (c.line() > 0) {
      assertEquals(c.line(), e.problem().line().orElseThrow(), e.getMessage());
    } else {
      assertTrue(e.problem().line().isEmpty(), e.getMessage());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void lenientReadsCountWhatTheySkip(BadJson.Case c) {
    ReadOptions lenient = ReadOptions.defaults().lenient();
    if (c.rejected() < 0) {
      assertThrows(DatasetReadException.class, () -> new NativeJsonFormat().reader().orElseThrow()
          .open(new ByteArrayInputStream(c.bytes()), c.file(), lenient).toDataset());
      return;
    }
    try (ObservationCursor cursor = new NativeJsonFormat().reader().orElseThrow()
        .open(new ByteArrayInputStream(c.bytes()), c.file(), lenient)) {
      int accepted = 0;
      while (cursor.hasNext()) {
        cursor.next();
        accepted++;
      }
      assertEquals(c.rejected(), cursor.report().rejected(), cursor.report().problems()::toString);
      assertEquals(accepted, cursor.report().accepted());
      assertEquals(c.rejected(), cursor.report().problems().size());
      assertTrue(cursor.report().problems().get(0).toString().contains(c.fragment()));
    }
  }
}
