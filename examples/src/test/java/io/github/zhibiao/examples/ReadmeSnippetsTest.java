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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * Compiles and runs every {@code ```java} block of the top-level README.md, so the documented API
 * cannot drift from the real one, and checks what the snippets write. A block's {@code import}
 * lines become the compilation unit's imports; the rest becomes the body of a method that may
 * throw. The README's paths are relative to the repository's root and the tests run in
 * {@code examples/}, so {@code Path.of("seeds/…")} is read as {@code Path.of("../seeds/…")};
 * {@code target/} is this module's.
 */
class ReadmeSnippetsTest {
  private static final Pattern BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);
  private static final Path OUT = Path.of("target/readme-snippets");

  @Test
  void everyJavaSnippetInTheReadmeCompilesAndRuns() throws Exception {
    int n = compile();
    Files.deleteIfExists(Path.of("target/chifeng.json"));
    Files.deleteIfExists(Path.of("target/chifeng.stat.json"));
    PrintStream stdout = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    try (URLClassLoader loader = new URLClassLoader(new URL[] {OUT.toUri().toURL()}, getClass().getClassLoader())) {
      System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
      for (int i = 0; i < n; i++) {
        Method run = loader.loadClass("Snippet" + i).getDeclaredMethod("run");
        run.setAccessible(true);
        try {
          run.invoke(null);
        } catch (InvocationTargetException e) {
          throw new AssertionError("README snippet " + i + " failed: " + e.getCause(), e.getCause());
        }
      }
    } finally {
      System.setOut(stdout);
    }
    String out = printed.toString(StandardCharsets.UTF_8);
    assertTrue(out.contains("read") && out.contains("accepted"), "the cursor's report is printed: " + out);
    assertTrue(out.contains("牛存栏") || out.contains("362.2万头"), "the prose snippet prints its facts: " + out);
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

  private static Dataset rowMajor(Dataset d) {
    return Dataset.of(d.observations().stream().sorted(Comparator.comparing((Observation o) -> o.indicator().code())
        .thenComparing(o -> o.region().code()).thenComparing(Observation::period)).toList());
  }

  /** Compiles the README's snippets into {@link #OUT}; returns how many there are. */
  private static int compile() throws IOException {
    String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
    Matcher m = BLOCK.matcher(readme);
    List<JavaFileObject> units = new ArrayList<>();
    int n = 0;
    while (m.find()) {
      units.add(source("Snippet" + n++, m.group(1)));
    }
    assertFalse(units.isEmpty(), "the README has java snippets");
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    assertNotNull(javac, "tests need a JDK");
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    Path out = Files.createDirectories(OUT);
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
        body.append(line.replace("Path.of(\"seeds/", "Path.of(\"../seeds/")).append('\n');
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
