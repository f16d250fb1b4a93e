package io.github.zhibiao.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Compiles and runs every {@code ```java} block of the module's README.md on the shared session. */
class ReadmeTest {
  @TempDir Path dir;

  static List<String> blocks() throws IOException {
    List<String> blocks = new ArrayList<>();
    StringBuilder current = null;
    for (String line : Files.readAllLines(Path.of("README.md"), StandardCharsets.UTF_8)) {
      if (current == null && line.equals("```java")) {
        current = new StringBuilder();
      } else if (current != null && line.equals("```")) {
        blocks.add(current.toString());
        current = null;
      } else if (current != null) {
        current.append(line).append('\n');
      }
    }
    return blocks;
  }

  @Test
  void everyJavaBlockCompilesAndRuns() throws Exception {
    SparkSessions.shared(); // the blocks' getOrCreate() gets this session
    List<String> blocks = blocks();
    assertEquals(3, blocks.size(), "the README's java blocks");
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    List<String> sources = new ArrayList<>();
    for (int i = 0; i < blocks.size(); i++) {
      StringBuilder imports = new StringBuilder("package snippets;\n");
      StringBuilder body = new StringBuilder();
      for (String line : blocks.get(i).split("\n")) {
        (line.startsWith("import ") ? imports : body).append(line).append('\n');
      }
      Path source = dir.resolve("snippets/Snippet" + i + ".java");
      Files.createDirectories(source.getParent());
      Files.writeString(source, imports + "public class Snippet" + i + " {\n public static void run() throws Exception {\n"
          + body + "}\n}\n");
      sources.add(source.toString());
    }
    List<String> args = new ArrayList<>(List.of("-d", dir.toString(), "-classpath", System.getProperty("java.class.path"),
        "-encoding", "UTF-8", "-proc:none"));
    args.addAll(sources);
    assertEquals(0, javac.run(null, null, null, args.toArray(String[]::new)), "the README's java blocks compile");
    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
      for (int i = 0; i < blocks.size(); i++) {
        loader.loadClass("snippets.Snippet" + i).getMethod("run").invoke(null);
      }
    }
    assertTrue(Files.exists(Path.of("../seeds/chifeng-2023.csv")));
  }
}
