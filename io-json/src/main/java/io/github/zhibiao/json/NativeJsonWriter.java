package io.github.zhibiao.json;

import io.github.zhibiao.model.Dataset;
import io.github.zhibiao.model.Indicator;
import io.github.zhibiao.model.Observation;
import io.github.zhibiao.model.Region;
import io.github.zhibiao.model.Status;
import io.github.zhibiao.spi.DatasetWriter;
import io.github.zhibiao.spi.WriteOptions;
import io.github.zhibiao.unit.Qualifier;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Objects;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;

/**
 * Writes the native format: the regions the document defines ({@link DocumentRegions}: those of
 * its observations and ranking scopes that are not built-in regions), the indicators, then the
 * observations, values as exact decimal strings. Always UTF-8; a string with an unpaired surrogate
 * is written with a {@code \uD800} escape, so it reads back unchanged.
 */
final class NativeJsonWriter implements DatasetWriter {

  @Override
  public void write(Dataset dataset, OutputStream out, WriteOptions options) throws IOException {
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(options, "options");
    try (JsonGenerator g = (options.prettyPrinting() ? Json.PRETTY : Json.MAPPER)
        .createGenerator(shield(out), JsonEncoding.UTF8)) {
      document(g, dataset);
    }
    out.flush();
  }

  /** The whole document: format, version, the document's own regions, indicators, observations. */
  static void document(JsonGenerator g, Dataset dataset) {
    g.writeStartObject();
    g.writeStringProperty("format", "zhibiao");
    g.writeNumberProperty("version", 1);
    List<Region> defined = DocumentRegions.toDefine(used(dataset));
    if (!defined.isEmpty()) {
      g.writeName("regions");
      g.writeStartArray();
      for (Region r : defined) {
        g.writeStartObject();
        DocumentRegions.write(g, r, true);
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeName("indicators");
    g.writeStartArray();
    for (Indicator i : dataset.indicators().values()) {
      indicator(g, i);
    }
    g.writeEndArray();
    g.writeName("observations");
    g.writeStartArray();
    for (Observation o : dataset.observations()) {
      observation(g, o);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /** The regions of the observations and of their rankings' scopes, in order of use. */
  static java.util.Collection<Region> used(Dataset dataset) {
    java.util.Set<Region> used = new java.util.LinkedHashSet<>();
    for (Observation o : dataset.observations()) {
      used.add(o.region());
      o.ranking().flatMap(r -> r.scope()).ifPresent(used::add);
    }
    return used;
  }

  static void indicator(JsonGenerator g, Indicator i) {
    g.writeStartObject();
    g.writeStringProperty("code", i.code());
    g.writeStringProperty("name", i.name());
    g.writeStringProperty("unit", i.unit().label());
    g.writeStringProperty("kind", i.kind().name());
    if (i.sector().isPresent()) {
      g.writeStringProperty("sector", i.sector().get().toString());
    }
    if (i.englishName().isPresent()) {
      g.writeStringProperty("englishName", i.englishName().get());
    }
    if (i.description().isPresent()) {
      g.writeStringProperty("description", i.description().get());
    }
    g.writeEndObject();
  }

  static void observation(JsonGenerator g, Observation o) {
    observation(g, o, false);
  }

  /** An observation object; with {@code embedIndicator} its indicator is a whole object, not a code. */
  static void observation(JsonGenerator g, Observation o, boolean embedIndicator) {
    g.writeStartObject();
    if (embedIndicator) {
      g.writeName("indicator");
      indicator(g, o.indicator());
    } else {
      g.writeStringProperty("indicator", o.indicator().code());
    }
    g.writeStringProperty("region", o.region().code());
    g.writeStringProperty("regionName", o.region().name());
    g.writeStringProperty("period", io.github.zhibiao.spi.ObservationBinder.periodText(o.period()));
    g.writeStringProperty("value", o.value().value().toPlainString());
    g.writeStringProperty("unit", o.value().unit().label());
    if (o.qualifier() != Qualifier.EXACT) {
      g.writeStringProperty("qualifier", o.value().qualifierText());
    }
    breakdowns(g, o);
    if (o.status() != Status.NORMAL) {
      g.writeStringProperty("status", o.status().name());
    }
    details(g, o);
    g.writeEndObject();
  }

  /**
   * An observation's breakdowns, each a whole entry so that an observation stands alone:
   * {@code "breakdowns": [{"breakdown": "SEX", "label": "性别", "englishLabel": "Sex",
   * "category": "F", "categoryLabel": "女"}]}; labels equal to their codes are left out.
   */
  static void breakdowns(JsonGenerator g, Observation o) {
    if (o.breakdowns().isEmpty()) {
      return;
    }
    g.writeName("breakdowns");
    g.writeStartArray();
    for (io.github.zhibiao.model.Breakdowns.Entry e : o.breakdowns().entries()) {
      g.writeStartObject();
      g.writeStringProperty("breakdown", e.breakdown().code());
      if (!e.breakdown().label().equals(e.breakdown().code())) {
        g.writeStringProperty("label", e.breakdown().label());
      }
      e.breakdown().englishLabel().ifPresent(l -> g.writeStringProperty("englishLabel", l));
      g.writeStringProperty("category", e.category().code());
      if (!e.category().label().equals(e.category().code())) {
        g.writeStringProperty("categoryLabel", e.category().label());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  /** What an observation carries beside its level: change, ranking, share, plan completion, note. */
  static void details(JsonGenerator g, Observation o) {
    o.change().ifPresent(c -> {
      g.writeName("change");
      g.writeStartObject();
      g.writeStringProperty("amount", c.amount().toString());
      g.writeStringProperty("basis", c.basisText());
      g.writeEndObject();
    });
    o.ranking().ifPresent(r -> {
      g.writeName("ranking");
      g.writeStartObject();
      g.writeStringProperty("rank", r.toString());
      r.scope().ifPresent(s -> g.writeStringProperty("scope", s.code()));
      g.writeEndObject();
    });
    o.share().ifPresent(s -> {
      g.writeName("share");
      g.writeStartObject();
      g.writeStringProperty("rate", s.rate().toString());
      g.writeStringProperty("of", s.whole());
      g.writeEndObject();
    });
    o.planCompletion().ifPresent(p -> g.writeStringProperty("planCompletion", p.toString()));
    o.note().ifPresent(n -> g.writeStringProperty("note", n));
  }

  /** The caller's stream, not closed when the generator closes. */
  static OutputStream shield(OutputStream out) {
    return new FilterOutputStream(out) {
      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
      }

      @Override
      public void close() throws IOException {
        out.flush();
      }
    };
  }
}
