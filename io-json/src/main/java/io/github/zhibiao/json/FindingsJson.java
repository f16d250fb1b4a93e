package io.github.zhibiao.json;

import io.github.zhibiao.calc.Finding;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link io.github.zhibiao.calc.Consistency} findings as one JSON document: a summary by severity
 * and outcome, then every finding as {@link ZhibiaoModule} writes it (check, outcome, severity,
 * Chinese and English messages, arithmetic, the observations in the native JSON form).
 *
 * <pre>{@code
 * {
 *   "summary" : { "ERROR" : 3, "WARNING" : 2, "INFO" : 17, "PASSED" : 14, "FAILED" : 5, "SKIPPED" : 3 },
 *   "findings" : [ { "check" : "COUNT_RATE", "outcome" : "FAILED", "severity" : "ERROR", … } ]
 * }
 * }</pre>
 *
 * Written indented, UTF-8; {@link #read} gives back equal findings.
 */
public final class FindingsJson {
  private static final JsonMapper MAPPER = JsonMapper.builder(Json.FACTORY)
      .enable(SerializationFeature.INDENT_OUTPUT)
      .addModule(new ZhibiaoModule())
      .build();

  private FindingsJson() {}

  /**
   * The document for {@code findings}.
   *
   * @param findings the findings, in the order to write them
   * @return the JSON text
   */
  public static String toJson(List<Finding> findings) {
    return MAPPER.writeValueAsString(document(findings));
  }

  /**
   * Writes the document for {@code findings} to {@code out}, UTF-8; the stream is not closed.
   *
   * @param findings the findings
   * @param out the stream
   * @throws UncheckedIOException if writing fails
   */
  public static void write(List<Finding> findings, OutputStream out) {
    try {
      MAPPER.writeValue(new NonClosing(out), document(findings));
    } catch (JacksonException e) {
      if (e.getCause() instanceof IOException io) {
        throw new UncheckedIOException(io);
      }
      throw e;
    }
  }

  /**
   * Writes the document for {@code findings} to a file, UTF-8.
   *
   * @param findings the findings
   * @param file the file, replaced if it exists
   * @throws UncheckedIOException if writing fails
   */
  public static void write(List<Finding> findings, Path file) {
    try (OutputStream out = Files.newOutputStream(file)) {
      write(findings, out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  /**
   * Reads the findings of a document this class wrote (the summary is not read).
   *
   * @param in the stream, UTF-8, not closed
   * @return the findings, in document order
   * @throws tools.jackson.core.JacksonException if the document is not such a document, with the
   *     place of the error
   */
  public static List<Finding> read(InputStream in) {
    JsonNode root = MAPPER.readTree(in);
    JsonNode list = root == null ? null : root.get("findings");
    if (list == null || !list.isArray()) {
      throw new IllegalArgumentException("not a findings document: expected an object with a \"findings\" array");
    }
    List<Finding> out = new ArrayList<>(MAPPER.convertValue(list, new TypeReference<List<Finding>>() {}));
    return List.copyOf(out);
  }

  private static Map<String, Object> document(List<Finding> findings) {
    Map<Finding.Severity, Integer> bySeverity = new EnumMap<>(Finding.Severity.class);
    Map<Finding.Outcome, Integer> byOutcome = new EnumMap<>(Finding.Outcome.class);
    for (Finding.Severity s : Finding.Severity.values()) {
      bySeverity.put(s, 0);
    }
    for (Finding.Outcome o : Finding.Outcome.values()) {
      byOutcome.put(o, 0);
    }
    for (Finding f : findings) {
      bySeverity.merge(f.severity(), 1, Integer::sum);
      byOutcome.merge(f.outcome(), 1, Integer::sum);
    }
    Map<String, Integer> summary = new LinkedHashMap<>();
    bySeverity.forEach((k, v) -> summary.put(k.name(), v));
    byOutcome.forEach((k, v) -> summary.put(k.name(), v));
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("summary", summary);
    doc.put("findings", findings);
    return doc;
  }

  /** Keeps Jackson from closing the caller's stream. */
  private static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      out.flush();
    }
  }
}
