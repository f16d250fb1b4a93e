package io.github.zhibiao.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zhibiao.json.JsonStatFormat;
import io.github.zhibiao.json.NativeJsonFormat;
import io.github.zhibiao.model.Dataset;
import io.github.zhibiao.model.Observation;
import io.github.zhibiao.spi.DatasetFormats;
import io.github.zhibiao.spi.ObservationCursor;
import io.github.zhibiao.spi.ReadOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiles and runs every {@code ```java} block of the top-level README.md, core/README.md,
 * io-text/README.md and io-excel/README.md, so the documented API cannot drift from the real one, and checks what the
 * snippets write and print. A block's {@code import} lines become the compilation unit's imports;
 * the rest becomes the body of a method that may throw. The READMEs' paths are relative to the
 * repository's root and the tests run in {@code examples/}, so {@code Path.of("seeds/…")} and
 * {@code Path.of("examples/…")} are read one folder up; {@code target/} is this module's. The
 * logging configuration of core/README.md is tried in a child JVM.
 */
class ReadmeSnippetsTest {
  private static final Pattern BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);
  private static final Pattern PROPERTIES = Pattern.compile("```properties\\n(.*?)```", Pattern.DOTALL);
  private static final Path OUT = Path.of("target/readme-snippets");

  @Test
  void everyJavaSnippetInTheReadmeCompilesAndRuns() throws Exception {
    Files.deleteIfExists(Path.of("target/chifeng.json"));
    Files.deleteIfExists(Path.of("target/chifeng.stat.json"));
    String out = run(Path.of("../README.md"), "Snippet");
    assertTrue(out.contains("read") && out.contains("accepted"), "the cursor's report is printed: " + out);
    assertTrue(out.contains("牛存栏") || out.contains("362.2万头"), "the prose snippet prints its facts: " + out);
    assertTrue(out.contains("赤峰市 2023年 就业人员（性别：女，行业：制造业） 120万人"), "the breakdowns snippet: " + out);
    assertTrue(out.contains("性别=女, 行业=C 制造业"), "the breakdowns snippet prints them: " + out);
    for (String id : new String[] {"csv-wide", "json", "json-stat"}) {
      assertTrue(out.contains(id + ": true"), "breakdowns round trip through " + id + ": " + out);
    }
    // the Excel snippet: a yearbook table read in one call, its growth column the change of 2023
    for (String line : new String[] {"赤峰市 2022年 地区生产总值 2094.2亿元（注：资料来源：示例，数字为虚构。）",
        "赤峰市 2023年 地区生产总值 2166.4亿元，同比增长5%（注：资料来源：示例，数字为虚构。）",
        "红山区 2023年 地区生产总值 441.8亿元，同比增长4.6%（注：资料来源：示例，数字为虚构。）",
        "宁城县 2023年 地区生产总值 210.9亿元，同比增长6.3%（注：资料来源：示例，数字为虚构。）"}) {
      assertTrue(out.contains(line + "\n") || out.contains(line + "\r\n"), "the Excel snippet prints " + line + ": " + out);
    }
    assertEquals(8, out.lines().filter(l -> l.contains(" 地区生产总值 ")).count(), "8 observations: " + out);
  }

  @Test
  void everyJavaSnippetInTheCoreReadmeCompilesAndRuns() throws Exception {
    String out = run(Path.of("../core/README.md"), "CoreSnippet");
    assertTrue(out.contains("cannot subtract % and 百分点") && out.contains("rate.minusPoints(points)"),
        "the 百分点 snippet prints the message that names minusPoints: " + out);
    assertTrue(out.contains("chifeng-2023.csv: 130 read, 130 accepted, 0 rejected"), "the cursor's report: " + out);
    long size = Files.size(ExamplesTest.SEED);
    assertTrue(out.contains("130 records, 100 % of " + size + " bytes, done"), "the last progress report: " + out);
  }

  @Test
  void everyJavaSnippetInTheTextReadmeCompilesAndRuns() throws Exception {
    String out = run(Path.of("../io-text/README.md"), "TextSnippet");
    assertTrue(out.contains("牛存栏 = 362.2万头"), "the first snippet prints its fact: " + out);
    long size = Files.size(Path.of("data/sample-report.txt"));
    assertTrue(out.matches("(?s).*sample-report\\.txt: \\d+ sentences, " + size + " of " + size + " bytes, done.*"),
        "the progress snippet prints the last report: " + out);
  }

  @Test
  void everyJavaSnippetInTheExcelReadmeCompilesAndRuns() throws Exception {
    String out = run(Path.of("../io-excel/README.md"), "ExcelSnippet");
    assertTrue(out.contains("8 observations\n") || out.contains("8 observations\r\n"), out);
    assertTrue(out.contains("true; 2-5 赤峰市各旗县区地区生产总值.xlsx: 8 read, 8 accepted, 0 rejected"), out);
  }

  /** The logging.properties block of core/README.md, given to a JVM that reads the seed, turns DEBUG on. */
  @Test
  void theCoreReadmesLoggingConfigurationShowsWhatWasDecided(@TempDir Path dir) throws Exception {
    String readme = Files.readString(Path.of("../core/README.md"), StandardCharsets.UTF_8);
    Matcher m = PROPERTIES.matcher(readme);
    assertTrue(m.find(), "core/README.md has a properties block");
    Path config = dir.resolve("logging.properties");
    Files.writeString(config, m.group(1), StandardCharsets.ISO_8859_1);
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process child = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
        "-Djava.util.logging.config.file=" + config.toAbsolutePath(), ReadSeed.class.getName())
        .redirectErrorStream(true).start();
    String printed = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(child.waitFor(2, TimeUnit.MINUTES), "the child JVM ends");
    assertEquals(0, child.exitValue(), printed);
    assertTrue(printed.contains("reading ../seeds/chifeng-2023.csv as csv, chosen by its extension and content"), printed);
    assertTrue(printed.contains("charset UTF-8 (detected), delimiter ',' (detected)"), printed);
    assertTrue(printed.contains("FINE"), "java.util.logging writes the level: " + printed);
  }

  /** Reads the seed once; the child JVM of the logging test. */
  static final class ReadSeed {
    public static void main(String[] args) {
      try (ObservationCursor c = DatasetFormats.installed().open(ExamplesTest.SEED, ReadOptions.defaults())) {
        c.stream().count();
      }
    }
  }

  @Test
  void theReadmeWritesNativeJsonAndJsonStatByExtension() throws Exception {
    everyJavaSnippetInTheReadmeCompilesAndRuns();
    Dataset seed = DatasetFormats.read(ExamplesTest.SEED);
    Path stat = Path.of("target/chifeng.stat.json");
    byte[] head = Files.readAllBytes(stat);
    assertTrue(new JsonStatFormat().canRead(head), "target/chifeng.stat.json is JSON-stat");
    assertFalse(new NativeJsonFormat().canRead(head), "target/chifeng.stat.json is not native JSON");
    String text = Files.readString(stat, StandardCharsets.UTF_8);
    assertTrue(text.contains("\n  \""), "pretty-printed, as the snippet asks");
    assertEquals(rowMajor(seed), rowMajor(DatasetFormats.read(stat)), "the JSON-stat file reads back to the seed");
    Path json = Path.of("target/chifeng.json");
    byte[] nativeHead = Files.readAllBytes(json);
    assertTrue(new NativeJsonFormat().canRead(nativeHead), "target/chifeng.json is native JSON");
    assertFalse(new JsonStatFormat().canRead(nativeHead), "target/chifeng.json is not JSON-stat");
    assertEquals(seed, DatasetFormats.read(json));
  }

  /** Compiles the java blocks of {@code readme}, runs each in turn and returns what they printed. */
  private static String run(Path readme, String prefix) throws Exception {
    Path out = OUT.resolve(prefix);
    int n = compile(readme, prefix, out);
    PrintStream stdout = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    try (URLClassLoader loader = new URLClassLoader(new URL[] {out.toUri().toURL()}, ReadmeSnippetsTest.class.getClassLoader())) {
      System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
      for (int i = 0; i < n; i++) {
        Method run = loader.loadClass(prefix + i).getDeclaredMethod("run");
        run.setAccessible(true);
        try {
          run.invoke(null);
        } catch (InvocationTargetException e) {
          throw new AssertionError(readme + " snippet " + i + " failed: " + e.getCause(), e.getCause());
        }
      }
    } finally {
      System.setOut(stdout);
    }
    return printed.toString(StandardCharsets.UTF_8);
  }

  private static Dataset rowMajor(Dataset d) {
    return Dataset.of(d.observations().stream().sorted(Comparator.comparing((Observation o) -> o.indicator().code())
        .thenComparing(o -> o.region().code()).thenComparing(Observation::period)).toList());
  }

  /** Compiles the snippets of {@code readme} into {@code dir}; returns how many there are. */
  private static int compile(Path readme, String prefix, Path dir) throws IOException {
    String text = Files.readString(readme, StandardCharsets.UTF_8);
    Matcher m = BLOCK.matcher(text);
    List<JavaFileObject> units = new ArrayList<>();
    int n = 0;
    while (m.find()) {
      units.add(source(prefix + n++, m.group(1)));
    }
    assertFalse(units.isEmpty(), readme + " has java snippets");
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    assertNotNull(javac, "tests need a JDK");
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    Path out = Files.createDirectories(dir);
    StringWriter log = new StringWriter();
    boolean ok = javac.getTask(log, null, diagnostics,
        List.of("-d", out.toString(), "-classpath", System.getProperty("java.class.path"), "-proc:none"),
        null, units).call();
    assertEquals(List.of(), diagnostics.getDiagnostics().stream().map(d -> d.toString()).toList(), log.toString());
    assertEquals(true, ok);
    return n;
  }

  private static JavaFileObject source(String name, String block) {
    StringBuilder imports = new StringBuilder();
    StringBuilder body = new StringBuilder();
    for (String line : block.split("\n")) {
      if (line.startsWith("import ")) {
        imports.append(line).append('\n');
      } else {
        body.append(line.replace("Path.of(\"seeds/", "Path.of(\"../seeds/")
            .replace("Path.of(\"examples/", "Path.of(\"../examples/")).append('\n');
      }
    }
    String code = imports + "\nclass " + name + " {\n  @SuppressWarnings(\"unused\")\n  static void run() throws Exception {\n"
        + body + "\n  }\n}\n";
    return new SimpleJavaFileObject(URI.create("string:///" + name + ".java"), JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return code;
      }
    };
  }
}
