package io.github.zhibiao.sdmx;

import io.github.zhibiao.model.Breakdown;
import io.github.zhibiao.model.Dataset;
import io.github.zhibiao.model.Indicator;
import io.github.zhibiao.model.Observation;
import io.github.zhibiao.model.Status;
import io.github.zhibiao.spi.DatasetWriter;
import io.github.zhibiao.spi.ObservationBinder;
import io.github.zhibiao.spi.WriteOptions;
import io.github.zhibiao.unit.Unit;
import io.github.zhibiao.unit.Units;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Writes SDMX-CSV 2.0 with labels=both; see {@link SdmxCsvFormat}. */
final class SdmxCsvWriter implements DatasetWriter {

  @Override
  public void write(Dataset dataset, OutputStream out, WriteOptions options) throws IOException {
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(options, "options");
    int line = 1;
    for (Observation o : dataset.observations()) {
      line++;
      String why = unwritable(o);
      if (why != null) {
        throw new IllegalArgumentException("cannot write the observation of line " + line + " (" + o.indicator().code()
            + ", " + o.region().code() + ", " + o.period() + ") as SDMX-CSV: " + why
            + "; the native formats (csv, json) hold it");
      }
    }
    char d = options.delimiter() == ';' ? ';' : ',';
    List<Breakdown> breakdowns = List.copyOf(dataset.breakdowns().values());
    List<String> header = new ArrayList<>(List.of("STRUCTURE", "STRUCTURE_ID", "ACTION", "REF_AREA: Reference area"));
    for (Breakdown b : breakdowns) {
      if (SdmxRecord.role(b.code(), true) != SdmxRecord.Role.BREAKDOWN) {
        throw new IllegalArgumentException("cannot write breakdown " + b.code() + " as SDMX-CSV: its code is the "
            + "SDMX concept " + b.code() + " of another role; rename the breakdown");
      }
      if (b.englishLabel().isPresent()) {
        throw new IllegalArgumentException("cannot write breakdown " + b.code() + " as SDMX-CSV: it has an English label ("
            + b.englishLabel().get() + ") besides " + b.label() + ", and SDMX-CSV with labels=both carries one name per"
            + " component; use Breakdown.of(code, label), or the native formats (csv, json), which hold both");
      }
      header.add(b.code() + ": " + b.label());
    }
    header.addAll(List.of("TIME_PERIOD: Time period", "OBS_VALUE: Observation value", "UNIT_MEASURE: Unit of measure",
        "UNIT_MULT: Unit multiplier", "OBS_STATUS: Observation status", "OBS_COM: Comment"));
    Writer w = new BufferedWriter(new OutputStreamWriter(out, options.charset().newEncoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
    if (options.bom()) {
      w.write('\uFEFF');
    }
    row(w, header, d);
    List<String> r = new ArrayList<>();
    for (Observation o : dataset.observations()) {
      r.clear();
      Indicator ind = o.indicator();
      r.add("dataflow");
      r.add("ZHIBIAO:" + ind.code() + "(1.0): " + ind.name());
      r.add("I");
      r.add(o.region().code() + ": " + o.region().name());
      for (Breakdown b : breakdowns) {
        r.add(o.breakdowns().category(b.code()).map(c -> c.code() + ": " + c.label()).orElse(""));
      }
      r.add(ObservationBinder.periodText(o.period()));
      r.add(o.value().value().toPlainString());
      Unit u = o.value().unit();
      r.add(u.withoutMagnitude().label()); // 1 for the unit one: an empty field is an unstated unit
      r.add(u.magnitude().map(m -> Integer.toString(m.exponent())).orElse("0"));
      r.add(o.status() == Status.NORMAL ? "" : o.status().sdmxCode());
      r.add(o.note().orElse(""));
      row(w, r, d);
    }
    w.flush();
  }

  /** Why the observation cannot be written, or null. */
  private static String unwritable(Observation o) {
    Indicator ind = o.indicator();
    if (o.change().isPresent() || o.ranking().isPresent() || o.share().isPresent() || o.planCompletion().isPresent()) {
      return "SDMX-CSV has no column for a change, ranking, share or plan completion";
    }
    if (!o.value().isExact()) {
      return "SDMX-CSV has no column for the qualifier " + o.value().qualifier();
    }
    if (ind.englishName().isPresent() || ind.description().isPresent() || ind.sector().isPresent()
        || ind.kind() != Indicator.builder().code("X").name("X").unit(ind.unit()).build().kind()) {
      return "an indicator's kind, sector, English name and description belong in the DSD, not in SDMX-CSV data";
    }
    if (!o.value().unit().equals(ind.unit())) {
      return "the value is in " + o.value().unit() + " and its indicator in " + ind.unit()
          + "; SDMX-CSV has one unit per observation";
    }
    Unit base = o.value().unit().withoutMagnitude();
    if (o.value().unit().magnitude().isPresent() && (base.isOpaque() || base.equals(Units.NOT_STATED))) {
      return "the unit " + o.value().unit() + " has a magnitude on an " + (base.isOpaque() ? "opaque" : "unstated")
          + " unit, which a reader applies to the value (UNIT_MULT); scale the value instead";
    }
    return null;
  }

  private static void row(Writer w, List<String> cells, char d) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        w.write(d);
      }
      String c = cells.get(i);
      boolean quote = c.indexOf(d) >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0 || c.indexOf('\r') >= 0
          || (!c.isEmpty() && (Character.isWhitespace(c.charAt(0)) || Character.isWhitespace(c.charAt(c.length() - 1))));
      if (quote) {
        w.write('"');
        w.write(c.replace("\"", "\"\""));
        w.write('"');
      } else {
        w.write(c);
      }
    }
    w.write("\r\n");
  }
}
