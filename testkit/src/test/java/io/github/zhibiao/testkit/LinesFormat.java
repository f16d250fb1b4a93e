package io.github.zhibiao.testkit;

import io.github.zhibiao.model.Dataset;
import io.github.zhibiao.model.Indicator;
import io.github.zhibiao.model.IndicatorKind;
import io.github.zhibiao.model.Observation;
import io.github.zhibiao.model.Period;
import io.github.zhibiao.spi.AbstractObservationCursor;
import io.github.zhibiao.spi.DatasetFormat;
import io.github.zhibiao.spi.DatasetReadException;
import io.github.zhibiao.spi.DatasetReader;
import io.github.zhibiao.spi.DatasetWriter;
import io.github.zhibiao.spi.ObservationCursor;
import io.github.zhibiao.spi.Problem;
import io.github.zhibiao.spi.ReadOptions;
import io.github.zhibiao.spi.ReadReport;
import io.github.zhibiao.unit.Quantity;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * A small format for testkit's own tests: a {@code #lines} header, then one
 * {@code code|unit|kind|region|period|value} line per observation (the indicator is named by its
 * code). Its reader streams, one line at a time; {@link #slurping()} and {@link #hoarding()} give
 * readers that hold their input, and {@link #writeOnly()} one without a reader.
 */
class LinesFormat implements DatasetFormat {
  /** How the reader treats its input. */
  enum Reading {
    /** One line at a time. */
    STREAMING,
    /** Every observation read into a list when the input is opened, then handed out. */
    SLURPING,
    /** One line at a time, keeping every observation it has handed out. */
    HOARDING,
    /** No reader at all. */
    NONE
  }

  private final Reading reading;
  private final boolean sniffs;

  LinesFormat(Reading reading, boolean sniffs) {
    this.reading = reading;
    this.sniffs = sniffs;
  }

  static LinesFormat streaming() {
    return new LinesFormat(Reading.STREAMING, true);
  }

  static LinesFormat slurping() {
    return new LinesFormat(Reading.SLURPING, true);
  }

  static LinesFormat hoarding() {
    return new LinesFormat(Reading.HOARDING, true);
  }

  static LinesFormat writeOnly() {
    return new LinesFormat(Reading.NONE, true);
  }

  /** What this format keeps of a dataset: levels, exact, with the indicator named by its code. */
  static Dataset levels(Dataset d) {
    List<Observation> kept = new ArrayList<>();
    for (Observation o : d.observations()) {
      Indicator i = Indicator.of(o.indicator().code(), o.indicator().code(), o.indicator().unit(), o.indicator().kind());
      kept.add(Observation.of(i, o.region(), o.period(), Quantity.of(o.value().value(), o.value().unit())));
    }
    return Dataset.of(kept);
  }

  @Override
  public String id() {
    return "lines-" + reading.name().toLowerCase(java.util.Locale.ROOT);
  }

  @Override
  public String name() {
    return "testkit lines (" + reading + ")";
  }

  @Override
  public String mediaType() {
    return "text/plain";
  }

  @Override
  public List<String> fileExtensions() {
    return List.of("lines");
  }

  @Override
  public boolean canRead(byte[] head) {
    return sniffs && new String(head, StandardCharsets.UTF_8).startsWith("#lines");
  }

  @Override
  public Optional<DatasetReader> reader() {
    if (reading == Reading.NONE) {
      return Optional.empty();
    }
    return Optional.of(this::open);
  }

  private ObservationCursor open(InputStream in, String source, ReadOptions options) {
    Cursor lines = new Cursor(in, source, options, reading == Reading.HOARDING);
    if (reading != Reading.SLURPING) {
      return lines;
    }
    List<Observation> all = new ArrayList<>();
    while (lines.hasNext()) {
      all.add(lines.next());
    }
    ReadReport report = lines.report();
    Iterator<Observation> it = all.iterator();
    return new ObservationCursor() {
      @Override
      public boolean hasNext() {
        return it.hasNext();
      }

      @Override
      public Observation next() {
        return it.next();
      }

      @Override
      public ReadReport report() {
        return report;
      }

      @Override
      public void close() {}
    };
  }

  private static final class Cursor extends AbstractObservationCursor {
    private final BufferedReader lines;
    private final List<Observation> kept; // null unless hoarding
    private long line;

    Cursor(InputStream in, String source, ReadOptions options, boolean hoard) {
      super(source, options);
      this.lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      this.kept = hoard ? new ArrayList<>() : null;
    }

    @Override
    protected Observation readRecord() {
      String l;
      try {
        l = lines.readLine();
        line++;
        if (line == 1) {
          if (l == null) {
            throw fatal(Problem.of(source(), "the input is empty; expected the line #lines"));
          }
          if (!l.equals("#lines")) {
            throw fatal(Problem.of(source(), "expected the line #lines").atLine(1).withText(l));
          }
          l = lines.readLine();
          line++;
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      if (l == null) {
        return null;
      }
      String[] f = l.split("\\|", -1);
      if (f.length != 6) {
        throw new DatasetReadException(Problem.of(source(), "expected code|unit|kind|region|period|value, "
            + f.length + " fields found").atLine(line).withText(l));
      }
      Observation o;
      try {
        Quantity value = Quantity.of(new java.math.BigDecimal(f[5]),
            options().units().resolve(f[1], io.github.zhibiao.unit.UnitPolicy.STRICT));
        Indicator i = Indicator.of(f[0], f[0], value.unit(), IndicatorKind.valueOf(f[2]));
        o = Observation.of(i, options().regions().require(f[3]), Period.parse(f[4]), value);
      } catch (IllegalArgumentException e) {
        throw new DatasetReadException(Problem.of(source(), e.getMessage()).atLine(line).withText(l), e);
      }
      if (kept != null) {
        kept.add(o);
      }
      return o;
    }

    @Override
    public void close() {
      try {
        lines.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  @Override
  public Optional<DatasetWriter> writer() {
    return Optional.of((dataset, out, options) -> {
      Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      w.write("#lines\n");
      for (Observation o : dataset.observations()) {
        w.write(o.indicator().code() + "|" + o.value().unit().label() + "|" + o.indicator().kind() + "|"
            + o.region().code() + "|" + o.period() + "|" + o.value().value().toPlainString() + "\n");
      }
      w.flush();
    });
  }
}
