package io.github.zhibiao.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zhibiao.json.ZhibiaoModule;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The service on a random local port, called over real HTTP with the JDK's client. */
// the /boom endpoint's error is logged by Problems on purpose; keep it out of the build log
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "logging.level.io.github.zhibiao.service.Problems=OFF")
@Import(ServiceHttpTest.Boom.class)
class ServiceHttpTest {
  static final Path SEED = Path.of("..", "seeds", "chifeng-2023.csv");
  static final Path RELATIONS = Path.of("..", "seeds", "chifeng-2023.relations.json");
  static final Path SAMPLE = Path.of("..", "examples", "data", "sample-report.txt");
  static final HttpClient HTTP = HttpClient.newHttpClient();

  @LocalServerPort
  int port;

  @Autowired
  JsonMapper mapper;

  @Autowired
  ZhibiaoModule module;

  /** An endpoint that fails as a bug would, to see what leaks. */
  @RestController
  static class Boom {
    @GetMapping("/boom")
    String boom() {
      throw new IllegalStateException("secret internal state at /srv/zhibiao");
    }
  }

  record Reply(int status, String contentType, String body) {}

  Reply send(HttpRequest.Builder b) throws IOException, InterruptedException {
    HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    return new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
  }

  HttpRequest.Builder post(String path, String contentType, byte[] body) {
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
  }

  Reply json(String path, String body) throws IOException, InterruptedException {
    return send(post(path, "application/json", body.getBytes(StandardCharsets.UTF_8)));
  }

  /** A 400 problem detail (RFC 9457) without anything of the server's internals. */
  JsonNode problem(Reply r) {
    assertEquals(400, r.status(), r.body());
    assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
    JsonNode p = mapper.readTree(r.body());
    assertEquals(400, p.get("status").asInt());
    assertTrue(p.has("title") && p.has("detail") && p.has("type"), r.body());
    noLeak(r.body());
    return p;
  }

  static void noLeak(String body) {
    assertFalse(body.contains("\tat ") || body.contains("trace") || body.contains("Exception"), body);
  }

  @Test
  void bootsMapperHasTheModuleBean() {
    assertTrue(mapper.registeredModules().contains(module), "the bean itself is registered");
    assertEquals("\"650万吨\"", mapper.writeValueAsString(io.github.zhibiao.unit.Quantity.parse("650万吨")));
  }

  @Test
  void convert() throws Exception {
    Reply r = json("/quantities/convert", "{\"quantity\": \"130亿斤\", \"unit\": \"万吨\"}");
    assertEquals(200, r.status(), r.body());
    JsonNode n = mapper.readTree(r.body());
    assertEquals("130亿斤", n.get("quantity").asString());
    assertEquals("650万吨", n.get("result").asString());
    assertEquals("650万吨", n.get("text").asString());
    Reply scaled = json("/quantities/convert", "{\"quantity\": \"12.5万亩\", \"unit\": \"公顷\", \"scale\": 2}");
    JsonNode s = mapper.readTree(scaled.body());
    assertEquals("8333.33公顷", s.get("text").asString());
    assertEquals("8333.333333333333333333333333333333公顷", s.get("result").asString());
  }

  @Test
  void convertRefusesIncompatibleUnits() throws Exception {
    JsonNode p = problem(json("/quantities/convert", "{\"quantity\": \"130亿斤\", \"unit\": \"万亩\"}"));
    assertTrue(p.get("detail").asString().contains("MASS"), p.toString());
    assertEquals("Incompatible units", p.get("title").asString());
  }

  @Test
  void convertNamesTheBadField() throws Exception {
    JsonNode p = problem(json("/quantities/convert", "{\"quantity\": \"12万阿巴\", \"unit\": \"万吨\"}"));
    assertEquals("Bad input", p.get("title").asString());
    assertEquals("$.quantity", p.get("path").asString());
    assertEquals("quantity", p.get("field").asString());
    assertEquals("12万阿巴", p.get("text").asString());
    assertTrue(p.get("detail").asString().contains("阿巴"), p.toString());
    JsonNode missing = problem(json("/quantities/convert", "{\"quantity\": \"130亿斤\"}"));
    assertEquals("$.unit", missing.get("path").asString());
  }

  @Test
  void aMalformedBodyGivesItsLineAndColumn() throws Exception {
    JsonNode p = problem(json("/quantities/convert", "{\"quantity\": \"130亿斤\",\n \"unit\" 万吨}"));
    assertEquals(2, p.get("line").asInt(), p.toString());
    JsonNode wrongType = problem(json("/quantities/convert", "{\"quantity\": \"130亿斤\", \"unit\": \"万吨\", \"scale\": \"x\"}"));
    assertEquals("$.scale", wrongType.get("path").asString(), wrongType.toString());
  }

