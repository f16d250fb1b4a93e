package io.github.zhibiao.service;

import io.github.zhibiao.model.Observation;
import io.github.zhibiao.model.Region;
import io.github.zhibiao.model.Regions;
import io.github.zhibiao.spi.TextCharsets;
import io.github.zhibiao.text.Confidence;
import io.github.zhibiao.text.ExtractedFact;
import io.github.zhibiao.text.Extraction;
import io.github.zhibiao.text.ExtractionContext;
import io.github.zhibiao.text.TextExtractor;
import io.github.zhibiao.text.UnreadSentence;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /text/extract}: the observations of Chinese prose, each with its span. The body is
 * {@code text/plain} in UTF-8 (region and year as query parameters) or JSON {@code {"text": …,
 * "region": "赤峰市", "year": 2023}}; without a region or year, the text's first full region name
 * and first 20xx年 are used.
 */
@RestController
class TextController {
  /** The largest text accepted, in bytes of UTF-8 (8 MiB). */
  static final int MAX_BYTES = 8 << 20;

  private final TextExtractor extractor;
  private final Regions regions;

  TextController(TextExtractor extractor, Regions regions) {
    this.extractor = extractor;
    this.regions = regions;
  }

  /** The JSON request. */
  record ExtractRequest(String text, String region, Integer year) {}

  /** One fact: the observation (as the library's Jackson module writes it) and where it stands. */
  record Fact(Observation observation, int start, int end, String text, String subject, Confidence confidence) {}

  /** The answer: the context used, the facts in text order, the sentences with unread numbers. */
  record ExtractResponse(Region region, int year, List<Fact> facts, List<UnreadSentence> unread) {}

  @PostMapping(path = "/text/extract", consumes = "text/plain", produces = "application/json")
  ExtractResponse plain(@RequestBody byte[] body, @RequestParam(name = "region", required = false) String region,
      @RequestParam(name = "year", required = false) Integer year) {
    if (body.length > MAX_BYTES) {
      throw new BadRequest("the text has " + body.length + " bytes; at most " + MAX_BYTES + " are accepted", null,
          "body", null, null);
    }
    String text;
    ByteBuffer in = ByteBuffer.wrap(body);
    try {
      text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(in).toString();
    } catch (CharacterCodingException e) {
      throw new BadRequest("the body is not UTF-8 at byte " + in.position() + "; send text/plain in UTF-8", null,
          "body", null, e);
    }
    return extract(TextCharsets.withoutBom(text), region, year, "");
  }

  @PostMapping(path = "/text/extract", consumes = "application/json", produces = "application/json")
  ExtractResponse json(@RequestBody ExtractRequest request) {
    String text = request.text();
    if (text == null) {
      throw BadRequest.field("text", "", "'text' is required: the prose to read", null);
    }
    return extract(text, request.region(), request.year(), "$.");
  }

  private ExtractResponse extract(String text, String regionName, Integer year, String json) {
    Region region = null;
    if (regionName != null) {
      try {
        region = regions.require(regionName);
      } catch (IllegalArgumentException e) { // unknown or ambiguous: the message lists the candidates
        throw new BadRequest(e.getMessage(), json.isEmpty() ? null : json + "region", "region", regionName, e);
      }
    }
    if (year != null && (year < 1900 || year > 2100)) {
      throw new BadRequest("year " + year + " is not a year such as 2023", json.isEmpty() ? null : json + "year",
          "year", year.toString(), null);
    }
    ExtractionContext context;
    if (region != null && year != null) {
      context = ExtractionContext.of(region, year);
    } else {
      Optional<ExtractionContext> named = ExtractionContext.fromText(text, regions);
      if (named.isEmpty()) {
        throw new BadRequest("the text names no region or no year (20xx年); give region and year", null,
            region == null ? "region" : "year", null, null);
      }
      context = ExtractionContext.of(region != null ? region : named.get().region(),
          year != null ? year : named.get().year());
    }
    Extraction result = extractor.extract(text, context);
    List<Fact> facts = new ArrayList<>();
    for (ExtractedFact f : result.facts()) {
      facts.add(new Fact(f.observation(), f.start(), f.end(), f.text(), f.subject(), f.confidence()));
    }
    return new ExtractResponse(context.region(), context.year(), facts, result.unread());
  }
}
