package io.github.zhibiao.testkit;

import io.github.zhibiao.spi.DatasetFormats;
import io.github.zhibiao.spi.ObservationCursor;
import io.github.zhibiao.spi.ReadOptions;
import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Reads a file in a separate JVM with a small heap, to show that a reader streams: the child
 * counts the observations and sums their values exactly, and prints {@code count=N sum=S}.
 *
 * <pre>{@code
 * ForkedRead.Result r = ForkedRead.run(Path.of("target/huge.csv"), "-Xmx64m");
 * assertEquals(4_500_000, r.count());
 * }</pre>
 */
public final class ForkedRead {
  private ForkedRead() {}

  /**
   * What the child printed.
   *
   * @param count the number of observations read
   * @param sum the exact sum of their values, in their own units
   * @param output everything the child printed
   */
  public record Result(long count, BigDecimal sum, String output) {}

  /**
   * Reads {@code file} with {@link DatasetFormats#installed()} in a child JVM started with
   * {@code heapOption} (such as {@code -Xmx64m}) and this JVM's class and module path.
   *
   * @param file the file to read; its format is found by {@link DatasetFormats#installed()}
   * @param heapOption one JVM option for the child, normally its heap limit such as
   *     {@code -Xmx64m}
   * @return the count, the exact sum of the values (numbers only, units ignored) and the child's
   *     whole output, standard error included
   * @throws IOException if the child JVM cannot be started or its output cannot be read
   * @throws InterruptedException if this thread is interrupted while waiting for the child
   * @throws AssertionError if the child fails or does not finish within five minutes, or prints no
   *     count and sum
   */
  public static Result run(Path file, String heapOption) throws IOException, InterruptedException {
    String cp = String.join(File.pathSeparator, Path.of("target/test-classes").toAbsolutePath().toString(),
        Path.of("target/classes").toAbsolutePath().toString(), System.getProperty("jdk.module.path", ""),
        System.getProperty("java.class.path", ""));
    Path javaBin = Path.of(System.getProperty("java.home"), "bin", "java");
    Process p = new ProcessBuilder(javaBin.toString(), heapOption, "-cp", cp, ForkedRead.class.getName(),
        file.toAbsolutePath().toString()).redirectErrorStream(true).start();
    // The output is read on its own thread so that a child that hangs with its output open still
    // meets the timeout below.
    java.util.concurrent.CompletableFuture<String> read = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
      try {
        return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      } catch (java.io.IOException e) {
        return "(output unreadable: " + e + ")";
      }
    });
    if (!p.waitFor(5, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new AssertionError("the child JVM did not finish within 5 minutes; killed");
    }
    String output;
    try {
      output = read.get(1, TimeUnit.MINUTES);
    } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
      throw new AssertionError("the child JVM's output could not be read", e);
    }
    if (p.exitValue() != 0) {
      throw new AssertionError("the child JVM failed: " + output);
    }
    String[] words = output.strip().split("\\s+");
    long count = -1;
    BigDecimal sum = null;
    for (String w : words) {
      if (w.startsWith("count=")) {
        count = Long.parseLong(w.substring(6));
      } else if (w.startsWith("sum=")) {
        sum = new BigDecimal(w.substring(4));
      }
    }
    if (count < 0 || sum == null) {
      throw new AssertionError("the child JVM printed no count and sum: " + output);
    }
    return new Result(count, sum, output);
  }

  /**
   * The child: streams the file named by {@code args[0]} and prints the count, the sum and the heap limit.
   *
   * @param args the file to read
   */
  public static void main(String[] args) {
    long count = 0;
    BigDecimal sum = BigDecimal.ZERO;
    try (ObservationCursor c = DatasetFormats.installed().open(Path.of(args[0]), ReadOptions.defaults())) {
      while (c.hasNext()) {
        sum = sum.add(c.next().value().value());
        count++;
      }
    }
    System.out.println("count=" + count + " sum=" + sum.toPlainString() + " maxHeap=" + Runtime.getRuntime().maxMemory());
  }
}