  byte[] multipart(String boundary, List<Path> files, List<String> names) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < files.size(); i++) {
      out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + names.get(i) + "\"; filename=\""
          + files.get(i).getFileName() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
          .getBytes(StandardCharsets.UTF_8));
      out.write(Files.readAllBytes(files.get(i)));
      out.write("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    out.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  Reply upload(String accept, List<Path> files, List<String> names) throws IOException, InterruptedException {
    String boundary = "zhibiao-boundary-7MA4YWxk";
    return send(post("/datasets/check", "multipart/form-data; boundary=" + boundary, multipart(boundary, files, names))
        .header("Accept", accept));
  }

  @Test
  void checkTheSeedAsJsonAndAsHtml() throws Exception {
    Reply r = upload("application/json", List.of(SEED, RELATIONS), List.of("file", "relations"));
    assertEquals(200, r.status(), r.body());
    JsonNode n = mapper.readTree(r.body());
    assertEquals("csv", n.get("format").asString());
    assertEquals(130, n.get("observations").asInt());
    assertEquals(14, n.get("relations").asInt());
    assertEquals(2, n.get("errors").asInt(), "the seed's two error findings, as the CLI and the example say");
    assertTrue(n.get("findings").size() > 10);
    assertTrue(n.get("findings").get(0).has("messageZh"), n.get("findings").get(0).toString());
    Reply html = upload("text/html", List.of(SEED), List.of("file"));
    assertEquals(200, html.status(), html.body());
    assertTrue(html.contentType().startsWith("text/html"), html.contentType());
    assertTrue(html.body().contains("<html") && html.body().contains("chifeng-2023.csv"), html.body());
  }

  @Test
  void checkGivesTheLineFieldAndTextOfABadRecord() throws Exception {
    List<String> lines = Files.readAllLines(SEED);
    Path bad = Files.createTempFile("bad", ".csv");
    try {
      Files.write(bad, List.of(lines.get(0), lines.get(1), lines.get(3).replace(",个,", ",万阿巴,")));
      JsonNode p = problem(upload("application/json", List.of(bad), List.of("file")));
      assertEquals(bad.getFileName().toString(), p.get("source").asString());
      assertEquals(3, p.get("line").asInt());
      assertEquals("unit", p.get("field").asString());
      assertEquals("万阿巴", p.get("text").asString());
      assertTrue(p.get("detail").asString().contains("line 3"), p.toString());
    } finally {
      Files.delete(bad);
    }
  }

  @Test
  void extractPlainText() throws Exception {
    String text = Files.readString(SAMPLE);
    Reply r = send(post("/text/extract", "text/plain", text.getBytes(StandardCharsets.UTF_8)));
    assertEquals(200, r.status(), r.body());
    JsonNode n = mapper.readTree(r.body());
    assertEquals("150400", n.get("region").asString());
    assertEquals(2023, n.get("year").asInt());
    JsonNode first = n.get("facts").get(0);
    assertEquals("130", first.get("observation").get("value").asString(), first.toString());
    assertEquals("亿斤", first.get("observation").get("unit").asString(), first.toString());
    assertEquals(text.substring(first.get("start").asInt(), first.get("end").asInt()), first.get("text").asString());
    assertTrue(n.get("facts").size() >= 10);
    assertTrue(n.get("unread").size() >= 1);
  }

  @Test
  void extractJsonWithRegionAndYear() throws Exception {
    Reply r = json("/text/extract", "{\"text\": \"全市粮食总产量达到130亿斤。\", \"region\": \"赤峰市\", \"year\": 2022}");
    assertEquals(200, r.status(), r.body());
    JsonNode fact = mapper.readTree(r.body()).get("facts").get(0).get("observation");
    assertEquals("150400", fact.get("region").asString(), fact.toString());
    assertEquals("2022", fact.get("period").asString(), fact.toString());
    JsonNode ambiguous = problem(json("/text/extract", "{\"text\": \"粮食产量130亿斤。\", \"region\": \"朝阳区\", \"year\": 2023}"));
    assertEquals("$.region", ambiguous.get("path").asString());
    assertTrue(ambiguous.get("detail").asString().contains("110105"), ambiguous.toString());
    JsonNode none = problem(json("/text/extract", "{\"text\": \"粮食产量130亿斤。\"}"));
    assertTrue(none.get("detail").asString().contains("names no region"), none.toString());
  }

  @Test
  void extractRefusesTextThatIsNotUtf8() throws Exception {
    byte[] gb = "全市粮食总产量达到130亿斤。".getBytes(Charset.forName("GB18030"));
    JsonNode p = problem(send(post("/text/extract?region=赤峰市&year=2023".replace("赤峰市", "%E8%B5%A4%E5%B3%B0%E5%B8%82"),
        "text/plain", gb)));
    assertTrue(p.get("detail").asString().contains("not UTF-8 at byte 2"), p.toString());
  }

  @Test
  void anUnexpectedErrorLeaksNothing() throws Exception {
    Reply r = send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/boom")).GET());
    assertEquals(500, r.status());
    assertFalse(r.body().contains("secret") || r.body().contains("/srv"), r.body());
    noLeak(r.body());
    assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
  }
}
