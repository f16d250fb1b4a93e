package io.github.zhibiao.service;

import io.github.zhibiao.calc.Consistency;
import io.github.zhibiao.calc.Finding;
import io.github.zhibiao.calc.Relation;
import io.github.zhibiao.json.RelationsJson;
import io.github.zhibiao.model.Dataset;
import io.github.zhibiao.model.Regions;
import io.github.zhibiao.report.FindingsReport;
import io.github.zhibiao.spi.DatasetFormat;
import io.github.zhibiao.spi.DatasetFormats;
import io.github.zhibiao.spi.ObservationCursor;
import io.github.zhibiao.spi.ReadOptions;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /datasets/check}: a multipart upload ({@code file}, and optionally {@code relations}) in
 * any readable format, checked for consistency; the findings as JSON, or the HTML report when the
 * client accepts {@code text/html}.
 */
@RestController
class CheckController {
  private final DatasetFormats formats;
  private final Regions regions;

  CheckController(DatasetFormats formats, Regions regions) {
    this.formats = formats;
    this.regions = regions;
  }

  /** The findings with their counts; each finding as the library's Jackson module writes it. */
  record CheckResponse(String source, String format, int observations, int relations, long errors, long warnings,
      List<Finding> findings) {}

  @PostMapping(path = "/datasets/check", consumes = "multipart/form-data", produces = "application/json")
  CheckResponse check(@RequestPart("file") MultipartFile file,
      @RequestPart(name = "relations", required = false) MultipartFile relations,
      @RequestParam(name = "format", required = false) String format) {
    Checked c = run(file, relations, format);
    long errors = c.findings.stream().filter(f -> failed(f, Finding.Severity.ERROR)).count();
    long warnings = c.findings.stream().filter(f -> failed(f, Finding.Severity.WARNING)).count();
    return new CheckResponse(c.source, c.format, c.data.size(), c.relations, errors, warnings, c.findings);
  }

  @PostMapping(path = "/datasets/check", consumes = "multipart/form-data", produces = "text/html")
  String report(@RequestPart("file") MultipartFile file,
      @RequestPart(name = "relations", required = false) MultipartFile relations,
      @RequestParam(name = "format", required = false) String format) {
    Checked c = run(file, relations, format);
    return FindingsReport.titled("一致性检查: " + c.source, "Consistency check: " + c.source).toHtml(c.findings);
  }

  private static boolean failed(Finding f, Finding.Severity s) {
    return f.outcome() == Finding.Outcome.FAILED && f.severity() == s;
  }

  private record Checked(String source, String format, Dataset data, int relations, List<Finding> findings) {}

  private Checked run(MultipartFile file, MultipartFile relationsFile, String formatId) {
    String source = name(file, "upload");
    Dataset data;
    DatasetFormat format;
    try (InputStream raw = new BufferedInputStream(file.getInputStream(), 1 << 16)) {
      raw.mark(4096);
      byte[] head = raw.readNBytes(4096);
      raw.reset();
      format = formatId != null
          ? formats.byId(formatId).filter(f -> f.reader().isPresent()).orElseThrow(() -> new BadRequest(
              "no format '" + formatId + "' reads; readers: " + readers(), null, "format", formatId, null))
          : formats.readerFor(Path.of(source), head).orElseThrow(() -> new BadRequest("no format reads " + source
              + "; readers: " + readers(), null, "file", source, null));
      try (ObservationCursor cursor = format.reader().orElseThrow().open(raw, source, ReadOptions.defaults())) {
        data = cursor.toDataset();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the upload " + source, e);
    }
    List<Relation> relations = List.of();
    if (relationsFile != null && !relationsFile.isEmpty()) {
      try (InputStream in = relationsFile.getInputStream()) {
        relations = RelationsJson.read(in, name(relationsFile, "relations"), regions);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the upload " + name(relationsFile, "relations"), e);
      }
    }
    List<Finding> findings = Consistency.builder().regions(regions).relations(relations).build().run(data);
    return new Checked(source, format.id(), data, relations.size(), findings);
  }

  private String readers() {
    List<String> ids = new ArrayList<>();
    formats.all().stream().filter(f -> f.reader().isPresent()).forEach(f -> ids.add(f.id()));
    return String.join(", ", ids);
  }

  /** The upload's file name without any directory part, or {@code fallback}. */
  private static String name(MultipartFile f, String fallback) {
    String n = f.getOriginalFilename();
    if (n == null || n.isBlank()) {
      return fallback;
    }
    int slash = Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\'));
    return n.substring(slash + 1);
  }
}
