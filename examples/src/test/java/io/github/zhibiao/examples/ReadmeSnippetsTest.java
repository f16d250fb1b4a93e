package io.github.zhibiao.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
 * Compiles every {@code ```java} block of the top-level README.md, so the documented API cannot
 * drift from the real one. A block's {@code import} lines become the compilation unit's imports;
 * the rest becomes the body of a method that may throw.
 */
class ReadmeSnippetsTest {
  private static final Pattern BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);

  @Test
  void everyJavaSnippetInTheReadmeCompiles() throws IOException {
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
    Path out = Files.createDirectories(Path.of("target/readme-snippets"));
    StringWriter log = new StringWriter();
    boolean ok = javac.getTask(log, null, diagnostics,
        List.of("-d", out.toString(), "-classpath", System.getProperty("java.class.path"), "-proc:none"),
        null, units).call();
    assertEquals(List.of(), diagnostics.getDiagnostics().stream().map(d -> d.toString()).toList(), log.toString());
    assertEquals(true, ok);
  }

  private static JavaFileObject source(String name, String block) {
    StringBuilder imports = new StringBuilder();
    StringBuilder body = new StringBuilder();
    for (String line : block.split("\n")) {
      if (line.startsWith("import ")) {
        imports.append(line).append('\n');
      } else {
        body.append(line).append('\n');
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
