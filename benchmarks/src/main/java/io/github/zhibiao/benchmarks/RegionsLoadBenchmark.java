package io.github.zhibiao.benchmarks;

import io.github.zhibiao.model.Region;
import io.github.zhibiao.model.Regions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The load time of the built-in region registry ({@code regions.tsv}, about 100 KB, 3,460 regions
 * and 389 changes) against the floor of reading the same resource's bytes and decoding them.
 *
 * <p>{@code firstUse}, {@code firstNameLookup} and {@code resourceBytes} run once per fresh JVM
 * ({@link Mode#SingleShotTime}, no warm-up, one measurement, 10 forks): the cost a service pays on
 * its first {@code Regions.builtIn()} and code lookup (the resource read, every region built, the
 * code map), on its first name lookup (all that and the name index, built on first use), and the
 * floor of reading the resource's bytes, each with classes loaded and code interpreted. {@code
 * reloadWarm} and {@code resourceBytesWarm} repeat the first two in a new class loader per operation
 * in a warmed-up JVM; the new loader's classes start interpreted again. Goal: first use under 50 ms.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar RegionsLoadBenchmark}.
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RegionsLoadBenchmark {
  static final String RESOURCE = "io/github/zhibiao/model/regions.tsv";

  /**
   * The first {@code Regions.builtIn()} of a fresh JVM: the registry is read and built.
   *
   * @return the registry
   */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @Warmup(iterations = 0)
  @Measurement(iterations = 1)
  @Fork(10)
  public Region firstUse() {
    Regions r = Regions.builtIn();
    if (r.size() < 3000) {
      throw new IllegalStateException("registry too small: " + r.size());
    }
    return r.byCode("150400").orElseThrow();
  }

  /**
   * The first name lookup of a fresh JVM: the registry read and built, and its name index.
   *
   * @return the candidates of 朝阳区
   */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @Warmup(iterations = 0)
  @Measurement(iterations = 1)
  @Fork(10)
  public List<Region> firstNameLookup() {
    List<Region> c = Regions.builtIn().candidates("朝阳区");
    if (c.size() != 2) {
      throw new IllegalStateException("朝阳区: " + c);
    }
    return c;
  }

  /**
   * The baseline in a fresh JVM: the resource's bytes, decoded as UTF-8.
   *
   * @return the text
   */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @Warmup(iterations = 0)
  @Measurement(iterations = 1)
  @Fork(10)
  public String resourceBytes() {
    return read(RegionsLoadBenchmark.class.getClassLoader());
  }

  /**
   * Warm: the registry and its name index built again in a new class loader over this jar.
   *
   * @return the candidates of 朝阳区
   * @throws ReflectiveOperationException if the class cannot be loaded
   * @throws IOException if the class loader cannot be closed
   */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @Warmup(iterations = 3, time = 2)
  @Measurement(iterations = 5, time = 2)
  @Fork(1)
  public Object reloadWarm() throws ReflectiveOperationException, IOException {
    try (URLClassLoader loader = fresh()) {
      Class<?> c = Class.forName("io.github.zhibiao.model.Regions", true, loader);
      Object regions = c.getMethod("builtIn").invoke(null);
      return c.getMethod("candidates", String.class).invoke(regions, "朝阳区");
    }
  }

  /**
   * Warm baseline: the resource's bytes read and decoded through a new class loader.
   *
   * @return the text
   * @throws IOException if the class loader cannot be closed
   */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @Warmup(iterations = 3, time = 2)
  @Measurement(iterations = 5, time = 2)
  @Fork(1)
  public String resourceBytesWarm() throws IOException {
    try (URLClassLoader loader = fresh()) {
      return read(loader);
    }
  }

  private static URLClassLoader fresh() {
    URL jar = Regions.class.getProtectionDomain().getCodeSource().getLocation();
    return new URLClassLoader(new URL[] {jar}, ClassLoader.getPlatformClassLoader());
  }

  private static String read(ClassLoader loader) {
    try (InputStream in = loader.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " not found");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
