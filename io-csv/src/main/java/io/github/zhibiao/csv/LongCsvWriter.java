package io.github.zhibiao.csv;

import io.github.zhibiao.model.Dataset;
import io.github.zhibiao.model.Observation;
import io.github.zhibiao.spi.DatasetWriter;
import io.github.zhibiao.spi.WriteOptions;
import io.github.zhibiao.unit.Qualifier;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;

/** Writes the long format: the header, then one row per observation, in the dataset's order. */
final class LongCsvWriter implements DatasetWriter {

  @Override
  public void write(Dataset dataset, OutputStream out, WriteOptions options) throws IOException {
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(options, "options");
    CsvText csv = CsvText.open(out, options);
    csv.row(LongCsvReader.headers().toArray(new String[0]));
    for (Observation o : dataset.observations()) {
      csv.row(row(o));
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
    r[CsvColumn.PERIOD.ordinal()] = o.period().toString();
    r[CsvColumn.VALUE.ordinal()] = o.value().value().toPlainString();
    r[CsvColumn.UNIT.ordinal()] = o.value().unit().label();
    r[CsvColumn.STATUS.ordinal()] = o.status() == io.github.zhibiao.model.Status.NORMAL ? "" : o.status().name();
    r[CsvColumn.QUALIFIER.ordinal()] = o.qualifier() == Qualifier.EXACT ? "" : o.qualifier().name();
    r[CsvColumn.CHANGE.ordinal()] = o.change().map(c -> c.amount().toString()).orElse("");
    r[CsvColumn.CHANGE_BASIS.ordinal()] = o.change().map(c -> c.basisText()).orElse("");
    r[CsvColumn.RANK.ordinal()] = o.ranking().map(Object::toString).orElse("");
    r[CsvColumn.RANK_SCOPE.ordinal()] = o.ranking().flatMap(x -> x.scope()).map(x -> x.code()).orElse("");
    r[CsvColumn.SHARE.ordinal()] = o.share().map(s -> s.rate().toString()).orElse("");
    r[CsvColumn.SHARE_OF.ordinal()] = o.share().map(s -> s.whole()).orElse("");
    r[CsvColumn.PLAN_COMPLETION.ordinal()] = o.planCompletion().map(Object::toString).orElse("");
    r[CsvColumn.SECTOR.ordinal()] = o.indicator().sector().map(Object::toString).orElse("");
    r[CsvColumn.NOTE.ordinal()] = o.note().orElse("");
    return r;
  }
}
