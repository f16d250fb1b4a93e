package io.github.zhibiao.csv;

import io.github.zhibiao.model.Dataset;
import io.github.zhibiao.model.Observation;
import io.github.zhibiao.spi.DatasetWriter;
import io.github.zhibiao.spi.WriteOptions;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;

/**
 * Writes the long format: the header, then one row per observation, in the dataset's order. Every
 * column is written, the indicator's unit, English name and description among them, so that what
 * is written reads back equal. Refused with an {@link IllegalArgumentException}: a region CSV cannot
 * carry ({@link CsvRegions}), checked before anything is written, and a text the charset cannot
 * encode (an unpaired surrogate), found as the rows are written, so that the output then ends
 * before the observation it names.
 */
final class LongCsvWriter implements DatasetWriter {

  @Override
  public void write(Dataset dataset, OutputStream out, WriteOptions options) throws IOException {
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(options, "options");
    CsvRegions.check(dataset.observations());
    java.util.List<io.github.zhibiao.model.Breakdown> breakdowns = java.util.List.copyOf(dataset.breakdowns().values());
    java.util.List<String> header = new java.util.ArrayList<>(LongCsvReader.headers());
    for (io.github.zhibiao.model.Breakdown b : breakdowns) {
      header.add(BreakdownColumn.header(b));
    }
    CsvText csv = CsvText.open(out, options);
    csv.row(header.toArray(new String[0]));
    int line = 1;
    for (Observation o : dataset.observations()) {
      line++;
      try {
        String[] r = row(o);
        if (!breakdowns.isEmpty()) {
          String[] wide = java.util.Arrays.copyOf(r, r.length + breakdowns.size());
          for (int i = 0; i < breakdowns.size(); i++) {
            io.github.zhibiao.model.Breakdown b = breakdowns.get(i);
            wide[r.length + i] = o.breakdowns().category(b.code()).map(c -> BreakdownColumn.cell(b, c)).orElse("");
          }
          r = wide;
        }
        csv.row(r);
      } catch (IllegalArgumentException e) {
        csv.flush();
        throw new IllegalArgumentException("cannot write the observation of line " + line + " ("
            + o.indicator().code() + ", " + o.region().code() + ", " + o.period() + "): " + e.getMessage(), e);
      }
    }
    csv.flush();
  }

  static String[] row(Observation o) {
    String[] r = new String[CsvColumn.values().length];
    r[CsvColumn.INDICATOR.ordinal()] = o.indicator().code();
    r[CsvColumn.INDICATOR_NAME.ordinal()] = o.indicator().name();
    r[CsvColumn.KIND.ordinal()] = o.indicator().kind().name();
    r[CsvColumn.REGION.ordinal()] = o.region().code();
    r[CsvColumn.REGION_NAME.ordinal()] = o.region().name();
    r[CsvColumn.PERIOD.ordinal()] = io.github.zhibiao.spi.ObservationBinder.periodText(o.period());
    r[CsvColumn.VALUE.ordinal()] = o.value().value().toPlainString();
    r[CsvColumn.UNIT.ordinal()] = o.value().unit().label();
    r[CsvColumn.STATUS.ordinal()] = o.status() == io.github.zhibiao.model.Status.NORMAL ? "" : o.status().name();
    r[CsvColumn.QUALIFIER.ordinal()] = o.value().qualifierText();
    r[CsvColumn.CHANGE.ordinal()] = o.change().map(c -> c.amount().toString()).orElse("");
    r[CsvColumn.CHANGE_BASIS.ordinal()] = o.change().map(c -> c.basisText()).orElse("");
    r[CsvColumn.RANK.ordinal()] = o.ranking().map(Object::toString).orElse("");
    r[CsvColumn.RANK_SCOPE.ordinal()] = o.ranking().flatMap(x -> x.scope()).map(x -> x.code()).orElse("");
    r[CsvColumn.SHARE.ordinal()] = o.share().map(s -> s.rate().toString()).orElse("");
    r[CsvColumn.SHARE_OF.ordinal()] = o.share().map(s -> s.whole()).orElse("");
    r[CsvColumn.PLAN_COMPLETION.ordinal()] = o.planCompletion().map(Object::toString).orElse("");
    r[CsvColumn.SECTOR.ordinal()] = o.indicator().sector().map(Object::toString).orElse("");
    r[CsvColumn.NOTE.ordinal()] = o.note().orElse("");
    r[CsvColumn.INDICATOR_UNIT.ordinal()] = o.indicator().unit().label();
    r[CsvColumn.INDICATOR_ENGLISH_NAME.ordinal()] = o.indicator().englishName().orElse("");
    r[CsvColumn.INDICATOR_DESCRIPTION.ordinal()] = o.indicator().description().orElse("");
    return r;
  }
}
