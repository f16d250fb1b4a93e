package io.github.zhibiao.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.github.zhibiao.model.Dataset;
import io.github.zhibiao.spi.DatasetFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestExecutionResult.Status;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * The contract catches what it claims to: it runs, through the JUnit Platform launcher, on formats
 * of {@link LinesFormat} that are good, hold their input, or lack a reader, and looks at each
 * check's result. The contract classes below are static and not {@code @Nested}, so they run only
 * here.
 */
class ContractSelfTest {

  /** The contract's checks that a format with a reader and a writer passes, registration aside. */
  private static final Set<String> CHECKS = Set.of("writeThenReadGivesAnEqualDataset", "writtenBytesSniffAsTheFormat",
      "emptyInput", "badInputsFailFastAndAreCountedWhenLenient", "largeInputStreams");

  /** The contract on a format of lines; a smaller large input, so that the five runs stay quick. */
  abstract static class Lines implements DatasetFormatContract {
    @Override
    public Generator<Dataset> datasets() {
      return Generators.datasets(20).map(LinesFormat::levels);
    }

    @Override
    public Dataset comparable(Dataset dataset) {
      return LinesFormat.levels(dataset);
    }

    @Override
    public List<BadInput> badInputs() {
      return List.of(BadInput.of("two fields", "#lines\nA|b\n", "line 2: 'A|b' — expected code|unit|kind", 1),
          BadInput.of("unknown unit", "#lines\nA|万阿巴|FLOW|150400|2023|1\n", "unknown unit '阿巴'", 1));
    }

    @Override
    public int largeInputSize() {
      return 20_000;
    }
  }

  static final class Streaming extends Lines {
    @Override
    public DatasetFormat format() {
      return LinesFormat.streaming();
    }
  }

  static final class Slurping extends Lines {
    @Override
    public DatasetFormat format() {
      return LinesFormat.slurping();
    }
  }

  static final class Hoarding extends Lines {
    @Override
    public DatasetFormat format() {
      return LinesFormat.hoarding();
    }
  }

  static final class WriteOnly extends Lines {
    @Override
    public DatasetFormat format() {
      return LinesFormat.writeOnly();
    }
  }

  /** A streaming format that says it does not stream or sniff: those checks are skipped. */
  static final class Declining extends Lines {
    @Override
    public DatasetFormat format() {
      return LinesFormat.streaming();
    }

    @Override
    public boolean streams() {
      return false;
    }

    @Override
    public boolean sniffs() {
      return false;
    }
  }

  /** Each check's result by method name, the contract run on {@code contract} by the launcher. */
  private static Map<String, TestExecutionResult> run(Class<?> contract) {
    Map<String, TestExecutionResult> results = new TreeMap<>();
    LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request().selectors(selectClass(contract)).build();
    LauncherFactory.create().execute(request, new TestExecutionListener() {
      @Override
      public void executionFinished(TestIdentifier id, TestExecutionResult result) {
        // a test factory's dynamic tests finish before it, so its own result is the one kept
        id.getSource().filter(MethodSource.class::isInstance).map(s -> ((MethodSource) s).getMethodName())
            .ifPresent(name -> results.put(name, result));
      }
    });
    return results;
  }

  private static String message(TestExecutionResult r) {
    return r.getThrowable().map(Throwable::getMessage).orElse("");
  }

  @Test
  void aStreamingFormatPassesEveryCheck() {
    Map<String, TestExecutionResult> r = run(Streaming.class);
    for (String check : CHECKS) {
      assertEquals(Status.SUCCESSFUL, r.get(check).getStatus(), check + ": " + message(r.get(check)));
    }
    assertEquals(Status.FAILED, r.get("registeredWithTheServiceLoader").getStatus(), "it is not registered");
    assertTrue(message(r.get("registeredWithTheServiceLoader")).contains("is not registered"));
  }

  @Test
  void aReaderThatSlurpsItsInputFailsTheLargeInputCheck() {
    TestExecutionResult large = run(Slurping.class).get("largeInputStreams");
    assertEquals(Status.FAILED, large.getStatus());
    assertTrue(message(large).startsWith("format 'lines-slurping' holds its input: reading 20000 observations"),
        message(large));
  }

  @Test
  void aReaderThatKeepsWhatItHasReadFailsTheLargeInputCheck() {
    TestExecutionResult large = run(Hoarding.class).get("largeInputStreams");
    assertEquals(Status.FAILED, large.getStatus());
    assertTrue(message(large).startsWith("format 'lines-hoarding' holds its input"), message(large));
  }

  @Test
  void whatAFormatDoesNotSupportIsSkippedNotPassed() {
    Map<String, TestExecutionResult> r = run(WriteOnly.class);
    for (String check : Set.of("writeThenReadGivesAnEqualDataset", "emptyInput", "badInputsFailFastAndAreCountedWhenLenient",
        "largeInputStreams")) {
      assertEquals(Status.ABORTED, r.get(check).getStatus(), check);
      assertTrue(message(r.get(check)).contains("format 'lines-none' has no reader"), check + ": " + message(r.get(check)));
    }
    assertEquals(Status.SUCCESSFUL, r.get("writtenBytesSniffAsTheFormat").getStatus(),
        "what it supports is still checked: it writes, and sniffs what it wrote");

    Map<String, TestExecutionResult> declining = run(Declining.class);
    assertEquals(Status.ABORTED, declining.get("largeInputStreams").getStatus());
    assertTrue(message(declining.get("largeInputStreams")).contains("does not stream (streams() is false)"));
    assertEquals(Status.ABORTED, declining.get("writtenBytesSniffAsTheFormat").getStatus());
    assertEquals(Status.SUCCESSFUL, declining.get("writeThenReadGivesAnEqualDataset").getStatus(),
        "what it supports is still checked");
  }
}
