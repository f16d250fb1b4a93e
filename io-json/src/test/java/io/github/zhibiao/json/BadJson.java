package io.github.zhibiao.json;

import io.github.zhibiao.testkit.BadInput;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The corpus of bad JSON files under {@code bad/}, with the errors listed in {@code bad/expected.tsv}. */
final class BadJson {
  private BadJson() {}

  /** One manifest line: the file, the line the error names (0 for none), a message fragment, the lenient count. */
  record Case(String file, int line, String fragment, int rejected) {
    byte[] bytes() {
      try (InputStream in = BadJson.class.getResourceAsStream("bad/" + file)) {
        if (in == null) {
          throw new IllegalStateException("missing test file bad/" + file);
        }
        return in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    BadInput asBadInput() {
      String expected = line > 0 ? "line " + line : fragment;
      return new BadInput(file, bytes(), line > 0 ? expected : fragment, rejected);
    }

    @Override
    public String toString() {
      return file;
    }
  }

  static List<Case> cases() {
    List<Case> cases = new ArrayList<>();
    try (InputStream in = BadJson.class.getResourceAsStream("bad/expected.tsv")) {
      for (String l : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (l.isBlank() || l.startsWith("#")) {
          continue;
        }
        String[] f = l.split("\t");
        cases.add(new Case(f[0], Integer.parseInt(f[1]), f[2], Integer.parseInt(f[3])));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return cases;
  }
}
